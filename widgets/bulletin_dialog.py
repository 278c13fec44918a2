"""File → Bulletin…: the supervision bulletin (督办通报) of a period, as PDF or CSV.

The figures are gathered on a worker thread; the page is laid out and written on the
window's thread (QTextDocument), which takes a moment, not the minutes a query may.
"""

from __future__ import annotations

import logging
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QThread, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QWidget,
)
from sqlalchemy import Engine

from console.assessment import Period
from console.bulletin import Bulletin, gather, write_bulletin
from console.clock import Clock
from console.errors import first_line
from console.policy import Policy
from widgets.bulletin_chart import render_overdue_chart
from widgets.errors import told
from widgets.labels import fill
from widgets.pdf_render import write_pdf

log = logging.getLogger(__name__)


class _Gather(QThread):
    done = Signal(object)  # Bulletin
    failed = Signal(str)

    def __init__(
        self, engine: Engine, policy: Policy, period: Period, clock: Clock, parent: QObject
    ) -> None:
        super().__init__(parent)
        self.engine, self.policy, self.period, self.clock = engine, policy, period, clock

    def run(self) -> None:
        try:
            b = gather(self.engine, self.policy, self.period, now=self.clock.now())
        except Exception as exc:  # the database: said in the dialog
            log.warning("bulletin figures failed: %s", exc)
            self.failed.emit(first_line(exc))
            return
        self.done.emit(b)


class BulletinDialog(QDialog):
    """Choose the period and the language, then where to save; says when it is written."""

    written = Signal(str)  # the file

    def __init__(
        self,
        engine: Engine,
        policy: Policy,
        clock: Clock,
        lang: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("bulletinDialog")
        self.engine, self.policy, self.clock = engine, policy, clock
        self.job: _Gather | None = None
        self.out: Path | None = None
        self.setWindowTitle(self.tr("Supervision bulletin"))
        today = clock.now().astimezone(policy.tz).date()
        last_month_end = today.replace(day=1) - timedelta(days=1)
        self.first, self.last = QDateEdit(self), QDateEdit(self)
        for edit, day in ((self.first, last_month_end.replace(day=1)),
                          (self.last, last_month_end)):  # fmt: skip
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setDate(QDate(day.year, day.month, day.day))
        self.language = QComboBox(self)
        self.language.addItem("简体中文", "zh_CN")
        self.language.addItem("English", "en")
        self.language.setCurrentIndex(0 if lang.startswith("zh") else 1)
        self.status = QLabel(self)
        self.status.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow(self.tr("From"), self.first)
        form.addRow(self.tr("To (included)"), self.last)
        form.addRow(self.tr("Language"), self.language)
        self.buttons = QDialogButtonBox(self)
        self.save = self.buttons.addButton(
            self.tr("Save as…"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.buttons.accepted.connect(self.ask_file)
        self.buttons.rejected.connect(self.reject)
        form.addRow(self.status)
        form.addRow(self.buttons)

    def period(self) -> Period:
        a, b = self.first.date(), self.last.date()
        return Period(
            date(a.year(), a.month(), a.day()), date(b.year(), b.month(), b.day()) + timedelta(1)
        )

    def ask_file(self) -> None:
        try:
            period = self.period()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        name = f"bulletin-{period.first.isoformat()}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the bulletin"), name,
            self.tr("PDF, to print (*.pdf);;CSV, the ranking (*.csv)"),
        )  # fmt: skip
        if path:
            self.make(Path(path))

    def make(self, out: Path) -> None:
        """Gather the figures for ``out`` (.pdf or .csv); written when they arrive."""
        if out.suffix.lower() not in (".pdf", ".csv"):
            out = out.with_suffix(".pdf")
        try:
            period = self.period()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.out = out
        self.save.setEnabled(False)
        self.status.setText(self.tr("Counting the period's figures…"))
        self.job = _Gather(self.engine, self.policy, period, self.clock, self)
        self.job.done.connect(self._write)
        self.job.failed.connect(self._failed)
        self.job.start()

    def _write(self, b: Bulletin) -> None:
        assert self.out is not None
        lang = str(self.language.currentData())
        try:
            write_bulletin(b, self.out, lang, pdf_writer=write_pdf, chart=render_overdue_chart)
        except OSError as exc:
            self._failed(f"{exc.strerror or exc}: {self.out}")
            return
        self.save.setEnabled(True)
        self.status.setText(fill(self.tr("Written: %1"), str(self.out)))
        self.written.emit(str(self.out))

    def _failed(self, reason: str) -> None:
        self.save.setEnabled(True)
        self.status.setText(fill(self.tr("The bulletin could not be written: %1"), told(reason)))

    def wait_idle(self) -> None:
        if self.job is not None:
            self.job.wait()

    def done(self, result: int) -> None:
        self.wait_idle()
        super().done(result)
