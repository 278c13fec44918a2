"""Working days of mainland China's official calendar, and working time between instants.

chinesecalendar knows the State Council's holidays and make-up working days (调休) for the
years it has data for. For any other year the calendar falls back to weekends plus the
holidays and make-up days the center lists in its own calendar file, and says so once.
"""

from __future__ import annotations

import logging
import tomllib
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import chinese_calendar

log = logging.getLogger(__name__)

DAY = timedelta(days=1)


@dataclass
class WorkCalendar:
    """Which local dates are working days, for a center in ``tz``.

    ``holidays`` and ``workdays`` are the center's own entries; they take precedence over
    chinesecalendar (a center may know of a late change before the package does).
    """

    tz: ZoneInfo = field(default_factory=lambda: ZoneInfo("Asia/Shanghai"))
    holidays: frozenset[date] = frozenset()
    workdays: frozenset[date] = frozenset()
    _cache: dict[date, bool] = field(default_factory=dict, repr=False)
    uncovered_years: set[int] = field(default_factory=set, repr=False)

    def is_workday(self, day: date) -> bool:
        cached = self._cache.get(day)
        if cached is not None:
            return cached
        if day in self.workdays:
            result = True
        elif day in self.holidays:
            result = False
        else:
            try:
                result = bool(chinese_calendar.is_workday(day))
            except NotImplementedError:
                self._note_uncovered(day.year)
                result = day.weekday() < 5
        self._cache[day] = result
        return result

    def _note_uncovered(self, year: int) -> None:
        if year not in self.uncovered_years:
            self.uncovered_years.add(year)
            log.warning("%s", self.uncovered_message(year))

    def covers(self, year: int) -> bool:
        """Whether chinesecalendar has the official holiday data for ``year``."""
        try:
            chinese_calendar.is_workday(date(year, 6, 1))
        except NotImplementedError:
            return False
        return True

    def uncovered_message(self, year: int) -> str:
        own = sum(1 for d in self.holidays | self.workdays if d.year == year)
        if own:
            return (
                f"The official holiday calendar has no data for {year}; working days in "
                f"{year} count weekends plus the {own} holiday and make-up day entries of "
                f"the center's own calendar file."
            )
        return (
            f"The official holiday calendar has no data for {year}, and the center's own "
            f"calendar file lists no days for it; working days in {year} count weekends "
            f"only, so deadlines there may be off by public holidays."
        )

    # --- working time -------------------------------------------------------------
    def _local_midnight(self, day: date) -> datetime:
        return datetime.combine(day, time(0), tzinfo=self.tz)

    def add_working_time(self, start: datetime, seconds: float) -> datetime:
        """The instant at which ``seconds`` of working time have passed since ``start``.

        Only time inside working days counts; a start on a non-working day begins
        counting at the next working day's midnight.
        """
        local = start.astimezone(self.tz)
        day = local.date()
        remaining = seconds
        # time left in the starting day, counted only if it is a working day
        if self.is_workday(day):
            day_end = self._local_midnight(day + DAY)
            left = (day_end - local).total_seconds()
            if remaining <= left:
                return (local + timedelta(seconds=remaining)).astimezone(UTC)
            remaining -= left
        day += DAY
        for _ in range(3660):  # ten years of days: a bound against a bad calendar file
            if self.is_workday(day):
                day_len = self._local_midnight(day + DAY) - self._local_midnight(day)
                length = day_len.total_seconds()
                if remaining <= length:
                    return (self._local_midnight(day) + timedelta(seconds=remaining)).astimezone(
                        UTC
                    )
                remaining -= length
            day += DAY
        raise ValueError("no working day found within ten years; check the calendar file")

    def working_seconds(self, start: datetime, end: datetime) -> float:
        """Working time between two instants (0 when ``end`` is not after ``start``)."""
        if end <= start:
            return 0.0
        a = start.astimezone(self.tz)
        b = end.astimezone(self.tz)
        total = 0.0
        day = a.date()
        while day <= b.date():
            if self.is_workday(day):
                lo = max(a, self._local_midnight(day))
                hi = min(b, self._local_midnight(day + DAY))
                if hi > lo:
                    total += (hi - lo).total_seconds()
            day += DAY
        return total

    def years_uncovered(self, years: Iterable[int]) -> list[int]:
        return sorted(y for y in set(years) if not self.covers(y))


class CalendarError(ValueError):
    """A calendar file that cannot be used; the message names the file and the key."""


_CALENDAR_KEYS = ("holidays", "workdays")


def _dates(data: dict[str, object], key: str, path: Path) -> frozenset[date]:
    values = data.get(key, [])
    if not isinstance(values, list):
        raise CalendarError(f'{path}: {key} must be a list of dates such as "2027-10-01"')
    days: set[date] = set()
    for value in values:
        if isinstance(value, date) and not isinstance(value, datetime):
            day = value
        elif isinstance(value, str):
            try:
                day = date.fromisoformat(value.strip())
            except ValueError:
                raise CalendarError(
                    f"{path}: {key}: {value!r} is not a date in the calendar (YYYY-MM-DD)"
                ) from None
        else:
            raise CalendarError(f'{path}: {key}: {value!r} is not a date such as "2027-10-01"')
        if not 2000 <= day.year <= 2100:
            raise CalendarError(f"{path}: {key}: {day} is outside the years 2000 to 2100")
        days.add(day)
    return frozenset(days)


def load_calendar_file(path: Path, tz: ZoneInfo) -> WorkCalendar:
    """Read a center calendar file::

    holidays = ["2027-01-01", "2027-02-05", ...]   # days off
    workdays = ["2027-02-14", ...]                 # make-up working days (调休)

    Raises :class:`CalendarError` naming the file, the key and what was expected.
    """
    try:
        data = tomllib.loads(path.read_bytes().decode("utf-8"))
    except UnicodeDecodeError as exc:
        raise CalendarError(f"{path}: not UTF-8 text (byte {exc.start})") from None
    except tomllib.TOMLDecodeError as exc:
        raise CalendarError(f"{path}: not valid TOML ({exc})") from None
    except OSError as exc:
        raise CalendarError(f"{path}: cannot be read ({exc.strerror})") from None
    for key in data:
        if key not in _CALENDAR_KEYS:
            raise CalendarError(
                f'{path}: unknown key "{key}" (expected holidays and workdays, lists of dates)'
            )
    holidays = _dates(data, "holidays", path)
    workdays = _dates(data, "workdays", path)
    both = sorted(holidays & workdays)
    if both:
        raise CalendarError(f"{path}: {both[0]} is listed as both a holiday and a workday")
    return WorkCalendar(tz=tz, holidays=holidays, workdays=workdays)
