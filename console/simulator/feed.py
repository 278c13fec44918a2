"""The simulated city as a JSON Lines ticket event feed (spec/feed-and-report.md §1).

The feed covers ``days`` whole days from ``start`` (center time), or stops at ``end``:
tickets still open at the end stay open, as on a real board. Same arguments, same bytes.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from datetime import date, datetime, timedelta
from typing import Any, TextIO

from console.simulator.simtime import CENTER_TZ, Moments
from console.simulator.timeline import timeline

DEFAULT_START = date(2025, 3, 3)

_encode = json.JSONEncoder(ensure_ascii=False, separators=(",", ":")).encode


def generate_events(
    days: int, per_day: int, seed: int, start: date = DEFAULT_START, end: datetime | None = None
) -> Iterator[dict[str, Any]]:
    """Every event of ``days`` days of the city, in the order they happened (none after
    ``end`` when given: a feed that ends now)."""
    if days < 0 or per_day < 0:
        raise ValueError("days and per_day must not be negative")
    moments = Moments(start)
    last = None if end is None else moments.from_datetime(end)
    for t, event in timeline(moments, seed=seed, per_day=per_day, days=days):
        if last is not None and t > last:
            return
        yield event


def write_events(out: TextIO, events: Iterable[dict[str, Any]]) -> int:
    """Write events as feed lines; returns how many were written."""
    count = 0
    lines: list[str] = []
    for event in events:
        lines.append(_encode(event))
        count += 1
        if len(lines) >= 4096:  # fewer, larger writes
            lines.append("")
            out.write("\n".join(lines))
            lines.clear()
    if lines:
        lines.append("")
        out.write("\n".join(lines))
    return count


def write_feed(
    out: TextIO,
    *,
    days: int,
    per_day: int,
    seed: int,
    start: date = DEFAULT_START,
    end: datetime | None = None,
) -> int:
    """Write ``days`` days of the city as a feed; returns the number of lines written."""
    return write_events(out, generate_events(days, per_day, seed, start, end))


def start_ending_now(days: int, now: datetime) -> date:
    """The first day of a ``days``-day feed whose last day is today (center time): with
    ``end=now`` it ends now, so a console opened on it shows a live board, not one
    that is hundreds of days overdue."""
    today = now.astimezone(CENTER_TZ).date()
    return today - timedelta(days=max(days, 1) - 1)
