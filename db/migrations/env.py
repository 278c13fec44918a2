"""Alembic environment: runs against the engine handed over in the config.

All migrations run in ONE transaction, so a kill part-way leaves the database as it was.
PostgreSQL's DDL is transactional as it is; Python's sqlite3 opens a transaction only
before INSERT/UPDATE/DELETE, so each CREATE TABLE would commit alone: SQLite gets an
explicit BEGIN IMMEDIATE (which also keeps a second console out while the schema is made).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from db.models import Base

config = context.config
target_metadata = Base.metadata


def run_migrations_online() -> None:
    engine = config.attributes.get("engine")
    if engine is None:
        engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")
    sqlite = engine.dialect.name == "sqlite"
    with engine.connect() as connection:
        if sqlite:
            connection.exec_driver_sql("BEGIN IMMEDIATE")
        else:
            connection.begin()
        context.configure(
            connection=connection,
            target_metadata=target_metadata,
            render_as_batch=sqlite,
        )
        try:
            with context.begin_transaction():
                context.run_migrations()
        except BaseException:
            connection.rollback()
            raise
        connection.commit()


run_migrations_online()
