"""Which tickets' ladder steps became due in a window of time, without looking at every
open ticket: for the notification sweep, whose cost follows the crossings.

A time-driven step (``overdue``, ``disputed``) becomes due a fixed amount of working time
after its start (the deadline's due time, the dispute's beginning), and later starts
never make earlier due moments. So the starts whose step fell due in (after, upto] form
one range of time, found by bisecting the calendar, and one index range per step reads
them. Steps that follow a write (bounces, repeated complaints) are found by the sweep
among the tickets written since its watermark.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.engine import Connection

from console.ladder import first_start_after
from console.policy import Policy
from db.tables import DEADLINES as D
from db.tables import TICKET_EVENTS as E
from db.tables import TICKETS as T

_SECOND = timedelta(seconds=1)


def tickets_due_between(
    conn: Connection, policy: Policy, after: datetime, upto: datetime
) -> set[str]:
    """Open tickets with a time-driven step that fell due in (after, upto] — a superset
    by a second at each end; the ladder itself decides."""
    found: set[str] = set()
    if upto <= after:
        return found
    for step in policy.ladder:
        if step.condition not in ("overdue", "disputed"):
            continue
        lo = first_start_after(step, policy, after) - _SECOND
        hi = first_start_after(step, policy, upto) + _SECOND
        if step.condition == "overdue":
            query = select(D.c.ticket).where(
                D.c.status == "open", D.c.due_at >= lo, D.c.due_at < hi
            )
        else:
            # the dispute began with an event (feed or action): the events' time index
            # finds it, the ticket says whether it is still disputed since then
            # (by the events' numbers alone: given the status too, SQLite read every
            # open ticket by its status index; the ladder drops a closed one)
            began = select(E.c.ticket).where(E.c.at >= lo, E.c.at < hi)
            query = select(T.c.number).where(
                T.c.number.in_(began), T.c.disputed_at >= lo, T.c.disputed_at < hi
            )
        found.update(conn.execute(query).scalars())
    return found
