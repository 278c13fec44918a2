"""Finding tickets fast: a search box, multi-choice filters and saved views (常用视图)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from PySide6.QtCore import QEvent, QObject, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QMouseEvent, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMenu,
    QMessageBox,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from console.board import BoardFilter
from console.settings import SavedView, put_view
from console.states import State
from console.vocabulary import FLAGS
from widgets import labels
from widgets.theme import icon
from widgets.view_dialog import SaveViewDialog, suggest_name

SEARCH_PAUSE_MS = 120  # filter once typing pauses (a big board sifts in steps meanwhile)
SEARCH_FROM = 10  # a longer list gets a search field (units: 39 in Haikou, ~300 in Beijing)
PICKER_ROWS = 16  # rows a picker shows at most before it scrolls
Choices = Callable[[], list[tuple[str, str]]]  # (value, label) pairs, read when opened


def _flat_button(parent: QWidget) -> QToolButton:
    button = QToolButton(parent)
    button.setObjectName("flatButton")
    button.setIconSize(QSize(16, 16))
    return button


class ChoiceList(QListWidget):
    """The picker's check boxes: a click anywhere on a row ticks or unticks it, but only
    a click that was pressed on it too - the press that opened the menu on the button and
    was released over the list ticked a unit unseen ("33 of 523")."""

    picked = Signal(object)  # QListWidgetItem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._pressed: QListWidgetItem | None = None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._pressed = self.itemAt(event.position().toPoint())
        if self._pressed is not None:
            self.setCurrentItem(self._pressed)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        self.mousePressEvent(event)  # a second click: a second pick, as a press is

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        item = self.itemAt(event.position().toPoint())
        if item is not None and item is self._pressed:
            self.picked.emit(item)
        self._pressed = None

    def keyPressEvent(self, event: QKeyEvent) -> None:
        keys = (Qt.Key.Key_Space, Qt.Key.Key_Return, Qt.Key.Key_Enter)
        item = self.currentItem()
        if event.key() in keys and item is not None:
            # a row the search hid is never ticked (nor by the view's own Space): unseen
            if not item.isHidden():
                self.picked.emit(item)
            return
        super().keyPressEvent(event)


class ChoicePicker(QWidget):
    """A filter's drop-down (as Zammad's or ServiceNow's): a search field when the list
    is long, and a scrolling list of check boxes that fits the screen below the button."""

    toggled = Signal(str, bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.search = QLineEdit(self)
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._sift)
        self.search.installEventFilter(self)  # Down: into the list
        self.list = ChoiceList(self)
        self.list.setUniformItemSizes(True)  # one height: no measuring of every row
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.picked.connect(self._pick)
        box = QVBoxLayout(self)
        box.setContentsMargins(6, 6, 6, 6)
        box.setSpacing(6)
        box.addWidget(self.search)
        box.addWidget(self.list)

    def fill(self, options: list[tuple[str, str]], selected: frozenset[str], room: int) -> None:
        """Show ``options`` with ``selected`` ticked, at most ``room`` pixels tall."""
        self.search.setPlaceholderText(self.tr("Search"))
        self.search.clear()
        self.search.setVisible(len(options) > SEARCH_FROM)
        self.list.clear()
        for value, text in options:
            item = QListWidgetItem(text, self.list)
            item.setData(Qt.ItemDataRole.UserRole, value)
            item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsUserCheckable)
            checked = value in selected
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
        row = max(self.list.sizeHintForRow(0), self.list.fontMetrics().height() + 6)
        wide = max((self.list.fontMetrics().horizontalAdvance(t) for _, t in options), default=0)
        self.list.setFixedWidth(wide + 64)  # the check box, padding, the scroll bar
        chrome = 12 + (self.search.sizeHint().height() + 6 if self.search.isVisible() else 0)
        rows = max(1, min(len(options), (room - chrome) // row - 1, PICKER_ROWS))
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth() + 2)
        if self.list.count():
            self.list.setCurrentRow(0)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        (self.search if self.search.isVisible() else self.list).setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.search and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() == Qt.Key.Key_Down:
                self.list.setCurrentRow(self._first_shown())
                self.list.setFocus()
                return True
        return super().eventFilter(watched, event)

    def _sift(self, text: str) -> None:
        needle = text.strip().casefold()
        for i in range(self.list.count()):
            item = self.list.item(i)
            value = str(item.data(Qt.ItemDataRole.UserRole))
            hit = needle in item.text().casefold() or needle in value.casefold()
            item.setHidden(bool(needle) and not hit)
        current = self.list.currentItem()
        if current is None or current.isHidden():  # the keys act on a row one can see
            self.list.setCurrentRow(self._first_shown())

    def _first_shown(self) -> int:
        """The first row the search left, or -1 (none current) when it left none."""
        hidden = self.list.isRowHidden
        return next((i for i in range(self.list.count()) if not hidden(i)), -1)

    def _pick(self, item: QListWidgetItem) -> None:
        on = item.checkState() != Qt.CheckState.Checked
        item.setCheckState(Qt.CheckState.Checked if on else Qt.CheckState.Unchecked)
        self.toggled.emit(str(item.data(Qt.ItemDataRole.UserRole)), on)


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
        self.setMenu(QMenu(self))
        self.picker = ChoicePicker(self)
        self.picker.toggled.connect(self._toggle)
        holder = QWidgetAction(self.menu())
        holder.setDefaultWidget(self.picker)
        self.menu().addAction(holder)  # type: ignore[union-attr]
        self.menu().aboutToShow.connect(self._fill)  # type: ignore[union-attr]

    def _fill(self) -> None:
        options = self.choices()
        known = {value for value, _ in options}
        options += [(v, v) for v in sorted(self.selected - known)]
        # below the button down to the screen's bottom (the menu's frame and a margin)
        screen = self.screen().availableGeometry()
        room = screen.bottom() - self.mapToGlobal(self.rect().bottomLeft()).y() - 24
        self.picker.fill(options, self.selected, room)
        if not options:
            empty = QListWidgetItem(self.tr("(nothing on the board yet)"), self.picker.list)
            empty.setFlags(Qt.ItemFlag.NoItemFlags)

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
        self.numbers: frozenset[str] | None = None  # the missed tile's tickets, or any
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
            numbers=self.numbers,
        )

    def set_filter(self, new: BoardFilter, *, emit: bool = False) -> None:
        self._quiet = True
        self.numbers = new.numbers
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

    def only(
        self,
        *,
        state: State | None = None,
        flag: str | None = None,
        numbers: frozenset[str] | None = None,
    ) -> None:
        """Show one state or one flag, or these tickets, or all (a KPI tile was clicked),
        keeping the unit, district, category and search filters."""
        states = frozenset() if state is None else frozenset({state})
        flags = frozenset() if flag is None else frozenset({flag})
        new = replace(self.current(), states=states, flags=flags, numbers=numbers)
        self.set_filter(new, emit=True)

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
        if self.numbers is not None:
            parts.append(self.tr("Missed a deadline today"))
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
