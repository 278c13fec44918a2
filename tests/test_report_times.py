"""The report's times as text: compared like the instants, printed exactly as
``datetime.isoformat`` in the center's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st
from sqlalchemy import Engine, bindparam, text

from db.models import UTCDateTime
from db.times import AS_TEXT, time_printer, time_writer

ZONES = ["Asia/Shanghai", "Asia/Kathmandu", "Europe/Berlin", "UTC", "America/St_Johns"]
moments = st.datetimes(
    min_value=datetime(1900, 1, 1), max_value=datetime(2200, 12, 31), timezones=st.just(UTC)
)


@given(moment=moments, zone=st.sampled_from(ZONES), whole=st.booleans())
def test_printed_as_isoformat_in_the_zone_on_both_databases(
    moment: datetime, zone: str, whole: bool
) -> None:
    if whole:  # the feed's usual times: whole seconds, printed without a fraction
        moment = moment.replace(microsecond=0)
    tz = ZoneInfo(zone)
    expected = moment.astimezone(tz).isoformat()
    for dialect in ("sqlite", "postgresql"):
        printer = time_printer(dialect, tz)
        stored = time_writer(dialect)(moment)
        assert printer(stored) == expected
        assert printer(stored) == expected  # the second time from what it remembered
        assert printer(None) is None


@given(a=moments, b=moments, whole=st.booleans())
def test_the_text_compares_like_the_instants_on_both_databases(
    a: datetime, b: datetime, whole: bool
) -> None:
    if whole:
        a, b = a.replace(microsecond=0), b.replace(microsecond=b.microsecond // 1000 * 1000)
    for dialect in ("sqlite", "postgresql"):
        write = time_writer(dialect)
        assert (write(a) < write(b)) == (a < b)
        assert (write(a) == write(b)) == (a == b)


EXAMPLES = [
    datetime(2025, 3, 12, 4, 0, tzinfo=UTC),
    datetime(2025, 3, 12, 4, 0, 0, 120000, tzinfo=UTC),
    datetime(2025, 3, 12, 4, 0, 59, 5, tzinfo=UTC),
    datetime(1999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    datetime(2024, 11, 20, 0, 0, 0, 100, tzinfo=ZoneInfo("Asia/Kathmandu")),
]


def test_the_database_gives_the_text_the_report_writes(engine: Engine) -> None:
    """What the report reads (AS_TEXT, under a session zone that is not UTC) is the text
    it writes the moment as, to compare with."""
    dialect = engine.dialect.name
    query = text(f"SELECT {AS_TEXT[dialect].format(':t')}").bindparams(
        bindparam("t", type_=UTCDateTime())
    )
    with engine.connect() as conn:
        if dialect == "postgresql":
            conn.exec_driver_sql("SET LOCAL datestyle = 'ISO'")
            conn.exec_driver_sql("SET LOCAL TIME ZONE 'America/St_Johns'")
        for moment in EXAMPLES:
            assert conn.execute(query, {"t": moment}).scalar() == time_writer(dialect)(moment)
