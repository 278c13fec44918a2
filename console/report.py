"""The state of all open tickets at a moment: the ``report`` command and its JSON.

Stored tickets are the state after every imported event. A ticket with events after
the report's moment is replayed from its audit trail up to that moment instead (see
:mod:`console.replay`).

At 100,000 open tickets the work is reading some 300,000 rows and writing as many JSON
objects, so rows stay plain tuples and times stay text that compares like the instants
(:mod:`db.times`) until one is printed. The report reads with the plain driver
(DB-API) and SQL text: from the command line without SQLAlchemy at all
(:mod:`db.reading`), whose loading cost a third of a second (issue 12).
"""

from __future__ import annotations

import gc
from collections import defaultdict
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import chain, groupby
from operator import itemgetter
from typing import TYPE_CHECKING, Any

from console.escalations import STILL_OPEN, status_at
from console.lifecycle import TrackedTicket
from console.policy import Policy
from console.replay import Replayer
from console.states import State
from db.times import AS_TEXT, time_param, time_printer, time_reader, time_writer

if TYPE_CHECKING:
    from sqlalchemy import Engine

_OPEN_TICKETS = (
    "SELECT number, category, urgent, title, district, unit, returns, transfers, shuffled,"
    " disputed, escalated, urges FROM tickets WHERE {open}"
)
# SQLite takes the open tickets' rowids from the status index and reads the rows in the
# table's order, instead of looking each up in the index's order (100,000 open: the
# tickets' query 0.37 s of CPU -> 0.23 s, the deadlines' 0.67 -> 0.50 s)
_OPEN = {
    "sqlite": "rowid IN (SELECT rowid FROM tickets WHERE status = 'open')",
    "postgresql": "status = 'open'",
}
# a finished deadline on the ordinary clock shows only its due time and when it was met:
# its other times are not read (the rows are most of the report's reading)
_OPEN_DEADLINES = (
    "SELECT ticket, kind, unit, clock,"
    " CASE WHEN status = 'open' OR clock = 'working' THEN {started_at} END, {due_at},"
    " CASE WHEN status = 'open' THEN {warn_at} END,"
    " CASE WHEN status = 'open' THEN {crit_at} END,"
    " status, CASE WHEN status = 'met' THEN {met_at} END, late"
    " FROM deadlines WHERE ticket IN (SELECT number FROM tickets WHERE {{open}})"
    # in key order: each ticket's rows come together (SQLite walks its key index for the
    # IN list, PostgreSQL merges the two keys: neither sorts)
    " ORDER BY ticket, n"
)
# Times are read as text that compares like the instants (db.times.AS_TEXT: SQLite's
# stored text, PostgreSQL's ISO text of the UTC timestamp), compared as read and printed
# by the minute: a million timestamptz made into aware datetimes, compared and printed
# through their zone cost the report seconds, and to_char twice the server's time of
# that cast.
# without DISTINCT (their numbers go into a set): SQLite's planner met it by walking the
# whole ticket index, every event's row looked up for its time (0.1 s at 100,000 open)
# instead of taking the few after the moment from the time index
_LATER = "SELECT ticket FROM ticket_events WHERE at > ?"
# the audit trail of the tickets with events after the moment, up to it, in time order
_EVENTS = (
    "SELECT ticket, payload, policy, source, kind, {at} FROM ticket_events"
    " WHERE ticket IN (SELECT ticket FROM ticket_events WHERE at > ?) AND at <= ?"
    " ORDER BY at, id"
)
_POLICY = "SELECT source FROM policies WHERE key = ?"
_ESCALATIONS = (
    "SELECT id, ticket, office, status, {replied_at}, {closed_at} FROM escalations"
    " WHERE created_at <= ? ORDER BY created_at, id"
)
_UNIT_NAMES = "SELECT code, name FROM units"
_LATE = "EXISTS (SELECT 1 FROM deadlines d WHERE d.ticket = t.number AND d.late)"
_RATED = "CASE WHEN t.rating IS NOT NULL THEN 1 ELSE 0 END"
_SATISFIED = "CASE WHEN t.rating IN ('satisfied', 'basic') THEN 1 ELSE 0 END"
# tickets with events after the moment are counted from their replay instead: left out
# here in one query (a list of their numbers made the planner scan every closed ticket
# once per chunk)
_CLOSED_BY_UNIT = (
    f"SELECT t.last_unit, COUNT(*), SUM(CASE WHEN {_LATE} THEN 1 ELSE 0 END),"
    f" SUM({_RATED}), SUM({_SATISFIED}) FROM tickets t"
    " WHERE t.status = 'closed' AND t.last_unit IS NOT NULL"
    " AND {unchanged} GROUP BY t.last_unit"
)
# PostgreSQL met NOT IN with a list of every ticket changed after the moment, scanned once
# per closed ticket unless the list fits in work_mem (a report of the day before at
# 100,000 open: still running after 15 minutes); NOT EXISTS is an anti-join there. SQLite
# makes the list an index once, and took twice as long over NOT EXISTS
_UNCHANGED = {
    "sqlite": "t.number NOT IN (SELECT e.ticket FROM ticket_events e WHERE e.at > ?)",
    "postgresql": "NOT EXISTS (SELECT 1 FROM ticket_events e WHERE e.ticket = t.number"
    " AND e.at > ?)",
}
_TICKET = itemgetter(0)
_LABELS = [s.label for s in State]


