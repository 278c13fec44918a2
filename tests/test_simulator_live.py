"""The live city: emits what has happened by simulated now, on a fake clock, never sleeping."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta
from typing import Any

import pytest

import tests.test_simulator_feed as feedcheck
from console.simulator import LiveCity, generate_events
from console.simulator.simtime import CENTER_TZ

START = datetime(2025, 3, 3, tzinfo=CENTER_TZ)


class FakeClock:
    def __init__(self, now: datetime) -> None:
        self.now = now

    def __call__(self) -> datetime:
        return self.now

    def tick(self, **delta: float) -> None:
        self.now += timedelta(**delta)


class Sink:
    def __init__(self) -> None:
        self.batches: list[list[dict[str, Any]]] = []

    def __call__(self, events: list[dict[str, Any]]) -> None:
        self.batches.append(list(events))

    @property
    def events(self) -> list[dict[str, Any]]:
        return [e for batch in self.batches for e in batch]


def lines(events: list[dict[str, Any]]) -> list[str]:
    return [json.dumps(e, ensure_ascii=False, separators=(",", ":")) for e in events]


def test_live_city_plays_the_same_city_as_the_feed() -> None:
    clock, sink = FakeClock(datetime(2030, 1, 1, 12, tzinfo=CENTER_TZ)), Sink()
    city = LiveCity(
        sink, seed=5, per_day=120, speed=60, clock=clock, start=START, history=timedelta(0)
    )
    for _ in range(6):  # 6 × 10 wall minutes × 60 = 60 simulated hours
        clock.tick(minutes=10)
        city.advance()
    feed = list(generate_events(2, 120, 5, date(2025, 3, 3)))
    assert sink.events[: len(feed)] == feed
    assert city.emitted == len(sink.events) > len(feed)


def test_advance_emits_only_what_has_happened() -> None:
    clock, sink = FakeClock(START), Sink()
    city = LiveCity(sink, seed=1, per_day=300, clock=clock, history=timedelta(0))
    assert city.advance() == 0  # nothing has happened at the very start
    clock.tick(hours=3)
    first = city.advance()
    clock.tick(minutes=1)
    city.advance()
    assert first > 0
    assert sink.batches[0] and len(sink.batches[0]) == first
    assert all(e["at"] <= "2025-03-03T03:01:00+08:00" for e in sink.events)
    assert all(e["at"] > "2025-03-03T03:00:00+08:00" for e in sink.events[first:])
    ids = [e["id"] for e in sink.events]
    assert len(ids) == len(set(ids))
    assert city.advance() == 0  # the clock has not moved: nothing new
    nxt = city.next_event_at()
    assert nxt is not None and nxt > datetime(2025, 3, 3, 3, 1, tzinfo=CENTER_TZ)


def test_advance_accepts_a_wall_time_and_speed_scales_it() -> None:
    clock, sink = FakeClock(START), Sink()
    city = LiveCity(sink, seed=2, per_day=200, speed=120, clock=clock, history=timedelta(0))
    assert city.simulated_now(START + timedelta(minutes=30)) == START + timedelta(hours=60)
    city.advance(START + timedelta(minutes=12))  # = 24 simulated hours
    assert sink.events and all(e["at"] < "2025-03-04T00:00:01+08:00" for e in sink.events)
    assert any(e["at"] >= "2025-03-03T23:00:00+08:00" for e in sink.events)


def test_history_gives_a_city_in_full_swing_and_every_line_is_valid() -> None:
    clock, sink = FakeClock(datetime(2025, 3, 5, 10, 30, tzinfo=CENTER_TZ)), Sink()
    city = LiveCity(sink, seed=3, per_day=300, clock=clock)  # default: a day of history
    emitted = city.advance()
    assert emitted > 300
    assert sink.events[0]["at"] >= "2025-03-04T10:30:00+08:00"
    assert sink.events[-1]["at"] <= "2025-03-05T10:30:00+08:00"
    clock.tick(hours=2)
    city.advance()
    assert feedcheck.validate(lines(sink.events)) == []
    # tickets accepted before the history window are left out, not half-played
    created = {e["ticket"] for e in sink.events if e["event"] == "created"}
    assert {e["ticket"] for e in sink.events} == created


def test_runs_on_day_after_day() -> None:
    clock, sink = FakeClock(START), Sink()
    city = LiveCity(sink, seed=4, per_day=20, speed=86_400, clock=clock, history=timedelta(0))
    for _ in range(40):  # a simulated day per wall second
        clock.tick(seconds=1)
        city.advance()
    days = {e["at"][:10] for e in sink.events if e["event"] == "created"}
    assert len(days) >= 38
    assert feedcheck.validate(lines(sink.events)) == []


def test_a_failing_sink_loses_nothing() -> None:
    clock, taken = FakeClock(START), Sink()
    failures = [RuntimeError("database is away")]

    def flaky(events: list[dict[str, Any]]) -> None:
        if failures:
            raise failures.pop()
        taken(events)

    city = LiveCity(flaky, seed=6, per_day=200, clock=clock, history=timedelta(0))
    clock.tick(hours=6)
    with pytest.raises(RuntimeError):
        city.advance()
    clock.tick(hours=1)
    city.advance()
    reference = Sink()
    again = LiveCity(reference, seed=6, per_day=200, clock=FakeClock(START), history=timedelta(0))
    again.advance(START + timedelta(hours=7))
    assert taken.events == reference.events


def test_bad_arguments() -> None:
    with pytest.raises(ValueError):
        LiveCity(Sink(), seed=1, per_day=10, speed=0)
    with pytest.raises(ValueError):
        LiveCity(Sink(), seed=1, per_day=10, history=timedelta(hours=-1))
    with pytest.raises(ValueError):
        LiveCity(Sink(), seed=1, per_day=10, linger=1.5)


def test_lingering_replies_come_days_late_and_nothing_else_moves() -> None:
    """``linger`` (the demo's): a share of the late replies lie for days; the tickets
    without one play exactly as in the feed's city (linger 0, the default)."""

    def by_ticket(linger: float) -> dict[str, list[dict[str, Any]]]:
        sink = Sink()
        clock = FakeClock(START)
        city = LiveCity(sink, seed=4, per_day=300, clock=clock, history=timedelta(0),
                        linger=linger)  # fmt: skip
        clock.tick(days=12)
        city.advance()
        found: dict[str, list[dict[str, Any]]] = {}
        for e in sink.events:
            found.setdefault(e["ticket"], []).append(e)
        return found

    plain, lingering = by_ticket(0.0), by_ticket(0.5)
    assert plain.keys() == lingering.keys()
    moved = [n for n in plain if plain[n] != lingering[n]]
    lates: list[timedelta] = []
    assert 0 < len(moved) < 0.1 * len(plain)  # only some of the late replies
    for n in moved:
        before = next(e for e in plain[n] if e["event"] == "replied")
        story = plain[n][: plain[n].index(before)]
        after = next((e for e in lingering[n] if e["event"] == "replied"), None)
        if after is None:  # still lying at the end of the run
            assert lingering[n] == story
            continue
        lates.append(datetime.fromisoformat(after["at"]) - datetime.fromisoformat(before["at"]))
        assert lingering[n][: lingering[n].index(after)] == story  # the same until then
    # hours late before, days late now (each against a reply that was late already)
    assert sorted(lates)[len(lates) // 2] > timedelta(days=1)
