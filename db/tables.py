"""The schema's tables by name, for SQLAlchemy Core queries, and the one way to ask for
many keys at once.

The typed models in :mod:`db.models` define the tables; the hot paths (import, board,
report) query them with Core, which wants ``Table`` objects rather than ORM classes.
"""

from __future__ import annotations

import json
from collections.abc import Collection, Iterator, Sequence
from typing import Any, TypeVar, cast

from sqlalchemy import ARRAY, String, Table, any_, func, literal, select
from sqlalchemy.engine import Connection

from db import models

CHANGE_COUNTER = cast(Table, models.ChangeCounter.__table__)
TICKETS = cast(Table, models.Ticket.__table__)
DEADLINES = cast(Table, models.Deadline.__table__)
TICKET_EVENTS = cast(Table, models.TicketEvent.__table__)
UNITS = cast(Table, models.Unit.__table__)
ESCALATIONS = cast(Table, models.Escalation.__table__)
SUPERVISORS = cast(Table, models.Supervisor.__table__)
POLICIES = cast(Table, models.Policy.__table__)
NOTIFICATIONS = cast(Table, models.Notification.__table__)
NOTIFICATION_SWEEPS = cast(Table, models.NotificationSweep.__table__)
NOTIFICATION_READS = cast(Table, models.NotificationRead.__table__)
NOTIFICATION_SNOOZES = cast(Table, models.NotificationSnooze.__table__)
FEED_REJECTS = cast(Table, models.FeedReject.__table__)

IN_LIST_SIZE = 500  # bound parameters per IN (...) list: well inside every driver's limit

_Item = TypeVar("_Item")


def in_chunks(items: Sequence[_Item], size: int = IN_LIST_SIZE) -> Iterator[Sequence[_Item]]:
    """``items`` in slices short enough for one ``IN (...)`` list each."""
    for i in range(0, len(items), size):
        yield items[i : i + size]


def among(conn: Connection, column: Any, values: Collection[str]) -> Any:
    """``column IN values`` with the values as one bound parameter (a PostgreSQL array,
    an SQLite JSON list), for thousands of keys: one parameter each costs more to compile
    and send than the query costs to run (0.4 s of 1.4 s for the ladder's 100,000 open
    tickets). Both databases use the column's index for it."""
    items = list(values)
    if conn.dialect.name == "postgresql":
        return column == any_(literal(items, ARRAY(String)))
    listed = func.json_each(literal(json.dumps(items))).table_valued("value")
    return column.in_(select(listed.c.value))
