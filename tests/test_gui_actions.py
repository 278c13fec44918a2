"""The action table: every action declared once builds the menus, the toolbar, the
context menu and the F1 list; shortcuts are unique and every slot exists."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtGui import QKeySequence
from sqlalchemy import Engine

from tests.guikit import OFFSCREEN_NOISE
from widgets.action_table import ACTIONS, MENUS, Situation
from widgets.main_menu import slot_names
from widgets.main_window import MainWindow

pytestmark = OFFSCREEN_NOISE
Opener = Callable[..., MainWindow]


def test_ids_and_shortcuts_are_unique(qapp: Any) -> None:
    ids = [s.id for s in ACTIONS]
    assert len(ids) == len(set(ids))
    keys = []  # a standard key may stand for several (Refresh: F5 and Ctrl+R on Linux)
    for s in ACTIONS:
        if isinstance(s.shortcut, QKeySequence.StandardKey):
            keys += [k.toString() for k in QKeySequence.keyBindings(s.shortcut)]
        elif s.shortcut is not None:
            keys.append(QKeySequence(s.shortcut).toString())
    assert len(keys) == len(set(keys)), sorted(k for k in keys if keys.count(k) > 1)
    assert all(s.menu in MENUS for s in ACTIONS if s.menu)


def test_every_slot_is_a_window_method() -> None:
    missing = [name for name in slot_names() if not callable(getattr(MainWindow, name, None))]
    assert missing == []


def test_menus_toolbar_and_f1_come_from_the_table(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    window = open_window(sqlite_engine)
    commands = window.commands
    in_menus = {a.objectName() for m in commands.menus.values() for a in m.actions()}
    assert {f"action_{s.id}" for s in ACTIONS if s.menu} <= in_menus
    shown = [a.objectName() for a in commands.toolbar.actions() if a.objectName()]
    assert shown == [f"action_{s.id}" for s in ACTIONS if s.toolbar]
    text = commands.shortcuts_text()
    for s in ACTIONS:
        if s.shortcut is not None and (s.help or s.keys):
            assert (s.keys or commands.actions[s.id].shortcut().toString(
                QKeySequence.SequenceFormat.NativeText)) in text  # fmt: skip


def test_ctrl_zero_and_ctrl_n_choose_views(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    window = open_window(sqlite_engine)
    window.filters.set_views([])
    chosen: list[str] = []
    window.filters.viewChosen.connect(chosen.append)
    window.commands.actions["all_tickets"].trigger()
    window.commands.actions["view_3"].trigger()  # no third view: nothing happens
    assert chosen == [""]


def test_enabled_when_follows_the_situation(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    window = open_window(sqlite_engine)
    commands = window.commands
    commands.update(Situation(can_act=False))
    assert commands.enabled("search") and commands.enabled("import")
    for s in ACTIONS:
        if s.needs_ticket:
            assert not commands.enabled(s.id)
