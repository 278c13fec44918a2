"""A sweep's tens of thousands of notifications (after an import) reach the center a
bounded number at a time, so no single event-loop turn takes them all (issue 12); what
the center, the badge and the toasts show in the end is what applying them at once shows.
Counted in notifications per step, not timed."""

from __future__ import annotations

from collections.abc import Callable, Generator
from datetime import timedelta
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import Engine

from console.clock import FakeClock
from console.notifications import NotificationChanges, NotificationEntry
from console.notify_groups import NotificationFilter, coalesce, unread
from tests.builders import notification_entry
from tests.guikit import NOW, POLICY
from widgets.notify_model import STEP_ROWS, NotificationModel

# the offscreen platform cannot raise windows (toasts)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal
BIG = 30_000


def note(i: int, minutes: int, level: str, acked: bool = False) -> NotificationEntry:
    raised = NOW + timedelta(minutes=minutes)
    return notification_entry(i, level, raised, acked_by="张督办" if acked else None)


def shape(model: NotificationModel) -> list[tuple[Any, list[int]]]:
    return [(g.key, [e.id for e in g.entries]) for g in model.groups]


def test_a_big_arrival_goes_in_a_bounded_number_per_step() -> None:
    model = NotificationModel(POLICY.tz)
    QAbstractItemModelTester(model, FATAL)
    earlier = [note(i, 0, "warning", acked=i % 3 == 0) for i in range(1, 5_001)]
    model.apply(earlier)
    signals: list[str] = []
    model.rowsInserted.connect(lambda *_: signals.append("inserted"))
    model.modelReset.connect(lambda: signals.append("reset"))
    arrival = [note(i, 5, "critical" if i % 3 else "overdue") for i in range(5_001, 5_001 + BIG)]
    arrival += [note(i, 0, "warning", acked=True) for i in range(1, 200)]  # acknowledged
    steps = []
    for rows in model.applying(arrival):
        steps.append(rows)
        assert not signals  # the lines change only at the end, in one go
    assert max(steps) <= STEP_ROWS
    assert len(steps) >= len(arrival) // STEP_ROWS
    everything = {e.id: e for e in earlier + arrival}.values()
    once = coalesce(everything)
    assert shape(model) == [(g.key, [e.id for e in g.entries]) for g in once]
    assert model.shown_unacknowledged() == sum(1 for e in everything if not e.acknowledged)
    assert model.unacknowledged() == model.shown_unacknowledged()


def test_a_filter_chosen_during_a_big_arrival_holds_for_all_of_it() -> None:
    model = NotificationModel(POLICY.tz)
    QAbstractItemModelTester(model, FATAL)
    model.apply([note(i, 0, "warning") for i in range(1, 100)])
    arrival = [note(i, 5, "critical" if i % 2 else "overdue") for i in range(100, 10_100)]
    work = model.applying(arrival)
    next(work)
    shown = NotificationFilter(level="critical")
    model.set_filter(shown)  # the supervisor picks a level between two steps
    for _ in work:
        pass
    seen = [note(i, 0, "warning") for i in range(1, 100)] + arrival
    once = coalesce(e for e in seen if shown.accepts(e))
    assert shape(model) == [(g.key, [e.id for e in g.entries]) for g in once]
    assert model.shown_unacknowledged() == sum(len(g.entries) for g in once)


