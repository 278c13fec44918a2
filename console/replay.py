"""Tickets as they were at an earlier moment, rebuilt from the audit trail.

Each event is replayed under the policy that was in force when it was imported, so a
report of the past shows the deadlines the center was held to then.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, select

from console.feed import parse_line
from console.lifecycle import Rejected, TrackedTicket, UnitSeen, apply, create
from console.policy import Policy, parse_policy
from db.tables import POLICIES, TICKET_EVENTS, in_chunks


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
            src = conn.execute(select(POLICIES.c.source).where(POLICIES.c.key == key)).scalar()
            self._policies[key] = (
                parse_policy(src, origin=key.split("@")[0]) if src else self.fallback
            )
        return self._policies[key]

    def replay(self, numbers: Iterable[str], at: datetime) -> dict[str, TrackedTicket]:
        tickets: dict[str, TrackedTicket] = {}
        numbers = list(numbers)
        units: dict[str, UnitSeen] = {}
        with self.engine.connect() as conn:
            for part in in_chunks(numbers):
                query = (
                    select(TICKET_EVENTS.c.ticket, TICKET_EVENTS.c.payload, TICKET_EVENTS.c.policy)
                    .where(
                        TICKET_EVENTS.c.ticket.in_(part),
                        TICKET_EVENTS.c.at <= at,
                        TICKET_EVENTS.c.actor == "feed",
                    )
                    .order_by(TICKET_EVENTS.c.id)
                )
                for number, payload, key in conn.execute(query):
                    policy = self._policy(conn, key)
                    ev = parse_line(payload, policy.tz)
                    try:
                        if ev.kind == "created":
                            if number not in tickets:
                                tickets[number] = create(ev, policy)
                        elif number in tickets:
                            apply(tickets[number], ev, policy, units)
                    except Rejected:
                        # stored out of time order; the later event cannot apply yet
                        continue
        return tickets
