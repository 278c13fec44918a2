"""Coordinate a dispute (协调): the center rules which unit leads (主办) and which help
(协办), each picked from the units list with a search box."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QModelIndex, QObject, QSortFilterProxyModel, Qt
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPlainTextEdit,
    QWidget,
)

from widgets import labels
from widgets.dialog_buttons import answer_buttons
from widgets.text_dialog import MAX_TEXT
from widgets.theme import named_label

CODE = Qt.ItemDataRole.UserRole + 1


def _units_model(
    units: list[tuple[str, str]], checkable: bool, parent: QWidget
) -> QStandardItemModel:
    model = QStandardItemModel(parent)
    for code, name in units:
        item = QStandardItem(f"{name}  ({code})" if name and name != code else code)
        item.setData(code, CODE)
        item.setEditable(False)
        if checkable:
            item.setCheckable(True)
            item.setCheckState(Qt.CheckState.Unchecked)
        model.appendRow(item)
    return model


def _searchable(
    model: QStandardItemModel, placeholder: str, parent: QWidget
) -> tuple[QLineEdit, QListView, QSortFilterProxyModel]:
    search = QLineEdit(parent)
    search.setPlaceholderText(placeholder)
    search.setClearButtonEnabled(True)
    proxy = QSortFilterProxyModel(parent)
    proxy.setSourceModel(model)
    proxy.setFilterCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
    search.textChanged.connect(proxy.setFilterFixedString)
    view = QListView(parent)
    view.setModel(proxy)
    view.setUniformItemSizes(True)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    return search, view, proxy


class CoordinateDialog(QDialog):
    def __init__(
        self,
        number: str,
        title: str,
        units: list[tuple[str, str]],
        *,
        lead: str | None = None,
        co_units: tuple[str, ...] = (),
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Coordinate a dispute (协调)"))
        self.setMinimumSize(640, 520)
        self.units = units
        head = QLabel(labels.fill(self.tr("Ticket %1 — %2"), number, title), self)
        head.setWordWrap(True)
        explain = named_label(
            "hint",
            self.tr("The ticket is dispatched to the lead unit with new sign and on-site "
                    "deadlines; the co-units help."), self,
        )  # fmt: skip
        explain.setWordWrap(True)
        self.lead_model = _units_model(units, False, self)
        self.co_model = _units_model(units, True, self)
        self.lead_search, self.lead_view, self.lead_proxy = _searchable(
            self.lead_model, self.tr("Search units…"), self
        )
        self.co_search, self.co_view, self.co_proxy = _searchable(
            self.co_model, self.tr("Search units…"), self
        )
        self.lead_view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.co_view.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.note = QPlainTextEdit(self)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("The ruling, for the record (optional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 3 + 14)
        self.chosen = named_label("hint", "", self)
        self.chosen.setWordWrap(True)
        self.buttons = answer_buttons(self, self.tr("&Coordinate"))
        grid = QGridLayout(self)
        grid.addWidget(head, 0, 0, 1, 2)
        grid.addWidget(explain, 1, 0, 1, 2)
        lead_label = QLabel(self.tr("&Lead unit (主办)"), self)
        lead_label.setBuddy(self.lead_search)
        co_label = QLabel(self.tr("Co-&units (协办)"), self)
        co_label.setBuddy(self.co_search)
        grid.addWidget(lead_label, 2, 0)
        grid.addWidget(co_label, 2, 1)
        grid.addWidget(self.lead_search, 3, 0)
        grid.addWidget(self.co_search, 3, 1)
        grid.addWidget(self.lead_view, 4, 0)
        grid.addWidget(self.co_view, 4, 1)
        grid.setRowStretch(4, 1)
        note_label = QLabel(self.tr("&Note"), self)
        note_label.setBuddy(self.note)
        grid.addWidget(note_label, 5, 0, 1, 2)
        grid.addWidget(self.note, 6, 0, 1, 2)
        grid.addWidget(self.chosen, 7, 0, 1, 2)
        grid.addWidget(self.buttons, 8, 0, 1, 2)
        self.lead_view.selectionModel().currentChanged.connect(lambda *_: self._check())
        self.co_model.itemChanged.connect(lambda *_: self._check())
        self.note.textChanged.connect(self._check)
        self.lead_search.installEventFilter(self)
        self.co_search.installEventFilter(self)
        if lead:
            self.set_lead(lead)
        for code in co_units:
            self.set_co_unit(code, True)
        self._check()

    # --- choosing -----------------------------------------------------------------------
    def _row_of(self, model: QStandardItemModel, code: str) -> int:
        for row in range(model.rowCount()):
            if model.item(row).data(CODE) == code:
                return row
        return -1

    def set_lead(self, code: str) -> bool:
        row = self._row_of(self.lead_model, code)
        if row < 0:
            return False
        index = self.lead_proxy.mapFromSource(self.lead_model.index(row, 0))
        if not index.isValid():
            self.lead_search.clear()
            index = self.lead_proxy.mapFromSource(self.lead_model.index(row, 0))
        self.lead_view.setCurrentIndex(index)
        return True

    def set_co_unit(self, code: str, on: bool) -> None:
        row = self._row_of(self.co_model, code)
        if row >= 0:
            state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
            self.co_model.item(row).setCheckState(state)

    def _pick_first_lead(self) -> None:
        first = self.lead_proxy.index(0, 0)
        if first.isValid():
            self.lead_view.setCurrentIndex(first)

    # --- values -------------------------------------------------------------------------
    def lead(self) -> str | None:
        index: QModelIndex = self.lead_view.currentIndex()
        return str(index.data(CODE)) if index.isValid() else None

    def co_units(self) -> tuple[str, ...]:
        lead = self.lead()
        return tuple(
            str(self.co_model.item(row).data(CODE))
            for row in range(self.co_model.rowCount())
            if self.co_model.item(row).checkState() == Qt.CheckState.Checked
            and self.co_model.item(row).data(CODE) != lead
        )

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    def _name(self, code: str) -> str:
        return dict(self.units).get(code) or code

    def _check(self) -> None:
        lead = self.lead()
        too_long = len(self.note_text()) > MAX_TEXT
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(lead is not None and not too_long)
        if too_long:
            text = self.tr("At most %1 characters.").replace("%1", str(MAX_TEXT))
        elif lead is None:
            text = self.tr("Choose the lead unit to continue.")
        else:
            co = "、".join(self._name(c) for c in self.co_units()) or "—"
            text = labels.fill(self.tr("Lead: %1 · co-units: %2"), self._name(lead), co)
        self.chosen.setText(text)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Enter in a search box picks the first match; it does not also send the ruling."""
        if (event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent)
                and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter)):  # fmt: skip
            if watched is self.lead_search:
                self._pick_first_lead()
                return True
            if watched is self.co_search:
                return True
        return super().eventFilter(watched, event)

    def accept(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None and ok.isEnabled():
            super().accept()
