"""Notifications as supervisors see them: the list, acknowledging, reading and snoozing.

Acknowledging (确认) is the center's: one supervisor acknowledges for every workstation,
and the row keeps who and when. Reading is each supervisor's own ("read up to" the
newest id seen). Snoozing a ticket is each supervisor's own too: no toast and no sound
for it until the time they chose. All of it is in the database, so it survives restarts.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, String, and_, delete, func, insert, select, type_coerce, update
from sqlalchemy.engine import Connection

from console.staff import role_in
from console.supervisors import clean_name
from db.engine import bump_seq, current_seq
from db.tables import NOTIFICATION_READS as R
from db.tables import NOTIFICATION_SNOOZES as S
from db.tables import NOTIFICATIONS as N
from db.tables import SUPERVISORS, in_chunks
from db.tables import UNITS as U


class NotificationRefused(Exception):
    """Refused by a rule (exit 1 on the command line); ``str()`` says which."""

    def __init__(self, code: str, message: str, **params: object) -> None:
        super().__init__(message)
        self.code = code
        self.params = params


@dataclass(frozen=True, slots=True)
class NotificationEntry:
    id: int
    kind: str
    level: str | None
    ticket: str | None
    deadline_kind: str | None
    deadline_n: int | None
    escalation: int | None
    unit: str | None
    unit_name: str
    title: str
    at: datetime
    raised_at: datetime
    message: str
    acknowledged_by: str | None
    acknowledged_at: datetime | None
    seq: int
    # False for a notification read in short at a big first load (its id, sort, ticket,
    # unit and acknowledgment only: title, message and when are read when it is shown)
    whole: bool = True

    @property
    def acknowledged(self) -> bool:
        return self.acknowledged_at is not None

    def to_json(self) -> dict[str, Any]:
        """The spec's fields (§6), times in ISO 8601 UTC."""
        deadline = (
            {"kind": self.deadline_kind, "n": self.deadline_n}
            if self.deadline_kind is not None
            else None
        )
        return {
            "id": self.id,
            "kind": self.kind,
            "level": self.level,
            "ticket": self.ticket,
            "deadline": deadline,
            "escalation": self.escalation,
            "at": self.at.isoformat(),
            "raised_at": self.raised_at.isoformat(),
            "message": self.message,
            "acknowledged_by": self.acknowledged_by,
            "acknowledged_at": self.acknowledged_at.isoformat() if self.acknowledged_at else None,
        }


def _select() -> Any:
    return select(N, func.coalesce(U.c.name, N.c.unit, "").label("unit_name")).outerjoin(
        U, U.c.code == N.c.unit
    )


def _entry(row: Any, same: dict[Any, Any] | None = None) -> NotificationEntry:
    """``same``: values already made, shared by the entries of one read. A console keeps a
    big center's notifications all day and the driver makes each kind, level, unit, title
    and sweep time anew: 247,000 kept 238 MB (325 MB at the peak), shared 140 MB (178)."""
    one = same.setdefault if same is not None else _itself
    return NotificationEntry(
        id=int(row.id), kind=one(row.kind, row.kind), level=one(row.level, row.level),
        ticket=one(row.ticket, row.ticket), deadline_kind=one(row.deadline_kind, row.deadline_kind),
        deadline_n=row.deadline_n, escalation=row.escalation, unit=one(row.unit, row.unit),
        unit_name=one(row.unit_name or "", row.unit_name or ""),
        title=one(row.title or "", row.title or ""), at=one(row.at, row.at),
        raised_at=one(row.raised_at, row.raised_at), message=row.message,
        acknowledged_by=one(row.acknowledged_by, row.acknowledged_by),
        acknowledged_at=row.acknowledged_at, seq=int(row.seq),
    )  # fmt: skip


def _itself(value: Any, _default: Any) -> Any:
    return value


def list_notifications(
    engine: Engine, *, unacknowledged: bool = False, limit: int | None = None
) -> list[NotificationEntry]:
    """Newest first (by when raised, then by id)."""
    query = _select().order_by(N.c.raised_at.desc(), N.c.id.desc())
    if unacknowledged:
        query = query.where(N.c.acknowledged_at.is_(None))
    if limit is not None:
        query = query.limit(limit)
    with engine.connect() as conn:
        return [_entry(r) for r in conn.execute(query)]


