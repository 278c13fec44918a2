"""The board's table model: a thin Qt adapter over the open tickets, in board order.

The order itself — rows, binary search, settling of moved rows, the pinned selected
row — is :class:`console.board_order.BoardOrder`, without Qt; this model turns its row
operations into Qt's: ``beginInsertRows``/``beginRemoveRows``, a one-row
``dataChanged``, a layout change — never a reset, so selection and scroll position
survive. The proxy above it only filters.
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from enum import IntEnum
from itertools import islice
from operator import itemgetter
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtCore import Signal as QtSignal

from console.board import NEVER, BoardDelta, BoardTicket, urgency_key
from console.board_order import (
    BoardOrder,
    ChangeRow,
    Entry,
    InsertRows,
    Key,
    Relayout,
    RemoveRows,
    RowOp,
    SortKey,
)
from console.board_tally import BoardTally
from console.vocabulary import FLAGS, PROPOSED
from widgets import labels
from widgets.collation import Ranks
from widgets.i18n import current_language
from widgets.in_steps import BIG_BOARD, InSteps, Work

Index = QModelIndex | QPersistentModelIndex
ASYNC_ROWS = BIG_BOARD  # from this many rows on, a sort is worked out in steps
MANY_ROWS = 64  # rows changed at once from which one signal for them all is cheaper
STEP = 2500  # rows keyed, merged or freed between two steps of a sort
SORT_STEP = 5000  # rows sorted at once (a list.sort cannot be cut)


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


LAST_COL = len(Col) - 1


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


_STATE_ROLES = [Qt.ItemDataRole.DisplayRole, Role.STATE]  # a tick's change of state

SORT_KEYS: dict[Col, Callable[[BoardTicket, float], Key]] = {
    Col.NUMBER: lambda t, now: (t.number,),
    Col.STATE: urgency_key,
    Col.COUNTDOWN: lambda t, now: (t.due, t.replied, t.number),  # no deadline, then met
    Col.DUE: lambda t, now: (t.due, t.number),
    Col.URGENCY: lambda t, now: (not t.urgent, t.due, t.number),
    Col.CATEGORY: lambda t, now: (t.category, t.due, t.number),
    Col.TITLE: lambda t, now: (t.title, t.number),
    Col.UNIT: lambda t, now: (t.unit_name, t.due, t.number),
    Col.DISTRICT: lambda t, now: (t.district, t.due, t.number),
    Col.MOVES: lambda t, now: (-(t.returns + t.transfers), -t.returns, t.due, t.number),
    Col.FLAGS: lambda t, now: (
        -(t.shuffled + t.disputed + t.escalated + len(t.offices)),
        -t.urges,
        t.due,
        t.number,
    ),
}


def sort_key(col: Col, language: str, tickets: Iterable[BoardTicket]) -> SortKey:
    """Titles in Chinese sort by pinyin (QCollator) where the console speaks Chinese;
    every other column by its values. (Any thread: the collator is its own.)"""
    if col != Col.TITLE or not language.startswith("zh"):
        return SORT_KEYS[col]
    ranks = Ranks(language)
    ranks.rebuild(t.title for t in tickets)
    return lambda t, now: (ranks.rank(t.title), t.title, t.number)


def sort_steps(col: Col, language: str, rows: list[Entry], now: float, descending: bool) -> Work:
    """``rows`` keyed and sorted by ``col``, yielding every few thousand rows: sorted in
    parts, merged. Returns the key, the rows and each ticket's key."""
    key = sort_key(col, language, (t for _, t in rows))
    yield
    parts: list[list[Entry]] = []
    for i in range(0, len(rows), SORT_STEP):
        part = [(key(t, now), t) for _, t in rows[i : i + SORT_STEP]]
        yield
        part.sort(key=itemgetter(0), reverse=descending)
        parts.append(part)
        yield
    merger = heapq.merge(*parts, key=itemgetter(0), reverse=descending)
    entries: list[Entry] = []
    while part := list(islice(merger, STEP)):
        entries += part
        yield
    placed: dict[str, Key] = {}
    for i in range(0, len(entries), STEP):
        placed.update((t.number, k) for k, t in entries[i : i + STEP])
        yield
    return key, entries, placed


