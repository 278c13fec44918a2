"""Tickets as they were at an earlier moment, rebuilt from the audit trail.

Each event is replayed under the policy that was in force when it was imported, so a
report of the past shows the deadlines the center was held to then. Feed events and
supervisors' actions (an event's ``source``) are replayed together, in time order.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Callable, Iterable
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.feed import FeedError, parse_line
from console.lifecycle import Rejected, TrackedTicket, UnitSeen, apply, apply_action, create
from console.policy import Policy, PolicyError, parse_policy

if TYPE_CHECKING:
    from sqlalchemy import Engine

# an event of the audit trail as read: ticket, payload, policy key, source, kind, at
# (an aware datetime)
EventRow = tuple[str, str, str | None, str, str, datetime]

log = logging.getLogger(__name__)


class Replayer:
    """Rebuilds tickets from their audit trail up to a moment."""

    def __init__(self, engine: Engine | None, fallback: Policy) -> None:
        self.engine = engine  # None: the events are given (replay_rows)
        self.fallback = fallback
        self._policies: dict[str, Policy] = {fallback.key: fallback}

    def _policy(self, key: str | None, stored: Callable[[str], str | None]) -> Policy:
        if key is None:
            return self.fallback
        if key not in self._policies:
            src = stored(key)
            try:
                policy = parse_policy(src, origin=key.split("@")[0]) if src else self.fallback
            except PolicyError as exc:  # stored by an older, laxer console
                log.warning("policy %s as stored cannot be read again (%s); using %s", key, exc,
                            self.fallback.key)  # fmt: skip
                policy = self.fallback
            self._policies[key] = policy
        return self._policies[key]

    def replay(self, numbers: Iterable[str], at: datetime) -> dict[str, TrackedTicket]:
        from sqlalchemy import select

        from db.tables import POLICIES, TICKET_EVENTS, in_chunks

        assert self.engine is not None
        numbers = list(numbers)
        e = TICKET_EVENTS.c
        with self.engine.connect() as conn:

            def stored(key: str) -> str | None:
                return conn.execute(select(POLICIES.c.source).where(POLICIES.c.key == key)).scalar()

            def rows() -> Iterable[Any]:
                for part in in_chunks(numbers):
                    query = (
                        select(e.ticket, e.payload, e.policy, e.source, e.kind, e.at)
                        .where(e.ticket.in_(part), e.at <= at)
                        .order_by(e.at, e.id)
                    )
                    yield from conn.execute(query)

            return self.replay_rows(rows(), stored)

    def replay_rows(
        self, rows: Iterable[EventRow], stored: Callable[[str], str | None]
    ) -> dict[str, TrackedTicket]:
        """The tickets ``rows`` rebuild: each ticket's events in time order (then as
        stored); ``stored`` gives a policy's source by its key."""
        tickets: dict[str, TrackedTicket] = {}
        units: dict[str, UnitSeen] = {}
        for number, payload, key, source, kind, when in rows:
            policy = self._policy(key, stored)
            if source != "feed":
                if number in tickets:
                    try:
                        apply_action(tickets[number], kind, json.loads(payload), when, policy)
                    except (Rejected, KeyError, ValueError):
                        continue  # an action its feed no longer leaves room for
                continue
            try:
                # stored lines were judged when imported; an older console's laxer rules
                # may have let in one today's rules refuse. Not keyed: hashing a line
                # without an id was a third of checking it (issue 12)
                ev = parse_line(payload, policy.tz, keyed=False)
                if ev.kind == "created":
                    if number not in tickets:
                        tickets[number] = create(ev, policy)
                elif number in tickets:
                    apply(tickets[number], ev, policy, units)
            except FeedError:
                # stored out of time order; the later event cannot apply yet
                continue
        return tickets
