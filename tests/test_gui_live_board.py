"""One live board shared by the supervisor's window and the wall display: one reader
thread, one tick, both showing the same tickets at the same second."""

from __future__ import annotations

from pathlib import Path
from typing import Any

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
