"""The escalation register's table model (督办台账): one row per escalation, oldest first,
a thin adapter over ``console.escalations.EscalationEntry`` lists.

A new read of the register is applied as the narrowest change: rows whose entry changed
get ``dataChanged``, new escalations are appended with ``beginInsertRows``; only another
database (ids no longer a prefix) resets the model, so the selection survives live updates.
"""

from __future__ import annotations

from datetime import datetime, tzinfo
from enum import IntEnum
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QObject, QPersistentModelIndex, Qt
from PySide6.QtGui import QColor

from console.escalations import STILL_OPEN, EscalationEntry
from console.states import State
from widgets import labels, theme

Index = QModelIndex | QPersistentModelIndex


class RCol(IntEnum):
    ID = 0
    TICKET = 1
    OFFICE = 2
    REASON = 3
    STATUS = 4
    UNIT = 5
    OPENED = 6
    BY = 7
    DUE = 8
    RESPONSE = 9  # the office's response time: taken, or left (overdue marked)
    REPLY = 10
    OUTCOME = 11


class RRole(IntEnum):
    ENTRY = Qt.ItemDataRole.UserRole + 1
    OFFICE = Qt.ItemDataRole.UserRole + 2
    STATUS = Qt.ItemDataRole.UserRole + 3
    UNIT = Qt.ItemDataRole.UserRole + 4
    OPENED = Qt.ItemDataRole.UserRole + 5  # epoch seconds
    OVERDUE = Qt.ItemDataRole.UserRole + 6  # overdue at the office now


def office_overdue(e: EscalationEntry, now: datetime) -> bool:
    return e.status in STILL_OPEN and e.due_at is not None and now > e.due_at


def span(seconds: float) -> str:
    """A duration as the register shows it: 2d 03:15, 5:07 (hours:minutes)."""
    s = int(abs(seconds))
    days, hours, minutes = s // 86400, s % 86400 // 3600, s % 3600 // 60
    if days:
        return labels.fill(labels.QCoreApplication.translate("Labels", "%1d %2"), days,
                           f"{hours:02d}:{minutes:02d}")  # fmt: skip
    return f"{hours}:{minutes:02d}"


class RegisterModel(QAbstractTableModel):
    def __init__(self, tz: tzinfo, now: datetime, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.now = now
        self.entries: list[EscalationEntry] = []
        self.unit_names: dict[str, str] = {}

    # --- updates ------------------------------------------------------------------------
    def set_entries(self, entries: list[EscalationEntry]) -> None:
        old = [e.id for e in self.entries]
        new = [e.id for e in entries]
        if new[: len(old)] != old:
            self.beginResetModel()
            self.entries = list(entries)
            self.endResetModel()
            return
        for row, (before, after) in enumerate(zip(self.entries, entries, strict=False)):
            if before != after:
                self.entries[row] = after
                self.dataChanged.emit(self.index(row, 0), self.index(row, len(RCol) - 1))
        extra = entries[len(old) :]
        if extra:
            self.beginInsertRows(QModelIndex(), len(old), len(old) + len(extra) - 1)
            self.entries.extend(extra)
            self.endInsertRows()

    def set_now(self, now: datetime) -> None:
        """The office's overdue marks and times left move with the clock."""
        self.now = now
        if self.entries:
            top = self.index(0, RCol.DUE)
            bottom = self.index(len(self.entries) - 1, RCol.RESPONSE)
            self.dataChanged.emit(
                top,
                bottom,
                [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole, RRole.OVERDUE],
            )

    def entry_at(self, row: int) -> EscalationEntry | None:
        return self.entries[row] if 0 <= row < len(self.entries) else None

    def row_of(self, escalation_id: int) -> int | None:
        for row, e in enumerate(self.entries):
            if e.id == escalation_id:
                return row
        return None

    # --- Qt model interface -------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.entries)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(RCol)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        if orientation != Qt.Orientation.Horizontal or role != Qt.ItemDataRole.DisplayRole:
            return None
        return (
            self.tr("No."), self.tr("Ticket"), self.tr("Office"), self.tr("Reason"),
            self.tr("Status"), self.tr("Unit"), self.tr("Opened"), self.tr("By"),
            self.tr("Office due"), self.tr("Response"), self.tr("Office's reply"),
            self.tr("Outcome"),
        )[section]  # fmt: skip

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.entries):
            return None
        e = self.entries[index.row()]
        col = RCol(index.column())
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(col, e)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tip(col, e)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._color(col, e)
        if role == RRole.ENTRY:
            return e
        if role == RRole.OFFICE:
            return e.office
        if role == RRole.STATUS:
            return e.status
        if role == RRole.UNIT:
            return e.unit or ""
        if role == RRole.OPENED:
            return e.created_at.timestamp()
        if role == RRole.OVERDUE:
            return office_overdue(e, self.now)
        if role == Qt.ItemDataRole.TextAlignmentRole and col == RCol.ID:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _when(self, moment: datetime | None) -> str:
        return labels.local_time(moment, self.tz, year=self.now.astimezone(self.tz).year)

    def _text(self, col: RCol, e: EscalationEntry) -> str:
        if col == RCol.ID:
            return str(e.id)
        if col == RCol.TICKET:
            return e.ticket
        if col == RCol.OFFICE:
            return labels.tr(labels.OFFICES, e.office)
        if col == RCol.REASON:
            return labels.tr(labels.ESCALATION_REASONS, e.reason)
        if col == RCol.STATUS:
            return labels.tr(labels.ESCALATION_STATUS, e.status)
        if col == RCol.UNIT:
            return self.unit_names.get(e.unit or "", e.unit or "—")
        if col == RCol.OPENED:
            return self._when(e.created_at)
        if col == RCol.BY:
            return e.created_by
        if col == RCol.DUE:
            year = self.now.astimezone(self.tz).year
            return labels.local_time(e.due_at, self.tz, year=year, due=True) or "—"
        if col == RCol.RESPONSE:
            return self._response(e)
        if col == RCol.REPLY:
            return (e.reply or "").replace("\n", " ")
        return (e.outcome or "").replace("\n", " ")

    def _response(self, e: EscalationEntry) -> str:
        """Replied: how long the office took. Still open: time left, or how late."""
        if e.replied_at is not None:
            return labels.fill(self.tr("replied in %1"), span((e.replied_at - e.created_at)
                                                              .total_seconds()))  # fmt: skip
        if e.status not in STILL_OPEN:
            return "—"
        if e.due_at is None:
            return "—"
        left = (e.due_at - self.now).total_seconds()
        if left < 0:
            return labels.fill(self.tr("overdue %1"), span(-left))
        return labels.fill(self.tr("%1 left"), span(left))

    def _tip(self, col: RCol, e: EscalationEntry) -> str | None:
        if col == RCol.TICKET:
            return e.title or None
        if col == RCol.REASON and e.note:
            return e.note
        if col == RCol.REPLY and e.reply:
            return e.reply
        if col == RCol.OUTCOME and e.outcome:
            who = e.closed_by or ""
            return f"{e.outcome}\n— {who} {self._when(e.closed_at)}".strip()
        if col == RCol.RESPONSE and office_overdue(e, self.now):
            return self.tr("Overdue at the office: no answer within its response time")
        return None

    def _color(self, col: RCol, e: EscalationEntry) -> QColor | None:
        pal = theme.current()
        if col in (RCol.RESPONSE, RCol.DUE) and office_overdue(e, self.now):
            return pal.state_color(State.OVERDUE)
        if e.status not in STILL_OPEN and col != RCol.STATUS:
            return QColor(pal.muted)
        return None
