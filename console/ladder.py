"""The escalation ladder (../shared/spec/supervision.md §8): which next step the console
proposes for each open ticket at a moment, from the stored tickets, deadlines, actions
and escalations. No Qt: the window, the command line and the sweep share it.

Each step looks at the ticket's *situations* (an overdue deadline, the bounces, the
dispute, the repeated complaint). A situation is settled by the step's action, or a later
step's, taken since it began, or by a dismissal of the step since it last changed; the
unsettled ones make at most one proposal per ticket and step, due since the earliest.
"""

from __future__ import annotations

import bisect
import json
from collections import defaultdict
from collections.abc import Collection, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, and_, func, or_, select, text
from sqlalchemy.engine import Connection

from console.day_end import due_text
from console.ladder_policy import LadderStep
from console.policy import Policy
from db.tables import DEADLINES as D
from db.tables import ESCALATIONS as X
from db.tables import TICKET_EVENTS as E
from db.tables import TICKETS as T
from db.tables import among

DISMISSED = "dismissed"  # the audit event of ``act dismiss``
_BOUNCES = ("returned", "transferred")
_ACTION_EVENTS = {"urge": "urged", "coordinate": "coordinated"}
_DAY = timedelta(days=1)
_SECOND = timedelta(seconds=1)
_REACH = timedelta(days=800)  # longer than the longest threshold (250 working days)


@dataclass(frozen=True)
class Why:
    """The facts behind a proposal, for a person (words come from the window)."""

    deadline: str | None = None  # overdue: the deadline's kind (sign, onsite, reply)
    due_at: datetime | None = None  # overdue: when it passed
    bounces: int = 0  # bounced: returns and transfers
    disputed_at: datetime | None = None  # disputed: since when
    related: tuple[str, ...] = ()  # repeated: the citizen's other tickets, oldest first
    days: int = 0  # repeated: the window


@dataclass(frozen=True)
class Proposal:
    ticket: str
    step: str
    action: str
    office: str | None
    reason: str | None
    since: datetime  # the moment it became due
    message: str
    # the ticket, and why (for the window's queue; not in the command line's JSON)
    unit: str | None = None
    title: str = ""
    why: Why = field(default_factory=Why)

    @property
    def key(self) -> str:
        """Names this proposal's appearance: a dismissed or settled step that comes back
        with a new situation is a new key (the sweep raises each key once)."""
        return f"proposal:{self.ticket}:{self.step}:{self.since.astimezone(UTC).isoformat()}"

    def as_json(self, tz: Any) -> dict[str, object]:
        return {
            "ticket": self.ticket,
            "step": self.step,
            "action": self.action,
            "office": self.office,
            "reason": self.reason,
            "since": self.since.astimezone(tz).isoformat(),
            "message": self.message,
        }


@dataclass(frozen=True)
class _Situation:
    since: datetime  # when the step became due
    acted_from: datetime  # an action at or after this settles it
    changed_at: datetime  # a dismissal at or after this settles it
    why: str
    facts: Why


@dataclass
class _History:
    """One ticket's supervisor actions up to the moment asked about."""

    actions: dict[str, list[datetime]]  # "urge" | "coordinate" | "escalate:REASON"
    dismissed: dict[str, list[datetime]]  # step → dismissals
    bounces: list[datetime]


def proposals(engine: Engine, policy: Policy, at: datetime) -> list[Proposal]:
    """Every open proposal at ``at``, oldest first."""
    if not policy.ladder:
        return []
    with engine.connect() as conn:
        return proposals_on(conn, policy, at)


def proposals_on(
    conn: Connection, policy: Policy, at: datetime, only: Collection[str] | None = None
) -> list[Proposal]:
    """Every open proposal at ``at``, oldest first; of the tickets ``only`` when given
    (the sweep asks about the few whose situation moved)."""
    if not policy.ladder:
        return []
    overdue: dict[str, list[Any]] | None = None
    if only is None:  # every ticket: SQL picks those that could have a proposal
        only, overdue = _candidates(conn, policy, at)
    tickets = _open_tickets(conn, at, only)
    if not tickets:
        return []
    numbers = list(tickets)
    if overdue is None:
        overdue = _overdue_deadlines(conn, numbers, at)
    history = _histories(conn, numbers, at)
    repeats = _repeat_counts(conn, tickets, policy, at)
    found: list[Proposal] = []
    order = {s.step: i for i, s in enumerate(policy.ladder)}
    # a deadline that passed at or after its step's first start is not due for it yet:
    # one comparison instead of working-time arithmetic per deadline and step
    starts = {s.step: first_start_after(s, policy, at)
              for s in policy.ladder if s.condition == "overdue"}  # fmt: skip
    for number, t in tickets.items():
        h = history.get(number) or _History({}, {}, [])
        for i, step in enumerate(policy.ladder):
            due = [d for d in overdue.get(number, ()) if d.due_at < starts.get(step.step, at)]
            situations = _situations(step, t, due, h, repeats, policy, at)
            open_ = [s for s in situations if not _settled(s, step, policy.ladder[i:], h)]
            if open_:
                first = min(open_, key=lambda s: s.since)
                found.append(_proposal(number, step, t, first, policy))
    found.sort(key=lambda p: (p.since, p.ticket, order[p.step]))
    return found


