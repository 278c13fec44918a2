"""One ticket in full, for the detail pane: fields, every deadline, co-units, escalations,
the timeline read from the audit trail (ticket_events) and the escalation ladder it has
climbed (§8: urged, ruled, escalated, dismissed, and what the ladder proposes now),
without Qt."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import datetime

from sqlalchemy import Engine, select

from console.ladder import DISMISSED, Proposal, proposals_on
from console.policy import Policy
from db.tables import DEADLINES, ESCALATIONS, TICKET_EVENTS, TICKETS, UNITS


@dataclass(frozen=True)
class DeadlineDetail:
    """One deadline of a ticket, open or finished, as the detail pane lists it."""

    kind: str
    unit: str | None
    unit_name: str
    clock: str  # wall | working
    started_at: datetime
    due_at: datetime
    warn_at: datetime
    crit_at: datetime
    status: str  # open | met | ended
    met_at: datetime | None
    ended_at: datetime | None
    late: bool


@dataclass(frozen=True)
class EventRecord:
    """One line of the timeline: who did what, when."""

    at: datetime
    recorded_at: datetime
    actor: str  # "feed" or a supervisor's name
    kind: str
    unit: str | None
    unit_name: str
    reason: str | None  # a return's reason code
    note: str
    # a supervisor's action: its stored details (office, reason, lead, until …), which
    # the window words in its own language
    details: dict[str, object] = field(default_factory=dict, compare=True)


@dataclass(frozen=True)
class EscalationRecord:
    office: str
    reason: str
    status: str
    created_by: str
    created_at: datetime
    id: int = 0
    due_at: datetime | None = None


# the supervisor actions that are rungs of the escalation ladder (§8), by event kind
LADDER_EVENTS = ("urged", "coordinated", "escalated", DISMISSED)


@dataclass(frozen=True)
class LadderRung:
    """One step the ticket has climbed on the escalation ladder: who, when, and what
    (urged; ruled: a lead unit named; escalated to an office, why; dismissed: which
    proposed step, and why not)."""

    at: datetime
    kind: str  # urged | coordinated | escalated | dismissed
    actor: str
    office: str | None = None  # escalated: to which office
    reason: str | None = None  # escalated: the reason code
    status: str | None = None  # escalated: where the escalation stands now
    step: str | None = None  # dismissed: the ladder step not taken
    action: str | None = None  # dismissed: that step's action (urge, escalate, coordinate)
    # (a dismissed step's office and reason are that step's, as the policy has them)
    lead: str = ""  # coordinated: the lead unit's name
    note: str = ""  # the words given (a dismissal's reason)


@dataclass(frozen=True)
class TicketDetail:
    number: str
    category: str
    urgent: bool
    title: str
    description: str
    channel: str
    district: str
    address: str
    citizen_name: str
    citizen_phone: str
    accepted_at: datetime
    status: str
    closed_at: datetime | None
    unit: str | None
    unit_name: str
    returns: int
    transfers: int
    shuffled: bool
    disputed: bool
    escalated: bool
    urges: int = 0  # times its unit was urged (催办)
    version: int = 0  # what an action on it expects (a stale edit is refused)
    co_units: list[tuple[str, str]] = field(default_factory=list)
    deadlines: list[DeadlineDetail] = field(default_factory=list)
    events: list[EventRecord] = field(default_factory=list)
    escalations: list[EscalationRecord] = field(default_factory=list)
    ladder: list[LadderRung] = field(default_factory=list)  # oldest first
    proposed: list[Proposal] = field(default_factory=list)  # open now, oldest first


def ladder_rungs(
    events: list[EventRecord], escalations: list[EscalationRecord]
) -> list[LadderRung]:
    """The ladder's rungs among a ticket's events (supervisor actions only: a feed's
    events are the unit's, not the supervisor's), oldest first."""
    status = {e.id: e.status for e in escalations}
    found = []
    for e in events:
        if e.kind not in LADDER_EVENTS or not e.details:
            continue
        d = e.details
        found.append(LadderRung(
            e.at, e.kind, e.actor,
            office=str(d["office"]) if d.get("office") else None,
            reason=str(d["reason"]) if d.get("reason") else None,
            status=status.get(int(str(d["escalation"]))) if d.get("escalation") else None,
            step=str(d["step"]) if d.get("step") else None,
            action=str(d["action"]) if d.get("action") else None,
            lead=str(d.get("lead_name") or d.get("lead") or ""),
            note=str(d.get("note") or ""),
        ))  # fmt: skip
    return found


def _note(kind: str, payload: str, names: dict[str, str]) -> tuple[str | None, str]:
    """The reason code and a short note from an event's stored payload."""
    try:
        data = json.loads(payload)
    except ValueError:
        return None, ""
    if not isinstance(data, dict):
        return None, ""
    reason = data.get("reason") if kind == "returned" else None
    note = data.get("note") or data.get("message") or ""
    if kind == "transferred":
        src, dst = str(data.get("from")), str(data.get("to"))
        moved = f"{names.get(src, src)} → {data.get('to_name') or names.get(dst, dst)}"
        note = f"{moved}  {note}".strip()
    elif kind == "created":
        note = data.get("title") or note
    elif kind == "dispatched" and data.get("co_units"):
        co = ", ".join(names.get(c, c) for c in data["co_units"])
        note = f"+ {co}  {note}".strip()
    elif kind not in {"returned", "replied", "closed", "reopened"} and not note:
        note = str(data.get("reason") or "")
    return (str(reason) if reason else None), str(note)


