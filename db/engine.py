"""Engine setup: the embedded SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import platformdirs
from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import Connection

log = logging.getLogger("console.db")

APP_NAME = "hotline-console"
CHANGES_CHANNEL = "hotline_changes"  # PostgreSQL LISTEN/NOTIFY channel for change sequences


def data_dir() -> Path:
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True)
    return path


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'console.db'}"


def normalize_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def _sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def make_engine(url: str | None = None, *, upgrade: bool = True, **kwargs: Any) -> Engine:
    """Create the engine for ``url`` (default: the SQLite file in the user's data folder)
    and bring its schema up to date."""
    url = normalize_url(url or default_url())
    # an error's text must never carry a statement's parameters: they hold what citizens
    # told the hotline (names, phone numbers, addresses)
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
    else:
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(url, **kwargs)
    if upgrade:
        from db.migrate import upgrade_schema

        upgrade_schema(engine)
    return engine


def bump_seq(conn: Connection) -> int:
    """Take the change counter's row lock and return the next change sequence number.

    Call it first in a writing transaction: it serializes writers, so a reader that sees
    sequence N has also seen every change below N.
    """
    conn.execute(text("UPDATE change_counter SET seq = seq + 1 WHERE id = 1"))
    seq = int(conn.execute(text("SELECT seq FROM change_counter WHERE id = 1")).scalar_one())
    if conn.dialect.name == "postgresql":
        # delivered at commit: wakes every listening console at once
        conn.execute(
            text("SELECT pg_notify(:channel, :seq)"), {"channel": CHANGES_CHANNEL, "seq": str(seq)}
        )
    return seq


def current_seq(conn: Connection) -> int:
    value = conn.execute(text("SELECT seq FROM change_counter WHERE id = 1")).scalar()
    return int(value or 0)
