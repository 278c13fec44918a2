"""A due time at local midnight is printed for people as the end of the day before
("2024-11-20 24:00"), in the notice, the detail, the register, the board and the
command line's register; JSON keeps the ISO time."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import Engine

from console import actions
from console.board_detail import DeadlineDetail
from console.day_end import due_text
from console.escalations import escalation_register
from console.notice import notice_html
from console.policy import load_policy
from console.staff import add_staff
from tests.builders import run_in_process
from tests.feedkit import created, ev, load

TZ = ZoneInfo("Asia/Shanghai")
POLICY = load_policy("haikou")
SATURDAY = datetime(2024, 11, 16, 10, 0, tzinfo=TZ)  # an ordinary weekend
MIDNIGHT = datetime(2024, 11, 21, 0, 0, tzinfo=TZ)  # the end of Wednesday 20 Nov


@pytest.mark.parametrize(
    ("moment", "fmt", "shown"),
    [
        (MIDNIGHT, "%Y-%m-%d %H:%M", "2024-11-20 24:00"),
        (MIDNIGHT, "%m-%d %H:%M", "11-20 24:00"),
        (MIDNIGHT + timedelta(minutes=1), "%Y-%m-%d %H:%M", "2024-11-21 00:01"),
        (MIDNIGHT - timedelta(seconds=1), "%Y-%m-%d %H:%M", "2024-11-20 23:59"),
        (datetime(2025, 1, 1, tzinfo=TZ), "%Y-%m-%d %H:%M", "2024-12-31 24:00"),
        (datetime(2024, 3, 1, tzinfo=TZ), "%Y-%m-%d %H:%M", "2024-02-29 24:00"),
        (MIDNIGHT.astimezone(UTC), "%Y-%m-%d %H:%M", "2024-11-20 24:00"),  # local midnight
        (MIDNIGHT, "%Y-%m-%d", "2024-11-21"),  # no clock shown: the date as it is
    ],
)
def test_due_text(moment: datetime, fmt: str, shown: str) -> None:
    assert due_text(moment, TZ, fmt) == shown


def escalated_on_saturday(engine: Engine) -> int:
    load(engine, [
        created("A", "2024-11-15T09:00:00+08:00", title="噪音扰民",
                reply_due="2024-11-19T00:00:00+08:00"),
        ev("dispatched", "A", "2024-11-15T09:01:00+08:00", unit="SWJ", unit_name="市水务局"),
    ])  # fmt: skip
    add_staff(engine, "张督办", "supervisor", now=SATURDAY)
    return actions.escalate(engine, "张督办", "A", office="supervision", reason="overdue",
                            now=SATURDAY.astimezone(UTC), policy=POLICY)  # fmt: skip


def test_the_notice_and_the_command_line_say_24_00(engine: Engine, db_url: str) -> None:
    eid = escalated_on_saturday(engine)
    entry = escalation_register(engine, now=SATURDAY)[0]
    assert entry.due_at == MIDNIGHT  # three working days from Saturday: the end of Wednesday
    html = notice_html(engine, eid, policy=POLICY, now=SATURDAY.astimezone(UTC))
    assert "2024-11-20 24:00" in html and "2024-11-21 00:00" not in html
    assert "2024-11-18 24:00" in html  # the reply deadline in the deadlines table
    text = run_in_process(db_url, "escalations")
    assert "due 2024-11-20 24:00" in text.stdout, text.stdout
    raw = json.loads(run_in_process(db_url, "escalations", "--json").stdout)
    assert raw[0]["due_at"] == "2024-11-21T00:00:00+08:00"  # JSON: the ISO time


def test_the_register_and_the_detail_say_24_00(qtbot: Any) -> None:
    from dataclasses import replace

    from tests.test_gui_register import entry
    from widgets.detail_models import DeadlinesModel
    from widgets.register_model import RCol, RegisterModel

    now = datetime(2024, 11, 18, 10, 0, tzinfo=TZ)
    register = RegisterModel(TZ, now)
    register.set_entries([replace(entry(1), due_at=MIDNIGHT)])
    assert register.index(0, RCol.DUE).data() == "11-20 24:00"
    record = DeadlineDetail(
        kind="reply", unit=None, unit_name="", clock="wall", started_at=SATURDAY,
        due_at=MIDNIGHT, warn_at=MIDNIGHT - timedelta(days=1),
        crit_at=MIDNIGHT - timedelta(hours=5), status="open", met_at=None, ended_at=None,
        late=False,
    )  # fmt: skip
    deadlines = DeadlinesModel(TZ)
    deadlines.set_records([record], now)
    shown = [deadlines.index(0, c).data() for c in range(deadlines.COLUMNS)]
    assert any("11-20 24:00" in str(s) for s in shown), shown


def test_the_board_due_column_says_24_00(qtbot: Any) -> None:
    from console.board import BoardDelta
    from tests.builders import board_ticket
    from widgets.board_model import BoardModel, Col

    now = datetime(2024, 11, 20, 10, 0, tzinfo=TZ).timestamp()
    t = board_ticket("HK-1", MIDNIGHT.timestamp() - now, t0=now)
    model = BoardModel(TZ)
    model.now = now
    model.apply(BoardDelta(1, [t]), now)
    assert model.index(0, Col.DUE).data() == "11-20 24:00"
