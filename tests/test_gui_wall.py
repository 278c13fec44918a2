"""The wall display: read-only, large, personal data masked; and the GUI's start-up pieces
(language, settings, the on-duty supervisor)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication
from sqlalchemy import Engine

from console.clock import FakeClock
from console.supervisors import known_supervisors, remember_supervisor
from tests.feedkit import created, ev, load
from tests.test_gui_support import *  # noqa: F403 - the shared fixtures
from tests.test_gui_support import NOW, OFFSCREEN_NOISE, POLICY
from widgets.board_model import BoardModel, Col
from widgets.i18n import choose_language, install_translators
from widgets.settings import AppSettings
from widgets.wall import WallWindow, masked

pytestmark = OFFSCREEN_NOISE


def test_wall_shows_the_board_with_personal_data_masked(
    qtbot: Any, sqlite_engine: Engine, clock: FakeClock, no_dangling: None
) -> None:
    load(sqlite_engine, [
        created("W1", "2024-10-08T09:00:00+08:00", title="请回电13800000001处理",
                citizen={"name": "王女士", "phone": "13800000001"}),
        ev("dispatched", "W1", "2024-10-08T09:01:00+08:00", unit="U", unit_name="水务局"),
    ])  # fmt: skip
    wall = WallWindow(engine=sqlite_engine, policy=POLICY, clock=clock)
    qtbot.addWidget(wall)
    wall.resize(1920, 1080)
    wall.show()
    wall.start()
    qtbot.waitUntil(lambda: wall.board.rowCount() == 1, timeout=3000)
    qtbot.waitUntil(lambda: sum(wall.chart.accepted.opts["height"]) == 1, timeout=3000)
    wall.tick()
    assert wall.tiles["overdue"].value.text() == "1"
    assert wall.tiles["overdue_today"].value.text() == "1"
    assert "水务局" in wall.units.text()
    image = wall.grab()
    assert image.width() == 1920
    assert masked("请回电13800000001处理") == "请回电138****0001处理"
    wall.close()


def test_language_follows_the_choice_and_installs_qt_translations(qapp: QApplication) -> None:
    assert choose_language("zh_CN") == "zh_CN"
    assert choose_language("en", "zh_CN") == "en"
    assert choose_language(None, "zh_TW") == "zh_CN"
    install_translators(qapp, "zh_CN")
    try:
        board = BoardModel(POLICY.tz)
        assert board.headerData(Col.STATE, Qt.Orientation.Horizontal) == "状态"
        # Qt's own strings too (the qtbase translator)
        assert QCoreApplication.translate("QPlatformTheme", "Cancel") == "取消"
    finally:
        install_translators(qapp, "en")
    assert BoardModel(POLICY.tz).headerData(Col.STATE, Qt.Orientation.Horizontal) == "State"


def test_settings_are_checked_and_kept(tmp_path: Path) -> None:
    path = tmp_path / "s.ini"
    settings = AppSettings(path)
    settings.set("ui/theme", "dark")
    settings.set("window/geometry", b"\x01\x02")
    settings.q.setValue("ui/language", "klingon")  # a hand-edited file
    settings.sync()
    again = AppSettings(path)
    assert again.get("ui/theme") == "dark"
    assert again.get("window/geometry") == b"\x01\x02"
    assert again.get("ui/language") == ""  # not a choice: the default


def test_supervisor_on_duty_is_remembered(engine: Engine) -> None:
    assert remember_supervisor(engine, "  李  娜 ", NOW) == "李 娜"
    remember_supervisor(engine, "王强", NOW)
    remember_supervisor(engine, "李 娜", NOW.replace(hour=11))
    assert known_supervisors(engine) == ["李 娜", "王强"]
