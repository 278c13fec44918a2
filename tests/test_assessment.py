"""The assessment (supervision.md §7) against the hand-made feed of tests/assess_feed.py,
on both databases; the `rated` event through import, rejects, replay and the report."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any, cast

import pytest
from sqlalchemy import Engine, Table, insert

from console.assessment import Period, PeriodError, assess, overdue_at
from console.bulletin import gather
from console.policy import PolicyError, load_policy, parse_policy
from db.models import Escalation, Supervisor
from tests import assess_feed as hand
from tests.builders import run_cli
from tests.feedkit import load, report_at

ROOT = Path(__file__).resolve().parent.parent
NOW = datetime.fromisoformat("2024-10-05T12:00:00+08:00")


def _escalate(engine: Engine) -> None:
    """T4 escalated while at C (as an escalation row: what the assessment reads)."""
    at = datetime.fromisoformat(hand.ESCALATED_AT)
    X = cast(Table, Escalation.__table__)
    row: dict[str, Any] = {"ticket": "T4", "office": "supervision", "reason": "overdue",
                           "status": "open", "created_by": "张督办", "created_at": at}  # fmt: skip
    if "unit" in X.c:
        row["unit"] = "C"
    with engine.begin() as conn:
        conn.execute(
            insert(cast(Table, Supervisor.__table__)), {"name": "张督办", "created_at": at}
        )
        conn.execute(insert(X), row)


@pytest.fixture
def assessed(engine: Engine) -> Engine:
    result = load(engine, hand.FEED)
    assert result.rejected == 0, result.rejects
    _escalate(engine)
    return engine


def _by_unit(data: dict[str, Any]) -> dict[str, dict[str, Any]]:
    return {u["unit"]: u for u in data["units"]}


def test_each_field_as_worked_out_by_hand(assessed: Engine) -> None:
    data = assess(assessed, load_policy(), Period.parse(hand.FROM, hand.TO), now=NOW).as_json()
    units = _by_unit(data)
    assert set(units) == set(hand.EXPECTED)
    for code, figures in hand.EXPECTED.items():
        got = tuple(units[code][f] for f in hand.FIELDS)
        assert got == figures, f"{code}: {dict(zip(hand.FIELDS, got, strict=True))}"
        assert (units[code]["score"], units[code]["rank"]) == hand.SCORES[code]
    assert [u["unit"] for u in data["units"]] == ["A", "C", "B"]  # by rank
    assert tuple(data["center"][f] for f in hand.FIELDS) == hand.CENTER
    assert data["center"]["score"] == hand.CENTER_SCORE
    assert (data["from"], data["to"]) == (hand.FROM, hand.TO)
    assert units["A"]["name"] == "甲局"


def test_an_escalation_at_the_center_counts_in_the_center_total(assessed: Engine) -> None:
    """A ticket escalated while still at the center (no unit yet): no unit's row holds it,
    the center's total (assess and the bulletin's figures) does."""
    X = cast(Table, Escalation.__table__)
    at = datetime.fromisoformat(hand.ESCALATED_AT)
    row: dict[str, Any] = {"ticket": "T5", "office": "discipline", "reason": "other",
                           "status": "open", "created_by": "张督办", "created_at": at}  # fmt: skip
    if "unit" in X.c:
        row["unit"] = None
    with assessed.begin() as conn:
        conn.execute(insert(X), row)
    policy, period = load_policy(), Period.parse(hand.FROM, hand.TO)
    data = assess(assessed, policy, period, now=NOW).as_json()
    units = _by_unit(data)
    for code, figures in hand.EXPECTED.items():  # no unit's figures change
        assert tuple(units[code][f] for f in hand.FIELDS) == figures
    at_end = hand.FIELDS.index("escalations")
    assert data["center"]["escalations"] == hand.CENTER[at_end] + 1
    assert gather(assessed, policy, period, now=NOW).assessment.center.escalations == 2


def test_closed_and_overdue_agree_with_the_report(assessed: Engine) -> None:
    """A unit's closed / closed_late over a period equal the report's for the same tickets
    (all of them accepted in the period and closed by its end, T5 aside), and overdue at
    the end equals the report's overdue at that moment."""
    data = _by_unit(
        assess(assessed, load_policy(), Period.parse(hand.FROM, hand.TO), now=NOW).as_json()
    )
    report = {u["unit"]: u for u in report_at(assessed, hand.END)["units"]}
    for code in ("A", "B", "C"):
        rep = report.get(code, {})
        assert data[code]["closed"] == rep.get("closed", 0), code
        assert data[code]["closed_late"] == rep.get("closed_late", 0), code
        assert data[code]["overdue_at_end"] == rep.get("overdue", 0), code
        assert data[code]["rated"] == rep.get("rated", 0), code
        assert data[code]["satisfied"] == rep.get("satisfied", 0), code


def test_overdue_at_a_past_moment_replays_what_changed_since(assessed: Engine) -> None:
    # at 10-01 12:10, T4 is with B (sign due 12:35: not yet) and T3 with B (signed late
    # at 12:10 exactly: met then); T2's sign was met late at 10:50: nothing open overdue
    at = datetime.fromisoformat("2024-10-01T12:40:00+08:00")
    # by 12:40 T4 sits at C (due 12:50): none overdue; at 13:00 C's is
    assert overdue_at(assessed, load_policy(), at) == {}
    later = datetime.fromisoformat("2024-10-01T13:00:00+08:00")
    assert overdue_at(assessed, load_policy(), later) == {"C": 1}
    report = {u["unit"]: u for u in report_at(assessed, "2024-10-01T13:00:00+08:00")["units"]}
    assert report["C"]["overdue"] == 1


