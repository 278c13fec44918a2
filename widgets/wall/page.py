"""The one small interface every wall page keeps, and what the pages share.

A page is a widget the window puts in its rotation. It reads the live board and the
wall's figures from :class:`WallContext`, refreshes itself once a second while shown,
says in words what it shows (:meth:`WallPage.texts`: the tests check the masking there),
and covers itself with "loading" until its data has been counted at least once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QWidget

from console.kpi_targets import KpiTarget
from widgets.live_board import LiveBoard
from widgets.wall.wall_feed import WallFeed


@dataclass
class WallContext:
    live: LiveBoard
    feed: WallFeed
    targets: dict[str, KpiTarget]
    tiles: tuple[str, ...]
    scale: float = 1.0


class WallPage(QWidget):
    key: ClassVar[str] = ""

    def __init__(self, wall: WallContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.wall = wall
        self.loading = QLabel(self)
        self.loading.setObjectName("wallLoading")
        self.loading.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.loading.setAutoFillBackground(True)
        self.loading.hide()  # until show_loading() finds the page waiting

    # --- the interface ------------------------------------------------------------------
    def heading(self) -> str:
        """The page's name in the page indicator."""
        raise NotImplementedError

    def ready(self) -> bool:
        """Its data has been read at least once."""
        raise NotImplementedError

    def refresh(self, now: float) -> None:
        """Once a second while shown (and at once when it comes up)."""

    def retranslate(self) -> None:
        # the context by name: self.tr() would look in the subclass's
        self.loading.setText(QCoreApplication.translate("WallPage", "Reading the latest figures…"))

    def rescale(self, scale: float) -> None:
        """The window's scale changed (another screen, another size)."""

    def texts(self) -> list[str]:
        """Every text the page shows now, as shown: "loading" alone while it covers it."""
        return [self.loading.text()] if not self.loading.isHidden() else self.content_texts()

    def content_texts(self) -> list[str]:
        """The texts of the page's content (under "loading" until :meth:`ready`)."""
        return []

    # --- shared behaviour ---------------------------------------------------------------
    def show_loading(self) -> None:
        """Cover the page until :meth:`ready`: never a zero that was not counted."""
        waiting = not self.ready()
        if waiting == self.loading.isHidden():  # hidden-ness: the page may be off screen
            self.loading.setVisible(waiting)
            self.loading.raise_()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.loading.setGeometry(self.rect())
