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
