"""The wall's figures from the database (SQLite and PostgreSQL), and its KPI targets."""

from __future__ import annotations

import random
from collections import Counter
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine, insert, select

from console.kpi_targets import DEFAULT_TARGETS, parse_targets
from console.policy import load_policy
from console.supervisors import remember_supervisor
from console.wall_figures import DAYS, wall_figures
from db.models import Deadline, Escalation
from tests.feedkit import created, ev, load

POLICY = load_policy("haikou")
NOW = datetime.fromisoformat("2024-10-09T15:20:00+08:00")


def test_wall_figures(engine: Engine) -> None:
    week_ago = NOW - timedelta(days=7)
    load(engine, [
        # last week, same weekday: two at 09:xx, one at 14:xx
        created("L1", week_ago.replace(hour=9, minute=5).isoformat()),
        created("L2", week_ago.replace(hour=9, minute=40).isoformat()),
        created("L3", week_ago.replace(hour=14, minute=1).isoformat()),
        # today: one at 10:xx, missed its 30-minute signing at the water bureau
        created("T1", NOW.replace(hour=10, minute=0).isoformat(), title="王先生来电"),
        ev("dispatched", "T1", NOW.replace(hour=10, minute=2).isoformat(),
           unit="W", unit_name="市水务局"),
        # yesterday: signed in time at the power company
        created("Y1", (NOW - timedelta(days=1)).replace(hour=9, minute=0).isoformat()),
        ev("dispatched", "Y1", (NOW - timedelta(days=1)).replace(hour=9, minute=1).isoformat(),
           unit="P", unit_name="供电局"),
        ev("signed", "Y1", (NOW - timedelta(days=1)).replace(hour=9, minute=10).isoformat(),
           unit="P"),
    ], policy="haikou")  # fmt: skip
    remember_supervisor(engine, "李娜", NOW)
    with engine.begin() as conn:
        for hours, office in ((5, "discipline"), (2, "discipline"), (1, "supervision")):
            conn.execute(insert(Escalation).values(
                ticket="T1", office=office, reason="overdue", status="open", created_by="李娜",
                created_at=NOW - timedelta(hours=hours)))  # fmt: skip
    f = wall_figures(engine, POLICY.tz, NOW)
    assert f.hours_last_week[9] == 2 and f.hours_last_week[14] == 1 and sum(f.hours_last_week) == 3
    assert f.hours_today[10] == 1 and sum(f.hours_today) == 1
    assert len(f.missed_by_day) == DAYS and f.missed_by_day[-1] == (NOW.date(), 1)
    # and last week's three, never dispatched, missed their 48-hour reply five days ago
    assert dict(f.missed_by_day)[(NOW - timedelta(days=5)).date()] == 3
    assert sum(n for _, n in f.missed_by_day) == 4
    water = next(u for u in f.units if u.unit == "W")
    power = next(u for u in f.units if u.unit == "P")
    assert (water.name, water.missed, water.on_time_rate) == ("市水务局", 1, 0.0)
    assert (power.missed, power.on_time_rate) == (0, 1.0)
    assert f.units[0] is water  # most missed first
    assert [(e.office, round((NOW.timestamp() - e.opened) / 3600)) for e in f.escalations] == [
        ("discipline", 5),
        ("discipline", 2),
        ("supervision", 1),
    ]  # by office, oldest first
    assert f.escalations[0].title == "王先生来电" and f.escalations[0].unit_name == "市水务局"