# a deadline as read: (ticket, kind, unit, clock, started_at, due_at, warn_at, crit_at,
# status, met_at, late), times as text (db.times); plain tuples, unpacked in the loop,
# are the cheapest shape for 200,000 of them
Row = tuple[Any, ...]
# an open ticket's row (number, category, urgent, title, district, unit, returns,
# transfers, shuffled, disputed, escalated, urges) and its deadlines' rows
Loaded = Iterable[tuple[tuple[Any, ...], Iterable[Row]]]


class _Reader:
    """SQL text on a DB-API connection: ``?`` marks a parameter, times are read as text
    (``{name}`` in a query stands for the time column ``name``)."""

    def __init__(self, conn: Any, dialect: str) -> None:
        self.conn = conn
        self.dialect = dialect

    def rows(self, sql: str, *params: Any) -> list[tuple[Any, ...]]:
        if self.dialect == "postgresql":
            sql = sql.replace("?", "%s")
        cursor = self.conn.cursor()
        try:
            if params:
                cursor.execute(sql, params)
            else:
                cursor.execute(sql)
            return cursor.fetchall()  # type: ignore[no-any-return]
        finally:
            cursor.close()

    def stream(self, sql: str, batch: int = 2_000) -> Iterator[tuple[Any, ...]]:
        """The rows of ``sql`` as they are taken, read when first asked for."""
        cursor = self.conn.cursor()
        try:
            cursor.execute(sql)
            while rows := cursor.fetchmany(batch):
                yield from rows
        finally:
            cursor.close()

    def times(self, sql: str, *names: str) -> str:
        wrap = AS_TEXT[self.dialect]
        return sql.format(**{name: wrap.format(name) for name in names})


def read_report(
    url: str | None, policy: Policy, at: datetime, *, unit_names: bool = False
) -> tuple[dict[str, Any], dict[str, str]]:
    """The report of the database at ``url`` (see :func:`db.engine.make_engine`), and
    its units' names by code when ``unit_names``, for a table a person reads (the JSON
    keeps codes). A database of this console at the newest schema is read with the plain
    driver; any other is opened the usual way, which refuses, upgrades or explains."""
    from db.reading import plain_connection

    reading = plain_connection(url)
    if reading is None:
        from db.engine import make_engine

        engine = make_engine(url, create=False)  # a mistyped path must not read as "all quiet"
        try:
            with engine.connect() as conn:
                raw = conn.connection.dbapi_connection
                return _read(_Reader(raw, engine.dialect.name), policy, at, unit_names)
        finally:
            engine.dispose()
    try:
        return _read(_Reader(reading.conn, reading.dialect), policy, at, unit_names)
    finally:
        reading.conn.close()


def _read(
    db: _Reader, policy: Policy, at: datetime, unit_names: bool
) -> tuple[dict[str, Any], dict[str, str]]:
    with _snapshot(db):
        report = _report(db, policy, at)
        names = {code: name for code, name in db.rows(_UNIT_NAMES) if name} if unit_names else {}
    return report, names


def build_report(engine: Engine, policy: Policy, at: datetime) -> dict[str, Any]:
    """The report of all tickets open at ``at``, as the spec's JSON object."""
    with engine.connect() as conn:
        db = _Reader(conn.connection.dbapi_connection, engine.dialect.name)
        with _snapshot(db):
            return _report(db, policy, at)


@contextmanager
def _snapshot(db: _Reader) -> Iterator[None]:
    """One read transaction around the whole report: its queries all see the database
    as it was at the first, so a write committed meanwhile (a live feed, another
    workstation's import) can neither have a ticket read as stored and replayed too, nor
    a ticket read open whose deadlines are gone by the time they are read."""
    conn = db.conn
    if db.dialect == "postgresql":
        conn.commit()  # the version check's transaction: the level is set before any query
        conn.execute("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ, READ ONLY")
    else:
        # deferred: the snapshot is taken at the first query (WAL: writers go on)
        conn.execute("BEGIN")
    try:
        yield
    finally:
        conn.rollback()  # read only: nothing to keep


