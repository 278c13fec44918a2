"""The KPI tiles equal the board at every second (issue 8): after time-driven state
changes, moved rows settling, live changes and re-sorting — on a fake clock across many
crossings, and for property-based sequences of changes."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PySide6.QtCore import Qt
from sqlalchemy import Engine

from console.board import BoardDeadline, BoardDelta, BoardTicket
from console.clock import FakeClock
from console.states import State
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.board_model import Col
from widgets.kpi_strip import BOARD_TILES
from widgets.main_window import MainWindow
from widgets.settings import AppSettings

pytestmark = OFFSCREEN_NOISE
T0 = NOW.timestamp()


def ticket(number: str, due_in: float, window: float = 600, **flags: bool) -> BoardTicket:
    due = T0 + due_in
    start = due - window
    deadline = BoardDeadline("sign", "U1", due, start + window * 0.5, start + window * 0.8)
    return BoardTicket(
        number, "complaint", flags.get("urgent", False), f"标题 {number}", "U1", "单位1",
        "美兰区", "", 0, 0, flags.get("shuffled", False), flags.get("disputed", False),
        flags.get("escalated", False), start, (deadline,),
    )  # fmt: skip


def counted(window: MainWindow) -> dict[str, str]:
    """What the tiles must say: counted afresh from the board's rows, as of its clock."""
    now = window.board.now
    rows = [window.board.ticket_at(r) for r in range(window.board.rowCount())]
    states = [t.state(now) for t in rows]
    figures = {
        "open": len(rows),
        "warning": states.count(State.WARNING),
        "critical": states.count(State.CRITICAL),
        "overdue": states.count(State.OVERDUE),
        "shuffled": sum(t.shuffled for t in rows),
        "disputed": sum(t.disputed for t in rows),
    }
    return {key: f"{figures[key]:,}" for key in BOARD_TILES}


def shown(window: MainWindow) -> dict[str, str]:
    return {key: window.kpis.tiles[key].value.text() for key in BOARD_TILES}


def agree(window: MainWindow) -> None:
    assert shown(window) == counted(window)
    total = f"{window.board.rowCount():,}"
    assert total in window.count_label.text()  # the status bar's count too


def new_window(engine: Engine, clock: FakeClock, path: Path) -> MainWindow:
    """A window fed by hand (not started): the deltas and ticks a test gives it."""
    return MainWindow(engine=engine, policy=POLICY, clock=clock,
                      settings=AppSettings(path), supervisor="李娜")  # fmt: skip


@pytest.fixture
def windows(qtbot: Any, sqlite_engine: Engine, tmp_path: Path) -> Iterator[Any]:
    made: list[MainWindow] = []

    def make(clock: FakeClock) -> MainWindow:
        window = new_window(sqlite_engine, clock, tmp_path / f"{len(made)}.ini")
        made.append(window)
        return window

    yield make
    for window in made:
        window.stop()
        window.deleteLater()


def step(window: MainWindow, clock: FakeClock, seconds: float, settle: bool) -> None:
    clock.advance(seconds)
    window.view.tick()  # what the 1 Hz timer does
    if settle:
        window.view.settle()  # what the settle timer does 1.5 s after a move


def test_tiles_equal_the_board_every_second_across_many_crossings(windows: Any) -> None:
    """60 tickets whose states change every few seconds for ten minutes: every second,
    whether or not moved rows have settled yet, the tiles say what the board shows."""
    clock = FakeClock(NOW)
    window = windows(clock)
    tickets = [ticket(f"T{i:03}", due_in=7 * i + 3, window=40 + i % 9,
                      shuffled=i % 7 == 0, disputed=i % 11 == 0) for i in range(60)]  # fmt: skip
    window.apply_delta(BoardDelta(1, tickets, full=True))
    agree(window)
    crossings = 0
    for second in range(600):
        before = counted(window)
        step(window, clock, 1, settle=second % 3 == 2)
        crossings += before != counted(window)
        agree(window)
    assert crossings > 100  # the states really did change, many times


