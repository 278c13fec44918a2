"""Property tests: arrival order of independent tickets, and reports of the past."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, text

from console.ingest import Importer
from console.policy import load_policy
from console.report import build_report

BASE = datetime.fromisoformat("2024-09-27T08:00:00+08:00")  # spans National Day 2024
UNITS = ["A", "B", "C", "D"]
TABLES = [
    "ticket_events",
    "deadlines",
    "escalations",
    "notifications",
    "tickets",
    "units",
    "policies",
]


@st.composite
def ticket_history(draw: st.DrawFn, number: str) -> list[dict[str, Any]]:
    """A valid life of one ticket: the generator keeps to what the state allows."""
    at = BASE + timedelta(minutes=draw(st.integers(0, 60 * 24 * 12)))
    events: list[dict[str, Any]] = []

    def emit(kind: str, **fields: Any) -> None:
        events.append({"event": kind, "ticket": number, "at": at.isoformat(), **fields})

    emit(
        "created",
        category=draw(
            st.sampled_from(
                ["consultation", "suggestion", "complaint", "help", "report", "praise", "other"]
            )
        ),
        urgent=draw(st.booleans()),
        title="t",
    )
    unit: str | None = None
    closed = False
    for _ in range(draw(st.integers(0, 8))):
        # strictly later: two events of one ticket alike in every field are one event
        at += timedelta(minutes=draw(st.integers(1, 60 * 30)))
        if closed:
            emit("reopened")
            closed = False
            continue
        options = ["dispatched", "replied", "closed"]
        if unit is not None:
            options += ["signed", "onsite", "returned", "transferred"]
        kind = draw(st.sampled_from(options))
        if kind == "dispatched":
            unit = draw(st.sampled_from(UNITS))
            emit(kind, unit=unit)
        elif kind in ("signed", "onsite"):
            emit(kind, unit=unit)
        elif kind == "replied":
            emit(kind, unit=unit or "A")
        elif kind == "closed":
            emit(kind)
            closed = True
        elif kind == "returned":
            emit(kind, unit=unit, reason=draw(st.sampled_from(["jurisdiction", "other"])))
            unit = None
        else:
            to = draw(st.sampled_from([u for u in UNITS if u != unit]))
            emit(kind, **{"from": unit, "to": to})
            unit = to
    return events


@st.composite
def city(draw: st.DrawFn) -> list[list[dict[str, Any]]]:
    n = draw(st.integers(1, 5))
    return [draw(ticket_history(f"P{i}")) for i in range(n)]


@st.composite
def interleaving(draw: st.DrawFn, histories: list[list[dict[str, Any]]]) -> list[dict[str, Any]]:
    """Merge the histories in a random order that keeps each ticket's own order."""
    queues = [list(h) for h in histories]
    merged: list[dict[str, Any]] = []
    while any(queues):
        i = draw(st.sampled_from([i for i, q in enumerate(queues) if q]))
        merged.append(queues[i].pop(0))
    return merged


def _wipe(engine: Engine) -> None:
    with engine.begin() as conn:
        for table in TABLES:
            conn.execute(text(f"DELETE FROM {table}"))


def _report(
    engine: Engine, events: list[dict[str, Any]], policy: str, at: datetime
) -> dict[str, Any]:
    _wipe(engine)
    pol = load_policy(policy)
    result = Importer(engine, pol).import_events(events)
    assert result.rejected == 0, result.rejects
    return build_report(engine, pol, at)


@pytest.fixture
def shared_engine(engine: Engine) -> Iterator[Engine]:
    yield engine


SETTINGS = settings(
    max_examples=60,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


# a city's histories drawn inside the test, a policy, and a moment in the 16 days after BASE
A_CITY_AT_A_MOMENT = given(
    data=st.data(),
    policy=st.sampled_from(["haikou", "national"]),
    minutes=st.integers(0, 60 * 24 * 16),
)


@SETTINGS
@A_CITY_AT_A_MOMENT
def test_arrival_order_of_independent_tickets_does_not_matter(
    shared_engine: Engine, data: st.DataObject, policy: str, minutes: int
) -> None:
    histories = data.draw(city())
    at = BASE + timedelta(minutes=minutes)
    first = _report(shared_engine, [e for h in histories for e in h], policy, at)
    other = _report(shared_engine, data.draw(interleaving(histories)), policy, at)
    assert first == other


@SETTINGS
@A_CITY_AT_A_MOMENT
def test_report_at_time_ignores_later_events(
    shared_engine: Engine, data: st.DataObject, policy: str, minutes: int
) -> None:
    histories = data.draw(city())
    events = [e for h in histories for e in h]
    at = BASE + timedelta(minutes=minutes)
    everything = _report(shared_engine, events, policy, at)
    until_then = [e for e in events if datetime.fromisoformat(e["at"]) <= at]
    assert everything == _report(shared_engine, until_then, policy, at)
