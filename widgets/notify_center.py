"""The notification center (通知中心): a dock beside the board.

Filters by kind, level, unit and "unacknowledged only"; a coalesced group opens to its
notifications; Acknowledge (for the whole center, the row keeps who and when), Open
ticket (also a double-click or Enter) and Snooze a ticket's toasts and sounds.
"""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDockWidget,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QPushButton,
    QToolButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from console.notifications import NotificationEntry
from console.notify_groups import NotificationFilter, NotificationGroup
from widgets.labels import fill
from widgets.notify_model import COLUMNS, ENTRY_ROLE, GROUP_ROLE, NotificationModel
from widgets.notify_text import KINDS, LEVELS, kind_word, level_word

SNOOZE_MINUTES = (30, 60, 240, 480)
SHOWN_ROWS = 5  # lines the center shows when the window first opens: a sweep's groups


class NotificationTree(QTreeView):
    openRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class NotificationCenter(QDockWidget):
    openTicket = Signal(str)
    acknowledgeRequested = Signal(list)  # ids
    snoozeRequested = Signal(str, int)  # ticket, minutes (0: no longer snoozed)

    def __init__(self, model: NotificationModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationCenter")
        self.model = model
        self.unread = 0
        self.can_acknowledge = True  # the window says otherwise for a viewer (read_role)
        body = QWidget(self)
        self.kind = QComboBox(body)
        self.kind.setObjectName("notifyKind")
        self.level = QComboBox(body)
        self.level.setObjectName("notifyLevel")
        self.unit = QComboBox(body)
        self.unit.setObjectName("notifyUnit")
        self.unit.setMinimumContentsLength(8)
        self.unit.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.only_open = QCheckBox(body)
        self.only_open.setObjectName("notifyUnacknowledged")
        self.tree = NotificationTree(body)
        self.tree.setObjectName("notifyTree")
        self.tree.setModel(model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        for col, width in zip(COLUMNS, (150, 96, 160, 150, 420, 180), strict=True):
            header.resizeSection(COLUMNS.index(col), width)
        header.setSectionResizeMode(COLUMNS.index("what"), QHeaderView.ResizeMode.Stretch)
        self.count = QLabel(body)
        self.count.setObjectName("notifyCount")
        self.ack = QPushButton(body)
        self.ack.setObjectName("notifyAck")
        self.open = QPushButton(body)
        self.open.setObjectName("notifyOpen")
        self.snooze = QToolButton(body)
        self.snooze.setObjectName("notifySnooze")
        self.snooze.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.snooze_menu = QMenu(self.snooze)
        self.snooze.setMenu(self.snooze_menu)
        self.snooze_actions: list[tuple[QAction, int]] = []
        for minutes in (*SNOOZE_MINUTES, 0):
            action = self.snooze_menu.addAction("")
            action.triggered.connect(lambda _c=False, m=minutes: self._snooze(m))
            self.snooze_actions.append((action, minutes))

        # the filters, the count and the buttons on one line above the list: on two, a
        # laptop's center (a quarter of 768 px) had room for two lines of the list
        bar = QHBoxLayout()
        bar.setSpacing(6)
        for w in (self.kind, self.level, self.unit):
            bar.addWidget(w)
        bar.addWidget(self.only_open)
        bar.addStretch(1)
        bar.addWidget(self.count)
        bar.addSpacing(6)
        for button in (self.snooze, self.open, self.ack):
            bar.addWidget(button)
        box = QVBoxLayout(body)
        box.setContentsMargins(6, 4, 6, 6)
        box.setSpacing(4)
        box.addLayout(bar)
        box.addWidget(self.tree, 1)
        self.setWidget(body)

        for combo in (self.kind, self.level, self.unit):
            combo.currentIndexChanged.connect(self._filter_changed)
        self.only_open.toggled.connect(self._filter_changed)
        self.ack.clicked.connect(self._acknowledge)
        self.open.clicked.connect(lambda: self._open(self.tree.currentIndex()))
        self.tree.doubleClicked.connect(self._open)
        self.tree.openRequested.connect(self._open)
        self.tree.selectionModel().selectionChanged.connect(self._update_buttons)
        model.modelReset.connect(self._after_change)
        model.rowsInserted.connect(self._after_change)
        model.dataChanged.connect(self._update_buttons)
        self.retranslate()
        self._update_buttons()

    # --- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self._fill(self.kind, self.tr("All kinds"), [(k, kind_word(k)) for k in KINDS])
        self._fill(self.level, self.tr("All levels"), [(lv, level_word(lv)) for lv in LEVELS])
        self.refresh_units()
        self.only_open.setText(self.tr("Unacknowledged only"))
        self.ack.setText(self.tr("Acknowledge"))
        self._ack_tip()
        self.open.setText(self.tr("Open ticket"))
        self.snooze.setText(self.tr("Snooze"))
        self.snooze.setToolTip(self.tr("No toasts or sounds for this ticket for a while"))
        for action, minutes in self.snooze_actions:
            if minutes == 0:
                action.setText(self.tr("Stop snoozing"))
            elif minutes < 60:
                action.setText(fill(self.tr("%1 minutes"), minutes))
            else:
                action.setText(fill(self.tr("%1 hours"), minutes // 60))
        self.set_unread(self.unread)
        self._update_buttons()

    def _fill(self, combo: QComboBox, everything: str, items: list[tuple[str, str]]) -> None:
        current = combo.currentData() or ""
        combo.blockSignals(True)
        combo.clear()
        combo.addItem(everything, "")
        for code, word in items:
            combo.addItem(word, code)
        combo.setCurrentIndex(max(0, combo.findData(current)))
        combo.blockSignals(False)

    def refresh_units(self) -> None:
        self._fill(self.unit, self.tr("All units"), self.model.units())

    def wanted_height(self, rows: int = SHOWN_ROWS) -> int:
        """The dock's height that shows ``rows`` lines of the tree with its filters and
        buttons (a quarter of a 1366×768 window showed two of a sweep's five groups)."""
        self.ensurePolished()
        tree = self.tree
        if self.model.rowCount():
            line = tree.sizeHintForRow(0)
        else:  # at the first start, before any line: the text's height and a margin
            line = max(tree.fontMetrics().height(), tree.iconSize().height(), 16) + 2
        frame = 2 * tree.frameWidth()
        wanted_tree = tree.header().sizeHint().height() + rows * line + frame
        around = self.sizeHint().height() - tree.sizeHint().height()  # title, filters, buttons
        return around + wanted_tree

    def set_unread(self, count: int) -> None:
        self.unread = count
        title = self.tr("Notifications")
        self.setWindowTitle(fill(self.tr("%1 (%2 unread)"), title, count) if count else title)

    # --- filtering --------------------------------------------------------------------
    def current_filter(self) -> NotificationFilter:
        return NotificationFilter(
            kind=self.kind.currentData() or "",
            level=self.level.currentData() or "",
            unit=self.unit.currentData() or "",
            unacknowledged=self.only_open.isChecked(),
        )

    def _filter_changed(self) -> None:
        self.model.set_filter(self.current_filter())

    def show_group(self, group: NotificationGroup) -> None:
        """Open the center on a group (a toast was clicked)."""
        self.show()
        self.raise_()
        for row, g in enumerate(self.model.groups):
            if g.key == group.key and g.newest_id == group.newest_id:
                index = self.model.index(row, 0)
                self.tree.setCurrentIndex(index)
                self.tree.expand(index)
                self.tree.scrollTo(index)
                return

    # --- acting -----------------------------------------------------------------------
    def selected_entries(self) -> list[NotificationEntry]:
        found: dict[int, NotificationEntry] = {}
        for index in self.tree.selectionModel().selectedRows():
            entry = index.data(ENTRY_ROLE)
            if entry is not None:
                found[entry.id] = entry
            else:
                group = index.data(GROUP_ROLE)
                for e in group.entries if group else ():
                    found[e.id] = e
        return list(found.values())

    def set_can_acknowledge(self, can: bool) -> None:
        """A viewer sees the notifications and acknowledges none (the database refuses
        it anyway: console.notifications)."""
        self.can_acknowledge = can
        self._ack_tip()
        self._update_buttons()

    def _ack_tip(self) -> None:
        self.ack.setToolTip(
            self.tr("Acknowledge for the whole center (your name and the time)")
            if self.can_acknowledge
            else self.tr("Only a supervisor may acknowledge: you are on duty as a viewer")
        )

    def _acknowledge(self) -> None:
        ids = [e.id for e in self.selected_entries() if not e.acknowledged]
        if ids:
            self.acknowledgeRequested.emit(ids)

    def _open(self, index: QModelIndex) -> None:
        if not index.isValid():
            return
        entry = index.data(ENTRY_ROLE)
        if entry is None:  # a group line: show what is behind it
            first = index.siblingAtColumn(0)
            self.tree.setExpanded(first, not self.tree.isExpanded(first))
            return
        if entry.ticket:
            self.openTicket.emit(entry.ticket)

    def _snooze(self, minutes: int) -> None:
        tickets = {e.ticket for e in self.selected_entries() if e.ticket}
        for ticket in sorted(tickets):
            self.snoozeRequested.emit(ticket, minutes)

    def _after_change(self) -> None:
        self.refresh_units()
        self._update_buttons()

    def _update_buttons(self) -> None:
        chosen = self.selected_entries()
        self.ack.setEnabled(self.can_acknowledge and any(not e.acknowledged for e in chosen))
        self.snooze.setEnabled(any(e.ticket for e in chosen))
        current = self.tree.currentIndex()
        self.open.setEnabled(current.isValid() and current.data(ENTRY_ROLE) is not None)
        shown = self.model.rowCount()
        waiting = self.model.shown_unacknowledged()
        self.count.setText(fill(self.tr("%1 lines, %2 unacknowledged"), shown, waiting))
