"""Shared pieces of the GUI tests: windows on a fresh database, a fake clock, and a check
that no test leaves a thread or a timer running. Imported by the ``test_gui_*`` modules."""

from __future__ import annotations

import weakref
from collections.abc import Callable, Iterator
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThread, QTimer
from sqlalchemy import Engine

import widgets  # noqa: F401 - the Signal.emit work-around before anything emits
from console.clock import FakeClock
from console.policy import load_policy
from widgets import board_reader
from widgets.main_window import MainWindow
from widgets.settings import AppSettings

__all__ = ["clock", "fast_retries", "no_dangling", "open_window"]  # the fixtures

# the offscreen platform says this once per top-level window; it is not our warning
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
NOW = datetime.fromisoformat("2024-10-08T10:00:00+08:00")
POLICY = load_policy("haikou")


class RecordingPlayer:
    """A sound player that only writes down what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[tuple[str, float]] = []

    def play(self, name: str, volume: float) -> bool:
        self.played.append((name, volume))
        return True


@pytest.fixture
def no_dangling(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread or a QTimer it started still running."""
    threads: list[weakref.ref[QThread]] = []
    timers: list[weakref.ref[QTimer]] = []
    start_thread, start_timer = QThread.start, QTimer.start

    def thread_start(self: QThread, *args: Any) -> None:
        threads.append(weakref.ref(self))
        start_thread(self, *args)

    def timer_start(self: QTimer, *args: Any) -> None:
        timers.append(weakref.ref(self))
        start_timer(self, *args)

    monkeypatch.setattr(QThread, "start", thread_start)
    monkeypatch.setattr(QTimer, "start", timer_start)
    yield
    running = [t for t in (r() for r in threads) if t is not None and _alive(t.isRunning)]
    ticking = [t for t in (r() for r in timers) if t is not None and _alive(t.isActive)]
    assert not running, f"threads left running: {running}"
    assert not ticking, f"timers left active: {[t.interval() for t in ticking]}"


def _alive(probe: Callable[[], bool]) -> bool:
    try:
        return probe()
    except RuntimeError:  # the C++ object is gone: neither running nor active
        return False


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(board_reader, "RETRY_MS", (50, 100, 200))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def open_window(
    qtbot: Any, no_dangling: None, clock: FakeClock, tmp_path: Path
) -> Iterator[Callable[..., MainWindow]]:
    """Open main windows on an engine (started, polling fast); closed after the test."""
    opened: list[MainWindow] = []

    def open_(engine: Engine, settings: Path | None = None, **kwargs: Any) -> MainWindow:
        kwargs.setdefault("poll_ms", 100)
        # no real sound in tests, and sweeps only when a test runs one (on its fake clock)
        kwargs.setdefault("sound", RecordingPlayer())
        kwargs.setdefault("notify_sweep_s", 0)
        window = MainWindow(
            engine=engine, policy=POLICY, clock=clock,
            settings=AppSettings(settings or tmp_path / "console.ini"),
            supervisor="李娜", **kwargs,
        )  # fmt: skip
        qtbot.addWidget(window)
        window.resize(1400, 800)
        window.show()
        window.start()
        opened.append(window)
        qtbot.waitUntil(lambda: window.board.loaded, timeout=5000)
        return window

    yield open_
    for window in opened:
        window.close()


def test_none_and_true_survive_many_qt_calls() -> None:
    """``widgets.qtfix``: PySide6 6.12 on Python 3.11 takes a reference from ``None`` at
    every void call and from ``True`` at every emit; a long day must not run them out."""
    import sys

    from widgets.qtfix import _Probe

    probe, timer = _Probe(), QTimer()
    for _ in range(20_000):
        probe.fired.emit()
        timer.setInterval(5)
    assert sys.getrefcount(None) > 1_000_000 and sys.getrefcount(True) > 1_000_000
