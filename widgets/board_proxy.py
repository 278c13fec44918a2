"""The board's filter: a table model over :class:`BoardModel` that shows the tickets
matching a :class:`BoardFilter` (unit, district, category, state, flags, search text),
in the board's order, and keeps its own list of the rows it shows.

It replaced a ``QSortFilterProxyModel``. Profiled at 100,000 open tickets, that proxy
cost what grows with the board, not with what changed: with ``dynamicSortFilter`` every
``dataChanged`` (the countdowns' too) calls the Python ``filterAcceptsRow`` once per row;
every inserted or removed source row rebuilds its source-to-proxy map from there to the
end (``build_source_to_proxy_mapping``); every layout change of the board (a settle, a
sort) throws its map away and rebuilds it with 100,000 ``filterAcceptsRow`` calls; and a
new filter does the same. Here an empty filter shows the board row for row (nothing to
map), and a filter keeps the shown rows as the board's ``(key, ticket)`` entries, found
by binary search on the key they were placed by — an inserted, removed or changed row
costs a search, and a new filter one pass of :meth:`BoardFilter.sift`.

It never sorts: the board keeps its order, and a header click is passed down to it
(:meth:`BoardProxy.sort`). A new filter changes the rows in one layout change, and only
when it differs from the one in force. On a big board (:data:`ASYNC_ROWS`) a filter is
sifted a few milliseconds per event-loop turn (:mod:`widgets.in_steps`) and swapped in
when done (:attr:`BoardProxy.pending` until then); when the board changed meanwhile, it
is sifted again.
"""

from __future__ import annotations

from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)

from console.board import BoardFilter, BoardTicket
from console.board_order import Entry, find
from widgets.board_model import MANY_ROWS, BoardModel, Col, Role
from widgets.in_steps import BIG_BOARD, InSteps

Index = QModelIndex | QPersistentModelIndex
_RECHECK = {Role.STATE, Role.TICKET}  # a change with these roles may move a row in or out
ASYNC_ROWS = BIG_BOARD  # from this many rows on, a new filter is sifted in steps
RETRIES = 3  # sifted again this often when the board changed meanwhile, then at once


