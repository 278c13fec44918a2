"""The board's row order without Qt: its row operations describe exactly what changes,
binary search finds every ticket, settled rows are in order, the pinned row stays."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from console import board_order
from console.board import BoardDelta, BoardTicket, urgency_key
from console.board_order import (
    BoardOrder,
    ChangeRow,
    InsertRows,
    Relayout,
    RemoveRows,
    RowOp,
)
from tests.builders import board_ticket

T0 = 1_700_000_000.0


def ticket(number: str, due_in: float, window: float = 1800, **kw: Any) -> BoardTicket:
    return board_ticket(number, due_in, t0=T0, window=window, **kw)


class Mirror:
    """A view's idea of the rows, kept only from the row operations it is told of."""

    def __init__(self, order: BoardOrder) -> None:
        self.order = order
        self.rows: list[str] = order.numbers()
        self.ops: list[RowOp] = []

    def run(self, ops: Iterator[RowOp]) -> None:
        for op in ops:
            assert self.order.numbers() == self.rows  # worked out on the rows as they are
            self.ops.append(op)
            if isinstance(op, InsertRows):
                assert 0 <= op.first <= len(self.rows) and op.last >= op.first
                self.rows[op.first : op.first] = [t.number for _, t in op.entries]
            elif isinstance(op, RemoveRows):
                assert 0 <= op.first <= op.last < len(self.rows)
                del self.rows[op.first : op.last + 1]
            elif isinstance(op, ChangeRow):
                assert self.rows[op.row] == op.entry[1].number  # changed where it stands
            else:
                assert sorted(self.rows) == sorted(t.number for _, t in op.entries)
                self.rows = [t.number for _, t in op.entries]
            self.order.commit(op)
            assert self.order.numbers() == self.rows
            assert len(self.order) == len(self.rows)


def order_with(tickets: list[BoardTicket]) -> tuple[BoardOrder, Mirror]:
    order = BoardOrder()
    order.now = T0
    mirror = Mirror(order)
    mirror.run(order.apply(BoardDelta(1, tickets), T0))
    return order, mirror


def in_order(order: BoardOrder) -> bool:
    keys = [order.key(t, order.now) for t in order.tickets()]
    return keys == sorted(keys, reverse=order.descending)


def test_most_urgent_first_and_a_changed_ticket_settles() -> None:
    order, mirror = order_with([ticket("LATE", -60), ticket("SOON", 300), ticket("LATER", 1500)])
    assert order.numbers() == ["LATE", "SOON", "LATER"]
    assert [type(op) for op in mirror.ops] == [InsertRows]  # a first read: one insert
    mirror.run(order.apply(BoardDelta(2, [ticket("LATER", -5)]), T0))
    assert isinstance(mirror.ops[-1], ChangeRow) and mirror.ops[-1].row == 2
    assert order.numbers() == ["LATE", "SOON", "LATER"] and order.misplaced == 1
    mirror.run(order.settle())
    assert order.waiting() == 0
    assert order.numbers() == ["LATE", "LATER", "SOON"]
    assert [type(op) for op in mirror.ops[-2:]] == [RemoveRows, InsertRows]


def test_pinned_row_stays_until_released() -> None:
    order, mirror = order_with([ticket("A", 100), ticket("B", 200)])
    order.pinned = {"B"}
    mirror.run(order.apply(BoardDelta(2, [ticket("B", -10)]), T0))
    mirror.run(order.settle())
    assert order.numbers() == ["A", "B"] and order.misplaced == 1 and order.waiting() == 0
    order.pinned = set()
    assert order.waiting() == 1
    mirror.run(order.settle())
    assert order.numbers() == ["B", "A"] and order.misplaced == 0


