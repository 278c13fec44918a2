"""A ticket's life, event by event: state, deadlines, shuffled and disputed flags.

Pure functions over plain objects: the importer applies them to the stored tickets, the
report replays them to see a ticket as it was at an earlier time.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from console.feed import FeedError, FeedEvent, parse_time
from console.policy import Policy


class Rejected(FeedError):
    """An event that the ticket's state forbids."""


@dataclass(slots=True)
class TrackedDeadline:
    """A deadline as the life cycle changes it, remembering what to write back."""

    n: int
    kind: str
    unit: str | None
    clock: str
    started_at: datetime
    due_at: datetime
    warn_at: datetime
    crit_at: datetime
    policy: str
    status: str = "open"  # open | met | ended
    met_at: datetime | None = None
    ended_at: datetime | None = None
    late: bool = False
    # the unit the ticket was at when the deadline was met (None at the center): whom an
    # assessment credits with a reply
    met_unit: str | None = None
    dirty: bool = True  # changed since loaded: needs writing
    new: bool = True  # not yet in the database
    rescheduled: bool = False  # its due time was extended since loaded

    def meet(self, at: datetime, unit: str | None) -> None:
        self.status, self.met_at, self.late, self.dirty = "met", at, at > self.due_at, True
        self.met_unit = unit

    def end(self, at: datetime) -> None:
        self.status, self.ended_at, self.late, self.dirty = "ended", at, at > self.due_at, True


@dataclass(slots=True)
class TrackedTicket:
    """A ticket as the life cycle changes it, event by event, remembering what to write
    back (``new``, ``moved``; each deadline's ``dirty``)."""

    number: str
    category: str
    urgent: bool
    title: str
    accepted_at: datetime
    last_event_at: datetime
    description: str | None = None
    channel: str = "phone"
    district: str | None = None
    address: str | None = None
    citizen_name: str | None = None
    citizen_phone: str | None = None
    status: str = "open"
    closed_at: datetime | None = None
    unit: str | None = None
    last_unit: str | None = None
    co_units: list[str] = field(default_factory=list)
    returns: int = 0
    transfers: int = 0
    units_sent: list[str] = field(default_factory=list)
    units_left: list[str] = field(default_factory=list)
    jurisdiction_returners: list[str] = field(default_factory=list)
    shuffled: bool = False
    disputed: bool = False
    marked_disputed: bool = False
    shuffled_at: datetime | None = None  # when each flag first went up
    disputed_at: datetime | None = None
    escalated: bool = False
    # the latest return visit's rating since the ticket was last closed
    rating: str | None = None
    urges: int = 0
    deadline_count: int = 0
    version: int = 1
    # open deadlines, plus any touched since loading (closed ones are never reloaded)
    deadlines: list[TrackedDeadline] = field(default_factory=list)
    new: bool = True
    # a dispatch, return or transfer happened since the last write: the unit columns and
    # flags need writing too, not just status and times
    moved: bool = False

    def open_deadlines(self) -> list[TrackedDeadline]:
        return [d for d in self.deadlines if d.status == "open"]


@dataclass(slots=True)
class UnitSeen:
    """A unit named by an event: its name and kind when the event gives them."""

    code: str
    name: str | None = None
    kind: str | None = None


def _start_deadline(
    t: TrackedTicket, kind: str, unit: str | None, timing: Any, policy: Policy
) -> None:
    t.deadline_count += 1
    t.deadlines.append(
        TrackedDeadline(
            n=t.deadline_count,
            kind=kind,
            unit=unit,
            clock=timing.clock,
            started_at=timing.started_at,
            due_at=timing.due_at,
            warn_at=timing.warn_at,
            crit_at=timing.crit_at,
            policy=policy.key,
        )
    )


def create(ev: FeedEvent, policy: Policy) -> TrackedTicket:
    d = ev.data
    citizen = d.get("citizen") or {}
    t = TrackedTicket(
        number=ev.ticket,
        category=d["category"],
        urgent=bool(d.get("urgent", False)),
        title=d["title"],
        accepted_at=ev.at,
        last_event_at=ev.at,
        description=d.get("description"),
        channel=d.get("channel", "phone"),
        district=d.get("district"),
        address=d.get("address"),
        citizen_name=citizen.get("name"),
        citizen_phone=citizen.get("phone"),
    )
    if d.get("reply_due") is not None:
        due = parse_time(d["reply_due"], "reply_due", policy.tz)
        _start_deadline(t, "reply", None, policy.wall_timing(ev.at, due), policy)
    for rule in policy.rules_for("accepted", t.category, t.urgent):
        if rule.kind == "reply" and (d.get("reply_due") is not None or t.category == "praise"):
            continue
        unit = None if rule.kind == "reply" else t.unit
        _start_deadline(t, rule.kind, unit, policy.timing(ev.at, rule.limit), policy)
    return t


