"""One live board shared by the supervisor's window and the wall display: one reader
thread, one tick, both showing the same tickets at the same second."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine

from console.clock import FakeClock
from tests.feedkit import created, ev, load
from tests.guikit import OFFSCREEN_NOISE, POLICY
from widgets.live_board import LiveBoard
from widgets.main_window import MainWindow
from widgets.settings import AppSettings
from widgets.wall import WallWindow

pytestmark = OFFSCREEN_NOISE


def test_window_and_wall_share_one_live_board(
    qtbot: Any, sqlite_engine: Engine, clock: FakeClock, no_dangling: None, tmp_path: Path
) -> None:
    load(sqlite_engine, [
        created("S1", "2024-10-08T09:58:00+08:00"),
        ev("dispatched", "S1", "2024-10-08T09:59:00+08:00", unit="U", unit_name="水务局"),
    ])  # fmt: skip
    live = LiveBoard(sqlite_engine, POLICY, clock, poll_ms=100)
    window = MainWindow(engine=sqlite_engine, policy=POLICY, clock=clock, live=live,
                        settings=AppSettings(tmp_path / "c.ini"), supervisor="李娜")  # fmt: skip
    wall = WallWindow(live=live)
    for w in (window, wall):
        qtbot.addWidget(w)
        w.show()
    assert window.board is live.model and window.reader is live.reader
    live.start()
    try:
        _shared(qtbot, live, window, wall, clock)
    finally:
        live.stop()
    assert not live.connection.worker.isRunning() and not live.timer.isActive()


def _shared(qtbot: Any, live: LiveBoard, window: MainWindow, wall: WallWindow,
            clock: FakeClock) -> None:  # fmt: skip
    window.start()
    wall.start()
    qtbot.waitUntil(lambda: live.loaded and live.figures is not None, timeout=5000)
    assert window.board.rowCount() == 1
    clock.advance(31 * 60)  # the 30-minute signing limit passes: one tick moves both
    live.tick()
    assert live.model.tally.counts().overdue == 1
    assert window.kpis.tiles["overdue"].value.text() == "1"
    window.close()  # the window does not own the live board: it keeps running for the wall
    assert live.connection.worker.isRunning() and live.timer.isActive()
    wall.close()


def test_a_burst_is_applied_in_slices_and_the_tiles_follow_each(
    qtbot: Any, sqlite_engine: Engine, open_window: Any
) -> None:
    """Thousands of tickets changed at once reach the board a slice per event-loop turn
    (the countdowns never stall behind them); after every slice the KPI tiles count
    exactly the rows the board holds."""
    from console.board import BoardDelta
    from tests.builders import board_ticket
    from widgets import live_board

    window = open_window(sqlite_engine)
    live = window.live
    qtbot.waitUntil(lambda: live.loaded, timeout=5000)
    t0 = live.model.now
    first = [board_ticket(f"A{i:04}", 600 + i, t0=t0) for i in range(50)]
    live.apply(BoardDelta(1, first))  # small: at once
    assert live.idle and live.model.rowCount() == 50
    burst = [board_ticket(f"B{i:04}", -60 - i, t0=t0) for i in range(2 * live_board.SLICE + 10)]
    seen: list[tuple[int, str]] = []
    live.applied.connect(
        lambda _d: seen.append((live.model.rowCount(), window.kpis.tiles["open"].value.text()))
    )
    live.apply(BoardDelta(2, burst, ["A0000"]))
    assert not live.idle and len(seen) == 1  # the first slice at once, the rest to come
    qtbot.waitUntil(lambda: live.idle, timeout=2000)
    assert len(seen) == 4  # the removal, then three slices of changes
    assert all(text == f"{rows:,}" for rows, text in seen)
    assert live.model.rowCount() == 49 + len(burst)
    assert live.model.tally.counts().overdue == len(burst)


class _Paints(QObject):
    """Counts the paints of a widget (and notes them in ``log``)."""

    def __init__(self, widget: QWidget, log: list[str]) -> None:
        super().__init__()
        self.count, self.log = 0, log
        widget.installEventFilter(self)

    def eventFilter(self, _watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.count += 1
            self.log.append("paint")
        return False


def _burst(live: LiveBoard, slices: int, first: int = 0) -> Any:
    from console.board import BoardDelta
    from tests.builders import board_ticket
    from widgets import live_board

    t0 = live.model.now
    numbers = range(first, first + slices * live_board.SLICE)
    return BoardDelta(5, [board_ticket(f"P{i:05}", -60 - i, t0=t0) for i in numbers])


def _full_board(qtbot: Any, window: MainWindow) -> LiveBoard:
    """The window's live board with rows past the viewport (its scroll bar shown), painted
    and still; the burst paint timer's interval out of reach."""
    live = window.live
    qtbot.waitUntil(lambda: live.loaded, timeout=5000)
    live.apply(_burst(live, 2, 90_000))
    qtbot.waitUntil(lambda: live.idle and not live.paints.timer.isActive(), timeout=5000)
    qtbot.wait(100)
    live.paints.timer.setInterval(10**7)
    return live


