"""The detail pane's models under QAbstractItemModelTester: a ticket's deadlines while the
clock runs and another ticket is picked, and its timeline as events are appended, the
history is rewritten and the year changes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from PySide6.QtTest import QAbstractItemModelTester

from console.board_detail import DeadlineDetail, EventRecord
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.detail_models import DeadlinesModel, RecordRole, TimelineModel

FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
TZ = POLICY.tz


def deadline(kind: str = "sign", status: str = "open", due_in_h: float = 2) -> DeadlineDetail:
    due = NOW + timedelta(hours=due_in_h)
    return DeadlineDetail(
        kind=kind, unit="U1", unit_name="市住房保障和房屋管理局", clock="wall",
        started_at=NOW - timedelta(hours=1), due_at=due,
        warn_at=due - timedelta(minutes=30), crit_at=due - timedelta(minutes=10),
        status=status, met_at=NOW if status == "met" else None,
        ended_at=NOW if status == "ended" else None, late=status != "open" and due_in_h < 0,
    )  # fmt: skip


def event(i: int, kind: str = "dispatched", at: datetime = NOW) -> EventRecord:
    return EventRecord(
        at=at + timedelta(minutes=i), recorded_at=at + timedelta(minutes=i, seconds=3),
        actor="feed" if i % 2 else "李娜", kind=kind, unit="U1", unit_name="市水务局",
        reason=None, note=f"第{i}条", details={"note": "请尽快办理"} if kind == "urged" else {},
    )  # fmt: skip


def all_cells(model: Any) -> list[Any]:
    return [
        model.data(model.index(r, c), role)
        for r in range(model.rowCount())
        for c in range(model.columnCount())
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
                     Qt.ItemDataRole.ForegroundRole, RecordRole)
    ]  # fmt: skip


def test_deadlines_keep_the_contract_while_the_clock_runs(qtbot: Any) -> None:
    model = DeadlinesModel(TZ)
    QAbstractItemModelTester(model, FATAL)
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _r=(): changed.append((top.row(), bottom.row())))
    records = [deadline(), deadline("reply", "met", -1), deadline("finish", "ended", -5)]
    model.set_records(records, NOW)
    assert model.rowCount() == 3 and all_cells(model)
    for minutes in (20, 95, 115, 130):  # ok, warning, critical, overdue for the open one
        model.set_now(NOW + timedelta(minutes=minutes))
        all_cells(model)
    assert changed == [(0, 0)] * 4  # only the open deadline's cells change with the clock
    assert model.data(model.index(0, 4)) == "−0:10:00"  # overdue: a minus sign, time past
    model.set_records([], NOW)
    assert model.rowCount() == 0


def test_timeline_keeps_the_contract_while_events_come(qtbot: Any) -> None:
    model = TimelineModel(TZ)
    QAbstractItemModelTester(model, FATAL)
    inserted: list[tuple[int, int]] = []
    resets: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.modelReset.connect(lambda: resets.append(1))
    first = [event(i) for i in range(3)]
    model.set_events("HK1", first, year=2024)
    model.set_events("HK1", [*first, event(3, "urged"), event(4)], year=2024)
    assert inserted == [(3, 4)] and len(resets) == 1  # the same ticket grows by appending
    model.set_events("HK1", [event(9), *first], year=2024)  # history rewritten: start over
    model.set_events("HK2", [event(1)], year=2024)  # another ticket: start over
    model.set_events("HK2", [event(1)], year=2025)  # a new year reads dates differently
    assert len(resets) == 4 and model.rowCount() == 1
    assert model.data(model.index(0, 0)).startswith("2024-")  # other years show the year
    all_cells(model)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(st.lists(st.tuples(st.sampled_from(["HK1", "HK2"]), st.integers(0, 6)), max_size=12))
def test_timeline_shows_exactly_the_events_given(qtbot: Any, steps: list[tuple[str, int]]) -> None:
    """Whatever order tickets and growing histories arrive in, the rows are the events."""
    model = TimelineModel(TZ)
    QAbstractItemModelTester(model, FATAL)
    for number, count in steps:
        events = [event(i, at=NOW if number == "HK1" else NOW + timedelta(days=1))
                  for i in range(count)]  # fmt: skip
        model.set_events(number, events, year=2024)
        assert [model.data(model.index(r, 0), RecordRole) for r in range(model.rowCount())] == (
            events
        )


@pytest.mark.parametrize("status", ["met", "ended"])
def test_finished_deadlines_show_when_they_ended(qtbot: Any, status: str) -> None:
    model = DeadlinesModel(TZ)
    QAbstractItemModelTester(model, FATAL)
    model.set_records([deadline(status=status, due_in_h=-2)], NOW)
    assert model.data(model.index(0, 4)) == NOW.astimezone(TZ).strftime("%m-%d %H:%M")


@OFFSCREEN_NOISE
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_detail_columns_hold_a_late_status_and_a_pinyin_name(
    qtbot: Any, qapp: Any, lang: str
) -> None:
    """ "已完…" (finished · late) and "wangqianç" (a name cut mid-glyph) were cut; the
    full text is in the tooltip too."""
    from console.clock import FakeClock
    from widgets import theme
    from widgets.detail_pane import DetailPane
    from widgets.i18n import install_translators

    theme.apply_theme(qapp, "light")  # the style sheet's fonts and padding, as it runs
    install_translators(qapp, lang)
    try:
        pane = DetailPane(TZ, FakeClock(NOW))
        qtbot.addWidget(pane)
        pane.resize(480, 800)
        pane.show()
        pane.retranslate()
        fm = pane.fontMetrics()
        model = pane.deadlines
        model.set_records([deadline(status=s, due_in_h=-1) for s in ("met", "ended")], NOW)
        head = pane.deadlines_view.horizontalHeader()
        for row in range(model.rowCount()):
            text = model.index(row, 3).data()
            assert "·" in text and model.index(row, 3).data(Qt.ItemDataRole.ToolTipRole) == text
            assert fm.horizontalAdvance(text) + 8 <= head.sectionSize(3), (text, lang)
        view = pane.deadlines_view  # laid out: the stretched unit has what is left
        qtbot.waitUntil(lambda: view.viewport().width() >= view.width() - 8, timeout=2000)
        # the unit has what the other columns leave in the pane (it kept Qt's default 100)
        others = sum(head.sectionSize(c) for c in (0, 2, 3, 4))
        assert head.sectionSize(1) >= view.viewport().width() - others - 4
        assert head.length() <= view.viewport().width()  # no sideways scrolling at 480
        timeline = pane.timeline
        timeline.set_events("T1", [replace_actor(event(0), "wangqiang")])
        who = timeline.index(0, 1)
        assert who.data(Qt.ItemDataRole.ToolTipRole) == "wangqiang"
        width = pane.timeline_view.horizontalHeader().sectionSize(1)
        assert fm.horizontalAdvance("wangqiang") + 8 <= width
    finally:
        install_translators(qapp, "en")


def replace_actor(e: EventRecord, actor: str) -> EventRecord:
    from dataclasses import replace

    return replace(e, actor=actor)


@OFFSCREEN_NOISE
def test_the_deadlines_minimum_does_not_ratchet(qtbot: Any) -> None:
    """Fitted again (another ticket, another language), the table's minimum stays that of
    its columns, not the width its stretched last column reached."""
    from console.clock import FakeClock
    from widgets.detail_pane import DetailPane

    pane = DetailPane(TZ, FakeClock(NOW))
    qtbot.addWidget(pane)
    pane.resize(900, 800)
    pane.show()
    pane.retranslate()  # shown: measured with the style sheet's font
    first = pane.deadlines_view.minimumWidth()
    qtbot.wait(50)  # laid out, the last column stretched
    for _ in range(2):
        pane.retranslate()
        assert pane.deadlines_view.minimumWidth() <= first  # never held at a stretched width