@dataclass(frozen=True, slots=True)
class NotificationChanges:
    """What changed since a change sequence: new or acknowledged notifications."""

    seq: int  # the sequence seen; ask again from here
    entries: tuple[NotificationEntry, ...]  # by id


FIRST_WHOLE = 2000  # the newest notifications a first load reads whole
GROUP_WHOLE = 100  # and the newest of each line (a sweep's kind and level) whole
BIG_CHANGE = 5_000  # changes from which most are read in short (a sweep after an import)


def changes_since(
    engine: Engine,
    seq: int,
    *,
    first_limit: int = FIRST_WHOLE,
    per_group: int = GROUP_WHOLE,
    big: int = BIG_CHANGE,
) -> NotificationChanges:
    """The notifications written since ``seq`` (all of them, oldest first). ``seq`` 0
    means "from scratch": then only the newest ``first_limit`` come, and every
    unacknowledged one besides (nothing that still needs someone is left out). Of a first
    load, and of more than ``big`` changes (a sweep after an import), only the newest
    ``first_limit`` and the newest ``per_group`` of each line (a sweep's kind and level)
    are read whole, the others in short (``whole`` False: their line, unit, ticket and
    acknowledgment; :func:`whole_entries` reads them when they are shown). A big center's
    first load was 95,000-113,000 whole notifications: 2.7 s of a worker's CPU, holding
    the interpreter's lock against the UI thread."""
    with engine.connect() as conn:
        head = current_seq(conn)
        if seq and head <= seq:
            return NotificationChanges(seq, ())
        if seq:
            which = and_(N.c.seq > seq, N.c.seq <= head)
            many = conn.execute(select(func.count()).where(which)).scalar() or 0
            if many <= big:
                rows = list(conn.execute(_select().where(which).order_by(N.c.id)))
                return NotificationChanges(head, tuple(_entry(r) for r in rows))
            newest = _select().where(which).order_by(N.c.id.desc()).limit(first_limit)
        else:
            which = N.c.acknowledged_at.is_(None)
            newest = _select().order_by(N.c.id.desc()).limit(first_limit)
        same: dict[Any, Any] = {}
        by_id = _in_short(conn, which, same)
        line = (N.c.raised_at, N.c.kind, N.c.level)
        rank = func.row_number().over(partition_by=line, order_by=N.c.id.desc())
        ranked = select(N.c.id, rank.label("rank")).where(which).subquery()
        heads = _select().where(N.c.id.in_(select(ranked.c.id).where(ranked.c.rank <= per_group)))
        for query in (heads, newest):
            by_id.update({int(r.id): _entry(r, same) for r in conn.execute(query)})
        return NotificationChanges(head, tuple(by_id[i] for i in sorted(by_id)))


def _in_short(conn: Connection, which: Any, same: dict[Any, Any]) -> dict[int, NotificationEntry]:
    """The notifications ``which`` selects, in short: what their line, the filters and
    the badges need. A sweep's time is made once (read as the driver gives it, then
    looked up: the column's own conversion, per row, was a third of the reading)."""
    raw = type_coerce(N.c.raised_at, String).label("raw")
    times = {
        r.raw: r.raised_at for r in conn.execute(select(N.c.raised_at, raw).where(which).distinct())
    }
    names: dict[str, str] = {r.code: r.name for r in conn.execute(select(U.c.code, U.c.name))}
    one: Any = same.setdefault
    found: dict[int, NotificationEntry] = {}
    query = select(
        N.c.id, N.c.kind, N.c.level, N.c.ticket, N.c.unit, raw,
        N.c.acknowledged_by, N.c.acknowledged_at, N.c.seq,
    ).where(which)  # fmt: skip
    for i, kind, level, ticket, unit, when, by, acked, at_seq in conn.execute(query):
        raised = times[when]
        name = names.get(unit, unit or "")
        found[i] = NotificationEntry(
            i, one(kind, kind), one(level, level), ticket, None, None, None, one(unit, unit),
            one(name, name), "", raised, raised, "", one(by, by), acked, int(at_seq), False,
        )  # fmt: skip
    return found


def whole_entries(engine: Engine, ids: Iterable[int]) -> tuple[NotificationEntry, ...]:
    """Notifications read whole by id (those a first load read in short, now shown)."""
    wanted = sorted(set(ids))
    with engine.connect() as conn:
        same: dict[Any, Any] = {}
        found = [
            _entry(r, same)
            for part in in_chunks(wanted)
            for r in conn.execute(_select().where(N.c.id.in_(part)))
        ]
    return tuple(sorted(found, key=lambda e: e.id))


