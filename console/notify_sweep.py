"""The notification sweep (通知巡检): what crossed a line since the center last looked.

A sweep at time T raises, once for the whole center (spec §6):
- ``deadline``: an open deadline in state warning, critical or overdue at T, at that
  level, unless the same or a worse level was raised for it before — so a console that
  was closed while a deadline went from ok to overdue raises one ``overdue``, not three;
- ``shuffled`` / ``disputed``: once per open ticket, when its flag is first seen;
- ``office_overdue``: once per escalation past its office's due time (neither resolved
  nor withdrawn);
- ``proposal``: once per appearance of a proposal of the escalation ladder (§8; a step
  dismissed or settled that comes back with a new situation is a new appearance).

Cost follows the crossings, not the open tickets: the center keeps a watermark (the time
and change sequence the sweeps have looked up to, ``notification_sweeps``). A sweep reads
only the deadlines whose warn, critical or due time falls between the watermark and T
(three index ranges), plus what was written since the watermark's sequence (new tickets
and deadlines, flags, extensions, escalations). The ladder's proposals are computed only
for those written tickets and for the tickets whose time-driven step fell due in the
window (``console.ladder_crossings``: one index range per step). Several workstations
may sweep at once: writes start by taking the change counter's lock, and each
notification has a unique key.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo
from typing import Any

from sqlalchemy import Engine, and_, bindparam, case, insert, literal, select, union_all, update
from sqlalchemy.engine import Connection
from sqlalchemy.sql import ColumnElement

from console.day_end import due_text
from console.ladder import Proposal, proposals_on
from console.ladder_kept import moved_tickets
from console.policy import Policy
from console.states import State, deadline_state
from console.vocabulary import NOTIFICATION_LEVELS
from db.engine import bump_seq
from db.tables import CHANGE_COUNTER, in_chunks
from db.tables import DEADLINES as D
from db.tables import ESCALATIONS as X
from db.tables import NOTIFICATION_SWEEPS as W
from db.tables import NOTIFICATIONS as N
from db.tables import TICKETS as T
from db.tables import UNITS as U

log = logging.getLogger(__name__)

_LEVEL_RANK = {level: rank for rank, level in enumerate(NOTIFICATION_LEVELS, start=1)}
_TITLE_MAX = 60  # of the ticket's title in a message


@dataclass(frozen=True, slots=True)
class Raise:
    """A notification the sweep wants to raise (not yet stored)."""

    key: str
    kind: str
    level: str | None
    ticket: str | None
    deadline_kind: str | None
    deadline_n: int | None
    escalation: int | None
    unit: str | None
    title: str
    at: datetime
    message: str


@dataclass(frozen=True, slots=True)
class SweepResult:
    raised: tuple[int, ...]  # ids of the notifications this sweep raised, oldest first
    examined: int  # deadlines, tickets and escalations looked at
    seq: int  # the change sequence of the write, 0 when nothing was raised


def deadline_key(ticket: str, n: int, level: str) -> str:
    return f"deadline:{ticket}:{n}:{level}"


def flag_key(kind: str, ticket: str) -> str:
    return f"{kind}:{ticket}"


def sweep(engine: Engine, now: datetime, policy: Policy) -> SweepResult:
    """One sweep at ``now`` under ``policy`` (its time zone for messages, its ladder for
    proposals): raise what crossed a line since the watermark."""
    # one connection, two transactions: the reading one ends before the writing one
    # begins, so on SQLite the write never has to upgrade a stale read snapshot
    with engine.connect() as conn:
        mark = conn.execute(_MARK).one()
        since_at: datetime | None = mark.swept_at  # None: never swept
        since_seq, head = int(mark.seq), int(mark.head)
        found = _candidates(conn, now, since_at, since_seq, head, policy)
        conn.commit()
        examined = len(found.seen)
        new_at = now if since_at is None or now > since_at else since_at
        if not examined:
            # nothing found is still looked at: the watermark moves, else every sweep
            # until one finds something is the first ever (every open ticket read) or
            # reads a window grown since the last find
            if new_at != since_at or head > since_seq:
                _move_watermark(conn, new_at, head)
                conn.commit()
            return SweepResult((), 0, 0)
        seq = 0
        ids: tuple[int, ...] = ()
        if found.wanted:
            seq = bump_seq(conn)  # also serializes sweeps of several workstations
            fresh = _not_yet_raised(conn, found.wanted)
            if fresh:
                ids = _insert(conn, fresh, now, seq)
        _move_watermark(conn, new_at, head)
        conn.commit()
    if ids:
        log.info("sweep at %s raised %d notifications", now.isoformat(), len(ids))
    return SweepResult(ids, examined, seq if ids else 0)


@dataclass
class _Found:
    wanted: list[Raise]
    seen: set[str]


def _candidates(
    conn: Connection,
    now: datetime,
    since_at: datetime | None,
    since_seq: int,
    head: int,
    policy: Policy,
) -> _Found:
    tz = policy.tz
    found = _Found([], set())
    deadline_rows = list(_crossed_deadlines(conn, now, since_at))
    changed = (
        _changed_tickets(conn, since_seq, head) if since_at is not None else _flagged_tickets(conn)
    )
    changed_numbers = [r.number for r in changed]
    for part in in_chunks(changed_numbers):
        query = _deadline_select().where(D.c.ticket.in_(part))
        deadline_rows.extend(conn.execute(query))
    done: set[tuple[str, int]] = set()
    for row in deadline_rows:
        if (row.ticket, row.n) in done:
            continue
        done.add((row.ticket, row.n))
        found.seen.add(f"d:{row.ticket}:{row.n}")
        state = deadline_state(now, row.warn_at, row.crit_at, row.due_at)
        if state is State.OK:
            continue
        found.wanted.append(_deadline_raise(row, state, tz))
    for row in changed:
        found.seen.add(f"t:{row.number}")
        if row.shuffled:
            found.wanted.append(_flag_raise(row, "shuffled"))
        if row.disputed:
            found.wanted.append(_flag_raise(row, "disputed"))
    found.wanted.extend(_office_overdue(conn, now, since_at, since_seq, head, found.seen, tz))
    found.wanted.extend(_proposals(conn, now, since_at, changed_numbers, found.seen, policy))
    return found


def _proposals(
    conn: Connection,
    now: datetime,
    since_at: datetime | None,
    changed: Sequence[str],
    seen: set[str],
    policy: Policy,
) -> list[Raise]:
    """The ladder's proposals open at ``now`` among the tickets whose situation moved
    since the watermark: written since (a bounce, a dispute, a new ticket of a citizen),
    sharing a citizen phone and category with one written (a repeated complaint), or a
    step falling due in the window. The first sweep ever looks at every ticket."""
    if not policy.ladder:
        return []
    only: set[str] | None = None
    if since_at is not None:
        only = moved_tickets(conn, policy, changed, since_at, now)
        if not only:
            return []
    found = proposals_on(conn, policy, now, only)
    seen.update(f"t:{n}" for n in (only if only is not None else {p.ticket for p in found}))
    return [_proposal_raise(p) for p in found]


def _proposal_raise(p: Proposal) -> Raise:
    return Raise(
        key=p.key,
        kind="proposal",
        level=None,
        ticket=p.ticket,
        deadline_kind=None,
        deadline_n=None,
        escalation=None,
        unit=p.unit,
        title=p.title,
        at=p.since.astimezone(UTC),
        message=f"Proposed: {p.message} — {_short(p.title)}"
        if p.title
        else f"Proposed: {p.message}",
    )


def _deadline_select() -> Any:
    return (
        select(
            D.c.ticket,
            D.c.n,
            D.c.kind,
            D.c.warn_at,
            D.c.crit_at,
            D.c.due_at,
            T.c.unit,
            T.c.title,
            U.c.name.label("unit_name"),
        )  # fmt: skip
        .join(T, T.c.number == D.c.ticket)
        .outerjoin(U, U.c.code == T.c.unit)
        .where(D.c.status == "open", T.c.status == "open")
    )


def _crossing_queries() -> Any:
    since: Any = bindparam("since", type_=D.c.due_at.type)
    now: Any = bindparam("now", type_=D.c.due_at.type)
    ranges: list[ColumnElement[bool]] = [
        and_(D.c.warn_at > since, D.c.warn_at <= now),
        and_(D.c.crit_at > since, D.c.crit_at <= now),
        # overdue is strictly after due: at ``since`` a deadline due then was not yet
        and_(D.c.due_at >= since, D.c.due_at < now),
    ]
    return union_all(*(_deadline_select().where(cond) for cond in ranges))


# built once: a sweep runs every few seconds on every workstation
_CROSSINGS = _crossing_queries()
_HEAD = select(CHANGE_COUNTER.c.seq).where(CHANGE_COUNTER.c.id == 1).scalar_subquery()
_MARK = select(W.c.swept_at, W.c.seq, _HEAD.label("head")).where(W.c.id == 1)


def _crossed_deadlines(conn: Connection, now: datetime, since: datetime | None) -> Iterable[Any]:
    """Open deadlines whose warn / critical / due time lies in (since, now]: one index
    range each. The first sweep ever looks at every deadline past its warn time."""
    if since is None:
        return conn.execute(_deadline_select().where(D.c.warn_at <= now))
    if now <= since:
        return []
    return list(conn.execute(_CROSSINGS, {"since": since, "now": now}))


_TICKET_COLS = (T.c.number, T.c.title, T.c.unit, T.c.shuffled, T.c.disputed, T.c.shuffled_at,
                T.c.disputed_at, T.c.last_event_at)  # fmt: skip


def _ticket_select() -> Any:
    return select(*_TICKET_COLS).where(T.c.status == "open")


def _changed_tickets(conn: Connection, since_seq: int, head: int) -> list[Any]:
    if head <= since_seq:
        return []
    # the open ones picked here, not by the query: asked for status = 'open' too, SQLite
    # walked every open ticket by the status index (~0.15 s at 100,000 open, every sweep)
    # instead of the few written since by the change sequence's
    return [r for r in conn.execute(_written_between(since_seq, head)) if r.status == "open"]


def _written_between(since_seq: int, head: int) -> Any:
    return select(*_TICKET_COLS, T.c.status).where(T.c.seq > since_seq, T.c.seq <= head)


def _flagged_tickets(conn: Connection) -> list[Any]:
    """The first sweep ever: every open ticket with a flag up (its deadlines come from
    the warn-time range)."""
    query = _ticket_select().where((T.c.shuffled == True) | (T.c.disputed == True))  # noqa: E712
    return list(conn.execute(query))


def _office_overdue(
    conn: Connection,
    now: datetime,
    since_at: datetime | None,
    since_seq: int,
    head: int,
    seen: set[str],
    tz: tzinfo,
) -> list[Raise]:
    """Escalations overdue at their office: neither resolved nor withdrawn past the
    office's due time. Found, like deadlines, by the due time passing in the window or by
    the escalation being written since (an escalation opened with a past due time)."""
    query = (
        select(
            X.c.id,
            X.c.ticket,
            X.c.office,
            X.c.due_at,
            X.c.unit,
            T.c.title,
            U.c.name.label("unit_name"),
        )  # fmt: skip
        .join(T, T.c.number == X.c.ticket)
        .outerjoin(U, U.c.code == X.c.unit)
        .where(X.c.status.in_(ESCALATION_OPEN), X.c.due_at.is_not(None), X.c.due_at < now)
    )
    rows: list[Any] = []
    if since_at is None:
        rows.extend(conn.execute(query))
    else:
        if now > since_at:
            rows.extend(conn.execute(query.where(X.c.due_at >= since_at)))
        if head > since_seq:
            rows.extend(conn.execute(query.where(X.c.seq > since_seq, X.c.seq <= head)))
    found: dict[int, Raise] = {}
    for row in rows:
        if row.id in found:
            continue
        seen.add(f"x:{row.id}")
        office = _OFFICE_WORDS.get(row.office, row.office)
        text = (
            f"Ticket {row.ticket}: escalation {row.id} to the {office} is overdue at the "
            f"office since {due_text(row.due_at, tz)}"
        )
        found[row.id] = Raise(
            key=f"office_overdue:{row.id}",
            kind="office_overdue",
            level=None,
            ticket=row.ticket,
            deadline_kind=None,
            deadline_n=None,
            escalation=row.id,
            unit=row.unit,
            title=row.title or "",
            at=row.due_at,
            message=f"{text} — {_short(row.title)}" if row.title else text,
        )
    return list(found.values())


_OFFICE_WORDS = {
    "discipline": "discipline inspection commission",
    "organization": "organization department",
    "supervision": "government supervision office",
}
ESCALATION_OPEN = ("open", "acknowledged")  # an escalation still waiting on its office


def _short(title: str) -> str:
    title = " ".join((title or "").split())
    return title if len(title) <= _TITLE_MAX else title[: _TITLE_MAX - 1] + "…"


_DEADLINE_WORDS = {"sign": "sign", "onsite": "on-site", "reply": "reply"}


def _deadline_raise(row: Any, state: State, tz: tzinfo) -> Raise:
    level = state.label
    at = {State.WARNING: row.warn_at, State.CRITICAL: row.crit_at}.get(state, row.due_at)
    what = f"{_DEADLINE_WORDS.get(row.kind, row.kind)} deadline"
    at_unit = f" at {row.unit_name or row.unit}" if row.unit else ""
    due = due_text(row.due_at, tz)
    if state is State.OVERDUE:
        text = f"Ticket {row.ticket}: {what}{at_unit} overdue since {due}"
    else:
        text = f"Ticket {row.ticket}: {what}{at_unit} is {level}, due {due}"
    return Raise(
        key=deadline_key(row.ticket, row.n, level),
        kind="deadline",
        level=level,
        ticket=row.ticket,
        deadline_kind=row.kind,
        deadline_n=row.n,
        escalation=None,
        unit=row.unit,
        title=row.title or "",
        at=at,
        message=f"{text} — {_short(row.title)}" if row.title else text,
    )


def _flag_raise(row: Any, kind: str) -> Raise:
    at = (row.shuffled_at if kind == "shuffled" else row.disputed_at) or row.last_event_at
    what = {"shuffled": "shuffled between units", "disputed": "disputed (jurisdiction)"}[kind]
    text = f"Ticket {row.number} is {what}"
    return Raise(
        key=flag_key(kind, row.number),
        kind=kind,
        level=None,
        ticket=row.number,
        deadline_kind=None,
        deadline_n=None,
        escalation=None,
        unit=row.unit,
        title=row.title or "",
        at=at,
        message=f"{text} — {_short(row.title)}" if row.title else text,
    )


def _not_yet_raised(conn: Connection, wanted: Sequence[Raise]) -> list[Raise]:
    """Drop what was raised before: the same key, or for a deadline the same or a worse
    level. Runs under the change counter's lock, so no other sweep is writing now."""
    tickets = sorted({w.ticket for w in wanted if w.ticket})
    worst: dict[tuple[str, int], int] = {}
    keys: set[str] = set()
    for part in in_chunks(tickets):
        query = select(N.c.key, N.c.kind, N.c.ticket, N.c.deadline_n, N.c.level).where(
            N.c.ticket.in_(part)
        )
        for row in conn.execute(query):
            keys.add(row.key)
            if row.kind == "deadline" and row.level in _LEVEL_RANK:
                had = (row.ticket, row.deadline_n)
                worst[had] = max(worst.get(had, 0), _LEVEL_RANK[row.level])
    others = [w.key for w in wanted if not w.ticket]
    for part in in_chunks(others):
        keys.update(conn.execute(select(N.c.key).where(N.c.key.in_(part))).scalars())
    fresh: list[Raise] = []
    for w in wanted:
        slot = _slot(w)
        if w.key in keys or (slot and _LEVEL_RANK[w.level or ""] <= worst.get(slot, 0)):
            continue
        keys.add(w.key)
        fresh.append(w)
    return fresh