def test_the_desk_takes_a_big_sweep_over_several_turns(
    open_window: Callable[..., Any], engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    desk.center.hide()  # unread stays unread (the badge counts them as they come)
    steps: list[int] = []
    arriving = desk._arriving

    def counted(changes: NotificationChanges) -> Generator[int, None, None]:
        for rows in arriving(changes):
            steps.append(rows)
            yield rows

    desk._arriving = counted
    minutes = int((clock.now() - NOW).total_seconds() // 60)  # raised now: toasts, sound
    arrival = tuple(note(i, minutes, "critical" if i % 3 else "overdue") for i in range(1, BIG + 1))
    desk.apply(NotificationChanges(BIG, arrival))
    assert desk.model.rowCount() == 0  # not in this turn: from the next on, in steps
    small = (note(BIG + 1, minutes, "warning"),)
    desk.apply(NotificationChanges(BIG + 1, small))  # arrives meanwhile: waits its turn
    qtbot.waitUntil(lambda: len(desk.model.entries) == BIG + 1, timeout=20_000)
    assert max(steps[:-1]) <= STEP_ROWS and len(steps) >= BIG // STEP_ROWS
    assert desk.model.rowCount() == 3  # two groups and the late single, newest on top
    assert desk.model.index(0, 2).data() == f"T{BIG + 1}"
    everything = desk.model.entries.values()
    assert desk.unread_count() == unread(everything, desk.read_up_to, set()) == BIG + 1
    assert desk.center.unread == BIG + 1
    assert len(desk.toasts.toasts) == 3
    assert desk.rung[-1] == "overdue"


def test_a_badge_counted_afresh_during_a_big_arrival_is_counted_in_steps(
    open_window: Callable[..., Any], engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    """Read further while a big arrival goes in, the unread badge is counted again over
    every notification kept: in steps at the arrival's end, not in one turn, and to what
    counting them at once gives."""
    from widgets.notify_desk import RECOUNT_ROWS

    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    desk.center.hide()
    minutes = int((clock.now() - NOW).total_seconds() // 60)
    first = tuple(note(i, minutes, "critical") for i in range(1, BIG + 1))
    for _ in desk._arriving(NotificationChanges(BIG, first)):
        pass
    arrival = tuple(note(i, minutes, "overdue") for i in range(BIG + 1, 2 * BIG + 1))
    steps = []
    for n, rows in enumerate(desk._arriving(NotificationChanges(2 * BIG, arrival))):
        steps.append(rows)
        if n == 3:  # the supervisor reads the first hundred meanwhile
            desk.read_up_to = 100
            desk.unread_count()
    assert steps.count(0) >= 2 * BIG // RECOUNT_ROWS
    assert desk._unread_key is not None  # kept: the badge does not count again
    everything = desk.model.entries.values()
    assert desk.unread_count() == unread(everything, 100, set()) == 2 * BIG - 100
    assert desk.center.unread == 2 * BIG - 100


def test_a_big_load_is_frozen_before_the_collector_is_back(
    engine: Engine, clock: FakeClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The service freezes a big load (a center's first, an import's sweep) on its own
    thread while the collector is still paused: else the collector's first passes walked
    every notification of it (~200 ms holding the interpreter's lock, the UI waiting);
    a small one is left to the collector."""
    import gc

    from widgets import notify_service

    service = notify_service.NotificationService(engine, clock, POLICY, "张督办")
    n = notify_service.KEEP_FROZEN
    loads = [
        NotificationChanges(n, tuple(note(i, 0, "critical") for i in range(1, n + 1))),
        NotificationChanges(n + 1, (note(n + 1, 0, "warning"),)),
    ]
    monkeypatch.setattr(notify_service, "changes_since", lambda engine, seq: loads[seq // n])
    frozen: list[bool] = []  # whether the collector was on, or collected, when it froze
    monkeypatch.setattr(
        notify_service,
        "keep_from_collector",
        lambda collect_young: frozen.append(gc.isenabled() or collect_young),
    )
    got: list[NotificationChanges] = []
    service.changed.connect(got.append)
    service.watch()
    assert frozen == [False] and got == loads[:1]
    service.watch()
    assert frozen == [False] and got == loads


def test_an_acknowledgment_read_in_short_keeps_the_notification_whole(
    open_window: Callable[..., Any], engine: Engine, qtbot: Any
) -> None:
    """A big arrival reads most changes in short: one of a notification the center has
    whole brings its acknowledgment, and the center keeps the rest of it."""
    from dataclasses import replace

    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    whole = [replace(note(i, 0, "warning"), title=f"路灯不亮 {i}") for i in range(1, 6)]
    desk.apply(NotificationChanges(5, tuple(whole)))
    acked = replace(note(3, 0, "warning", acked=True), title="", whole=False, seq=9)
    fresh = replace(note(7, 0, "warning"), whole=False)
    desk.apply(NotificationChanges(9, (acked, fresh)))
    kept = desk.model.entries[3]
    assert kept.whole and kept.title == "路灯不亮 3" and kept.seq == 9
    assert kept.acknowledged_by == "张督办" and kept.acknowledged_at == acked.acknowledged_at
    assert not desk.model.entries[7].whole  # new: in short until shown
    assert desk.model.unacknowledged() == 5
