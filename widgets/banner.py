"""The banner that says the database is lost, while the last board stays on screen."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QWidget

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
        layout.addWidget(self.icon)
        layout.addWidget(self.text, 1)
        self.reason = ""
        self.since: datetime | None = None
        self.hide()

    def show_lost(self, reason: str, since: datetime) -> None:
        self.reason, self.since = reason, since
        self.text.setText(
            self.tr(
                "<b>Database connection lost</b> at %1 — the board shows the tickets as last "
                "read and keeps counting down. Reconnecting automatically…"
            ).replace("%1", since.strftime("%H:%M:%S"))
        )
        self.setToolTip(reason)
        self.show()

    def show_restored(self) -> None:
        self.reason, self.since = "", None
        self.hide()
