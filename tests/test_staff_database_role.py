"""On PostgreSQL a console whose database role may only read is a viewer (§5 Roles)."""

from __future__ import annotations

import uuid
from collections.abc import Iterator

import pytest
from sqlalchemy import Engine, create_engine, make_url, text

from console import actions
from console.actions import ActionRefused
from console.staff import add_staff, can_write
from db.engine import make_engine
from tests.feedkit import created, ev, load
from tests.test_actions import NOW


@pytest.fixture
def reader(engine: Engine, db_url: str) -> Iterator[Engine]:
    """The same database through a role that may only SELECT."""
    if engine.dialect.name != "postgresql":
        pytest.skip("database roles are PostgreSQL's")
    role = "reader_" + uuid.uuid4().hex[:10]
    with engine.begin() as conn:
        schema_name = conn.execute(text("SELECT current_schema()")).scalar_one()
        conn.execute(text(f'CREATE ROLE "{role}" LOGIN'))
        conn.execute(text(f'GRANT USAGE ON SCHEMA "{schema_name}" TO "{role}"'))
        conn.execute(text(f'GRANT SELECT ON ALL TABLES IN SCHEMA "{schema_name}" TO "{role}"'))
    url = make_url(db_url).set(username=role)
    eng = make_engine(url.render_as_string(hide_password=False))
    yield eng
    eng.dispose()
    with engine.begin() as conn:
        conn.execute(text(f'DROP OWNED BY "{role}"'))
        conn.execute(text(f'DROP ROLE "{role}"'))


def test_read_only_role_is_a_viewer(engine: Engine, reader: Engine) -> None:
    load(
        engine,
        [
            created("A", "2024-10-08T09:00:00+08:00"),
            ev("dispatched", "A", "2024-10-08T09:01:00+08:00", unit="U1"),
        ],
    )  # urged: at a unit
    add_staff(engine, "张督办", "supervisor", now=NOW)
    assert can_write(engine) is True
    assert can_write(reader) is False
    with pytest.raises(ActionRefused) as info:
        actions.urge(reader, "张督办", "A", now=NOW)
    assert info.value.code == "read_only"
    assert actions.urge(engine, "张督办", "A", now=NOW) == 1


def test_sqlite_file_is_writable(sqlite_engine: Engine) -> None:
    assert can_write(sqlite_engine) is True
    assert can_write(create_engine("sqlite://")) is True
