"""The report's fast time printing is exactly ``datetime.isoformat`` in the center's zone."""

from __future__ import annotations

from datetime import UTC, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from db.bulk import time_printer, time_writer

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
