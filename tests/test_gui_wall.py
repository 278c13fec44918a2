"""The GUI's start-up pieces: language, settings, the on-duty supervisor (the wall display
itself is tested in test_gui_wall_display.py)."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QDialog, QDialogButtonBox, QMessageBox
from sqlalchemy import Engine

from console.supervisors import known_supervisors, remember_supervisor
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets import app as app_module
from widgets.board_model import BoardModel, Col
from widgets.duty_dialog import DutyDialog
from widgets.i18n import choose_language, install_translators
from widgets.settings import AppSettings

pytestmark = OFFSCREEN_NOISE


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

    def shown_box(box: QMessageBox) -> int:  # a database error: one sentence, details
        shown.append((box.windowTitle(), box.text()))
        assert box.informativeText() and box.detailedText()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", shown_box)
    args = argparse.Namespace(lang="zh_CN", policy=policy, demo=False, db=db, wall=False)
    try:
        assert app_module.run_gui(args) in (1, 2)
    finally:
        install_translators(qapp, "en")
    assert len(shown) == 1 and shown[0][0] == title and shown[0][1].startswith(start)
