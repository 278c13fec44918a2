"""What the wall display (大屏) reads beyond the open board, without Qt: today by the hour
against the same weekday last week, the road to zero overdue (missed deadlines per day
over the last 30 days), the units' standing this month, the open escalations, and the
escalation ladder's open proposals as the room may see them (:func:`wall_proposals`).

A deadline is *missed* as ``BoardFigures.overdue_today`` counts it: met or ended after
its due time (late), or still open past it. A unit's *on-time rate* is the share of its
deadlines due this month (so far) that were met in time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta, tzinfo
from typing import Any

from sqlalchemy import Engine, Integer, and_, case, func, or_, select
from sqlalchemy import cast as sql_cast

from console.board import _count_by_hour, _epoch, open_at
from console.ladder import proposals
from console.masking import mask_text
from console.policy import Policy
from db.tables import DEADLINES as D
from db.tables import ESCALATIONS as X
from db.tables import TICKET_EVENTS as E
from db.tables import TICKETS as T
from db.tables import UNITS as U
from db.tables import among

DAYS = 30
QUARTER_S = 900  # the database counts the missed deadlines by day in quarter hours


@dataclass(frozen=True)
class UnitStanding:
    """One unit's month so far: deadlines due, missed (overdue) and met in time."""

    unit: str
    name: str
    due: int
    missed: int
    on_time: int

    @property
    def on_time_rate(self) -> float | None:
        """Share of due deadlines met in time; None when none fell due yet."""
        return self.on_time / self.due if self.due else None


@dataclass(frozen=True)
class OpenEscalation:
    """An escalation still open, as the room may see it (the title is masked later)."""

    id: int
    ticket: str
    office: str
    reason: str
    title: str
    caller: str
    unit_name: str
    opened: float  # epoch seconds
    due: float | None  # the office's response deadline, where the database keeps one


@dataclass(frozen=True)
class WallProposal:
    """An open proposal of the escalation ladder (§8) as the room may see it: the ticket,
    the step and its masked title. A repeated complaint's facts (the citizen's phone,
    their other tickets) never get here: the wall is shown to everyone in the room."""

    ticket: str
    step: str
    action: str  # urge | escalate | coordinate
    since: float  # epoch seconds: when it became due
    title: str  # masked (console.masking), the caller's name included


@dataclass(frozen=True)
class WallFigures:
    hours_today: tuple[int, ...]
    hours_last_week: tuple[int, ...]  # the same weekday a week ago
    missed_by_day: tuple[tuple[date, int], ...]  # the last DAYS days, today last
    units: tuple[UnitStanding, ...]  # most missed first
    escalations: tuple[OpenEscalation, ...]  # by office, oldest first
    proposals: tuple[WallProposal, ...] = field(default=())  # oldest first
    # the day of the first recorded event (None: none yet): a database younger than the
    # 30 days has no days to show before it, rather than days of zeros
    first_day: date | None = None


def _missed(now: datetime) -> Any:
    return or_(D.c.late.is_(True), and_(D.c.status == "open", D.c.due_at < now))


def wall_figures(engine: Engine, tz: tzinfo, now: datetime, *, units: int = 10) -> WallFigures:
    """Read the wall's figures as of ``now`` (the console's clock)."""
    today = now.astimezone(tz).date()
    day = datetime.combine(today, time(0), tz)
    week_ago = day - timedelta(days=7)
    first = datetime.combine(today - timedelta(days=DAYS - 1), time(0), tz)
    month = datetime.combine(today.replace(day=1), time(0), tz)
    d = engine.dialect.name
    with engine.connect() as conn:
        # counted by the database, as the board counts its own hours (a big center's day
        # is ~100,000 rows, read every 30 s)
        a = T.c.accepted_at
        last_week = _count_by_hour(
            conn, a, and_(a >= week_ago, a < week_ago + timedelta(days=1)), week_ago.timestamp(), d
        )[1]
        hours_today = _count_by_hour(conn, a, a >= day, day.timestamp(), d)[1]
        by_day = _missed_by_day(conn, first, now, today, tz, d)
        standings = _standings(conn, month, now, units)
        escalations = _escalations(conn, d, now)
        # the events' own index: the least one is a step down it, not a scan
        first_at = conn.execute(select(func.min(E.c.at))).scalar()
    first_day = first_at.astimezone(tz).date() if first_at is not None else None
    return WallFigures(hours_today, last_week, by_day, standings, escalations,
                       first_day=first_day)  # fmt: skip


