"""The schema: created from empty by Alembic, and the shortcut for an up-to-date one."""

from __future__ import annotations

from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect

from db.migrate import HEAD, MIGRATIONS, alembic_config, current_revision
from db.models import Base


def test_head_constant_matches_the_migrations(sqlite_engine: Engine) -> None:
    script = ScriptDirectory.from_config(alembic_config(sqlite_engine))
    assert script.get_current_head() == HEAD
    assert MIGRATIONS.is_dir()


def test_migrations_build_every_model_table(engine: Engine) -> None:
    assert current_revision(engine) == HEAD
    tables = set(inspect(engine).get_table_names())
    assert set(Base.metadata.tables) <= tables


def test_models_and_migrations_do_not_drift(engine: Engine) -> None:
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    with engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []
