"""The wall display: read-only, large, personal data masked; and the GUI's start-up pieces
(language, settings, the on-duty supervisor)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QFontMetrics
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QWidget
from sqlalchemy import Engine

from console.clock import FakeClock
from console.masking import mask_text
from console.supervisors import known_supervisors, remember_supervisor
from tests.feedkit import created, ev, load
from tests.test_gui_support import *  # noqa: F403 - the shared fixtures
from tests.test_gui_support import NOW, OFFSCREEN_NOISE, POLICY
from widgets import app as app_module
from widgets import labels, theme
from widgets.board_model import BoardModel, Col
from widgets.duty_dialog import DutyDialog
from widgets.i18n import choose_language, install_translators
from widgets.settings import AppSettings
from widgets.wall import UrgentList, WallWindow
from widgets.wall_chart import HourlyChart

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
    assert mask_text("请回电13800000001处理") == "请回电138****0001处理"
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


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_wall_columns_hold_their_words(qtbot: Any, qapp: QApplication, lang: str) -> None:
    """Categories whole in both languages; a long overdue countdown whole, if smaller."""
    install_translators(qapp, lang)
    try:
        board = BoardModel(POLICY.tz)
        host = QWidget()
        qtbot.addWidget(host)
        urgent = UrgentList(board, host)
        urgent.retranslate()
        cols = urgent.columns(1140)
        fm, digits = QFontMetrics(urgent.font_), QFontMetrics(urgent.digits)
        span = cols[3] - cols[2] - 20
        for code in labels.CATEGORIES_SHORT:
            word = labels.tr(labels.CATEGORIES_SHORT, code)
            assert fm.elidedText(word, Qt.TextElideMode.ElideRight, span) == word
        assert digits.horizontalAdvance("−99:59:59") <= cols[2] - cols[1] - 20
        assert cols[4] - cols[3] - 20 >= 9 * 24  # nine characters of the title at least
        assert cols[-1] == 1140 and list(cols) == sorted(cols)
    finally:
        install_translators(qapp, "en")


def test_wall_chart_legend_is_clear_of_the_bars(qtbot: Any) -> None:
    chart = HourlyChart(theme.DARK)
    qtbot.addWidget(chart)
    chart.resize(700, 380)
    chart.set_names("Accepted", "Missed deadlines")
    hours = [100, 100, 100] + [0] * 18 + [100, 100, 100]  # tall at both ends of the day
    chart.set_hours(hours, hours)
    chart.show()
    qtbot.waitExposed(chart)
    chart.grab()  # lay it out
    box = chart.plotItem.vb
    legend = chart.legend.sceneBoundingRect()
    assert legend.width() > 0
    for hour, height in enumerate(hours):
        bar = box.mapViewToScene(QRectF(hour - 0.31, 0, 0.62, height)).boundingRect()
        assert not legend.intersects(bar), hour


def test_duty_dialog_waits_for_a_name_and_says_so(qtbot: Any) -> None:
    dialog = DutyDialog([])
    qtbot.addWidget(dialog)
    dialog.show()
    ok = dialog.buttons.button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled() and dialog.hint.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.isVisible() and dialog.result() == 0  # still asking
    dialog.name.setText("  李娜 ")
    assert ok.isEnabled() and not dialog.hint.isVisible()
    qtbot.keyClick(dialog.name, Qt.Key.Key_Return)
    assert dialog.result() == QDialog.DialogCode.Accepted and dialog.supervisor() == "李娜"


@pytest.mark.parametrize(
    ("policy", "db", "title", "start"),
    [("nowhere.toml", None, "办理规则", "无法使用办理规则"),
     ("haikou", "nosuchdb://x", "数据库", "无法打开数据库")],
)  # fmt: skip
def test_start_up_errors_speak_the_language(
    qapp: QApplication, monkeypatch: pytest.MonkeyPatch, policy: str, db: str | None,
    title: str, start: str,
) -> None:  # fmt: skip
    shown: list[tuple[str, str]] = []
    monkeypatch.setattr(app_module, "apply_theme", lambda *a: None)  # leave the tests' style
    monkeypatch.setattr(
        app_module.QMessageBox, "critical", lambda _w, t, text: shown.append((t, text))
    )
    args = argparse.Namespace(lang="zh_CN", policy=policy, demo=False, db=db, wall=False)
    try:
        assert app_module.run_gui(args) in (1, 2)
    finally:
        install_translators(qapp, "en")
    assert len(shown) == 1 and shown[0][0] == title and shown[0][1].startswith(start)
