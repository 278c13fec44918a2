"""The board's table view: fixed row heights, the 1 Hz countdown tick for the visible
rows only, and a steady viewport while live updates insert and remove rows above it."""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
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
from PySide6.QtGui import (
    QFontMetrics,
    QKeyEvent,
    QResizeEvent,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from console.clock import Clock
from widgets import labels
from widgets.board_delegate import BoardDelegate
from widgets.board_model import BoardModel, Col, Role
from widgets.board_proxy import BoardProxy

SETTLE_MS = 1500  # a changed row moves to its new place this long after the change
UNIT_WIDTH = 140  # unit names run long (市住房保障和房屋管理局): elided, full in the tooltip
# on a narrow screen these columns give way, least useful first (the countdown says what the
# due time says; the detail shows the rest), so the title keeps room to be read. Never the
# flags: 督查室/纪委/催×N are what a supervisor scans the board for, the unit goes first
GIVE_WAY = (Col.DUE, Col.MOVES, Col.DISTRICT, Col.CATEGORY, Col.URGENCY, Col.UNIT)
TITLE_CHARS = 14  # the title keeps room for this many Chinese characters
ALWAYS_SHOWN = frozenset({Col.NUMBER, Col.TITLE})  # the header menu cannot hide these


class BoardView(QTableView):
    currentTicketChanged = Signal(str)  # the selected ticket's number, "" for none
    chosenChanged = Signal()  # the set of selected tickets changed
    openRequested = Signal(str)  # Enter or double click on a ticket
    hiddenChanged = Signal()  # the supervisor hid or showed a column (header menu)

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
        self.delegate = BoardDelegate(board, self, proxy)
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
        self.hidden: set[Col] = set()  # columns the supervisor hid
        self.gave_way: set[Col] = set()  # columns hidden for want of room
        self._widths: dict[Col, int] = {}
        self.fit_columns()
        header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        # the rows' context menu is the window's (its action table)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.setSortIndicator(Col.STATE, Qt.SortOrder.AscendingOrder)
        self.setSortingEnabled(True)

        self._settle = QTimer(self)
        self._settle.setObjectName("board-settle")  # named: a leak check says which
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
            # the usual pairs whole (a word and its term each: "Shuffled 推诿"); rarer
            # threes end in "…", their words in the tool tip - room for all four took
            # the unit column's place at 1366 wide
            Col.FLAGS: max(
                tags(("shuffled", "disputed")),
                tag(labels.tr(labels.OFFICE_TAGS, "supervision")) + tag(labels.urge_tag(9)),
            ),
        }
        header = self.horizontalHeader()
        for col, width in wanted.items():
            header.resizeSection(col, max(width + pad, self.header_width(col)))
        self.give_way()

    def header_width(self, col: Col) -> int:
        """The least width that shows the column's header whole (with the sort arrow)."""
        title = str(self.board.headerData(col, Qt.Orientation.Horizontal))
        return self.horizontalHeader().fontMetrics().horizontalAdvance(title) + 28

    def fit_headers(self) -> None:
        """Widen any column too narrow for its header (widths saved under another
        language, or by an older console): never a cut header ("Critic", "ategor")."""
        header = self.horizontalHeader()
        for col in Col:
            narrow = header.sectionSize(col) < self.header_width(col)
            if col != Col.TITLE and narrow and not header.isSectionHidden(col):
                header.resizeSection(col, self.header_width(col))
        self.give_way()

    # --- columns that give way, columns the supervisor hides ---------------------------
    def title_room(self) -> int:
        return self.delegate.fm.horizontalAdvance("标" * TITLE_CHARS) + 2 * 7

    def give_way(self) -> None:
        """Hide the least useful columns while the title would have less than its room;
        show them again when the board is wide enough. The supervisor's own choice of
        hidden columns (:attr:`hidden`) stands either way."""
        header = self.horizontalHeader()
        width = self.viewport().width()
        if width <= 0 or not self.isVisible():  # measured once shown (resizeEvent)
            return
        for col in Col:
            if not header.isSectionHidden(col) and col != Col.TITLE:
                self._widths[col] = header.sectionSize(col)
        shown = [c for c in Col if c != Col.TITLE and c not in self.hidden]
        used = sum(self._widths.get(c, header.sectionSize(c)) for c in shown)
        gave: set[Col] = set()
        for col in GIVE_WAY:
            if width - used >= self.title_room():
                break
            if col in shown:
                gave.add(col)
                used -= self._widths.get(col, 0)
        self.gave_way = gave
        for col in Col:
            hide = col in self.hidden or col in gave
            if header.isSectionHidden(col) != hide:
                header.setSectionHidden(col, hide)
                if not hide and col in self._widths:
                    header.resizeSection(col, self._widths[col])

    def full_width(self, without: Iterable[Col] = ()) -> int:
        """The width that shows every column the supervisor has not hidden (nor those
        ``without``), the title at its room: what the window's first start leaves the
        board. Columns that gave way count at the width they had."""
        header = self.horizontalHeader()
        left_out = self.hidden | set(without)
        shown = [c for c in Col if c != Col.TITLE and c not in left_out]
        columns = sum(self._widths.get(c, header.sectionSize(c)) for c in shown)
        scrollbar = self.verticalScrollBar().sizeHint().width()
        return columns + self.title_room() + scrollbar + 2 * self.frameWidth()

    def set_hidden(self, cols: set[Col]) -> None:
        self.hidden = {c for c in cols if c not in ALWAYS_SHOWN}
        self.give_way()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.give_way()

    def _header_menu(self, pos: QPoint) -> None:
        self.header_menu().popup(self.horizontalHeader().mapToGlobal(pos))

    def show_header_menu(self) -> None:
        """View → Columns…: the header's menu, under the header."""
        self._header_menu(QPoint(0, self.horizontalHeader().height()))

    def header_menu(self) -> QMenu:
        """Show or hide each column; back to the standard widths."""
        menu = QMenu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        for col in Col:
            if col in ALWAYS_SHOWN:
                continue
            name = str(self.board.headerData(col, Qt.Orientation.Horizontal))
            action = menu.addAction(name)
            action.setCheckable(True)
            action.setChecked(col not in self.hidden)
            if col in self.gave_way:
                action.setToolTip(self.tr("Hidden for want of room: widen the window"))
            action.toggled.connect(lambda on, col=col: self._toggle_column(col, on))
        menu.setToolTipsVisible(True)
        menu.addSeparator()
        menu.addAction(self.tr("Standard column widths"), self.fit_columns)
        return menu

    def _toggle_column(self, col: Col, shown: bool) -> None:
        self.set_hidden(self.hidden - {col} if shown else self.hidden | {col})
        self.hiddenChanged.emit()

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

    def moveCursor(
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Home and End go to the board's first and last ticket: a row-selecting board
        has no columns to move along (Qt would go to the row's first or last cell)."""
        move = QAbstractItemView.CursorAction
        if action in (move.MoveHome, move.MoveEnd):
            modifiers = Qt.KeyboardModifier.ControlModifier  # what Ctrl+Home/End does
        return super().moveCursor(action, modifiers)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.current_number())
            return
        super().keyPressEvent(event)
