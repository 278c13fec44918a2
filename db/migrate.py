"""Alembic, driven from code: the console upgrades the schema when it starts."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from db.engine import DatabaseRefused, describe_url

if TYPE_CHECKING:
    from alembic.config import Config
    from sqlalchemy import Engine

# SQLAlchemy is loaded by the functions: HEAD is read by the report's plain-driver start

MIGRATIONS = Path(__file__).with_name("migrations")
# the newest revision in migrations/versions (a test keeps the two in step)
HEAD = "0008"


def alembic_config(engine: Engine) -> Config:
    from alembic.config import Config

    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS))
    cfg.attributes["engine"] = engine
    return cfg


def current_revision(engine: Engine) -> str | None:
    from sqlalchemy import inspect, text

    with engine.connect() as conn:
        if not inspect(conn).has_table("alembic_version"):
            return None
        return conn.execute(text("SELECT version_num FROM alembic_version")).scalar()


def _look(engine: Engine) -> tuple[set[str], str | None, set[str]]:
    """The database's tables, its schema revision, and those of our tables holding rows."""
    from sqlalchemy import func, inspect, select, table, text

    from db.models import Base

    with engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = None
        if "alembic_version" in tables:
            revision = conn.execute(text("SELECT version_num FROM alembic_version")).scalar()
        filled = set()
        if revision is None:
            # change_counter's one row is no data: an interrupted creation may have it
            for name in tables & set(Base.metadata.tables) - {"change_counter"}:
                if conn.execute(select(func.count()).select_from(table(name))).scalar():
                    filled.add(name)
    return tables, revision, filled


def upgrade_schema(engine: Engine, revision: str = "head", *, create: bool = True) -> bool:
    """Bring the schema to ``revision``; True when it was created from nothing.

    A database already at the head is only looked at: Alembic itself is loaded when there
    is work to do (it costs a third of a second on every command otherwise). A database
    that is not ours (another program's tables, a newer schema, not a database at all) is
    refused untouched; with ``create=False`` so is one that holds no schema yet.
    """
    from sqlalchemy.exc import DatabaseError, OperationalError

    from db.models import Base

    where = describe_url(engine.url.render_as_string(hide_password=False))
    try:
        tables, current, filled = _look(engine)
    except OperationalError:
        raise  # unreachable: the caller says so
    except DatabaseError as exc:
        first = (str(exc.orig or exc).strip().splitlines() or ["?"])[0]
        raise DatabaseRefused(f"{where} cannot be read as a database ({first})") from None
    if revision == "head" and current == HEAD:
        return False
    ours = set(Base.metadata.tables) | {"alembic_version"}
    fresh = current is None
    if fresh:
        foreign = sorted(tables - ours)
        if foreign:
            raise DatabaseRefused(
                f"{where} holds another program's tables ({', '.join(foreign[:3])}); "
                "the console leaves it untouched: give it a database of its own"
            )
        if filled:
            raise DatabaseRefused(
                f"{where} holds console tables with data but no schema version; "
                "the console leaves it untouched"
            )
        if not create:
            raise DatabaseRefused(f"{where} holds no console data yet (import creates it)")
    else:
        known = [p.name.split("_", 1)[0] for p in (MIGRATIONS / "versions").glob("*.py")]
        if current not in known:
            raise DatabaseRefused(
                f"{where} has schema version {current}, newer than this console knows "
                f"({HEAD}); use the console version that wrote it"
            )
    from alembic import command

    if fresh and tables:
        # empty tables of ours without a version: a first creation an older console was
        # killed in (it created table by table); start it again
        with engine.begin() as conn:
            Base.metadata.drop_all(
                conn, tables=[Base.metadata.tables[t] for t in tables - {"alembic_version"}]
            )
    command.upgrade(alembic_config(engine), revision)
    return fresh