def _candidates(
    conn: Connection, policy: Policy, at: datetime
) -> tuple[set[str], dict[str, list[Any]]]:
    """The tickets that may have a proposal at ``at``, read by SQL alone: a deadline
    past due early enough for an overdue step, a flag up (shuffled, disputed), or a
    citizen phone with enough tickets of a category for a repeated-complaint step. The
    steps decide among them; the rest of the open tickets are never read. Also the
    deadlines found overdue, per ticket: the only ones an overdue step can be due for (a
    deadline that passed later makes no step due by ``at``), so they are not read twice."""
    found: set[str] = set()
    overdue: dict[str, list[Any]] = defaultdict(list)
    still = (or_(D.c.met_at.is_(None), D.c.met_at > at),
             or_(D.c.ended_at.is_(None), D.c.ended_at > at))  # fmt: skip
    overdue_steps = [s for s in policy.ladder if s.condition == "overdue"]
    if overdue_steps:  # a deadline's step is due at ``at`` only if it passed before this
        before = max(first_start_after(s, policy, at) for s in overdue_steps)
        for r in conn.execute(
            select(D.c.ticket, D.c.n, D.c.kind, D.c.due_at)
            .where(D.c.due_at < min(before, at), *still)
        ):  # fmt: skip
            overdue[r.ticket].append(r)
        found.update(overdue)
    open_at = or_(T.c.status == "open", and_(T.c.closed_at.is_not(None), T.c.closed_at > at))
    flags = [T.c.shuffled if s.condition == "bounced" else T.c.disputed
             for s in policy.ladder if s.condition in ("bounced", "disputed")]  # fmt: skip
    if flags:
        found.update(conn.execute(
            select(T.c.number).where(or_(*(f.is_(True) for f in flags)), open_at,
                                     T.c.accepted_at <= at)
        ).scalars())  # fmt: skip
    repeated = [s for s in policy.ladder if s.condition == "repeated"]
    if repeated:
        # a repeat counts the tickets accepted in the days before an open ticket: none
        # older than the oldest open one's window matters (a center's closed history
        # can be millions of tickets)
        oldest = conn.execute(
            select(func.min(T.c.accepted_at)).where(open_at, T.c.accepted_at <= at)
        ).scalar()  # fmt: skip
        if oldest is not None:
            since = oldest - timedelta(days=max(s.days for s in repeated))
            if conn.dialect.name == "postgresql":
                # the count groups every (phone, category) of the window: in memory, not
                # spilled to disk in batches (4 MB by default; 100,000 groups take ~9 MB)
                conn.execute(text("SET LOCAL work_mem = '32MB'"))
            many = (
                select(T.c.citizen_phone, T.c.category)
                .where(T.c.citizen_phone.is_not(None), T.c.accepted_at <= at,
                       T.c.accepted_at >= since)
                .group_by(T.c.citizen_phone, T.c.category)
                .having(func.count() >= min(s.count for s in repeated))
                .subquery()
            )  # fmt: skip
            found.update(conn.execute(
                select(T.c.number)
                .join(many, and_(many.c.citizen_phone == T.c.citizen_phone,
                                 many.c.category == T.c.category))
                .where(open_at, T.c.accepted_at <= at)
            ).scalars())  # fmt: skip
    return found, overdue


def step_names(policy: Policy) -> tuple[str, ...]:
    return tuple(s.step for s in policy.ladder)


# --- reading the stored state ------------------------------------------------------


