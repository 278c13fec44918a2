"""Table models of the detail pane: a ticket's deadlines and its timeline (audit trail)."""

from __future__ import annotations

from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt

from console.board_detail import DeadlineDetail, EventRecord
from console.day_end import due_text
from console.states import State, deadline_state
from widgets import labels, theme
from widgets.proposal_model import dismissed_step

Index = QModelIndex | QPersistentModelIndex
RecordRole = Qt.ItemDataRole.UserRole + 1


def _when(
    moment: datetime | None, tz: tzinfo, seconds: bool = False, year: int = 0, due: bool = False
) -> str:
    """09-18 10:30 (with seconds: 09-18 10:30:15); 2024-09-18 10:30 when not in ``year``.
    A ``due`` time at midnight is the end of the day before: 12-02 24:00."""
    if moment is None:
        return ""
    local = moment.astimezone(tz)
    if due:
        day_year = (local - timedelta(microseconds=1)).year
        return due_text(local, tz, f"{'%m-%d' if day_year == year else '%Y-%m-%d'} %H:%M")
    day = "%m-%d" if local.year == year else "%Y-%m-%d"
    return local.strftime(f"{day} %H:%M:%S" if seconds else f"{day} %H:%M")


def needs_year(moments: list[datetime | None], year: int, tz: tzinfo) -> bool:
    """Whether any of ``moments`` falls outside ``year`` (its date column shows years)."""
    return any(m is not None and m.astimezone(tz).year != year for m in moments)


class DeadlinesModel(QAbstractTableModel):
    """Every deadline the ticket has had: open ones with their live state and time left."""

    COLUMNS = 5

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now: datetime | None = None
        self.records: list[DeadlineDetail] = []

    def set_records(self, records: list[DeadlineDetail], now: datetime) -> None:
        self.beginResetModel()  # another ticket: everything is new
        self.records, self.now = list(records), now
        self.endResetModel()

    def set_now(self, now: datetime) -> None:
        """Refresh the state and time-left cells of the open deadlines."""
        self.now = now
        for row, record in enumerate(self.records):
            if record.status == "open":
                self.dataChanged.emit(self.index(row, 3), self.index(row, 4))

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.records)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("Deadline"), self.tr("Unit"), self.tr("Due"), self.tr("State"),
                    self.tr("Left / met"))[section]  # fmt: skip
        return None

    def state(self, r: DeadlineDetail) -> State | None:
        if r.status != "open" or self.now is None:
            return None
        return deadline_state(self.now, r.warn_at, r.crit_at, r.due_at)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        r = self.records[index.row()]
        col = index.column()
        if role == RecordRole:
            return r
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 3):
            return (r.unit_name if col == 1 else self.data(index)) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == 4:  # the due time, hidden or not
            due = self.tr("Due")  # outside the f-string: lupdate finds it there
            return f"{due} {_when(r.due_at, self.tz, year=self.year, due=True)}"
        state = self.state(r)
        if role == Qt.ItemDataRole.ForegroundRole and col in (3, 4):
            if state is not None:
                return theme.current().state_color(state)
            if r.late:
                return theme.current().state_color(State.OVERDUE)
            return None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return labels.tr(labels.DEADLINES, r.kind)
        if col == 1:
            return r.unit_name
        if col == 2:
            return _when(r.due_at, self.tz, year=self.year, due=True)
        if col == 3:
            if state is not None:
                return labels.tr(labels.STATES, state)
            word = labels.tr(labels.DEADLINE_STATUS, r.status)
            late = self.tr("late")  # outside the f-string: lupdate finds it there
            return f"{word} · {late}" if r.late else word
        if state is not None and self.now is not None:
            return labels.countdown(int((r.due_at - self.now).total_seconds()))
        return _when(r.met_at or r.ended_at, self.tz, year=self.year)

    @property
    def year(self) -> int:
        return self.now.astimezone(self.tz).year if self.now is not None else 0


