"""Typed SQLAlchemy models: the center's tickets, their deadlines and the audit trail.

All times are stored in UTC (timezone-aware on the Python side). Every write bumps the
single change counter (``change_counter``) and stamps the rows it touched with the new
value in ``seq``, so a console can ask "what changed since N" and get it incrementally.
"""

from __future__ import annotations

from datetime import UTC, datetime

from sqlalchemy import (
    JSON,
    BigInteger,
    Boolean,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    TypeDecorator,
)
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column


class UTCDateTime(TypeDecorator[datetime]):
    """A DateTime that always comes back timezone-aware in UTC.

    SQLite keeps no offset, PostgreSQL does; this makes both look the same to our code.
    """

    impl = DateTime(timezone=True)
    cache_ok = True

    def process_bind_param(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database; times must be aware")
        value = value.astimezone(UTC)
        if dialect.name == "sqlite":
            return value.replace(tzinfo=None)
        return value

    def process_result_value(self, value: datetime | None, dialect: Dialect) -> datetime | None:
        if value is None:
            return None
        if value.tzinfo is None:
            return value.replace(tzinfo=UTC)
        return value.astimezone(UTC)


class Base(DeclarativeBase):
    pass


class ChangeCounter(Base):
    """One row: the center-wide change sequence. Writers take its row lock first, so
    sequence numbers become visible in order on PostgreSQL too."""

    __tablename__ = "change_counter"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Unit(Base):
    """A responsible unit (承办单位): department, district, grid worker or emergency team."""

    __tablename__ = "units"
    code: Mapped[str] = mapped_column(String(64), primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    kind: Mapped[str | None] = mapped_column(String(20), nullable=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class Ticket(Base):
    """A ticket (工单) as it stands after every imported event and supervisor action."""

    __tablename__ = "tickets"
    number: Mapped[str] = mapped_column(String(64), primary_key=True)
    category: Mapped[str] = mapped_column(String(20))
    urgent: Mapped[bool] = mapped_column(Boolean, default=False)
    title: Mapped[str] = mapped_column(Text, default="")
    description: Mapped[str | None] = mapped_column(Text, nullable=True)
    channel: Mapped[str] = mapped_column(String(20), default="phone")
    district: Mapped[str | None] = mapped_column(String(100), nullable=True)
    address: Mapped[str | None] = mapped_column(Text, nullable=True)
    citizen_name: Mapped[str | None] = mapped_column(String(100), nullable=True)
    citizen_phone: Mapped[str | None] = mapped_column(String(40), nullable=True)
    accepted_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | closed
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # current lead unit (None while the ticket is back at the center after a return)
    unit: Mapped[str | None] = mapped_column(ForeignKey("units.code"), nullable=True)
    # the unit it was last sent to, kept after a return: it owns the ticket when closed
    last_unit: Mapped[str | None] = mapped_column(ForeignKey("units.code"), nullable=True)
    co_units: Mapped[list[str]] = mapped_column(JSON, default=list)
    returns: Mapped[int] = mapped_column(Integer, default=0)
    transfers: Mapped[int] = mapped_column(Integer, default=0)
    units_sent: Mapped[list[str]] = mapped_column(JSON, default=list)
    units_left: Mapped[list[str]] = mapped_column(JSON, default=list)
    jurisdiction_returners: Mapped[list[str]] = mapped_column(JSON, default=list)
    shuffled: Mapped[bool] = mapped_column(Boolean, default=False)
    disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    marked_disputed: Mapped[bool] = mapped_column(Boolean, default=False)
    # when the shuffled / disputed flag first went up (the event's time)
    shuffled_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    disputed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # an escalation to an office is open or acknowledged (kept by console.actions)
    escalated: Mapped[bool] = mapped_column(Boolean, default=False)
    urges: Mapped[int] = mapped_column(Integer, default=0, server_default="0")  # 催办 count
    # the latest return visit's (回访) rating since the ticket was last closed
    rating: Mapped[str | None] = mapped_column(String(12), nullable=True)
    deadline_count: Mapped[int] = mapped_column(Integer, default=0)
    last_event_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # optimistic lock for supervisors acting at once on one ticket: every import batch
    # and every action that changes the ticket moves it on
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)

    __table_args__ = (
        Index("ix_tickets_status_unit", "status", "unit"),
        # a repeated complaint counts a citizen's tickets of a category (§8)
        Index("ix_tickets_phone_category", "citizen_phone", "category", "accepted_at"),
    )


class Deadline(Base):
    """One obligation of a ticket (sign, on site, reply) with its absolute times.

    ``warn_at`` and ``crit_at`` are the instants its window reaches the policy's warning
    and critical shares, computed on the deadline's own clock when it was started, so a
    state needs only comparisons at paint time.
    """

    __tablename__ = "deadlines"
    ticket: Mapped[str] = mapped_column(
        ForeignKey("tickets.number", ondelete="CASCADE"), primary_key=True
    )
    n: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(10))  # sign | onsite | reply
    unit: Mapped[str | None] = mapped_column(String(64), nullable=True)
    clock: Mapped[str] = mapped_column(String(10))  # wall | working
    started_at: Mapped[datetime] = mapped_column(UTCDateTime)
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    warn_at: Mapped[datetime] = mapped_column(UTCDateTime)
    crit_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[str] = mapped_column(String(10), default="open")  # open | met | ended
    met_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    ended_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    late: Mapped[bool] = mapped_column(Boolean, default=False)
    # the ticket's unit when the deadline was met: whom the assessment credits with it
    met_unit: Mapped[str | None] = mapped_column(String(64), nullable=True)
    policy: Mapped[str] = mapped_column(String(100))

    # the sweep finds the deadlines crossing a line since its last look by these three
    __table_args__ = (
        Index("ix_deadlines_open_due", "status", "due_at"),
        Index("ix_deadlines_open_warn", "status", "warn_at"),
        Index("ix_deadlines_open_crit", "status", "crit_at"),
    )


class TicketEvent(Base):
    """The append-only audit trail: feed events and supervisor actions, never updated."""

    __tablename__ = "ticket_events"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    ticket: Mapped[str] = mapped_column(ForeignKey("tickets.number", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(20))
    at: Mapped[datetime] = mapped_column(UTCDateTime)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    actor: Mapped[str] = mapped_column(String(100))  # "feed" or the supervisor's name
    # where the event comes from: "feed" (a feed line) or "action" (a supervisor's action)
    source: Mapped[str] = mapped_column(String(10), default="feed", server_default="feed")
    unit: Mapped[str | None] = mapped_column(String(64), nullable=True)
    # feed events: the event id, or a hash of the whole line when it has none
    event_key: Mapped[str | None] = mapped_column(String(128), nullable=True, unique=True)
    policy: Mapped[str | None] = mapped_column(String(100), nullable=True)
    # the feed line as received, or the action's details, as JSON text
    payload: Mapped[str] = mapped_column(Text)
    # a `rated` event's answer (satisfied | basic | unsatisfied), for counting in SQL
    rating: Mapped[str | None] = mapped_column(String(12), nullable=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)

    __table_args__ = (
        Index("ix_ticket_events_ticket", "ticket", "id"),
        Index("ix_ticket_events_at", "at"),
    )


class Policy(Base):
    """A policy as it was in force when it started deadlines (kept for replays)."""

    __tablename__ = "policies"
    key: Mapped[str] = mapped_column(String(100), primary_key=True)  # name@hash
    name: Mapped[str] = mapped_column(String(100))
    source: Mapped[str] = mapped_column(Text)  # the TOML text
    first_used_at: Mapped[datetime] = mapped_column(UTCDateTime)


class Supervisor(Base):
    """A supervisor on duty (督办员 / 值班长); signs every action."""

    __tablename__ = "supervisors"
    name: Mapped[str] = mapped_column(String(100), primary_key=True)
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    last_seen_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    # supervisor (acts) | viewer (sees only)
    role: Mapped[str] = mapped_column(String(12), default="supervisor", server_default="supervisor")


class Escalation(Base):
    """An escalation (督办) to an outside office, open → acknowledged → resolved/withdrawn."""

    __tablename__ = "escalations"
    id: Mapped[int] = mapped_column(Integer, primary_key=True, autoincrement=True)
    ticket: Mapped[str] = mapped_column(ForeignKey("tickets.number", ondelete="CASCADE"))
    office: Mapped[str] = mapped_column(String(30))  # discipline | organization | supervision
    reason: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(15), default="open")
    created_by: Mapped[str] = mapped_column(ForeignKey("supervisors.name"))
    created_at: Mapped[datetime] = mapped_column(UTCDateTime)
    # the office's response deadline (its response time in working days from created_at)
    due_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    unit: Mapped[str | None] = mapped_column(String(64), nullable=True)  # ticket's unit then
    note: Mapped[str | None] = mapped_column(Text, nullable=True)  # the supervisor's note
    reply: Mapped[str | None] = mapped_column(Text, nullable=True)  # the office's reply
    replied_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100), nullable=True)  # recorded it
    closed_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    closed_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    outcome: Mapped[str | None] = mapped_column(Text, nullable=True)
    version: Mapped[int] = mapped_column(Integer, default=1)
    seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)

    __table_args__ = (
        Index("ix_escalations_ticket", "ticket", "office"),
        # the notification sweep finds escalations whose office's due time passed
        Index("ix_escalations_open_due", "status", "due_at"),
        # escalations open at a moment (console.board.escalations_open): two index ranges
        Index("ix_escalations_closed_created", "closed_at", "created_at"),
    )


