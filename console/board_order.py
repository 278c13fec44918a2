"""The board's row order, without Qt: which row each open ticket stands in, and the row
operations that keep it so as tickets change and time passes.

The order is kept here rather than in a sorting proxy (a ``QSortFilterProxyModel`` sorting
100,000 rows through Python ``data()`` calls would take seconds). Rows are found by
binary search on each ticket's sort key as it was *placed*. A changed ticket is updated
where it stands; when its key moved, it is *misplaced* and :meth:`BoardOrder.settle`
moves it to its new place a little later, in small batches, leaving the ticket the
supervisor has selected where it is (:attr:`BoardOrder.pinned`).

Every change is a row operation (:data:`RowOp`) handed out one at a time by a generator:
the caller announces it (the Qt model's ``begin…`` call), applies it with
:meth:`BoardOrder.commit`, finishes it (``end…``), and only then asks for the next one,
which is worked out on the rows as they now are. Without a display, a loop of
``commit`` calls does the same.
"""

from __future__ import annotations

import gc
from bisect import bisect_left
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from itertools import chain, pairwise
from operator import itemgetter
from typing import Any

from console.board import BoardDelta, BoardTicket, paused_gc, urgency_key
from console.board_tally import BoardTally

Key = tuple[Any, ...]
SortKey = Callable[[BoardTicket, float], Key]
Entry = tuple[Key, BoardTicket]  # a row: the key it was placed by, and the ticket
BULK = 300  # row inserts/removals above which one re-layout is cheaper than row events


@dataclass(frozen=True, slots=True)
class InsertRows:
    """New rows at ``first`` onwards. Rows a bulk change appends unplaced (key ``()``)
    are placed by the re-layout that follows."""

    first: int
    entries: list[Entry]

    @property
    def last(self) -> int:
        return self.first + len(self.entries) - 1


@dataclass(frozen=True, slots=True)
class RemoveRows:
    """Rows ``first`` to ``last`` (inclusive) go."""

    first: int
    last: int


@dataclass(frozen=True, slots=True)
class ChangeRow:
    """The ticket at ``row`` changed and stays where it stands."""

    row: int
    entry: Entry


@dataclass(frozen=True, slots=True)
class Relayout:
    """Every row anew, in one go (a new sort, or many changes at once).

    ``placed`` None: every row was placed anew. Otherwise only the rows in ``placed`` got
    a new place (their keys); ``settled`` were misplaced and are in place now, ``leaving``
    stand last, unplaced, for the removal that follows."""

    entries: list[Entry]
    placed: dict[str, Key] | None = None
    settled: frozenset[str] = frozenset()
    leaving: frozenset[str] = frozenset()
    whole: bool = False  # ``placed`` holds every row's key (a sort worked out elsewhere)
    changed: bool = False  # tickets changed too (a bulk change), not only their order
    # a new order (a sort): in force from the commit on, so that the rows are found by
    # the order they were placed by until then
    key: SortKey | None = None
    descending: bool = False

    def rows(self) -> dict[str, int]:
        """Each ticket's row after the re-layout."""
        return {t.number: i for i, (_, t) in enumerate(self.entries)}


RowOp = InsertRows | RemoveRows | ChangeRow | Relayout


@dataclass(frozen=True, slots=True)
class PreparedFill:
    """A first read of the board, ordered by urgency and counted as of ``now`` by
    :func:`prepare_fill` where it was read (the database reader's thread), so that the UI
    thread only takes it in: 100,000 rows keyed, sorted and counted take half a second."""

    now: float
    entries: list[Entry]
    tally: BoardTally


def prepare_fill(tickets: Sequence[BoardTicket], now: float) -> PreparedFill:
    with paused_gc():
        entries = [(urgency_key(t, now), t) for t in tickets]
        entries.sort(key=itemgetter(0))
        tally = BoardTally()
        tally.put_many(tickets, now)
    return PreparedFill(now, entries, tally)


def find(entries: Sequence[Entry], key: Key, descending: bool) -> int:
    """Where ``key`` stands or would stand among ``entries`` (placed keys, in order)."""
    if not descending:
        return bisect_left(entries, key, key=itemgetter(0))
    lo, hi = 0, len(entries)
    while lo < hi:
        mid = (lo + hi) // 2
        lo, hi = (mid + 1, hi) if entries[mid][0] > key else (lo, mid)
    return lo


