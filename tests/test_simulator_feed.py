"""The simulated feed: byte-for-byte determinism, and every line valid per the spec.

The validator here is written from spec/feed-and-report.md §1 independently of
console.feed / console.lifecycle, so the two check each other.
"""

from __future__ import annotations

import io
import json
import re
from datetime import date, datetime
from pathlib import Path
from typing import Any

import pytest

from console.simulator import generate_events, write_feed
from console.simulator.city import DISTRICTS, UNITS, UNITS_BY_CODE
from console.simulator.people import PROFILES
from console.simulator.topics import BY_CATEGORY, SURGE

CATEGORIES = {"consultation", "suggestion", "complaint", "help", "report", "praise", "other"}
CHANNELS = {"phone", "web", "app", "wechat", "other"}
UNIT_KINDS = {"department", "district", "grid", "emergency"}
REASONS = {"jurisdiction", "info_missing", "other"}
FIELDS: dict[str, tuple[set[str], set[str]]] = {  # kind: (required, optional)
    "created": (
        {"category", "title"},
        {"urgent", "description", "channel", "district", "address", "citizen", "reply_due"},
    ),
    "dispatched": ({"unit"}, {"unit_name", "unit_kind", "co_units"}),
    "signed": ({"unit"}, set()),
    "onsite": ({"unit"}, set()),
    "replied": ({"unit"}, {"note"}),
    "closed": (set(), {"note"}),
    "returned": ({"unit", "reason"}, {"note"}),
    "transferred": ({"from", "to"}, {"to_name"}),
    "reopened": (set(), {"note"}),
    "rated": ({"rating"}, {"note"}),
}
COMMON = {"event", "ticket", "at", "id"}
AT = re.compile(r"^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+08:00$")
TICKET = re.compile(r"^HK\d{8}-\d{5}$")
PHONE = re.compile(r"^1[3-9]\d{9}$")


def feed_text(days: int, per_day: int, seed: int, start: date = date(2025, 3, 3)) -> str:
    out = io.StringIO()
    count = write_feed(out, days=days, per_day=per_day, seed=seed, start=start)
    text = out.getvalue()
    assert text.count("\n") == count
    return text


def validate(lines: list[str]) -> list[str]:
    """Every problem found in a feed, as sentences (empty when the feed is valid)."""
    problems: list[str] = []
    ids: set[str] = set()
    holder: dict[str, str | None] = {}  # ticket -> unit holding it now
    closed: dict[str, bool] = {}
    last_at: datetime | None = None
    for n, line in enumerate(lines, 1):

        def bad(why: str, n: int = n) -> None:
            problems.append(f"line {n}: {why}")

        if line != json.dumps(json.loads(line), ensure_ascii=False, separators=(",", ":")):
            bad("not in the compact UTF-8 JSON form")
        ev: dict[str, Any] = json.loads(line)
        kind = ev.get("event")
        if kind not in FIELDS:
            bad(f"unknown kind {kind!r}")
            continue
        required, optional = FIELDS[kind]
        keys = set(ev)
        if not (COMMON | required) <= keys:
            bad(f"missing {(COMMON | required) - keys}")
        if keys - COMMON - required - optional:
            bad(f"unexpected {keys - COMMON - required - optional}")
        for key, value in ev.items():
            if key not in ("urgent", "citizen", "co_units") and not isinstance(value, str):
                bad(f"{key} is not a string")
        if not AT.match(ev["at"]):
            bad(f"bad time {ev['at']}")
        at = datetime.fromisoformat(ev["at"])
        if last_at is not None and at < last_at:
            bad("out of time order")
        last_at = at
        if ev["id"] in ids:
            bad(f"duplicate id {ev['id']}")
        ids.add(ev["id"])
        ticket = ev["ticket"]
        if not TICKET.match(ticket):
            bad(f"bad ticket number {ticket}")
        if kind == "created":
            if ticket in holder:
                bad("created twice")
            holder[ticket], closed[ticket] = None, False
            if ev["category"] not in CATEGORIES or ev.get("channel", "phone") not in CHANNELS:
                bad("bad category or channel")
            if not isinstance(ev.get("urgent", False), bool) or not ev["title"]:
                bad("bad urgent or title")
            if ev.get("district") is not None and ev["district"] not in {d.name for d in DISTRICTS}:
                bad("unknown district")
            citizen = ev.get("citizen")
            if citizen is not None and (
                set(citizen) != {"name", "phone"} or not PHONE.match(citizen["phone"])
            ):
                bad("bad citizen")
            if "reply_due" in ev and (
                not AT.match(ev["reply_due"]) or datetime.fromisoformat(ev["reply_due"]) <= at
            ):
                bad("bad reply_due")
            continue
        if ticket not in holder:
            bad("event for a ticket never created")
            continue
        if closed[ticket] != (kind in ("reopened", "rated")):
            bad(f"{kind} on a {'closed' if closed[ticket] else 'open'} ticket")
        unit = ev.get("unit")
        if kind == "dispatched":
            if unit not in UNITS_BY_CODE or ev.get("unit_kind") not in UNIT_KINDS:
                bad("unknown unit or kind")
            elif UNITS_BY_CODE[unit].name != ev["unit_name"]:
                bad("unit name differs")
            co = ev.get("co_units", [])
            if not isinstance(co, list) or unit in co or not set(co) <= set(UNITS_BY_CODE):
                bad("bad co_units")
            holder[ticket] = unit
        elif kind in ("signed", "onsite", "replied", "returned"):
            if holder[ticket] is None or unit != holder[ticket]:
                bad(f"{kind} by {unit} but the ticket is with {holder[ticket]}")
            if kind == "returned":
                if ev["reason"] not in REASONS:
                    bad("bad reason")
                holder[ticket] = None
        elif kind == "transferred":
            if ev["from"] != holder[ticket] or ev["to"] == ev["from"]:
                bad(f"transfer from {ev['from']} but the ticket is with {holder[ticket]}")
            if ev["to"] not in UNITS_BY_CODE or UNITS_BY_CODE[ev["to"]].name != ev["to_name"]:
                bad("unknown transfer target")
            holder[ticket] = ev["to"]
        elif kind == "rated" and ev["rating"] not in ("satisfied", "basic", "unsatisfied"):
            bad("bad rating")
        elif kind == "closed":
            closed[ticket] = True
        elif kind == "reopened":
            closed[ticket] = False
    return problems


