"""The open board (督办看板): every open ticket with its open deadlines, without Qt.

:class:`BoardStore` reads the board from the database once and then only what changed
since the change sequence it last saw (``changes_since``), as a :class:`BoardDelta` of
tickets to insert or update and tickets to take off (closed). The console runs it on a
worker thread; the Qt models apply the deltas row by row.

Times on the board are UTC epoch seconds (floats): a state is three float comparisons,
cheap enough for a 1 Hz tick over every visible row.
"""

from __future__ import annotations

import ctypes
import functools
import gc
import heapq
import logging
import math
import threading
from collections.abc import Callable, Generator, Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from datetime import UTC, datetime, time, timedelta, tzinfo
from typing import Any, NamedTuple, TypeVar

from sqlalchemy import Engine, Float, Integer, and_, case, extract, func, or_, select
from sqlalchemy import cast as sql_cast
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from console.states import State
from console.vocabulary import FLAGS
from db.engine import current_seq
from db.tables import DEADLINES, ESCALATIONS, TICKET_EVENTS, TICKETS, UNITS, among, in_chunks

log = logging.getLogger(__name__)

NEVER = math.inf
_OVERDUE_EPS = 1e-6  # overdue is strictly after due: the state changes just past it
_STATES = tuple(State)  # by value: OK, WARNING, CRITICAL, OVERDUE
SIFT_STEP = 2500  # rows sifted between two yields of BoardFilter.sift_steps
_Row = TypeVar("_Row", bound=tuple[Any, "BoardTicket"])  # a board row: (its key, the ticket)


class BoardDeadline(NamedTuple):
    """An open deadline as the board holds it: times as epoch seconds."""

    kind: str  # sign | onsite | reply
    unit: str | None
    due: float
    warn: float
    crit: float


@dataclass(slots=True)
class BoardTicket:
    """One row of the board: an open ticket as the supervisor sees it.

    Treated as immutable (a change is a new object); not frozen only because frozen
    dataclasses build four times slower, and the board builds 100,000 of them at start.
    """

    number: str
    category: str
    urgent: bool
    title: str
    unit: str | None
    unit_name: str
    district: str
    address: str
    returns: int
    transfers: int
    shuffled: bool
    disputed: bool
    escalated: bool
    accepted: float
    deadlines: tuple[BoardDeadline, ...] = ()
    caller: str = ""  # the citizen's name, for masking it where the title repeats it
    urges: int = 0  # times its unit was urged (催办)
    offices: tuple[str, ...] = ()  # offices with an escalation of it still open (督办)
    # no deadline runs because its reply deadline was met and it was not reopened since
    # (待办结); praise (no reply deadline) or a reopened ticket has none running either
    replied: bool = False
    # derived: the ticket's state changes when the first of its deadlines crosses a line
    warn: float = field(init=False, default=NEVER)
    crit: float = field(init=False, default=NEVER)
    due: float = field(init=False, default=NEVER)
    next_kind: str | None = field(init=False, default=None)
    haystack: str = field(init=False, default="", compare=False)

    def __post_init__(self) -> None:
        for d in self.deadlines:  # one pass: this runs for every ticket at start
            if d.due < self.due:
                self.due, self.next_kind = d.due, d.kind
            if d.warn < self.warn:
                self.warn = d.warn
            if d.crit < self.crit:
                self.crit = d.crit
        self.haystack = f"{self.number}\n{self.title}\n{self.address}".casefold()

    def state(self, now: float) -> State:
        """The worst state among the open deadlines (``ok`` without any)."""
        return _STATES[self.band(now)]

    def band(self, now: float) -> int:
        """:meth:`state` as a plain int: the hot paths (sorting, counting) use this."""
        if now > self.due:
            return 3
        if now >= self.crit:
            return 2
        return 1 if now >= self.warn else 0

    def next_change(self, now: float) -> float:
        """When the state next changes (``inf`` when it no longer will)."""
        for moment in (self.warn, self.crit, self.due + _OVERDUE_EPS):
            if moment > now:
                return moment
        return NEVER

    def remaining(self, now: float) -> int | None:
        """Whole seconds to the next deadline, negative once overdue; None without one."""
        return None if self.due == NEVER else int(self.due - now)

    def flag(self, name: str) -> bool:
        return bool(getattr(self, name))