class TimelineModel(QAbstractTableModel):
    """The ticket's audit trail: when, who, what, and which unit with the note (one
    column, wrapped: the pane is narrow). Grows by appending."""

    COLUMNS = 4

    def __init__(self, tz: tzinfo, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.number = ""
        self.events: list[EventRecord] = []
        self.year = 0  # the clock's year: other years show in the dates

    def set_events(self, number: str, events: list[EventRecord], year: int = 0) -> None:
        """Show ``events``; for the same ticket with more events, append the new ones."""
        if year != self.year and self.events:
            self.number = ""  # the dates read differently: start over
        self.year = year
        if number == self.number and events[: len(self.events)] == self.events:
            extra = events[len(self.events) :]
            if extra:
                first = len(self.events)
                self.beginInsertRows(QModelIndex(), first, first + len(extra) - 1)
                self.events.extend(extra)
                self.endInsertRows()
            return
        self.beginResetModel()  # another ticket (or history rewritten): start over
        self.number, self.events = number, list(events)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.events)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else self.COLUMNS

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return (self.tr("When"), self.tr("Who"), self.tr("What"),
                    self.tr("Unit · note"))[section]  # fmt: skip
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        e = self.events[index.row()]
        col = index.column()
        if role == RecordRole:
            return e
        if role == Qt.ItemDataRole.ToolTipRole and col in (1, 3):
            return (self.data(index) if col == 1 else self._details(e)) or None
        if role == Qt.ItemDataRole.ToolTipRole and col == 0:
            when = _when(e.at, self.tz, seconds=True, year=self.year)
            recorded = _when(e.recorded_at, self.tz, seconds=True, year=self.year)
            return labels.fill(self.tr("%1, recorded %2"), when, recorded)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if col == 0:
            return _when(e.at, self.tz, year=self.year)
        if col == 1:
            return self.tr("feed") if e.actor == "feed" else e.actor
        if col == 2:
            return labels.tr(labels.EVENTS, e.kind)
        return self._details(e)

    def _details(self, e: EventRecord) -> str:
        return " · ".join(part for part in (e.unit_name, self._note(e)) if part)

    def _note(self, e: EventRecord) -> str:
        if e.details:
            return self._action(e)
        if e.reason:
            reason = labels.tr(labels.RETURN_REASONS, e.reason)
            return f"{reason}: {e.note}" if e.note else reason
        return e.note

    def _action(self, e: EventRecord) -> str:
        """A supervisor's action in words: what was sent where, and the words given."""
        d = e.details
        words = [str(d[k]) for k in ("note", "reply", "outcome") if d.get(k)]
        if e.kind == "urged" and d.get("urges"):
            words.insert(0, labels.urge_tag(int(str(d["urges"]))))
        elif e.kind == "escalated":
            words[:0] = [f"→ {labels.tr(labels.OFFICES, d.get('office'))}",
                         labels.tr(labels.ESCALATION_REASONS, d.get("reason"))]  # fmt: skip
        elif e.kind in ("office_replied", "escalation_resolved", "escalation_withdrawn"):
            words.insert(0, f"#{d.get('escalation')}")
        elif e.kind == "coordinated":
            co = "、".join(str(c) for c in d.get("co_names") or [])  # type: ignore[attr-defined]
            lead = labels.fill(self.tr("lead %1"), d.get("lead_name") or d.get("lead"))
            words[:0] = [lead + (" + " + co if co else "")]
        elif e.kind == "dismissed":  # which proposed step was not taken
            words.insert(0, dismissed_step(d))
        elif e.kind == "extended":
            until = d.get("until")
            when = _when(datetime.fromisoformat(str(until)), self.tz, year=self.year) \
                if isinstance(until, str) else ""  # fmt: skip
            words[:0] = [f"{labels.tr(labels.DEADLINES, d.get('deadline'))} → {when}",
                         str(d.get("reason") or "")]  # fmt: skip
        return " · ".join(w for w in words if w)
