"""The wall display (大屏): pages turning on the console's clock, personal data masked on
every page, "loading" rather than uncounted zeros, a banner on every page while the
database is away, the same layout at any size, and a screen filled without a window
manager."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, insert

from console.clock import FakeClock
from console.supervisors import remember_supervisor
from db.models import Escalation
from tests.builders import run_cli
from tests.feedkit import created, ev, load
from tests.guikit import NOW, OFFSCREEN_NOISE
from widgets.wall import PAGES
from widgets.wall.rotation import Rotation
from widgets.wall.style import scale_for

pytestmark = OFFSCREEN_NOISE
ROOT = Path(__file__).resolve().parent.parent
AT = (NOW - timedelta(hours=2)).isoformat()
LATER = (NOW - timedelta(hours=1, minutes=50)).isoformat()
PERSONAL = [
    ("P1", "王建国反映楼下油烟扰民，请回电13812345678", "王建国", "13812345678"),
    ("P2", "市民陈海投诉电梯停运，联系电话0898-66668888", "陈海", "0898-66668888"),
    ("P3", "符丽华家门口下水道堵塞", "符丽华", "13900001111"),
]  # fmt: skip
RAW = ("王建国", "陈海", "符丽华", "13812345678", "66668888", "0898-6666")


def _city(engine: Engine) -> None:
    events = []
    for number, title, name, phone in PERSONAL:
        events.append(created(number, AT, title=title, urgent=True,
                              citizen={"name": name, "phone": phone}))  # fmt: skip
        events.append(ev("dispatched", number, LATER, unit="U1", unit_name="市水务局"))
    load(engine, events)
    remember_supervisor(engine, "李娜", NOW)
    with engine.begin() as conn:
        for i, (number, *_rest) in enumerate(PERSONAL):
            conn.execute(insert(Escalation).values(
                ticket=number, office=("discipline", "organization", "supervision")[i],
                reason="overdue", status="open", created_by="李娜",
                created_at=NOW - timedelta(hours=3 - i),
            ))  # fmt: skip


def test_rotation_is_read_off_the_clock() -> None:
    clock = FakeClock(NOW)
    start = clock.now().timestamp()
    turn = Rotation(["kpi", "urgent", "charts"], 20, start)
    seen = []
    for _ in range(8):
        now = clock.now().timestamp()
        seen.append((turn.page_at(now), turn.left_at(now)))
        clock.advance(10)
    assert seen == [("kpi", 20), ("kpi", 10), ("urgent", 20), ("urgent", 10),
                    ("charts", 20), ("charts", 10), ("kpi", 20), ("kpi", 10)]  # fmt: skip
    now = clock.now().timestamp()
    turn.show(2, now)  # by hand: that page, a whole interval, then on
    assert (turn.page_at(now), turn.left_at(now)) == ("charts", 20)
    assert turn.page_at(now + 20) == "kpi"
    assert Rotation(["kpi"], 20, start).left_at(start + 7) == 0  # one page: nothing turns
    assert Rotation(["kpi", "urgent"], 1, start).interval == 5  # never a strobe


def test_wall_turns_its_pages_on_the_fake_clock(
    wall_on: Any, sqlite_engine: Engine, clock: FakeClock
) -> None:
    _city(sqlite_engine)
    wall = wall_on(sqlite_engine, pages=["urgent", "kpi", "escalations"], interval=30)
    assert [p.key for p in wall.pages] == ["urgent", "kpi", "escalations"]
    assert wall.current().key == "urgent" and wall.pager.text() == "next in 30 s"
    clock.advance(29)
    wall.live.tick()
    assert wall.current().key == "urgent" and wall.pager.text() == "next in 1 s"
    clock.advance(1)
    wall.live.tick()
    assert wall.current().key == "kpi" and wall.pills[1].property("current") is True
    clock.advance(60)
    wall.live.tick()
    assert wall.current().key == "urgent"  # round again


def test_personal_data_is_masked_on_every_page(
    wall_on: Any, sqlite_engine: Engine, clock: FakeClock
) -> None:
    _city(sqlite_engine)
    wall = wall_on(sqlite_engine)
    shown: dict[str, str] = {}
    for i, page in enumerate(wall.pages):
        wall.rotation.show(i, clock.now().timestamp())
        wall.live.tick()
        assert wall.current() is page
        shown[page.key] = "\n".join(wall.texts())
        for raw in RAW:
            assert raw not in shown[page.key], (page.key, raw)
    assert "王**反映楼下油烟扰民，请回电138****5678" in shown["urgent"]
    assert "0898-****8888" in shown["urgent"] and "符**家门口" in shown["urgent"]
    assert "王**反映" in shown["escalations"] and "市民陈*投诉" in shown["escalations"]
    assert "市水务局" in shown["charts"]  # units by name: not personal
    assert set(shown) == set(PAGES)


def test_nothing_is_shown_as_counted_before_it_is(wall_on: Any, sqlite_engine: Engine) -> None:
    _city(sqlite_engine)
    wall = wall_on(sqlite_engine, start=False)
    for i, page in enumerate(wall.pages):
        wall.rotation.show(i, wall.live.clock.now().timestamp())
        wall.live.tick()
        texts = wall.texts()
        assert "0" not in [t.strip() for t in texts], page.key
        assert not any("None open" in t or "No ticket" in t for t in texts), page.key
        if page.key != "kpi":
            assert page.loading.isVisible(), page.key
    kpi = wall.pages[0]
    assert set(kpi.values.values()) == {None}
    assert all(t.value.text() == "—" for t in kpi.tiles.values())
    assert kpi.loading.isHidden()  # the tiles say it themselves, one by one
    assert wall.link.text() == "● connecting"


def test_kpi_tiles_take_the_tone_of_their_target(
    wall_on: Any, sqlite_engine: Engine, clock: FakeClock
) -> None:
    _city(sqlite_engine)
    wall = wall_on(sqlite_engine, pages=["kpi"])
    kpi = wall.pages[0]
    assert kpi.values["open"] == 3 and kpi.values["overdue"] == 3
    assert kpi.values["escalations"] == 3 and kpi.values["due_soon"] == 0
    assert kpi.tiles["open"].property("tone") == "green"
    assert kpi.tiles["overdue"].property("tone") == "amber"  # 3: over the target of 0
    assert kpi.tiles["overdue"].note.text() == "target 0"
    # 3 open escalations against a target of 0: over it, so not green (its amber line is 5)
    assert kpi.tiles["escalations"].property("tone") == "amber"
    assert 3 <= len(kpi.tiles) <= 8


def test_a_lost_database_shows_a_banner_on_every_page(
    wall_on: Any, sqlite_engine: Engine, clock: FakeClock
) -> None:
    _city(sqlite_engine)
    wall = wall_on(sqlite_engine)
    wall.live.reader.lost.emit("connection refused")
    for i in range(len(wall.pages)):
        wall.rotation.show(i, clock.now().timestamp())
        wall.live.tick()
        assert wall.banner.isVisible()
        assert any("Database connection lost" in t for t in wall.texts())
    assert wall.link.text() == "● reconnecting"
    wall.live.reader.restored.emit()
    assert not wall.banner.isVisible() and wall.link.text() == "● live"


def test_the_same_layout_at_any_size(wall_on: Any, sqlite_engine: Engine, qtbot: Any) -> None:
    _city(sqlite_engine)
    wall = wall_on(sqlite_engine, pages=["urgent"])
    urgent = wall.pages[0]
    rows_1080 = urgent.list.capacity()
    assert wall.scale == 1.0 and urgent.list.text_font.pixelSize() >= 28
    wall.resize(3840, 2160)
    qtbot.waitUntil(lambda: wall.scale == 2.0)
    assert urgent.list.text_font.pixelSize() >= 56 and urgent.list.row_h == 128
    assert abs(urgent.list.capacity() - rows_1080) <= 1  # the same rows, larger type
    assert "font-size: 56px" in wall.styleSheet()
    assert scale_for(wall.size().__class__(2560, 1440)) == pytest.approx(4 / 3)
    assert wall.minimumWidth() >= 960  # never a cramped window


def test_leaving_full_screen_keeps_the_screen_filled(
    wall_on: Any, sqlite_engine: Engine, qtbot: Any
) -> None:
    wall = wall_on(sqlite_engine, start=False)
    wall.place(wall.screen())
    assert wall.geometry() == wall.screen().geometry()
    wall.leave_full_screen()
    assert wall.geometry() == wall.screen().availableGeometry()


@pytest.mark.skipif(shutil.which("Xvfb") is None, reason="needs Xvfb")
def test_wall_fills_the_screen_of_an_x_server_without_a_window_manager(tmp_path: Path) -> None:
    """As a kiosk runs it: a bare X server, no window manager; the window must be the
    screen's size at its origin, not its own size in a corner."""
    display = next(d for d in range(140, 200) if not Path(f"/tmp/.X11-unix/X{d}").exists())
    xvfb = subprocess.Popen(["Xvfb", f":{display}", "-screen", "0", "1920x1080x24",
                             "-nolisten", "tcp"], stderr=subprocess.DEVNULL)  # fmt: skip
    try:
        for _ in range(100):
            if Path(f"/tmp/.X11-unix/X{display}").exists():
                break
            time.sleep(0.05)
        env = {**os.environ, "DISPLAY": f":{display}", "QT_QPA_PLATFORM": "xcb"}
        probe = f"""
import sys
sys.path.insert(0, {str(ROOT)!r})
from PySide6.QtWidgets import QApplication
import widgets
from console.clock import FakeClock
from console.policy import load_policy
from datetime import datetime, UTC
from db.engine import make_engine
from widgets.live_board import LiveBoard
from widgets.wall import WallWindow
app = QApplication([])
engine = make_engine("sqlite:///{tmp_path / "x.db"}")
live = LiveBoard(engine, load_policy("haikou"), FakeClock(datetime.now(UTC)))
wall = WallWindow(live=live)
wall.place(app.primaryScreen())
for _ in range(50):
    app.processEvents()
print(wall.geometry().getRect(), wall.isFullScreen(), wall.cursor().shape().name)
"""
        out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True,
                             text=True, timeout=60)  # fmt: skip
    finally:
        xvfb.terminate()
        xvfb.wait()
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == "(0, 0, 1920, 1080) True BlankCursor"