def _open_tickets(
    conn: Connection, at: datetime, only: Collection[str] | None = None
) -> dict[str, Any]:
    query = (
        select(T.c.number, T.c.unit, T.c.title, T.c.category, T.c.citizen_phone,
               T.c.accepted_at, T.c.shuffled, T.c.shuffled_at, T.c.disputed, T.c.disputed_at)
        .where(T.c.accepted_at <= at,
               or_(T.c.status == "open", and_(T.c.closed_at.is_not(None), T.c.closed_at > at)))
    )  # fmt: skip
    if only is None:
        return {r.number: r for r in conn.execute(query)}
    return {r.number: r for r in conn.execute(query.where(among(conn, T.c.number, only)))}


def _overdue_deadlines(
    conn: Connection, numbers: Sequence[str], at: datetime
) -> dict[str, list[Any]]:
    """Deadlines past due at ``at`` and not met or ended by then, per ticket."""
    found: dict[str, list[Any]] = defaultdict(list)
    rows = conn.execute(
        select(D.c.ticket, D.c.n, D.c.kind, D.c.due_at)
        .where(among(conn, D.c.ticket, numbers), D.c.due_at < at,
               or_(D.c.met_at.is_(None), D.c.met_at > at),
               or_(D.c.ended_at.is_(None), D.c.ended_at > at))
    )  # fmt: skip
    for r in rows:
        found[r.ticket].append(r)
    return found


def _histories(conn: Connection, numbers: Sequence[str], at: datetime) -> dict[str, _History]:
    found: dict[str, _History] = {}

    def of(number: str) -> _History:
        h = found.get(number)
        if h is None:
            h = found[number] = _History(defaultdict(list), defaultdict(list), [])
        return h

    kinds = (*_ACTION_EVENTS.values(), DISMISSED, *_BOUNCES)
    back = {v: k for k, v in _ACTION_EVENTS.items()}
    rows = conn.execute(
        select(E.c.ticket, E.c.kind, E.c.at, E.c.source, E.c.payload)
        .where(among(conn, E.c.ticket, numbers), E.c.kind.in_(kinds), E.c.at <= at)
        .order_by(E.c.at, E.c.id)
    )
    for r in rows:
        h = of(r.ticket)
        if r.kind in _BOUNCES:
            h.bounces.append(r.at)
        elif r.kind == DISMISSED:
            h.dismissed[str(json.loads(r.payload).get("step"))].append(r.at)
        elif r.source == "action":
            h.actions[back[r.kind]].append(r.at)
    for x in conn.execute(
        select(X.c.ticket, X.c.reason, X.c.created_at)
        .where(among(conn, X.c.ticket, numbers), X.c.created_at <= at)
    ):  # fmt: skip
        of(x.ticket).actions[f"escalate:{x.reason}"].append(x.created_at)
    return found


def _repeat_counts(
    conn: Connection, tickets: dict[str, Any], policy: Policy, at: datetime
) -> dict[tuple[str, int], tuple[str, ...]]:
    """For each repeated-complaint step's window (days) and open ticket: the tickets of
    its citizen phone and category accepted in the window before it, itself included,
    oldest first."""
    windows = {s.days for s in policy.ladder if s.condition == "repeated"}
    if not windows:
        return {}
    phones = sorted({t.citizen_phone for t in tickets.values() if t.citizen_phone})
    if not phones:  # nobody to count for (and no scan of every ticket for nobody)
        return {}
    accepted: dict[tuple[str, str], list[tuple[datetime, str]]] = defaultdict(list)
    for r in conn.execute(
        select(T.c.citizen_phone, T.c.category, T.c.accepted_at, T.c.number)
        .where(among(conn, T.c.citizen_phone, phones), T.c.accepted_at <= at)
    ):  # fmt: skip
        accepted[(r.citizen_phone, r.category)].append((r.accepted_at, r.number))
    for same in accepted.values():
        same.sort()
    found: dict[tuple[str, int], tuple[str, ...]] = {}
    for number, t in tickets.items():
        same = accepted.get((t.citizen_phone, t.category), []) if t.citizen_phone else []
        if not same:
            continue
        times = [a for a, _ in same]
        for days in windows:
            lo = bisect.bisect_left(times, t.accepted_at - timedelta(days=days))
            hi = bisect.bisect_right(times, t.accepted_at)
            found[(number, days)] = tuple(n for _, n in same[lo:hi])
    return found


# --- the steps ----------------------------------------------------------------------


def start_of_next_workday(policy: Policy, moment: datetime) -> datetime:
    """Local midnight that begins the first working day after ``moment``'s day."""
    cal = policy.calendar
    day = moment.astimezone(policy.tz).date() + _DAY
    for _ in range(3660):
        if cal.is_workday(day):
            return datetime.combine(day, datetime.min.time(), tzinfo=policy.tz)
        day += _DAY
    raise ValueError("no working day found within ten years; check the calendar file")


