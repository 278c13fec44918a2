"""The state of all open tickets at a moment: the ``report`` command and its JSON.

Stored tickets are the state after every imported event. A ticket with events after
the report's moment is replayed from its audit trail up to that moment instead, each
event under the policy that was in force when it was imported.
"""

from __future__ import annotations

import logging
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, and_, func, or_, select

from console.feed import parse_line
from console.lifecycle import DeadlineState, Rejected, TicketState, UnitSeen, apply, create
from console.policy import Policy, parse_policy
from console.states import State, deadline_state, remaining_seconds
from db.models import Deadline, Escalation, Ticket, TicketEvent
from db.models import Policy as PolicyRow

log = logging.getLogger("console.report")

T = cast(Table, Ticket.__table__)
D = cast(Table, Deadline.__table__)
E = cast(Table, TicketEvent.__table__)
X = cast(Table, Escalation.__table__)
P = cast(Table, PolicyRow.__table__)

_TICKET_COLS = (
    "number",
    "category",
    "urgent",
    "title",
    "district",
    "unit",
    "returns",
    "transfers",
    "shuffled",
    "disputed",
    "escalated",
    "status",
    "last_unit",
)
_DEADLINE_COLS = (
    "ticket",
    "kind",
    "unit",
    "clock",
    "started_at",
    "due_at",
    "warn_at",
    "crit_at",
    "status",
    "met_at",
    "late",
)


@dataclass(slots=True)
class DeadlineView:
    kind: str
    unit: str | None
    clock: str
    started_at: datetime
    due_at: datetime
    warn_at: datetime
    crit_at: datetime
    status: str
    met_at: datetime | None
    late: bool


@dataclass(slots=True)
class TicketView:
    number: str
    category: str
    urgent: bool
    title: str
    district: str | None
    unit: str | None
    returns: int
    transfers: int
    shuffled: bool
    disputed: bool
    escalated: bool
    deadlines: list[DeadlineView] = field(default_factory=list)


def _view_of_state(t: TicketState) -> TicketView:
    return TicketView(
        t.number,
        t.category,
        t.urgent,
        t.title,
        t.district,
        t.unit,
        t.returns,
        t.transfers,
        t.shuffled,
        t.disputed,
        t.escalated,
        [_deadline_view(d) for d in sorted(t.deadlines, key=lambda d: d.n)],
    )


def _deadline_view(d: DeadlineState) -> DeadlineView:
    met = d.met_at if d.status == "met" else None
    return DeadlineView(
        d.kind, d.unit, d.clock, d.started_at, d.due_at, d.warn_at, d.crit_at, d.status, met, d.late
    )


class Replayer:
    """Rebuilds tickets from their audit trail up to a moment."""

    def __init__(self, engine: Engine, fallback: Policy) -> None:
        self.engine = engine
        self.fallback = fallback
        self._policies: dict[str, Policy] = {fallback.key: fallback}

    def _policy(self, conn: Any, key: str | None) -> Policy:
        if key is None:
            return self.fallback
        if key not in self._policies:
            src = conn.execute(
                select(cast(Table, PolicyRow.__table__).c.source).where(
                    cast(Table, PolicyRow.__table__).c.key == key
                )
            ).scalar()
            self._policies[key] = (
                parse_policy(src, origin=key.split("@")[0]) if src else self.fallback
            )
        return self._policies[key]

    def replay(self, numbers: Iterable[str], at: datetime) -> dict[str, TicketState]:
        states: dict[str, TicketState] = {}
        numbers = list(numbers)
        units: dict[str, UnitSeen] = {}
        with self.engine.connect() as conn:
            for i in range(0, len(numbers), 500):
                part = numbers[i : i + 500]
                query = (
                    select(E.c.ticket, E.c.payload, E.c.policy)
                    .where(E.c.ticket.in_(part), E.c.at <= at, E.c.actor == "feed")
                    .order_by(E.c.id)
                )
                for number, payload, key in conn.execute(query):
                    policy = self._policy(conn, key)
                    ev = parse_line(payload, policy.tz)
                    try:
                        if ev.kind == "created":
                            if number not in states:
                                states[number] = create(ev, policy)
                        elif number in states:
                            apply(states[number], ev, policy, units)
                    except Rejected:
                        # stored out of time order; the later event cannot apply yet
                        continue
        return states


def _iso(moment: datetime | None, policy: Policy) -> str | None:
    return None if moment is None else moment.astimezone(policy.tz).isoformat()


def _ticket_state(t: TicketView, at: datetime) -> tuple[State, DeadlineView | None]:
    worst = State.OK
    nxt: DeadlineView | None = None
    for d in t.deadlines:
        if d.status != "open":
            continue
        s = deadline_state(at, d.warn_at, d.crit_at, d.due_at)
        if s > worst:
            worst = s
        if nxt is None or d.due_at < nxt.due_at:
            nxt = d
    return worst, nxt


