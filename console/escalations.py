"""The escalation register (督办台账): every escalation to an outside office and its life,
open → acknowledged (the office replied) → resolved, or withdrawn (a mistake is withdrawn,
never deleted).

Each office answers within its response time (``[offices]`` in the policy, default 3
working days); an escalation neither resolved nor withdrawn past it is overdue at the
office.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from datetime import datetime
from typing import TYPE_CHECKING, Any

from console.vocabulary import ESCALATION_REASONS as REASONS
from console.vocabulary import ESCALATION_STATUSES as STATUSES
from console.vocabulary import OFFICES

if TYPE_CHECKING:
    from sqlalchemy import Engine, Select

__all__ = ["OFFICES", "REASONS", "STATUSES", "EscalationEntry", "escalation_register"]

STILL_OPEN = ("open", "acknowledged")  # not yet closed: counted as open escalations
DEFAULT_RESPONSE = "3wd"


@dataclass(frozen=True, slots=True)
class EscalationEntry:
    """One line of the register: the spec's fields, then the note, the unit the ticket
    was at when escalated and the ticket's title."""

    id: int
    ticket: str
    office: str
    reason: str
    status: str
    created_by: str
    created_at: datetime
    due_at: datetime | None
    office_overdue: bool
    reply: str | None
    replied_at: datetime | None
    outcome: str | None
    closed_by: str | None
    closed_at: datetime | None
    note: str | None
    unit: str | None
    title: str

    def as_json(self, tz: Any = None) -> dict[str, object]:
        """The register's JSON object (times ISO 8601, in ``tz`` when given)."""
        out: dict[str, object] = {}
        for key, value in asdict(self).items():
            if key in ("note", "unit", "title"):
                continue
            if isinstance(value, datetime):
                value = (value.astimezone(tz) if tz is not None else value).isoformat()
            out[key] = value
        return out


def office_overdue(status: str, due_at: datetime | None, now: datetime) -> bool:
    return status in STILL_OPEN and due_at is not None and now > due_at


def status_at(
    status: str, replied_at: datetime | None, closed_at: datetime | None, at: datetime
) -> str:
    """An escalation's status as it was at ``at`` (it existed then)."""
    if closed_at is not None and closed_at <= at:
        return status
    if replied_at is not None and replied_at <= at:
        return "acknowledged"
    return "open"


def escalation_register(
    engine: Engine,
    *,
    now: datetime,
    status: str | None = None,
    office: str | None = None,
    ticket: str | None = None,
) -> list[EscalationEntry]:
    """The register, oldest first, optionally of one status, office or ticket."""
    from db.tables import ESCALATIONS as X

    query = _with_titles().order_by(X.c.created_at, X.c.id)
    if status is not None:
        query = query.where(X.c.status == status)
    if office is not None:
        query = query.where(X.c.office == office)
    if ticket is not None:
        query = query.where(X.c.ticket == ticket)
    with engine.connect() as conn:
        rows = conn.execute(query).mappings().all()
    return [_entry(r, now) for r in rows]


def escalation_entry(
    engine: Engine, escalation_id: int, *, now: datetime
) -> EscalationEntry | None:
    from db.tables import ESCALATIONS as X

    query = _with_titles().where(X.c.id == escalation_id)
    with engine.connect() as conn:
        row = conn.execute(query).mappings().first()
    return None if row is None else _entry(row, now)


def _with_titles() -> Select[Any]:
    # SQLAlchemy and the tables are loaded here: the report needs status_at alone and
    # reads with the plain driver (issue 12)
    from sqlalchemy import select

    from db.tables import ESCALATIONS as X
    from db.tables import TICKETS as T

    return select(X, T.c.title).select_from(X.outerjoin(T, T.c.number == X.c.ticket))


# the register's columns read as they are stored; the rest is derived or defaulted
_STORED = tuple(
    f.name for f in fields(EscalationEntry) if f.name not in ("id", "office_overdue", "title")
)


def _entry(r: Any, now: datetime) -> EscalationEntry:
    return EscalationEntry(
        id=int(r["id"]),
        office_overdue=office_overdue(r["status"], r["due_at"], now),
        title=r["title"] or "",
        **{name: r[name] for name in _STORED},
    )
