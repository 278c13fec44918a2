"""The assessment (统一考核): every unit's figures over a period, a score and a rank.

The contract is supervision.md §7. Each figure is one SQL aggregate over the period's
rows (events by time, deadlines by when they were met, tickets by when they closed), so
a month of a Beijing-size center is a few scans, not a replay. Only ``overdue_at_end``
looks at single tickets: the few with a deadline overdue at the period's end, and of
those only the ones that changed after it are replayed to see where they stood.

The score (0–100) is the weighted mean of seven indicators, each a share from 0 (worst)
to 1 (best); the weights are the policy's ``[assessment]`` table:

- ``sign``: sign deadlines met on time, (signed − signed_late) / signed
- ``reply``: reply deadlines met on time, (replied − replied_late) / replied
- ``close``: tickets closed without a late deadline, (closed − closed_late) / closed
- ``satisfaction``: satisfied / rated (``basic`` counts as satisfied)
- ``returns``: 1 − returns / dispatched
- ``escalations``: 1 − 10 × escalations / dispatched (one escalation weighs ten returns)
- ``overdue``: 1 − overdue_at_end / dispatched

each clamped to [0, 1]. An indicator with nothing to count (no rating in the period) is
left out of that unit's mean, so a unit is judged on what it had to do. Rank 1 is the
best score; equal scores (to two decimals) share a rank.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass, fields
from datetime import date, datetime, time, timedelta
from typing import Any

from sqlalchemy import Engine, case, exists, func, or_, select

from console.policy import Policy
from console.replay import Replayer
from db.tables import DEADLINES, ESCALATIONS, TICKET_EVENTS, TICKETS, UNITS, in_chunks

# feed events (and supervisor rulings) that send a ticket to a unit
DISPATCH_KINDS = ("dispatched", "transferred")
SATISFIED = ("satisfied", "basic")
ESCALATION_FACTOR = 10  # one escalation weighs as much as ten returns


class PeriodError(ValueError):
    """A period that cannot be assessed; the message says why, for a person."""


@dataclass(frozen=True)
class Period:
    """Days ``first`` up to (not including) ``end``, in the center's time zone."""

    first: date
    end: date

    def __post_init__(self) -> None:
        if self.end <= self.first:
            raise PeriodError(
                f"the period is empty: --from {self.first} must be before --to {self.end}"
            )

    @classmethod
    def parse(cls, first: str, end: str) -> Period:
        days = []
        for flag, text in (("--from", first), ("--to", end)):
            try:
                days.append(date.fromisoformat(text.strip()))
            except ValueError:
                raise PeriodError(f"{flag} {text!r} is not a date like 2024-09-01") from None
        return cls(days[0], days[1])

    def bounds(self, policy: Policy) -> tuple[datetime, datetime]:
        """The period's start and end as instants (midnight, center time)."""
        tz = policy.tz
        return (
            datetime.combine(self.first, time(), tzinfo=tz),
            datetime.combine(self.end, time(), tzinfo=tz),
        )

    def days(self) -> list[date]:
        return [self.first + timedelta(days=i) for i in range((self.end - self.first).days)]


@dataclass
class Figures:
    """What §7 counts for one unit (or, summed, the center) over a period."""

    dispatched: int = 0
    signed: int = 0
    signed_late: int = 0
    replied: int = 0
    replied_late: int = 0
    closed: int = 0
    closed_late: int = 0
    returns: int = 0
    rated: int = 0
    satisfied: int = 0
    escalations: int = 0
    overdue_at_end: int = 0

    def add(self, other: Figures) -> None:
        for f in fields(self):
            setattr(self, f.name, getattr(self, f.name) + getattr(other, f.name))

    def any(self) -> bool:
        return any(getattr(self, f.name) for f in fields(self))

    def indicators(self) -> dict[str, float | None]:
        """Each indicator as a share from 0 to 1, None when there is nothing to count."""

        def on_time(done: int, late: int) -> float | None:
            return None if done == 0 else (done - late) / done

        def few(count: int, factor: float = 1) -> float | None:
            if self.dispatched == 0:
                return None if count == 0 else 0.0
            return max(0.0, 1.0 - factor * count / self.dispatched)

        return {
            "sign": on_time(self.signed, self.signed_late),
            "reply": on_time(self.replied, self.replied_late),
            "close": on_time(self.closed, self.closed_late),
            "satisfaction": None if self.rated == 0 else self.satisfied / self.rated,
            "returns": few(self.returns),
            "escalations": few(self.escalations, ESCALATION_FACTOR),
            "overdue": few(self.overdue_at_end),
        }

    def score(self, weights: dict[str, float]) -> float:
        """The weighted mean of the indicators that have something to count, 0–100."""
        total = weight_sum = 0.0
        for name, share in self.indicators().items():
            w = weights.get(name, 0.0)
            if share is None or w <= 0:
                continue
            total += w * share
            weight_sum += w
        return round(100 * total / weight_sum, 2) if weight_sum else 0.0


