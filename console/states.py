"""Deadline and ticket states: ok → warning → critical → overdue.

A deadline carries the absolute instants at which its window reaches the warning and
critical shares (``warn_at``, ``crit_at``) and its due time, so a state is three
comparisons: cheap enough for a 1 Hz tick over every visible row.
"""

from __future__ import annotations

from datetime import datetime
from enum import IntEnum


class State(IntEnum):
    """Ordered so that ``max()`` gives the worst."""

    OK = 0
    WARNING = 1
    CRITICAL = 2
    OVERDUE = 3

    @property
    def label(self) -> str:
        return self.name.lower()

    @classmethod
    def parse(cls, text: str) -> State:
        return cls[text.upper()]


def deadline_state(now: datetime, warn_at: datetime, crit_at: datetime, due_at: datetime) -> State:
    """State of one open deadline at ``now`` (overdue once strictly past due)."""
    if now > due_at:
        return State.OVERDUE
    if now >= crit_at:
        return State.CRITICAL
    if now >= warn_at:
        return State.WARNING
    return State.OK


def remaining_seconds(now: datetime, due_at: datetime) -> int:
    """Whole seconds of ordinary time until ``due_at``; negative once overdue."""
    return int((due_at - now).total_seconds())
