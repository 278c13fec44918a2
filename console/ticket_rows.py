"""Tracked tickets in and out of their rows, in batches, for the importer.

The importer loads the tickets a batch of events touches, applies the events in memory
(:mod:`console.lifecycle`) and writes back only what changed: new rows inserted, changed
rows updated, each with the batch's change sequence number.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from operator import attrgetter
from typing import Any

from sqlalchemy import bindparam, insert, select, update
from sqlalchemy.engine import Connection

from console.lifecycle import TrackedDeadline, TrackedTicket, UnitSeen
from db.bulk import insert_rows, update_rows
from db.tables import DEADLINES, TICKETS, UNITS, among, in_chunks

# fixed when the ticket is accepted, or changed only by supervisors: an import that
# updates a ticket leaves these alone
_T_FIXED = (
    "category",
    "urgent",
    "title",
    "description",
    "channel",
    "district",
    "address",
    "citizen_name",
    "citizen_phone",
    "accepted_at",
    "marked_disputed",
    "escalated",
    "urges",
)
# what feed events change
_T_MUTABLE = (
    "status",
    "closed_at",
    "unit",
    "last_unit",
    "co_units",
    "returns",
    "transfers",
    "units_sent",
    "units_left",
    "jurisdiction_returners",
    "shuffled",
    "disputed",
    "shuffled_at",
    "disputed_at",
    "rating",
    "deadline_count",
    "last_event_at",
    "version",  # every write moves it on (see save_tickets)
)
_TICKET_FIELDS = (*_T_FIXED, *_T_MUTABLE)
_LOAD_CHUNK = 20_000  # tickets asked for in one query (one bound parameter: see among)
_DEADLINE_FIELDS = (
    "kind",
    "unit",
    "clock",
    "started_at",
    "due_at",
    "warn_at",
    "crit_at",
    "policy",
    "status",
    "met_at",
    "ended_at",
    "late",
    "met_unit",
)


def load_tickets(conn: Connection, numbers: Sequence[str]) -> dict[str, TrackedTicket]:
    """The stored tickets among ``numbers``, with their open deadlines."""
    found: dict[str, TrackedTicket] = {}
    for part in in_chunks(numbers, _LOAD_CHUNK):
        query = select(TICKETS).where(among(conn, TICKETS.c.number, part))
        for row in conn.execute(query).mappings():
            values = {k: row[k] for k in _TICKET_FIELDS}
            values["co_units"] = list(values["co_units"] or [])
            for name in ("units_sent", "units_left", "jurisdiction_returners"):
                values[name] = list(values[name] or [])
            found[row["number"]] = TrackedTicket(number=row["number"], new=False, **values)
        here = [n for n in part if n in found]
        if not here:
            continue
        # by the key alone, the open ones kept here: asked for status = 'open', both
        # databases walk every open deadline by the status index (no statistics during
        # an import), once per 500 tickets (issue 12: most of PostgreSQL's time)
        query = (
            select(DEADLINES)
            .where(among(conn, DEADLINES.c.ticket, here))
            .order_by(DEADLINES.c.ticket, DEADLINES.c.n)
        )
        for row in conn.execute(query).mappings():
            if row["status"] != "open":
                continue
            ticket = found[row["ticket"]]
            values = {k: row[k] for k in _DEADLINE_FIELDS}
            ticket.deadlines.append(TrackedDeadline(n=row["n"], dirty=False, new=False, **values))
    return found


def load_units(conn: Connection) -> dict[str, UnitSeen]:
    return {
        r.code: UnitSeen(r.code, r.name, r.kind)
        for r in conn.execute(select(UNITS.c.code, UNITS.c.name, UNITS.c.kind))
    }


def save_units(
    conn: Connection, units: dict[str, UnitSeen], stored: dict[str, UnitSeen], seq: int
) -> None:
    """Insert units first seen (named by their code until a name is given), update the
    ones whose name or kind an event changed."""
    new_rows: list[dict[str, Any]] = []
    changed: list[dict[str, Any]] = []
    for code, seen in units.items():
        old = stored.get(code)
        if old is None:
            new_rows.append(
                {"code": code, "name": seen.name or code, "kind": seen.kind, "seq": seq}
            )
            stored[code] = UnitSeen(code, seen.name or code, seen.kind)
        elif (seen.name and seen.name != old.name) or (seen.kind and seen.kind != old.kind):
            old.name = seen.name or old.name
            old.kind = seen.kind or old.kind
            changed.append({"b_code": code, "name": old.name, "kind": old.kind, "seq": seq})
    if new_rows:
        conn.execute(insert(UNITS), new_rows)
    if changed:
        conn.execute(update(UNITS).where(UNITS.c.code == bindparam("b_code")), changed)


_T_COLS = (*_TICKET_FIELDS, "number", "seq")
# what signing, on site, reply, close and reopen change
_T_LIGHT = ("status", "closed_at", "rating", "last_event_at", "version", "seq")
_D_COLS = (*_DEADLINE_FIELDS, "ticket", "n")
_D_DONE = ("status", "met_at", "ended_at", "late", "met_unit")
_D_RESCHEDULED = ("due_at", "warn_at", "crit_at")  # an approved extension (延期)
# attrgetter builds the row tuples in C: this runs for every changed ticket of an import
_ticket_row = attrgetter(*_TICKET_FIELDS, "number")
_T_MOVED = ("seq", *_T_MUTABLE)  # seq first: the row is (seq,) + the ticket's values
_ticket_moved_row = attrgetter(*_T_MUTABLE, "number")
_deadline_row = attrgetter(*_DEADLINE_FIELDS)


def save_tickets(conn: Connection, tickets: Iterable[TrackedTicket], seq: int) -> None:
    """Write the given (changed) tickets and their changed deadlines. Each stored ticket
    written gets the next ``version``, so a supervisor's edit made on what it was before
    is seen to be stale."""
    new_t: list[tuple[Any, ...]] = []
    upd_t: list[tuple[Any, ...]] = []
    light_t: list[tuple[Any, ...]] = []
    new_d: list[tuple[Any, ...]] = []
    upd_d: list[tuple[Any, ...]] = []
    moved_d: list[tuple[Any, ...]] = []
    for t in tickets:
        if t.new:
            new_t.append(_ticket_row(t) + (seq,))
            t.new = t.moved = False
        elif t.moved:
            t.version += 1
            upd_t.append((seq,) + _ticket_moved_row(t))
            t.moved = False
        else:
            t.version += 1
            light_t.append(
                (t.status, t.closed_at, t.rating, t.last_event_at, t.version, seq, t.number)
            )
        for dl in t.deadlines:
            if not dl.dirty:
                continue
            if dl.new:
                new_d.append((*_deadline_row(dl), t.number, dl.n))
                dl.new = False
            else:
                upd_d.append(
                    (dl.status, dl.met_at, dl.ended_at, dl.late, dl.met_unit, t.number, dl.n)
                )
                if dl.rescheduled:
                    moved_d.append((dl.due_at, dl.warn_at, dl.crit_at, t.number, dl.n))
            dl.dirty = dl.rescheduled = False
        # closed deadlines are never needed in memory again
        t.deadlines = [d for d in t.deadlines if d.status == "open"]
    insert_rows(conn, TICKETS, _T_COLS, new_t)
    update_rows(conn, TICKETS, _T_MOVED, ("number",), upd_t)
    update_rows(conn, TICKETS, _T_LIGHT, ("number",), light_t)
    insert_rows(conn, DEADLINES, _D_COLS, new_d)
    update_rows(conn, DEADLINES, _D_DONE, ("ticket", "n"), upd_d)
    update_rows(conn, DEADLINES, _D_RESCHEDULED, ("ticket", "n"), moved_d)