_gc_lock = threading.Lock()
_gc_pauses = 0  # how many threads are inside paused_gc now
_gc_was_on = False  # whether the collector was on when the first of them came in
# young objects left when the last pause ends from which they are frozen, not walked: the
# next young collection walked every one of them (then the older ones again), on whichever
# thread allocated next, holding the interpreter's lock - during an import, 100-600 ms on
# the board's worker (the proposals' and the changed tickets' reads) while the UI waited
FREEZE_YOUNG = 20_000


@contextmanager
def paused_gc() -> Iterator[None]:
    """Build many objects without the cyclic collector rescanning the growing heap at
    every few hundred allocations (it makes reading 100,000 tickets four times slower).
    Board objects hold no reference cycles, so nothing is left behind.

    The collector's switch is the process's, and the UI thread, the board reader and the
    proposal reader pause it at once: counted, so the last one out turns it back on (each
    restoring what it saw could leave it off for good). When the last one leaves and more
    than ``FREEZE_YOUNG`` objects made meanwhile are still alive (a read kept until the
    next), they are kept from the collector (:func:`keep_from_collector`) rather than
    walked by it later in one pass."""
    global _gc_pauses, _gc_was_on
    with _gc_lock:
        if _gc_pauses == 0:
            _gc_was_on = gc.isenabled()
            gc.disable()
        _gc_pauses += 1
    try:
        yield
    finally:
        with _gc_lock:
            _gc_pauses -= 1
            if _gc_pauses == 0 and _gc_was_on:
                if gc.get_count()[0] >= FREEZE_YOUNG:
                    keep_from_collector(collect_young=False)
                gc.enable()


def keep_from_collector(collect_young: bool = True) -> None:
    """Take every object alive now out of the cyclic collector's reach (``gc.freeze``),
    after a big read the console keeps all day (the board's tickets, the notifications):
    a full collection walks every object it tracks, and with 180,000 notifications kept
    each took 60-500 ms on whichever thread ran it while the UI thread waited for the
    interpreter's lock. Objects freed later by their counts still go; only cycles alive
    now would stay, and these reads make none; a young collection first clears the
    garbage just made around them (cheap: the old generations are not walked).

    Without that collection (``collect_young=False``) for the notifications of an import,
    frozen by the thread that read them while the collector was still paused: there it
    walked ~560,000 young objects to free none (180-218 ms holding the interpreter's
    lock, the UI waiting); what cycles this leaves are a few hundred objects an import
    (bench_board.py's cyclic garbage kept frozen: 419-431 against 73)."""
    if collect_young:
        gc.collect(1)
    gc.freeze()


@functools.cache
def _malloc_trim() -> Callable[[int], int] | None:
    # looked up at the first use, in the process's own symbols: find_library("c") at
    # import ran /sbin/ldconfig -p (3-12 ms of every start, and of every command)
    try:
        trim: Callable[[int], int] = ctypes.CDLL(None).malloc_trim
    except (AttributeError, OSError, TypeError):  # not glibc: nothing kept to give back
        return None
    return trim


def give_back_memory() -> None:
    """Hand the memory freed after a big read back to the system: glibc keeps freed heap
    for reuse, so the driver's buffers and the rows of a first read stayed resident all
    day (90 MB of the console's 560 MB after a PostgreSQL start at 100,000 open; a pass
    takes ~2 ms)."""
    trim = _malloc_trim()
    if trim is not None:
        trim(0)


def urgency_key(t: BoardTicket, now: float) -> tuple[int, float, str]:
    """Most urgent first: worst state, then the soonest next deadline, then the number."""
    return (-t.band(now), t.due, t.number)


