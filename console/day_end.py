"""A due time as people read it. A deadline at local midnight is the end of the day before
it: "2026-12-02 24:00", the day it is due, not "2026-12-03 00:00", which reads as a day
more. Only for people (notice, detail, register, board, messages); JSON keeps ISO times."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo

DAY_END = "24:00"
CLOCK = "%H:%M"


def due_text(moment: datetime, tz: tzinfo, fmt: str = "%Y-%m-%d %H:%M") -> str:
    """``moment`` in ``tz`` with ``fmt``; at local midnight, the day before at 24:00 (when
    ``fmt`` shows the clock as %H:%M)."""
    local = moment.astimezone(tz)
    if CLOCK in fmt and (local.hour, local.minute, local.second, local.microsecond) == (
        0, 0, 0, 0,
    ):  # fmt: skip
        return (local - timedelta(days=1)).strftime(fmt.replace(CLOCK, DAY_END))
    return local.strftime(fmt)
