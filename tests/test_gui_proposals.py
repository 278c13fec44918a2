"""The To act queue (supervision.md §8 in the window), on both databases: the queue model
keeps Qt's contract while proposals come and go; two workstations on one database see the
same queue; the queue's button opens the usual dialog and nothing is sent before it is
confirmed; a dismissal asks for a reason; acted and dismissed proposals leave both queues,
the KPI tile and the board's mark; a viewer sees the queue and cannot act."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import Engine

from console.ladder import Proposal, Why, proposals
from console.staff import add_staff
from tests.feedkit import created, ev, load
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.board_model import Role
from widgets.escalate_dialog import EscalateDialog
from widgets.main_window import MainWindow
from widgets.proposal_model import PCol, ProposalModel
from widgets.text_dialog import TextDialog

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]
TZ = POLICY.tz


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text + "+08:00")


def overdue(engine: Engine, role: str = "supervisor") -> None:
    """A: dispatched Fri 27 Sep 16:00, never signed (urge due since Sunday 29 Sep, a
    make-up working day); B: dispatched Mon 30 Sep 09:00 (urge due since Tue 8 Oct, the
    first working day after the holiday). At NOW (8 Oct 10:00) both are proposed."""
    load(engine, [
        created("A", "2024-09-27T16:00:00+08:00", title="路灯不亮"),
        ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ", unit_name="市综合执法局"),
        created("B", "2024-09-30T09:00:00+08:00", title="噪音扰民"),
        ev("dispatched", "B", "2024-09-30T09:00:00+08:00", unit="SWJ", unit_name="市水务局"),
    ])  # fmt: skip
    add_staff(engine, "李娜", role, now=NOW - timedelta(days=30))


def proposal(n: int, step: str = "urge", since: datetime = NOW, **why: Any) -> Proposal:
    return Proposal(f"T{n}", step, "urge", None, None, since - timedelta(hours=n),
                    f"T{n}: urge", unit="U1", title=f"工单 {n}", why=Why(**why))  # fmt: skip


def test_the_queue_model_keeps_its_contract(qtbot: Any) -> None:
    model = ProposalModel(TZ, NOW)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    first = [proposal(3, deadline="sign", due_at=NOW - timedelta(days=2)), proposal(2),
             proposal(1, bounces=3)]  # fmt: skip
    model.set_proposals(first, NOW)
    assert model.rowCount() == 3
    assert model.index(0, PCol.WHY).data().startswith("Sign due 10-06 10:00, overdue 2d 00:00")
    assert model.index(2, PCol.WHY).data() == "Shuffled: 3 returns and transfers"
    removed: list[int] = []
    model.rowsRemoved.connect(lambda _p, first, _l: removed.append(first))
    changed = replace(first[2], message="T1: urge again")
    model.set_proposals([first[0], proposal(5, since=NOW + timedelta(hours=4)), changed], NOW)
    assert removed == [1] and resets == []
    assert [model.proposal_at(r).ticket for r in range(3)] == ["T3", "T5", "T1"]
    model.set_proposals([], NOW)
    assert model.rowCount() == 0 and resets == [] and tester is not None


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 40), unique=True), st.lists(st.integers(0, 40), unique=True),
       st.integers(0, 40))  # fmt: skip
def test_the_queue_model_takes_any_read(before: list[int], after: list[int], moved: int) -> None:
    """Whatever a read keeps, drops, adds, changes or orders otherwise, the model then
    shows it row for row and keeps Qt's contract; scattered changes beyond MAX_RUNS are
    one reset, fewer are removals and insertions."""
    from widgets.proposal_model import MAX_RUNS

    model = ProposalModel(TZ, NOW)
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    model.set_proposals([proposal(n) for n in sorted(before)], NOW)
    read = [proposal(n, deadline="sign" if n == moved else None) for n in sorted(after)]
    if len(read) > 2 and moved % 3 == 0:  # a read that orders two kept rows otherwise
        read[0], read[-1] = read[-1], read[0]
    reset = model.set_proposals(read, NOW, [p.key for p in read])
    assert [model.proposal_at(r) for r in range(model.rowCount())] == read
    assert all(model.row_of(p.key) == r for r, p in enumerate(read))
    small = len(set(before) ^ set(after)) <= MAX_RUNS
    if small and sorted(after) == [int(p.ticket[1:]) for p in read]:
        assert not reset
    assert tester is not None


@settings(max_examples=40, deadline=None)
@given(st.lists(st.lists(st.integers(0, 30), unique=True), min_size=1, max_size=5))
def test_a_read_worked_out_by_the_reader_is_what_the_model_works_out(
    reads: list[list[int]],
) -> None:
    """The reader works out each read's change from the read it sent before (on its own
    thread); applied, it gives the rows, signals, resets and tickets the model gets by
    working the change out itself."""
    from widgets.proposal_model import read_change

    def log(model: ProposalModel) -> list[tuple[str, int, int]]:
        seen: list[tuple[str, int, int]] = []
        model.rowsInserted.connect(lambda _p, a, b: seen.append(("inserted", a, b)))
        model.rowsRemoved.connect(lambda _p, a, b: seen.append(("removed", a, b)))
        model.modelReset.connect(lambda: seen.append(("reset", 0, 0)))
        return seen

    mine, theirs = ProposalModel(TZ, NOW), ProposalModel(TZ, NOW)
    QAbstractItemModelTester(theirs, QAbstractItemModelTester.FailureReportingMode.Fatal)
    mine_seen, theirs_seen = log(mine), log(theirs)
    sent = None
    for numbers in reads:
        read = [proposal(n) for n in sorted(numbers, reverse=True)]  # oldest first
        keys = [p.key for p in read]
        change = read_change(keys, (p.ticket for p in read),
                             sent.keys if sent else None, sent.rows if sent else None)  # fmt: skip
        sent = change
        assert theirs.set_proposals(read, NOW, change) == mine.set_proposals(read, NOW, keys)
        assert [theirs.proposal_at(r) for r in range(theirs.rowCount())] == read
        assert all(theirs.row_of(p.key) == r for r, p in enumerate(read))
        assert theirs.tickets() == mine.tickets() == {p.ticket for p in read}
    assert theirs_seen == mine_seen


def test_the_queue_model_takes_an_import_in_one_reset() -> None:
    """Thousands of proposals scattered among those shown (an import's) come and go as one
    reset each way, not a row at a time."""
    model = ProposalModel(TZ, NOW)
    shown = [proposal(n) for n in range(0, 6000, 2)]
    model.set_proposals(shown, NOW)
    signals: list[str] = []
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.rowsRemoved.connect(lambda *_: signals.append("removed"))
    model.modelReset.connect(lambda: signals.append("reset"))
    both = sorted(shown + [proposal(n) for n in range(1, 6000, 2)], key=lambda p: p.since)
    assert model.set_proposals(both, NOW)
    assert model.set_proposals(sorted(shown, key=lambda p: p.since), NOW)
    assert signals == ["reset", "reset"] and model.rowCount() == 3000


def queue(window: MainWindow) -> list[tuple[str, str]]:
    m = window.proposals.model
    return [(m.proposal_at(r).ticket, m.proposal_at(r).step) for r in range(m.rowCount())]


def marked(window: MainWindow, number: str) -> bool:
    row = window.board.row_of(number)
    return row is not None and "proposed" in window.board.index(row, 0).data(Role.FLAGS)


def test_two_workstations_see_one_queue_and_act_on_it(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    overdue(engine)
    add_staff(engine, "王强", "supervisor", now=NOW - timedelta(days=30))
    one, two = open_window(engine), open_window(engine)
    for w in (one, two):
        qtbot.waitUntil(lambda w=w: queue(w) == [("A", "urge"), ("B", "urge")], timeout=8000)
        assert w.kpis.tiles["proposals"].value.text() == "2"
        assert marked(w, "A") and marked(w, "B")
    assert queue(one) == [p[:2] for p in
                          [(p.ticket, p.step) for p in proposals(engine, POLICY, NOW)]]  # fmt: skip
    # workstation one urges A from the queue: the usual dialog, nothing sent before OK
    one.proposals.table.selectRow(0)
    assert one.proposals.act.isEnabled() and one.proposals.act.text() == "&Urge…"
    one.proposals.act.click()
    dialog = one.acting.dialog
    assert isinstance(dialog, TextDialog)
    one.proposals.refresh()
    qtbot.waitUntil(lambda: one.proposals.reader.last > 0, timeout=5000)
    assert queue(one)[0] == ("A", "urge")  # not sent: still proposed
    dialog.accept()
    for w in (one, two):
        qtbot.waitUntil(lambda w=w: queue(w) == [("B", "urge")], timeout=8000)
        qtbot.waitUntil(lambda w=w: not marked(w, "A"), timeout=5000)
    # workstation two dismisses B: a reason is required
    two.read_role()
    two.proposals.table.selectRow(0)
    two.proposals.dismiss.click()
    dismiss = two.acting.dialog
    assert isinstance(dismiss, TextDialog)
    assert not dismiss.buttons.button(dismiss.buttons.StandardButton.Ok).isEnabled()
    dismiss.text.insertPlainText("unit phoned: the team is on its way")
    dismiss.accept()
    for w in (one, two):
        qtbot.waitUntil(lambda w=w: queue(w) == [], timeout=8000)
        qtbot.waitUntil(lambda w=w: w.kpis.tiles["proposals"].value.text() == "0", timeout=5000)
        assert not marked(w, "B")
    # gone and staying gone at a later moment, until the situation changes
    assert [p for p in proposals(engine, POLICY, NOW + timedelta(hours=5))] == []


def test_the_escalation_step_opens_the_escalate_dialog_preset(
    open_window: Opener, engine: Engine, clock: Any, qtbot: Any
) -> None:
    overdue(engine)
    clock.set(_t("2024-10-14T10:00"))  # A: 5 working days past its sign deadline
    window = open_window(engine)
    qtbot.waitUntil(lambda: ("A", "escalate_overdue") in queue(window), timeout=8000)
    row = queue(window).index(("A", "escalate_overdue"))
    window.proposals.table.selectRow(row)
    assert window.proposals.act.text() == "&Escalate…"
    window.proposals.act.click()
    dialog = window.acting.dialog
    assert isinstance(dialog, EscalateDialog)
    assert (dialog.office_code(), dialog.reason_code()) == ("supervision", "overdue")
    dialog.reject()


def test_a_viewer_sees_the_queue_and_cannot_act(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    overdue(engine, role="viewer")
    add_staff(engine, "王强", "supervisor", now=NOW - timedelta(days=30))
    window = open_window(engine)
    qtbot.waitUntil(lambda: len(queue(window)) == 2, timeout=8000)
    window.proposals.table.selectRow(0)
    assert window.role == "viewer"
    assert not window.proposals.act.isEnabled() and not window.proposals.dismiss.isEnabled()
    assert window.proposals.show_ticket.isEnabled()
    window.proposals.act.click()
    assert window.acting.dialog is None


def test_the_kpi_tile_opens_the_queue(open_window: Opener, engine: Engine, qtbot: Any) -> None:
    overdue(engine)
    window = open_window(engine)
    window.proposals.hide()
    qtbot.mouseClick(window.kpis.tiles["proposals"], Qt.MouseButton.LeftButton)
    assert window.proposals.isVisible()
    assert window.kpis.active() != "proposals"


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_the_queue_keeps_the_ticket_and_why_readable(qtbot: Any, qapp: Any, lang: str) -> None:
    """A ticket number and the step are never cut; why keeps room for an overdue deadline
    and how long past it; on a narrow dock the title, the unit, then when it fell due give
    way (the ticket's tooltip has them), and come back when the dock widens."""
    from PySide6.QtWidgets import QWidget

    from widgets.i18n import install_translators
    from widgets.proposal_view import ProposalView

    install_translators(qapp, lang)
    try:
        model = ProposalModel(TZ, NOW)
        model.set_proposals([
            replace(proposal(1, deadline="reply", due_at=NOW - timedelta(days=5, hours=23)),
                    ticket="HK20241001-00435"),
            Proposal("HK20241002-00011", "escalate_repeated", "escalate", "supervision",
                     "repeated", NOW, "", unit="U1", title="油烟扰民",
                     why=Why(related=("HK20240920-00001", "HK20240929-00002"), days=30)),
        ], NOW)  # fmt: skip
        holder = QWidget()
        qtbot.addWidget(holder)
        view = ProposalView(model, POLICY, holder)
        holder.resize(600, 400)
        view.resize(600, 400)
        holder.show()
        qtbot.waitExposed(holder)
        view.give_way()
        fm, head = view.fontMetrics(), view.horizontalHeader()
        for row in range(model.rowCount()):
            for col in (PCol.TICKET, PCol.STEP):
                text = model.index(row, col).data()
                assert fm.horizontalAdvance(text) + 8 <= head.sectionSize(col), (col, text)
        why = model.index(0, PCol.WHY).data()
        assert fm.horizontalAdvance(why) <= head.sectionSize(PCol.WHY), why
        assert head.sectionSize(PCol.WHY) >= view.why_room
        assert {PCol.TITLE, PCol.UNIT} <= view.gave_way <= {PCol.TITLE, PCol.UNIT, PCol.SINCE}
        assert all(head.isSectionHidden(c) for c in view.gave_way)
        tip = model.index(1, PCol.TICKET).data(Qt.ItemDataRole.ToolTipRole)
        assert "油烟扰民" in tip and "U1" in tip
        assert tip.splitlines()[:2] == ["HK20241002-00011 · U1", "油烟扰民"]
        assert "10-08 10:00" in tip.splitlines()[2]  # when it fell due, though hidden
        whole = model.index(1, PCol.WHY).data(Qt.ItemDataRole.ToolTipRole)
        assert "HK20240920-00001" in whole and "HK20240929-00002" in whole
        view.resize(view.preferred_width(), 400)
        view.give_way()
        assert view.gave_way == set()
        assert not any(head.isSectionHidden(c) for c in PCol)
    finally:
        install_translators(qapp, "en")


def test_an_empty_queue_beside_the_board_folds_to_a_strip(
    open_window: Opener, engine: Engine, clock: Any, qtbot: Any
) -> None:
    """At 1920 the To act queue beside the board took 490 px saying "Nothing to act on":
    empty, it folds to a strip and the board has the width; a proposal opens it at its
    width without taking the focus from the board; empty again, it folds only after
    FOLD_AFTER (a proposal coming and going does not move the board every few seconds)."""
    from PySide6.QtCore import QRect

    from widgets.proposal_dock import FOLD_AFTER, STRIP_WIDTH

    load(engine, [created("F", "2024-10-08T09:55:00+08:00")])
    add_staff(engine, "李娜", "supervisor", now=NOW - timedelta(days=30))
    window = open_window(engine)
    window.fit_screen(QRect(0, 0, 1920, 1040))
    dock = window.proposals
    qtbot.waitUntil(lambda: dock.loaded and dock.folded, timeout=5000)
    qtbot.waitUntil(lambda: dock.width() <= STRIP_WIDTH + 8, timeout=2000)
    assert not dock.table.isVisible() and dock.count.isVisible()
    assert window.centralWidget().width() >= 1920 - STRIP_WIDTH - 40
    window.view.setFocus()
    qtbot.waitUntil(window.view.hasFocus, timeout=2000)
    overdue(engine)  # two steps proposed
    qtbot.waitUntil(lambda: not dock.folded and dock.model.rowCount() == 2, timeout=8000)
    qtbot.waitUntil(lambda: dock.width() > 3 * STRIP_WIDTH, timeout=2000)  # as it was
    assert dock.width() >= dock.minimumSizeHint().width()
    assert dock.table.isVisible() and window.view.hasFocus()
    dock.set_proposals([], clock.now(), {}, [])  # empty again: stays open a while
    assert not dock.folded
    clock.advance(FOLD_AFTER)
    dock.set_proposals([], clock.now(), {}, [])
    assert dock.folded
