"""What ``report`` spends at Beijing scale (issue 12), kept from coming back: the checks
are on the work done (queries' plans, collector passes, hashes), not on time."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from datetime import UTC, datetime

import orjson
import pytest
from sqlalchemy import Engine

from console import feed
from console.report import _CLOSED_BY_UNIT, _LATER, _UNCHANGED
from tests.builders import ROOT
from tests.feedkit import created, ev, load, report_at

AT = "2024-10-08T11:00:00+08:00"

# each pass of the cyclic collector, with the objects made since the last one (its
# youngest generation), written as it starts: the command ends with os._exit
_COUNTING_PASSES = """
import gc, os, runpy, sys

def count(phase, info):
    if phase == "start":
        os.write(2, f"gc pass over {gc.get_count()[0]}\\n".encode())

gc.callbacks.append(count)
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def _open_tickets(engine: Engine, n: int) -> None:
    events = []
    for i in range(n):
        number = f"G{i:04d}"
        events.append(created(number, "2024-10-08T09:00:00+08:00"))
        events.append(ev("dispatched", number, "2024-10-08T09:05:00+08:00", unit="SZJ"))
    load(engine, events)


def test_no_collector_pass_walks_the_report(engine: Engine, db_url: str) -> None:
    # the collector was off while the report was made and on again after: its next pass
    # walked every object of it (0.1-0.2 s at 100,000 open tickets), in a process that
    # ends as soon as the report is written
    _open_tickets(engine, 1_500)
    done = subprocess.run(
        [sys.executable, "-c", _COUNTING_PASSES, "--db", db_url, "report", "--at", AT, "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert len(orjson.loads(done.stdout)["tickets"]) == 1_500
    walked = [int(line.rsplit(" ", 1)[1]) for line in done.stderr.splitlines()
              if line.startswith("gc pass over")]  # fmt: skip
    assert walked  # the callback counts (the imports make passes)
    assert max(walked) < 2_000, walked  # none over the report's objects


def test_tickets_changed_after_the_moment_are_found_by_the_time_index(
    sqlite_engine: Engine,
) -> None:
    # with DISTINCT, SQLite walked the whole ticket index and looked up every event's
    # time (0.1 s at 100,000 open tickets) for the few events after the moment
    _open_tickets(sqlite_engine, 10)
    path = sqlite_engine.url.database
    assert path is not None
    with sqlite3.connect(path) as raw:
        plan = raw.execute(f"EXPLAIN QUERY PLAN {_LATER}", ("2024-10-08 03:00:00.000000",))
        steps = [row[3] for row in plan]
    assert steps == ["SEARCH ticket_events USING INDEX ix_ticket_events_at (at>?)"], steps


def test_the_replay_does_not_hash_the_stored_lines(
    sqlite_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    # an event without an id is known by a hash of its content: the importer's to find
    # it again, of no use to a replay (a third of its time checking the lines)
    load(sqlite_engine, [
        created("R1", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "R1", "2024-10-08T09:05:00+08:00", unit="SZJ"),
        ev("signed", "R1", "2024-10-08T11:30:00+08:00", unit="SZJ"),  # after: replayed
    ])  # fmt: skip

    def hashed(obj: object) -> str:
        raise AssertionError(f"hashed {obj}")

    monkeypatch.setattr(feed, "event_key", hashed)
    (ticket,) = report_at(sqlite_engine, AT)["tickets"]
    assert ticket["ticket"] == "R1"
    sign = next(d for d in ticket["deadlines"] if d["kind"] == "sign")
    assert sign["met_at"] is None  # as it was at the moment


def test_the_order_kept_by_one_string_per_ticket(engine: Engine) -> None:
    # the tickets are sorted by one string (state, next due time, number) instead of a
    # tuple: a time that is the start of a later one (PostgreSQL's text leaves out a zero
    # fraction) still sorts first, whatever the numbers after it
    load(engine, [
        created("A2", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "A2", "2024-10-08T09:00:00.5+08:00", unit="SZJ"),
        created("A1", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "A1", "2024-10-08T09:00:00.25+08:00", unit="SZJ"),
        created("Z9", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "Z9", "2024-10-08T09:00:00+08:00", unit="SZJ"),
        created("B1", "2024-10-08T09:00:00+08:00"),  # no unit: its reply deadline only
        created("B0", "2024-10-08T08:00:00+08:00"),
        ev("dispatched", "B0", "2024-10-08T08:00:00+08:00", unit="SZJ"),  # overdue at 9:00
    ])  # fmt: skip
    tickets = report_at(engine, "2024-10-08T09:20:00+08:00")["tickets"]
    assert [t["ticket"] for t in tickets] == ["B0", "Z9", "A1", "A2", "B1"]
    assert [t["next_deadline"]["due"] for t in tickets[1:4]] == [
        "2024-10-08T09:30:00+08:00",
        "2024-10-08T09:30:00.250000+08:00",
        "2024-10-08T09:30:00.500000+08:00",
    ]


def test_closed_tickets_leave_out_the_changed_ones_by_an_anti_join_on_postgresql(
    engine: Engine,
) -> None:
    # NOT IN (the tickets changed after the moment) is a list scanned once per closed
    # ticket on PostgreSQL when it does not fit in work_mem: a report of the day before
    # at 100,000 open tickets ran for more than 15 minutes
    if engine.dialect.name != "postgresql":
        pytest.skip("SQLite makes the list an index once")
    _open_tickets(engine, 1_500)
    sql = _CLOSED_BY_UNIT.format(unchanged=_UNCHANGED["postgresql"]).replace("?", "%s")
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        cursor.execute("ANALYZE ticket_events")
        cursor.execute("SET work_mem = '64kB'")  # a list of 3,000 numbers does not fit
        cursor.execute(f"EXPLAIN {sql}", (datetime(2024, 10, 8, tzinfo=UTC),))
        plan = "\n".join(row[0] for row in cursor.fetchall())
    finally:
        raw.close()
    assert "Anti Join" in plan, plan
