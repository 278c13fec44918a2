"""Extend (Ctrl+T) starts on the deadline the board counts down: the ticket's open deadline
due soonest, whatever order the deadlines were stored in."""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from sqlalchemy import Engine

from tests.guikit import NOW, OFFSCREEN_NOISE
from tests.test_gui_supervising import on_first_ticket
from widgets.extend_dialog import ExtendDialog, OpenDue
from widgets.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]


def test_the_soonest_open_deadline_is_chosen(qtbot: Any) -> None:
    tz = ZoneInfo("Asia/Shanghai")
    due = [OpenDue("reply", NOW + timedelta(days=1)), OpenDue("sign", NOW + timedelta(minutes=5)),
           OpenDue("onsite", NOW + timedelta(hours=1))]  # fmt: skip
    dialog = ExtendDialog("HK-1", "井盖缺失", due, tz)
    qtbot.addWidget(dialog)
    assert dialog.kind_code() == "sign"
    # the proposed new time is a day after the chosen deadline's
    assert dialog.until_utc() == (NOW + timedelta(minutes=5, days=1)).replace(
        second=0, microsecond=0
    )


def test_ctrl_t_chooses_what_the_board_counts_down(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    window, number = on_first_ticket(open_window, engine, qtbot)
    d = window.detail.detail
    assert d is not None
    opened = [r for r in d.deadlines if r.status == "open"]
    assert [r.kind for r in opened][0] != "sign"  # stored first: the reply deadline
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_T, Qt.KeyboardModifier.ControlModifier)
    dialog = window.acting.dialog
    assert isinstance(dialog, ExtendDialog)
    row = window.board.row_of(number)
    assert row is not None
    assert dialog.kind_code() == window.board.ticket_at(row).next_kind == "sign"
