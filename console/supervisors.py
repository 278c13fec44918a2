"""Who is on duty (值班督办员): remembered in the supervisors table, signing every action."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine, func, insert, select, update

from db.engine import bump_seq
from db.tables import SUPERVISORS

log = logging.getLogger(__name__)
MAX_NAME = 100


def clean_name(name: str) -> str:
    """A supervisor's name as it will sign actions: trimmed, inner spaces collapsed."""
    return " ".join(name.split())[:MAX_NAME]


def remember_supervisor(engine: Engine, name: str, now: datetime) -> str:
    """Record that ``name`` is on duty now (created on first sight); returns the clean name."""
    name = clean_name(name)
    if not name:
        raise ValueError("a supervisor needs a name")
    with engine.begin() as conn:
        bump_seq(conn)  # every write moves the change sequence, so other consoles see it
        known = conn.execute(select(SUPERVISORS.c.name).where(SUPERVISORS.c.name == name)).first()
        if known is None:
            conn.execute(insert(SUPERVISORS).values(name=name, created_at=now, last_seen_at=now))
            log.info("new supervisor on duty: %s", name)
        else:
            conn.execute(
                update(SUPERVISORS).where(SUPERVISORS.c.name == name).values(last_seen_at=now)
            )
    return name


def join_on_duty(engine: Engine, name: str, now: datetime) -> str:
    """Record that ``name`` is on duty now and return the role it acts with.

    A name new to the database: on a database without staff it is the first supervisor
    (someone must be able to act and to name the others); where staff exist it joins as a
    ``viewer`` until a supervisor gives it the role (``staff add NAME --role
    supervisor``) — typing a name at a workstation must not be enough to act."""
    name = clean_name(name)
    if not name:
        raise ValueError("a supervisor needs a name")
    with engine.begin() as conn:
        bump_seq(conn)  # also serializes two first starts: one of them is first
        role = conn.execute(select(SUPERVISORS.c.role).where(SUPERVISORS.c.name == name)).scalar()
        if role is None:
            staff = conn.execute(select(func.count()).select_from(SUPERVISORS)).scalar_one()
            role = "viewer" if staff else "supervisor"
            conn.execute(
                insert(SUPERVISORS).values(name=name, role=role, created_at=now, last_seen_at=now)
            )
            log.info("new on duty: %s as %s", name, role)
        else:
            conn.execute(
                update(SUPERVISORS).where(SUPERVISORS.c.name == name).values(last_seen_at=now)
            )
    return str(role)


def known_supervisors(engine: Engine, limit: int = 50) -> list[str]:
    """Names seen before, most recently on duty first (for the on-duty dialog)."""
    with engine.connect() as conn:
        query = (
            select(SUPERVISORS.c.name)
            .order_by(SUPERVISORS.c.last_seen_at.desc(), SUPERVISORS.c.name)
            .limit(limit)
        )
        return list(conn.execute(query).scalars())
