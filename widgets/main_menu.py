"""The main window's menus and keyboard shortcuts (everything reachable without a mouse)."""

from __future__ import annotations

import contextlib
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox

from widgets import theme
from widgets.duty_dialog import DutyDialog

if TYPE_CHECKING:
    from widgets.main_window import MainWindow


def shortcuts_text() -> str:
    rows = [
        ("Ctrl+F", QCoreApplication.translate("MainMenu", "Search tickets")),
        ("Ctrl+L", QCoreApplication.translate("MainMenu", "Back to the board")),
        (
            "↑ ↓  PgUp PgDn  Home End",
            QCoreApplication.translate("MainMenu", "Move through the board"),
        ),
        ("Enter", QCoreApplication.translate("MainMenu", "Open the selected ticket's detail")),
        ("Esc", QCoreApplication.translate("MainMenu", "Clear the search (in the search box)")),
        ("Ctrl+1 … Ctrl+9", QCoreApplication.translate("MainMenu", "Switch to saved view 1 … 9")),
        ("Ctrl+0", QCoreApplication.translate("MainMenu", "All tickets")),
        ("Ctrl+S", QCoreApplication.translate("MainMenu", "Save the filters as a view")),
        ("Ctrl+O", QCoreApplication.translate("MainMenu", "Import a feed file")),
        ("F5", QCoreApplication.translate("MainMenu", "Read the board again now")),
        ("Ctrl+Q", QCoreApplication.translate("MainMenu", "Quit")),
    ]
    body = "".join(f"<tr><td><b>{k}</b>&nbsp;&nbsp;</td><td>{v}</td></tr>" for k, v in rows)
    return f"<table cellspacing='4'>{body}</table>"


def build_menus(w: MainWindow) -> None:
    bar = w.menuBar()
    file = bar.addMenu(QCoreApplication.translate("MainMenu", "&File"))
    act = file.addAction(
        theme.icon("import"), QCoreApplication.translate("MainMenu", "&Import feed…"), w.ask_import
    )
    act.setShortcut(QKeySequence.StandardKey.Open)
    file.addSeparator()
    file.addAction(
        QCoreApplication.translate("MainMenu", "&Quit"), QKeySequence.StandardKey.Quit, w.close
    )

    view = bar.addMenu(QCoreApplication.translate("MainMenu", "&View"))
    view.addAction(
        QCoreApplication.translate("MainMenu", "&Search"),
        QKeySequence.StandardKey.Find,
        w.focus_search,
    )
    view.addAction(
        QCoreApplication.translate("MainMenu", "&Board"), QKeySequence("Ctrl+L"), w.view.setFocus
    )
    view.addAction(
        QCoreApplication.translate("MainMenu", "Save filters as &view…"),
        QKeySequence.StandardKey.Save,
        w.filters.ask_save_view,
    )
    view.addAction(
        QCoreApplication.translate("MainMenu", "&All tickets"),
        QKeySequence("Ctrl+0"),
        lambda: w.filters.choose_view(""),
    )
    for n in range(1, 10):
        act = QAction(w)
        act.setShortcut(QKeySequence(f"Ctrl+{n}"))
        act.triggered.connect(lambda _=False, n=n: _choose_nth_view(w, n))
        w.addAction(act)
    view.addAction(
        QCoreApplication.translate("MainMenu", "&Refresh now"),
        QKeySequence.StandardKey.Refresh,
        w.refresh_now,
    )
    view.addSeparator()
    themes = view.addMenu(QCoreApplication.translate("MainMenu", "&Theme"))
    group = QActionGroup(w)
    for name, label in (
        ("light", QCoreApplication.translate("MainMenu", "Light")),
        ("dark", QCoreApplication.translate("MainMenu", "Dark")),
    ):
        act = themes.addAction(label)
        act.setCheckable(True)
        act.setChecked(theme.current().name == name)
        act.triggered.connect(lambda _=False, name=name: _set_theme(w, name))
        group.addAction(act)
    langs = view.addMenu(QCoreApplication.translate("MainMenu", "&Language"))
    lang_group = QActionGroup(w)
    saved = w.settings.get("ui/language")
    for code, label in (
        ("", QCoreApplication.translate("MainMenu", "Follow the system")),
        ("zh_CN", "简体中文"),
        ("en", "English"),
    ):
        act = langs.addAction(label)
        act.setCheckable(True)
        act.setChecked(saved == code)
        act.triggered.connect(lambda _=False, code=code: _set_language(w, code))
        lang_group.addAction(act)

    duty = bar.addMenu(QCoreApplication.translate("MainMenu", "&Duty"))
    duty.addAction(
        QCoreApplication.translate("MainMenu", "&Change supervisor on duty…"),
        lambda: _change_supervisor(w),
    )

    help_menu = bar.addMenu(QCoreApplication.translate("MainMenu", "&Help"))
    keys = help_menu.addAction(
        QCoreApplication.translate("MainMenu", "&Keyboard shortcuts"), _show_shortcuts
    )
    keys.setShortcut(QKeySequence.StandardKey.HelpContents)
    help_menu.addAction(
        QCoreApplication.translate("MainMenu", "&About"),
        lambda: QMessageBox.about(w, QCoreApplication.translate("MainMenu", "About"), _about()),
    )


def _show_shortcuts() -> None:
    QMessageBox.information(
        QApplication.activeWindow(),
        QCoreApplication.translate("MainMenu", "Keyboard shortcuts"),
        shortcuts_text(),
    )


def _about() -> str:
    return QCoreApplication.translate(
        "MainMenu",
        "<h3>12345 Hotline Supervisor Console</h3><p>A live board of every open ticket with "
        "the countdown to its next deadline, for the supervisors of a 12345 government-"
        "service hotline command center.</p>",
    )


def _choose_nth_view(w: MainWindow, n: int) -> None:
    if n <= len(w.filters.views):
        w.filters.choose_view(w.filters.views[n - 1].name)


def _set_theme(w: MainWindow, name: str) -> None:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        theme.apply_theme(app, name)
        w.view.delegate.restyle(w.view.font())
        w.view.viewport().update()
        w.settings.set("ui/theme", name)


def _set_language(w: MainWindow, code: str) -> None:
    w.settings.set("ui/language", code)
    QMessageBox.information(
        w,
        QCoreApplication.translate("MainMenu", "Language"),
        QCoreApplication.translate(
            "MainMenu", "The new language is used from the next start of the console."
        ),
    )


def _change_supervisor(w: MainWindow) -> None:
    from console.supervisors import known_supervisors, remember_supervisor

    try:
        known = known_supervisors(w.engine)
    except Exception:
        known = []
    dialog = DutyDialog(known, w.supervisor, w)
    if dialog.exec() and dialog.supervisor():
        w.supervisor = dialog.supervisor()
        w.settings.set("duty/supervisor", w.supervisor)
        with contextlib.suppress(Exception):  # kept in the settings; the table learns it later
            remember_supervisor(w.engine, w.supervisor, w.clock.now())
        w.retranslate()