def _end_unit_deadlines(t: TrackedTicket, at: datetime) -> None:
    """A dispatch, transfer or return ends the previous unit's sign / on-site clocks."""
    for dl in t.deadlines:
        if dl.status == "open" and dl.kind != "reply":
            dl.end(at)


def _send_to(t: TrackedTicket, unit: str, at: datetime, policy: Policy) -> None:
    _end_unit_deadlines(t, at)
    if unit in t.units_left:
        t.shuffled = t.shuffled or policy.shuffled_back_to_unit
    if unit not in t.units_sent:
        t.units_sent.append(unit)
    t.unit = t.last_unit = unit
    for rule in policy.rules_for("dispatch", t.category, t.urgent):
        _start_deadline(t, rule.kind, unit, policy.timing(at, rule.limit), policy)


def _meet(t: TrackedTicket, kind: str, unit: str | None, at: datetime) -> None:
    for dl in t.deadlines:
        if dl.status == "open" and dl.kind == kind and (unit is None or dl.unit in (None, unit)):
            dl.meet(at, t.unit)


def _recount_flags(t: TrackedTicket, policy: Policy) -> None:
    if t.returns >= policy.shuffled_returns:
        t.shuffled = True
    if len(t.units_sent) >= policy.shuffled_distinct_units:
        t.shuffled = True
    t.disputed = t.marked_disputed or (
        len(t.jurisdiction_returners) >= policy.disputed_jurisdiction_returns
    )


def _holder_check(t: TrackedTicket, unit: str, what: str) -> None:
    if t.unit is None:
        raise Rejected(f"{unit} cannot {what}: the ticket is not with any unit now")
    if unit != t.unit and unit not in t.co_units:
        raise Rejected(f"{unit} cannot {what}: the ticket is with {t.unit}")


def apply(t: TrackedTicket, ev: FeedEvent, policy: Policy, units: dict[str, UnitSeen]) -> None:
    """Apply one event to an existing ticket, or raise :class:`Rejected`."""
    d = ev.data
    kind = ev.kind
    if kind == "created":
        raise Rejected(f"ticket {t.number} was already created")
    if ev.at < t.accepted_at:
        raise Rejected(
            f"the event is dated before ticket {t.number} was created "
            f"({t.accepted_at.astimezone(policy.tz).isoformat()})"
        )
    if kind == "rated":
        if t.status != "closed":
            raise Rejected(
                f"ticket {t.number} is open; a rating (return visit) is of a closed ticket"
            )
        t.rating = d["rating"]
    elif t.status == "closed" and kind != "reopened":
        raise Rejected(f"ticket {t.number} is closed; a {kind} event needs it reopened first")
    if kind == "dispatched":
        unit = d["unit"]
        _note_unit(units, unit, d.get("unit_name"), d.get("unit_kind"))
        for co in d.get("co_units") or []:
            _note_unit(units, co, None, None)
        _send_to(t, unit, ev.at, policy)
        t.co_units = [c for c in (d.get("co_units") or []) if c != unit]
    elif kind == "signed":
        _holder_check(t, d["unit"], "sign for it")
        _meet(t, "sign", d["unit"], ev.at)
    elif kind == "onsite":
        _holder_check(t, d["unit"], "be on site for it")
        _meet(t, "onsite", d["unit"], ev.at)
    elif kind == "replied":
        _note_unit(units, d["unit"], None, None)
        _meet(t, "reply", None, ev.at)
    elif kind == "closed":
        for dl in t.deadlines:
            if dl.status == "open":
                dl.meet(ev.at, t.unit)
        t.status, t.closed_at = "closed", ev.at
    elif kind == "reopened":
        if t.status != "closed":
            raise Rejected(f"ticket {t.number} is open; only a closed ticket can be reopened")
        t.status, t.closed_at = "open", None
        t.rating = None  # the visit judged the earlier closing, not the one to come
    elif kind == "returned":
        unit = d["unit"]
        if t.unit is None:
            raise Rejected(f"{unit} cannot return it: the ticket is not with any unit now")
        if unit != t.unit:
            raise Rejected(f"{unit} cannot return it: the ticket is with {t.unit}")
        _end_unit_deadlines(t, ev.at)
        t.returns += 1
        if unit not in t.units_left:
            t.units_left.append(unit)
        if d["reason"] == "jurisdiction" and unit not in t.jurisdiction_returners:
            t.jurisdiction_returners.append(unit)
        t.unit = None
        t.co_units = []
    elif kind == "transferred":
        src, dst = d["from"], d["to"]
        if t.unit is not None and src != t.unit:
            raise Rejected(f"cannot transfer from {src}: the ticket is with {t.unit}")
        _note_unit(units, src, None, None)
        _note_unit(units, dst, d.get("to_name"), None)
        t.transfers += 1
        if src not in t.units_left:
            t.units_left.append(src)
        _send_to(t, dst, ev.at, policy)
        t.co_units = []
    if kind in ("dispatched", "returned", "transferred"):
        t.moved = True
        _recount_flags(t, policy)
        # the notification sweep says when a flag went up
        if t.shuffled and t.shuffled_at is None:
            t.shuffled_at = ev.at
        if t.disputed and t.disputed_at is None:
            t.disputed_at = ev.at
    if ev.at > t.last_event_at:
        t.last_event_at = ev.at