def _slot(w: Raise) -> tuple[str, int] | None:
    """The deadline a notification is about (flags and escalations have none)."""
    if w.kind != "deadline" or w.ticket is None or w.deadline_n is None:
        return None
    return (w.ticket, w.deadline_n)


def _insert(conn: Connection, fresh: Sequence[Raise], now: datetime, seq: int) -> tuple[int, ...]:
    # oldest happening first, so ids (the order notifications are listed in) follow events
    ordered = sorted(fresh, key=lambda r: (r.at, r.key))
    rows = [
        {
            "key": r.key,
            "kind": r.kind,
            "level": r.level,
            "ticket": r.ticket,
            "deadline_kind": r.deadline_kind,
            "deadline_n": r.deadline_n,
            "escalation": r.escalation,
            "unit": r.unit,
            "title": r.title,
            "at": r.at,
            "raised_at": now,
            "message": r.message,
            "seq": seq,
        }  # fmt: skip
        for r in ordered
    ]
    # one executemany, then the new ids by this write's sequence (INSERT … RETURNING in
    # parameter order costs a statement per row on SQLite)
    conn.execute(insert(N), rows)
    ids = conn.execute(select(N.c.id).where(N.c.seq == seq).order_by(N.c.id)).scalars()
    return tuple(int(i) for i in ids)


def _move_watermark(conn: Connection, at: datetime, seq: int) -> None:
    """Only ever forward: a slower sweep finishing later cannot move it back."""
    moment = literal(at, W.c.swept_at.type)  # typed: SQLite compares times as text
    behind = W.c.swept_at.is_(None) | (W.c.swept_at < moment)
    conn.execute(
        update(W)
        .where(W.c.id == 1)
        .values(
            swept_at=case((behind, moment), else_=W.c.swept_at),
            seq=case((W.c.seq < seq, seq), else_=W.c.seq),
        )
    )
