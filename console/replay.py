"""Tickets as they were at an earlier moment, rebuilt from the audit trail.

Each event is replayed under the policy that was in force when it was imported, so a
report of the past shows the deadlines the center was held to then.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any, cast

from sqlalchemy import Engine, Table, select

from console.feed import parse_line
from console.lifecycle import Rejected, TicketState, UnitSeen, apply, create
from console.policy import Policy, parse_policy
from db.models import Policy as PolicyRow
from db.models import TicketEvent

E = cast(Table, TicketEvent.__table__)
P = cast(Table, PolicyRow.__table__)


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
            src = conn.execute(select(P.c.source).where(P.c.key == key)).scalar()
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
