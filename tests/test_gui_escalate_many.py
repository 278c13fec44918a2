"""A mass escalation is deliberate: the confirmation's headline counts the tickets, Enter
does not send several, the count is ticked first, and tickets whose state does not bear out
the reason are named."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from typing import Any

from PySide6.QtCore import Qt
from sqlalchemy import Engine

from console.escalations import escalation_register
from console.staff import add_staff
from tests.feedkit import created, ev, load
from tests.guikit import NOW, OFFSCREEN_NOISE
from tests.test_gui_supervising import staffed
from widgets.escalate_dialog import EscalateDialog, TicketLine, fitting_reason
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


def test_one_ticket_is_sent_by_a_deliberate_press_and_its_headline_names_it(qtbot: Any) -> None:
    dialog = EscalateDialog(lines()[:1], "李娜", reason="overdue")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.office, Qt.Key.Key_Return)  # Next
    assert dialog.pages.currentIndex() == 1
    assert "HK-1" in dialog.headline() and not dialog.send.isDefault()
    assert dialog.count_check.isHidden() and "do not match" not in dialog.confirm.text()
    # Enter on the confirmation sends nothing: not where the focus lands, not on Send
    assert dialog.focusWidget() is not dialog.send
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    qtbot.keyClick(dialog.send, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0 and dialog.pages.currentIndex() == 1
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.send, Qt.Key.Key_Space)


def test_the_default_reason_fits_the_tickets_or_there_is_none() -> None:
    overdue, ok, critical_shuffled = lines()[0], lines()[1], lines()[2]
    assert fitting_reason([overdue]) == "shuffled"  # shuffled before overdue, as before
    assert fitting_reason([replace(overdue, shuffled=False)]) == "overdue"
    assert fitting_reason([critical_shuffled]) == "disputed"
    assert fitting_reason([ok]) is None
    assert fitting_reason([replace(ok, state="critical")]) is None  # not overdue yet
    assert fitting_reason([replace(ok, state="")]) is None  # unknown is no evidence
    assert fitting_reason([overdue, critical_shuffled]) == "shuffled"
    assert fitting_reason([overdue, ok]) is None


def test_a_critical_ticket_is_not_escalated_as_overdue_by_ctrl_e_enter_enter(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    # dispatched at 09:35 with 30 minutes to sign: critical at 10:00, due 10:05
    load(engine, [created("HK-9", "2024-10-08T09:35:00+08:00"),
                  ev("dispatched", "HK-9", "2024-10-08T09:35:00+08:00", unit="U1",
                     unit_name="市政")])  # fmt: skip
    add_staff(engine, "李娜", "supervisor", now=NOW)
    window = open_window(engine)
    qtbot.waitUntil(lambda: window.board.rowCount() == 1, timeout=5000)
    window.view.setFocus()
    window.view.select_first()
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.acting.dialog
    assert isinstance(dialog, EscalateDialog)
    assert [t.state for t in dialog.tickets] == ["critical"]
    assert dialog.reason_code() == ""  # not "overdue": the supervisor chooses
    assert not dialog.next.isEnabled() and "reason" in dialog.hint.text()
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
    assert dialog.pages.currentIndex() == 0  # Next waits for a reason
    dialog.reason.setCurrentIndex(dialog.reason.findData("other"))
    assert dialog.next.isEnabled() and not dialog.hint.isVisibleTo(dialog)
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Next
    assert dialog.pages.currentIndex() == 1
    qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)  # Enter: nothing is sent
    qtbot.keyClick(dialog, Qt.Key.Key_Enter)
    assert dialog.isVisible() and escalation_register(engine, now=NOW) == []
    dialog.send.click()
    qtbot.waitUntil(lambda: len(escalation_register(engine, now=NOW)) == 1, timeout=5000)
    assert escalation_register(engine, now=NOW)[0].reason == "other"


def test_counts_and_a_ticket_at_the_center_in_words(qtbot: Any, qapp: Any) -> None:
    """Plurals are Qt's numerus forms (1 ticket, 2 tickets; Chinese has one form), and a
    ticket with no unit yet is said to be at the center, not left with a bare dash."""
    from widgets.i18n import install_translators

    center = TicketLine("HK-7", "噪音扰民", "", state="ok", shuffled=False, disputed=False)
    one = EscalateDialog([center], "李娜", reason="overdue")
    qtbot.addWidget(one)
    one.show_confirmation()
    text = one.confirm.text()
    assert "at the center" in text and "—</td>" not in text
    assert "Warning: this ticket does not match the reason" in text
    pair = [center, replace(center, number="HK-8", state="overdue")]
    many = EscalateDialog(pair, "李娜", reason="overdue")
    qtbot.addWidget(many)
    many.show_confirmation()
    assert "Warning: 1 of these tickets does not match the reason" in many.confirm.text()
    install_translators(qapp, "zh_CN")
    try:
        many.show_confirmation()
        assert "注意：其中 1 张工单与督办原因" in many.confirm.text()
        assert "在中心（待派单）" in many.confirm.text()
    finally:
        install_translators(qapp, "en")
