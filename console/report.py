"""The state of all open tickets at a moment: the ``report`` command and its JSON.

Stored tickets are the state after every imported event. A ticket with events after
the report's moment is replayed from its audit trail up to that moment instead (see
:mod:`console.replay`).

At 100,000 open tickets the work is reading some 300,000 rows and writing as many JSON
objects, so rows stay plain tuples and times stay in the database's own form (compared
as they are) until one is printed.
"""

from __future__ import annotations

import gc
import logging
from collections import defaultdict
from datetime import UTC, datetime, timedelta
from typing import Any, NamedTuple

from sqlalchemy import Engine, bindparam, select, text

from console.escalations import STILL_OPEN, status_at
from console.lifecycle import TrackedTicket
from console.policy import Policy
from console.replay import Replayer
from console.states import State
from db.bulk import naive_time_reader, time_reader, time_writer
from db.tables import ESCALATIONS, TICKET_EVENTS, in_chunks

log = logging.getLogger("console.report")

_OPEN_TICKETS = (
    "SELECT number, category, urgent, title, district, unit, returns, transfers, shuffled,"
    " disputed, escalated, urges FROM tickets WHERE status = 'open'"
)
# a finished deadline on the ordinary clock shows only its due time and when it was met:
# its other times are not read (the rows are most of the report's reading)
_OPEN_DEADLINES = (
    "SELECT ticket, kind, unit, clock,"
    " CASE WHEN status = 'open' OR clock = 'working' THEN started_at END, due_at,"
    " CASE WHEN status = 'open' THEN warn_at END, CASE WHEN status = 'open' THEN crit_at END,"
    " status, CASE WHEN status = 'met' THEN met_at END, late"
    " FROM deadlines WHERE ticket IN (SELECT number FROM tickets WHERE status = 'open')"
)
_LATE = "EXISTS (SELECT 1 FROM deadlines d WHERE d.ticket = t.number AND d.late)"
_RATED = "CASE WHEN t.rating IS NOT NULL THEN 1 ELSE 0 END"
_SATISFIED = "CASE WHEN t.rating IN ('satisfied', 'basic') THEN 1 ELSE 0 END"
_CLOSED_BY_UNIT = (
    f"SELECT t.last_unit, COUNT(*), SUM(CASE WHEN {_LATE} THEN 1 ELSE 0 END),"
    f" SUM({_RATED}), SUM({_SATISFIED}) FROM tickets t"
    " WHERE t.status = 'closed' AND t.last_unit IS NOT NULL GROUP BY t.last_unit"
)
_CLOSED_AMONG = (
    f"SELECT t.number, t.last_unit, {_LATE}, {_RATED}, {_SATISFIED} FROM tickets t"
    " WHERE t.status = 'closed' AND t.last_unit IS NOT NULL AND t.number IN :numbers"
)
_LABELS = [s.label for s in State]


class Row(NamedTuple):
    """A deadline as read: times in the database's form (text on SQLite)."""

    kind: str
    unit: str | None
    clock: str
    started_at: Any
    due_at: Any
    warn_at: Any
    crit_at: Any
    status: str
    met_at: Any
    late: bool


def _raw_rows(conn: Any, sql: str) -> list[tuple[Any, ...]]:
    cursor = conn.connection.dbapi_connection.cursor()
    try:
        cursor.execute(sql)
        return list(cursor.fetchall())
    finally:
        cursor.close()


def _load_open(conn: Any, later: set[str]) -> dict[str, tuple[tuple[Any, ...], list[Row]]]:
    """Open tickets as stored with all their deadlines, leaving out those to replay."""
    open_: dict[str, tuple[tuple[Any, ...], list[Row]]] = {
        r[0]: (r, []) for r in _raw_rows(conn, _OPEN_TICKETS) if r[0] not in later
    }
    # no ORDER BY: the (ticket, n) key the rows are looked up by keeps each ticket's
    # deadlines in the order they started on both databases, and lists are unordered
    for r in _raw_rows(conn, _OPEN_DEADLINES):
        entry = open_.get(r[0])
        if entry is not None:
            entry[1].append(Row(*r[1:]))
    return open_


def _from_replay(t: TrackedTicket, db_time: Any) -> tuple[tuple[Any, ...], list[Row]]:
    ticket = (t.number, t.category, t.urgent, t.title, t.district, t.unit, t.returns,
              t.transfers, t.shuffled, t.disputed, t.escalated, t.urges)  # fmt: skip
    rows = [
        Row(
            d.kind,
            d.unit,
            d.clock,
            db_time(d.started_at),
            db_time(d.due_at),
            db_time(d.warn_at),
            db_time(d.crit_at),
            d.status,
            db_time(d.met_at) if d.status == "met" else None,
            d.late,
        )  # fmt: skip
        for d in sorted(t.deadlines, key=lambda d: d.n)
    ]
    return ticket, rows


