"""Policies and calendars a person wrote by hand (issue 14): every mistake is one clear
error at load time, naming the file, the key and what was expected."""

from __future__ import annotations

import json
import logging
from datetime import date
from pathlib import Path

import pytest

from console.paths import POLICIES
from console.policy import PolicyError, load_policy
from db.engine import data_dir
from tests.builders import run_cli
from tests.feedkit import created

AT = "2024-10-08T09:00:00+08:00"
GOOD_RULE = "[[deadline]]\nkind = 'sign'\nlimit = '30m'\n"


@pytest.mark.parametrize(
    ("source", "words"),
    [
        ('warning_share = "half"', "warning_share must be a number above 0 and at most 1, not"),
        ("warning_share = true", "warning_share must be a number"),
        ("critical_share = 0", "critical_share must be"),
        ("warning_shre = 0.4", 'unknown key "warning_shre"; did you mean "warning_share"?'),
        ("[shuffled]\nreturn = 2", 'unknown key "return"; did you mean "returns"?'),
        ("[shuffled]\nreturns = -1", "[shuffled]: returns must be a whole number from 1"),
        ("[shuffled]\nreturns = 2.5", "returns must be a whole number"),
        ("[shuffled]\ndistinct_units = 1", "distinct_units must be a whole number from 2"),
        ("[shuffled]\nback_to_unit = 'yes'", "back_to_unit must be true or false"),
        ("[disputed]\njurisdiction_returns = 0", "jurisdiction_returns must be"),
        ("shuffled = 3", "shuffled must be a table"),
        ("[[deadline]]\nkind = 'sign'\nlimit = '99999999999h'", "more than 366 days"),
        ("[[deadline]]\nkind = 'reply'\nlimit = '5000wd'", "more than 250 working days"),
        ("[[deadline]]\nkind = 'sign'\nlimit = '0m'", "longer than nothing"),
        ("[[deadline]]\nkind = 'sign'\nlimit = '-5m'", "not like"),
        ("[[deadline]]\nkind = 'sign'\nlimit = 30", "limit must be a time limit"),
        ("[[deadline]]\nkind = 'sign'\nlimt = '30m'", 'unknown key "limt"; did you mean "limit"?'),
        ("[[deadline]]\nkind = 'sign'\nurgent = 1\nlimit = '30m'", "urgent must be true or"),
        ("deadline = 'sign in 30m'", "[[deadline]] tables"),
        ("name = 'x' \nname = 'y'", "not valid TOML"),
        ("name = '" + "n" * 88 + "'", "name must be a name of at most 87 characters"),
        ("name = 42", "name must be"),
        ("timezone = 8", "unknown time zone"),
        ("calendar_file = 7", "calendar_file must be"),
        ("calendar_file = 'nowhere.toml'", "does not exist"),
    ],
)
def test_a_policy_mistake_names_the_file_the_key_and_the_expectation(
    source: str, words: str, tmp_path: Path
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(source + "\n" + (GOOD_RULE if "deadline" not in source else ""), "utf-8")
    with pytest.raises(PolicyError) as info:
        load_policy(str(path))
    message = str(info.value)
    assert message.startswith(str(path)), message
    assert words in message, message
    assert "\n" not in message


def test_a_policy_that_is_not_utf8(tmp_path: Path) -> None:
    path = tmp_path / "gbk.toml"
    path.write_bytes('name = "海口"\n'.encode("gbk"))
    with pytest.raises(PolicyError, match="not UTF-8"):
        load_policy(str(path))


def test_a_long_policy_name_is_refused_before_an_import(tmp_path: Path) -> None:
    """A name over 87 characters used to die in PostgreSQL mid-import."""
    path = tmp_path / "long.toml"
    path.write_text(f"name = '{'长' * 88}'\n" + GOOD_RULE, "utf-8")
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps(created("T", AT)) + "\n", "utf-8")
    r = run_cli(
        "--db", f"sqlite:///{tmp_path / 'x.db'}", "--policy", str(path), "import", str(feed)
    )
    assert r.returncode == 2 and "at most 87 characters" in r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1
    assert not (tmp_path / "x.db").exists()


def _national_with(tmp_path: Path, calendar: bytes) -> Path:
    cal = tmp_path / "cal.toml"
    cal.write_bytes(calendar)
    policy = tmp_path / "p.toml"
    source = (POLICIES / "national.toml").read_text("utf-8").replace('name = "national"', "")
    policy.write_text(f"calendar_file = 'cal.toml'\n{source}", "utf-8")
    return policy


@pytest.mark.parametrize(
    ("calendar", "words"),
    [
        (b'holidays = ["2027-02-30"]', "holidays: '2027-02-30' is not a date"),
        (b'workdays = ["2027-13-01"]', "workdays: '2027-13-01' is not a date"),
        (b"holidays = [20270101]", "holidays: 20270101 is not a date"),
        (b'holidays = "2027-01-01"', "holidays must be a list of dates"),
        (b'holiday = ["2027-01-01"]', 'unknown key "holiday"'),
        (b"holidays = [", "not valid TOML"),
        ('holidays = ["2027-01-01"] # 元旦'.encode("gbk"), "not UTF-8"),
        (b'holidays = ["9999-01-01"]', "outside the years"),
        (b'holidays = ["2027-01-04"]\nworkdays = ["2027-01-04"]', "both a holiday and a work"),
    ],
)
def test_a_calendar_mistake_is_clear_at_load_time(
    calendar: bytes, words: str, tmp_path: Path
) -> None:
    policy = _national_with(tmp_path, calendar)
    with pytest.raises(PolicyError) as info:
        load_policy(str(policy))
    assert str(tmp_path / "cal.toml") in str(info.value) and words in str(info.value)


def test_a_calendar_with_toml_dates_is_fine(tmp_path: Path) -> None:
    policy = load_policy(str(_national_with(tmp_path, b"holidays = [2027-01-04]\n")))
    assert not policy.calendar.is_workday(date(2027, 1, 4))


def test_a_broken_data_folder_calendar_stops_only_what_counts_working_days(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    (data_dir() / "calendar.toml").write_text('holidays = ["2027-02-30"]\n', "utf-8")
    with pytest.raises(PolicyError, match="calendar.toml: holidays: '2027-02-30'"):
        load_policy("national")
    with caplog.at_level(logging.WARNING):
        assert load_policy("haikou").name == "haikou"
    assert "2027-02-30" in caplog.text
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps(created("T", AT)) + "\n", "utf-8")
    url = f"sqlite:///{tmp_path / 'x.db'}"
    assert run_cli("--db", url, "import", str(feed)).returncode == 0
    r = run_cli("--db", url, "--policy", "national", "report", "--at", AT)
    assert r.returncode == 2 and "calendar.toml" in r.stderr and "Traceback" not in r.stderr
