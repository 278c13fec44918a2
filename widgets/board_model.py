"""The board's table model: a thin Qt adapter over the open tickets, in board order.

The model owns the order (a ``QSortFilterProxyModel`` sorting 100,000 rows through Python
``data()`` calls would take seconds); the proxy above it only filters. Deltas from the
database worker are applied row by row — ``beginInsertRows``/``beginRemoveRows`` and a
one-row ``dataChanged`` — never a reset, so selection and scroll position survive.

A changed ticket is updated where it stands; when its sort key moved, it is *misplaced*
and :meth:`settle` moves it to its new place a little later, in small batches, leaving
the ticket the supervisor has selected where it is (:attr:`pinned`).
"""

from __future__ import annotations

import gc
import logging
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from datetime import datetime
from enum import IntEnum
from operator import itemgetter
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtCore import Signal as QtSignal

from console.board import BoardDelta, BoardTicket, paused_gc, urgency_key
from console.board_tally import BoardTally
from console.vocabulary import FLAGS, TAG_FLAGS
from widgets import labels

log = logging.getLogger("widgets.board")

Index = QModelIndex | QPersistentModelIndex
Key = tuple[Any, ...]
BULK = 300  # row inserts/removals above which one re-layout is cheaper than row events


class Col(IntEnum):
    NUMBER = 0
    STATE = 1
    COUNTDOWN = 2
    DUE = 3
    URGENCY = 4
    CATEGORY = 5
    TITLE = 6
    UNIT = 7
    DISTRICT = 8
    MOVES = 9  # returns · transfers
    FLAGS = 10


class Role(IntEnum):
    """Raw values behind the cells, for the proxy's filters, delegates and tests."""

    TICKET = Qt.ItemDataRole.UserRole + 1
    NUMBER = Qt.ItemDataRole.UserRole + 2
    STATE = Qt.ItemDataRole.UserRole + 3  # int(State) now
    REMAINING = Qt.ItemDataRole.UserRole + 4  # seconds to the next deadline, or None
    DUE = Qt.ItemDataRole.UserRole + 5  # epoch seconds of the next deadline (fixed)
    UNIT = Qt.ItemDataRole.UserRole + 6  # unit code
    DISTRICT = Qt.ItemDataRole.UserRole + 7
    CATEGORY = Qt.ItemDataRole.UserRole + 8
    FLAGS = Qt.ItemDataRole.UserRole + 9  # list of flag names


SORT_KEYS: dict[Col, Callable[[BoardTicket, float], Key]] = {
    Col.NUMBER: lambda t, now: (t.number,),
    Col.STATE: urgency_key,
    Col.COUNTDOWN: lambda t, now: (t.due, t.number),
    Col.DUE: lambda t, now: (t.due, t.number),
    Col.URGENCY: lambda t, now: (not t.urgent, t.due, t.number),
    Col.CATEGORY: lambda t, now: (t.category, t.due, t.number),
    Col.TITLE: lambda t, now: (t.title, t.number),
    Col.UNIT: lambda t, now: (t.unit_name, t.due, t.number),
    Col.DISTRICT: lambda t, now: (t.district, t.due, t.number),
    Col.MOVES: lambda t, now: (-(t.returns + t.transfers), -t.returns, t.due, t.number),
    Col.FLAGS: lambda t, now: (-(t.shuffled + t.disputed + t.escalated), t.due, t.number),
}


