"""Extend a deadline (延期): which open deadline, its new due time and the reason."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, tzinfo

from PySide6.QtCore import QDateTime
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QWidget,
)

from widgets import labels
from widgets.dialog_buttons import answer_buttons
from widgets.text_dialog import MAX_TEXT
from widgets.theme import named_label


@dataclass(frozen=True)
class OpenDue:
    kind: str  # sign | onsite | reply
    due_at: datetime  # UTC-aware


class ExtendDialog(QDialog):
    def __init__(
        self,
        number: str,
        title: str,
        open_deadlines: list[OpenDue],
        tz: tzinfo,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Extend a deadline (延期)"))
        self.setMinimumWidth(480)
        self.tz = tz
        self.deadlines = open_deadlines
        head = QLabel(labels.fill(self.tr("Ticket %1 — %2"), number, title), self)
        head.setWordWrap(True)
        self.kind = QComboBox(self)
        for d in open_deadlines:
            due = d.due_at.astimezone(tz).strftime(labels.FULL_DATE)
            self.kind.addItem(
                labels.fill(self.tr("%1 — due %2"), labels.tr(labels.DEADLINES, d.kind), due),
                d.kind,
            )
        if open_deadlines:
            # the deadline the board counts down (due soonest), not the first stored
            soonest = min(range(len(open_deadlines)), key=lambda i: open_deadlines[i].due_at)
            self.kind.setCurrentIndex(soonest)
        self.until = QDateTimeEdit(self)
        self.until.setDisplayFormat("yyyy-MM-dd HH:mm")
        self.until.setCalendarPopup(True)
        self.reason = QLineEdit(self)
        self.reason.setMaxLength(MAX_TEXT)
        self.reason.setPlaceholderText(self.tr("Why the unit gets more time"))
        self.hint = named_label("hint", "", self)
        self.buttons = answer_buttons(self, self.tr("&Extend"))
        form = QFormLayout(self)
        form.addRow(head)
        form.addRow(self.tr("&Deadline"), self.kind)
        form.addRow(self.tr("New &due time"), self.until)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.hint)
        form.addRow(self.buttons)
        self.kind.currentIndexChanged.connect(self._kind_changed)
        self.until.dateTimeChanged.connect(self._check)
        self.reason.textChanged.connect(self._check)
        self._kind_changed()

    def _local(self, moment: datetime) -> QDateTime:
        """A moment as the editor shows it: the center's wall-clock time."""
        local = moment.astimezone(self.tz)
        return QDateTime(local.year, local.month, local.day, local.hour, local.minute, 0)

    def _current(self) -> OpenDue | None:
        i = self.kind.currentIndex()
        return self.deadlines[i] if 0 <= i < len(self.deadlines) else None

    def _kind_changed(self) -> None:
        current = self._current()
        if current is not None:
            due = current.due_at.astimezone(self.tz)
            # a day later is the usual ask; the supervisor changes it
            self.until.setDateTime(self._local(due).addDays(1))
        self._check()

    # --- values -------------------------------------------------------------------------
    def kind_code(self) -> str:
        return str(self.kind.currentData())

    def until_utc(self) -> datetime:
        """The new due time: the editor's wall-clock time in the center's zone, as UTC."""
        q = self.until.dateTime()
        d, t = q.date(), q.time()
        local = datetime(d.year(), d.month(), d.day(), t.hour(), t.minute(), tzinfo=self.tz)
        return local.astimezone(UTC)

    def reason_text(self) -> str:
        return self.reason.text().strip()

    def _check(self) -> None:
        current = self._current()
        later = current is not None and self.until_utc() > current.due_at
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(later and bool(self.reason_text()))
        if current is None:
            text = self.tr("The ticket has no open deadline.")
        elif not later:
            text = self.tr("The new due time must be later than the deadline now.")
        elif not self.reason_text():
            text = self.tr("Give the reason to continue.")
        else:
            text = ""
        self.hint.setText(text)
        self.hint.setVisible(bool(text))

    def accept(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None and ok.isEnabled():
            super().accept()
