"""What every supervisor action does around its own rule: one transaction that takes the
change sequence first, checks who acts, loads the ticket, and appends the audit event.

The change counter's row lock (``bump_seq``) is taken before anything is read, so actions
on one database run one after another: a rule checked inside the transaction (one open
escalation per office, the urge count) still holds when it commits, on SQLite and on
PostgreSQL alike.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Engine, insert, select, update
from sqlalchemy.engine import Connection
from sqlalchemy.exc import DBAPIError

from console.lifecycle import TrackedTicket
from console.policy import Policy, load_policy, parse_policy
from console.refusals import ActionRefused
from console.staff import checked_name, role_in
from console.ticket_rows import load_tickets
from db.engine import bump_seq
from db.tables import POLICIES as P
from db.tables import TICKET_EVENTS as E
from db.tables import TICKETS as T
from db.tables import UNITS as U

MAX_TEXT = 4000  # a note, reason, reply or outcome: a page, not a file


@dataclass
class Acting:
    """An action under way: its connection (in the transaction), who, when, and the
    change sequence number it writes with."""

    conn: Connection
    actor: str
    now: datetime
    seq: int

    def ticket(self, number: str, *, open_only: bool = True) -> TrackedTicket:
        found = load_tickets(self.conn, [number]).get(number)
        if found is None:
            raise ActionRefused("unknown_ticket", ticket=number)
        if open_only and found.status != "open":
            raise ActionRefused("ticket_closed", ticket=number)
        return found

    def event(
        self,
        ticket: str,
        kind: str,
        details: dict[str, Any],
        *,
        unit: str | None = None,
        policy: str | None = None,
    ) -> None:
        """Append the action's audit event (source "action"), signed by the actor."""
        self.conn.execute(
            insert(E).values(
                ticket=ticket,
                kind=kind,
                at=self.now,
                recorded_at=self.now,
                actor=self.actor,
                source="action",
                unit=unit,
                event_key=None,
                policy=policy,
                payload=json.dumps(details, ensure_ascii=False),
                seq=self.seq,
            )
        )

    def touch(self, ticket: TrackedTicket, *, state_changed: bool = True, **values: Any) -> None:
        """Write ``values`` to the ticket row with this action's sequence number; a change
        of the ticket's state also moves its version on."""
        if state_changed:
            values["version"] = ticket.version + 1
            ticket.version += 1
        self.conn.execute(
            update(T).where(T.c.number == ticket.number).values(seq=self.seq, **values)
        )

    def known_units(self, codes: list[str]) -> None:
        found = set(self.conn.execute(select(U.c.code).where(U.c.code.in_(codes))).scalars())
        for code in codes:
            if code not in found:
                raise ActionRefused("unknown_unit", unit=code)

    def policy_of(self, ticket: str, fallback: Policy | None) -> Policy:
        """The policy given, else the one the ticket's newest feed event was imported
        under, else the built-in default."""
        if fallback is not None:
            return fallback
        key = self.conn.execute(
            select(E.c.policy)
            .where(E.c.ticket == ticket, E.c.source == "feed", E.c.policy.is_not(None))
            .order_by(E.c.id.desc())
            .limit(1)
        ).scalar()
        return self.policy_by_key(key) if key else load_policy()

    def policy_by_key(self, key: str) -> Policy:
        src = self.conn.execute(select(P.c.source).where(P.c.key == key)).scalar()
        return parse_policy(src, origin=key.split("@")[0]) if src else load_policy()

    def keep_policy(self, policy: Policy) -> None:
        """Store the policy that starts deadlines here, so a replay finds it."""
        if self.conn.execute(select(P.c.key).where(P.c.key == policy.key)).first() is None:
            self.conn.execute(
                insert(P).values(
                    key=policy.key, name=policy.name, source=policy.source, first_used_at=self.now
                )
            )


def _read_only(exc: DBAPIError) -> bool:
    code = getattr(exc.orig, "sqlstate", None)
    if code in ("42501", "25006"):  # insufficient privilege; read-only transaction
        return True
    return "readonly database" in str(exc.orig)


@contextmanager
def acting(engine: Engine, actor: str, now: datetime) -> Iterator[Acting]:
    """One action's transaction: refused unless ``actor`` is a supervisor on the staff
    list and the connection may write. Commits when the block ends without error."""
    name = checked_name(actor, "as")
    if now.tzinfo is None:
        raise ValueError("an action's time must be timezone-aware")
    try:
        with engine.begin() as conn:
            try:
                seq = bump_seq(conn)
            except DBAPIError as exc:
                if _read_only(exc):
                    raise ActionRefused("read_only", actor=name) from None
                raise
            role = role_in(conn, name)
            if role is None:
                raise ActionRefused("unknown_supervisor", actor=name)
            if role != "supervisor":
                raise ActionRefused("viewer", actor=name)
            yield Acting(conn, name, now, seq)
    except DBAPIError as exc:
        if _read_only(exc):
            raise ActionRefused("read_only", actor=name) from None
        raise


def checked_text(value: str | None, field: str, *, required: bool) -> str | None:
    """Free text as stored: trimmed; refused when required and empty, or too long."""
    if value is None or not value.strip():
        if required:
            raise ActionRefused("bad_input", field=field, problem="must not be empty")
        return None
    value = value.strip()
    if len(value) > MAX_TEXT:
        raise ActionRefused(
            "bad_input",
            field=field,
            problem=f"{len(value)} characters; at most {MAX_TEXT} are kept",
        )
    if "\x00" in value:
        raise ActionRefused("bad_input", field=field, problem="contains a NUL character")
    return value


def check_version(ticket: TrackedTicket, expected: int | None) -> None:
    if expected is not None and expected != ticket.version:
        raise ActionRefused(
            "stale", ticket=ticket.number, expected=expected, version=ticket.version
        )