@dataclass(frozen=True, slots=True)
class AckResult:
    acknowledged: tuple[int, ...]  # by this call
    before: tuple[tuple[int, str], ...]  # already acknowledged: (id, by whom)


def acknowledge(engine: Engine, actor: str, ids: Iterable[int], *, now: datetime) -> AckResult:
    """Acknowledge for the whole center. Refused (nothing written) when an id is unknown
    or the actor may not act; one already acknowledged keeps its first acknowledgment."""
    name = clean_name(actor)
    wanted = sorted(set(ids))
    if not name:
        raise NotificationRefused("bad_input", "a supervisor's name is needed (--as NAME)")
    if not wanted:
        raise NotificationRefused("bad_input", "no notification to acknowledge")
    with engine.begin() as conn:
        _check_actor(conn, name)
        seq = bump_seq(conn)
        found = {
            int(r.id): r.acknowledged_by
            for part in in_chunks(wanted)
            for r in conn.execute(select(N.c.id, N.c.acknowledged_by).where(N.c.id.in_(part)))
        }
        unknown = [i for i in wanted if i not in found]
        if unknown:
            raise NotificationRefused(
                "unknown_notification",
                f"no notification {', '.join(map(str, unknown))}",
                ids=unknown,
            )
        todo = [i for i in wanted if found[i] is None]
        for part in in_chunks(todo):
            conn.execute(
                update(N)
                .where(N.c.id.in_(part), N.c.acknowledged_at.is_(None))
                .values(acknowledged_by=name, acknowledged_at=now, seq=seq)
            )
    before = tuple((i, str(found[i])) for i in wanted if found[i] is not None)
    return AckResult(tuple(todo), before)


def _check_actor(conn: Connection, name: str) -> None:
    """Only a supervisor acknowledges for the center: not a viewer, and not a name the
    staff list does not know — once the center keeps one (on a fresh database, before
    any staff is listed, the name is taken as given)."""
    role = role_in(conn, name)
    if role == "viewer":
        raise NotificationRefused("viewer", f"{name} is a viewer and cannot acknowledge")
    if role is None and conn.execute(select(SUPERVISORS.c.name).limit(1)).first() is not None:
        raise NotificationRefused(
            "unknown_supervisor", f"{name} is not on the staff list", name=name
        )


def read_up_to(engine: Engine, supervisor: str) -> int:
    with engine.connect() as conn:
        value = conn.execute(select(R.c.read_up_to).where(R.c.supervisor == supervisor)).scalar()
    return int(value or 0)


def mark_read(engine: Engine, supervisor: str, up_to: int, *, now: datetime) -> None:
    """``supervisor`` has seen every notification up to id ``up_to`` (never backwards).
    Reading is private: it does not move the change sequence other consoles follow."""
    with engine.begin() as conn:
        done = conn.execute(
            update(R)
            .where(R.c.supervisor == supervisor, R.c.read_up_to < up_to)
            .values(read_up_to=up_to, read_at=now)
        ).rowcount
        if not done:
            known = conn.execute(select(R.c.supervisor).where(R.c.supervisor == supervisor))
            if known.first() is None:
                conn.execute(insert(R).values(supervisor=supervisor, read_up_to=up_to, read_at=now))


def snooze(engine: Engine, supervisor: str, ticket: str, until: datetime) -> None:
    """No toast or sound for ``ticket``'s notifications at ``supervisor``'s console
    until ``until`` (they still appear in the center)."""
    with engine.begin() as conn:
        conn.execute(delete(S).where(S.c.supervisor == supervisor, S.c.ticket == ticket))
        conn.execute(insert(S).values(supervisor=supervisor, ticket=ticket, until=until))


def unsnooze(engine: Engine, supervisor: str, ticket: str) -> None:
    with engine.begin() as conn:
        conn.execute(delete(S).where(S.c.supervisor == supervisor, S.c.ticket == ticket))


def snoozed(engine: Engine, supervisor: str, now: datetime) -> dict[str, datetime]:
    """The tickets ``supervisor`` has snoozed, still in force at ``now``."""
    with engine.connect() as conn:
        query = select(S.c.ticket, S.c.until).where(S.c.supervisor == supervisor, S.c.until > now)
        return {r.ticket: r.until for r in conn.execute(query)}
