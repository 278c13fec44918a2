"""The window's actions built from :mod:`widgets.action_table`: the menu bar, the toolbar,
the board's row context menu and the F1 shortcut list, all from the one table.

:class:`ConsoleActions` knows the window only as an object with the table's slot methods
(and ``menuBar``/``addToolBar``/``addAction``); it never reaches into the window's parts.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QToolBar, QWidget

from widgets import theme
from widgets.action_table import (
    ACTIONS,
    CTX,
    KEYS_ELSEWHERE,
    MENUS,
    TICKET_ACTIONS,
    ActionSpec,
    Situation,
)


def _tr(text: object) -> str:
    return QCoreApplication.translate(CTX, str(text)) if text else ""


def _short(text: str) -> str:
    """A menu text as a button says it: no mnemonic, no ellipsis, no gloss in brackets
    (催办(&U)… → 催办, &Urge (催办)… → Urge)."""
    text = re.sub(r"\(&\w\)", "", text).replace("&", "").replace("…", "")
    return text.split(" (")[0].strip()


def _key(spec: ActionSpec) -> QKeySequence | None:
    if spec.shortcut is None:
        return None
    return QKeySequence(spec.shortcut)


class ConsoleActions(QObject):
    """One QAction per row of the table, on ``window``; enabled from a :class:`Situation`."""

    def __init__(self, window: QMainWindow, checked: dict[str, object] | None = None) -> None:
        super().__init__(window)
        self.window = window
        self.actions: dict[str, QAction] = {}
        self.menus: dict[str, QMenu] = {}
        self.groups: dict[str, QActionGroup] = {}
        self.situation = Situation()
        checked = checked or {}
        for spec in ACTIONS:
            action = QAction(window)
            action.setObjectName(f"action_{spec.id}")
            if spec.icon:
                action.setIcon(theme.icon(spec.icon))
            if (key := _key(spec)) is not None:
                action.setShortcut(key)
            if spec.group:
                group = self.groups.get(spec.group)
                if group is None:
                    group = self.groups[spec.group] = QActionGroup(window)
                action.setCheckable(True)
                action.setChecked(checked.get(spec.group) == spec.arg)
                group.addAction(action)
            action.triggered.connect(self._slot(spec))
            window.addAction(action)  # shortcuts work even without a menu entry
            self.actions[spec.id] = action
        self._menus()
        self.toolbar = self._toolbar()
        self.retranslate()
        self.update(self.situation)

    def _slot(self, spec: ActionSpec) -> Callable[..., None]:
        method = getattr(self.window, spec.slot)
        if spec.arg is None:
            return lambda _checked=False: method()
        return lambda _checked=False: method(spec.arg)

    def _menus(self) -> None:
        bar = self.window.menuBar()
        for key in MENUS:
            parent = key.rpartition("/")[0]
            menu = QMenu(bar)
            menu.setObjectName(f"menu_{key.replace('/', '_')}")
            if not parent:
                bar.addMenu(menu)
            self.menus[key] = menu
        for spec in ACTIONS:
            if spec.menu:
                menu = self.menus[spec.menu]
                if spec.separator and not menu.isEmpty():
                    menu.addSeparator()
                menu.addAction(self.actions[spec.id])
        # a submenu comes after its menu's own actions, under a separator
        for key, menu in self.menus.items():
            parent = key.rpartition("/")[0]
            if parent:
                owner = self.menus[parent]
                if not any(k.startswith(parent + "/") and self.menus[k].menuAction()
                           in owner.actions() for k in self.menus):  # fmt: skip
                    owner.addSeparator()
                owner.addMenu(menu)
        for menu in self.menus.values():  # a menu whose actions are all elsewhere
            menu.menuAction().setVisible(not menu.isEmpty())

    def _toolbar(self) -> QToolBar:
        bar = QToolBar(self.window)
        bar.setObjectName("actionsToolbar")
        bar.setMovable(False)
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        shown = [s for s in ACTIONS if s.toolbar]
        for i, spec in enumerate(shown):
            if spec.separator and i:
                bar.addSeparator()
            if not spec.needs_ticket and i and shown[i - 1].needs_ticket:
                bar.addSeparator()
            bar.addAction(self.actions[spec.id])
        self.window.addToolBar(Qt.ToolBarArea.TopToolBarArea, bar)
        bar.setVisible(bool(shown))
        return bar

    def retranslate(self) -> None:
        for key, menu in self.menus.items():
            menu.setTitle(_tr(MENUS[key]))
        self.toolbar.setWindowTitle(QCoreApplication.translate(CTX, "Actions"))
        for spec in ACTIONS:
            action = self.actions[spec.id]
            text = _tr(spec.text)
            action.setText(text)
            action.setIconText(_short(text))
            tip = _tr(spec.tip) if spec.tip else ""
            if spec.shortcut is not None and text:
                key = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
                tip = f"{tip or action.iconText()} ({key})"
            action.setToolTip(tip or action.iconText())
            action.setStatusTip(_tr(spec.tip) if spec.tip else "")

    # --- enabled-when ---------------------------------------------------------------------
    def update(self, situation: Situation) -> None:
        self.situation = situation
        for spec in ACTIONS:
            self.actions[spec.id].setEnabled(spec.when(situation))

    def enabled(self, action_id: str) -> bool:
        return self.actions[action_id].isEnabled()

    # --- the board's row context menu -------------------------------------------------------
    def context_menu(self, parent: QWidget, extra: list[QAction] | None = None) -> QMenu:
        """The selected tickets' actions (and ``extra`` ones another part adds)."""
        menu = QMenu(parent)
        menu.setObjectName("ticketContextMenu")
        for spec in ACTIONS:
            if spec.context:
                if spec.separator and not menu.isEmpty():
                    menu.addSeparator()
                menu.addAction(self.actions[spec.id])
        if extra:
            menu.addSeparator()
            for action in extra:
                menu.addAction(action)
        return menu

    def ticket_actions(self) -> list[QAction]:
        return [self.actions[i] for i in TICKET_ACTIONS if i in self.actions]

    # --- F1 ------------------------------------------------------------------------------
    def shortcuts_text(self) -> str:
        """Every shortcut in a table: the table's actions, then the board's own keys."""
        rows: list[tuple[str, str]] = []
        for spec in ACTIONS:
            if spec.shortcut is None or not (spec.keys or spec.text or spec.help):
                continue
            if not spec.help and not spec.text:
                continue
            keys = spec.keys or self.actions[spec.id].shortcut().toString(
                QKeySequence.SequenceFormat.NativeText
            )
            words = _tr(spec.help) if spec.help else self.actions[spec.id].iconText()
            if keys:  # a standard key this platform has no binding for is left out
                rows.append((keys, words))
        rows += [(k, _tr(v)) for k, v in KEYS_ELSEWHERE]
        body = "".join(
            f"<tr><td><b>{escape(k)}</b>&nbsp;&nbsp;</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        return f"<table cellspacing='4'>{body}</table>"


def slot_names() -> set[str]:
    """The window methods the table calls (a test checks the window has them all)."""
    return {s.slot for s in ACTIONS}
