"""Notifications for the eye: filtered, and many at once coalesced into one line.

One sweep can raise dozens of notifications of one sort ("37 tickets became overdue").
The notification center and the toasts show them as one group with the list behind it;
a group is the notifications one sweep raised of one kind and level. Qt-free, so the
rules are tested without a display.
"""

from __future__ import annotations

from collections.abc import Generator, Iterable, Sequence, Set
from dataclasses import dataclass, field
from datetime import datetime
from operator import attrgetter

from console.notifications import NotificationEntry

COALESCE_FROM = 3  # this many of one sort from one sweep make a group


@dataclass(frozen=True, slots=True)
class NotificationFilter:
    kind: str = ""  # "" for all
    level: str = ""
    unit: str = ""
    unacknowledged: bool = False

    def accepts(self, e: NotificationEntry) -> bool:
        return (
            (not self.kind or e.kind == self.kind)
            and (not self.level or e.level == self.level)
            and (not self.unit or e.unit == self.unit)
            and (not self.unacknowledged or not e.acknowledged)
        )


@dataclass(slots=True)
class NotificationGroup:
    """One line of the center: a single notification, or several coalesced."""

    kind: str
    level: str | None
    raised_at: datetime
    entries: list[NotificationEntry] = field(default_factory=list)  # newest first
    # the unacknowledged among them, counted once (a line's entries never change: a new
    # arrival makes its line anew); counted again at every arrival, a sweep's 35,000-strong
    # line took ~20 ms of the UI thread in one turn
    waiting: int | None = field(default=None, compare=False, repr=False)

    @property
    def key(self) -> tuple[datetime, str, str]:
        return (self.raised_at, self.kind, self.level or "")

    @property
    def single(self) -> bool:
        return len(self.entries) == 1

    @property
    def newest_id(self) -> int:
        # the entries are newest first (coalesce sorts them): read per line on every
        # arrival, a max over a 30,000-strong group each time was the UI thread's
        return self.entries[0].id

    @property
    def unacknowledged(self) -> int:
        if self.waiting is None:
            self.waiting = sum(1 for e in self.entries if not e.acknowledged)
        return self.waiting

    @property
    def sort_key(self) -> tuple[int, int]:
        return (-self.newest_id, 0)


GroupKey = tuple[datetime, str, str]  # a sweep's time, a kind, a level ("" for none)


def group_key(e: NotificationEntry) -> GroupKey:
    return (e.raised_at, e.kind, e.level or "")


def coalesce(
    entries: Iterable[NotificationEntry], min_size: int = COALESCE_FROM
) -> list[NotificationGroup]:
    """Groups, newest first: entries of one sweep, kind and level together when there
    are at least ``min_size`` of them, otherwise each alone."""
    work = coalescing(entries, min_size)
    while True:
        try:
            next(work)
        except StopIteration as done:
            groups: list[NotificationGroup] = done.value
            return groups


def coalescing(
    entries: Iterable[NotificationEntry], min_size: int = COALESCE_FROM, step: int = 2_000
) -> Generator[int, None, list[NotificationGroup]]:
    """:func:`coalesce` a step at a time: yields after every ``step`` entries (how many
    it went through), so a big arrival can be grouped a few milliseconds per event-loop
    turn; returns the groups."""
    by_key: dict[tuple[datetime, str, str], list[NotificationEntry]] = {}
    waiting: dict[tuple[datetime, str, str], int] = {}  # unacknowledged, counted in steps
    n = 0
    for e in entries:
        key = group_key(e)
        by_key.setdefault(key, []).append(e)
        waiting[key] = waiting.get(key, 0) + (not e.acknowledged)
        n += 1
        if n == step:
            yield n
            n = 0
    groups: list[NotificationGroup] = []
    for key, members in by_key.items():
        raised_at, kind, level = key
        # C code, near linear: arrivals come in id order (a Python key, one call an
        # entry, took ~5 ms for a 35,000-strong line in one turn)
        members.sort(key=_ID, reverse=True)
        if len(members) >= min_size:
            groups.append(NotificationGroup(kind, level or None, raised_at, members, waiting[key]))
        else:
            groups.extend(NotificationGroup(kind, level or None, raised_at, [e]) for e in members)
        n += len(members)  # a line's sort counts as its members (a 37,000-strong line's
        if n >= step:  # took ~5 ms: the first load's four in one step were 21 ms); one
            yield min(n, step)  # line's sort is a step however big (in C, near linear)
            n = 0
    groups.sort(key=lambda g: -g.newest_id)
    return groups


_ID = attrgetter("id")


def unread(
    entries: Iterable[NotificationEntry], read_up_to: int, snoozed: Sequence[str] | Set[str]
) -> int:
    """A supervisor's unread badge: unacknowledged notifications newer than what they
    have read, leaving out the tickets they snoozed."""
    return sum(
        1
        for e in entries
        if e.id > read_up_to
        and not e.acknowledged
        and (e.ticket is None or e.ticket not in snoozed)
    )


ALERT_LEVELS = ("critical", "overdue")


def sounds_for(entries: Iterable[NotificationEntry], snoozed: set[str]) -> str | None:
    """Which sound new notifications call for: "overdue" beats "critical"; None when
    none of them is critical or overdue (or all are about snoozed tickets)."""
    levels = {
        e.level
        for e in entries
        if e.level in ALERT_LEVELS and not (e.ticket and e.ticket in snoozed)
    }
    if "overdue" in levels:
        return "overdue"
    return "critical" if "critical" in levels else None
