"""Live KPI counts for the open board: tickets by state and by flag.

A ticket's state changes only when the first of its deadlines crosses a line
(``BoardTicket.next_change``), so the tally keeps those moments in a heap and the 1 Hz
tick looks only at the tickets whose moment has come.
"""

from __future__ import annotations

import heapq
from collections.abc import Collection, Iterable
from dataclasses import dataclass

from sortedcontainers import SortedList

from console.board import NEVER, BoardTicket
from console.states import State

_STATES = tuple(State)


@dataclass(frozen=True)
class BoardCounts:
    """The KPI strip's live counts (the figures that need only the open board)."""

    open: int = 0
    ok: int = 0
    warning: int = 0
    critical: int = 0
    overdue: int = 0
    shuffled: int = 0
    disputed: int = 0
    escalated: int = 0


class BoardTally:
    """Counts by state and flag, kept current as tickets change and as time passes.

    Each ticket's next state change sits in a heap, so :meth:`advance` touches only the
    tickets whose state changed: the 1 Hz tick stays cheap at 100,000 open tickets.
    """

    def __init__(self) -> None:
        self._tickets: dict[str, tuple[BoardTicket, State, int]] = {}
        self._heap: list[tuple[float, int, str]] = []
        self._gen = 0
        self._states = [0, 0, 0, 0]
        self._flags = dict.fromkeys(("shuffled", "disputed", "escalated"), 0)
        # Tickets past OK (warning, critical, overdue) as of the last advance: the wall's
        # urgent page picks from these, not from the whole board, every second; kept in
        # order of their next deadline too (``most_urgent``): a sorted list of short
        # blocks, as a plain sorted list moved ~20,000 entries on each insert or removal
        # at 100,000 open (~2 a tick), the tick's largest source of cache misses
        self._attention: dict[str, BoardTicket] = {}
        self._by_due: SortedList = SortedList()

    def __len__(self) -> int:
        return len(self._tickets)

    def state_of(self, number: str) -> State | None:
        entry = self._tickets.get(number)
        return None if entry is None else entry[1]

    def put(self, t: BoardTicket, now: float) -> None:
        self.drop(t.number)
        self._add(t, now)
        moment = t.next_change(now)
        if moment != NEVER:
            heapq.heappush(self._heap, (moment, self._gen, t.number))

    def put_many(self, tickets: Iterable[BoardTicket], now: float) -> None:
        """Many tickets at once (the first read of a board): one heapify, not n pushes."""
        known, heap, states = self._tickets, self._heap, self._states
        shuffled = disputed = escalated = 0
        attending = False
        gen = self._gen
        for t in tickets:
            if t.number in known:
                self.drop(t.number)
            band = t.band(now)
            gen += 1
            known[t.number] = (t, _STATES[band], gen)
            states[band] += 1
            if band:
                self._attention[t.number] = t
                attending = True
            shuffled += t.shuffled
            disputed += t.disputed
            escalated += t.escalated
            moment = t.next_change(now)
            if moment != NEVER:
                heap.append((moment, gen, t.number))
        self._gen = gen
        self._flags["shuffled"] += shuffled
        self._flags["disputed"] += disputed
        self._flags["escalated"] += escalated
        heapq.heapify(heap)
        if attending:  # one sort, not an insertion each
            self._by_due = SortedList((t.due, n) for n, t in self._attention.items())

    def _add(self, t: BoardTicket, now: float) -> None:
        state = t.state(now)
        self._gen += 1
        self._tickets[t.number] = (t, state, self._gen)
        self._states[state] += 1
        if state is not State.OK:
            self._attend(t)
        flags = self._flags
        flags["shuffled"] += t.shuffled
        flags["disputed"] += t.disputed
        flags["escalated"] += t.escalated

    def drop(self, number: str) -> None:
        entry = self._tickets.pop(number, None)
        if entry is not None:
            t, state, _ = entry
            self._states[state] -= 1
            self._unattend(number)
            flags = self._flags
            flags["shuffled"] -= t.shuffled
            flags["disputed"] -= t.disputed
            flags["escalated"] -= t.escalated

    def clear(self) -> None:
        self.__init__()  # type: ignore[misc]

    def advance(self, now: float) -> list[str]:
        """Move the clock on; the numbers of tickets whose state changed."""
        changed: list[str] = []
        heap = self._heap
        while heap and heap[0][0] <= now:
            _, gen, number = heapq.heappop(heap)
            entry = self._tickets.get(number)
            if entry is None or entry[2] != gen:
                continue  # dropped or put again since: a stale entry
            t, old, _ = entry
            state = t.state(now)
            if state != old:
                self._states[old] -= 1
                self._states[state] += 1
                self._tickets[number] = (t, state, gen)
                if state is State.OK:
                    self._unattend(number)
                elif old is State.OK:
                    self._attend(t)
                changed.append(number)
            self._schedule(t, now, gen)
        if len(heap) > 4 * len(self._tickets) + 1024:  # stale entries pile up; rebuild
            self._heap = [e for e in heap if self._live(e)]
            heapq.heapify(self._heap)
        return changed

    def needing_attention(self) -> Collection[BoardTicket]:
        """Tickets in warning, critical or overdue as of the last :meth:`advance`."""
        return self._attention.values()

    def most_urgent(self, now: float, n: int) -> list[BoardTicket]:
        """The ``n`` tickets needing attention that come first by ``urgency_key`` at
        ``now`` (worst state, then the soonest deadline, then the number): what
        ``heapq.nsmallest`` over all of them gives, walking them in deadline order
        instead - the overdue come first and are that order's head (~12 ms a second on
        the wall's UI thread at 27,000 needing attention, by a key for each)."""
        attention = self._attention
        # by band: overdue (the head of the deadline order: due before now), critical,
        # warning, and on track (only for a moment before the tally's: never the case)
        bands: tuple[list[BoardTicket], ...] = ([], [], [], [])
        worst, critical = bands[3], bands[2]
        for _, number in self._by_due:
            t = attention[number]
            band = t.band(now)
            found = bands[band]
            if band >= 2:
                found.append(t)
                if len(worst) + len(critical) == n:
                    break
            elif len(found) < n:
                found.append(t)
        return (worst + critical + bands[1] + bands[0])[:n]

    def _attend(self, t: BoardTicket) -> None:
        old = self._attention.get(t.number)
        if old is not None:
            self._forget_due(old)
        self._attention[t.number] = t
        self._by_due.add((t.due, t.number))

    def _unattend(self, number: str) -> None:
        old = self._attention.pop(number, None)
        if old is not None:
            self._forget_due(old)

    def _forget_due(self, t: BoardTicket) -> None:
        self._by_due.remove((t.due, t.number))

    def counts(self) -> BoardCounts:
        s = self._states
        return BoardCounts(len(self._tickets), s[0], s[1], s[2], s[3], **self._flags)

    def _schedule(self, t: BoardTicket, now: float, gen: int) -> None:
        moment = t.next_change(now)
        if moment != NEVER:
            heapq.heappush(self._heap, (moment, gen, t.number))

    def _live(self, entry: tuple[float, int, str]) -> bool:
        found = self._tickets.get(entry[2])
        return found is not None and found[2] == entry[1]
