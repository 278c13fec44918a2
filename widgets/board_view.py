"""The board's table view: fixed row heights, the 1 Hz countdown tick for the visible
rows only, and a steady viewport while live updates insert and remove rows above it."""

from __future__ import annotations

import logging
from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from PySide6.QtCore import (
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    QPoint,
    QRect,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFontMetrics, QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.clock import Clock
from widgets import labels
from widgets.board_delegate import BoardDelegate
from widgets.board_model import BoardModel, Col, Role
from widgets.board_proxy import BoardProxy

log = logging.getLogger("widgets.board")

SETTLE_MS = 1500  # a changed row moves to its new place this long after the change
UNIT_WIDTH = 140  # unit names run long (市住房保障和房屋管理局): elided, full in the tooltip


class BoardView(QTableView):
    currentTicketChanged = Signal(str)  # the selected ticket's number, "" for none
    chosenChanged = Signal()  # the set of selected tickets changed
    openRequested = Signal(str)  # Enter or double click on a ticket

    def __init__(
        self, board: BoardModel, proxy: BoardProxy, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.board = board
        self.proxy = proxy
        self.clock = clock
        self.setObjectName("board")
        self.setModel(proxy)
        self.ensurePolished()  # the style sheet's font, before the delegate measures it
        self.delegate = BoardDelegate(board, self)
        self.setItemDelegate(self.delegate)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        # several tickets at once: urge, note and escalate act on all of them
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setVerticalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setTabKeyNavigation(False)
        rows = self.verticalHeader()
        rows.hide()
        rows.setSectionResizeMode(QHeaderView.ResizeMode.Fixed)  # never measure contents
        rows.setDefaultSectionSize(self.delegate.row_height())
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(40)
        self.fit_columns()
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setSortIndicator(Col.STATE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.setInterval(SETTLE_MS)
        self._settle.timeout.connect(self.settle)
        self.selectionModel().currentRowChanged.connect(self._current_changed)
        self.selectionModel().selectionChanged.connect(lambda *_: self.chosenChanged.emit())
        self.doubleClicked.connect(lambda idx: self.openRequested.emit(self.number_at(idx)))

    def fit_columns(self) -> None:
        """Widths from what each column can show (its labels, a countdown, a date) — worked
        out once from the fonts, never by measuring the rows (no ResizeToContents)."""
        d = self.delegate
        text, digits, small = d.fm.horizontalAdvance, QFontMetrics(d.digits_bold), d.small_fm
        pad = 2 * 7 + 2

        def words(table: dict) -> int:  # type: ignore[type-arg]
            return max(text(labels.tr(table, code)) for code in table)

        def tag(text: str) -> int:
            return small.horizontalAdvance(text) + 14

        def tags(names: tuple[str, ...]) -> int:
            return sum(tag(labels.tr(labels.FLAG_TAGS, n)) for n in names)

        wanted = {
            Col.NUMBER: text("HK20170918-00000"),
            Col.STATE: 14 + 10 + words(labels.STATES),
            Col.COUNTDOWN: max(digits.horizontalAdvance(c) for c in labels.widest_countdowns()),
            Col.DUE: text(labels.WIDEST_DATE),  # the year shows when it is not this one
            Col.URGENCY: small.horizontalAdvance(labels.tr(labels.FLAGS, "urgent")) + 10,
            Col.CATEGORY: words(labels.CATEGORIES),
            Col.UNIT: UNIT_WIDTH,
            Col.DISTRICT: text("龙华区") + 4,
            Col.MOVES: text("0 · 0"),
            Col.FLAGS: tags(("shuffled", "disputed"))
            + tag(labels.tr(labels.OFFICE_TAGS, "supervision"))
            + tag(labels.urge_tag(9)),
        }
        header = self.horizontalHeader()
        head_fm = header.fontMetrics()
        for col, width in wanted.items():
            title = str(self.board.headerData(col, Qt.Orientation.Horizontal))
            header.resizeSection(col, max(width + pad, head_fm.horizontalAdvance(title) + 28))

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        changed = event.type() in (QEvent.Type.FontChange, QEvent.Type.StyleChange)
        if changed and hasattr(self, "delegate"):
            self.delegate.restyle(self.font())
            self.verticalHeader().setDefaultSectionSize(self.delegate.row_height())

    # --- the tick (the live board's; see widgets/live_board.py) -------------------------
    def visible_rows(self) -> tuple[int, int] | None:
        count = self.proxy.rowCount()
        if count == 0:
            return None
        first = max(self.rowAt(0), 0)
        last = self.rowAt(self.viewport().height() - 1)
        return first, (count - 1 if last < 0 else last)

    def tick(self) -> None:
        """Move the board to the clock's time and refresh what shows (tests, benchmarks)."""
        now = self.clock.now().timestamp()
        self.board.tick(now)
        self.on_tick(now)

    def on_tick(self, _now: float = 0.0) -> None:
        """After the board's 1 Hz tick (states that changed anywhere are already
        repainted): the countdowns on screen only, nothing while hidden."""
        if not self.isVisible():
            return
        shown = self.visible_rows()
        if shown is not None:
            for first, last in self.proxy.source_runs(*shown):
                self.board.refresh_countdowns(first, last)
        if self.board.misplaced and not self._settle.isActive():
            self._settle.start()

    def dataChanged(
        self,
        top_left: QModelIndex | QPersistentModelIndex,
        bottom_right: QModelIndex | QPersistentModelIndex,
        roles: Sequence[int] = (),
    ) -> None:
        """The countdown refresh repaints exactly its cells; Qt's own rectangle reaches a
        pixel into the next column and would repaint that column too, every second."""
        col = top_left.column()
        if col == Col.COUNTDOWN == bottom_right.column() and Role.REMAINING in roles:
            top = self.rowViewportPosition(top_left.row())
            bottom = self.rowViewportPosition(bottom_right.row()) + self.rowHeight(
                bottom_right.row()
            )
            x = self.columnViewportPosition(col)
            self.viewport().update(QRect(x, top, self.columnWidth(col) - 1, bottom - top))
            return
        if top_left.row() == bottom_right.row() and top_left.isValid():
            # one ticket's state changed: Qt would repaint the whole viewport for a range
            # of cells; repaint just those cells (several a second on a big board)
            row = top_left.row()
            y = self.rowViewportPosition(row)
            if y < 0 or y > self.viewport().height():
                return  # off screen: painted when scrolled to
            area = QRect()
            for column in range(col, bottom_right.column() + 1):
                x = self.columnViewportPosition(column)
                if x >= 0:
                    area = area.united(QRect(x, y, self.columnWidth(column), self.rowHeight(row)))
            if not area.isEmpty():
                self.viewport().update(area)
            return
        super().dataChanged(top_left, bottom_right, roles)

    def stop_timers(self) -> None:
        self._settle.stop()

    def settle(self) -> None:
        with self.anchored():
            waiting = self.board.settle()
        if waiting:
            self._settle.start()

    @contextmanager
    def anchored(self) -> Iterator[None]:
        """Keep the rows on screen where they are while rows above them come and go.
        At the very top the board stays at the top, so new urgent tickets show."""
        bar = self.verticalScrollBar()
        top = self.indexAt(QPoint(0, 0))
        if bar.value() == 0 or not top.isValid():
            yield
            return
        anchor = QPersistentModelIndex(top)
        offset = self.visualRect(top).top()
        yield
        if anchor.isValid():
            bar.setValue(anchor.row() * self.verticalHeader().defaultSectionSize() - offset)

    # --- selection ----------------------------------------------------------------------
    def number_at(self, index: QModelIndex | QPersistentModelIndex) -> str:
        return str(index.data(Role.NUMBER) or "") if index.isValid() else ""

    def current_number(self) -> str:
        return self.number_at(self.currentIndex())

    def selected_numbers(self) -> list[str]:
        """The selected tickets, in board order."""
        rows = sorted(i.row() for i in self.selectionModel().selectedRows())
        return [n for n in (self.number_at(self.proxy.index(r, 0)) for r in rows) if n]

    def select_number(self, number: str) -> bool:
        row = self.board.row_of(number)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.board.index(row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return True

    def clear_current(self) -> None:
        """No ticket chosen: no current row, nothing selected."""
        self.selectionModel().clear()

    def select_first(self) -> str:
        """Choose the board's first row (as filtered); its number, "" when there is none."""
        index = self.proxy.index(0, 0)
        if not index.isValid():
            return ""
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.selectionModel().setCurrentIndex(index, flags)
        self.scrollTo(index)
        return self.number_at(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        number = self.number_at(current)
        self.board.pinned = {number} if number else set()
        self.currentTicketChanged.emit(number)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.current_number())
            return
        super().keyPressEvent(event)