class BoardOrder:
    """Every open ticket, one row each, in the order of :attr:`key` (reversed when
    :attr:`descending`), with the live counts (:attr:`tally`) kept alongside."""

    def __init__(self, key: SortKey = urgency_key, descending: bool = False) -> None:
        self.now = 0.0  # epoch seconds of the last tick: the order is "as of" it
        self.tally = BoardTally()
        self.pinned: set[str] = set()
        self.key = key
        self.descending = descending
        self.clocked = key is urgency_key  # the order moves as time passes
        self._entries: list[Entry] = []  # in row order
        self._placed: dict[str, Key] = {}  # the key each ticket was placed by
        self._misplaced: set[str] = set()
        self._journal: set[str] | None = None  # tickets touched since a snapshot

    # --- reading ------------------------------------------------------------------------
    def __len__(self) -> int:
        return len(self._entries)

    def ticket_at(self, row: int) -> BoardTicket:
        return self._entries[row][1]

    def row_of(self, number: str) -> int | None:
        key = self._placed.get(number)
        return None if key is None else self._find(key)

    def numbers(self) -> list[str]:
        return [t.number for _, t in self._entries]

    def tickets(self) -> Iterator[BoardTicket]:
        return (t for _, t in self._entries)

    @property
    def misplaced(self) -> int:
        return len(self._misplaced)

    def waiting(self) -> int:
        """Misplaced rows that the next :meth:`settle` may move (the pinned stay)."""
        return len(self._misplaced) - len(self.pinned & self._misplaced)

    def _key(self, t: BoardTicket) -> Key:
        return self.key(t, self.now)

    def _find(self, key: Key) -> int:
        """The row where ``key`` stands or would stand (binary search, either order)."""
        return find(self._entries, key, self.descending)

    def row_of_entry(self, entry: Entry) -> int:
        """The row of a placed entry (as :meth:`entry_at` or :meth:`entries` gave it)."""
        return find(self._entries, entry[0], self.descending)

    def entry_at(self, row: int) -> Entry:
        return self._entries[row]

    def placed_keys(self) -> dict[str, Key]:
        """Each ticket's key as placed (read it, never change it)."""
        return self._placed

    def entries(self) -> list[Entry]:
        """The rows themselves, in order (read them, never change them)."""
        return self._entries

    # --- applying a row operation -------------------------------------------------------
    def commit(self, op: RowOp) -> None:
        """Apply ``op`` to the rows (between the model's ``begin…`` and ``end…``); from
        here on :meth:`row_of` and :meth:`ticket_at` answer for the new rows."""
        if self._journal is not None:
            self._note(op)
        if isinstance(op, InsertRows):
            self._entries[op.first : op.first] = op.entries
            self._placed.update((t.number, k) for k, t in op.entries if k)
        elif isinstance(op, RemoveRows):
            for _, t in self._entries[op.first : op.last + 1]:
                self._placed.pop(t.number, None)
            del self._entries[op.first : op.last + 1]
        elif isinstance(op, ChangeRow):
            self._entries[op.row] = op.entry
        elif op.placed is None or op.whole:
            if op.key is not None:
                self.key, self.descending = op.key, op.descending
                self.clocked = op.key is urgency_key
            self._entries = op.entries
            self._placed = op.placed or {t.number: k for k, t in op.entries if k}
            self._misplaced.clear()
        else:
            self._entries = op.entries
            self._placed.update(op.placed)
            for number in op.leaving:
                del self._placed[number]
            self._misplaced -= op.settled

    # --- a sort worked out elsewhere -------------------------------------------------------
    def snapshot(self) -> list[Entry]:
        """A copy of the rows for a sort worked out elsewhere (:meth:`resort`); from now
        on the tickets that rows change for are noted."""
        self._journal = set()
        return list(self._entries)

    def _note(self, op: RowOp) -> None:
        journal = self._journal
        assert journal is not None
        if isinstance(op, InsertRows):
            journal.update(t.number for _, t in op.entries)
        elif isinstance(op, RemoveRows):
            journal.update(t.number for _, t in self._entries[op.first : op.last + 1])
        elif isinstance(op, ChangeRow):
            journal.add(op.entry[1].number)
        elif op.placed is not None and not op.whole:
            journal.update(op.placed)
            journal.update(op.leaving)

    def resort(
        self, key: SortKey, descending: bool, entries: list[Entry], placed: dict[str, Key]
    ) -> Iterator[RowOp]:
        """Order by ``key`` with ``entries`` and their ``placed`` keys, sorted elsewhere from
        the last :meth:`snapshot`: the tickets touched since are taken out and placed anew
        as they are now."""
        touched, self._journal = self._journal or set(), None
        there = [n for n in touched if n in self._placed]
        now_there = [self._entries[row][1] for row in self._rows_of(there)]
        with paused_gc():
            if touched:
                for number in touched:
                    placed.pop(number, None)
                staying = [e for e in entries if e[1].number not in touched]
                arriving = [(key(t, self.now), t) for t in now_there]
                placed.update((t.number, k) for k, t in arriving)
                entries = self._merged(staying, arriving, descending)
            yield Relayout(entries, placed, whole=True, key=key, descending=descending)

    # --- changes ------------------------------------------------------------------------
    def apply(self, delta: BoardDelta, now: float) -> Iterator[RowOp]:
        """The row operations that take ``delta`` from the database into the board."""
        self.now = max(self.now, now)
        inserts = [t for t in delta.upserts if t.number not in self._placed]
        removes = [n for n in delta.removed if n in self._placed]
        if not self._entries and inserts:
            with paused_gc():
                yield from self._fill(inserts, delta.prepared)
            gc.freeze()  # the board lives all day: keep full collections from walking it
        elif len(inserts) + len(removes) > BULK:
            with paused_gc():
                yield from self._bulk(delta.upserts, removes)
        else:
            for number in removes:
                yield from self._remove(number)
            if len({t.number for t in inserts}) < len(inserts):  # one twice: in, then changed
                for t in delta.upserts:
                    yield from (self._update if t.number in self._placed else self._insert)(t)
                return
            for t in delta.upserts:
                if t.number in self._placed:
                    yield from self._update(t)
            if inserts:
                yield from self._insert_runs(inserts)

    def tick(self, now: float) -> tuple[list[int], bool]:
        """Move the clock: the rows of tickets whose state changed, and whether any did
        (the counts moved)."""
        self.now = now
        changed = self.tally.advance(now)
        if self._journal is not None:  # a state is part of the urgency order's key
            self._journal.update(changed)
        rows = [row for row in map(self.row_of, changed) if row is not None]
        if changed and self.clocked:
            self._misplaced.update(changed)
        return rows, bool(changed)

    def settle(self, budget: int = 50) -> Iterator[RowOp]:
        """Move up to ``budget`` misplaced rows to their places (see :meth:`waiting`)."""
        waiting = [n for n in self._misplaced if n not in self.pinned]
        if len(waiting) > BULK:
            with paused_gc():
                yield from self._resettle(waiting)
            return
        for number in waiting[:budget]:
            self._misplaced.discard(number)
            yield from self._move(number)

    def sort(self, key: SortKey, descending: bool) -> Iterator[RowOp]:
        """Order by ``key`` from now on (nothing to do when it is the order already)."""
        if (key, descending) == (self.key, self.descending) and not self._misplaced:
            return
        with paused_gc():
            entries = [(key(t, self.now), t) for _, t in self._entries]
            entries.sort(key=itemgetter(0), reverse=descending)
            yield Relayout(entries, key=key, descending=descending)

    # --- the operations -----------------------------------------------------------------
    def _fill(self, tickets: Sequence[BoardTicket], prepared: object = None) -> Iterator[RowOp]:
        if (
            isinstance(prepared, PreparedFill)
            and self.key is urgency_key
            and not self.descending
            and not self.tally
            and len(prepared.entries) == len(tickets)
            and prepared.now <= self.now
        ):
            # ordered and counted as of when it was read: the states that changed since
            # are the tally's to find (its next advance), and their rows then move
            self.tally = prepared.tally
            changed = self.tally.advance(self.now)
            self._misplaced.update(changed)
            yield InsertRows(0, prepared.entries)
            return
        entries = sorted(((self._key(t), t) for t in tickets), key=itemgetter(0))
        if self.descending:
            entries.reverse()
        self.tally.put_many(tickets, self.now)
        yield InsertRows(0, entries)

    # The counts change with the rows, before the row operation is handed out: whatever
    # reads the tally while the model announces the rows (the KPI tiles, the status bar)
    # reads the counts of the rows as they are about to be.
    def _insert(self, t: BoardTicket) -> Iterator[RowOp]:
        key = self._key(t)
        self.tally.put(t, self.now)
        yield InsertRows(self._find(key), [(key, t)])

    def _insert_runs(self, tickets: list[BoardTicket]) -> Iterator[RowOp]:
        """New tickets in as few row inserts as there are places they go to: those that
        fall between the same two rows go in together (tickets made at the same time
        mostly do), one insert's signals and the view's work instead of one each."""
        arriving = sorted(((self._key(t), t) for t in tickets), key=itemgetter(0))
        if self.descending:
            arriving.reverse()
        runs: list[list[Entry]] = []
        at = -1
        for entry in arriving:
            row = self._find(entry[0])  # among the rows before any of these goes in
            if row != at:
                runs.append([])
                at = row
            runs[-1].append(entry)
        for run in runs:
            for _, t in run:
                self.tally.put(t, self.now)
            # where it goes now that the runs before it (above it) are in
            yield InsertRows(self._find(run[0][0]), run)

    def _remove(self, number: str) -> Iterator[RowOp]:
        row = self._find(self._placed[number])
        self._misplaced.discard(number)
        self.tally.drop(number)
        yield RemoveRows(row, row)

    def _move(self, number: str) -> Iterator[RowOp]:
        """A row to its new place: out, and in again. The ticket never leaves the board,
        so the counts are not touched (taking it out of the tally and back in left the
        KPI tiles one short, read between the two, until the next change)."""
        row = self._find(self._placed[number])
        t = self._entries[row][1]
        yield RemoveRows(row, row)
        key = self._key(t)
        yield InsertRows(self._find(key), [(key, t)])

    def _update(self, t: BoardTicket) -> Iterator[RowOp]:
        placed = self._placed[t.number]
        if self._key(t) != placed:
            self._misplaced.add(t.number)
        self.tally.put(t, self.now)
        yield ChangeRow(self._find(placed), (placed, t))

    def _bulk(self, upserts: Sequence[BoardTicket], removes: Sequence[str]) -> Iterator[RowOp]:
        """Many rows at once: append the new ones, place them in one layout change with the
        leaving ones last, then cut those off — three operations instead of thousands.
        Changed tickets stay where they stand (misplaced when their key moved), as one
        change at a time does; only the new rows are placed, merged into the others."""
        gone = set(removes)
        fresh = {t.number: t for t in upserts if t.number in self._placed and t.number not in gone}
        new = [t for t in upserts if t.number not in self._placed]
        for number in gone:
            self.tally.drop(number)
        self.tally.put_many(upserts, self.now)
        rows, count = self._rows_of(gone), len(self._entries)
        if new:
            yield InsertRows(count, [((), t) for t in new])
        old = self._entries[:count]
        staying = self._without(old, rows)
        if self._journal is not None:
            self._journal.update(fresh)
        for number, t in fresh.items():
            key = self._placed[number]
            staying[find(staying, key, self.descending)] = (key, t)
            if self._key(t) != key:
                self._misplaced.add(number)
        self._misplaced -= gone
        arriving = [(self._key(t), t) for t in new]
        leaving: list[Entry] = [((), old[row][1]) for row in rows]
        placed = {t.number: k for k, t in arriving}
        merged = self._merged(staying, arriving, self.descending) + leaving
        yield Relayout(merged, placed, leaving=frozenset(gone), changed=True)
        if gone:
            yield RemoveRows(len(self._entries) - len(gone), len(self._entries) - 1)

    def _resettle(self, numbers: Sequence[str]) -> Iterator[RowOp]:
        """Many misplaced rows to their places in one layout change: taken out and merged
        back in (the rows in place are not sorted again)."""
        rows = self._rows_of(numbers)
        moving = [(self._key(self._entries[row][1]), self._entries[row][1]) for row in rows]
        merged = self._merged(self._without(self._entries, rows), moving, self.descending)
        placed = {t.number: k for k, t in moving}
        yield Relayout(merged, placed, settled=frozenset(numbers))

    def _rows_of(self, numbers: Collection[str]) -> list[int]:
        return sorted(self._find(self._placed[n]) for n in numbers)

    @staticmethod
    def _without(entries: list[Entry], rows: list[int]) -> list[Entry]:
        """``entries`` less the (ascending) ``rows``: slices, not a pass per row."""
        if not rows:
            return list(entries)
        ends = [-1, *rows, len(entries)]
        return list(chain.from_iterable(entries[a + 1 : b] for a, b in pairwise(ends)))

    @staticmethod
    def _merged(staying: list[Entry], arriving: list[Entry], descending: bool) -> list[Entry]:
        """``staying`` (in order) with each of ``arriving`` in its place."""
        arriving.sort(key=itemgetter(0), reverse=descending)
        parts: list[list[Entry]] = []
        start = 0
        for entry in arriving:
            at = find(staying, entry[0], descending)
            parts += (staying[start:at], [entry])
            start = at
        parts.append(staying[start:])
        return list(chain.from_iterable(parts))
