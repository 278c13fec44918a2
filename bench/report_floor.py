"""The floor of ``report --json`` on SQLite: how fast the same rows can be read and the same
JSON shape written, with no domain code (issue 12).

    python bench/report_floor.py DATABASE.db AT > /dev/null

Plain ``sqlite3`` reads the rows the report reads, the way it reads them (the same
connection's pragmas and mapped file, the same SQL text: open tickets in the table's
order by their rowids from the status index, their deadlines in key order taken in
batches as the JSON's objects are made, the events of tickets changed after AT only when
there are any, closed tickets by unit, escalations), and ``orjson`` writes an object of
the report's shape: the same keys, one object per ticket and per deadline, and the
process ends as the report's does, without freeing them. No rule is applied: times go
out as stored, no state is computed, the order is the stored due time. What the report
costs above this is the price of its rules and of Python objects; bench/scale.py runs
both in one run and prints the ratio. Only ``sqlite3`` and ``orjson`` are imported, so
interpreter start is the floor's too; the cyclic garbage collector is off, as in the
report (its passes over a million new objects are no physical limit).

Keep the SQL and the driver calls in step with console/report.py and db/reading.py: a
floor that reads more, or reads it slower, than the report is no floor.
"""

from __future__ import annotations

import gc
import os
import sqlite3
import sys
from collections.abc import Iterator
from datetime import UTC, datetime
from itertools import groupby
from operator import itemgetter
from typing import Any

import orjson

_PRAGMAS = (  # db.engine.sqlite_pragmas and db.reading's mapping
    "PRAGMA journal_mode=WAL",
    "PRAGMA foreign_keys=ON",
    "PRAGMA synchronous=NORMAL",
    "PRAGMA busy_timeout=30000",
    f"PRAGMA mmap_size = {1 << 30}",
)
_REVISION = "SELECT version_num FROM alembic_version"
_LATER = "SELECT ticket FROM ticket_events WHERE at > ?"
_OPEN = "rowid IN (SELECT rowid FROM tickets WHERE status = 'open')"
_TICKETS = (
    "SELECT number, category, urgent, title, district, unit, returns, transfers, shuffled,"
    f" disputed, escalated, urges FROM tickets WHERE {_OPEN}"
)
_DEADLINES = (
    "SELECT ticket, kind, unit, clock,"
    " CASE WHEN status = 'open' OR clock = 'working' THEN started_at END, due_at,"
    " CASE WHEN status = 'open' THEN warn_at END,"
    " CASE WHEN status = 'open' THEN crit_at END,"
    " status, CASE WHEN status = 'met' THEN met_at END, late"
    f" FROM deadlines WHERE ticket IN (SELECT number FROM tickets WHERE {_OPEN})"
    " ORDER BY ticket, n"
)
_EVENTS = (
    "SELECT ticket, payload, policy, source, kind, at FROM ticket_events"
    " WHERE ticket IN (SELECT ticket FROM ticket_events WHERE at > ?) AND at <= ?"
    " ORDER BY at, id"
)
_LATE = "EXISTS (SELECT 1 FROM deadlines d WHERE d.ticket = t.number AND d.late)"
_CLOSED = (
    f"SELECT t.last_unit, COUNT(*), SUM(CASE WHEN {_LATE} THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN t.rating IS NOT NULL THEN 1 ELSE 0 END),"
    " SUM(CASE WHEN t.rating IN ('satisfied', 'basic') THEN 1 ELSE 0 END) FROM tickets t"
    " WHERE t.status = 'closed' AND t.last_unit IS NOT NULL"
    " AND t.number NOT IN (SELECT e.ticket FROM ticket_events e WHERE e.at > ?)"
    " GROUP BY t.last_unit"
)
_ESCALATIONS = (
    "SELECT id, ticket, office, status, replied_at, closed_at FROM escalations"
    " WHERE created_at <= ? ORDER BY created_at, id"
)
_TICKET = itemgetter(0)