def test_a_burst_repaints_the_board_a_few_times_not_after_every_slice(
    qtbot: Any, sqlite_engine: Engine, open_window: Any
) -> None:
    """Each slice of a burst dirties the whole board: the rows repaint on the burst
    paint timer only (here never during the burst, its interval out of reach), and at
    its next time after the burst went in (the next poll's burst may come first)."""
    window = open_window(sqlite_engine)
    live = _full_board(qtbot, window)
    log: list[str] = []
    paints = _Paints(window.view.viewport(), log)
    live.applied.connect(lambda _d: log.append("slice"))
    live.apply(_burst(live, 30))
    qtbot.waitUntil(lambda: live.idle, timeout=10_000)
    assert log.count("slice") == 30
    assert paints.count == 0  # the old board repainted after each of the 30 slices
    live.paints.timer.timeout.emit()  # the next paint due: the burst in, shown at once
    assert paints.count == 1
    assert window.view.viewport().updatesEnabled() and not live.paints.timer.isActive()


def test_a_paint_due_in_a_burst_has_turns_without_slices(
    qtbot: Any, sqlite_engine: Engine, open_window: Any
) -> None:
    """When the burst's paint is due the slicer leaves the turn of each paint to it (a
    slice and a paint in one turn were the import's long turns: the bench's turns are the
    gaps between the beats of a timer), and goes on after it - or after two turns when
    nothing paints (a hidden board does not stall the burst)."""
    window = open_window(sqlite_engine)
    live = _full_board(qtbot, window)
    log: list[str] = []
    paints = _Paints(window.view.viewport(), log)
    live.applied.connect(lambda _d: log.append("slice"))
    beat = QTimer(interval=0)
    beat.timeout.connect(lambda: log.append("|"))
    beat.start()
    try:
        _paint_turns(qtbot, live, log)
    finally:
        beat.stop()
    qtbot.waitUntil(lambda: live.idle, timeout=10_000)
    del log[:]
    window.hide()  # nothing paints: two turns left, then the slices go on
    live.apply(_burst(live, 3))
    live.paints.timer.timeout.emit()
    qtbot.waitUntil(lambda: live.idle, timeout=10_000)
    assert log == ["slice"] * 3 and paints.count > 0


def _last(log: list[str], entry: str) -> int:
    return len(log) - log[::-1].index(entry) if entry in log else len(log)


def _paint_turns(qtbot: Any, live: LiveBoard, log: list[str]) -> None:
    live.apply(_burst(live, 60))  # the first slice at once
    for _ in range(3):
        qtbot.waitUntil(lambda: log.count("slice") >= 4, timeout=2000)
        live.paints.timer.timeout.emit()  # a paint is due
        qtbot.waitUntil(lambda: "slice" in log[_last(log, "paint") :], timeout=2000)
        log.append("|")
        turns = "".join(" " if e == "|" else e[0] for e in log).split()
        assert "p" in turns and not [t for t in turns if "p" in t and "s" in t], turns
        del log[:]
