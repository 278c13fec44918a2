"""The notification center's tree: a line per notification or per coalesced group, the
group's notifications behind it. A thin adapter over ``console.notify_groups``."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Generator, Iterable
from datetime import tzinfo
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont, QIcon

from console.notifications import NotificationEntry
from console.notify_groups import (
    COALESCE_FROM,
    GroupKey,
    NotificationFilter,
    NotificationGroup,
    coalesce,
    coalescing,
    group_key,
)
from widgets import theme
from widgets.labels import local_time
from widgets.notify_text import describe, headline, sort_word

Index = QModelIndex | QPersistentModelIndex
ENTRY_ROLE = Qt.ItemDataRole.UserRole + 1  # the NotificationEntry (None on a group line)
GROUP_ROLE = Qt.ItemDataRole.UserRole + 2  # the NotificationGroup
TICKET_ROLE = Qt.ItemDataRole.UserRole + 3
_NO_PARENT = 0xFFFFFFFF  # internal id of a top-level line (a group's row otherwise)
_ICONS = {"warning": "state-warning", "critical": "state-critical", "overdue": "state-overdue"}
# the sorts without a level: each its own mark too (a line without one read as a lesser one)
_KIND_ICONS = {
    "shuffled": "notify-shuffled",
    "disputed": "notify-disputed",
    "office_overdue": "notify-office",
    "proposal": "notify-proposal",
}

STEP_ROWS = 2_000  # notifications per step of a big arrival: a few ms of Python
FEW_ROWS = 100  # changes from which a line a filter empties is made anew, not row by row
WANT_MS = 30  # notifications shown in short, gathered this long, then read whole at once

COLUMNS = ("when", "sort", "ticket", "unit", "what", "ack")


HEADERS = (
    QT_TRANSLATE_NOOP("NotificationModel", "Raised"),
    QT_TRANSLATE_NOOP("NotificationModel", "Level"),
    QT_TRANSLATE_NOOP("NotificationModel", "Ticket"),
    QT_TRANSLATE_NOOP("NotificationModel", "Unit"),
    QT_TRANSLATE_NOOP("NotificationModel", "What"),
    QT_TRANSLATE_NOOP("NotificationModel", "Acknowledged"),
)


class NotificationModel(QAbstractItemModel):
    wholeWanted = Signal(list)  # ids of notifications read in short, now shown

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.entries: dict[int, NotificationEntry] = {}
        self._keyed: dict[GroupKey, dict[int, NotificationEntry]] = {}  # entries by group key
        self._open = 0  # entries not acknowledged (counted as they come: a badge each apply)
        self._newest = 0  # the highest id
        self.filter = NotificationFilter()
        self.groups: list[NotificationGroup] = []
        self.snoozed: set[str] = set()
        self.year: int | None = None
        self._units: dict[str, str] = {}  # unit: its name, as the notifications say it
        self._waiting = 0  # unacknowledged on the lines shown
        self._lines_of: list[NotificationGroup] | None = None  # the lines _line_rows are of
        self._line_rows: tuple[dict[GroupKey, int], dict[int, int]] = ({}, {})
        self._wanted: set[int] = set()  # notifications read in short, shown: to read whole
        self._want = QTimer(self, singleShot=True, interval=WANT_MS)
        self._want.timeout.connect(self._ask_whole)

    # --- changes ----------------------------------------------------------------------
    def apply(self, changed: Iterable[NotificationEntry]) -> None:
        """New and changed notifications: new lines go in at the top; an acknowledgment
        repaints its lines; anything else (a filtered line leaving) rebuilds the list."""
        for _ in self.applying(changed):
            pass

    def applying(
        self, changed: Iterable[NotificationEntry], step: int = STEP_ROWS
    ) -> Generator[int, None, None]:
        """:meth:`apply` a step at a time: yields after every ``step`` notifications (how
        many it went through), so a sweep's tens of thousands go in over several
        event-loop turns (widgets.in_steps). The lines change only in the last step."""
        changed = yield from self._in_place(list(changed), step)
        if not changed:
            return
        keys: set[GroupKey] = set()  # the groups these notifications were and are in
        n = 0
        for e in changed:
            old = self.entries.get(e.id)
            if old is not None:
                keys.add(key := group_key(old))
                self._keyed[key].pop(e.id, None)
                self._open -= not old.acknowledged
            elif e.unit:
                self._units[e.unit] = e.unit_name or e.unit
            self.entries[e.id] = e
            self._open += not e.acknowledged
            self._newest = max(self._newest, e.id)
            keys.add(key := group_key(e))
            self._keyed.setdefault(key, {})[e.id] = e
            n += 1
            if n == step:
                yield n
                n = 0
        # only those groups anew: coalescing a big center's 275,000 notifications took
        # ~115 ms of the UI thread at every sweep that raised anything
        shown = self.filter
        accepts = shown.accepts
        fresh = yield from coalescing(
            (e for k in keys for e in self._keyed[k].values() if accepts(e)), step=step
        )
        if self.filter != shown:  # the supervisor filtered meanwhile: these groups anew
            accepts = self.filter.accepts
            fresh = coalesce(e for k in keys for e in self._keyed[k].values() if accepts(e))
        self._swap(changed, keys, fresh)

    def _in_place(
        self, changed: list[NotificationEntry], step: int
    ) -> Generator[int, None, list[NotificationEntry]]:
        """The changes that keep their line (the same sweep, kind and level, shown or
        not as before) take their notification's place in it; returns the others. An
        acknowledgment, or a notification read whole, re-coalesced its whole line: a
        sweep's 37,000 sorted again in one turn."""
        rest: list[NotificationEntry] = []
        few = len(changed) <= FEW_ROWS  # rows removed one by one: for a few only
        for start in range(0, len(changed), step):
            accepts = self.filter.accepts  # the supervisor may filter between steps
            coalesced, singles = self._lines()
            touched: dict[int, set[int]] = {}  # line: its notifications' rows changed
            for e in changed[start : start + step]:
                old = self.entries.get(e.id)
                key = group_key(e)
                if old is None or group_key(old) != key or old.unit != e.unit:
                    rest.append(e)
                    continue
                shown, was = accepts(e), accepts(old)
                if shown and not was:  # a line gains it: the long way
                    rest.append(e)
                    continue
                row = coalesced.get(key) if was else None
                if was and row is None:
                    row = singles.get(e.id)
                if was and row is None:  # not where it should be: the long way
                    rest.append(e)
                    continue
                if row is not None:
                    group = self.groups[row]
                    at = bisect_left(group.entries, -e.id, key=_NEGATIVE_ID)
                    if at == len(group.entries) or group.entries[at].id != e.id:
                        rest.append(e)
                        continue
                    if not shown and not (few and not group.single and at > 0
                                          and len(group.entries) > COALESCE_FROM):  # fmt: skip
                        rest.append(e)  # its line splits, moves or goes: the long way
                        continue
                self.entries[e.id] = e
                self._keyed[key][e.id] = e
                self._open += old.acknowledged - e.acknowledged
                if row is None:  # hidden before and after
                    continue
                waiting = group.unacknowledged
                if shown:
                    group.entries[at] = e
                    group.waiting = waiting + old.acknowledged - e.acknowledged
                    self._waiting += old.acknowledged - e.acknowledged
                    touched.setdefault(row, set()).add(at)
                else:
                    self.beginRemoveRows(self.index(row, 0), at, at)
                    del group.entries[at]
                    group.waiting = waiting - (not old.acknowledged)
                    self._waiting -= not old.acknowledged
                    self.endRemoveRows()
                    touched.setdefault(row, set())
            last = len(COLUMNS) - 1
            for row, rows in touched.items():
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                size = len(self.groups[row].entries)
                if rows and size > 1:
                    parent = self.index(row, 0)
                    top, bottom = min(rows), min(max(rows), size - 1)  # rows removed after
                    self.dataChanged.emit(
                        self.index(top, 0, parent), self.index(bottom, last, parent)
                    )
            yield min(step, len(changed) - start)
        return rest

    def _lines(self) -> tuple[dict[GroupKey, int], dict[int, int]]:
        """The row of each coalesced line by its key, and of each single line by its
        notification's id (made again when the lines are another list)."""
        if self._lines_of is not self.groups:
            coalesced: dict[GroupKey, int] = {}
            singles: dict[int, int] = {}
            for row, g in enumerate(self.groups):
                if g.single:
                    singles[g.entries[0].id] = row
                else:
                    coalesced[g.key] = row
            self._lines_of, self._line_rows = self.groups, (coalesced, singles)
        return self._line_rows

    def _swap(
        self,
        changed: list[NotificationEntry],
        keys: set[GroupKey],
        fresh: list[NotificationGroup],
    ) -> None:
        stamps = {k[0] for k in keys}
        kept = [g for g in self.groups if g.raised_at not in stamps or g.key not in keys]
        if len(kept) == len(self.groups):  # no line there was is touched
            if not fresh:
                return
            if not kept or fresh[-1].newest_id > kept[0].newest_id:  # newest: on top
                self.beginInsertRows(QModelIndex(), 0, len(fresh) - 1)
                self.groups = fresh + kept
                self._waiting += sum(g.unacknowledged for g in fresh)
                self.endInsertRows()
                return
        new_groups = sorted(kept + fresh, key=lambda g: -g.newest_id)  # as coalesce does
        waiting = (
            self._waiting
            + sum(g.unacknowledged for g in fresh)
            - sum(g.unacknowledged for g in self.groups if g.raised_at in stamps and g.key in keys)
        )
        added = len(new_groups) - len(self.groups)
        if added >= 0 and all(
            # a kept line is the line it was (sizes first: a line grown by the arrival
            # is not, without two tuples of its 35,000 ids)
            new is old or (len(new.entries) == len(old.entries) and _shape(new) == _shape(old))
            for new, old in zip(new_groups[added:], self.groups, strict=True)
        ):
            if added:
                self.beginInsertRows(QModelIndex(), 0, added - 1)
                self.groups, self._waiting = new_groups, waiting
                self.endInsertRows()
            else:
                self.groups, self._waiting = new_groups, waiting
            ids = {e.id for e in changed}
            last = len(COLUMNS) - 1
            for row, g in enumerate(self.groups[added:], start=added):
                if g.key not in keys:  # untouched: none of its notifications changed
                    continue
                hit = [i for i, x in enumerate(g.entries) if x.id in ids]
                if not hit:
                    continue
                self.dataChanged.emit(self.index(row, 0), self.index(row, last))
                parent = self.index(row, 0)
                if not g.single:
                    self.dataChanged.emit(
                        self.index(min(hit), 0, parent), self.index(max(hit), last, parent)
                    )
            return
        self.beginResetModel()
        self.groups, self._waiting = new_groups, waiting
        self.endResetModel()

    def set_filter(self, new: NotificationFilter) -> None:
        if new == self.filter:
            return
        self.beginResetModel()  # the whole list is another one
        self.filter = new
        self.groups = coalesce(e for e in self.entries.values() if new.accepts(e))
        self._waiting = sum(g.unacknowledged for g in self.groups)
        self.endResetModel()

    def _ask_whole(self) -> None:
        wanted, self._wanted = self._wanted, set()
        ids = [i for i in sorted(wanted) if (e := self.entries.get(i)) is not None and not e.whole]
        if ids:
            self.wholeWanted.emit(ids)

    def set_snoozed(self, tickets: set[str]) -> None:
        if tickets != self.snoozed:
            self.snoozed = set(tickets)
            if self.groups:
                self.dataChanged.emit(
                    self.index(0, 0), self.index(len(self.groups) - 1, len(COLUMNS) - 1)
                )

    def units(self) -> list[tuple[str, str]]:
        return sorted(self._units.items(), key=lambda u: u[1])

    def newest_id(self) -> int:
        return self._newest

    def unacknowledged(self) -> int:
        return self._open

    def shown_unacknowledged(self) -> int:
        """Unacknowledged notifications on the lines shown (kept as lines change)."""
        return self._waiting

    # --- the tree ---------------------------------------------------------------------
    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        if not self.hasIndex(row, column, parent):
            return QModelIndex()
        if not parent.isValid():
            return self.createIndex(row, column, _NO_PARENT)
        return self.createIndex(row, column, parent.row())

    def parent(self, child: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        if not child.isValid() or child.internalId() == _NO_PARENT:
            return QModelIndex()
        return self.createIndex(int(child.internalId()), 0, _NO_PARENT)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        if not parent.isValid():
            return len(self.groups)
        if parent.internalId() != _NO_PARENT or parent.column() != 0:
            return 0
        group = self.groups[parent.row()]
        return 0 if group.single else len(group.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return len(COLUMNS)

    def _at(self, index: Index) -> tuple[NotificationGroup, NotificationEntry | None]:
        if index.internalId() == _NO_PARENT:
            group = self.groups[index.row()]
            return group, group.entries[0] if group.single else None
        group = self.groups[int(index.internalId())]
        return group, group.entries[index.row()]

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return QCoreApplication.translate("NotificationModel", str(HEADERS[section]))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        group, entry = self._at(index)
        col = COLUMNS[index.column()]
        short = entry is not None and not entry.whole
        if entry is not None and short and entry.id not in self._wanted:  # shown: read it whole
            self._wanted.add(entry.id)
            self._want.start()
        if role == Qt.ItemDataRole.DisplayRole:
            if short and col == "what":
                return "…"  # for the moment it takes to read it whole
            return self._text(col, group, entry)
        if role == Qt.ItemDataRole.ToolTipRole:
            if entry is None:
                return headline(group)
            if short:
                return entry.ticket or ""
            return f"{entry.ticket or ''} {entry.title}\n{describe(entry)}".strip()
        if role == Qt.ItemDataRole.DecorationRole and col == "sort":
            return _icon(group.level, group.kind)
        if role == Qt.ItemDataRole.FontRole and entry is None and col == "what":
            font = QFont()  # a group's headline stands out from the list behind it
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.ForegroundRole:
            quiet = entry is not None and (
                entry.acknowledged or (entry.ticket is not None and entry.ticket in self.snoozed)
            )
            return QBrush(QColor(theme.current().muted)) if quiet else None
        if role == ENTRY_ROLE:
            return entry
        if role == GROUP_ROLE:
            return group
        if role == TICKET_ROLE:
            return entry.ticket if entry is not None else None
        return None

    def _text(self, col: str, group: NotificationGroup, e: NotificationEntry | None) -> str:
        if col == "when":  # a group's notifications were raised when the group was
            inside = e is not None and not group.single
            return "" if inside else local_time(group.raised_at, self.tz, year=self.year)
        if col == "sort":
            return sort_word(group.kind, group.level)
        if e is None:  # a group's line
            if col == "what":
                return headline(group)
            if col == "ack":
                acked = len(group.entries) - group.unacknowledged
                return f"{acked}/{len(group.entries)}" if acked else ""
            return ""
        if col == "ticket":
            return e.ticket or ""
        if col == "unit":
            return e.unit_name or e.unit or ""
        if col == "what":
            return f"{describe(e)} — {e.title}" if e.title else describe(e)
        if col == "ack" and e.acknowledged_by:
            when = local_time(e.acknowledged_at, self.tz, year=self.year)
            return f"{e.acknowledged_by} · {when}"
        return ""


def _icon(level: str | None, kind: str) -> QIcon | None:
    name = _ICONS.get(level or "") or _KIND_ICONS.get(kind)
    return theme.icon(name) if name else None


def _NEGATIVE_ID(e: NotificationEntry) -> int:  # noqa: N802 - a key, as attrgetter is
    return -e.id  # a line's notifications are newest first


def _shape(g: NotificationGroup) -> tuple[int, ...]:
    return tuple(x.id for x in g.entries)
