"""The center's staff and their roles: a supervisor acts, a viewer only sees.

Roles live in the supervisors table. On PostgreSQL a console whose database role may only
read is a viewer whatever the staff list says (:func:`can_write`).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import Engine, func, insert, select, text, update
from sqlalchemy.engine import Connection

from console.refusals import ActionRefused
from console.supervisors import MAX_NAME
from console.vocabulary import ROLES
from db.engine import bump_seq
from db.tables import SUPERVISORS as S

__all__ = ["ROLES", "StaffMember", "add_staff", "can_write", "list_staff", "role_of"]


@dataclass(frozen=True, slots=True)
class StaffMember:
    name: str
    role: str
    created_at: datetime
    last_seen_at: datetime | None


def checked_name(name: str, field: str = "name") -> str:
    """A person's name as it signs: inner spaces collapsed; refused when empty or long."""
    clean = " ".join(name.split())
    if not clean:
        raise ActionRefused("bad_input", field=field, problem="a name is needed, not only spaces")
    if len(clean) > MAX_NAME:
        raise ActionRefused(
            "bad_input", field=field, problem=f"a name has at most {MAX_NAME} characters"
        )
    return clean


def add_staff(engine: Engine, name: str, role: str, *, now: datetime) -> bool:
    """Put ``name`` on the staff list with ``role`` (or change their role). True when the
    name is new. The last supervisor is not made a viewer: nobody could act after it, nor
    put it right from the console."""
    name = checked_name(name)
    if role not in ROLES:
        raise ActionRefused("bad_input", field="role", problem="supervisor or viewer")
    with engine.begin() as conn:
        bump_seq(conn)
        known = conn.execute(select(S.c.role).where(S.c.name == name)).first()
        if known is None:
            conn.execute(insert(S).values(name=name, role=role, created_at=now))
            return True
        if known.role == "supervisor" and role != "supervisor":
            # bump_seq above serializes writers: two demotions at once see each other
            supervisors = conn.execute(
                select(func.count()).where(S.c.role == "supervisor")
            ).scalar_one()
            if supervisors <= 1:
                raise ActionRefused("last_supervisor", name=name)
        conn.execute(update(S).where(S.c.name == name).values(role=role))
        return False


def list_staff(engine: Engine) -> list[StaffMember]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(S.c.name, S.c.role, S.c.created_at, S.c.last_seen_at).order_by(S.c.name)
        )
        return [StaffMember(*r) for r in rows]


def role_in(conn: Connection, name: str) -> str | None:
    return conn.execute(select(S.c.role).where(S.c.name == name)).scalar()


def role_of(engine: Engine, name: str) -> str | None:
    """ "supervisor", "viewer", or None for a name not on the staff list."""
    with engine.connect() as conn:
        return role_in(conn, " ".join(name.split()))


def can_write(engine: Engine) -> bool:
    """Whether this connection's database role may change tickets. On PostgreSQL a
    read-only role (no UPDATE on tickets, or a read-only session) makes the console a
    viewer; an SQLite file is as writable as the console's own file permissions."""
    with engine.connect() as conn:
        if conn.dialect.name == "postgresql":
            if conn.execute(text("SHOW transaction_read_only")).scalar() == "on":
                return False
            return bool(
                conn.execute(
                    text(
                        "SELECT has_table_privilege(current_user, 'tickets', 'UPDATE')"
                        " AND has_table_privilege(current_user, 'ticket_events', 'INSERT')"
                        " AND has_table_privilege(current_user, 'change_counter', 'UPDATE')"
                    )
                ).scalar()
            )
        database = engine.url.database
        if conn.dialect.name == "sqlite" and database and database != ":memory:":
            return os.access(database, os.W_OK)
        return True