def test_a_tick_touches_only_the_tiles_whose_numbers_moved(
    windows: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """At 100,000 open about two tickets change state every second, so nearly every tick
    moves the counts: it sets the two or three tiles whose numbers moved, and neither the
    others (their number, note and its visibility set again each second) nor the status
    bar's words, which a tick does not change (its rows stay)."""
    clock = FakeClock(NOW)
    window = windows(clock)
    window.apply_delta(BoardDelta(1, [ticket(f"T{i:03}", due_in=600 + 100 * i) for i in range(6)],
                                  full=True))  # fmt: skip
    agree(window)
    touched: list[str] = []
    for key, tile in window.kpis.tiles.items():
        for part, name in ((tile.value, "setText"), (tile.note, "setText"),
                           (tile.note, "setVisible")):  # fmt: skip
            real = getattr(part, name)
            monkeypatch.setattr(
                part, name, lambda *a, _r=real, _k=key: touched.append(_k) or _r(*a)
            )
    real_words = window.count_label.setText
    monkeypatch.setattr(
        window.count_label, "setText", lambda *a: touched.append("words") or real_words(*a)
    )
    before = shown(window)
    step(window, clock, 301, settle=False)  # T000 passes half its window: warning
    after = shown(window)
    assert before != after
    assert sorted(set(touched)) == sorted(k for k in BOARD_TILES if before[k] != after[k])
    agree(window)


deltas = st.lists(
    st.one_of(
        st.tuples(st.just("advance"), st.integers(1, 90)),
        st.tuples(
            st.just("upsert"),
            st.integers(0, 14),
            st.integers(-120, 600),
            st.booleans(),
            st.booleans(),
        ),  # fmt: skip
        st.tuples(st.just("remove"), st.integers(0, 14)),
        st.tuples(st.just("settle")),
        st.tuples(
            st.just("sort"), st.sampled_from([Col.STATE, Col.COUNTDOWN, Col.NUMBER]), st.booleans()
        ),  # fmt: skip
    ),
    min_size=1,
    max_size=40,
)


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])  # fmt: skip
@given(ops=deltas)
def test_tiles_equal_the_board_after_any_sequence_of_changes(
    windows: Any, ops: list[tuple[Any, ...]]
) -> None:
    clock = FakeClock(NOW)
    window = windows(clock)
    window.apply_delta(BoardDelta(1, [ticket(f"T{i:03}", 30 * i) for i in range(8)], full=True))
    agree(window)
    seq = 1
    for op in ops:
        seq += 1
        if op[0] == "advance":
            step(window, clock, op[1], settle=False)
        elif op[0] == "upsert":
            _, n, due_in, shuffled, disputed = op
            late = clock.now().timestamp() - T0  # a change comes as of the clock
            fresh = ticket(f"T{n:03}", late + due_in, shuffled=shuffled, disputed=disputed)
            window.apply_delta(BoardDelta(seq, [fresh]))
        elif op[0] == "remove":
            window.apply_delta(BoardDelta(seq, [], [f"T{op[1]:03}"]))
        elif op[0] == "settle":
            window.view.settle()
        else:
            order = Qt.SortOrder.DescendingOrder if op[2] else Qt.SortOrder.AscendingOrder
            window.view.sortByColumn(op[1], order)
        agree(window)


def test_chinese_titles_sort_by_pinyin_where_the_console_speaks_chinese(qapp: Any) -> None:
    from widgets.board_model import BoardModel
    from widgets.i18n import install_translators

    titles = ["张家路灯损坏", "北京路噪音", "安居小区停水", "海口公交", "中山路占道", "阿里山路"]
    tickets = [ticket(f"P{i}", 100 * i) for i in range(len(titles))]
    tickets = [
        BoardTicket(
            t.number,
            t.category,
            t.urgent,
            title,
            t.unit,
            t.unit_name,
            t.district,
            t.address,
            0,
            0,
            False,
            False,
            False,
            t.accepted,
            t.deadlines,
        )
        for t, title in zip(tickets, titles, strict=True)
    ]
    tickets.append(BoardTicket("P9", *[getattr(tickets[1], f) for f in (
        "category", "urgent", "title", "unit", "unit_name", "district", "address",
        "returns", "transfers", "shuffled", "disputed", "escalated", "accepted",
        "deadlines")]))  # fmt: skip
    install_translators(qapp, "zh_CN")
    try:
        board = BoardModel(POLICY.tz)
        board.apply(BoardDelta(1, tickets, full=True), T0)
        board.sort(Col.TITLE)
        shown = [board.ticket_at(r).title for r in range(board.rowCount())]
        assert shown == ["阿里山路", "安居小区停水", "北京路噪音", "北京路噪音", "海口公交",
                         "张家路灯损坏", "中山路占道"]  # fmt: skip
        assert board.row_of("P1") != board.row_of("P9")  # the same title: both found
        late = BoardTicket("P7", *[getattr(tickets[0], f) for f in (
            "category", "urgent")], "巴士站", *[getattr(tickets[0], f) for f in (
            "unit", "unit_name", "district", "address", "returns", "transfers", "shuffled",
            "disputed", "escalated", "accepted", "deadlines")])  # fmt: skip
        board.apply(BoardDelta(2, [late]), T0)
        assert board.row_of("P7") == 2  # 巴 (ba) after 安 (an), before 北 (bei)
    finally:
        install_translators(qapp, "en")
    board.sort(Col.TITLE)  # in English: code points
    shown = [board.ticket_at(r).title for r in range(board.rowCount())]
    assert shown == sorted(shown)
