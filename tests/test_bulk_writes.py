"""Big batches on PostgreSQL are written by COPY (inserts) and COPY into a temporary
table + one UPDATE (updates): the stored rows, the audit trail, duplicates, rejects and
the report are the same as the row-by-row way's."""

from __future__ import annotations

import json
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, text

import db.bulk
from console.ingest import Importer
from console.lifecycle import TrackedDeadline, TrackedTicket
from console.policy import load_policy
from console.report import build_report
from console.simulator import generate_events
from console.ticket_rows import save_tickets
from db.bulk import insert_rows
from db.engine import make_engine
from db.tables import TICKET_EVENTS

AT = datetime.fromisoformat("2025-03-05T18:00:00+08:00")
QUERIES = {
    "tickets": "SELECT number, status, unit, last_unit, returns, transfers, shuffled,"
    " disputed, co_units, units_sent, deadline_count, version, closed_at, rating"
    " FROM tickets ORDER BY number",
    "deadlines": "SELECT ticket, n, kind, unit, status, due_at, met_at, ended_at, late, met_unit"
    " FROM deadlines ORDER BY ticket, n",
    "events": "SELECT ticket, kind, at, unit, event_key, payload, rating FROM ticket_events"
    " ORDER BY ticket, at, event_key",
    "rejects": "SELECT event_key, reason FROM feed_rejects ORDER BY event_key",
}


def _feed(tmp_path: Path) -> Path:
    lines = [json.dumps(e, ensure_ascii=False) for e in generate_events(3, 400, 11)]
    lines.insert(5, "{not json")
    lines.insert(900, lines[800])  # a duplicate inside the file
    lines.append(json.dumps({"event": "signed", "ticket": "NEVER-MADE", "unit": "X",
                             "at": "2025-03-04T10:00:00+08:00"}))  # fmt: skip
    path = tmp_path / "feed.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def _state(engine: Engine) -> dict[str, Any]:
    with engine.connect() as conn:
        found: dict[str, Any] = {
            name: [tuple(str(v) for v in row) for row in conn.execute(text(sql))]
            for name, sql in QUERIES.items()
        }
    found["report"] = build_report(engine, load_policy(), AT)
    return found


def _unordered(report: dict[str, Any]) -> dict[str, Any]:
    """A ticket's deadlines are a set (the spec's lists are unordered; PostgreSQL reads
    them in the order its heap keeps them)."""
    for ticket in report["tickets"]:
        ticket["deadlines"].sort(key=lambda d: json.dumps(d, sort_keys=True))
    return report


def _import_twice(url: str, feed: Path) -> tuple[tuple[int, int, int], tuple[int, int, int]]:
    engine = make_engine(url)
    try:
        counts = []
        for _ in range(2):
            r = Importer(engine, load_policy(), batch_size=1500).import_file(feed)
            counts.append((r.imported, r.duplicates, r.rejected))
        return counts[0], counts[1]
    finally:
        engine.dispose()


@pytest.mark.parametrize("copy_from", [1, 10**9], ids=["copy", "row-by-row"])
def test_bulk_writes_store_what_row_by_row_writes(
    db_url: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, copy_from: int
) -> None:
    feed = _feed(tmp_path)
    reference = f"sqlite:///{tmp_path / 'reference.db'}"
    expected_counts = _import_twice(reference, feed)
    monkeypatch.setattr(db.bulk, "COPY_FROM", copy_from)
    counts = _import_twice(db_url, feed)
    assert counts == expected_counts
    first, second = counts
    assert first[0] > 3000 and first[2] == 2 and second[0] == 0 and second[2] == 2
    engine, ref = make_engine(db_url), make_engine(reference)
    try:
        ours, theirs = _state(engine), _state(ref)
    finally:
        engine.dispose()
        ref.dispose()
    assert _unordered(ours["report"]) == _unordered(theirs["report"])
    for name in QUERIES:
        assert len(ours[name]) == len(theirs[name]), name
    if db_url.startswith("sqlite"):
        assert ours == theirs


_AWKWARD = 'tab\there, back\\slash, "quoted", new\nline, 中文, \\N'


def _awkward_ticket(number: str) -> TrackedTicket:
    at = datetime(2025, 3, 4, 9, 30, 15, 123456, tzinfo=ZoneInfo("Asia/Shanghai"))
    t = TrackedTicket(number=number, category="complaint", urgent=True, title=_AWKWARD,
                      accepted_at=at, last_event_at=at, description=None, address="",
                      citizen_phone="13900000000", co_units=["U1", _AWKWARD],
                      units_sent=[], returns=2, escalated=False, urges=0)  # fmt: skip
    t.deadlines.append(
        TrackedDeadline(
            n=1,
            kind="reply",
            unit=None,
            clock="wall",
            started_at=at,
            due_at=at + timedelta(days=1),
            warn_at=at,
            crit_at=at,
            policy="p",
            late=True,
        )  # fmt: skip
    )
    return t


def _stored(engine: Engine, number: str) -> list[tuple[Any, ...]]:
    """The ticket's rows in every table, without what names the ticket."""
    found: list[tuple[Any, ...]] = []
    with engine.connect() as conn:
        for table, key in (("tickets", "number"), ("deadlines", "ticket"),
                           ("ticket_events", "ticket")):  # fmt: skip
            rows = conn.execute(text(f"SELECT * FROM {table} WHERE {key} = :n"), {"n": number})
            for row in rows.mappings():
                found.append(
                    tuple(
                        (k, v) for k, v in sorted(row.items()) if k not in (key, "id", "event_key")
                    )
                )
    return found


def test_copy_stores_each_value_as_row_by_row_does(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Inserts and updates by COPY (binary on PostgreSQL) against the row-by-row way: the
    same values read back (tabs, backslashes, quotes, newlines, Chinese, empty, None,
    JSON lists, microseconds given in another zone)."""
    engine = make_engine(db_url)
    try:
        with engine.begin() as conn:
            conn.execute(text("INSERT INTO units (code, name, seq) VALUES ('U1', 'U1', 0)"))
        for number, copy_from in (("BY-COPY", 1), ("BY-ROW", 10**9)):
            monkeypatch.setattr(db.bulk, "COPY_FROM", copy_from)
            t = _awkward_ticket(number)
            with engine.begin() as conn:
                save_tickets(conn, [t], 1)
                insert_rows(conn, TICKET_EVENTS, ("ticket", "kind", "at", "recorded_at",
                            "actor", "unit", "event_key", "payload", "rating", "seq"),
                            [(number, "created", t.accepted_at, t.accepted_at, _AWKWARD,
                              None, f"{number}:1", _AWKWARD, None, 1)])  # fmt: skip
            t.moved, t.unit, t.co_units, t.shuffled = True, "U1", [_AWKWARD], True
            t.closed_at = t.accepted_at + timedelta(microseconds=1)
            t.deadlines[0].end(t.accepted_at + timedelta(hours=30))
            with engine.begin() as conn:
                save_tickets(conn, [t], 2)
        by_copy, by_row = _stored(engine, "BY-COPY"), _stored(engine, "BY-ROW")
    finally:
        engine.dispose()
    assert len(by_copy) == 3
    assert by_copy == by_row
