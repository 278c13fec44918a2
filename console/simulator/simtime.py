"""Simulated time: whole seconds since the first simulated day's midnight, center time.

Integers keep the generator fast and exact; a moment becomes ISO 8601 text with the
center's +08:00 offset only when an event is written.
"""

from __future__ import annotations

from datetime import date, datetime, timedelta, timezone

CENTER_TZ = timezone(timedelta(hours=8), "CST")  # China has no daylight saving time
DAY = 86_400
HOUR = 3_600
MINUTE = 60


class Moments:
    """Turns simulated seconds into dates, hours and feed timestamps."""

    __slots__ = ("first_day", "_epoch", "_prefixes")

    def __init__(self, first_day: date) -> None:
        self.first_day = first_day
        self._epoch = datetime(first_day.year, first_day.month, first_day.day, tzinfo=CENTER_TZ)
        self._prefixes: dict[int, str] = {}

    def iso(self, t: int) -> str:
        """``2025-03-03T09:05:00+08:00`` for second ``t``."""
        day, rest = divmod(t, DAY)
        prefix = self._prefixes.get(day)
        if prefix is None:
            prefix = (self.first_day + timedelta(days=day)).isoformat() + "T"
            self._prefixes[day] = prefix
        hours, rest = divmod(rest, HOUR)
        mins, secs = divmod(rest, MINUTE)
        return f"{prefix}{hours:02d}:{mins:02d}:{secs:02d}+08:00"

    def day(self, index: int) -> date:
        return self.first_day + timedelta(days=index)

    def to_datetime(self, t: int) -> datetime:
        return self._epoch + timedelta(seconds=t)

    def from_datetime(self, moment: datetime) -> int:
        """Seconds since the epoch for an aware time (a naive one is read as center time)."""
        if moment.tzinfo is None:
            moment = moment.replace(tzinfo=CENTER_TZ)
        return int((moment - self._epoch).total_seconds())


def hour_of(t: int) -> int:
    return (t % DAY) // HOUR


def next_morning(t: int, at_hour: float) -> int:
    """The next time the clock reads ``at_hour`` (today if still ahead, else tomorrow)."""
    start = t - t % DAY + int(at_hour * HOUR)
    return start if start > t else start + DAY
