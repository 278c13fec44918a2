"""Who is on duty (值班督办员): remembered in the supervisors table, signing every action."""

from __future__ import annotations

import logging
from datetime import datetime

from sqlalchemy import Engine, insert, select, update

from db.engine import bump_seq
from db.tables import SUPERVISORS

log = logging.getLogger("console.supervisors")
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


def known_supervisors(engine: Engine, limit: int = 50) -> list[str]:
    """Names seen before, most recently on duty first (for the on-duty dialog)."""
    with engine.connect() as conn:
        query = (
            select(SUPERVISORS.c.name)
            .order_by(SUPERVISORS.c.last_seen_at.desc(), SUPERVISORS.c.name)
            .limit(limit)
        )
        return list(conn.execute(query).scalars())