def test_same_seed_same_bytes_and_other_seed_differs() -> None:
    first = feed_text(2, 150, seed=7)
    assert first == feed_text(2, 150, seed=7)
    assert first != feed_text(2, 150, seed=8)
    assert first != feed_text(2, 150, seed=7, start=date(2025, 3, 10))


def test_generate_events_matches_write_feed() -> None:
    lines = feed_text(1, 80, seed=3).splitlines()
    events = list(generate_events(1, 80, 3))
    assert [json.loads(line) for line in lines] == events


def test_every_line_is_valid() -> None:
    lines = feed_text(4, 400, seed=11).splitlines()
    assert len(lines) > 4 * 400 * 4
    assert validate(lines) == []


def test_surge_day_lines_are_valid() -> None:
    from console.simulator.rhythm import is_surge_day

    seed = next(s for s in range(500) if is_surge_day(s, date(2025, 8, 1)))
    lines = feed_text(1, 300, seed=seed, start=date(2025, 8, 1)).splitlines()
    assert validate(lines) == []


def test_validator_catches_broken_lines() -> None:
    lines = feed_text(1, 30, seed=5).splitlines()
    first = json.loads(lines[0])
    signed = dict(first, event="signed", unit="NOPE", id="x1")
    for key in ("category", "urgent", "title", "description", "channel", "district"):
        signed.pop(key, None)
    signed.pop("address", None)
    signed.pop("citizen", None)
    ghost = dict(first, ticket="HK20250303-99999", event="closed", id="x2")
    broken = [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in (signed, ghost)]
    assert len(validate(lines + broken)) >= 2


def test_ticket_numbers_and_times() -> None:
    events = list(generate_events(2, 50, 9, date(2025, 3, 3)))
    created = [e for e in events if e["event"] == "created"]
    assert created[0]["ticket"] == "HK20250303-00001"
    assert any(e["ticket"].startswith("HK20250304-") for e in created)
    # the feed covers exactly the days asked for
    assert all("2025-03-03" <= e["at"][:10] <= "2025-03-04" for e in events)


def test_empty_feed() -> None:
    assert feed_text(0, 100, seed=1) == ""
    assert feed_text(2, 0, seed=1) == ""
    with pytest.raises(ValueError):
        list(generate_events(-1, 10, 1))


def test_city_tables_hold_together() -> None:
    assert 38 <= len(UNITS) <= 45
    assert len(UNITS_BY_CODE) == len(UNITS)
    assert {u.kind for u in UNITS} == UNIT_KINDS
    assert all(u.profile in PROFILES for u in UNITS)
    assert sorted(d.name for d in DISTRICTS) == sorted(["秀英区", "龙华区", "琼山区", "美兰区"])
    for topic in [t for ts in BY_CATEGORY.values() for t in ts] + list(SURGE):
        for ref in (topic.unit, topic.partner, topic.urgent_unit):
            assert ref is None or ref in ("*", "@district", "@grid") or ref in UNITS_BY_CODE
        texts = [text for case in topic.cases for text in case] + [*topic.asks, *topic.replies]
        holes = {h for text in texts for h in re.findall(r"\{(\w*)\}", text)}
        assert holes <= ({"place"} if topic.located else set()), topic.key
        assert topic.urgent == 0 or topic.urgent_unit, topic.key


def test_command_line_writes_the_same_bytes_in_any_process(tmp_path: Path) -> None:
    import os
    import subprocess
    import sys

    from console.simulator.__main__ import main

    here = tmp_path / "here.jsonl"
    assert main(["--days", "1", "--per-day", "60", "--seed", "4", "--out", str(here)]) == 0
    there = tmp_path / "there.jsonl"
    args = ["--days", "1", "--per-day", "60", "--seed", "4", "--out", str(there)]
    env = dict(os.environ, PYTHONHASHSEED="123")  # no dependence on str hashing
    root = Path(__file__).resolve().parent.parent
    subprocess.run(
        [sys.executable, "-m", "console.simulator", *args], check=True, env=env, cwd=root
    )
    assert here.read_bytes() == there.read_bytes()
    assert here.read_text(encoding="utf-8") == feed_text(1, 60, seed=4)
