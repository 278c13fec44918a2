"""Finding tickets fast: a search box, multi-choice filters and saved views (常用视图)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeyEvent, QMouseEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QMessageBox,
    QToolButton,
    QWidget,
)

from console.board import BoardFilter
from console.settings import SavedView, put_view
from console.states import State
from console.vocabulary import FLAGS
from widgets import labels
from widgets.theme import icon
from widgets.view_dialog import SaveViewDialog, suggest_name

SEARCH_PAUSE_MS = 120  # filter once typing pauses (a big board sifts in steps meanwhile)
Choices = Callable[[], list[tuple[str, str]]]  # (value, label) pairs, read when opened


def _flat_button(parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("flatButton")
    button.setIconSize(QSize(16, 16))
    return button


class StayingMenu(QMenu):
    """A menu of check boxes that stays open while the supervisor ticks several (a
    plain menu closes at each pick). Esc or a click outside closes it."""

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        action = self.actionAt(event.position().toPoint())
        if action is not None and action.isCheckable() and action.isEnabled():
            action.trigger()  # toggles it; the menu stays open
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        action = self.activeAction()
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        if event.key() in keys and action is not None and action.isCheckable():
            action.trigger()
            return
        super().keyPressEvent(event)


class ChoiceButton(QToolButton):
    """A drop-down of check boxes; no box checked means "all"."""

    changed = Signal()

    def __init__(self, choices: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterButton")
        self.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.choices = choices
        self.selected: frozenset[str] = frozenset()
        self.caption = ""
        self.setMenu(StayingMenu(self))
        self.menu().aboutToShow.connect(self._fill)  # type: ignore[union-attr]

    def _fill(self) -> None:
        menu = self.menu()
        assert menu is not None
        menu.clear()
        options = self.choices()
        known = {value for value, _ in options}
        for value, text in options + [(v, v) for v in sorted(self.selected - known)]:
            action = QAction(text, menu, checkable=True, checked=value in self.selected)
            action.toggled.connect(lambda on, v=value: self._toggle(v, on))
            menu.addAction(action)
        if not options:
            menu.addAction(self.tr("(nothing on the board yet)")).setEnabled(False)

    def chosen_labels(self) -> list[str]:
        """The words of the ticked choices, in the menu's order."""
        names = dict(self.choices())
        return [names.get(v, v) for v in sorted(self.selected, key=lambda v: names.get(v, v))]

    def _toggle(self, value: str, on: bool) -> None:
        self.set_selected(self.selected | {value} if on else self.selected - {value})
        self.changed.emit()

    def set_selected(self, values: frozenset[str]) -> None:
        self.selected = frozenset(values)
        self.refresh()

    def set_caption(self, caption: str) -> None:
        self.caption = caption
        self.refresh()

    def refresh(self) -> None:
        n = len(self.selected)
        self.setText(self.caption if n == 0 else f"{self.caption} · {n}")
        self.setProperty("active", n > 0)
        self.style().unpolish(self)
        self.style().polish(self)


