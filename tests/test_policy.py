"""Policy files, the center's own calendar, and years beyond chinesecalendar's data."""

from __future__ import annotations

import logging
from datetime import date, datetime
from pathlib import Path

import pytest
from sqlalchemy import Engine

from console.ingest import Importer
from console.policy import PolicyError, load_policy, parse_policy
from console.report import build_report
from console.workdays import WorkCalendar
from tests.feedkit import created, ev, instant, load, report_at, ticket

CUSTOM = """
name = "sanya"
warning_share = 0.25
critical_share = 0.5
calendar_file = "own-calendar.toml"
[shuffled]
returns = 3
distinct_units = 4
back_to_unit = false
[disputed]
jurisdiction_returns = 1
[[deadline]]
kind = "sign"
start = "dispatch"
limit = "1h"
[[deadline]]
kind = "reply"
categories = ["complaint"]
urgent = false
limit = "3wd"
"""


def _policy_file(tmp_path: Path, holidays: str = "", workdays: str = "") -> Path:
    (tmp_path / "own-calendar.toml").write_text(
        f"holidays = [{holidays}]\nworkdays = [{workdays}]\n", encoding="utf-8"
    )
    path = tmp_path / "sanya.toml"
    path.write_text(CUSTOM, encoding="utf-8")
    return path


def test_custom_policy_file(engine: Engine, tmp_path: Path) -> None:
    path = _policy_file(tmp_path)
    policy = load_policy(str(path))
    assert policy.name == "sanya"
    Importer(engine, policy).import_events(
        [
            created("T", "2024-11-08T10:00:00+08:00", "complaint"),
            ev("dispatched", "T", "2024-11-08T10:00:00+08:00", unit="A"),
            ev("returned", "T", "2024-11-08T10:10:00+08:00", unit="A", reason="jurisdiction"),
            ev("dispatched", "T", "2024-11-08T10:20:00+08:00", unit="A"),
            created("U", "2024-11-08T10:00:00+08:00", "consultation", urgent=True),
        ]
    )
    rep = build_report(engine, policy, datetime.fromisoformat("2024-11-08T10:40:00+08:00"))
    t = ticket(rep, "T")
    # one return and back to A: not shuffled under these thresholds; one unit disputes
    assert (t["shuffled"], t["disputed"]) == (False, True)
    reply = next(d for d in t["deadlines"] if d["kind"] == "reply")
    assert instant(reply["due"]) == instant("2024-11-13T10:00:00+08:00")  # Fri + 3 wd
    assert t["state"] == "warning"  # sign: 20 of 60 minutes ≥ 25 %
    assert ticket(rep, "U")["deadlines"] == []  # no rule for urgent consultations


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ("[[deadline]]\nkind = 'nap'\nlimit = '1h'", "kind must be"),
        ("[[deadline]]\nkind = 'sign'\nlimit = '1 fortnight'", "not like"),
        ("[[deadline]]\nkind = 'sign'", "limit is missing"),
        ("[[deadline]]\nkind = 'reply'\nlimit='1h'\ncategories=['gossip']", "categories"),
        ("warning_share = 0.9\ncritical_share = 0.5", "warning_share"),
        ("timezone = 'Mars/Olympus'", "time zone"),
        ("name = ", "not valid TOML"),
    ],
)
def test_bad_policy_files_say_what_is_wrong(source: str, words: str) -> None:
    with pytest.raises(PolicyError, match=words):
        parse_policy(source, origin="mine")


def test_year_beyond_chinesecalendar_uses_weekends_and_warns(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    assert not WorkCalendar().covers(2031)
    with caplog.at_level(logging.WARNING, logger="console.workdays"):
        load(
            engine,
            [
                created("A", "2031-01-03T10:00:00+08:00"),  # a Friday
                created("B", "2031-01-06T10:00:00+08:00"),
            ],
            "national",
        )
    assert sum("2031" in r.getMessage() for r in caplog.records) == 1, "said once"
    rep = report_at(engine, "2031-01-06T12:00:00+08:00", "national")
    assert instant(ticket(rep, "A")["deadlines"][0]["due"]) == instant("2031-01-07T10:00:00+08:00")
    assert len(rep["warnings"]) == 1 and "2031" in rep["warnings"][0]
    # deadlines started under the national policy stay uncertain whatever reports them
    assert report_at(engine, "2031-01-06T12:00:00+08:00")["warnings"] == rep["warnings"]


def test_hour_limits_in_an_uncovered_year_need_no_warning(engine: Engine) -> None:
    load(engine, [created("A", "2031-01-03T10:00:00+08:00")])
    assert report_at(engine, "2031-01-03T12:00:00+08:00")["warnings"] == []


def test_center_calendar_fills_an_uncovered_year(engine: Engine, tmp_path: Path) -> None:
    path = _policy_file(tmp_path, holidays="2031-01-06, 2031-01-07", workdays="2031-01-04")
    policy = load_policy(str(path))
    Importer(engine, policy).import_events([created("A", "2031-01-03T10:00:00+08:00")])
    rep = build_report(engine, policy, datetime.fromisoformat("2031-01-03T12:00:00+08:00"))
    # 3 working days: Fri 14 h, Sat 01-04 (make-up) 24 h, Sun off, Mon-Tue holidays,
    # Wed 24 h, Thu 10 h
    assert instant(ticket(rep, "A")["deadlines"][0]["due"]) == instant("2031-01-09T10:00:00+08:00")
    assert "3 holiday and make-up day entries" in rep["warnings"][0]


def test_center_entries_override_official_days() -> None:
    cal = WorkCalendar(holidays=frozenset({date(2024, 11, 11)}))
    assert not cal.is_workday(date(2024, 11, 11)) and cal.is_workday(date(2024, 11, 12))
    assert cal.is_workday(date(2024, 9, 29))  # official make-up Sunday
    assert not cal.is_workday(date(2024, 10, 4))


def test_times_print_with_the_centers_offset_in_any_zone(engine: Engine, tmp_path: Path) -> None:
    """A zone with summer time takes the zone database's way; China's fixed +08:00 the
    fast one: both print the offset in force at each time."""
    path = tmp_path / "berlin.toml"
    path.write_text(
        'name = "berlin"\ntimezone = "Europe/Berlin"\n'
        '[[deadline]]\nkind = "reply"\nlimit = "24h"\n',
        encoding="utf-8",
    )
    policy = load_policy(str(path))
    Importer(engine, policy).import_events(
        [
            created("W", "2025-03-29T12:00:00+01:00"),  # due after the change to summer time
        ]
    )
    rep = build_report(engine, policy, datetime.fromisoformat("2025-03-29T13:00:00+01:00"))
    assert ticket(rep, "W")["deadlines"][0]["due"] == "2025-03-30T13:00:00+02:00"
    assert rep["at"] == "2025-03-29T13:00:00+01:00"
    shanghai = report_at(engine, "2025-03-29T20:00:00+08:00")
    assert ticket(shanghai, "W")["deadlines"][0]["due"] == "2025-03-30T19:00:00+08:00"