class Notification(Base):
    """A notification raised by a sweep (``console.notify_sweep``), once for the center.

    ``key`` names what it is about (``deadline:T1:2:overdue``, ``shuffled:T1``,
    ``office_overdue:7``…) and is unique, so workstations sweeping at once cannot raise
    one twice. Acknowledging is the center's (who and when); reading is each
    supervisor's own (``NotificationRead``).
    """

    __tablename__ = "notifications"
    id: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    key: Mapped[str] = mapped_column(String(200), unique=True)
    kind: Mapped[str] = mapped_column(String(20))  # deadline | shuffled | disputed | …
    level: Mapped[str | None] = mapped_column(String(10), nullable=True)
    ticket: Mapped[str | None] = mapped_column(
        ForeignKey("tickets.number", ondelete="CASCADE"), nullable=True
    )
    deadline_kind: Mapped[str | None] = mapped_column(String(10), nullable=True)
    deadline_n: Mapped[int | None] = mapped_column(Integer, nullable=True)
    escalation: Mapped[int | None] = mapped_column(Integer, nullable=True)
    unit: Mapped[str | None] = mapped_column(String(64), nullable=True)  # the ticket's, then
    title: Mapped[str] = mapped_column(Text, default="")  # the ticket's title, then
    at: Mapped[datetime] = mapped_column(UTCDateTime)  # when the thing happened
    raised_at: Mapped[datetime] = mapped_column(UTCDateTime)
    message: Mapped[str] = mapped_column(Text)
    acknowledged_by: Mapped[str | None] = mapped_column(String(100), nullable=True)
    acknowledged_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0, index=True)

    __table_args__ = (Index("ix_notifications_ticket_kind", "ticket", "kind"),)