def test_wall_options_on_the_command_line() -> None:
    bad = run_cli("--wall", "--pages", "kpi,weather")
    assert bad.returncode == 2 and "unknown wall pages: weather" in bad.stderr
    bad = run_cli("--wall", "--interval", "2")
    assert bad.returncode == 2 and "interval must be 5–3600 seconds" in bad.stderr


def test_the_wall_pages_are_named_once() -> None:
    from console.wall_options import PAGES as NAMES

    assert tuple(PAGES) == NAMES


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_urgent_columns_hold_their_words(
    wall_on: Any, sqlite_engine: Engine, qapp: Any, lang: str
) -> None:
    """States and categories whole in both languages, a countdown of days whole, and the
    title keeps most of the row."""
    from PySide6.QtGui import QFontMetrics

    from console.states import State
    from widgets import labels
    from widgets.i18n import install_translators

    install_translators(qapp, lang)
    try:
        wall = wall_on(sqlite_engine, start=False, pages=["urgent"])
        urgent = wall.pages[0].list
        cols = urgent.columns(1856)
        fm, digits = QFontMetrics(urgent.text_font), QFontMetrics(urgent.digits)
        for state in State:
            assert fm.horizontalAdvance(labels.tr(labels.STATES, state)) <= cols[1] - cols[0]
        for code in labels.CATEGORIES_SHORT:
            word = labels.tr(labels.CATEGORIES_SHORT, code)
            assert fm.horizontalAdvance(word) <= cols[3] - cols[2]
        for widest in labels.widest_countdowns():  # −999d 23:59 in this language's words
            assert digits.horizontalAdvance(widest) <= cols[2] - cols[1]
        assert cols[4] - cols[3] >= 1856 // 3 and list(cols) == sorted(cols)
    finally:
        install_translators(qapp, "en")


def test_new_figures_reach_the_wall_on_the_ui_thread(
    wall_on: Any, sqlite_engine: Engine, qapp: Any, qtbot: Any
) -> None:
    """The wall's feed reads on the live board's worker; what it read is shown from the
    UI thread (a widget touched from the worker starts timers there: Qt warns, and it
    leaks)."""
    from PySide6.QtCore import QThread

    wall = wall_on(sqlite_engine)
    threads: list[object] = []
    wall.refresh = lambda: threads.append(QThread.currentThread())  # type: ignore[method-assign]
    wall.feed.ask()
    qtbot.waitUntil(lambda: bool(threads), timeout=5000)
    assert threads[0] == qapp.thread()