def _report(db: _Reader, policy: Policy, at: datetime) -> dict[str, Any]:
    # a big report makes a million small objects and no cycles: the collector's passes
    # over them would cost more than the report itself
    collecting = gc.isenabled()
    gc.disable()
    try:
        return _build_report(db, policy, at)
    finally:
        if collecting:
            gc.enable()


def _build_report(db: _Reader, policy: Policy, at: datetime) -> dict[str, Any]:
    dialect = db.dialect
    if dialect == "postgresql":
        db.conn.execute("SET LOCAL datestyle = 'ISO'")  # the text AS_TEXT reads
        # the closed tickets' query is costed above the JIT's threshold: compiling it
        # took longer than it saved (0.03-0.1 s of a new connection's first query)
        db.conn.execute("SET LOCAL jit = off")
    bound = time_param(dialect)(at)
    later = {number for (number,) in db.rows(_LATER, bound)}
    stored = _load_open(db, later)
    closed = _closed_by_unit(db, bound)
    escalations = _escalations_at(db, bound, at)
    db_time = time_writer(dialect)
    replayed = []
    for ticket in _replay(db, policy, bound).values() if later else ():
        if ticket.status == "open":
            replayed.append(_from_replay(ticket, db_time))
        elif ticket.last_unit is not None:
            counts = closed[ticket.last_unit]
            counts[0] += 1
            counts[1] += int(any(d.late for d in ticket.deadlines))
            counts[2] += ticket.rating is not None
            counts[3] += ticket.rating in ("satisfied", "basic")
    return _assemble(chain(stored, replayed), closed, escalations, policy, at, dialect)


def _replay(db: _Reader, policy: Policy, bound: Any) -> dict[str, TrackedTicket]:
    read = time_reader(db.dialect)
    events = (
        (number, payload, key, source, kind, read(when))
        for number, payload, key, source, kind, when in db.rows(
            db.times(_EVENTS, "at"), bound, bound
        )
    )

    def stored(key: str) -> str | None:
        found = db.rows(_POLICY, key)
        return found[0][0] if found else None

    return Replayer(None, policy).replay_rows(events, stored)


def _load_open(db: _Reader, later: set[str]) -> Loaded:
    """Open tickets as stored with all their deadlines, leaving out those to replay.

    The deadlines' rows come in ticket order and are taken ticket by ticket as they
    are (no list or dictionary entry per ticket: 100,000 of them cost a tenth of the
    report to make and as much again to free), read as the report is assembled, after
    every other query: their 200,000 rows are never all held at once (140 MB)."""
    tickets = {r[0]: r for r in db.rows(_OPEN_TICKETS.format(open=_OPEN[db.dialect]))
               if r[0] not in later}  # fmt: skip
    times = ("started_at", "due_at", "warn_at", "crit_at", "met_at")
    deadlines = db.times(_OPEN_DEADLINES, *times).format(open=_OPEN[db.dialect])
    return _with_deadlines(tickets, db.stream(deadlines))


def _with_deadlines(tickets: dict[str, tuple[Any, ...]], deadlines: Iterable[Row]) -> Iterator[Any]:
    take = tickets.pop
    for number, rows in groupby(deadlines, _TICKET):
        ticket = take(number, None)
        if ticket is not None:  # not one replayed instead
            yield ticket, rows
    for ticket in tickets.values():  # those left have no deadline
        yield ticket, ()


def _from_replay(t: TrackedTicket, db_time: Any) -> tuple[tuple[Any, ...], list[Row]]:
    ticket = (t.number, t.category, t.urgent, t.title, t.district, t.unit, t.returns,
              t.transfers, t.shuffled, t.disputed, t.escalated, t.urges)  # fmt: skip
    rows = [
        (
            t.number,
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


def _closed_by_unit(db: _Reader, bound: Any) -> defaultdict[str, list[int]]:
    """Closed tickets, those with a late deadline, those rated and those rated satisfied
    (or basic), by their last unit; tickets with events after the moment are left out
    (they are counted from their replay)."""
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0])
    sql = _CLOSED_BY_UNIT.format(unchanged=_UNCHANGED[db.dialect])
    for unit, *figures in db.rows(sql, bound):
        for i, value in enumerate(figures):
            counts[unit][i] += int(value or 0)
    return counts


def _escalations_at(db: _Reader, bound: Any, at: datetime) -> dict[str, list[dict[str, Any]]]:
    """Each ticket's escalations that existed at ``at``, with their status then."""
    found: defaultdict[str, list[dict[str, Any]]] = defaultdict(list)
    read = time_reader(db.dialect)
    sql = db.times(_ESCALATIONS, "replied_at", "closed_at")
    for eid, ticket, office, status, replied_at, closed_at in db.rows(sql, bound):
        then = status_at(status, read(replied_at), read(closed_at), at)
        found[ticket].append({"id": int(eid), "office": office, "status": then})
    return found


