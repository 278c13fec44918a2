"""Escalations (督办) to the discipline inspection commission (纪委), the organization
department (组织部) or the government supervision office (督查室), and their life:
open → acknowledged (the office's reply) → resolved, or withdrawn."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, insert, select, update

from console.actions.common import Acting, acting, check_version, checked_text
from console.escalations import OFFICES, REASONS, STILL_OPEN
from console.policy import Policy
from console.refusals import ActionRefused
from db.tables import ESCALATIONS as X

ESCALATED = "escalated"
REPLIED = "office_replied"
RESOLVED = "escalation_resolved"
WITHDRAWN = "escalation_withdrawn"


def escalate(
    engine: Engine,
    actor: str,
    ticket: str,
    *,
    office: str,
    reason: str,
    note: str | None = None,
    now: datetime,
    expected_version: int | None = None,
    policy: Policy | None = None,
) -> int:
    """Open an escalation of ``ticket`` to ``office``; returns its id. Refused while the
    ticket has one open (or acknowledged) at that office. ``policy`` gives the office's
    response time (default: the policy the ticket was imported under)."""
    if office not in OFFICES:
        raise ActionRefused("unknown_office", office=office)
    if reason not in REASONS:
        raise ActionRefused("bad_input", field="reason", problem=", ".join(REASONS))
    note = checked_text(note, "note", required=False)
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket)
        check_version(t, expected_version)
        pol = act.policy_of(ticket, policy)
        earlier = act.conn.execute(
            select(X.c.id, X.c.created_by, X.c.created_at).where(
                X.c.ticket == ticket, X.c.office == office, X.c.status.in_(STILL_OPEN)
            )
        ).first()
        if earlier is not None:
            raise ActionRefused(
                "already_escalated",
                ticket=ticket,
                office=office,
                escalation=earlier.id,
                by=earlier.created_by,
                at=earlier.created_at.astimezone(pol.tz),
            )
        due = pol.office_due(office, now)
        new_id = act.conn.execute(
            insert(X)
            .values(
                ticket=ticket,
                office=office,
                reason=reason,
                status="open",
                created_by=act.actor,
                created_at=now,
                due_at=due,
                unit=t.unit,
                note=note,
                version=1,
                seq=act.seq,
            )  # fmt: skip
            .returning(X.c.id)
        ).scalar_one()
        act.touch(t, escalated=True)
        act.event(
            ticket,
            ESCALATED,
            {
                "escalation": new_id,
                "office": office,
                "reason": reason,
                "note": note,
                "due_at": due.isoformat(),
            },  # fmt: skip
            unit=t.unit,
            policy=pol.key,
        )
        return int(new_id)


def _load(act: Acting, escalation_id: int) -> tuple[str, str, int]:
    row = act.conn.execute(
        select(X.c.ticket, X.c.status, X.c.version).where(X.c.id == escalation_id)
    ).first()
    if row is None:
        raise ActionRefused("unknown_escalation", escalation=escalation_id)
    return str(row.ticket), str(row.status), int(row.version)


@dataclass(frozen=True)
class _Step:
    """What one step of an escalation's life writes: its new status, the column that keeps
    the words given, who did it and when, and the audit event with its detail's key."""

    status: str
    text_column: str
    by_column: str
    at_column: str
    kind: str
    detail: str


# a withdrawal's note is kept in ``outcome``: the register shows one closing text
_STEPS = {
    "replied": _Step("acknowledged", "reply", "acknowledged_by", "replied_at", REPLIED, "reply"),
    "resolved": _Step("resolved", "outcome", "closed_by", "closed_at", RESOLVED, "outcome"),
    "withdrawn": _Step("withdrawn", "outcome", "closed_by", "closed_at", WITHDRAWN, "note"),
}


def _step(
    engine: Engine, actor: str, escalation_id: int, now: datetime, step: str, text: str | None
) -> None:
    """Move a still-open escalation one step on, in one transaction with its audit event."""
    how = _STEPS[step]
    with acting(engine, actor, now) as act:
        number, status, version = _load(act, escalation_id)
        if status not in STILL_OPEN:
            raise ActionRefused("out_of_order", escalation=escalation_id, status=status, step=step)
        values = {"status": how.status, how.text_column: text, how.by_column: act.actor,
                  how.at_column: now}  # fmt: skip
        act.conn.execute(
            update(X)
            .where(X.c.id == escalation_id)
            .values(version=version + 1, seq=act.seq, **values)
        )
        t = act.ticket(number, open_only=False)
        still = act.conn.execute(
            select(X.c.id).where(X.c.ticket == number, X.c.status.in_(STILL_OPEN)).limit(1)
        ).first()
        act.touch(t, state_changed=t.escalated != (still is not None), escalated=still is not None)
        act.event(number, how.kind, {"escalation": escalation_id, how.detail: text}, unit=t.unit)


def reply_escalation(
    engine: Engine, actor: str, escalation_id: int, *, text: str, now: datetime
) -> None:
    """Record the office's reply: the escalation is acknowledged (a second reply of an
    acknowledged escalation replaces the first; both stay in the audit trail)."""
    _step(engine, actor, escalation_id, now, "replied", checked_text(text, "text", required=True))


def resolve_escalation(
    engine: Engine, actor: str, escalation_id: int, *, outcome: str, now: datetime
) -> None:
    """The escalation is resolved with ``outcome``."""
    body = checked_text(outcome, "outcome", required=True)
    _step(engine, actor, escalation_id, now, "resolved", body)


def withdraw_escalation(
    engine: Engine, actor: str, escalation_id: int, *, note: str, now: datetime
) -> None:
    """The escalation is withdrawn (a mistake is withdrawn, never deleted)."""
    _step(engine, actor, escalation_id, now, "withdrawn", checked_text(note, "note", required=True))
