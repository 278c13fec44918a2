"""Notification commands: ``notify [--at TIME]`` and ``notifications [ack ID… --as NAME]``."""

from __future__ import annotations

import argparse
import sys
from datetime import UTC, datetime
from typing import Any

import orjson

from console.feed import at_option
from console.policy import load_policy


def add_parsers(sub: Any, shared: argparse.ArgumentParser) -> None:
    notify = sub.add_parser(
        "notify", parents=[shared], help="run one notification sweep (what crossed a line)"
    )
    notify.add_argument("--at", help="ISO 8601 time of the sweep (default: now)")
    notify.set_defaults(run=cmd_notify)

    notes = sub.add_parser(
        "notifications", parents=[shared], help="the notifications, newest first; ack them"
    )
    notes.add_argument("--json", action="store_true", help="machine-readable JSON")
    notes.add_argument(
        "--unacknowledged", action="store_true", help="only those nobody has acknowledged"
    )
    notes.set_defaults(run=cmd_notifications)
    what = notes.add_subparsers(dest="notifications_command", help="ack: acknowledge some")
    ack = what.add_parser(
        "ack", parents=[shared], help="acknowledge notifications for the whole center"
    )
    ack.add_argument("ids", nargs="+", type=int, metavar="ID", help="notification numbers")
    ack.add_argument("--as", dest="actor", required=True, metavar="NAME", help="who acknowledges")
    ack.set_defaults(run=cmd_ack)


def cmd_notify(args: argparse.Namespace) -> int:
    from console.notify_sweep import sweep
    from db.engine import make_engine

    policy = load_policy(args.policy)
    at = at_option(args.at, policy.tz)
    engine = make_engine(args.db, create=False)  # only import and the console make one
    result = sweep(engine, at, policy)
    print(f"raised {len(result.raised)} notifications")
    return 0


def cmd_notifications(args: argparse.Namespace) -> int:
    from console.notifications import list_notifications
    from db.engine import make_engine

    policy = load_policy(args.policy)
    engine = make_engine(args.db, create=False)  # only import and the console make one
    entries = list_notifications(engine, unacknowledged=args.unacknowledged)
    if args.json:
        data = [e.to_json() for e in entries]
        sys.stdout.buffer.write(orjson.dumps(data, option=orjson.OPT_INDENT_2) + b"\n")
        sys.stdout.flush()
        return 0
    if not entries:
        print("no notifications")
        return 0
    for e in entries:
        when = e.raised_at.astimezone(policy.tz).strftime("%Y-%m-%d %H:%M")
        ack = f"  [acknowledged by {e.acknowledged_by}]" if e.acknowledged_by else ""
        level = e.level or e.kind
        print(f"{e.id:>6}  {when}  {level:<14} {e.message}{ack}")
    return 0


def cmd_ack(args: argparse.Namespace) -> int:
    from console.notifications import NotificationRefused, acknowledge
    from db.engine import make_engine

    engine = make_engine(args.db, create=False)  # only import and the console make one
    try:
        result = acknowledge(engine, args.actor, args.ids, now=datetime.now(UTC))
    except NotificationRefused as exc:
        print(f"refused: {exc}", file=sys.stderr)
        return 1
    for nid, by in result.before:
        print(f"notification {nid} was already acknowledged by {by}")
    print(f"acknowledged {len(result.acknowledged)}")
    return 0