def test_time_moves_tickets_out_of_place_only_in_the_urgency_order() -> None:
    order, mirror = order_with([ticket("A", 100), ticket("B", 1000, window=20_000)])
    rows, changed = order.tick(T0 + 150)  # A is overdue now: its state changed
    assert changed and rows == [0] and order.misplaced == 1
    mirror.run(order.sort(lambda t, now: (t.number,), descending=True))
    assert order.numbers() == ["B", "A"] and order.misplaced == 0
    assert isinstance(mirror.ops[-1], Relayout) and mirror.ops[-1].rows() == {"B": 0, "A": 1}
    order.tick(T0 + 2000)
    assert order.misplaced == 0  # the number order does not follow the clock
    assert list(order.sort(order.key, True)) == []  # already so: nothing to do


def test_many_changes_at_once_are_one_relayout(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(board_order, "BULK", 3)
    order, mirror = order_with([ticket(f"T{i}", 100 * i) for i in range(6)])
    delta = BoardDelta(2, [ticket(f"N{i}", 50 + 100 * i) for i in range(3)], ["T0", "T5"])
    mirror.run(order.apply(delta, T0))
    kinds = [type(op) for op in mirror.ops[1:]]
    assert kinds == [InsertRows, Relayout, RemoveRows]
    assert order.numbers() == ["N0", "T1", "N1", "T2", "N2", "T3", "T4"]
    assert all(order.row_of(n) == i for i, n in enumerate(order.numbers()))


# --- any sequence of changes ----------------------------------------------------------
NUMBERS = [f"N{i:02}" for i in range(24)]


def live_steps(changed: int, removed: int) -> tuple[st.SearchStrategy[Any], ...]:
    """What a live board meets: a delta (tickets changed or new with their due offsets,
    tickets gone), the clock's tick, a settle of moved rows."""
    return (
        st.tuples(
            st.just("delta"),
            st.lists(
                st.tuples(st.sampled_from(NUMBERS), st.integers(-3000, 6000)), max_size=changed
            ),
            st.lists(st.sampled_from(NUMBERS), max_size=removed),
        ),
        st.tuples(st.just("tick"), st.integers(0, 900)),
        st.tuples(st.just("settle"), st.integers(1, 5)),
    )


steps = st.lists(
    st.one_of(
        *live_steps(changed=8, removed=4),
        st.tuples(st.just("pin"), st.sampled_from([None, *NUMBERS[:4]])),
        st.tuples(st.just("sort"), st.sampled_from(["urgency", "number", "due"]), st.booleans()),
    ),
    max_size=30,
)
KEYS = {
    "urgency": urgency_key,
    "number": lambda t, now: (t.number,),
    "due": lambda t, now: (t.due, t.number),
}


@settings(max_examples=150, deadline=None)
@given(steps=steps, bulk=st.sampled_from([2, 300]))
def test_any_sequence_keeps_rows_and_lookups_true(steps: list[Any], bulk: int) -> None:
    board_order.BULK, saved = bulk, board_order.BULK
    try:
        order, mirror = order_with([])
        now = T0
        for step in steps:
            if step[0] == "delta":
                upserts = {n: ticket(n, due) for n, due in step[1]}
                removed = [n for n in dict.fromkeys(step[2]) if n not in upserts]  # as read
                mirror.run(order.apply(BoardDelta(1, list(upserts.values()), removed), now))
            elif step[0] == "tick":
                now += step[1]
                rows, _ = order.tick(now)
                assert all(0 <= r < len(order) for r in rows)
            elif step[0] == "settle":
                mirror.run(order.settle(step[1]))
            elif step[0] == "pin":
                order.pinned = set() if step[1] is None else {step[1]}
            else:
                mirror.run(order.sort(KEYS[step[1]], step[2]))
            numbers = order.numbers()
            assert len(set(numbers)) == len(numbers)
            assert all(order.row_of(n) == i for i, n in enumerate(numbers))
            assert len(order.tally) == len(numbers)
        order.pinned = set()
        while order.waiting():
            mirror.run(order.settle(1000))
        assert in_order(order)  # settled: every row in its place as of now
    finally:
        board_order.BULK = saved


@settings(max_examples=80, deadline=None)
@given(
    steps=st.lists(
        st.one_of(
            *live_steps(changed=6, removed=3),
        ),
        max_size=8,
    ),
    sort=st.sampled_from(["urgency", "number", "due"]),
    descending=st.booleans(),
)
def test_a_sort_worked_out_elsewhere_takes_the_changes_made_meanwhile(
    steps: list[Any], sort: str, descending: bool
) -> None:
    """A sort worked out on a copy of the rows (on a worker) and taken in later: the
    tickets inserted, removed, changed or moved by the clock meanwhile are placed anew,
    and the board ends in order, every lookup true."""
    order, mirror = order_with([ticket(n, 300 * i - 1500) for i, n in enumerate(NUMBERS[:12])])
    rows, now = order.snapshot(), order.now
    key = KEYS[sort]
    entries = sorted(((key(t, now), t) for _, t in rows), key=lambda e: e[0], reverse=descending)
    placed = {t.number: k for k, t in entries}
    for step in steps:  # the board moves on while the sort is worked out
        if step[0] == "delta":
            upserts = {n: ticket(n, due) for n, due in step[1]}
            removed = [n for n in dict.fromkeys(step[2]) if n not in upserts]
            mirror.run(order.apply(BoardDelta(1, list(upserts.values()), removed), now))
        elif step[0] == "tick":
            now += step[1]
            order.tick(now)
        else:
            mirror.run(order.settle(step[1]))
    mirror.run(order.resort(key, descending, entries, placed))
    numbers = order.numbers()
    assert sorted(numbers) == sorted(order.tally._tickets)  # noqa: SLF001 - the counted ones
    assert all(order.row_of(n) == i for i, n in enumerate(numbers))
    assert order.misplaced == 0 and in_order(order)


def test_a_first_read_ordered_where_it_was_read_is_taken_in_whole() -> None:
    """The reader orders and counts a first read on its own thread (prepare_fill); taken
    in a little later, the states that changed meanwhile are counted and their rows
    settle — the same board as ordering it on the spot."""
    tickets = [ticket(n, 40 * i - 300, window=600) for i, n in enumerate(NUMBERS)]
    prepared = board_order.prepare_fill(tickets, T0)
    later = T0 + 90  # states changed in between
    order = BoardOrder()
    order.now = later
    mirror = Mirror(order)
    mirror.run(order.apply(BoardDelta(1, tickets, prepared=prepared), later))
    assert [type(op) for op in mirror.ops] == [InsertRows] and order.tally is prepared.tally
    while order.waiting():
        mirror.run(order.settle(1000))
    plain = BoardOrder()
    plain.now = later
    for op in plain.apply(BoardDelta(1, tickets), later):
        plain.commit(op)
    assert order.numbers() == plain.numbers() and in_order(order)
    assert order.tally.counts() == plain.tally.counts()


@pytest.mark.parametrize("descending", [False, True])
def test_new_tickets_between_the_same_two_rows_go_in_as_one_insert(descending: bool) -> None:
    """A hundred new tickets at 100,000 open were a hundred row inserts (each its own
    signals and proxy work); those that fall between the same two rows are one."""
    order, mirror = order_with([ticket(f"T{i}", 1000 * i) for i in range(5)])
    if descending:
        mirror.run(order.sort(urgency_key, True))
    mirror.ops.clear()
    arriving = [ticket(f"N{i}", 1500 + i) for i in (3, 0, 2, 1)]  # between T1 and T2
    arriving += [ticket("M0", 3500), ticket("Z0", 9000)]  # between T3 and T4; after T4
    mirror.run(order.apply(BoardDelta(2, arriving), T0))
    assert all(isinstance(op, InsertRows) for op in mirror.ops)
    assert sorted(len(op.entries) for op in mirror.ops if isinstance(op, InsertRows)) == [1, 1, 4]
    expected = ["T0", "T1", "N0", "N1", "N2", "N3", "T2", "T3", "M0", "T4", "Z0"]
    assert order.numbers() == (expected[::-1] if descending else expected)
    assert in_order(order) and len(order.tally) == 11
    assert all(order.row_of(n) == i for i, n in enumerate(order.numbers()))
