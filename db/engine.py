"""Engine setup: the embedded SQLite file by default, PostgreSQL by URL."""

from __future__ import annotations

import contextlib
import os
import re
import sqlite3
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING, Any

import platformdirs

if TYPE_CHECKING:
    from sqlalchemy import Engine
    from sqlalchemy.engine import Connection

# SQLAlchemy is loaded by the functions that use it: the report reads with the plain
# driver, and importing SQLAlchemy costs it a third of a second (issue 12)

APP_NAME = "hotline-console"
CHANGES_CHANNEL = "hotline_changes"  # PostgreSQL LISTEN/NOTIFY channel for change sequences


class DatabaseRefused(Exception):
    """A database this console will not use, with one sentence saying why (exit 2)."""


BACKENDS = ("sqlite", "postgresql")


def data_dir() -> Path:
    """The user's data folder, private to the user: its database holds citizens' data."""
    path = Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    if path.stat().st_mode & 0o077:
        path.chmod(0o700)  # a folder an older version made 0755
    return path


_SECRET_IN_URL = re.compile(r"(://[^:/@\s]*:)[^@\s]*(@)")
_SECRET_OPTION = re.compile(r"(password\s*=\s*)('[^']*'|\S+)", re.IGNORECASE)


def mask_secrets(text: str) -> str:
    """``text`` with any password in a URL or connection string replaced by ``***``:
    for every message and log line that may quote a database URL."""
    return _SECRET_OPTION.sub(r"\1***", _SECRET_IN_URL.sub(r"\1***\2", text))


def describe_url(url: str | None) -> str:
    """The database URL as it may be shown: without its password."""
    return mask_secrets(normalize_url(url or default_url()))


def default_url() -> str:
    return f"sqlite:///{data_dir() / 'console.db'}"


def normalize_url(url: str) -> str:
    """Accept plain ``postgresql://`` URLs and use psycopg 3 for them."""
    if url.startswith("postgresql://") or url.startswith("postgres://"):
        return "postgresql+psycopg://" + url.split("://", 1)[1]
    return url


def sqlite_pragmas(dbapi_conn: Any, _record: Any) -> None:
    cur = dbapi_conn.cursor()
    cur.execute("PRAGMA journal_mode=WAL")
    cur.execute("PRAGMA foreign_keys=ON")
    cur.execute("PRAGMA synchronous=NORMAL")
    cur.execute("PRAGMA busy_timeout=30000")
    cur.close()


def check_url(url: str) -> None:
    """Refuse, before any connecting, a URL this console cannot use (DatabaseRefused)."""
    from sqlalchemy.engine import make_url
    from sqlalchemy.exc import ArgumentError

    try:
        parsed = make_url(url)
        parsed.port  # noqa: B018 - a port that is not a number fails here, not later
    except (ArgumentError, ValueError):
        raise DatabaseRefused(
            f"--db {mask_secrets(url)!r} is not a database URL; use sqlite:///PATH or "
            "postgresql+psycopg://USER@HOST:PORT/DB"
        ) from None
    if parsed.get_backend_name() not in BACKENDS:
        raise DatabaseRefused(
            f"--db: {parsed.get_backend_name()} databases are not supported; use "
            "sqlite:///PATH or postgresql+psycopg://USER@HOST:PORT/DB"
        )


def _sqlite_file(url: str) -> Path | None:
    from sqlalchemy.engine import make_url

    database = make_url(url).database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database)


def _refuse_foreign_sqlite(path: Path) -> None:
    """Look at an existing SQLite file read-only before opening it for real: opening it
    switches it to WAL, which already rewrites another program's file."""
    from db.models import Base

    try:
        with contextlib.closing(
            sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        ) as raw:
            names = {
                row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type = 'table'")
            }
    except sqlite3.DatabaseError as exc:
        raise DatabaseRefused(f"{path} cannot be read as a database ({exc})") from None
    foreign = sorted(names - set(Base.metadata.tables) - {"alembic_version", "sqlite_sequence"})
    if foreign and "alembic_version" not in names:
        raise DatabaseRefused(
            f"{path} holds another program's tables ({', '.join(foreign[:3])}); the console "
            "leaves it untouched: give it a database of its own"
        )


def _create_private_file(path: Path) -> bool:
    """Create an empty file readable by its owner alone; False when it already exists or
    its folder does not (SQLite then says so in its own words)."""
    try:
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except (FileExistsError, FileNotFoundError):
        return False
    return True


def make_engine(
    url: str | None = None,
    *,
    upgrade: bool = True,
    create: bool = True,
    on_create: Callable[[str], object] | None = None,
    **kwargs: Any,
) -> Engine:
    """Create the engine for ``url`` (default: the SQLite file in the user's data folder)
    and bring its schema up to date.

    ``create=False`` (reading commands) refuses a database that does not exist yet
    instead of making an empty one; ``on_create`` hears a sentence when one is made.
    Raises :class:`DatabaseRefused` for a URL, file or schema this console cannot use.
    """
    from sqlalchemy import create_engine, event

    url = normalize_url(url or default_url())
    check_url(url)
    made_file = False
    if url.startswith("sqlite"):
        path = _sqlite_file(url)
        if path is not None and path.is_file():
            _refuse_foreign_sqlite(path)
        elif path is not None and not path.exists():
            if not create:
                raise DatabaseRefused(
                    f"there is no database at {path} (import creates one); check --db"
                )
            # citizens' data: the file (and SQLite's -wal and -shm beside it, which take
            # its mode) readable by the user alone
            made_file = _create_private_file(path)
    # an error's text must never carry a statement's parameters: they hold what citizens
    # told the hotline (names, phone numbers, addresses)
    kwargs.setdefault("hide_parameters", True)
    if url.startswith("sqlite"):
        kwargs.setdefault("connect_args", {"timeout": 30})
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", sqlite_pragmas)
    else:
        kwargs.setdefault("pool_pre_ping", True)
        engine = create_engine(url, **kwargs)
    if upgrade:
        from db.migrate import upgrade_schema

        try:
            made_schema = upgrade_schema(engine, create=create)
        except BaseException:
            engine.dispose()
            path = _sqlite_file(url)
            if made_file and path is not None:  # nothing of ours is left half-made
                for part in ("", "-wal", "-shm"):
                    path.with_name(path.name + part).unlink(missing_ok=True)
            raise
        if (made_file or made_schema) and on_create is not None:
            on_create(f"created a new database at {describe_url(url)}")
    return engine


def bump_seq(conn: Connection) -> int:
    """Take the change counter's row lock and return the next change sequence number.

    Call it first in a writing transaction: it serializes writers, so a reader that sees
    sequence N has also seen every change below N.
    """
    from sqlalchemy import text

    conn.execute(text("UPDATE change_counter SET seq = seq + 1 WHERE id = 1"))
    seq = int(conn.execute(text("SELECT seq FROM change_counter WHERE id = 1")).scalar_one())
    if conn.dialect.name == "postgresql":
        # delivered at commit: wakes every listening console at once
        conn.execute(
            text("SELECT pg_notify(:channel, :seq)"), {"channel": CHANGES_CHANNEL, "seq": str(seq)}
        )
    return seq


def current_seq(conn: Connection) -> int:
    from sqlalchemy import text

    value = conn.execute(text("SELECT seq FROM change_counter WHERE id = 1")).scalar()
    return int(value or 0)
