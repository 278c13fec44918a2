"""The banner that says the database is lost, while the last board stays on screen: what
happened in a sentence a supervisor understands, the driver's words behind "Details…"."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QMessageBox, QPushButton, QWidget

from widgets.errors import error_box, sentence
from widgets.labels import fill
from widgets.theme import icon


class ConnectionBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("banner")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(14, 7, 14, 7)
        self.icon = QLabel(self)
        self.icon.setPixmap(icon("db-lost").pixmap(QSize(18, 18)))
        self.text = QLabel(self)
        self.text.setWordWrap(True)
        self.details = QPushButton(self)
        self.details.setObjectName("bannerDetails")
        self.details.setCursor(Qt.CursorShape.PointingHandCursor)
        self.details.clicked.connect(self.show_details)
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.details, 0, Qt.AlignmentFlag.AlignVCenter)
        self.reason = ""  # the driver's words (passwords masked), for Details only
        self.since: datetime | None = None
        self.box: QMessageBox | None = None
        self.hide()

    def show_lost(self, reason: str, since: datetime) -> None:
        self.reason, self.since = reason, since
        self.text.setText(
            fill(
                self.tr(
                    "<b>Database connection lost</b> at %1 — the board shows the tickets as "
                    "last read and keeps counting down. Reconnecting automatically…"
                ),
                since.strftime("%H:%M:%S"),
            )
        )
        self.setToolTip(sentence(reason))  # never the driver's words: those are in Details
        self.details.setText(self.tr("Details…"))
        self.show()

    def show_details(self) -> None:
        if self.box is not None:
            self.box.close()
        stamp = self.since.strftime("%H:%M:%S") if self.since else ""
        lead = fill(self.tr("The connection to the database was lost at %1."), stamp)
        self.box = error_box(self.window(), self.tr("Database connection lost"), lead, self.reason)
        self.box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.box.destroyed.connect(self._forget_box)
        self.box.open()

    def _forget_box(self) -> None:
        self.box = None

    def show_restored(self) -> None:
        self.reason, self.since = "", None
        self.hide()
