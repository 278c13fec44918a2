"""A mass escalation is deliberate: the confirmation's headline counts the tickets, Enter
does not send several, the count is ticked first, and tickets whose state does not bear out
the reason are named."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine

from console.escalations import escalation_register
from tests.guikit import NOW, OFFSCREEN_NOISE
from tests.test_gui_supervising import staffed
from widgets.escalate_dialog import EscalateDialog, TicketLine
from widgets.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]


def test_enter_twice_does_not_escalate_every_ticket(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    staffed(engine, n=20)
    window = open_window(engine)
    qtbot.waitUntil(lambda: window.board.rowCount() == 20, timeout=5000)
    window.view.setFocus()
    qtbot.keyClick(window.view, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.acting.dialog
    assert isinstance(dialog, EscalateDialog) and len(dialog.tickets) == 20
    qtbot.keyClick(dialog.office, Qt.Key.Key_Return)  # Next
    assert dialog.pages.currentIndex() == 1
    assert "20" in dialog.headline() and dialog.headline() in dialog.confirm.text()
    assert not dialog.send.isDefault() and not dialog.send.isEnabled()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    dialog.accept()  # even asked directly, it waits for the count
    assert dialog.isVisible() and escalation_register(engine, now=NOW) == []
    # every ticket is overdue on the board: the reason "overdue" warns of none
    assert all(t.state == "overdue" for t in dialog.tickets)
    assert dialog.mismatched() == []
    dialog.count_check.setChecked(True)
    assert dialog.send.isEnabled() and "20" in dialog.send.text()
    dialog.send.click()
    qtbot.waitUntil(lambda: len(escalation_register(engine, now=NOW)) == 20, timeout=10000)


def lines() -> list[TicketLine]:
    return [
        TicketLine("HK-1", "井盖缺失", "市政", state="overdue", shuffled=True, disputed=False),
        TicketLine("HK-2", "噪音扰民", "环保", state="ok", shuffled=False, disputed=False),
        TicketLine("HK-3", "路灯不亮", "市政", state="critical", shuffled=True, disputed=True),
    ]


def test_the_confirmation_names_tickets_that_do_not_match_the_reason(qtbot: Any) -> None:
    dialog = EscalateDialog(lines(), "李娜", reason="overdue")
    qtbot.addWidget(dialog)
    dialog.show_confirmation()
    text = dialog.confirm.text()
    assert [t.number for t in dialog.mismatched()] == ["HK-2", "HK-3"]
    assert "2 of these tickets" in text and "HK-2" in text.split("<table")[0]
    dialog.show_form()
    dialog.reason.setCurrentIndex(dialog.reason.findData("shuffled"))
    dialog.show_confirmation()
    assert [t.number for t in dialog.mismatched()] == ["HK-2"]
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert dialog.mismatched() == []


def test_one_ticket_is_sent_with_enter_and_its_headline_names_it(qtbot: Any) -> None:
    dialog = EscalateDialog(lines()[:1], "李娜")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.show_confirmation()
    assert "HK-1" in dialog.headline() and dialog.send.isDefault()
    assert dialog.count_check.isHidden() and "do not match" not in dialog.confirm.text()
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.send, Qt.Key.Key_Return)
