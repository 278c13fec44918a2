"""Actions on a ticket: urge (催办), mark disputed, coordinate a dispute (主办 / 协办),
extend a deadline (延期) and note."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from console import lifecycle
from console.actions.common import acting, check_version, checked_text
from console.lifecycle import Rejected
from console.policy import Policy
from console.refusals import ActionRefused
from console.ticket_rows import save_tickets

NOTE = "note"


def urge(
    engine: Engine,
    actor: str,
    ticket: str,
    *,
    note: str | None = None,
    now: datetime,
    expected_version: int | None = None,
) -> int:
    """Press the ticket's current unit; returns the ticket's new urge count."""
    note = checked_text(note, "note", required=False)
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket)
        check_version(t, expected_version)
        if t.unit is None:  # urging presses the current unit (§5): at the center there is none
            raise ActionRefused("no_unit", ticket=ticket)
        t.urges += 1
        act.touch(t, urges=t.urges)
        act.event(ticket, lifecycle.URGED, {"note": note, "urges": t.urges}, unit=t.unit)
        return t.urges


def mark_disputed(
    engine: Engine,
    actor: str,
    ticket: str,
    *,
    clear: bool = False,
    note: str | None = None,
    now: datetime,
    expected_version: int | None = None,
    policy: Policy | None = None,
) -> None:
    """Mark the ticket disputed (管辖争议), or clear the mark. The disputed flag also
    stays set while enough units returned it as not theirs (the policy's rule)."""
    note = checked_text(note, "note", required=False)
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket)
        check_version(t, expected_version)
        pol = act.policy_of(ticket, policy)
        lifecycle.mark_disputed(t, not clear, now, pol)
        act.touch(t, marked_disputed=t.marked_disputed, disputed=t.disputed,
                  disputed_at=t.disputed_at)  # fmt: skip
        kind = lifecycle.CLEARED_DISPUTED if clear else lifecycle.MARKED_DISPUTED
        act.event(ticket, kind, {"note": note}, unit=t.unit, policy=pol.key)


def coordinate(
    engine: Engine,
    actor: str,
    ticket: str,
    *,
    lead: str,
    co_units: tuple[str, ...] | list[str] = (),
    note: str | None = None,
    policy: Policy,
    now: datetime,
    expected_version: int | None = None,
) -> None:
    """The center rules on a dispute: the ticket is dispatched to ``lead`` (主办) with
    ``co_units`` (协办), as a feed ``dispatched`` event would (new sign / on-site
    deadlines under ``policy``)."""
    note = checked_text(note, "note", required=False)
    lead = lead.strip()
    if not lead:
        raise ActionRefused("bad_input", field="lead", problem="a lead unit is needed")
    co = [c.strip() for c in co_units if c.strip()]
    if lead in co:
        raise ActionRefused(
            "bad_input", field="co", problem=f"{lead} is the lead unit, not a co-unit"
        )
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket)
        check_version(t, expected_version)
        act.known_units([lead, *co])
        act.keep_policy(policy)
        lifecycle.coordinate(t, lead, co, now, policy)
        save_tickets(act.conn, [t], act.seq)  # unit columns, deadlines, next version
        act.event(
            ticket,
            lifecycle.COORDINATED,
            {"lead": lead, "co_units": t.co_units, "note": note},
            unit=lead,
            policy=policy.key,
        )


def extend_deadline(
    engine: Engine,
    actor: str,
    ticket: str,
    *,
    kind: str,
    until: datetime,
    reason: str,
    now: datetime,
    expected_version: int | None = None,
) -> None:
    """Approve an extension (延期) of the ticket's open ``kind`` deadline to ``until``."""
    if kind not in ("sign", "onsite", "reply"):
        raise ActionRefused("bad_input", field="deadline", problem="sign, onsite or reply")
    reason_text = checked_text(reason, "reason", required=True)
    if until.tzinfo is None:
        raise ActionRefused("bad_input", field="until", problem="a time with its zone is needed")
    if until <= now:
        raise ActionRefused("bad_input", field="until", problem="the new due time has passed")
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket)
        check_version(t, expected_version)
        open_of_kind = [d for d in t.deadlines if d.status == "open" and d.kind == kind]
        if not open_of_kind:
            raise ActionRefused("no_open_deadline", ticket=ticket, kind=kind)
        latest = max(d.due_at for d in open_of_kind)
        if until <= latest:
            raise ActionRefused("extend_earlier", ticket=ticket, kind=kind, due=latest)
        pol = act.policy_by_key(open_of_kind[0].policy)
        try:
            lifecycle.extend(t, kind, until, pol)
        except Rejected as exc:  # checked above; kept in step with the lifecycle's rule
            raise ActionRefused("extend_earlier", ticket=ticket, kind=kind, due=latest) from exc
        save_tickets(act.conn, [t], act.seq)  # the deadlines, next version
        act.event(
            ticket,
            lifecycle.EXTENDED,
            {
                "deadline": kind,
                "until": until.isoformat(),
                "was": latest.isoformat(),
                "reason": reason_text,
            },
            unit=t.unit,
            policy=pol.key,
        )


def add_note(engine: Engine, actor: str, ticket: str, *, text: str, now: datetime) -> None:
    """A note on the ticket's timeline; closed tickets take notes too."""
    body = checked_text(text, "text", required=True)
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket, open_only=False)
        act.touch(t, state_changed=False)  # views refresh; an edit in hand is not stale
        act.event(ticket, NOTE, {"note": body}, unit=t.unit)