class NotificationSweep(Base):
    """One row: how far the center's sweeps have looked (time and change sequence);
    ``swept_at`` is empty until the first sweep."""

    __tablename__ = "notification_sweeps"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    swept_at: Mapped[datetime | None] = mapped_column(UTCDateTime, nullable=True)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)


class NotificationRead(Base):
    """Each supervisor's own "read up to": the newest notification id they have seen."""

    __tablename__ = "notification_reads"
    supervisor: Mapped[str] = mapped_column(String(100), primary_key=True)
    read_up_to: Mapped[int] = mapped_column(BigInteger, default=0)
    read_at: Mapped[datetime] = mapped_column(UTCDateTime)


class NotificationSnooze(Base):
    """A supervisor snoozed a ticket's notifications (no toast, no sound) until a time."""

    __tablename__ = "notification_snoozes"
    supervisor: Mapped[str] = mapped_column(String(100), primary_key=True)
    ticket: Mapped[str] = mapped_column(
        ForeignKey("tickets.number", ondelete="CASCADE"), primary_key=True
    )
    until: Mapped[datetime] = mapped_column(UTCDateTime)


def utcnow() -> datetime:
    return datetime.now(UTC)


class FeedReject(Base):
    """A feed event the ticket's state forbade when it was imported. Remembered so that a
    re-run of the same file judges it the same way, whatever was imported after it (an
    out-of-order feed must not change the data on its second run)."""

    __tablename__ = "feed_rejects"
    event_key: Mapped[str] = mapped_column(String(128), primary_key=True)
    ticket: Mapped[str] = mapped_column(String(64))
    reason: Mapped[str] = mapped_column(Text)
    recorded_at: Mapped[datetime] = mapped_column(UTCDateTime)
    seq: Mapped[int] = mapped_column(BigInteger, default=0)