def _details(payload: str, names: dict[str, str]) -> dict[str, object]:
    """A supervisor action's stored details, with unit codes given their names."""
    try:
        data = json.loads(payload)
    except ValueError:
        return {}
    if not isinstance(data, dict):
        return {}
    if isinstance(data.get("lead"), str):
        data["lead_name"] = names.get(data["lead"], data["lead"])
    if isinstance(data.get("co_units"), list):
        data["co_names"] = [names.get(str(c), str(c)) for c in data["co_units"]]
    return data


def load_detail(
    engine: Engine, number: str, policy: Policy | None = None, at: datetime | None = None
) -> TicketDetail | None:
    """The ticket ``number`` in full; None when there is no such ticket. With a
    ``policy`` and a moment ``at``, also what its escalation ladder proposes then."""
    with engine.connect() as conn:
        row = conn.execute(select(TICKETS).where(TICKETS.c.number == number)).mappings().first()
        if row is None:
            return None
        names: dict[str, str] = dict(conn.execute(select(UNITS.c.code, UNITS.c.name)).all())
        deadlines = [
            DeadlineDetail(
                r.kind,
                r.unit,
                names.get(r.unit, r.unit or ""),
                r.clock,
                r.started_at,
                r.due_at,
                r.warn_at,
                r.crit_at,
                r.status,
                r.met_at,
                r.ended_at,
                bool(r.late),
            )  # fmt: skip
            for r in conn.execute(
                select(DEADLINES).where(DEADLINES.c.ticket == number).order_by(DEADLINES.c.n)
            )
        ]
        events = []
        steps = {s.step: s for s in policy.ladder} if policy else {}
        query = (
            select(TICKET_EVENTS)
            .where(TICKET_EVENTS.c.ticket == number)
            .order_by(TICKET_EVENTS.c.at, TICKET_EVENTS.c.id)
        )
        for r in conn.execute(query):
            reason, note = _note(r.kind, r.payload, names)
            unit_name = names.get(r.unit, r.unit or "") if r.unit else ""
            details = _details(r.payload, names) if r.source == "action" else {}
            if r.kind == DISMISSED and (step := steps.get(str(details.get("step")))):
                # the dismissed step by what it proposed (while the policy still has it)
                details |= {"action": step.action, "office": step.office, "reason": step.reason}
            events.append(
                EventRecord(
                    r.at, r.recorded_at, r.actor, r.kind, r.unit, unit_name, reason, note, details
                )  # fmt: skip
            )
        escalations = [
            EscalationRecord(
                r.office, r.reason, r.status, r.created_by, r.created_at, r.id, r.due_at
            )  # fmt: skip
            for r in conn.execute(
                select(ESCALATIONS).where(ESCALATIONS.c.ticket == number).order_by(ESCALATIONS.c.id)
            )
        ]
        proposed = proposals_on(conn, policy, at, only=[number]) if policy and at else []
    unit = row["unit"]
    return TicketDetail(
        number=row["number"],
        category=row["category"],
        urgent=bool(row["urgent"]),
        title=row["title"] or "",
        description=row["description"] or "",
        channel=row["channel"] or "",
        district=row["district"] or "",
        address=row["address"] or "",
        citizen_name=row["citizen_name"] or "",
        citizen_phone=row["citizen_phone"] or "",
        accepted_at=row["accepted_at"],
        status=row["status"],
        closed_at=row["closed_at"],
        unit=unit,
        unit_name=names.get(unit, unit) if unit else "",
        returns=int(row["returns"]),
        transfers=int(row["transfers"]),
        shuffled=bool(row["shuffled"]),
        disputed=bool(row["disputed"]),
        escalated=bool(row["escalated"]),
        urges=int(row["urges"] or 0),
        version=int(row["version"] or 0),
        co_units=[(c, names.get(c, c)) for c in (row["co_units"] or [])],
        deadlines=deadlines,
        events=events,
        escalations=escalations,
        ladder=ladder_rungs(events, escalations),
        proposed=proposed,
    )