@dataclass
class UnitAssessment:
    unit: str
    name: str
    figures: Figures
    score: float = 0.0
    rank: int = 0

    def as_json(self) -> dict[str, Any]:
        return {"unit": self.unit, "name": self.name, **asdict(self.figures),
                "score": self.score, "rank": self.rank}  # fmt: skip


@dataclass
class Assessment:
    period: Period
    units: list[UnitAssessment]  # by rank
    center: Figures
    center_score: float

    def as_json(self) -> dict[str, Any]:
        return {
            "from": self.period.first.isoformat(),
            "to": self.period.end.isoformat(),
            "units": [u.as_json() for u in self.units],
            "center": {**asdict(self.center), "score": self.center_score},
        }


def assess(engine: Engine, policy: Policy, period: Period, *, now: datetime) -> Assessment:
    """Every unit's figures over ``period``, scored and ranked.

    ``now`` decides which deadlines are overdue when the period ends in the future (an
    open deadline counts as overdue at the end only once it is past due by ``now``).
    """
    start, end = period.bounds(policy)
    figures, at_center = _figures(engine, policy, start, end, now=now)
    names = _unit_names(engine, figures)
    return rank(figures, names, period, policy.assessment_weights, at_center=at_center)


def rank(
    figures: dict[str, Figures],
    names: dict[str, str],
    period: Period,
    weights: dict[str, float],
    *,
    at_center: Figures | None = None,
) -> Assessment:
    """Units scored and ranked; the center's total is their sum plus ``at_center`` (what
    no unit's row can hold: an escalation of a ticket that had no unit yet)."""
    units = [
        UnitAssessment(code, names.get(code, code), f, f.score(weights))
        for code, f in figures.items()
        if f.any()
    ]
    units.sort(key=lambda u: (-u.score, u.unit))
    for i, u in enumerate(units):
        same = i > 0 and units[i - 1].score == u.score
        u.rank = units[i - 1].rank if same else i + 1
    center = Figures()
    for u in units:
        center.add(u.figures)
    if at_center is not None:
        center.add(at_center)
    return Assessment(period, units, center, center.score(weights))


def unit_figures(
    engine: Engine, policy: Policy, start: datetime, end: datetime, *, now: datetime
) -> dict[str, Figures]:
    """The §7 figures of every unit with events in [start, end)."""
    return _figures(engine, policy, start, end, now=now)[0]


def _figures(
    engine: Engine, policy: Policy, start: datetime, end: datetime, *, now: datetime
) -> tuple[dict[str, Figures], Figures]:
    """:func:`unit_figures`, and what counts for the center but for no unit."""
    figures: defaultdict[str, Figures] = defaultdict(Figures)
    at_center = Figures()
    late = case((DEADLINES.c.late, 1), else_=0)
    with engine.connect() as conn:
        # events in the period: dispatches, returns, ratings (a rating's row names the
        # ticket's last unit, written so at import)
        query = (
            select(
                TICKET_EVENTS.c.unit,
                TICKET_EVENTS.c.kind,
                func.count(),
                func.sum(case((TICKET_EVENTS.c.rating.in_(SATISFIED), 1), else_=0)),
            )
            .where(
                TICKET_EVENTS.c.at >= start,
                TICKET_EVENTS.c.at < end,
                TICKET_EVENTS.c.kind.in_((*DISPATCH_KINDS, "returned", "rated")),
                TICKET_EVENTS.c.unit.is_not(None),
            )
            .group_by(TICKET_EVENTS.c.unit, TICKET_EVENTS.c.kind)
        )
        for unit, kind, count, satisfied in conn.execute(query):
            f = figures[unit]
            if kind in DISPATCH_KINDS:
                f.dispatched += count
            elif kind == "returned":
                f.returns += count
            else:
                f.rated += count
                f.satisfied += int(satisfied or 0)
        # sign deadlines by their unit; reply deadlines by the unit the ticket was at
        credited = case((DEADLINES.c.kind == "reply", DEADLINES.c.met_unit), else_=DEADLINES.c.unit)
        query = (
            select(DEADLINES.c.kind, credited, func.count(), func.sum(late))
            .where(
                DEADLINES.c.status == "met",
                DEADLINES.c.kind.in_(("sign", "reply")),
                DEADLINES.c.met_at >= start,
                DEADLINES.c.met_at < end,
            )
            .group_by(DEADLINES.c.kind, credited)
        )
        for kind, unit, count, n_late in conn.execute(query):
            if unit is None:
                continue
            f = figures[unit]
            if kind == "sign":
                f.signed, f.signed_late = f.signed + count, f.signed_late + int(n_late or 0)
            else:
                f.replied, f.replied_late = f.replied + count, f.replied_late + int(n_late or 0)
        # tickets closed in the period, by their last unit, as the report counts them
        any_late = exists().where(DEADLINES.c.ticket == TICKETS.c.number, DEADLINES.c.late)
        query = (
            select(TICKETS.c.last_unit, func.count(), func.sum(case((any_late, 1), else_=0)))
            .where(
                TICKETS.c.status == "closed",
                TICKETS.c.closed_at >= start,
                TICKETS.c.closed_at < end,
                TICKETS.c.last_unit.is_not(None),
            )
            .group_by(TICKETS.c.last_unit)
        )
        for unit, count, n_late in conn.execute(query):
            figures[unit].closed += count
            figures[unit].closed_late += int(n_late or 0)
        # escalations opened in the period, by the ticket's unit at the time
        held = ESCALATIONS.c.unit if "unit" in ESCALATIONS.c else TICKETS.c.last_unit
        query = (
            select(held, func.count())
            .select_from(ESCALATIONS.join(TICKETS, TICKETS.c.number == ESCALATIONS.c.ticket))
            .where(ESCALATIONS.c.created_at >= start, ESCALATIONS.c.created_at < end)
            .group_by(held)
        )
        for unit, count in conn.execute(query):
            # a ticket still at the center has no unit's row; the center's total counts it
            (at_center if unit is None else figures[unit]).escalations += count
    for unit, count in overdue_at(engine, policy, min(end, now)).items():
        figures[unit].overdue_at_end += count
    return dict(figures), at_center


