"""One clock for every workstation: the server's time on PostgreSQL, a fake one in tests."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import Engine

from console.clock import FakeClock, SystemClock, clock_for, server_offset


def test_fake_clock_moves_only_when_told() -> None:
    start = datetime.fromisoformat("2024-10-08T10:00:00+08:00")
    clock = FakeClock(start)
    assert clock.now() == start and clock.now().tzinfo is UTC
    clock.advance(90)
    clock.advance(timedelta(minutes=1))
    assert clock.now() - start == timedelta(seconds=150)
    clock.set(start)
    assert clock.now() == start
    with pytest.raises(ValueError):
        FakeClock(datetime(2024, 1, 1))


def test_system_clock_keeps_the_offset() -> None:
    ahead = SystemClock(timedelta(seconds=30))
    gap = ahead.now() - datetime.now(UTC)
    assert timedelta(seconds=29) < gap < timedelta(seconds=31)


def test_server_offset_is_small_on_this_machine(engine: Engine) -> None:
    offset = server_offset(engine)
    if engine.dialect.name == "sqlite":
        assert offset == timedelta(0)  # no server: the local clock is the clock
    else:
        assert abs(offset) < timedelta(seconds=2)  # the same machine: next to nothing
    assert abs(clock_for(engine).now() - datetime.now(UTC)) < timedelta(seconds=2)


def test_clock_falls_back_to_local_time_when_the_server_is_away() -> None:
    from sqlalchemy import create_engine

    gone = create_engine(
        "postgresql+psycopg://nobody@127.0.0.1:1/none", connect_args={"connect_timeout": 1}
    )
    assert clock_for(gone).offset == timedelta(0)
