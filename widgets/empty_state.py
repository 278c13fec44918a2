"""What the board says instead of showing a blank table."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize, Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget

from widgets.theme import icon, named_label

_COMMAND = re.compile(r"python main\.py[^”\"]*")


class EmptyState(QWidget):
    """An overlay over the board's viewport: loading, no tickets yet, or none match."""

    importRequested = Signal()
    clearFiltersRequested = Signal()

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, False)
        self.picture = QLabel(self)
        self.title = named_label("emptyTitle", "", self)
        self.text = named_label("emptyText", "", self)
        self.text.setWordWrap(True)
        self.text.setTextFormat(Qt.TextFormat.RichText)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.button = QPushButton(self)
        self.button.setObjectName("primary")
        self.button.clicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        for w in (self.picture, self.title, self.text, self.button):
            layout.addWidget(w, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.setSpacing(10)
        layout.addStretch(3)
        self.text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.text.setFixedWidth(540)  # a wrapped label in a centred layout needs a width
        self.mode = ""

    def show_mode(self, mode: str) -> None:
        """``loading``, ``empty`` (no open tickets), ``filtered`` (none match), or ``""``."""
        self.mode = mode
        if not mode:
            self.hide()
            return
        if mode == "loading":
            self.title.setText(self.tr("Reading the board…"))
            self.text.setText("")
        elif mode == "empty":
            self.title.setText(self.tr("No open tickets"))
            self.text.setText(
                self.tr(
                    "Tickets appear here as soon as they are imported. Import a feed with "
                    "File → Import feed…, run “python main.py import FILE”, or see a "
                    "working center at once with “python main.py --demo”."
                )
            )
            self.button.setText(self.tr("Import feed…"))
        else:
            self.title.setText(self.tr("No ticket matches these filters"))
            self.text.setText(self.tr("Change the filters or the search, or show every ticket."))
            self.button.setText(self.tr("Clear filters"))
        # an empty board invites an import; no match is a search that found nothing
        picture = "no-results" if mode == "filtered" else "empty-board"
        self.picture.setPixmap(icon(picture).pixmap(QSize(96, 96)))
        self.picture.setProperty("icon", picture)
        self.picture.setVisible(mode != "loading")
        # a command must not break across lines
        self.text.setText(_COMMAND.sub(r"<nobr>\g<0></nobr>", self.text.text()))
        self.button.setVisible(mode in ("empty", "filtered"))
        self.text.setVisible(bool(self.text.text()))
        lines = self.text.heightForWidth(self.text.width())  # -1 when there is no text
        self.text.setFixedHeight(max(lines, 0))  # room for all its lines
        parent = self.parentWidget()
        if parent is not None:
            self.setGeometry(parent.rect())
        self.show()
        self.raise_()

    def _clicked(self) -> None:
        if self.mode == "empty":
            self.importRequested.emit()
        else:
            self.clearFiltersRequested.emit()