# --- supervisors' actions that change a ticket's life (console.actions records them) ---
# (kind of the audit event, written by console.actions, replayed by console.replay)
URGED = "urged"
MARKED_DISPUTED = "marked_disputed"
CLEARED_DISPUTED = "cleared_disputed"
COORDINATED = "coordinated"
EXTENDED = "extended"


def coordinate(
    t: TrackedTicket, lead: str, co_units: list[str], at: datetime, policy: Policy
) -> None:
    """The center rules on a dispute: the ticket goes to ``lead`` (主办) with
    ``co_units`` (协办), exactly as a ``dispatched`` feed event would send it."""
    _send_to(t, lead, at, policy)
    t.co_units = [c for c in dict.fromkeys(co_units) if c != lead]
    t.moved = True
    _recount_flags(t, policy)
    _flags_went_up(t, at)


def extend(t: TrackedTicket, kind: str, until: datetime, policy: Policy) -> list[TrackedDeadline]:
    """Move the open deadline(s) of ``kind`` to ``until``; their warning and critical
    moments keep their shares of the (longer) window, counted on the deadline's own clock
    (working time for a limit in working days, as the spec's states are). Raises
    :class:`Rejected` when there is none open or ``until`` is not later than a due time."""
    targets = [d for d in t.deadlines if d.status == "open" and d.kind == kind]
    if not targets:
        raise Rejected(f"ticket {t.number} has no open {kind} deadline")
    for d in targets:
        if until <= d.due_at:
            raise Rejected(f"the {kind} deadline is due {d.due_at.isoformat()}: not later")
    for d in targets:
        d.due_at = until
        if d.clock == "working":
            cal = policy.calendar
            work = cal.working_seconds(d.started_at, until)
            d.warn_at = cal.add_working_time(d.started_at, work * policy.warning_share)
            d.crit_at = cal.add_working_time(d.started_at, work * policy.critical_share)
        else:
            span = until - d.started_at
            d.warn_at = d.started_at + span * policy.warning_share
            d.crit_at = d.started_at + span * policy.critical_share
        d.dirty = d.rescheduled = True
    return targets


def mark_disputed(t: TrackedTicket, marked: bool, at: datetime, policy: Policy) -> None:
    t.marked_disputed = marked
    _recount_flags(t, policy)
    _flags_went_up(t, at)


def _flags_went_up(t: TrackedTicket, at: datetime) -> None:
    """Remember when the shuffled / disputed flags first went up (for notifications)."""
    if t.shuffled and t.shuffled_at is None:
        t.shuffled_at = at
    if t.disputed and t.disputed_at is None:
        t.disputed_at = at


def apply_action(
    t: TrackedTicket, kind: str, data: dict[str, Any], at: datetime, policy: Policy
) -> None:
    """Replay one recorded supervisor action (an audit event whose source is "action").
    Actions that change nothing of the ticket's life (notes, escalations) are skipped."""
    if kind == URGED:
        t.urges += 1
    elif kind in (MARKED_DISPUTED, CLEARED_DISPUTED):
        mark_disputed(t, kind == MARKED_DISPUTED, at, policy)
    elif kind == COORDINATED:
        coordinate(t, str(data["lead"]), [str(c) for c in data.get("co_units") or []], at, policy)
    elif kind == EXTENDED:
        extend(t, str(data["deadline"]), parse_time(str(data["until"]), "until", policy.tz), policy)


def _note_unit(units: dict[str, UnitSeen], code: str, name: str | None, kind: str | None) -> None:
    seen = units.get(code)
    if seen is None:
        units[code] = UnitSeen(code, name, kind)
        return
    if name:
        seen.name = name
    if kind:
        seen.kind = kind