class BoardProxy(QAbstractTableModel):
    aboutToFilter = Signal()  # a new filter is about to take effect
    filterChanged = Signal()  # it has

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = BoardFilter()  # in force
        self._wanted = self._filter  # asked for (in force once sifted)
        self._sifter = InSteps("board-filter", self)
        self._tickets_seen = 0  # bumps whenever the board's tickets change
        self._states_seen = 0  # bumps whenever a ticket's state changes
        self._tries = 0
        # around a swap of the rows: a view keeping its place (BoardView.anchored)
        self.anchor: Callable[[], AbstractContextManager[object]] = nullcontext
        self._board: BoardModel | None = None
        self._rows: list[Entry] | None = None  # the rows shown, in board order; None: all
        self._held: list[tuple[QModelIndex, str]] = []  # across a layout change
        self._leaving: tuple[int, int] | None = None  # rows announced as being removed

    @property
    def board(self) -> BoardModel:
        assert self._board is not None, "no board model set"
        return self._board

    def setSourceModel(self, model: BoardModel) -> None:
        if not isinstance(model, BoardModel):
            raise TypeError("BoardProxy filters a BoardModel")
        self.beginResetModel()
        self._board = model
        model.rowsAboutToBeInserted.connect(self._inserting)
        model.rowsInserted.connect(self._inserted)
        model.rowsAboutToBeRemoved.connect(self._removing)
        model.rowsRemoved.connect(self._removed)
        model.dataChanged.connect(self._changed)
        model.layoutAboutToBeChanged.connect(self._relayouting)
        model.layoutChanged.connect(self._relayouted)
        model.modelAboutToBeReset.connect(self.beginResetModel)
        model.modelReset.connect(self._reset)
        model.headerDataChanged.connect(self.headerDataChanged)
        self._rows = None if self._filter.is_empty else self._sifted()
        self.endResetModel()

    def sourceModel(self) -> BoardModel | None:
        return self._board

    @property
    def board_filter(self) -> BoardFilter:
        return self._filter

    @property
    def wanted(self) -> BoardFilter:
        """The filter last asked for: in force, or being sifted."""
        return self._wanted

    @property
    def pending(self) -> bool:
        """A filter is being sifted (in steps)."""
        return self._sifter.busy

    def set_filter(self, new: BoardFilter) -> bool:
        """Filter by ``new``: now, or on a big board once sifted (:attr:`filterChanged`
        says when). False when it is the filter asked for already."""
        if new == self._wanted:
            return False
        self._wanted = new
        self._sifter.cancel()
        self._tries = 0
        if new.is_empty or self._board is None or self._board.rowCount() < ASYNC_ROWS:
            self._swap(new, None if new.is_empty or self._board is None else self._sifted(new))
        else:
            self._sift_elsewhere(new)
        return True

    def stop(self) -> None:
        """Stop sifting (idempotent): the filter in force stays."""
        self._sifter.stop()
        self._wanted = self._filter

    def _sift_elsewhere(self, new: BoardFilter) -> None:
        board = self.board
        rows, now = list(board.order.entries()), board.now  # a copy of the row list only
        seen = (self._tickets_seen, self._states_seen)
        self._sifter.run(
            new.sift_steps(rows, now), lambda shown: self._sifted_elsewhere(new, seen, shown)
        )

    def _sifted_elsewhere(
        self, new: BoardFilter, seen: tuple[int, int], shown: list[Entry]
    ) -> None:
        stale = seen[0] != self._tickets_seen or (new.uses_state and seen[1] != self._states_seen)
        if not stale:
            self._swap(new, shown)
        elif self._tries < RETRIES:  # the board changed meanwhile: again, as it is now
            self._tries += 1
            self._sift_elsewhere(new)
        else:
            self._swap(new, self._sifted(new))

    def _swap(self, new: BoardFilter, rows: list[Entry] | None) -> None:
        """Put ``new`` in force with the rows it shows, in one layout change."""
        self.aboutToFilter.emit()
        with self.anchor():
            self.layoutAboutToBeChanged.emit()
            self._hold()
            self._filter = new
            self._rows = rows
            self._place_held()
            self.layoutChanged.emit()
        self.filterChanged.emit()

    def _sifted(self, f: BoardFilter | None = None) -> list[Entry]:
        board = self.board
        # rows a bulk change appended unplaced (key ()) are placed by the layout change
        # that follows it: they show from then on
        placed = [e for e in board.order.entries() if e[0]]
        return (f or self._filter).sift(placed, board.now)

    # --- the item model ---------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if parent.isValid() or self._board is None:
            return 0
        return self._board.rowCount() if self._rows is None else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or self._board is None:
            return None
        row = index.row() if self._rows is None else self._source_row(index.row())
        return self._board.value(row, index.column(), role)

    def ticket_at(self, row: int) -> BoardTicket | None:
        """The ticket shown at ``row``: what ``data(Role.TICKET)`` answers, without an
        index and two trips through Qt (the delegate asks for every cell it paints)."""
        board = self._board
        if board is None:
            return None
        return board.order.ticket_at(row if self._rows is None else self._source_row(row))

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        return self.board.headerData(section, orientation, role)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0 and self._board is not None:
            self._board.sort(column, order)

    def sortColumn(self) -> int:
        """Never sorted here (the board owns the order)."""
        return -1

    # --- mapping ----------------------------------------------------------------------
    def _source_row(self, row: int) -> int:
        assert self._rows is not None
        return self.board.order.row_of_entry(self._rows[row])

    def _proxy_row(self, entry: Entry) -> int | None:
        """Where the board's row ``entry`` shows, None when the filter hides it."""
        rows = self._rows
        if rows is None:
            return self.board.order.row_of_entry(entry)
        if not entry[0]:
            return None
        at = find(rows, entry[0], self.board.descending)
        return at if at < len(rows) and rows[at][1].number == entry[1].number else None

    def mapToSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        row = index.row() if self._rows is None else self._source_row(index.row())
        return self.board.index(row, index.column())

    def mapFromSource(self, index: Index) -> QModelIndex:
        if not index.isValid():
            return QModelIndex()
        if self._rows is None:
            return self.index(index.row(), index.column())
        row = self._proxy_row(self.board.order.entry_at(index.row()))
        return QModelIndex() if row is None else self.index(row, index.column())

    def source_runs(self, first: int, last: int) -> list[tuple[int, int]]:
        """The source rows behind rows ``first``..``last``, as contiguous runs."""
        if self._rows is None:
            return [(first, last)]
        runs: list[tuple[int, int]] = []
        for row in range(first, last + 1):
            src = self._source_row(row)
            if runs and runs[-1][1] == src - 1:
                runs[-1] = (runs[-1][0], src)
            else:
                runs.append((src, src))
        return runs

    # --- following the board ----------------------------------------------------------
    def _inserting(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._rows is None:
            self.beginInsertRows(QModelIndex(), first, last)

    def _inserted(self, _parent: QModelIndex, first: int, last: int) -> None:
        self._tickets_seen += 1
        rows = self._rows
        if rows is None:
            self.endInsertRows()
            return
        board = self.board
        block = [e for e in board.order.entries()[first : last + 1] if e[0]]
        shown = self._filter.sift(block, board.now)
        if shown:  # a block of the board's rows shows as a block here too
            at = find(rows, shown[0][0], board.descending)
            self.beginInsertRows(QModelIndex(), at, at + len(shown) - 1)
            rows[at:at] = shown
            self.endInsertRows()

    def _removing(self, _parent: QModelIndex, first: int, last: int) -> None:
        if self._rows is None:
            self.beginRemoveRows(QModelIndex(), first, last)
            return
        found = [
            row
            for row in map(self._proxy_row, self.board.order.entries()[first : last + 1])
            if row is not None
        ]
        if found:
            self._leaving = (min(found), max(found))
            self.beginRemoveRows(QModelIndex(), *self._leaving)

    def _removed(self, _parent: QModelIndex, _first: int, _last: int) -> None:
        self._tickets_seen += 1
        if self._rows is None:
            self.endRemoveRows()
        elif self._leaving is not None:
            first, last = self._leaving
            del self._rows[first : last + 1]
            self._leaving = None
            self.endRemoveRows()

    def _changed(self, top_left: QModelIndex, bottom_right: QModelIndex, roles: list[int]) -> None:
        first, last = top_left.row(), bottom_right.row()
        left, right = top_left.column(), bottom_right.column()
        if not roles or Role.TICKET in roles:
            self._tickets_seen += 1
        elif Role.STATE in roles:
            self._states_seen += 1
        if self._rows is None:  # the board's rows themselves, there (see BoardModel._run)
            top, bottom = self.createIndex(first, left), self.createIndex(last, right)
            self.dataChanged.emit(top, bottom, roles)
            return
        entries = self.board.order.entries()
        if roles and not _RECHECK.intersection(roles) and last - first > MANY_ROWS:
            if self._rows:  # a column repainted from top to bottom (flags, say)
                self.dataChanged.emit(
                    self.index(0, left), self.index(len(self._rows) - 1, right), roles
                )
            return
        if roles and not _RECHECK.intersection(roles):  # the countdowns: nothing moves
            shown = [r for r in map(self._proxy_row, entries[first : last + 1]) if r is not None]
            if shown:
                top, bottom = self.index(shown[0], left), self.index(shown[-1], right)
                self.dataChanged.emit(top, bottom, roles)
            return
        for row in range(first, last + 1):
            self._recheck(entries[row], left, right, roles)

    def _recheck(self, entry: Entry, left: int, right: int, roles: list[int]) -> None:
        """The board's row ``entry`` changed: show it, hide it, or repaint it."""
        rows = self._rows
        assert rows is not None
        if not entry[0]:
            return
        board = self.board
        at = find(rows, entry[0], board.descending)
        was = at < len(rows) and rows[at][1].number == entry[1].number
        now = bool(self._filter.sift([entry], board.now))
        if was and now:
            rows[at] = entry  # the ticket itself may be a new one
            self.dataChanged.emit(self.createIndex(at, left), self.createIndex(at, right), roles)
        elif was:
            self.beginRemoveRows(QModelIndex(), at, at)
            del rows[at]
            self.endRemoveRows()
        elif now:
            self.beginInsertRows(QModelIndex(), at, at)
            rows.insert(at, entry)
            self.endInsertRows()

    def _relayouting(self, *_: object) -> None:
        self.layoutAboutToBeChanged.emit()
        self._hold()

    def _relayouted(self, *_: object) -> None:
        self._tickets_seen += 1
        rows = self._rows
        if rows is not None and self.board.reordering:
            shown = {t.number for _, t in rows}  # the order moved, the tickets did not
            self._rows = [e for e in self.board.order.entries() if e[1].number in shown]
        elif rows is not None:
            self._rows = self._sifted()  # a bulk change changed tickets as well
        self._place_held()
        self.layoutChanged.emit()

    def _reset(self) -> None:
        self._tickets_seen += 1
        self._rows = None if self._filter.is_empty else self._sifted()
        self.endResetModel()

    def _hold(self) -> None:
        """Remember which ticket each persistent index (selection, current) stands on."""
        board = self.board
        held = []
        for index in self.persistentIndexList():
            row = index.row() if self._rows is None else self._source_row(index.row())
            held.append((index, board.order.ticket_at(row).number))
        self._held = held

    def _place_held(self) -> None:
        """Move the persistent indexes to their tickets' new rows (gone when hidden)."""
        board = self.board
        old, new = [], []
        for index, number in self._held:
            row = src = board.row_of(number)
            if src is not None and self._rows is not None:
                row = self._proxy_row(board.order.entry_at(src))
            old.append(index)
            new.append(QModelIndex() if row is None else self.index(row, index.column()))
        self._held = []
        if old:
            self.changePersistentIndexList(old, new)