class FilterBar(QFrame):
    filterChanged = Signal(object)  # BoardFilter
    viewsChanged = Signal(list)  # list[SavedView]
    viewChosen = Signal(str)
    toBoard = Signal(bool)  # Enter (True) or Down (False) in the search box: go to the board

    def __init__(self, units: Choices, districts: Choices, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("filterBar")
        self.views: list[SavedView] = []
        self._quiet = False
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.addAction(icon("search"), QLineEdit.ActionPosition.LeadingPosition)
        self.search.setMinimumWidth(300)
        self._typing = QTimer(self, singleShot=True, interval=SEARCH_PAUSE_MS)
        self._typing.setObjectName("search-pause")  # named: a leak check says which
        self._typing.timeout.connect(self._emit)
        self.search.textChanged.connect(lambda _: self._typing.start())
        self.search.installEventFilter(self)  # Esc clears, Enter and Down go to the board
        self.unit = ChoiceButton(units, self)
        self.district = ChoiceButton(districts, self)
        self.category = ChoiceButton(
            lambda: [(c, labels.tr(labels.CATEGORIES, c)) for c in labels.CATEGORIES], self
        )
        self.state = ChoiceButton(
            lambda: [(s.label, labels.tr(labels.STATES, s)) for s in reversed(State)], self
        )
        self.flag = ChoiceButton(lambda: [(f, labels.tr(labels.FLAGS, f)) for f in FLAGS], self)
        for button in self.buttons():
            button.changed.connect(self._emit)
        self.clear = _flat_button(self)
        self.clear.setIcon(icon("filter-clear"))
        self.clear.clicked.connect(lambda: self.set_filter(BoardFilter(), emit=True))
        self.view_box = QComboBox(self)
        self.view_box.setMinimumWidth(150)
        self.view_box.activated.connect(self._view_activated)
        self.save_view = _flat_button(self)
        self.save_view.setIcon(icon("view-save"))
        self.save_view.clicked.connect(self.ask_save_view)
        self.delete_view = _flat_button(self)
        self.delete_view.setIcon(icon("view-delete"))
        self.delete_view.clicked.connect(self._delete_view)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(6)
        layout.addWidget(self.search, 3)
        for w in (*self.buttons(), self.clear):
            layout.addWidget(w)
        layout.addStretch(1)
        layout.addWidget(self.view_box)
        layout.addWidget(self.save_view)
        layout.addWidget(self.delete_view)
        self.retranslate()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            key = event.key()
            if key == Qt.Key.Key_Escape and self.search.text():
                self.search.clear()
                self._emit()  # at once, not after the typing pause
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter, Qt.Key.Key_Down):
                self._emit()  # the search as typed so far (no-op when already in force)
                self.toBoard.emit(key != Qt.Key.Key_Down)
                return True
        return super().eventFilter(watched, event)

    def stop_timers(self) -> None:
        self._typing.stop()

    def buttons(self) -> tuple[ChoiceButton, ...]:
        return (self.unit, self.district, self.category, self.state, self.flag)

    def retranslate(self) -> None:
        self.search.setPlaceholderText(self.tr("Search number, title or address  (Ctrl+F)"))
        for button, caption in zip(
            self.buttons(),
            (self.tr("Unit"), self.tr("District"), self.tr("Category"), self.tr("State"),
             self.tr("Flag")),
            strict=True,
        ):  # fmt: skip
            button.set_caption(caption)
        self.clear.setToolTip(self.tr("Clear all filters"))
        self.save_view.setToolTip(self.tr("Save these filters as a view"))
        self.delete_view.setToolTip(self.tr("Delete the chosen view"))
        self.set_views(self.views)

    # --- the filter ---------------------------------------------------------------------
    def current(self) -> BoardFilter:
        return BoardFilter(
            text=self.search.text(),
            units=self.unit.selected,
            districts=self.district.selected,
            categories=self.category.selected,
            states=frozenset(State.parse(s) for s in self.state.selected),
            flags=self.flag.selected,
        )

    def set_filter(self, new: BoardFilter, *, emit: bool = False) -> None:
        self._quiet = True
        self.search.setText(new.text)
        self._typing.stop()
        self.unit.set_selected(new.units)
        self.district.set_selected(new.districts)
        self.category.set_selected(new.categories)
        self.state.set_selected(frozenset(s.label for s in new.states))
        self.flag.set_selected(new.flags)
        self._quiet = False
        if emit:
            self._emit()

    def only(self, *, state: State | None = None, flag: str | None = None) -> None:
        """Show one state or one flag, or all states and flags (a KPI tile was clicked),
        keeping the unit, district, category and search filters."""
        states = frozenset() if state is None else frozenset({state})
        flags = frozenset() if flag is None else frozenset({flag})
        self.set_filter(replace(self.current(), states=states, flags=flags), emit=True)

    def _emit(self) -> None:
        if not self._quiet:
            self._typing.stop()
            self.filterChanged.emit(self.current())

    # --- saved views --------------------------------------------------------------------
    def set_views(self, views: list[SavedView], chosen: str = "") -> None:
        self.views = list(views)
        chosen = chosen or self.view_box.currentData() or ""
        self.view_box.blockSignals(True)
        self.view_box.clear()
        self.view_box.addItem(self.tr("All tickets"), "")
        for view in self.views:
            self.view_box.addItem(view.name, view.name)
        at = self.view_box.findData(chosen)
        self.view_box.setCurrentIndex(max(at, 0))
        self.view_box.blockSignals(False)
        self.delete_view.setEnabled(bool(self.view_box.currentData()))

    def choose_view(self, name: str) -> None:
        at = self.view_box.findData(name)
        if at >= 0:
            self.view_box.setCurrentIndex(at)
            self._view_activated(at)

    def _view_activated(self, at: int) -> None:
        name = self.view_box.itemData(at) or ""
        view = next((v for v in self.views if v.name == name), None)
        self.set_filter(view.filter if view else BoardFilter(), emit=True)
        self.delete_view.setEnabled(bool(name))
        self.viewChosen.emit(name)

    def describe(self) -> list[str]:
        """The filters in force in words: the search, then each filter's choices."""
        parts = [f"“{self.search.text().strip()}”"] if self.search.text().strip() else []
        for button in self.buttons():
            chosen = button.chosen_labels()
            if chosen:
                parts.append("、".join(chosen))
        return parts

    def save_view_dialog(self) -> SaveViewDialog:
        parts = self.describe()
        fallback = self.tr("All tickets")
        suggested = self.view_box.currentData() or suggest_name(parts, fallback)
        summary = labels.fill(self.tr("Shows: %1"), " · ".join(parts) or fallback)
        return SaveViewDialog(suggested, summary, [v.name for v in self.views], self)

    def ask_save_view(self) -> None:
        dialog = self.save_view_dialog()
        if dialog.exec() and dialog.view_name():
            self.add_view(dialog.view_name())

    def add_view(self, name: str) -> None:
        self.set_views(put_view(self.views, SavedView(name, self.current())), name)
        self.viewsChanged.emit(self.views)
        self.viewChosen.emit(name)

    def _delete_view(self) -> None:
        name = self.view_box.currentData()
        if name and self.confirm_delete(name):
            self.set_views([v for v in self.views if v.name != name], "")
            self.viewsChanged.emit(self.views)
            self.viewChosen.emit("")

    def confirm_delete(self, name: str) -> bool:
        """Deleting a view cannot be undone: ask first."""
        answer = QMessageBox.question(
            self,
            self.tr("Delete view"),
            labels.fill(self.tr("Delete the saved view “%1”?"), name),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Cancel,
        )
        return answer == QMessageBox.StandardButton.Yes
