"""Shared fixtures: a fresh database per test, on SQLite and (when reachable) PostgreSQL.

Set HOTLINE_TEST_PG to a PostgreSQL URL to choose the server (default: the local one);
set HOTLINE_REQUIRE_PG=1 (CI does) to fail instead of skipping when it is unreachable.
"""

from __future__ import annotations

import os
import uuid
import weakref
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, text

from console.clock import FakeClock
from db.engine import make_engine
from tests.guikit import NOW, POLICY, RecordingPlayer

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

PG_URL = os.environ.get("HOTLINE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
_pg_ok: bool | None = None


def pg_available() -> bool:
    global _pg_ok
    if _pg_ok is None:
        try:
            eng = create_engine(PG_URL, connect_args={"connect_timeout": 3})
            with eng.connect() as conn:
                conn.execute(text("SELECT 1"))
            eng.dispose()
            _pg_ok = True
        except Exception:
            _pg_ok = False
    return _pg_ok


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Keep tests away from the user's real data folder and settings."""
    home = tmp_path_factory.mktemp("data")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))


def _pg_schema_url() -> tuple[str, str]:
    schema = "t_" + uuid.uuid4().hex[:12]
    return schema, PG_URL


@pytest.fixture(params=["sqlite", "postgresql"])
def db_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """A URL of an empty database, on each backend. On PostgreSQL each test gets a
    schema of its own, dropped afterwards."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'test.db'}"
        return
    if not pg_available():
        if os.environ.get("HOTLINE_REQUIRE_PG"):
            pytest.fail(f"PostgreSQL is required but unreachable at {PG_URL}")
        pytest.skip("PostgreSQL not reachable")
    schema = "t_" + uuid.uuid4().hex[:12]
    admin = create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{sep}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def engine(db_url: str) -> Iterator[Engine]:
    eng = make_engine(db_url)
    yield eng
    eng.dispose()


@pytest.fixture
def sqlite_engine(tmp_path: Path) -> Iterator[Engine]:
    """SQLite only: for tests whose subject does not depend on the backend."""
    eng = make_engine(f"sqlite:///{tmp_path / 'test.db'}")
    yield eng
    eng.dispose()


# --- GUI fixtures: Qt is imported inside them, so the domain tests never load it ---------


@pytest.fixture
def no_dangling(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Fail a test that leaves a QThread or a QTimer it started still running; the message
    names each one (its objectName, else its parent's class) so a leak says where it is."""
    from PySide6.QtCore import QObject, QThread, QTimer

    threads: list[weakref.ref[QThread]] = []
    timers: list[weakref.ref[QTimer]] = []
    start_thread, start_timer = QThread.start, QTimer.start

    def thread_start(self: QThread, *args: Any) -> None:
        threads.append(weakref.ref(self))
        start_thread(self, *args)

    def timer_start(self: QTimer, *args: Any) -> None:
        timers.append(weakref.ref(self))
        start_timer(self, *args)

    def name(obj: QObject) -> str:
        parent = obj.parent()
        owner = type(parent).__name__ if parent is not None else "no parent"
        return f"{obj.objectName() or '(unnamed)'} in {owner}"

    monkeypatch.setattr(QThread, "start", thread_start)
    monkeypatch.setattr(QTimer, "start", timer_start)
    yield
    running = [t for t in (r() for r in threads) if t is not None and _alive(t.isRunning)]
    ticking = [t for t in (r() for r in timers) if t is not None and _alive(t.isActive)]
    assert not running, f"threads left running: {[name(t) for t in running]}"
    assert not ticking, f"timers left active: {[name(t) for t in ticking]}"


def _alive(probe: Callable[[], bool]) -> bool:
    try:
        return probe()
    except RuntimeError:  # the C++ object is gone: neither running nor active
        return False


@pytest.fixture
def fast_retries(monkeypatch: pytest.MonkeyPatch) -> None:
    from widgets import board_reader

    monkeypatch.setattr(board_reader, "RETRY_MS", (50, 100, 200))


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock(NOW)


@pytest.fixture
def open_window(
    qtbot: Any, no_dangling: None, clock: FakeClock, tmp_path: Path
) -> Iterator[Callable[..., Any]]:
    """Open main windows on an engine (started, polling fast); closed after the test."""
    import widgets  # noqa: F401 - the Signal.emit work-around before anything emits
    from widgets.main_window import MainWindow
    from widgets.settings import AppSettings

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


@pytest.fixture
def wall_on(qtbot: Any, clock: FakeClock, no_dangling: None) -> Iterator[Any]:
    """Open wall displays on an engine, each with its own live board (started unless
    ``start=False``, and waited for until it shows figures); closed after the test."""
    from widgets.live_board import LiveBoard
    from widgets.wall import WallWindow

    made: list[tuple[LiveBoard, WallWindow]] = []

    def open_(engine: Engine, start: bool = True, **kwargs: Any) -> WallWindow:
        live = LiveBoard(engine, POLICY, clock, poll_ms=100)
        wall = WallWindow(live=live, **kwargs)
        qtbot.addWidget(wall)
        wall.resize(1920, 1080)
        wall.show()
        made.append((live, wall))
        if start:
            live.start()
            wall.start()
            qtbot.waitUntil(lambda: bool(live.loaded and live.figures and wall.feed.figures),
                            timeout=8000)  # fmt: skip
            live.tick()
        return wall

    yield open_
    for live, wall in made:
        wall.close()
        live.stop()


@pytest.fixture(autouse=True)
def _console_look(request: pytest.FixtureRequest) -> Iterator[None]:
    """Every GUI test starts as the console runs - the light theme's style sheet, English -
    and hands the next test the same, whatever it switched (a theme or a language left
    behind made other tests measure other fonts)."""
    if not {"qtbot", "qapp"} & set(request.fixturenames):
        yield
        return
    from widgets.i18n import install_translators
    from widgets.theme import apply_theme

    app = request.getfixturevalue("qapp")
    apply_theme(app, "light")
    install_translators(app, "en")
    yield
    apply_theme(app, "light")
    install_translators(app, "en")