def overdue_at(engine: Engine, policy: Policy, at: datetime) -> dict[str, int]:
    """Open tickets with an overdue deadline at ``at``, by their unit then — the same
    figure as the report's ``units[].overdue`` at that moment."""
    # a deadline overdue at `at`: started, past due, and neither met nor ended by then
    finished = func.coalesce(DEADLINES.c.met_at, DEADLINES.c.ended_at)
    pending = or_(DEADLINES.c.status == "open", finished > at)
    query = (
        select(TICKETS.c.number, TICKETS.c.unit, TICKETS.c.last_event_at)
        .join(DEADLINES, DEADLINES.c.ticket == TICKETS.c.number)
        .where(
            DEADLINES.c.started_at <= at,
            DEADLINES.c.due_at < at,
            pending,
            TICKETS.c.accepted_at <= at,
            or_(TICKETS.c.status == "open", TICKETS.c.closed_at > at),
        )
        .group_by(TICKETS.c.number, TICKETS.c.unit, TICKETS.c.last_event_at)
    )
    counts: defaultdict[str, int] = defaultdict(int)
    later: list[str] = []
    with engine.connect() as conn:
        for number, unit, last in conn.execute(query):
            if last > at:
                later.append(number)  # changed since: where it stood needs a replay
            elif unit is not None:
                counts[unit] += 1
    if later:
        for state in Replayer(engine, policy).replay(later, at).values():
            overdue = any(d.status == "open" and d.due_at < at for d in state.deadlines)
            if state.status == "open" and overdue and state.unit is not None:
                counts[state.unit] += 1
    return dict(counts)


def _unit_names(engine: Engine, codes: Iterable[str]) -> dict[str, str]:
    names: dict[str, str] = {}
    with engine.connect() as conn:
        for part in in_chunks(sorted(set(codes))):
            names.update(
                conn.execute(select(UNITS.c.code, UNITS.c.name).where(UNITS.c.code.in_(part))).all()
            )
    return names


PERIODS = ("today", "week", "month")


def period_of(choice: str, today: date) -> Period:
    """Today, this week (from Monday) or this month, each up to the end of today."""
    end = today + timedelta(days=1)
    if choice == "today":
        return Period(today, end)
    if choice == "week":
        return Period(today - timedelta(days=today.weekday()), end)
    if choice == "month":
        return Period(today.replace(day=1), end)
    raise PeriodError(f"no period {choice!r}; expected one of {', '.join(PERIODS)}")


@dataclass(frozen=True)
class TrendPoint:
    week: date  # the Monday it starts
    figures: Figures
    score: float | None  # None: the unit had nothing to count that week


def weekly_trend(
    engine: Engine, policy: Policy, unit: str, *, today: date, now: datetime, weeks: int = 12
) -> list[TrendPoint]:
    """A unit's score week by week over the last ``weeks`` weeks, this one included; a
    week in which the unit had nothing to do (no dispatch, sign, reply, close or rating)
    has no score, rather than one judged on leftovers alone."""
    monday = today - timedelta(days=today.weekday())
    points = []
    for i in range(weeks - 1, -1, -1):
        first = monday - timedelta(weeks=i)
        period = Period(first, first + timedelta(weeks=1))
        start, end = period.bounds(policy)
        f = unit_figures(engine, policy, start, end, now=now).get(unit, Figures())
        worked = f.dispatched + f.signed + f.replied + f.closed + f.rated > 0
        points.append(TrendPoint(first, f, f.score(policy.assessment_weights) if worked else None))
    return points
