"""A plain driver connection for a command that only reads, without SQLAlchemy.

Importing SQLAlchemy and the models costs a process a third of a second before it reads
a row, most of what ``report --json`` spends above its floor (issue 12). A database of
this console at the newest schema needs nothing of what :func:`db.engine.make_engine`
does beyond connecting (no file to create, nothing to refuse or upgrade), so the report
opens such a database with the driver itself. Anything else — another URL form, a file
that is not there or not ours, an older schema, a server that cannot be connected to —
gives ``None``, and the caller goes the usual way, which refuses, upgrades or explains
exactly as before. A server that does not answer at all is the exception: its driver's
timeout is raised as it is (the usual way would only wait for it a second time, and says
the same sentence of it: console.cli.database_trouble).
"""

from __future__ import annotations

import contextlib
from pathlib import Path
from typing import Any, NamedTuple

from db.engine import check_url, default_url, normalize_url, sqlite_pragmas
from db.migrate import HEAD

_SQLITE = "sqlite:///"
_POSTGRESQL = "postgresql+psycopg://"
_MAPPED = 1 << 30  # bytes of an SQLite file mapped at most


class Reading(NamedTuple):
    """A DB-API connection and the dialect its SQL is written for."""

    conn: Any
    dialect: str


def plain_connection(url: str | None) -> Reading | None:
    """A driver connection to the database at ``url`` (default: the data folder's) when
    it is one of this console's at the newest schema; otherwise None."""
    url = normalize_url(url or default_url())
    if url.startswith(_SQLITE):
        opened = _sqlite(url.removeprefix(_SQLITE))
        dialect = "sqlite"
    elif url.startswith(_POSTGRESQL):
        opened = _postgresql(url)
        dialect = "postgresql"
    else:
        return None
    if opened is None:
        return None
    try:
        cursor = opened.cursor()
        cursor.execute("SELECT version_num FROM alembic_version")
        revisions = cursor.fetchall()
        cursor.close()
        if revisions != [(HEAD,)]:
            raise LookupError(revisions)
        if dialect == "sqlite":
            sqlite_pragmas(opened, None)  # as every connection of the engine's
            # pages read from the mapped file instead of a system call each: the report
            # at 100,000 open read 4 KB 170,000 times through SQLite's 2 MB page cache
            # (0.2-0.3 s of its CPU, most of it the kernel's; the pages it maps count in
            # its resident memory, as the file cache they are)
            opened.execute(f"PRAGMA mmap_size = {_MAPPED}")
    except Exception:  # not ours, not at the newest schema, not a database at all
        with contextlib.suppress(Exception):
            opened.close()
        return None
    return Reading(opened, dialect)


def _sqlite(path: str) -> Any:
    # only a plain file path: SQLAlchemy's URL has its own reading of query strings,
    # escapes and SQLite's URI and memory forms
    if not path or any(c in path for c in "?%#") or path.startswith("file:"):
        return None
    if path == ":memory:" or not Path(path).is_file():
        return None
    import sqlite3

    try:
        # as SQLAlchemy's engine connects (db.engine.make_engine's connect_args)
        return sqlite3.connect(path, timeout=30)
    except sqlite3.Error:
        return None


def _postgresql(url: str) -> Any:
    # libpq reads the URL (user, password, host, port, database, options…) as
    # SQLAlchemy's psycopg dialect hands them to it; a URL it reads otherwise fails here
    try:
        import psycopg
    except ImportError:  # the usual way says so
        return None
    try:
        return psycopg.connect("postgresql://" + url.removeprefix(_POSTGRESQL))
    except psycopg.errors.ConnectionTimeout:
        # no answer within the URL's connect_timeout (or the driver's own): the engine
        # would wait as long again for the same error, unless it refuses the URL first
        check_url(url)
        raise
    except (psycopg.Error, ValueError):
        return None
