"""The floor of ``report --json`` on SQLite: how fast the same rows can be read and the same
JSON shape written, with no domain code (issue 12).

    python bench/report_floor.py DATABASE.db AT > /dev/null

Plain ``sqlite3`` reads the rows the report reads (open tickets, their deadlines, the
events of tickets changed after AT, closed tickets by unit, escalations) and ``orjson``
writes an object of the report's shape: the same keys, one object per ticket and per
deadline. No rule is applied: times go out as stored, the state is not computed, the
order is the stored due time. What the report costs above this is the price of its
rules and of Python objects; bench/scale.py runs both in one run and prints the ratio.
Only ``sqlite3`` and ``orjson`` are imported, so interpreter start is the floor's too;
the cyclic garbage collector is off, as in the report (its passes over a million new
objects are no physical limit).
"""

from __future__ import annotations

import gc
import sqlite3
import sys
from datetime import UTC, datetime
from typing import Any

import orjson

_LATER = "SELECT DISTINCT ticket FROM ticket_events WHERE at > ?"
_TICKETS = (
    "SELECT number, category, urgent, title, district, unit, returns, transfers, shuffled,"
    " disputed, escalated, urges FROM tickets WHERE status = 'open'"
)
_DEADLINES = (
    "SELECT ticket, kind, unit, clock, started_at, due_at, warn_at, crit_at, status, met_at,"
    " late FROM deadlines WHERE ticket IN (SELECT number FROM tickets WHERE status = 'open')"
)
_EVENTS = (
    "SELECT ticket, payload, policy, source, kind, at FROM ticket_events"
    " WHERE ticket IN (SELECT DISTINCT ticket FROM ticket_events WHERE at > ?) AND at <= ?"
    " ORDER BY at, id"
)
_CLOSED = (
    "SELECT t.last_unit, COUNT(*), SUM(CASE WHEN EXISTS (SELECT 1 FROM deadlines d"
    " WHERE d.ticket = t.number AND d.late) THEN 1 ELSE 0 END) FROM tickets t"
    " WHERE t.status = 'closed' AND t.last_unit IS NOT NULL GROUP BY t.last_unit"
)
_ESCALATIONS = (
    "SELECT id, ticket, office, status FROM escalations WHERE created_at <= ?"
    " ORDER BY created_at, id"
)


def floor(path: str, at: datetime) -> bytes:
    stored_at = at.astimezone(UTC).isoformat(" ", "microseconds")[:26]
    db = sqlite3.connect(path)
    later = {r[0] for r in db.execute(_LATER, (stored_at,))}
    db.execute(_EVENTS, (stored_at, stored_at)).fetchall()
    escalations: dict[str, list[dict[str, Any]]] = {}
    for eid, ticket, office, status in db.execute(_ESCALATIONS, (stored_at,)):
        escalations.setdefault(ticket, []).append({"id": eid, "office": office, "status": status})
    deadlines: dict[str, list[tuple[Any, ...]]] = {}
    for row in db.execute(_DEADLINES):
        deadlines.setdefault(row[0], []).append(row)
    rows = []
    for number, category, urgent, title, district, unit, returns, transfers, shuffled, \
            disputed, escalated, urges in db.execute(_TICKETS):  # fmt: skip
        if number in later:
            continue
        listed = []
        nxt = None
        for _, kind, d_unit, _clock, _start, due, _warn, _crit, status, met_at, late in \
                deadlines.get(number, ()):  # fmt: skip
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
    rows.sort(key=lambda r: r[0])
    units = [
        {"unit": u, "open": 0, "overdue": 0, "closed": n, "closed_late": late or 0,
         "rated": 0, "satisfied": 0}
        for u, n, late in db.execute(_CLOSED)
    ]  # fmt: skip
    db.close()
    report = {
        "at": at.isoformat(),
        "policy": "floor",
        "kpis": dict.fromkeys(("open", "ok", "warning", "critical", "overdue", "shuffled",
                               "disputed", "escalations_open"), len(rows)),
        "tickets": [r for _, r in rows],
        "units": units,
        "warnings": [],
    }  # fmt: skip
    return orjson.dumps(report, option=orjson.OPT_INDENT_2) + b"\n"


def main() -> None:
    gc.disable()
    path, at = sys.argv[1], datetime.fromisoformat(sys.argv[2])
    sys.stdout.buffer.write(floor(path, at))
    sys.stdout.flush()


if __name__ == "__main__":
    main()
