"""The board's filter: a ``QSortFilterProxyModel`` over :class:`BoardModel` that filters
on the tickets' raw values (unit code, district, category, state, flags, search text).

It never sorts: the source keeps board order, and a header click is passed down to it
(:meth:`BoardProxy.sort`). A new filter invalidates only when it differs from the one in
force, and then in one layout change — removing 60,000 scattered rows one interval at a
time costs Qt ten times more.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractItemModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)

from console.board import BoardFilter
from widgets.board_model import BoardModel


class BoardProxy(QSortFilterProxyModel):
    filterChanged = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._filter = BoardFilter()
        self._all = True  # the filter lets everything through: skip the checks
        self._board: BoardModel | None = None
        self.setDynamicSortFilter(True)  # re-check a row when its data changes

    @property
    def board(self) -> BoardModel:
        assert self._board is not None, "no board model set"
        return self._board

    def setSourceModel(self, model: QAbstractItemModel) -> None:
        if not isinstance(model, BoardModel):
            raise TypeError("BoardProxy filters a BoardModel")
        self._board = model
        super().setSourceModel(model)

    @property
    def board_filter(self) -> BoardFilter:
        return self._filter

    def set_filter(self, new: BoardFilter) -> bool:
        """Filter by ``new``; True when that changed anything."""
        if new == self._filter:
            return False
        self._filter = new
        self._all = new.is_empty
        self.invalidate()
        self.filterChanged.emit()
        return True

    def filterAcceptsRow(
        self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex
    ) -> bool:
        if self._all:
            return True
        board = self.board
        # the raw values behind the custom roles, read directly: a Qt round trip per
        # row would cost five times more at 100,000 rows
        return self._filter.matches(board.ticket_at(source_row), board.now)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if column >= 0 and self._board is not None:
            self._board.sort(column, order)

    def source_runs(self, first: int, last: int) -> list[tuple[int, int]]:
        """The source rows behind proxy rows ``first``..``last``, as contiguous runs."""
        runs: list[tuple[int, int]] = []
        for row in range(first, last + 1):
            src = self.mapToSource(self.index(row, 0)).row()
            if runs and runs[-1][1] == src - 1:
                runs[-1] = (runs[-1][0], src)
            else:
                runs.append((src, src))
        return runs