def test_a_rating_of_an_open_or_unknown_ticket_is_rejected(engine: Engine) -> None:
    load(engine, hand.FEED)
    result = load(engine, [line for line, _ in hand.REJECTED])
    assert result.rejected == len(hand.REJECTED) and result.imported == 0
    for rej, (_, word) in zip(result.rejects, hand.REJECTED, strict=True):
        assert word in rej.reason, rej.reason


def test_ratings_replayed_in_the_report_of_an_earlier_moment(assessed: Engine) -> None:
    # at 10-02 10:30 T3 is closed (10:00) but not yet rated (11:00), T2 not yet closed
    units = {u["unit"]: u for u in report_at(assessed, "2024-10-02T10:30:00+08:00")["units"]}
    assert (units["A"]["closed"], units["A"]["rated"], units["A"]["satisfied"]) == (1, 1, 1)
    assert (units["B"]["closed"], units["B"]["closed_late"], units["B"]["rated"]) == (1, 1, 0)
    now = {u["unit"]: u for u in report_at(assessed, "2024-10-04T00:00:00+08:00")["units"]}
    assert (now["A"]["rated"], now["A"]["satisfied"]) == (2, 2)
    assert (now["B"]["rated"], now["B"]["satisfied"]) == (1, 0)


def test_a_reopened_ticket_loses_its_rating_until_visited_again(engine: Engine) -> None:
    from tests.feedkit import created, ev

    load(engine, [
        created("R1", "2024-10-01T09:00:00+08:00"),
        ev("dispatched", "R1", "2024-10-01T09:05:00+08:00", unit="A"),
        ev("closed", "R1", "2024-10-01T10:00:00+08:00"),
        ev("rated", "R1", "2024-10-01T11:00:00+08:00", rating="unsatisfied"),
        ev("reopened", "R1", "2024-10-01T12:00:00+08:00"),
    ])  # fmt: skip
    units = {u["unit"]: u for u in report_at(engine, "2024-10-02T00:00:00+08:00")["units"]}
    assert units["A"]["rated"] == 0 and units["A"]["open"] == 1
    # the visit itself still counts in the period's assessment
    data = assess(engine, load_policy(), Period.parse("2024-10-01", "2024-10-02"), now=NOW)
    a = _by_unit(data.as_json())["A"]
    assert (a["rated"], a["satisfied"]) == (1, 0)


def test_weights_come_from_the_policy(assessed: Engine) -> None:
    source = (ROOT / "resources/policies/haikou.toml").read_text(encoding="utf-8")
    only_satisfaction = source.replace("sign = 20 ", "sign = 0 ").replace(
        "reply = 20 ", "reply = 0 ").replace("close = 20 ", "close = 0 ").replace(
        "returns = 10 ", "returns = 0 ").replace("escalations = 5 ", "escalations = 0 "
        ).replace("overdue = 5 ", "overdue = 0 ")  # fmt: skip
    policy = parse_policy(only_satisfaction, origin="test")
    assert policy.assessment_weights["satisfaction"] == 20
    assert sum(policy.assessment_weights.values()) == 20
    units = _by_unit(assess(assessed, policy, Period.parse(hand.FROM, hand.TO), now=NOW).as_json())
    assert (units["A"]["score"], units["A"]["rank"]) == (100.0, 1)
    # B's one visit was unsatisfied; C had none (nothing to judge it on scores 0):
    # equal scores share a rank
    assert (units["B"]["score"], units["B"]["rank"]) == (0.0, 2)
    assert (units["C"]["score"], units["C"]["rank"]) == (0.0, 2)


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ("[assessment]\nsign = -1\n", "0 or more"),
        ("[assessment]\nspeed = 3\n", "no indicator"),
        ("[assessment]\nsign = 'high'\n", "number"),
    ],
)
def test_bad_weights_are_refused_with_a_reason(table: str, message: str) -> None:
    with pytest.raises(PolicyError, match=message):
        parse_policy('name = "x"\n' + table, origin="x")


def test_built_in_policies_carry_weights() -> None:
    for name in ("haikou", "national"):
        assert "[assessment]" in load_policy(name).source
        assert sum(load_policy(name).assessment_weights.values()) == 100


@pytest.mark.parametrize(
    ("first", "end", "message"),
    [("2024-11-01", "2024-09-01", "before"), ("2024-10-01", "2024-10-01", "before"),
     ("2024-13-01", "2024-10-01", "--from"), ("2024-10-01", "tomorrow", "--to")],
)  # fmt: skip
def test_bad_periods(first: str, end: str, message: str) -> None:
    with pytest.raises(PeriodError, match=message):
        Period.parse(first, end)


def test_command_line_assess_json_and_bad_input(
    assessed: Engine, db_url: str, tmp_path: Path
) -> None:
    p = run_cli("--db", db_url, "assess", "--from", hand.FROM, "--to", hand.TO, "--json")
    assert p.returncode == 0, p.stderr
    units = _by_unit(json.loads(p.stdout))
    assert tuple(units["B"][f] for f in hand.FIELDS) == hand.EXPECTED["B"]
    period = ("--from", hand.FROM, "--to", hand.TO)
    bad = [
        ("assess", "--from", "2024-11-01", "--to", "2024-09-01"),
        ("assess", "--from", "2024-1-x", "--to", "2024-09-01"),
        ("bulletin", "--from", hand.TO, "--to", hand.FROM, "--out", str(tmp_path / "b.pdf")),
        ("bulletin", *period, "--out", str(tmp_path / "b.txt")),
        ("bulletin", *period, "--out", str(tmp_path / "no" / "such" / "b.csv")),
    ]  # fmt: skip
    for args in bad:
        p = run_cli("--db", db_url, *args)
        assert p.returncode == 2, (args, p.stderr)
        lines = p.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("error: "), (args, p.stderr)
    assert not list(tmp_path.rglob("b.*"))
