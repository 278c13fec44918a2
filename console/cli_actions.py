"""Command line of supervisors' actions: ``act``, ``staff``, ``escalations``, ``notice``
(../shared/spec/supervision.md §5). Refusals are one line and exit 1; bad input exits 2."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import orjson

from console.day_end import due_text
from console.escalations import OFFICES, REASONS, STATUSES
from console.feed import FeedError, at_option, parse_time
from console.policy import Policy, load_policy
from console.refusals import ActionRefused
from console.vocabulary import ROLES

PdfWriter = Callable[[str, Path], None]

TICKET_HELP = "the ticket's number"
ESCALATION_HELP = "the escalation's number, as `escalations` lists it"
_OFFICE_WORDS = "discipline (纪委), organization (组织部), supervision (督查室)"


def add_parsers(sub: Any, shared: argparse.ArgumentParser) -> None:
    act = sub.add_parser("act", parents=[shared], help="a supervisor's action on a ticket")
    act.set_defaults(run=cmd_act)
    act.add_argument("--as", dest="actor", required=True, metavar="NAME",
                     help="the supervisor who signs it")  # fmt: skip
    acts = act.add_subparsers(dest="action", required=True, metavar="ACTION",
                              help="what to do")  # fmt: skip

    def action(name: str, help_: str) -> argparse.ArgumentParser:
        p: argparse.ArgumentParser = acts.add_parser(name, parents=[shared], help=help_)
        return p

    p = action("urge", "press the ticket's current unit (催办)")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("--note", metavar="TEXT", help="words for the unit (optional)")
    p = action("escalate", "escalate to an office (督办); prints the escalation's id")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("--office", required=True, choices=OFFICES,
                   help="the office escalated to: " + _OFFICE_WORDS)  # fmt: skip
    p.add_argument("--reason", required=True, choices=REASONS, help="why it goes to the office")
    p.add_argument("--note", metavar="TEXT", help="words for the office (optional)")
    p = action("reply", "record the office's reply: acknowledged")
    p.add_argument("escalation", metavar="ESCALATION", help=ESCALATION_HELP)
    p.add_argument("--text", required=True, metavar="TEXT", help="what the office replied")
    p = action("resolve", "the escalation is resolved")
    p.add_argument("escalation", metavar="ESCALATION", help=ESCALATION_HELP)
    p.add_argument("--outcome", required=True, metavar="TEXT", help="how it was resolved")
    p = action("withdraw", "withdraw an escalation made by mistake")
    p.add_argument("escalation", metavar="ESCALATION", help=ESCALATION_HELP)
    p.add_argument("--note", required=True, metavar="TEXT", help="why it is withdrawn")
    p = action("dispute", "mark the ticket disputed, or --clear the mark")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("--clear", action="store_true", help="take the mark away instead")
    p.add_argument("--note", metavar="TEXT", help="why (optional)")
    p = action("coordinate", "rule on a dispute: lead unit (主办) and co-units (协办)")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("--lead", required=True, metavar="UNIT", help="the lead unit's code (主办)")
    p.add_argument("--co", action="extend", nargs="+", default=[], metavar="UNIT",
                   help="the co-units' codes (协办), if any")  # fmt: skip
    p.add_argument("--note", metavar="TEXT", help="the ruling's words (optional)")
    p = action("extend", "approve an extension (延期) of an open deadline")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("--deadline", required=True, choices=("sign", "onsite", "reply"),
                   help="which open deadline: sign, onsite or reply")  # fmt: skip
    p.add_argument("--until", required=True, metavar="TIME",
                   help="the new due time, e.g. 2026-12-01T18:00 (the policy's zone)")  # fmt: skip
    p.add_argument("--reason", required=True, metavar="TEXT", help="why it is extended")
    p = action("dismiss", "dismiss the escalation ladder's proposal (a reason is required)")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("--step", required=True, metavar="STEP",
                   help="the proposal's ladder step, as `proposals` names it")  # fmt: skip
    p.add_argument("--note", required=True, metavar="TEXT", help="why it is dismissed")
    p = action("note", "a note on the ticket")
    p.add_argument("ticket", metavar="TICKET", help=TICKET_HELP)
    p.add_argument("text", metavar="TEXT", help="the note, as the timeline will show it")

    staff = sub.add_parser("staff", parents=[shared], help="who may act: supervisors, viewers")
    staff.set_defaults(run=cmd_staff)
    ops = staff.add_subparsers(dest="staff_command", required=True, metavar="add|list",
                               help="add a person, or list them")  # fmt: skip
    p = ops.add_parser("add", parents=[shared], help="add a person or change their role")
    p.add_argument("name", metavar="NAME", help="the name as typed on duty")
    p.add_argument("--role", required=True, choices=ROLES,
                   help="supervisor (acts) or viewer (only looks)")  # fmt: skip
    p = ops.add_parser("list", parents=[shared], help="the staff and their roles")
    p.add_argument("--json", action="store_true", help="machine-readable JSON")

    esc = sub.add_parser("escalations", parents=[shared], help="the escalation register")
    esc.set_defaults(run=cmd_escalations)
    esc.add_argument("--json", action="store_true", help="machine-readable JSON")
    esc.add_argument("--status", choices=STATUSES, help="only those in this state")
    esc.add_argument("--office", choices=OFFICES, help="only those to this office")

    prop = sub.add_parser("proposals", parents=[shared],
                          help="the escalation ladder's proposals, oldest first")  # fmt: skip
    prop.set_defaults(run=cmd_proposals)
    prop.add_argument("--at", metavar="TIME", help="as at TIME (default now)")
    prop.add_argument("--json", action="store_true", help="machine-readable JSON")

    notice = sub.add_parser("notice", parents=[shared], help="the supervision notice (PDF)")
    notice.add_argument("escalation", metavar="ESCALATION", help=ESCALATION_HELP)
    notice.add_argument("--out", required=True, type=Path, metavar="FILE.pdf",
                        help="the PDF to write")  # fmt: skip


def _now() -> datetime:
    return datetime.now(UTC)


def _escalation_id(text: str) -> int:
    try:
        value = int(text.strip().lstrip("#"))
    except ValueError:
        raise ActionRefused("unknown_escalation", escalation=text) from None
    if value <= 0:
        raise ActionRefused("unknown_escalation", escalation=text)
    return value


def _until(text: str, policy: Policy) -> datetime:
    try:
        return parse_time(text, "--until", policy.tz)
    except FeedError:
        raise ActionRefused(
            "bad_input", field="--until", problem=f"{text!r} is not a time like 2026-12-01T18:00"
        ) from None


def cmd_act(args: argparse.Namespace) -> int:
    from console import actions
    from db.engine import make_engine

    policy = load_policy(args.policy)
    engine = make_engine(args.db, create=False)  # only import and the console make one
    who, now, a = args.actor, _now(), args.action
    if a == "urge":
        count = actions.urge(engine, who, args.ticket, note=args.note, now=now)
        print(f"{args.ticket}: urged ({count} in all)")
    elif a == "escalate":
        eid = actions.escalate(engine, who, args.ticket, office=args.office, reason=args.reason,
                               note=args.note, now=now, policy=policy)  # fmt: skip
        print(eid)
    elif a == "reply":
        eid = _escalation_id(args.escalation)
        actions.reply_escalation(engine, who, eid, text=args.text, now=now)
        print(f"escalation {eid}: acknowledged")
    elif a == "resolve":
        eid = _escalation_id(args.escalation)
        actions.resolve_escalation(engine, who, eid, outcome=args.outcome, now=now)
        print(f"escalation {eid}: resolved")
    elif a == "withdraw":
        eid = _escalation_id(args.escalation)
        actions.withdraw_escalation(engine, who, eid, note=args.note, now=now)
        print(f"escalation {eid}: withdrawn")
    elif a == "dispute":
        actions.mark_disputed(engine, who, args.ticket, clear=args.clear, note=args.note,
                              now=now, policy=policy)  # fmt: skip
        print(f"{args.ticket}: {'dispute mark cleared' if args.clear else 'marked disputed'}")
    elif a == "coordinate":
        actions.coordinate(engine, who, args.ticket, lead=args.lead, co_units=args.co,
                           note=args.note, policy=policy, now=now)  # fmt: skip
        co = f" with {', '.join(args.co)}" if args.co else ""
        print(f"{args.ticket}: dispatched to {args.lead}{co}")
    elif a == "extend":
        until = _until(args.until, policy)
        actions.extend_deadline(engine, who, args.ticket, kind=args.deadline, until=until,
                                reason=args.reason, now=now)  # fmt: skip
        print(f"{args.ticket}: {args.deadline} deadline extended to "
              f"{until.astimezone(policy.tz).isoformat()}")  # fmt: skip
    elif a == "dismiss":
        actions.dismiss_proposal(engine, who, args.ticket, step=args.step, note=args.note,
                                 policy=policy, now=now)  # fmt: skip
        print(f"{args.ticket}: {args.step} dismissed")
    elif a == "note":
        actions.add_note(engine, who, args.ticket, text=args.text, now=now)
        print(f"{args.ticket}: note added")
    return 0


def cmd_staff(args: argparse.Namespace) -> int:
    from console.staff import add_staff, list_staff
    from db.engine import make_engine

    engine = make_engine(args.db, create=False)  # only import and the console make one
    if args.staff_command == "add":
        new = add_staff(engine, args.name, args.role, now=_now())
        name = " ".join(args.name.split())
        print(f"{name}: {'added as' if new else 'now'} {args.role}")
        return 0
    staff = list_staff(engine)
    if args.json:
        rows = [{"name": s.name, "role": s.role, "created_at": s.created_at.isoformat(),
                 "last_seen_at": s.last_seen_at.isoformat() if s.last_seen_at else None}
                for s in staff]  # fmt: skip
        print(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
    else:
        for s in staff:
            print(f"{s.name}\t{s.role}")
    return 0


def cmd_escalations(args: argparse.Namespace) -> int:
    from console.escalations import escalation_register
    from db.engine import make_engine

    policy = load_policy(args.policy)
    engine = make_engine(args.db, create=False)  # only import and the console make one
    entries = escalation_register(engine, now=_now(), status=args.status, office=args.office)
    if args.json:
        rows = [e.as_json(policy.tz) for e in entries]
        print(orjson.dumps(rows, option=orjson.OPT_INDENT_2).decode())
        return 0
    if not entries:
        print("no escalations")
    for e in entries:

        def shown(t: datetime | None) -> str:
            return t.astimezone(policy.tz).strftime("%Y-%m-%d %H:%M") if t else "-"

        def due(t: datetime | None) -> str:
            return due_text(t, policy.tz) if t else "-"  # midnight: the day before, 24:00

        late = "  OVERDUE AT OFFICE" if e.office_overdue else ""
        print(f"#{e.id}\t{e.ticket}\t{e.office}\t{e.reason}\t{e.status}\t{e.created_by}\t"
              f"{shown(e.created_at)}\tdue {due(e.due_at)}{late}")  # fmt: skip
    return 0


def cmd_proposals(args: argparse.Namespace) -> int:
    from console.ladder import proposals
    from db.engine import make_engine

    policy = load_policy(args.policy)
    at = at_option(args.at, policy.tz)
    engine = make_engine(args.db, create=False)  # a reading command makes no database
    found = proposals(engine, policy, at)
    if args.json:
        print(
            orjson.dumps([p.as_json(policy.tz) for p in found], option=orjson.OPT_INDENT_2).decode()
        )
        return 0
    if not found:
        print("no proposals")
    for p in found:
        since = p.since.astimezone(policy.tz).strftime("%Y-%m-%d %H:%M")
        print(f"{since}\t{p.ticket}\t{p.step}\t{p.message}")
    return 0


def cmd_notice(args: argparse.Namespace, pdf_writer: PdfWriter | None) -> int:
    from console.notice import notice_html
    from db.engine import make_engine

    if pdf_writer is None:
        print("error: this program was started without a PDF writer", file=sys.stderr)
        return 2
    policy = load_policy(args.policy)
    engine = make_engine(args.db, create=False)  # only import and the console make one
    html = notice_html(engine, _escalation_id(args.escalation), policy=policy, now=_now())
    pdf_writer(html, args.out)
    print(f"{args.out}: supervision notice written")
    return 0
