"""The supervisor acts from the window, on both databases: escalate from the board with the
keyboard, see it in the register, record the office's reply, resolve; urge several tickets
with one summary; a stale edit gets the clear message and fresh data; a viewer cannot act."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QMessageBox
from sqlalchemy import Engine

from console import actions
from console.escalations import escalation_register
from console.policy import load_policy
from console.staff import add_staff
from tests.feedkit import created, ev, load
from tests.guikit import NOW, OFFSCREEN_NOISE
from widgets.action_table import TICKET_ACTIONS
from widgets.coordinate_dialog import CoordinateDialog
from widgets.escalate_dialog import EscalateDialog
from widgets.extend_dialog import ExtendDialog
from widgets.main_window import MainWindow
from widgets.register_model import RCol
from widgets.text_dialog import TextDialog

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]


def tickets(n: int) -> list[dict[str, Any]]:
    events = []
    for i in range(n):
        number = f"HK-{i:04}"
        at = f"2024-10-08T09:{i:02}:00+08:00"
        events.append(created(number, at))
        events.append(ev("dispatched", number, at, unit=f"U{i % 3}", unit_name=f"单位{i % 3}"))
    return events


def staffed(engine: Engine, n: int = 3, role: str = "supervisor") -> None:
    load(engine, tickets(n))
    add_staff(engine, "李娜", role, now=NOW)
    add_staff(engine, "王强", "supervisor", now=NOW)


def on_first_ticket(
    open_window: Opener, engine: Engine, qtbot: Any, role: str = "supervisor"
) -> tuple[MainWindow, str]:
    """A window on a staffed database with its first ticket chosen and its detail shown."""
    staffed(engine, role=role)
    window = open_window(engine)
    number = window.view.select_first()
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    return window, number


def answer(window: MainWindow, button: Any, text: str) -> None:
    """Click ``button``, write ``text`` in the dialog it asks with, and send it."""
    button.click()
    dialog = window.acting.dialog
    assert isinstance(dialog, TextDialog)
    dialog.text.insertPlainText(text)  # QTest types ASCII only
    dialog.accept()


def summary_box(qtbot: Any, window: MainWindow) -> QMessageBox:
    qtbot.waitUntil(lambda: window.acting.box is not None, timeout=5000)
    box = window.acting.box
    assert box is not None
    return box


def test_escalate_with_the_keyboard_then_reply_and_resolve_in_the_register(
    open_window: Opener, engine: Engine, qtbot: Any, tmp_path: Path
) -> None:
    staffed(engine)
    window = open_window(engine)
    assert window.role == "supervisor"
    window.view.setFocus()
    window.view.select_first()
    number = window.view.current_number()
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=5000)
    assert window.commands.enabled("escalate")
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    dialog = window.acting.dialog
    assert isinstance(dialog, EscalateDialog)
    dialog.office.setCurrentIndex(dialog.office.findData("discipline"))
    dialog.note.insertPlainText("两次退单，群众反映强烈")  # QTest types ASCII only
    qtbot.keyClick(dialog.office, Qt.Key.Key_Return)  # Next: what will be sent
    assert dialog.pages.currentIndex() == 1
    shown = dialog.confirm.text()
    assert number in shown and "两次退单" in shown and "李娜" in shown
    qtbot.keyClick(dialog.send, Qt.Key.Key_Space)  # Send, deliberately: Enter does not send
    qtbot.waitUntil(lambda: bool(escalation_register(engine, now=NOW)), timeout=5000)
    entry = escalation_register(engine, now=NOW)[0]
    assert (entry.ticket, entry.office, entry.created_by) == (number, "discipline", "李娜")
    # the board's office tag and the live KPI
    qtbot.waitUntil(lambda: window.board.ticket_at(window.board.row_of(number) or 0).offices
                    == ("discipline",), timeout=5000)  # fmt: skip
    qtbot.waitUntil(lambda: window.kpis.tiles["escalations"].value.text() == "1", timeout=5000)
    # the register: Ctrl+Shift+E shows it, live
    window.activateWindow()  # back from the dialog (offscreen, nobody else does it)
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    qtbot.keyClick(window.view, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)  # fmt: skip
    pane = window.register.pane
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
    assert pane.count.text() == "1 escalation"  # Qt's plural forms, not "1 escalations"
    assert pane.select(entry.id)
    assert pane.proxy.index(0, RCol.STATUS).data() == "open"
    # the office's reply
    answer(window, pane.reply, "已约谈责任单位负责人")
    qtbot.waitUntil(lambda: pane.model.entries[0].status == "acknowledged", timeout=5000)
    assert pane.proxy.index(0, RCol.REPLY).data() == "已约谈责任单位负责人"
    assert "replied in" in pane.proxy.index(0, RCol.RESPONSE).data()
    # resolved with the outcome
    answer(window, pane.resolve, "已办结，群众满意")
    qtbot.waitUntil(lambda: pane.model.entries[0].status == "resolved", timeout=5000)
    assert not pane.reply.isEnabled() and not pane.resolve.isEnabled()
    qtbot.waitUntil(lambda: window.kpis.tiles["escalations"].value.text() == "0", timeout=5000)
    qtbot.waitUntil(lambda: window.board.ticket_at(window.board.row_of(number) or 0).offices
                    == (), timeout=5000)  # fmt: skip
    # the detail's timeline has every step, with who
    steps = {"escalated", "office_replied", "escalation_resolved"}
    qtbot.waitUntil(
        lambda: (
            window.detail.detail is not None
            and {e.kind for e in window.detail.detail.events} >= steps
        ),
        timeout=5000,
    )
    who = {e.kind: e.actor for e in window.detail.detail.events}  # type: ignore[union-attr]
    assert who["escalated"] == who["escalation_resolved"] == "李娜"
    # the notice (督办通知单) printed from the register
    assert window.write_notice(entry.id, tmp_path / "notice.pdf")
    assert (tmp_path / "notice.pdf").read_bytes()[:5] == b"%PDF-"


def test_urge_several_tickets_one_summary(open_window: Opener, engine: Engine, qtbot: Any) -> None:
    staffed(engine, 4)
    window = open_window(engine)
    view = window.view
    view.selectAll()
    chosen = view.selected_numbers()
    assert len(chosen) == 4
    # another workstation closes one of them meanwhile: refused, the rest urged
    closing = chosen[2]
    load(engine, [ev("closed", closing, "2024-10-08T09:59:00+08:00")])
    window.commands.actions["urge"].trigger()
    dialog = window.acting.dialog
    assert isinstance(dialog, TextDialog)
    dialog.text.insertPlainText("请今日内办结")  # QTest types ASCII only
    dialog.accept()
    box = summary_box(qtbot, window)
    text = box.text()
    assert "Urged 3 tickets:" in text
    assert f"Ticket {closing} is closed" in text
    box.close()
    for number in chosen:
        if number != closing:
            qtbot.waitUntil(lambda n=number: window.board.row_of(n) is not None and
                            window.board.ticket_at(window.board.row_of(n) or 0).urges == 1,
                            timeout=5000)  # fmt: skip


def test_a_stale_edit_gets_the_clear_message_and_fresh_data(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    window, number = on_first_ticket(open_window, engine, qtbot)
    seen = window.detail.detail.version  # type: ignore[union-attr]
    window.commands.actions["escalate"].trigger()
    dialog = window.acting.dialog
    assert isinstance(dialog, EscalateDialog)
    # while the dialog is open, another workstation urges the same ticket
    actions.urge(engine, "王强", number, note="另一工位", now=NOW)
    qtbot.waitUntil(lambda: window.detail.detail is not None and
                    window.detail.detail.version > seen, timeout=5000)  # fmt: skip
    dialog.show_confirmation()  # the supervisor sends what was shown before
    dialog.accept()
    box = summary_box(qtbot, window)
    assert "changed since it was shown" in box.text()
    box.close()
    assert escalation_register(engine, now=NOW) == []  # nothing half-written
    assert window.detail.detail is not None and window.detail.detail.urges == 1  # fresh


def test_a_viewer_cannot_act(open_window: Opener, engine: Engine, qtbot: Any) -> None:
    window, _ = on_first_ticket(open_window, engine, qtbot, role="viewer")
    assert window.role == "viewer"
    for action_id in TICKET_ACTIONS:
        assert not window.commands.enabled(action_id), action_id
    qtbot.keyClick(window.view, Qt.Key.Key_U, Qt.KeyboardModifier.ControlModifier)
    assert window.acting.dialog is None
    assert "viewer" in window.duty_label.text()
    window.show_register()
    assert not window.register.pane.reply.isEnabled()
    QApplication.processEvents()


def test_dispute_coordinate_extend_and_note_from_the_detail(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    window, number = on_first_ticket(open_window, engine, qtbot)

    def fresh(check: Callable[[Any], bool]) -> None:
        window.activateWindow()
        qtbot.waitUntil(lambda: window.detail.detail is not None and
                        check(window.detail.detail), timeout=5000)  # fmt: skip

    assert window.commands.enabled("mark_disputed") and not window.commands.enabled(
        "clear_disputed"
    )
    window.commands.actions["mark_disputed"].trigger()
    assert isinstance(window.acting.dialog, TextDialog)
    window.acting.dialog.accept()  # the note is optional
    fresh(lambda d: d.disputed)
    qtbot.waitUntil(lambda: window.commands.enabled("clear_disputed"), timeout=3000)
    # coordinate: the lead found by searching the units list, a co-unit ticked
    window.commands.actions["coordinate"].trigger()
    coord = window.acting.dialog
    assert isinstance(coord, CoordinateDialog)
    coord.lead_search.setText("单位2")
    qtbot.keyClick(coord.lead_search, Qt.Key.Key_Return)  # the first match
    assert coord.lead() == "U2" and coord.isVisible()  # Enter chose, it did not send
    coord.set_co_unit("U1", True)
    coord.accept()
    fresh(lambda d: d.unit == "U2" and [c for c, _ in d.co_units] == ["U1"])
    # extend the open sign deadline by a day
    window.commands.actions["extend"].trigger()
    ext = window.acting.dialog
    assert isinstance(ext, ExtendDialog)
    before = next(r.due_at for r in window.detail.detail.deadlines  # type: ignore[union-attr]
                  if r.status == "open" and r.kind == ext.kind_code())  # fmt: skip
    ext.reason.setText("现场需协调多个部门")
    ext.accept()
    fresh(lambda d: any(r.due_at > before for r in d.deadlines if r.status == "open"))
    window.commands.actions["note"].trigger()
    note = window.acting.dialog
    assert isinstance(note, TextDialog)
    assert not note.buttons.button(note.buttons.StandardButton.Ok).isEnabled()  # required
    note.text.insertPlainText("已电话联系主办单位")  # QTest types ASCII only
    note.accept()
    fresh(lambda d: d.events[-1].kind == "note" and d.events[-1].actor == "李娜")
    kinds = [e.kind for e in window.detail.detail.events]  # type: ignore[union-attr]
    assert {"marked_disputed", "coordinated", "extended", "note"} <= set(kinds)
    assert window.detail.timeline.rowCount() == len(kinds)
    assert number == window.detail.number


def test_the_register_follows_another_workstation(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    staffed(engine)
    window = open_window(engine)
    window.show_register()
    pane = window.register.pane
    qtbot.waitUntil(lambda: pane.loaded, timeout=5000)
    assert pane.model.rowCount() == 0
    found = actions.escalate(engine, "王强", "HK-0001", office="organization",
                             reason="repeated", now=NOW)  # fmt: skip
    qtbot.waitUntil(lambda: pane.model.rowCount() == 1, timeout=5000)
    qtbot.waitUntil(lambda: window.kpis.tiles["escalations"].value.text() == "1", timeout=5000)
    actions.withdraw_escalation(engine, "王强", found, note="误操作", now=NOW)
    qtbot.waitUntil(lambda: pane.model.entries[0].status == "withdrawn", timeout=5000)
    pane.status.setCurrentIndex(pane.status.findData("still_open"))
    assert pane.proxy.rowCount() == 0
    assert "0 of 1 shown" in pane.count.text()


def test_a_database_error_while_acting_is_one_sentence_with_the_drivers_words_behind_details(
    open_window: Opener, engine: Engine, qtbot: Any, monkeypatch: Any
) -> None:
    staffed(engine, 2)
    window = open_window(engine)
    window.view.selectAll()
    raw = ('(psycopg.OperationalError) connection failed: connection to server at '
           '"10.0.8.21", port 5432 failed: Connection refused')  # fmt: skip
    real = actions.urge

    def urge(engine_: Engine, who: str, number: str, **kwargs: Any) -> int:
        if number == "HK-0001":
            raise RuntimeError(raw)
        return real(engine_, who, number, **kwargs)

    monkeypatch.setattr(actions, "urge", urge)
    window.commands.actions["urge"].trigger()
    dialog = window.acting.dialog
    assert isinstance(dialog, TextDialog)
    dialog.accept()
    box = summary_box(qtbot, window)
    assert "Urged 1 ticket:" in box.text() and "does not answer" in box.text()
    assert "psycopg" not in box.text() and "Connection refused" not in box.text()
    assert box.detailedText() == f"HK-0001: {raw}"  # behind "Show Details…"
    box.close()


@pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints|QPainter::begin")
def test_a_notice_that_cannot_be_written_says_the_file_not_the_database(
    open_window: Opener, engine: Engine, qtbot: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    staffed(engine, 1)
    eid = actions.escalate(engine, "李娜", "HK-0000", office="supervision", reason="overdue",
                           note=None, now=NOW, policy=load_policy("haikou"))  # fmt: skip
    window = open_window(engine)
    boxes: list[QMessageBox] = []
    monkeypatch.setattr(QMessageBox, "open", lambda self: boxes.append(self))
    missing = tmp_path / "no such folder" / "notice.pdf"
    assert not window.write_notice(eid, missing)
    (box,) = boxes
    assert str(missing) in box.text() and "database" not in box.text()


def test_a_ticket_at_the_center_is_not_urged(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    """Urging presses the ticket's unit: with none yet, the summary says so in a sentence."""
    load(engine, [created("HK-C", "2024-10-08T09:50:00+08:00")])
    add_staff(engine, "李娜", "supervisor", now=NOW)
    window = open_window(engine)
    qtbot.waitUntil(lambda: window.board.rowCount() == 1, timeout=5000)
    window.view.select_first()
    window.commands.actions["urge"].trigger()
    dialog = window.acting.dialog
    assert isinstance(dialog, TextDialog)
    dialog.accept()
    text = summary_box(qtbot, window).text()
    assert "Urged" not in text
    assert "Ticket HK-C is at the center, not at a unit: there is no unit to urge." in text
    assert window.board.ticket_at(window.board.row_of("HK-C") or 0).urges == 0