def _closed_by_unit(conn: Any, exclude: set[str]) -> defaultdict[str, list[int]]:
    """Closed tickets, those with a late deadline, those rated and those rated satisfied
    (or basic), by their last unit; tickets in ``exclude`` (replayed) are counted from
    their replay instead."""
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    for unit, *figures in _raw_rows(conn, _CLOSED_BY_UNIT):
        for i, value in enumerate(figures):
            counts[unit][i] += int(value or 0)
    numbers = sorted(exclude)
    for part in in_chunks(numbers):
        query = text(_CLOSED_AMONG).bindparams(bindparam("numbers", expanding=True))
        for _, unit, late, rated, satisfied in conn.execute(query, {"numbers": part}):
            counts[unit][0] -= 1
            counts[unit][1] -= int(bool(late))
            counts[unit][2] -= int(rated)
            counts[unit][3] -= int(satisfied)
    return counts


def build_report(engine: Engine, policy: Policy, at: datetime) -> dict[str, Any]:
    """The report of all tickets open at ``at``, as the spec's JSON object."""
    # a big report makes a million small objects and no cycles: the collector's passes
    # over them would cost more than the report itself
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_report(engine, policy, at)
    finally:
        if collecting:
            gc.enable()


def _build_report(engine: Engine, policy: Policy, at: datetime) -> dict[str, Any]:
    with engine.connect() as conn:
        dialect = conn.dialect.name
        later = set(
            conn.execute(
                select(TICKET_EVENTS.c.ticket).where(TICKET_EVENTS.c.at > at).distinct()
            ).scalars()
        )
        tickets = _load_open(conn, later)
        closed = _closed_by_unit(conn, later)
        escalations = _escalations_at(conn, at)
    db_time = time_writer(dialect)
    for number, ticket in (Replayer(engine, policy).replay(later, at) if later else {}).items():
        if ticket.status == "open":
            tickets[number] = _from_replay(ticket, db_time)
        elif ticket.last_unit is not None:
            counts = closed[ticket.last_unit]
            counts[0] += 1
            counts[1] += int(any(d.late for d in ticket.deadlines))
            counts[2] += ticket.rating is not None
            counts[3] += ticket.rating in ("satisfied", "basic")
    return _assemble(tickets, closed, escalations, policy, at, dialect)


def _escalations_at(conn: Any, at: datetime) -> dict[str, list[dict[str, Any]]]:
    """Each ticket's escalations that existed at ``at``, with their status then."""
    found: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    x = ESCALATIONS.c
    query = (
        select(x.id, x.ticket, x.office, x.status, x.replied_at, x.closed_at)
        .where(x.created_at <= at)
        .order_by(x.created_at, x.id)
    )
    for eid, ticket, office, status, replied_at, closed_at in conn.execute(query):
        then = status_at(status, replied_at, closed_at, at)
        found[ticket].append({"id": int(eid), "office": office, "status": then})
    return found