def test_kpi_tones_and_a_centers_own_targets() -> None:
    overdue = DEFAULT_TARGETS["overdue"]
    assert [overdue.tone(v) for v in (0, 1, 19, 20, 500)] == [
        "green", "amber", "amber", "red", "red"]  # fmt: skip
    mine = parse_targets(
        "overdue=0/5/50; open=100/200/300; nonsense; weather=1/2/3; due_soon=9/1/2"
    )
    assert (mine["overdue"].amber, mine["overdue"].red) == (5, 50)
    assert mine["open"].target == 100 and mine["open"].tone(250) == "amber"
    assert mine["due_soon"] == DEFAULT_TARGETS["due_soon"]  # target above amber: refused
    # over its target a tile is never green, whatever its amber line
    due_soon = DEFAULT_TARGETS["due_soon"]
    assert [due_soon.tone(v) for v in (10, 11, 17, 49, 50)] == [
        "green", "amber", "amber", "amber", "red"]  # fmt: skip
    for t in DEFAULT_TARGETS.values():
        assert t.tone(t.target) == "green" and t.tone(t.target + 1) != "green", t.key
    assert "weather" not in mine


@pytest.mark.parametrize(("zone", "day"), [
    ("Asia/Shanghai", 12), ("America/New_York", 12), ("Asia/Kathmandu", 12),
    ("Australia/Lord_Howe", 20),
])  # fmt: skip
def test_missed_by_day_is_counted_as_by_the_deadlines_own_days(
    engine: Engine, zone: str, day: int
) -> None:
    """Counted by the database, each missed deadline still falls on its own local day:
    at midnight and a second either side, across a change of clocks (New York left
    summer time on 3 November; Lord Howe moves by half an hour, on 6 October), in a
    zone a quarter hour off the hour (Kathmandu)."""
    tz = ZoneInfo(zone)
    now = datetime(2024, 11 if day == 12 else 10, day, 15, 20, tzinfo=tz)
    load(engine, [created("M1", (now - timedelta(days=40)).isoformat())], policy="haikou")
    rng = random.Random(zone)
    midnights = [datetime.combine(now.date() - timedelta(days=k), time(0), tz)
                 for k in range(-1, DAYS + 2)]  # fmt: skip
    rows = []
    for n, midnight in enumerate(rng.choices(midnights, k=600), start=100):
        due = midnight + timedelta(seconds=rng.choice((-1, 0, 1, rng.randrange(86_400))))
        status = rng.choice(("open", "met", "ended"))
        rows.append({"ticket": "M1", "n": n, "kind": "reply", "unit": None, "clock": "wall",
                     "started_at": due - timedelta(hours=1), "due_at": due, "warn_at": due,
                     "crit_at": due, "status": status, "policy": "haikou",
                     "late": status != "open" and rng.random() < 0.5})  # fmt: skip
    with engine.begin() as conn:
        conn.execute(insert(Deadline), rows)
        stored = conn.execute(select(Deadline.due_at, Deadline.status, Deadline.late)).all()
    first = datetime.combine(now.date() - timedelta(days=DAYS - 1), time(0), tz)
    by_hand = Counter(
        due.astimezone(tz).date()
        for due, status, late in stored
        if first <= due < now and (late or status == "open")
    )
    f = wall_figures(engine, tz, now)
    assert [d for d, _ in f.missed_by_day] == [now.date() - timedelta(days=DAYS - 1 - i)
                                              for i in range(DAYS)]  # fmt: skip
    assert dict(f.missed_by_day) == {d: by_hand.get(d, 0) for d, _ in f.missed_by_day}
    assert sum(by_hand.values()) > 200  # the test saw many


def test_the_first_day_is_the_first_recorded_events(engine: Engine) -> None:
    """The 30-day chart starts there on a young database (a demo's day of history)."""
    assert wall_figures(engine, POLICY.tz, NOW).first_day is None
    # 23:30 on the 6th in UTC is the 7th in Haikou: the center's own day
    early, late = "2024-10-06T23:30:00+00:00", (NOW - timedelta(hours=1)).isoformat()
    load(engine, [created("A1", early), created("A2", late)], policy="haikou")
    f = wall_figures(engine, POLICY.tz, NOW)
    assert f.first_day == date(2024, 10, 7) and f.missed_by_day[0][0] < f.first_day
