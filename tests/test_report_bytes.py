"""The report's JSON byte for byte: a simulated city with supervisors' actions, reported
at several moments under several policies and zones, on both databases, written exactly
as ``report --json`` writes it. The digests are those of the bytes the report wrote
before issue 12's speed-ups (5c471d7): a change that moves one byte of the contract
(spec/feed-and-report.md §4) fails here, whatever it was meant to speed up."""

from __future__ import annotations

import hashlib
from datetime import UTC, date, datetime, timedelta

import orjson
import pytest
from sqlalchemy import Engine, select

from console import actions
from console.policy import Policy, load_policy, parse_policy
from console.report import build_report
from console.simulator.feed import generate_events
from console.staff import add_staff
from db.tables import TICKETS
from tests.feedkit import load

START = datetime(2025, 3, 1, tzinfo=UTC)
MOMENTS = ["2025-03-02T12:00:00+08:00", "2025-03-03T17:45:30.5+08:00", "2025-03-09T00:00:00Z"]
# sha256 of report --json's bytes (orjson, two-space indent, a newline) per policy and
# moment, the same on SQLite and PostgreSQL
EXPECTED = {
    ("haikou", MOMENTS[0]): "916b5e57bb9a8e9b",
    ("haikou", MOMENTS[1]): "b17f7afeb26b5e0a",
    ("haikou", MOMENTS[2]): "4a96da3032b32b02",
    ("national", MOMENTS[0]): "56c86f53fa9addad",
    ("national", MOMENTS[1]): "e271bc21f7b3490c",
    ("national", MOMENTS[2]): "9d24b82f0fd6e913",
    ("st_johns", MOMENTS[0]): "d0fae3cd416966b4",
    ("st_johns", MOMENTS[1]): "c6419b35beb4ff17",
    ("st_johns", MOMENTS[2]): "4899e34b37bd541b",
}


def _city(engine: Engine) -> None:
    """Three days of a small city, then a supervisor's actions on some of the tickets
    still open: escalations replied to, resolved and withdrawn, urges, a deadline
    extended, a ticket marked disputed (all replayed for the moments before them)."""
    load(engine, list(generate_events(3, 120, 12345, date(2025, 3, 1))))
    add_staff(engine, "张督办", "supervisor", now=START)
    with engine.connect() as conn:
        numbers = list(
            conn.execute(
                select(TICKETS.c.number)
                .where(TICKETS.c.status == "open", TICKETS.c.unit.is_not(None))
                .order_by(TICKETS.c.number)
                .limit(12)
            ).scalars()
        )
    assert len(numbers) == 12
    now = datetime(2025, 3, 3, 9, 30, 15, 250000, tzinfo=UTC)
    for i, number in enumerate(numbers):
        at = now + timedelta(minutes=7 * i)
        office = ("supervision", "discipline", "organization")[i % 3]
        eid = actions.escalate(engine, "张督办", number, office=office, reason="overdue", now=at)
        if i % 4 == 1:
            actions.reply_escalation(
                engine, "张督办", eid, text="已督促", now=at + timedelta(hours=2)
            )
        elif i % 4 == 2:
            actions.resolve_escalation(
                engine, "张督办", eid, outcome="办结", now=at + timedelta(hours=3)
            )
        elif i % 4 == 3:
            actions.withdraw_escalation(
                engine, "张督办", eid, note="误报", now=at + timedelta(hours=1)
            )
        if i % 3 == 0:
            actions.urge(engine, "张督办", number, now=at + timedelta(minutes=1))
    actions.mark_disputed(engine, "张督办", numbers[5], now=now + timedelta(hours=5))


def _policies() -> dict[str, Policy]:
    haikou = load_policy("haikou")
    zoned = haikou.source.replace('timezone = "Asia/Shanghai"', 'timezone = "America/St_Johns"')
    assert zoned != haikou.source
    return {
        "haikou": haikou,
        "national": load_policy("national"),
        "st_johns": parse_policy(zoned, origin="st_johns"),
    }


def test_the_report_writes_the_same_bytes(engine: Engine) -> None:
    _city(engine)
    found = {}
    for name, policy in _policies().items():
        for moment in MOMENTS:
            report = build_report(engine, policy, datetime.fromisoformat(moment))
            written = orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n"
            found[(name, moment)] = hashlib.sha256(written).hexdigest()[:16]
            if name == "haikou" and moment == MOMENTS[2]:  # what the digests stand for
                escalated = [t for t in report["tickets"] if t["escalations"]]
                assert len(escalated) == 12 and report["kpis"]["escalations_open"] == 6
                assert {e["status"] for t in escalated for e in t["escalations"]} == {
                    "open", "acknowledged", "resolved", "withdrawn"}  # fmt: skip
                assert sum(t["urges"] for t in report["tickets"]) == 4
    if found != EXPECTED:
        pytest.fail(f"the report's bytes changed: {found}")