def _after(policy: Policy, moment: datetime, working_days: float) -> datetime:
    return policy.calendar.add_working_time(moment, working_days * 86400)


def first_start_after(step: LadderStep, policy: Policy, moment: datetime) -> datetime:
    """The earliest start (to the second) whose step falls due after ``moment``."""
    lo, hi = moment - _REACH, moment + _SECOND  # due_after(hi) > moment; lo's is not
    if due_after(step, policy, lo) > moment:
        return lo
    while hi - lo > _SECOND:
        mid = lo + (hi - lo) / 2
        if due_after(step, policy, mid) > moment:
            hi = mid
        else:
            lo = mid
    return hi


def due_after(step: LadderStep, policy: Policy, moment: datetime) -> datetime:
    """When a time-driven step (overdue, disputed) becomes due for a deadline that passed,
    or a dispute that began, at ``moment``: never earlier than ``moment``, and never
    earlier for a later ``moment``."""
    if step.working_days is None:
        return start_of_next_workday(policy, moment)
    return _after(policy, moment, step.working_days)


def _situations(
    step: LadderStep,
    t: Any,
    overdue: list[Any],
    h: _History,
    repeats: dict[tuple[str, int], tuple[str, ...]],
    policy: Policy,
    at: datetime,
) -> list[_Situation]:
    found: list[_Situation] = []
    if step.condition == "overdue":
        if step.action == "urge" and t.unit is None:
            return []  # an urge presses a unit: none while the ticket is at the center
        for d in overdue:
            since = due_after(step, policy, d.due_at)
            if since <= at:
                why = f"{d.kind} deadline due {due_text(d.due_at, policy.tz)}"
                facts = Why(deadline=d.kind, due_at=d.due_at)
                found.append(_Situation(since, d.due_at, d.due_at, why, facts))
    elif step.condition == "bounced":
        if t.shuffled and t.shuffled_at is not None and len(h.bounces) >= step.count:
            since = max(h.bounces[step.count - 1], t.shuffled_at)
            why = f"shuffled, {len(h.bounces)} returns and transfers"
            facts = Why(bounces=len(h.bounces))
            found.append(_Situation(since, since, h.bounces[-1], why, facts))
    elif step.condition == "disputed":
        if t.disputed and t.disputed_at is not None and step.working_days is not None:
            since = _after(policy, t.disputed_at, step.working_days)
            if since < at:  # "more than" the threshold
                why = f"disputed since {_local(t.disputed_at, policy)}"
                facts = Why(disputed_at=t.disputed_at)
                found.append(_Situation(since, t.disputed_at, t.disputed_at, why, facts))
    elif step.condition == "repeated":
        same = repeats.get((t.number, step.days), ())
        if len(same) >= step.count:
            n = len(same)
            why = f"{n} tickets from this citizen in {step.days} days, same category"
            related = tuple(x for x in same if x != t.number)
            facts = Why(related=related, days=step.days)
            found.append(_Situation(t.accepted_at, t.accepted_at, t.accepted_at, why, facts))
    return found


def _action_key(step: LadderStep) -> str:
    return f"escalate:{step.reason}" if step.action == "escalate" else step.action


def _settled(
    s: _Situation, step: LadderStep, this_and_later: Sequence[LadderStep], h: _History
) -> bool:
    if any(d >= s.changed_at for d in h.dismissed.get(step.step, ())):
        return True
    keys = {_action_key(later) for later in this_and_later}
    if step.condition == "disputed":
        keys.add("coordinate")  # a ruling (a lead unit named) ends the dispute's climb
    return any(a >= s.acted_from for key in keys for a in h.actions.get(key, ()))


def _local(moment: datetime, policy: Policy) -> str:
    return moment.astimezone(policy.tz).strftime("%Y-%m-%d %H:%M")


def _proposal(number: str, step: LadderStep, t: Any, s: _Situation, policy: Policy) -> Proposal:
    if step.action == "urge":
        what = f"urge {t.unit}"
    elif step.action == "escalate":
        what = f"escalate to the {step.office} office ({step.reason})"
    else:
        what = "rule on it: choose a lead unit"
    return Proposal(
        ticket=number,
        step=step.step,
        action=step.action,
        office=step.office,
        reason=step.reason,
        since=s.since,
        message=f"{number}: {what} — {s.why}",
        unit=t.unit,
        title=t.title or "",
        why=s.facts,
    )