def _assemble(
    tickets: dict[str, tuple[tuple[Any, ...], list[Row]]],
    closed: dict[str, list[int]],
    escalations: dict[str, list[dict[str, Any]]],
    policy: Policy,
    at: datetime,
    dialect: str,
) -> dict[str, Any]:
    tz = policy.tz
    when = time_reader(dialect)
    now = time_writer(dialect)(at)  # the moment in the database's form, to compare with

    shown = _printer(when, naive_time_reader(dialect), tz)

    kpis = dict.fromkeys(("open", "ok", "warning", "critical", "overdue", "shuffled"), 0)
    kpis |= {
        "disputed": 0,
        "escalations_open": sum(
            e["status"] in STILL_OPEN for listed in escalations.values() for e in listed
        ),
    }
    units: defaultdict[str, dict[str, int]] = defaultdict(
        lambda: {"open": 0, "overdue": 0, "closed": 0, "closed_late": 0, "rated": 0,
                 "satisfied": 0}
    )  # fmt: skip
    rows: list[tuple[tuple[int, Any, str], dict[str, Any]]] = []
    working: list[Row] = []
    for (number, category, urgent, title, district, unit, returns, transfers, shuffled,
         disputed, _escalated, urges), deadlines in tickets.values():  # fmt: skip
        escalated_then = escalations.get(number, [])
        worst = 0
        nxt: Row | None = None
        listed = []
        for d in deadlines:
            if d.clock == "working":
                working.append(d)
            if d.status == "open":
                # console.states.deadline_state, inline: this runs for every deadline
                due = d.due_at
                state = 3 if now > due else 2 if now >= d.crit_at else 1 if now >= d.warn_at else 0
                worst = max(worst, state)
                if nxt is None or due < nxt.due_at:
                    nxt = d
                late, label = state == 3, _LABELS[state]
            else:
                late, label = bool(d.late), d.status
            listed.append(
                {
                    "kind": d.kind,
                    "unit": d.unit,
                    "due": shown(d.due_at),
                    "met_at": shown(d.met_at),
                    "late": late,
                    "state": label,
                }  # fmt: skip
            )
        kpis["open"] += 1
        kpis[_LABELS[worst]] += 1
        kpis["shuffled"] += bool(shuffled)
        kpis["disputed"] += bool(disputed)
        if unit is not None:
            counts = units[unit]
            counts["open"] += 1
            counts["overdue"] += worst == 3
        next_deadline = None
        if nxt is not None:
            due_at = when(nxt.due_at)
            next_deadline = {
                "kind": nxt.kind,
                "due": shown(nxt.due_at),
                "remaining_s": int((due_at - at).total_seconds()),
            }
        rows.append((
            (-worst, nxt.due_at if nxt else _NEVER[dialect], number),
            {"ticket": number, "category": category, "urgent": bool(urgent), "title": title,
             "district": district, "unit": unit, "state": _LABELS[worst],
             "next_deadline": next_deadline, "deadlines": listed, "returns": returns,
             "transfers": transfers, "shuffled": bool(shuffled), "disputed": bool(disputed),
             "escalated": any(e["status"] in STILL_OPEN for e in escalated_then),
             "urges": int(urges or 0), "escalations": escalated_then},
        ))  # fmt: skip
    rows.sort(key=lambda r: r[0])
    for unit, (n_closed, n_late, n_rated, n_satisfied) in closed.items():
        figures = units[unit]
        figures["closed"] += n_closed
        figures["closed_late"] += n_late
        figures["rated"] += n_rated
        figures["satisfied"] += n_satisfied
    return {
        "at": at.astimezone(tz).isoformat(),
        "policy": policy.name,
        "kpis": kpis,
        "tickets": [r for _, r in rows],
        "units": [{"unit": u, **c} for u, c in sorted(units.items()) if any(c.values())],
        "warnings": _calendar_warnings(working, policy, when),
    }


def _printer(when: Any, naive: Any, tz: Any) -> Any:
    """Database time → ISO 8601 with the center's offset.

    Where the zone's offset has not changed since 1992 (China's has been +08:00 since
    1991) it is added as a fixed offset, which is several times faster than asking the
    zone database for each of a few hundred thousand times."""
    probes = [datetime(y, m, 1, tzinfo=UTC) for y in (1992, 2010, 2030) for m in (1, 7)]
    offsets = {p.astimezone(tz).utcoffset() for p in probes}
    if len(offsets) == 1:
        offset = offsets.pop() or timedelta(0)
        total = int(offset.total_seconds()) // 60
        suffix = "{}{:02d}:{:02d}".format("-" if total < 0 else "+", *divmod(abs(total), 60))
        floor = datetime(1992, 1, 1)

        def fixed(value: Any) -> str | None:
            if value is None:
                return None
            moment = naive(value)  # UTC wall time, no zone: the cheapest arithmetic
            if moment < floor:
                return str(when(value).astimezone(tz).isoformat())
            return (moment + offset).isoformat() + suffix

        return fixed

    def zoned(value: Any) -> str | None:
        return None if value is None else str(when(value).astimezone(tz).isoformat())

    return zoned


# sorts after every due time, in the database's form of times
_NEVER: dict[str, Any] = defaultdict(
    lambda: datetime.max.replace(tzinfo=datetime.now().astimezone().tzinfo),
    sqlite="9999",
)


def _calendar_warnings(working: list[Row], policy: Policy, when: Any) -> list[str]:
    """A sentence for each year a working-day deadline spans that the official calendar
    does not cover."""
    years: set[int] = set()
    for d in working:
        first = when(d.started_at).astimezone(policy.tz).year
        years.update(range(first, when(d.due_at).astimezone(policy.tz).year + 1))
    cal = policy.calendar
    return [cal.uncovered_message(y) for y in cal.years_uncovered(years)]


def unit_names(engine: Engine) -> dict[str, str]:
    """Unit codes to their names, for the table a person reads (the JSON keeps codes)."""
    from db.models import Unit

    with engine.connect() as conn:
        return {code: name for code, name in conn.execute(select(Unit.code, Unit.name)) if name}
