"""Times in plain driver rows as text that compares like the instants it stands for.

SQLite stores a time as UTC text, ``YYYY-MM-DD HH:MM:SS.ffffff`` (microseconds always
written). PostgreSQL prints a ``timestamp`` (``timestamptz AT TIME ZONE 'UTC'``, ISO
DateStyle) as ``YYYY-MM-DD HH:MM:SS`` with a fraction only when there is one, its
trailing zeros left out: the cheapest text the server makes (``to_char`` costs it twice
as much, issue 12). Either form compares like the instants, a shorter string that
begins another being the earlier, so the report compares times as they are read and
turns into text only those it prints.

No SQLAlchemy here: the ``report`` command reads with the plain driver.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, timedelta, tzinfo
from typing import Any

_time_text: dict[datetime, str] = {}


def sqlite_time(value: datetime | None) -> str | None:
    """An aware datetime as SQLite's stored text (the format SQLAlchemy's SQLite DateTime
    uses, microseconds always written, so strings compare like the instants they are)."""
    # One moment is written many times (an event's time starts its deadlines, stamps the
    # ticket...): remember the last ones.
    if value is None:
        return None
    text = _time_text.get(value)
    if text is None:
        utc = value if value.tzinfo is UTC else value.astimezone(UTC)
        text = utc.isoformat(" ", "microseconds")[:26]
        if len(_time_text) > 200_000:
            _time_text.clear()
        _time_text[value] = text
    return text


def _server_time(value: datetime | None) -> str | None:
    # what PostgreSQL prints for the UTC timestamp: no fraction when it is zero, else its
    # digits without the trailing zeros
    if value is None:
        return None
    utc = value if value.tzinfo is UTC else value.astimezone(UTC)
    return utc.isoformat(" ", "microseconds")[:26].rstrip("0").rstrip(".")


# the SELECT expression of a time column giving the text above, by dialect
AS_TEXT = {
    "sqlite": "{}",
    "postgresql": "({} AT TIME ZONE 'UTC')::text",
}


def _read(value: str | None) -> datetime | None:
    return None if value is None else datetime.fromisoformat(value).replace(tzinfo=UTC)


def time_reader(dialect: str) -> Callable[[Any], Any]:
    """How to turn a time read as text (:data:`AS_TEXT`) into an aware UTC datetime."""
    return _read


def time_writer(dialect: str) -> Callable[[Any], Any]:
    """How to turn an aware datetime into the text of a time read as :data:`AS_TEXT`
    gives it on ``dialect``, to compare with such times."""
    return sqlite_time if dialect == "sqlite" else _server_time


def _utc(value: datetime) -> datetime:
    return value.astimezone(UTC)


def time_param(dialect: str) -> Callable[[datetime], Any]:
    """How to bind an aware datetime in plain driver SQL, to compare with a time column
    (as the models' UTCDateTime binds it: SQLite's stored text; PostgreSQL takes the
    instant itself)."""
    return sqlite_time if dialect == "sqlite" else _utc


def time_printer(dialect: str, tz: tzinfo) -> Callable[[Any], str | None]:
    """How to print a time read as text (:data:`AS_TEXT`): ISO 8601 in ``tz`` (None
    stays None), exactly as ``datetime.isoformat`` prints the instant in that zone.

    Where the zone's offset has not changed since 1992 (China's has been +08:00 since
    1991) it is a fixed offset, and the report prints a few hundred thousand times: the
    text is rewritten by its minute (the minute's local text is remembered, seconds and
    fraction are copied). Anything else goes the zone database's way."""

    def zoned(value: Any) -> str | None:
        moment = _read(value)
        return None if moment is None else moment.astimezone(tz).isoformat()

    probes = [datetime(y, m, 1, tzinfo=UTC) for y in (1992, 2010, 2030) for m in (1, 7)]
    offsets = {p.astimezone(tz).utcoffset() for p in probes}
    if len(offsets) != 1:
        return zoned
    offset = offsets.pop() or timedelta(0)
    if offset % timedelta(minutes=1):
        return zoned
    total = int(offset.total_seconds()) // 60
    suffix = "{}{:02d}:{:02d}".format("-" if total < 0 else "+", *divmod(abs(total), 60))
    minutes: dict[str, str] = {}

    def minute(key: str) -> str:
        # the minute's local text; "" before 1992, where the offset may not hold
        if len(minutes) > 100_000:
            minutes.clear()
        head = (datetime.fromisoformat(key) + offset).isoformat()[:16] if key >= "1992" else ""
        minutes[key] = head
        return head

    if dialect == "sqlite":

        def rewritten(value: Any) -> str | None:
            # isoformat leaves out a zero fraction
            if value is None:
                return None
            head = minutes.get(value[:16])
            if head is None:
                head = minute(value[:16])
            if not head or len(value) != 26:
                return zoned(value)
            if value.endswith("000000"):
                return f"{head}{value[16:19]}{suffix}"
            return f"{head}{value[16:]}{suffix}"

        return rewritten

    def rewritten_server(value: Any) -> str | None:
        # isoformat writes six digits of a fraction there is
        if value is None:
            return None
        if len(value) < 19:
            return zoned(value)
        head = minutes.get(value[:16])
        if head is None:
            head = minute(value[:16])
        if not head:
            return zoned(value)
        if len(value) == 19:
            return f"{head}{value[16:]}{suffix}"
        return f"{head}{value[16:].ljust(10, '0')}{suffix}"

    return rewritten_server