def _assemble(
    tickets: Loaded,
    closed: dict[str, list[int]],
    escalations: dict[str, list[dict[str, Any]]],
    policy: Policy,
    at: datetime,
    dialect: str,
) -> dict[str, Any]:
    tz = policy.tz
    parse = datetime.fromisoformat  # a time in the rows' form, as UTC without a zone
    at_utc = at.astimezone(UTC).replace(tzinfo=None)
    now = time_writer(dialect)(at)  # the moment in the rows' form, to compare with
    shown = time_printer(dialect, tz)

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
    by_state = [0, 0, 0, 0]
    n_shuffled = n_disputed = 0
    labels = _LABELS
    never = _NEVER  # after every due time
    no_escalations: list[dict[str, Any]] = []
    # each ticket's place: worst state first, then next due time (none last), then
    # number, as one string (one character for the state; a time never holds "\0", so
    # an earlier time that is the start of a later one sorts first): strings sort faster
    # than tuples (100,000 open: 0.03-0.05 s less, issue 12)
    rows: list[tuple[str, dict[str, Any]]] = []
    ranks = "3210"
    working: list[tuple[Any, Any]] = []
    for (number, category, urgent, title, district, unit, returns, transfers, shuffled,
         disputed, _escalated, urges), deadlines in tickets:  # fmt: skip
        worst = 0
        nxt_due = nxt_kind = nxt_shown = None
        listed = []
        for _, kind, d_unit, clock, started, due, warn, crit, status, met_at, late in deadlines:
            if clock == "working":
                working.append((started, due))
            due_shown = shown(due)
            if status == "open":
                # console.states.deadline_state, inline: this runs for every deadline
                state = 3 if now > due else 2 if now >= crit else 1 if now >= warn else 0
                if state > worst:
                    worst = state
                if nxt_due is None or due < nxt_due:
                    nxt_due, nxt_kind, nxt_shown = due, kind, due_shown
                listed.append(
                    {"kind": kind, "unit": d_unit, "due": due_shown, "met_at": None,
                     "late": state == 3, "state": labels[state]}
                )  # fmt: skip
            else:
                listed.append(
                    {"kind": kind, "unit": d_unit, "due": due_shown,
                     "met_at": None if met_at is None else shown(met_at), "late": bool(late),
                     "state": status}
                )  # fmt: skip
        by_state[worst] += 1
        if shuffled:
            n_shuffled += 1
        if disputed:
            n_disputed += 1
        if unit is not None:
            counts = units[unit]
            counts["open"] += 1
            counts["overdue"] += worst == 3
        next_deadline = None
        if nxt_due is not None:
            next_deadline = {
                "kind": nxt_kind,
                "due": nxt_shown,
                "remaining_s": int((parse(nxt_due) - at_utc).total_seconds()),
            }
        escalated_then = escalations.get(number, no_escalations)
        rows.append((
            f"{ranks[worst]}{never if nxt_due is None else nxt_due}\0{number}",
            {"ticket": number, "category": category, "urgent": bool(urgent), "title": title,
             "district": district, "unit": unit, "state": labels[worst],
             "next_deadline": next_deadline, "deadlines": listed, "returns": returns,
             "transfers": transfers, "shuffled": bool(shuffled), "disputed": bool(disputed),
             "escalated": bool(escalated_then)
             and any(e["status"] in STILL_OPEN for e in escalated_then),
             "urges": int(urges or 0), "escalations": escalated_then},
        ))  # fmt: skip
    rows.sort(key=itemgetter(0))
    kpis["open"] = len(rows)
    for state, count in enumerate(by_state):
        kpis[labels[state]] = count
    kpis["shuffled"] = n_shuffled
    kpis["disputed"] = n_disputed
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
        "warnings": _calendar_warnings(working, policy, shown),
    }


_NEVER = "9999"


def _calendar_warnings(working: list[tuple[Any, Any]], policy: Policy, shown: Any) -> list[str]:
    """A sentence for each year a working-day deadline spans that the official calendar
    does not cover."""
    years: set[int] = set()
    spans = set()
    for started, due in working:
        # a time as printed begins with its year in the center's zone
        spans.add((shown(started)[:4], shown(due)[:4]))
    for first, last in spans:
        years.update(range(int(first), int(last) + 1))
    cal = policy.calendar
    return [cal.uncovered_message(y) for y in cal.years_uncovered(years)]