class BoardModel(QAbstractTableModel):
    """Every open ticket, one row each, in the order of :attr:`sort_column`."""

    countsChanged = QtSignal()  # the tally moved (tickets changed or states passed)

    def __init__(self, tz: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now = 0.0  # epoch seconds of the last tick: every cell is painted "as of" it
        self.tally = BoardTally()
        self.pinned: set[str] = set()
        self.sort_column = Col.STATE
        self.descending = False
        self._entries: list[tuple[Key, BoardTicket]] = []  # in row order
        self._placed: dict[str, Key] = {}  # the key each ticket was placed by
        self._misplaced: set[str] = set()
        self.loaded = False  # a first read of the board has arrived
        self._year = (0, 0.0, -1.0)  # the clock's year, from and until (epoch seconds)

    # --- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        t = self._entries[index.row()][1]
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(Col(index.column()), t)
        if role == Role.TICKET:
            return t
        if role == Role.STATE:
            return int(t.state(self.now))
        if role == Role.REMAINING:
            return t.remaining(self.now)
        if role == Role.NUMBER:
            return t.number
        if role == Role.DUE:
            return t.due
        if role == Role.UNIT:
            return t.unit
        if role == Role.DISTRICT:
            return t.district
        if role == Role.CATEGORY:
            return t.category
        if role == Role.FLAGS:
            return [f for f in FLAGS if getattr(t, f)]
        if role == Qt.ItemDataRole.ToolTipRole and index.column() in (Col.TITLE, Col.UNIT):
            return t.title if index.column() == Col.TITLE else f"{t.unit_name} ({t.unit})"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self._headers()[section]
        if role == Qt.ItemDataRole.ToolTipRole and section == Col.MOVES:
            return self.tr("Returns (退单) · transfers (转办)")
        return None

    def _headers(self) -> list[str]:
        return [
            self.tr("Number"), self.tr("State"), self.tr("Time left"), self.tr("Due"),
            self.tr("Urgency"), self.tr("Category"), self.tr("Title"), self.tr("Unit"),
            self.tr("District"), self.tr("Ret. · Trf."), self.tr("Flags"),
        ]  # fmt: skip

    def _text(self, col: Col, t: BoardTicket) -> str:
        if col == Col.NUMBER:
            return t.number
        if col == Col.STATE:
            return labels.tr(labels.STATES, t.state(self.now))
        if col == Col.COUNTDOWN:
            return labels.countdown(t.remaining(self.now))
        if col == Col.DUE:
            return labels.local_time(t.due, self.tz, year=self.year())
        if col == Col.URGENCY:
            return labels.tr(labels.FLAGS, "urgent") if t.urgent else ""
        if col == Col.CATEGORY:
            return labels.tr(labels.CATEGORIES, t.category)
        if col == Col.TITLE:
            return t.title
        if col == Col.UNIT:
            return t.unit_name
        if col == Col.DISTRICT:
            return t.district
        if col == Col.MOVES:
            return f"{t.returns} · {t.transfers}" if t.returns or t.transfers else ""
        return " ".join(labels.tr(labels.FLAG_TAGS, f) for f in TAG_FLAGS if getattr(t, f))

    def year(self) -> int:
        """The clock's year in the center's zone (due times in another year show it)."""
        year, start, end = self._year
        if not start <= self.now < end:
            year = labels.year_of(self.now, self.tz)
            first = datetime(year, 1, 1, tzinfo=self.tz).timestamp()
            self._year = (year, first, datetime(year + 1, 1, 1, tzinfo=self.tz).timestamp())
        return year

    # --- lookups ----------------------------------------------------------------------
    def ticket_at(self, row: int) -> BoardTicket:
        return self._entries[row][1]

    def row_of(self, number: str) -> int | None:
        key = self._placed.get(number)
        return None if key is None else self._find(key)

    def numbers(self) -> list[str]:
        return [t.number for _, t in self._entries]

    def tickets(self) -> Iterator[BoardTicket]:
        return (t for _, t in self._entries)

    def _key(self, t: BoardTicket) -> Key:
        return SORT_KEYS[self.sort_column](t, self.now)

    def _find(self, key: Key) -> int:
        """The row where ``key`` stands or would stand (binary search, either order)."""
        entries, lo, hi = self._entries, 0, len(self._entries)
        if not self.descending:
            return bisect_left(entries, key, key=itemgetter(0))
        while lo < hi:
            mid = (lo + hi) // 2
            before = entries[mid][0] > key if self.descending else entries[mid][0] < key
            lo, hi = (mid + 1, hi) if before else (lo, mid)
        return lo

    # --- applying changes -------------------------------------------------------------
    def apply(self, delta: BoardDelta, now: float) -> None:
        """Take a delta from the database worker into the board, as of ``now``."""
        self.loaded = True
        self.now = max(self.now, now)
        inserts = [t for t in delta.upserts if t.number not in self._placed]
        removes = [n for n in delta.removed if n in self._placed]
        if not self._entries and inserts:
            with paused_gc():
                self._fill(inserts)
            gc.freeze()  # the board lives all day: keep full collections from walking it
        elif len(inserts) + len(removes) > BULK:
            with paused_gc():
                self._bulk(delta.upserts, removes)
        else:
            for number in removes:
                self._remove(number)
            for t in delta.upserts:
                if t.number in self._placed:
                    self._update(t)
                else:
                    self._insert(t)
        self.countsChanged.emit()

    def _fill(self, tickets: Sequence[BoardTicket]) -> None:
        entries = sorted(((self._key(t), t) for t in tickets), key=itemgetter(0))
        if self.descending:
            entries.reverse()
        self.beginInsertRows(QModelIndex(), 0, len(entries) - 1)
        self._entries = entries
        self._placed = {t.number: k for k, t in entries}
        self.endInsertRows()
        self.tally.put_many(tickets, self.now)

    def _insert(self, t: BoardTicket) -> None:
        key = self._key(t)
        row = self._find(key)
        self.beginInsertRows(QModelIndex(), row, row)
        self._entries.insert(row, (key, t))
        self._placed[t.number] = key
        self.endInsertRows()
        self.tally.put(t, self.now)

    def _remove(self, number: str) -> BoardTicket:
        row = self._find(self._placed[number])
        self.beginRemoveRows(QModelIndex(), row, row)
        _, t = self._entries.pop(row)
        del self._placed[number]
        self.endRemoveRows()
        self._misplaced.discard(number)
        self.tally.drop(number)
        return t

    def _update(self, t: BoardTicket) -> None:
        placed = self._placed[t.number]
        row = self._find(placed)
        self._entries[row] = (placed, t)
        if self._key(t) != placed:
            self._misplaced.add(t.number)
        self.tally.put(t, self.now)
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(Col) - 1))

    def _bulk(self, upserts: Sequence[BoardTicket], removes: Sequence[str]) -> None:
        """Many rows at once: append the new ones, re-sort in one layout change with the
        leaving ones last, then cut them off — three signals instead of thousands."""
        fresh = {t.number: t for t in upserts}
        new = [t for t in upserts if t.number not in self._placed]
        if new:
            start = len(self._entries)
            self.beginInsertRows(QModelIndex(), start, start + len(new) - 1)
            self._entries.extend(((), t) for t in new)
            self.endInsertRows()
        gone = set(removes)
        tickets = [fresh.get(t.number, t) for _, t in self._entries]
        self._relayout(tickets, gone)
        if gone:
            keep = len(self._entries) - len(gone)
            self.beginRemoveRows(QModelIndex(), keep, len(self._entries) - 1)
            del self._entries[keep:]
            self.endRemoveRows()
        for number in gone:
            self._placed.pop(number, None)
            self.tally.drop(number)
        self.tally.put_many(upserts, self.now)

    def _relayout(self, tickets: list[BoardTicket], last: Collection[str] = ()) -> None:
        """Put every row in its place (leaving ``last`` at the end) in one layout change."""
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self._entries[p.row()][1].number for p in persistent]
        staying = [(self._key(t), t) for t in tickets if t.number not in last]
        staying.sort(key=itemgetter(0), reverse=self.descending)
        leaving = [((), t) for t in tickets if t.number in last]
        self._entries = staying + leaving
        self._placed = {t.number: k for k, t in staying}
        self._misplaced.clear()
        rows = {t.number: i for i, (_, t) in enumerate(self._entries)}
        self.changePersistentIndexList(
            persistent,
            [self.index(rows[n], p.column()) for n, p in zip(held, persistent, strict=True)],
        )
        self.layoutChanged.emit()

    # --- time and order ---------------------------------------------------------------
    def tick(self, now: float) -> list[int]:
        """Move the board's clock; repaint the state of tickets that changed state and
        return their rows. Countdown cells are refreshed by the view (visible rows only)."""
        self.now = now
        changed = self.tally.advance(now)
        rows = []
        for number in changed:
            row = self.row_of(number)
            if row is not None:
                rows.append(row)
                first, last = self.index(row, Col.STATE), self.index(row, Col.COUNTDOWN)
                self.dataChanged.emit(first, last, [Qt.ItemDataRole.DisplayRole, Role.STATE])
        if changed:
            if self.sort_column == Col.STATE:
                self._misplaced.update(changed)
            self.countsChanged.emit()
        return rows

    def refresh_countdowns(self, first: int, last: int) -> None:
        """Repaint the countdown cells of rows ``first``..``last`` (and nothing else)."""
        self.dataChanged.emit(
            self.index(first, Col.COUNTDOWN),
            self.index(last, Col.COUNTDOWN),
            [Qt.ItemDataRole.DisplayRole, Role.REMAINING],
        )

    @property
    def misplaced(self) -> int:
        return len(self._misplaced)

    def settle(self, budget: int = 50) -> int:
        """Move up to ``budget`` misplaced rows to their places; how many still wait."""
        waiting = [n for n in self._misplaced if n not in self.pinned]
        if len(waiting) > BULK:
            with paused_gc():
                self._relayout([t for _, t in self._entries])
            return 0
        for number in waiting[:budget]:
            self._misplaced.discard(number)
            self._insert(self._remove(number))
        return len(self._misplaced) - len(self.pinned & self._misplaced)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        col, desc = Col(column), order == Qt.SortOrder.DescendingOrder
        if (col, desc) == (self.sort_column, self.descending) and not self._misplaced:
            return
        self.sort_column, self.descending = col, desc
        with paused_gc():
            self._relayout([t for _, t in self._entries])