def _stream(db: sqlite3.Connection, sql: str, batch: int = 2_000) -> Iterator[tuple[Any, ...]]:
    cursor = db.cursor()
    cursor.execute(sql)
    while rows := cursor.fetchmany(batch):
        yield from rows
    cursor.close()


def _with_deadlines(
    tickets: dict[str, tuple[Any, ...]], deadlines: Iterator[tuple[Any, ...]]
) -> Iterator[tuple[tuple[Any, ...], Any]]:
    take = tickets.pop
    for number, rows in groupby(deadlines, _TICKET):
        ticket = take(number, None)
        if ticket is not None:
            yield ticket, rows
    for ticket in tickets.values():
        yield ticket, ()


def floor(path: str, at: datetime) -> dict[str, Any]:
    stored_at = at.astimezone(UTC).isoformat(" ", "microseconds")[:26]
    db = sqlite3.connect(path, timeout=30)
    db.execute(_REVISION).fetchall()
    for pragma in _PRAGMAS:
        db.execute(pragma)
    later = {r[0] for r in db.execute(_LATER, (stored_at,))}
    tickets = {r[0]: r for r in db.execute(_TICKETS) if r[0] not in later}
    closed = db.execute(_CLOSED, (stored_at,)).fetchall()
    escalations: dict[str, list[dict[str, Any]]] = {}
    for eid, ticket, office, status, _replied, _closed in db.execute(_ESCALATIONS, (stored_at,)):
        escalations.setdefault(ticket, []).append({"id": eid, "office": office, "status": status})
    if later:
        db.execute(_EVENTS, (stored_at, stored_at)).fetchall()
    rows = []
    for (number, category, urgent, title, district, unit, returns, transfers, shuffled,
         disputed, escalated, urges), deadlines in _with_deadlines(
             tickets, _stream(db, _DEADLINES)):  # fmt: skip
        listed = []
        nxt = None
        for _, kind, d_unit, _clock, _start, due, _warn, _crit, status, met_at, late in deadlines:
            if status == "open" and (nxt is None or due < nxt[1]):
                nxt = (kind, due)
            listed.append({"kind": kind, "unit": d_unit, "due": due, "met_at": met_at,
                           "late": bool(late), "state": status})  # fmt: skip
        rows.append((
            nxt[1] if nxt else "9999",
            {"ticket": number, "category": category, "urgent": bool(urgent), "title": title,
             "district": district, "unit": unit, "state": "ok",
             "next_deadline": {"kind": nxt[0], "due": nxt[1], "remaining_s": 0} if nxt
             else None,
             "deadlines": listed, "returns": returns, "transfers": transfers,
             "shuffled": bool(shuffled), "disputed": bool(disputed), "escalated": bool(escalated),
             "urges": urges, "escalations": escalations.get(number, [])},
        ))  # fmt: skip
    rows.sort(key=_TICKET)
    units = [
        {"unit": u, "open": 0, "overdue": 0, "closed": n, "closed_late": late or 0,
         "rated": rated or 0, "satisfied": satisfied or 0}
        for u, n, late, rated, satisfied in closed
    ]  # fmt: skip
    db.close()
    return {
        "at": at.isoformat(),
        "policy": "floor",
        "kpis": dict.fromkeys(("open", "ok", "warning", "critical", "overdue", "shuffled",
                               "disputed", "escalations_open"), len(rows)),
        "tickets": [r for _, r in rows],
        "units": units,
        "warnings": [],
    }  # fmt: skip


def main() -> None:
    gc.disable()
    path, at = sys.argv[1], datetime.fromisoformat(sys.argv[2])
    report = floor(path, at)
    out = sys.stdout.buffer
    out.write(orjson.dumps(report, option=orjson.OPT_INDENT_2))
    out.write(b"\n")
    out.flush()
    # as the report's process ends (main.py's _end_now): the report is not freed
    os._exit(0)


if __name__ == "__main__":
    main()