class BoardModel(QAbstractTableModel):
    """Every open ticket, one row each, in the order of :attr:`sort_column`."""

    countsChanged = QtSignal()  # the tally moved (tickets changed or states passed)

    def __init__(self, tz: Any, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.sort_column = Col.STATE
        self.order = BoardOrder(SORT_KEYS[self.sort_column])
        self.loaded = False  # a first read of the board has arrived
        self._year = (0, 0.0, -1.0)  # the clock's year, from and until (epoch seconds)
        self._sorter = InSteps("board-sort", self)
        self._releaser = InSteps("board-release", self)
        self._retired: list[list[Entry] | dict[str, Key]] = []
        self.reordering = False  # the layout change under way moves rows only
        # tickets with an open proposal of the escalation ladder (computed elsewhere, not
        # a ticket's stored flag): shown in the flags column as the "proposed" flag
        self.proposed: frozenset[str] = frozenset()

    # the order's state, as the views and the window read it
    @property
    def now(self) -> float:
        """Epoch seconds of the last tick: every cell is painted "as of" it."""
        return self.order.now

    @now.setter
    def now(self, now: float) -> None:
        self.order.now = now

    @property
    def pinned(self) -> set[str]:
        """The rows that stay where they are while selected."""
        return self.order.pinned

    @pinned.setter
    def pinned(self, numbers: set[str]) -> None:
        self.order.pinned = numbers

    @property
    def tally(self) -> BoardTally:
        return self.order.tally

    @property
    def descending(self) -> bool:
        return self.order.descending

    # --- Qt model interface ---------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.order)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(Col)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        return self.value(index.row(), index.column(), role)

    def value(self, row: int, column: int, role: int) -> Any:
        """What :meth:`data` answers for the cell at ``row``, ``column`` (the filter asks
        here directly, without making an index of this model for every cell it paints)."""
        t = self.order.ticket_at(row)
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(Col(column), t)
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
            flags = [f for f in FLAGS if getattr(t, f)]
            return [*flags, PROPOSED] if t.number in self.proposed else flags
        if role == Qt.ItemDataRole.ToolTipRole and column in (Col.TITLE, Col.UNIT):
            return t.title if column == Col.TITLE else f"{t.unit_name} ({t.unit})"
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.COUNTDOWN:
            return labels.no_deadline_tip(t.replied) if t.due == NEVER else None
        if role == Qt.ItemDataRole.ToolTipRole and column == Col.FLAGS:
            tip = labels.flags_tip(t, t.number in self.proposed)
            return tip or None
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

    def text_of(self, column: int, t: BoardTicket) -> str:
        """The cell text of ``t`` in ``column`` (what :meth:`data` answers for display)."""
        return self._text(Col(column), t)

    def _text(self, col: Col, t: BoardTicket) -> str:
        if col == Col.NUMBER:
            return t.number
        if col == Col.STATE:
            return labels.tr(labels.STATES, t.state(self.now))
        if col == Col.COUNTDOWN:
            return labels.countdown(t.remaining(self.now), t.replied)
        if col == Col.DUE:
            return labels.local_time(t.due, self.tz, year=self.year(), due=True)
        if col == Col.URGENCY:
            return labels.tr(labels.FLAGS, "urgent") if t.urgent else ""
        if col == Col.CATEGORY:
            return labels.tr(labels.CATEGORIES, t.category)
        if col == Col.TITLE:
            return t.title
        if col == Col.UNIT:  # not dispatched yet: it waits at the center, on its reply clock
            return t.unit_name if t.unit else self.tr("at the center")
        if col == Col.DISTRICT:
            return t.district
        if col == Col.MOVES:
            return f"{t.returns} · {t.transfers}" if t.returns or t.transfers else ""
        return " ".join(labels.flag_tags(t, t.number in self.proposed))

    def set_proposed(self, numbers: set[str] | frozenset[str]) -> None:
        """Mark the tickets with an open proposal: repaints the flags cells that changed."""
        new = frozenset(numbers)
        moved, self.proposed = new ^ self.proposed, new
        roles = [Qt.ItemDataRole.DisplayRole, Role.FLAGS, Qt.ItemDataRole.ToolTipRole]
        if len(moved) > MANY_ROWS and len(self.order):
            # thousands at once (a first count on a big board): one signal for the column,
            # the views repaint what they show (a signal per row took a second at 100,000)
            top, bottom = self.index(0, Col.FLAGS), self.index(len(self.order) - 1, Col.FLAGS)
            self.dataChanged.emit(top, bottom, roles)
            return
        for number in moved:
            row = self.row_of(number)
            if row is not None:
                cell = self.index(row, Col.FLAGS)
                self.dataChanged.emit(cell, cell, roles)

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
        return self.order.ticket_at(row)

    def row_of(self, number: str) -> int | None:
        return self.order.row_of(number)

    def numbers(self) -> list[str]:
        return self.order.numbers()

    def tickets(self) -> Iterator[BoardTicket]:
        return self.order.tickets()

    # --- applying changes -------------------------------------------------------------
    def apply(self, delta: BoardDelta, now: float) -> None:
        """Take a delta from the database worker into the board, as of ``now``."""
        self.loaded = True
        self._run(self.order.apply(delta, now))
        self.countsChanged.emit()

    def _run(self, ops: Iterator[RowOp]) -> None:
        """Turn the order's row operations into Qt's, committing each in between."""
        for op in ops:
            if isinstance(op, InsertRows):
                self.beginInsertRows(QModelIndex(), op.first, op.last)
                self.order.commit(op)
                self.endInsertRows()
            elif isinstance(op, RemoveRows):
                self.beginRemoveRows(QModelIndex(), op.first, op.last)
                self.order.commit(op)
                self.endRemoveRows()
            elif isinstance(op, ChangeRow):
                self.order.commit(op)
                # createIndex: the row is there, and index() asks Python for the row and
                # column counts each time (a third of a changed row's cost)
                row = op.row
                self.dataChanged.emit(self.createIndex(row, 0), self.createIndex(row, LAST_COL))
            else:
                self._relayout(op)

    def _relayout(self, op: Relayout) -> None:
        # the filter reads whether only the order moves (then it keeps what it shows)
        self.reordering = not op.changed
        self.layoutAboutToBeChanged.emit()
        persistent = self.persistentIndexList()
        held = [self.order.ticket_at(p.row()).number for p in persistent]
        # the rows and keys a sort replaces are freed a part per turn: 100,000 of them
        # at once take 40 ms
        entries, placed = self.order.entries(), self.order.placed_keys()
        self.order.commit(op)
        if len(entries) >= ASYNC_ROWS:  # only what the order no longer holds
            if entries is not self.order.entries():
                self._retired.append(entries)
            if placed is not self.order.placed_keys():
                self._retired.append(placed)
            if self._retired and not self._releaser.busy:
                self._releaser.run(self._release_steps(), lambda _: None)
        rows = [self.order.row_of(n) for n in held]  # None: leaving (removed next)
        self.changePersistentIndexList(
            persistent,
            [
                QModelIndex() if row is None else self.index(row, p.column())
                for row, p in zip(rows, persistent, strict=True)
            ],
        )
        self.layoutChanged.emit()

    # --- time and order ---------------------------------------------------------------
    def tick(self, now: float) -> list[int]:
        """Move the board's clock; repaint the state of tickets that changed state and
        return their rows. Countdown cells are refreshed by the view (visible rows only)."""
        rows, changed = self.order.tick(now)
        for row in rows:  # createIndex: index() asks Python for the row and column counts
            first, last = self.createIndex(row, Col.STATE), self.createIndex(row, Col.COUNTDOWN)
            self.dataChanged.emit(first, last, _STATE_ROLES)
        if changed:
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
        return self.order.misplaced

    def settle(self, budget: int = 50) -> int:
        """Move up to ``budget`` misplaced rows to their places; how many still wait."""
        self._run(self.order.settle(budget))
        return self.order.waiting()

    @property
    def releasing(self) -> bool:
        """Rows a sort replaced are still being freed (a part per turn)."""
        return self._releaser.busy

    @property
    def sorting(self) -> bool:
        """A sort is being worked out (in steps)."""
        return self._sorter.busy

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Order the board by ``column``: at once, or on a big board worked out in steps
        (:mod:`widgets.in_steps`) from a copy of the rows and swapped in with one layout
        change (the rows changed meanwhile are placed anew then)."""
        col = Col(column)
        descending = order == Qt.SortOrder.DescendingOrder
        language = current_language()
        if len(self.order) < ASYNC_ROWS:
            self._sorter.cancel()
            self.sort_column = col
            self._run(self.order.sort(sort_key(col, language, self.order.tickets()), descending))
            return
        rows, now = self.order.snapshot(), self.now

        def swap(answer: tuple[SortKey, list[Entry], dict[str, Key]]) -> None:
            self.sort_column = col
            self._run(self.order.resort(answer[0], descending, answer[1], answer[2]))

        self._sorter.run(sort_steps(col, language, rows, now, descending), swap)

    def stop_work(self) -> None:
        """Stop a sort under way (idempotent): the order in force stays."""
        self._sorter.stop()
        self._releaser.stop()
        self._retired.clear()

    def _release_steps(self) -> Work:
        while self._retired:
            old = self._retired[-1]
            if isinstance(old, list):
                del old[-STEP:]
            else:
                for _ in range(min(STEP, len(old))):
                    old.popitem()
            if not old:
                self._retired.pop()
            yield