def test_chips_tile_and_register_count_follow_the_clock_together(
    open_window: Opener, engine: Engine, clock: Any, qtbot: Any
) -> None:
    """When an escalation's resolution (dated after the console's clock) or making time
    comes, the board's office chips and the open escalations tile follow at the reader's
    next poll, with no change in the database; the register's count (the same tile) is
    counted in the same refresh as the board's figures, not up to 10 s apart."""
    from datetime import timedelta

    from tests.builders import six_escalations

    six_escalations(engine, NOW)
    window = open_window(engine)
    board, tile = window.board, window.kpis.tiles["escalations"]

    def chips() -> list[str]:
        rows = (board.ticket_at(i) for i in range(board.rowCount()))
        return sorted(t.number for t in rows if t is not None and t.offices)

    qtbot.waitUntil(lambda: chips() == ["E0", "E1", "E2", "E3"], timeout=5000)
    qtbot.waitUntil(lambda: tile.value.text() == "4", timeout=5000)
    counts: list[int] = []
    figures: list[int] = []
    window.register.reader.openCount.connect(counts.append)
    window.live.figuresChanged.connect(lambda f: figures.append(f.escalations_open))
    clock.advance(timedelta(hours=1))  # E2 resolved, E5 made
    qtbot.waitUntil(lambda: chips() == ["E0", "E1", "E3", "E5"], timeout=3000)
    clock.advance(timedelta(hours=1, seconds=1))  # E3 withdrawn
    qtbot.waitUntil(lambda: chips() == ["E0", "E1", "E5"], timeout=3000)
    qtbot.waitUntil(lambda: tile.value.text() == "3", timeout=3000)
    qtbot.waitUntil(lambda: counts[-1:] == [3] and figures[-1:] == [3], timeout=3000)
    assert tile.value.text() == "3"
