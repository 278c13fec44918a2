"""Toasts in a flood: an import's sweep raises tens of thousands of notifications over a
minute; from a few toasts on, what comes is summed up in one toast (counts by sort)
instead of a new window each (the fake clock stands for the time between arrivals)."""

from __future__ import annotations

from datetime import UTC, datetime
from typing import Any

import pytest

from console.notify_groups import NotificationGroup
from tests.builders import notification_entry

# the offscreen platform cannot raise windows (toasts stay on top elsewhere)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
RAISED = datetime(2024, 10, 9, 7, 20, tzinfo=UTC)


def group(first: int, size: int, level: str) -> NotificationGroup:
    entries = [notification_entry(i, level, RAISED) for i in range(first + size - 1, first - 1, -1)]
    return NotificationGroup("deadline", level, RAISED, entries)


def test_a_flood_makes_one_summary_toast_with_the_counts(qtbot: Any) -> None:
    from widgets.toasts import FLOOD_FROM, MAX_SHOWN, ToastStack

    stack = ToastStack()
    now = [0.0]
    stack.clock = lambda: now[0]
    made = []
    try:
        for n in range(200):  # four arrivals a second, each with a group
            now[0] = n * 0.25
            made.append(stack.show(group(n * 100, 100, "overdue" if n % 2 else "critical")))
        windows = {id(t) for t in made}
        assert len(windows) == FLOOD_FROM + 1  # the first few, then one summary
        assert len(stack.toasts) <= MAX_SHOWN and stack.summary is made[-1]
        lines = stack.summary.body.text().splitlines()
        assert lines == ["9,800 tickets became critical", "9,800 tickets became overdue"]
        clicked: list[NotificationGroup] = []
        stack.openGroup.connect(clicked.append)
        stack.summary.clicked.emit()  # the center opens on the newest group
        assert clicked == [made[-1].group] and made[-1].group.level == "overdue"
    finally:
        stack.clear()


def test_after_a_quiet_minute_a_group_has_its_own_toast_again(qtbot: Any) -> None:
    from widgets.toasts import FLOOD_FROM, FLOOD_S, ToastStack

    stack = ToastStack()
    now = [0.0]
    stack.clock = lambda: now[0]
    try:
        for n in range(FLOOD_FROM + 3):
            stack.show(group(n * 10, 10, "overdue"))
        summary = stack.summary
        assert summary is not None
        now[0] = FLOOD_S + 1
        toast = stack.show(group(1000, 1, "critical"))
        assert toast is not summary and toast.body.text().startswith("Reply deadline critical")
    finally:
        stack.clear()


def test_a_flood_longer_than_a_minute_stays_one_summary_counting_all_of_it(qtbot: Any) -> None:
    """The flood ended a minute after its first toasts: four toasts broke through, pushed
    the summary out and a new one counted from zero (10 windows in two minutes)."""
    from widgets.toasts import FLOOD_FROM, ToastStack

    stack = ToastStack()
    now = [0.0]
    stack.clock = lambda: now[0]
    made = []
    try:
        for n in range(480):  # four arrivals a second for two minutes, no quiet minute
            now[0] = n * 0.25
            made.append(stack.show(group(n * 100, 100, "overdue" if n % 2 else "critical")))
        assert len({id(t) for t in made}) == FLOOD_FROM + 1
        assert stack.summary is made[-1] and all(t is made[-1] for t in made[FLOOD_FROM:])
        lines = stack.summary.body.text().splitlines()
        assert lines == ["23,800 tickets became critical", "23,800 tickets became overdue"]
    finally:
        stack.clear()


def test_a_flood_counts_on_over_a_pause_and_ends_after_a_quiet_minute(qtbot: Any) -> None:
    """A pause shorter than a minute: the summary gone meanwhile (its time up), the next
    arrival shows a new one with the flood's counts so far; a minute with nothing: over."""
    from widgets.toasts import FLOOD_FROM, FLOOD_S, ToastStack

    stack = ToastStack()
    now = [0.0]
    stack.clock = lambda: now[0]
    try:
        for n in range(FLOOD_FROM + 2):
            stack.show(group(n * 10, 10, "overdue"))
        first = stack.summary
        assert first is not None and first.body.text() == "20 tickets became overdue"
        first.dismiss()  # its eight seconds are up
        now[0] = 50.0
        second = stack.show(group(1000, 10, "overdue"))
        assert second is stack.summary and second is not first
        assert second.body.text() == "30 tickets became overdue"
        now[0] = 50.0 + FLOOD_S - 1  # within a minute of the last arrival: still the flood
        assert stack.show(group(2000, 10, "overdue")) is second
        assert second.body.text() == "40 tickets became overdue"
        now[0] += FLOOD_S + 1
        alone = stack.show(group(3000, 10, "overdue"))
        assert alone is not second and alone is not stack.summary
        assert alone.body.text().startswith("10 tickets became overdue")
    finally:
        stack.clear()
