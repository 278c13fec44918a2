"""The escalation ladder's open proposals kept between computations, so a write costs
what it touched rather than what is open.

A ticket's proposals follow from its own row, deadlines, events and escalations, from the
other tickets of its citizen phone and category (a repeated complaint), and from the
clock. So after a computation at ``at`` (and change sequence ``seq``), the proposals at
a later moment differ only for: the tickets written since (every write that moves a
ticket's ladder stamps its row or one of its escalations with the change sequence, a
dismissal too), the tickets sharing a citizen phone and category with one of those, and
the tickets with a time-driven step falling due in between
(:func:`console.ladder_crossings.tickets_due_between`). Those are recomputed
(``proposals_on(..., only=...)``) and merged into the rest, in the ladder's order; the
result is what a whole computation at the later moment finds. (A ticket moved to
another citizen phone or category leaves the old one's tickets to the next whole
computation, which the console makes once a minute.) A ticket whose events are stamped
after the moment it was computed at (a feed clock a little ahead of the console's, a
closing dated in 30 seconds) is computed again once the clock has passed its last event.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection
from datetime import datetime

from sqlalchemy import select
from sqlalchemy.engine import Connection

from console.ladder import Proposal, proposals_on
from console.ladder_crossings import tickets_due_between
from console.policy import Policy
from db.engine import current_seq
from db.tables import ESCALATIONS as X
from db.tables import TICKETS as T
from db.tables import among


class KeptProposals:
    """Every open proposal as of :attr:`at`, oldest first, with their keys."""

    def __init__(self, policy: Policy) -> None:
        self.policy = policy
        self.at: datetime | None = None  # None: never computed
        self.seq = -1  # the change sequence the last computation had seen
        self.found: list[Proposal] = []
        self.keys: list[str] = []  # the proposals' keys, made once each (a formatting property)
        self._order = {s.step: i for i, s in enumerate(policy.ladder)}
        # tickets computed before their last event's time: looked at again once it passed
        self._ahead: dict[str, datetime] = {}

    def whole(self, conn: Connection, at: datetime) -> None:
        """Compute every ticket's proposals at ``at``."""
        seq = current_seq(conn)  # first: a write after it is looked at next time
        found = proposals_on(conn, self.policy, at)
        self.found, self.keys, self.at, self.seq = found, [p.key for p in found], at, seq
        self._ahead = _stamped_after(conn, at, None)

    def update(self, conn: Connection, at: datetime) -> int:
        """Move to ``at``, recomputing only the tickets whose proposals may have moved
        since the last computation; a whole computation when there was none, or the
        clock went back. How many tickets were recomputed (-1: all)."""
        if self.at is None or at < self.at or self.seq < 0:
            self.whole(conn, at)
            return -1
        seq = current_seq(conn)
        if seq < self.seq:  # another database now
            self.whole(conn, at)
            return -1
        only = written_since(conn, self.seq) if seq > self.seq else set()
        if only:
            self._ahead.update(_stamped_after(conn, at, only))
        passed = {n for n, last in self._ahead.items() if last <= at}
        for number in passed:
            del self._ahead[number]
        only |= passed
        self.seq = seq
        if not self.policy.ladder:
            self.at = at
            return 0
        only = moved_tickets(conn, self.policy, only, self.at, at)
        self.at = at
        if not only:
            return 0
        fresh = proposals_on(conn, self.policy, at, only)
        kept = [(p, k) for p, k in zip(self.found, self.keys, strict=True)
                if p.ticket not in only]  # fmt: skip
        order = self._order
        merged = list(heapq.merge(
            kept, ((p, p.key) for p in fresh),
            key=lambda pk: (pk[0].since, pk[0].ticket, order[pk[0].step]),
        ))  # fmt: skip
        self.found = [p for p, _ in merged]
        self.keys = [k for _, k in merged]
        return len(only)


def moved_tickets(
    conn: Connection, policy: Policy, written: Collection[str], since: datetime, upto: datetime
) -> set[str]:
    """The tickets whose proposals at ``upto`` may differ from those at ``since``, given
    the tickets ``written`` in between: those, the tickets with a time-driven step falling
    due in the window, and, where the ladder counts repeated complaints, the tickets
    sharing a citizen phone and category with any of them (the To act queue's and the
    notification sweep's one answer)."""
    only = set(written)
    if upto > since:
        only |= tickets_due_between(conn, policy, since, upto)
    if only and any(s.condition == "repeated" for s in policy.ladder):
        only |= _same_citizen(conn, only)
    return only


def written_since(conn: Connection, seq: int) -> set[str]:
    """The tickets whose row, or one of whose escalations, was written after ``seq``."""
    found = set(conn.execute(select(T.c.number).where(T.c.seq > seq)).scalars())
    found.update(conn.execute(select(X.c.ticket).where(X.c.seq > seq)).scalars())
    return found


def _stamped_after(conn: Connection, at: datetime, numbers: Collection[str] | None
                   ) -> dict[str, datetime]:  # fmt: skip
    """Of ``numbers`` (None: every ticket), those with an event stamped after ``at``, and
    that time."""
    query = select(T.c.number, T.c.last_event_at).where(T.c.last_event_at > at)
    if numbers is not None:
        query = query.where(among(conn, T.c.number, numbers))
    return {r.number: r.last_event_at for r in conn.execute(query)}


def _same_citizen(conn: Connection, numbers: Collection[str]) -> set[str]:
    """The tickets sharing a citizen phone and category with one of ``numbers`` (a repeated
    complaint counts them: a ticket written, even one accepted long ago, moves theirs)."""
    pairs = {
        (r.citizen_phone, r.category)
        for r in conn.execute(
            select(T.c.citizen_phone, T.c.category)
            .where(among(conn, T.c.number, numbers), T.c.citizen_phone.is_not(None))
        )
    }  # fmt: skip
    if not pairs:
        return set()
    phones = {phone for phone, _ in pairs}
    return {
        r.number
        for r in conn.execute(
            select(T.c.number, T.c.citizen_phone, T.c.category)
            .where(among(conn, T.c.citizen_phone, phones))
        )
        if (r.citizen_phone, r.category) in pairs
    }  # fmt: skip
