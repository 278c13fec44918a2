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