@dataclass(frozen=True)
class BoardFilter:
    """What the supervisor narrowed the board to; empty sets mean "all"."""

    text: str = ""
    units: frozenset[str] = frozenset()
    districts: frozenset[str] = frozenset()
    categories: frozenset[str] = frozenset()
    states: frozenset[State] = frozenset()
    flags: frozenset[str] = frozenset()
    # these tickets only (today's missed deadlines' open tickets); None: any - not saved
    numbers: frozenset[str] | None = None
    _needle: str = field(init=False, repr=False, compare=False, default="")

    def __post_init__(self) -> None:
        object.__setattr__(self, "_needle", self.text.strip().casefold())

    @property
    def is_empty(self) -> bool:
        return not (self._needle or self.units or self.districts or self.categories
                    or self.states or self.flags or self.numbers is not None)  # fmt: skip

    @property
    def uses_state(self) -> bool:
        return bool(self.states)

    def matches(self, t: BoardTicket, now: float) -> bool:
        if self.numbers is not None and t.number not in self.numbers:
            return False
        if self.units and t.unit not in self.units:
            return False
        if self.districts and t.district not in self.districts:
            return False
        if self.categories and t.category not in self.categories:
            return False
        if self.flags and not any(getattr(t, f) for f in self.flags):
            return False
        if self.states and t.state(now) not in self.states:
            return False
        return not self._needle or self._needle in t.haystack

    def sift(self, rows: Iterable[_Row], now: float) -> list[_Row]:
        """The ``(key, ticket)`` rows whose ticket :meth:`matches`, in their order: one
        tight pass per criterion in force (100,000 rows in a few milliseconds each,
        where a call of :meth:`matches` per row takes ten times longer)."""
        steps = self.sift_steps(rows, now)
        while True:
            try:
                next(steps)
            except StopIteration as done:
                return done.value

    def sift_steps(self, rows: Iterable[_Row], now: float) -> Generator[None, None, list[_Row]]:
        """:meth:`sift`, yielding after every :data:`SIFT_STEP` rows (the console runs it a
        few milliseconds per event-loop turn); returns the rows kept."""
        out = list(rows)
        for keep in self._tests(now):
            kept: list[_Row] = []
            for i in range(0, len(out), SIFT_STEP):
                kept += keep(out[i : i + SIFT_STEP])
                yield
            out = kept
        return out

    def _tests(self, now: float) -> list[Callable[[list[Any]], list[Any]]]:
        """One comprehension per criterion in force, the most selective first."""
        tests: list[Callable[[list[Any]], list[Any]]] = []
        units, districts, categories = self.units, self.districts, self.categories
        flags, needle = tuple(self.flags), self._needle
        bands = {_STATES.index(s) for s in self.states}
        numbers = self.numbers
        if numbers is not None:  # a set lookup a row: the most selective first
            tests.append(lambda part: [r for r in part if r[1].number in numbers])
        if units:
            tests.append(lambda part: [r for r in part if r[1].unit in units])
        if districts:
            tests.append(lambda part: [r for r in part if r[1].district in districts])
        if categories:
            tests.append(lambda part: [r for r in part if r[1].category in categories])
        if flags:
            tests.append(lambda part: [r for r in part if any(getattr(r[1], f) for f in flags)])
        if bands:
            tests.append(lambda part: [r for r in part if r[1].band(now) in bands])
        if needle:
            tests.append(lambda part: [r for r in part if needle in r[1].haystack])
        return tests

    def to_dict(self) -> dict[str, Any]:
        return {
            "text": self.text,
            "units": sorted(self.units),
            "districts": sorted(self.districts),
            "categories": sorted(self.categories),
            "states": sorted(s.label for s in self.states),
            "flags": sorted(self.flags),
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> BoardFilter:
        """Read a saved view; unknown states and flags are dropped, not fatal."""
        names = [str(s).upper() for s in data.get("states", ())]
        states = frozenset(State[n] for n in names if n in State.__members__)
        return cls(
            text=str(data.get("text", "")),
            units=frozenset(map(str, data.get("units", ()))),
            districts=frozenset(map(str, data.get("districts", ()))),
            categories=frozenset(map(str, data.get("categories", ()))),
            states=states,
            flags=frozenset(f for f in data.get("flags", ()) if f in FLAGS),
        )


@dataclass(frozen=True)
class BoardFigures:
    """Figures that need the database, not just the open board.

    ``overdue_today``: deadlines due today (center's local day, midnight to now) that
    were missed — still open past their due time, or met or ended after it (late).
    ``overdue_yesterday`` is the same for the whole of yesterday, so the two compare
    "so far today" against a full day.
    """

    escalations_open: int = 0
    overdue_today: int = 0
    overdue_yesterday: int = 0
    accepted_by_hour: tuple[int, ...] = (0,) * 24
    missed_by_hour: tuple[int, ...] = (0,) * 24
    # the open tickets among today's missed deadlines (the tile's click shows them); the
    # rest of the count was met late on tickets closed since, or is a ticket's second miss
    missed_open: frozenset[str] = frozenset()


@dataclass
class BoardDelta:
    seq: int
    upserts: list[BoardTicket] = field(default_factory=list)
    removed: list[str] = field(default_factory=list)
    full: bool = False  # read whole (first load, or again after the database came back)
    # a first read's rows already ordered and counted where it was read (off the UI
    # thread): console.board_order.PreparedFill, or None
    prepared: Any = None
    # an escalation's making or closing time has come since the last read: open
    # escalations are counted again, though the database did not move
    passed: bool = False

    def __bool__(self) -> bool:
        return bool(self.upserts or self.removed)


def _epoch(col: Any, dialect: str) -> ColumnElement[Any]:
    """A UTC timestamp column as epoch seconds, computed by the database."""
    if dialect == "sqlite":  # stored as naive UTC text; julianday is off by microseconds
        return func.round((func.julianday(col) - 2440587.5) * 86400.0, 3)
    return sql_cast(extract("epoch", col), Float)


class BoardStore:
    """The open board as last read from the database, and the reads that keep it current."""

    def __init__(self, engine: Engine, tz: tzinfo) -> None:
        self.engine = engine
        self.tz = tz
        self.seq = -1  # nothing read yet
        self.tickets: dict[str, BoardTicket] = {}
        self.units: dict[str, str] = {}
        self._offices: dict[str, tuple[str, ...]] = {}  # of the tickets being read
        self._replied: set[str] = set()  # of the tickets being read: BoardTicket.replied
        # every ticket's escalations not closed when last read, in id order: (office,
        # made, closed or NEVER) as epoch seconds; its offices are those open at now
        self._live: dict[str, tuple[tuple[str, float, float], ...]] = {}
        # the moments still to come at which a ticket's escalation is made or closed,
        # soonest first: a tick compares one float, 100,000 tickets are not walked
        self._moments: list[tuple[float, str]] = []
        d = engine.dialect.name
        ticket, deadline = TICKETS.c, DEADLINES.c
        self._t_cols = [ticket.number, ticket.category, ticket.urgent, ticket.title, ticket.unit,
                        ticket.district, ticket.address, ticket.returns, ticket.transfers,
                        ticket.shuffled, ticket.disputed, ticket.escalated,
                        _epoch(ticket.accepted_at, d), ticket.status,
                        ticket.citizen_name, ticket.urges]  # fmt: skip
        self._d_cols = [deadline.ticket, deadline.kind, deadline.unit, _epoch(deadline.due_at, d),
                        _epoch(deadline.warn_at, d), _epoch(deadline.crit_at, d)]  # fmt: skip

    def forget(self) -> None:
        """Read the whole board again next time (after the database was lost)."""
        self.seq = -1

    def refresh(self, now: datetime | None = None) -> BoardDelta | None:
        """What changed since the last read, or at ``now`` (the console's clock; the wall
        clock when None): an escalation's office chip comes when it is made and goes
        when it is closed, as ``open_at`` counts it, also when that time is after the
        read. None when nothing did."""
        now = datetime.now(UTC) if now is None else now
        with self.engine.connect() as conn:
            seq = current_seq(conn)
            if self.seq >= 0 and seq == self.seq:
                return self.passed(now.timestamp())
            if self.seq < 0 or seq < self.seq:  # first read, or another database now
                delta = self._read_all(conn, seq, now)
            else:
                delta = self.changes_since(conn, self.seq, seq, now)
        later = self.passed(now.timestamp())  # moments that came for tickets not read
        if later is not None:
            read = {t.number for t in delta.upserts}
            delta.upserts += [t for t in later.upserts if t.number not in read]
        return delta

    def passed(self, now: float) -> BoardDelta | None:
        """Tickets whose office chips changed because an escalation's making or closing
        time came by ``now``; None when no such time came since the last call."""
        moments = self._moments
        if not moments or moments[0][0] > now:
            return None
        came = set()
        while moments and moments[0][0] <= now:
            came.add(heapq.heappop(moments)[1])
        delta = BoardDelta(self.seq, passed=True)
        for number in sorted(came):
            live = self._live.get(number, ())
            if live and all(closed <= now for _, _, closed in live):
                del self._live[number]  # all closed now: nothing more to come
            t = self.tickets.get(number)
            offices = _offices_at(live, now)
            if t is not None and t.offices != offices:
                self.tickets[number] = t = replace(t, offices=offices)
                delta.upserts.append(t)
        return delta

    def changes_since(
        self, conn: Connection, since: int, seq: int, now: datetime | None = None
    ) -> BoardDelta:
        """Tickets stamped after ``since``; rows stamped after ``seq`` may come twice,
        which is harmless (an update to the same values)."""
        renamed = set()
        for code, name in conn.execute(
            select(UNITS.c.code, UNITS.c.name).where(UNITS.c.seq > since)
        ):
            if self.units.get(code) != name:
                self.units[code] = name
                renamed.add(code)
        # a ticket changed, or one of its escalations did (a reply, an outcome)
        touched = select(ESCALATIONS.c.ticket).where(ESCALATIONS.c.seq > since)
        changed = conn.execute(
            select(*self._t_cols).where(or_(TICKETS.c.seq > since, TICKETS.c.number.in_(touched)))
        ).all()
        open_rows = [r for r in changed if r.status == "open"]
        deadlines = self._deadlines(conn, [r.number for r in open_rows])
        # closed tickets too: their escalations' times still come (the count's refresh)
        self._offices = self._open_offices(conn, [r.number for r in changed], now)
        self._replied = self._replied_of(
            conn, [r.number for r in open_rows if r.number not in deadlines]
        )
        delta = BoardDelta(seq)
        for r in changed:
            if r.status != "open":
                if self.tickets.pop(r.number, None) is not None:
                    delta.removed.append(r.number)
                continue
            t = self._ticket(r, deadlines.get(r.number, ()))
            if self.tickets.get(r.number) != t:
                self.tickets[r.number] = t
                delta.upserts.append(t)
        if renamed:  # a unit got its name (or a new one): its other tickets show it too
            for number, t in self.tickets.items():
                name = self.units.get(t.unit or "")
                if t.unit in renamed and name and t.unit_name != name:
                    self.tickets[number] = t = replace(t, unit_name=name)
                    delta.upserts.append(t)
        self.seq = seq
        return delta

    def _read_all(self, conn: Connection, seq: int, now: datetime | None = None) -> BoardDelta:
        with paused_gc():
            delta = self._read_all_now(conn, seq, now)
            # before the collector is back: its first pass would otherwise walk every
            # object made during the read (0.1-0.4 s at 100,000 open), which the board
            # keeps all day anyway (BoardOrder freezes them once they are placed); frozen
            # as they are - a young collection first walked the read's ~330,000 objects
            # all the same (157-651 ms on the board's worker at start, the UI waiting for
            # the interpreter), and the read makes no cycles for it to free
            keep_from_collector(collect_young=False)
            return delta

    def _read_all_now(self, conn: Connection, seq: int, now: datetime | None = None) -> BoardDelta:
        self.units = dict(conn.execute(select(UNITS.c.code, UNITS.c.name)).all())
        rows = conn.execute(select(*self._t_cols).where(TICKETS.c.status == "open")).all()
        # every open deadline, without joining its ticket to ask whether that is open: the
        # join looked up 170,000 tickets one by one (1.1 s of 1.8 s on SQLite at 100,000
        # open), and a closed ticket's deadlines are simply never asked for below
        query = select(*self._d_cols).where(DEADLINES.c.status == "open")
        deadlines = self._group(conn.execute(query).all())
        self._offices = self._open_offices(conn, None, now)
        fresh = self._tickets(rows, deadlines)
        # set on the new objects before anyone sees them: a field passed for each of
        # 100,000 rows cost more than this pass over them
        for number in self._replied_of(conn, [n for n, t in fresh.items() if not t.deadlines]):
            fresh[number].replied = True
        delta = BoardDelta(seq, full=True)
        delta.removed = [n for n in self.tickets if n not in fresh]
        delta.upserts = [t for n, t in fresh.items() if self.tickets.get(n) != t]
        self.tickets = fresh
        self.seq = seq
        log.info("board read whole: %d open tickets at change %d", len(fresh), seq)
        return delta

    def _deadlines(
        self, conn: Connection, numbers: Sequence[str]
    ) -> dict[str, list[BoardDeadline]]:
        found: dict[str, list[BoardDeadline]] = {}
        for part in in_chunks(numbers):
            query = select(*self._d_cols).where(
                DEADLINES.c.ticket.in_(part), DEADLINES.c.status == "open"
            )
            found.update(self._group(conn.execute(query).all()))
        return found

    def _open_offices(
        self, conn: Connection, numbers: Sequence[str] | None, now: datetime | None
    ) -> dict[str, tuple[str, ...]]:
        """The offices each ticket has an escalation open at ``now`` at (``open_at``;
        all tickets: None), as the open escalations tile and the wall count them. The
        escalations not closed by now are kept (``_live``) with their times to come."""
        now = datetime.now(UTC) if now is None else now
        x, d = ESCALATIONS.c, self.engine.dialect.name
        # not closed by now: the index on (closed_at, created_at) finds them, two ranges
        made_by_now = case((x.created_at <= now, 1), else_=0)  # exact: epochs are to the ms
        query = select(x.ticket, x.office, _epoch(x.created_at, d), made_by_now,
                       _epoch(x.closed_at, d))  # fmt: skip
        query = query.where(or_(x.closed_at.is_(None), x.closed_at > now)).order_by(x.id)
        rows: list[Any] = []
        if numbers is None:
            rows = list(conn.execute(query))
            self._live, self._moments = {}, []
        else:
            for part in in_chunks(numbers):
                rows += conn.execute(query.where(x.ticket.in_(part))).all()
            for number in numbers:
                self._live.pop(number, None)
        at = now.timestamp()
        live: dict[str, list[tuple[str, float, float]]] = {}
        after = math.nextafter(at, NEVER)
        for ticket, office, made, made_yet, closed in rows:
            # as the database compared them to now, whatever the rounding of the epochs
            made = min(float(made), at) if made_yet else max(float(made), after)
            closed = NEVER if closed is None else max(float(closed), after)
            live.setdefault(ticket, []).append((office, made, closed))
            for moment in (made, closed):
                if at < moment < NEVER:  # stale entries are harmless: looked at again
                    heapq.heappush(self._moments, (moment, ticket))
        found: dict[str, tuple[str, ...]] = {}
        for ticket, found_live in live.items():
            self._live[ticket] = kept = tuple(found_live)
            offices = _offices_at(kept, at)
            if offices:
                found[ticket] = offices
        return found

    @staticmethod
    def _replied_of(conn: Connection, numbers: Sequence[str]) -> set[str]:
        """Which of these open tickets with no deadline running have their reply deadline
        met and were never reopened (a reopened one's were met by its closing): only the
        tickets without an open deadline are asked, each by its index."""
        if not numbers:
            return set()
        d, e = DEADLINES.c, TICKET_EVENTS.c
        met = select(d.ticket).where(
            among(conn, d.ticket, numbers), d.kind == "reply", d.status == "met"
        )
        reopened = select(e.ticket).where(among(conn, e.ticket, numbers), e.kind == "reopened")
        return set(conn.execute(met).scalars()) - set(conn.execute(reopened).scalars())

    @staticmethod
    def _group(rows: Iterable[Any]) -> dict[str, list[BoardDeadline]]:
        """Open deadlines by ticket, soonest first."""
        grouped: dict[str, list[BoardDeadline]] = {}
        several = set()
        for ticket, kind, unit, due, warn, crit in rows:
            found = grouped.get(ticket)
            dl = BoardDeadline(kind, unit, due, warn, crit)
            if found is None:
                grouped[ticket] = [dl]
            else:
                found.append(dl)
                several.add(ticket)
        for ticket in several:
            grouped[ticket].sort(key=_due)
        return grouped

    def _tickets(
        self, rows: Iterable[Any], deadlines: dict[str, list[BoardDeadline]]
    ) -> dict[str, BoardTicket]:
        """:meth:`_ticket` for every row of a whole read, inlined: a call per ticket and
        its lookups were a third of building 100,000 of them."""
        units, offices, fresh = self.units, self._offices, {}
        no_deadlines: list[BoardDeadline] = []
        for (number, category, urgent, title, unit, district, address, returns, transfers,
             shuffled, disputed, escalated, accepted, _, caller, urges) in rows:  # fmt: skip
            fresh[number] = BoardTicket(
                number, category, urgent, title or "", unit,
                (units.get(unit) or unit) if unit else "", district or "", address or "",
                returns, transfers, shuffled, disputed, escalated, accepted,
                tuple(deadlines.get(number, no_deadlines)), caller or "", int(urges or 0),
                offices.get(number, ()),
            )  # fmt: skip
        return fresh

    def _ticket(self, r: Any, deadlines: Iterable[BoardDeadline]) -> BoardTicket:
        (number, category, urgent, title, unit, district, address, returns, transfers,
         shuffled, disputed, escalated, accepted, _, caller, urges) = r  # fmt: skip
        return BoardTicket(
            number, category, urgent, title or "", unit,
            (self.units.get(unit) or unit) if unit else "", district or "", address or "",
            returns, transfers, shuffled, disputed, escalated, accepted, tuple(deadlines),
            caller or "", int(urges or 0), self._offices.get(number, ()),
            number in self._replied,
        )  # fmt: skip

    def figures(self, now: datetime) -> BoardFigures:
        """Today's and yesterday's missed deadlines, open escalations, today by the hour."""
        day = datetime.combine(now.astimezone(self.tz).date(), time(0), self.tz)
        yesterday = day - timedelta(days=1)
        missed = or_(DEADLINES.c.late.is_(True), DEADLINES.c.status == "open")
        d = self.engine.dialect.name
        with self.engine.connect() as conn:
            escalations = escalations_open(conn, now)
            before = conn.execute(
                select(func.count())
                .select_from(DEADLINES)
                .where(and_(DEADLINES.c.due_at >= yesterday, DEADLINES.c.due_at < day, missed))
            ).scalar_one()
            start = day.timestamp()
            due = DEADLINES.c.due_at
            missed_today, missed_hours = _count_by_hour(
                conn, due, and_(due >= day, due < now, missed), start, d
            )
            accepted = TICKETS.c.accepted_at
            _, accepted_hours = _count_by_hour(conn, accepted, accepted >= day, start, d)
            missed_open = frozenset(
                conn.execute(
                    select(DEADLINES.c.ticket)
                    .join(TICKETS, TICKETS.c.number == DEADLINES.c.ticket)
                    .where(due >= day, due < now, missed, TICKETS.c.status == "open")
                    .distinct()
                ).scalars()
            )
        return BoardFigures(
            int(escalations), missed_today, int(before), accepted_hours, missed_hours,
            missed_open,
        )  # fmt: skip


def _count_by_hour(
    conn: Connection, col: Any, where: ColumnElement[bool], start: float, dialect: str
) -> tuple[int, tuple[int, ...]]:
    """The rows ``where`` holds, and how many of them fall in each hour of the day from
    ``start`` (whole hours of epoch seconds), counted by the database: a big
    center's day is ~100,000 rows, read every 10 seconds on the board's worker."""
    seconds = (_epoch(col, dialect) - start) / 3600.0
    # at or after start: truncation is the floor (SQLite has no floor without its math)
    hour = sql_cast(seconds, Integer) if dialect == "sqlite" else func.floor(seconds)
    hours = select(hour.label("hour")).where(where).subquery()
    total, counts = 0, [0] * 24
    for h, n in conn.execute(select(hours.c.hour, func.count()).group_by(hours.c.hour)):
        total += n
        if h is not None and 0 <= int(h) < 24:
            counts[int(h)] += n
    return total, tuple(counts)


def _offices_at(live: Iterable[tuple[str, float, float]], now: float) -> tuple[str, ...]:
    """The offices of ``live`` escalations open at ``now``: made by then, not closed."""
    return tuple(office for office, made, closed in live if made <= now < closed)


def open_at(now: datetime) -> Any:
    """Escalations open or acknowledged at ``now``: made by then and not closed by then,
    as ``report --at`` counts them (supervision.md: "open or acknowledged at TIME"). A
    resolution dated after now has not happened yet: the console counted it closed, 4
    where the report said 5."""
    x = ESCALATIONS.c
    return and_(x.created_at <= now, or_(x.closed_at.is_(None), x.closed_at > now))


def escalations_open(conn: Connection, now: datetime) -> int:
    """Escalations open or acknowledged at ``now``, as the report counts them (``open_at``).

    Counted in two parts, not closed and closed after now, each a range of the index on
    (closed_at, created_at): the one condition with its OR read every escalation ever
    made (115 ms at 300,000 on SQLite, 2 ms in two parts), and it runs at every change."""
    x = ESCALATIONS.c
    count = 0
    for still in (x.closed_at.is_(None), x.closed_at > now):
        query = select(func.count()).select_from(ESCALATIONS).where(still, x.created_at <= now)
        count += int(conn.execute(query).scalar_one())
    return count


def _due(d: BoardDeadline) -> float:
    return d.due