def build_report(engine: Engine, policy: Policy, at: datetime) -> dict[str, Any]:
    """The report of all tickets open at ``at``, as the spec's JSON object."""
    with engine.connect() as conn:
        later = set(conn.execute(select(E.c.ticket).where(E.c.at > at).distinct()).scalars())
        views: dict[str, TicketView] = {}
        query = select(*(T.c[c] for c in _TICKET_COLS)).where(T.c.status == "open")
        for row in conn.execute(query):
            if row.number not in later:
                views[row.number] = TicketView(
                    row.number,
                    row.category,
                    row.urgent,
                    row.title,
                    row.district,
                    row.unit,
                    row.returns,
                    row.transfers,
                    row.shuffled,
                    row.disputed,
                    row.escalated,
                )
        dq = (
            select(*(D.c[c] for c in _DEADLINE_COLS))
            .join(T, T.c.number == D.c.ticket)
            .where(T.c.status == "open")
            .order_by(D.c.ticket, D.c.n)
        )
        for r in conn.execute(dq):
            view = views.get(r.ticket)
            if view is not None:
                met = r.met_at if r.status == "met" else None
                view.deadlines.append(
                    DeadlineView(
                        r.kind,
                        r.unit,
                        r.clock,
                        r.started_at,
                        r.due_at,
                        r.warn_at,
                        r.crit_at,
                        r.status,
                        met,
                        r.late,
                    )
                )
        closed = _closed_by_unit(conn, later)
        escalations_open = conn.execute(
            select(func.count())
            .select_from(X)
            .where(
                X.c.created_at <= at,
                or_(X.c.closed_at.is_(None), X.c.closed_at > at),
            )
        ).scalar_one()
    replayed = Replayer(engine, policy).replay(sorted(later), at) if later else {}
    for number, state in replayed.items():
        if state.status == "open":
            views[number] = _view_of_state(state)
        elif state.last_unit is not None:
            late = any(d.late for d in state.deadlines)
            closed[state.last_unit][0] += 1
            closed[state.last_unit][1] += int(late)
    return _assemble(views, closed, int(escalations_open), policy, at)


def _closed_by_unit(conn: Any, exclude: set[str]) -> defaultdict[str, list[int]]:
    """Closed tickets and those closed with a late deadline, by their last unit.

    Tickets in ``exclude`` (replayed) are left out here and counted from their replay.
    """
    late = select(D.c.ticket).where(D.c.late.is_(True)).where(D.c.ticket == T.c.number).exists()
    query = select(T.c.number, T.c.last_unit, late.label("late")).where(
        and_(T.c.status == "closed", T.c.last_unit.is_not(None))
    )
    counts: defaultdict[str, list[int]] = defaultdict(lambda: [0, 0])
    for number, unit, is_late in conn.execute(query):
        if number in exclude:
            continue
        counts[unit][0] += 1
        counts[unit][1] += int(bool(is_late))
    return counts


def _assemble(
    views: dict[str, TicketView],
    closed: dict[str, list[int]],
    escalations_open: int,
    policy: Policy,
    at: datetime,
) -> dict[str, Any]:
    kpis = {
        "open": 0,
        "ok": 0,
        "warning": 0,
        "critical": 0,
        "overdue": 0,
        "shuffled": 0,
        "disputed": 0,
        "escalations_open": escalations_open,
    }
    units: defaultdict[str, dict[str, int]] = defaultdict(
        lambda: {"open": 0, "overdue": 0, "closed": 0, "closed_late": 0}
    )
    rows: list[tuple[tuple[int, float, str], dict[str, Any]]] = []
    working_years: set[int] = set()
    for t in views.values():
        state, nxt = _ticket_state(t, at)
        kpis["open"] += 1
        kpis[state.label] += 1
        kpis["shuffled"] += int(t.shuffled)
        kpis["disputed"] += int(t.disputed)
        if t.unit is not None:
            units[t.unit]["open"] += 1
            units[t.unit]["overdue"] += int(state is State.OVERDUE)
        deadlines = []
        for d in t.deadlines:
            if d.clock == "working":
                start_y = d.started_at.astimezone(policy.tz).year
                working_years.update(range(start_y, d.due_at.astimezone(policy.tz).year + 1))
            late = d.late or (d.status == "open" and at > d.due_at)
            deadlines.append(
                {
                    "kind": d.kind,
                    "unit": d.unit,
                    "due": _iso(d.due_at, policy),
                    "met_at": _iso(d.met_at, policy),
                    "late": late,
                    "state": deadline_state(at, d.warn_at, d.crit_at, d.due_at).label
                    if d.status == "open"
                    else d.status,
                }
            )
        next_deadline = None
        if nxt is not None:
            next_deadline = {
                "kind": nxt.kind,
                "due": _iso(nxt.due_at, policy),
                "remaining_s": remaining_seconds(at, nxt.due_at),
            }
        row = {
            "ticket": t.number,
            "category": t.category,
            "urgent": t.urgent,
            "title": t.title,
            "district": t.district,
            "unit": t.unit,
            "state": state.label,
            "next_deadline": next_deadline,
            "deadlines": deadlines,
            "returns": t.returns,
            "transfers": t.transfers,
            "shuffled": t.shuffled,
            "disputed": t.disputed,
            "escalated": t.escalated,
        }
        due_key = nxt.due_at.timestamp() if nxt is not None else float("inf")
        rows.append(((-int(state), due_key, t.number), row))
    rows.sort(key=lambda r: r[0])
    for unit, (n_closed, n_late) in closed.items():
        units[unit]["closed"] += n_closed
        units[unit]["closed_late"] += n_late
    unit_rows = [
        {"unit": code, **counts} for code, counts in sorted(units.items()) if any(counts.values())
    ]
    warnings = [
        policy.calendar.uncovered_message(year)
        for year in policy.calendar.years_uncovered(working_years)
    ]
    return {
        "at": _iso(at, policy),
        "policy": policy.name,
        "kpis": kpis,
        "tickets": [r for _, r in rows],
        "units": unit_rows,
        "warnings": warnings,
    }