def _missed_by_day(
    conn: Any, first: datetime, now: datetime, today: date, tz: tzinfo, dialect: str
) -> tuple[tuple[date, int], ...]:
    """The deadlines missed on each of the last DAYS days (``first`` is the first one's
    midnight), counted by the database by the quarter hour, which are then put on their
    days here: every zone's midnights fall on quarter hours of ``first`` (offsets and
    their changes are whole quarter hours), so no quarter straddles two days. It read
    every missed deadline of the 30 days (54,648 on the bench), row by row, every 30 s."""
    start = first.timestamp()
    quarters = (_epoch(D.c.due_at, dialect) - start) / QUARTER_S
    # at or after first: truncation is the floor (SQLite has no floor without its math)
    quarter = sql_cast(quarters, Integer) if dialect == "sqlite" else func.floor(quarters)
    missed = (
        select(quarter.label("quarter"))
        .where(D.c.due_at >= first, D.c.due_at < now, _missed(now))
        .subquery()
    )
    days = [today - timedelta(days=DAYS - 1 - i) for i in range(DAYS)]
    counts = dict.fromkeys(days, 0)
    query = select(missed.c.quarter, func.count()).group_by(missed.c.quarter)
    for q, n in conn.execute(query):
        key = datetime.fromtimestamp(start + int(q) * QUARTER_S, tz).date()
        if key in counts:
            counts[key] += n
    return tuple((d, counts[d]) for d in days)


def _standings(conn: Any, month: datetime, now: datetime, limit: int) -> tuple[UnitStanding, ...]:
    missed = func.sum(sql_cast(case((_missed(now), 1), else_=0), Integer))
    in_time = and_(D.c.status == "met", D.c.late.is_(False))
    on_time = func.sum(sql_cast(case((in_time, 1), else_=0), Integer))
    rows = conn.execute(
        select(D.c.unit, func.count(), missed, on_time)
        .where(D.c.due_at >= month, D.c.due_at < now, D.c.unit.is_not(None))
        .group_by(D.c.unit)
    ).all()
    names = dict(conn.execute(select(U.c.code, U.c.name)).all())
    found = [
        UnitStanding(unit, names.get(unit) or unit, int(due), int(m or 0), int(ok or 0))
        for unit, due, m, ok in rows
    ]
    found.sort(key=lambda s: (-s.missed, s.on_time_rate or 0.0, s.name))
    return tuple(found[:limit])


def _escalations(conn: Any, dialect: str, now: datetime) -> tuple[OpenEscalation, ...]:
    due_col = X.c.get("due_at")  # the office's deadline, where the schema has it
    cols = [X.c.id, X.c.ticket, X.c.office, X.c.reason, T.c.title, T.c.citizen_name,
            U.c.name, _epoch(X.c.created_at, dialect)]  # fmt: skip
    if due_col is not None:
        cols.append(_epoch(due_col, dialect))
    query = (
        select(*cols)
        .join(T, T.c.number == X.c.ticket)
        .outerjoin(U, U.c.code == T.c.unit)
        .where(open_at(now))  # as the open escalations tile and the report count them
        .order_by(X.c.office, X.c.created_at, X.c.id)
    )
    return tuple(
        OpenEscalation(
            r[0],
            r[1],
            r[2],
            r[3] or "",
            r[4] or "",
            r[5] or "",
            r[6] or "",
            float(r[7]),
            float(r[8]) if len(r) > 8 and r[8] is not None else None,
        )  # fmt: skip
        for r in conn.execute(query).all()
    )


def wall_proposals(engine: Engine, policy: Policy, now: datetime) -> tuple[WallProposal, ...]:
    """The ladder's open proposals at ``now`` (what ``proposals`` lists), masked for the
    room: titles as the wall masks them, and nothing else of the citizen's."""
    found = proposals(engine, policy, now)
    if not found:
        return ()
    with engine.connect() as conn:
        callers = {
            number: name or ""
            for number, name in conn.execute(
                select(T.c.number, T.c.citizen_name).where(
                    among(conn, T.c.number, {p.ticket for p in found})
                )
            )
        }
    return tuple(
        WallProposal(
            p.ticket,
            p.step,
            p.action,
            p.since.timestamp(),
            mask_text(p.title, names=(callers.get(p.ticket) or "",)),
        )  # fmt: skip
        for p in found
    )
