"""The console's one clock.

Every workstation and the wall display must show the same countdown, so with PostgreSQL
the console reads the server's time once and keeps the offset from the local clock
(:func:`clock_for`). Tests inject a :class:`FakeClock` and move it by hand instead of
sleeping. Times are aware datetimes in UTC.
"""

from __future__ import annotations

import logging
import time
from datetime import UTC, datetime, timedelta
from typing import Protocol

from sqlalchemy import Engine, text

log = logging.getLogger(__name__)


class Clock(Protocol):
    def now(self) -> datetime:
        """The current time, aware, in UTC."""
        ...


class SystemClock:
    """This machine's clock, shifted by ``offset`` (the server's lead over us)."""

    def __init__(self, offset: timedelta = timedelta(0)) -> None:
        self.offset = offset

    def now(self) -> datetime:
        return datetime.now(UTC) + self.offset

    def __repr__(self) -> str:
        return f"SystemClock(offset={self.offset.total_seconds():+.3f}s)"


class FakeClock:
    """A clock that moves only when told to: deterministic tests without sleeping."""

    def __init__(self, start: datetime) -> None:
        if start.tzinfo is None:
            raise ValueError("FakeClock needs an aware start time")
        self._now = start.astimezone(UTC)

    def now(self) -> datetime:
        return self._now

    def advance(self, seconds: float | timedelta) -> datetime:
        step = seconds if isinstance(seconds, timedelta) else timedelta(seconds=seconds)
        self._now += step
        return self._now

    def set(self, moment: datetime) -> None:
        self._now = moment.astimezone(UTC)


def server_offset(engine: Engine) -> timedelta:
    """How far the database server's clock is ahead of ours (zero for SQLite).

    The server's reading is taken to belong to the middle of the round trip.
    """
    if engine.dialect.name != "postgresql":
        return timedelta(0)
    with engine.connect() as conn:
        conn.execute(text("SELECT 1"))  # the connection is open: time only the query
        before = time.time()
        server: datetime = conn.execute(text("SELECT clock_timestamp()")).scalar_one()
        after = time.time()
    local_mid = datetime.fromtimestamp((before + after) / 2, UTC)
    return server.astimezone(UTC) - local_mid


def clock_for(engine: Engine) -> SystemClock:
    """The clock every console on ``engine`` shares; the local clock when the server's
    time cannot be read (the board still works, countdowns may differ by the skew)."""
    try:
        offset = server_offset(engine)
    except Exception as exc:  # the database may be down at start; it comes back later
        log.warning("could not read the database server's time (%s); using the local clock", exc)
        offset = timedelta(0)
    if abs(offset) > timedelta(seconds=2):
        log.info(
            "database server clock is %+.1f s off ours; following the server",
            offset.total_seconds(),
        )
    return SystemClock(offset)
