"""The escalation register docked in the window, kept live by a :class:`RegisterReader` on
the board's worker thread (read again at every change while it is shown)."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDockWidget, QWidget

from console.clock import Clock
from widgets.board_lodger import Lodging
from widgets.board_reader import BoardConnection
from widgets.register_pane import RegisterPane
from widgets.register_reader import RegisterReader


class RegisterDock(QDockWidget):
    wantRegister = Signal()  # to the reader: read the register now

    def __init__(
        self, connection: BoardConnection, clock: Clock, tz: tzinfo, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("registerDock")
        self.connection = connection
        self.pane = RegisterPane(tz, clock, self)
        self.setWidget(self.pane)
        self.reader = RegisterReader(connection.reader.store, clock)
        self.lodging = Lodging(self.reader, connection)
        self.wantRegister.connect(self.reader.load)
        self.reader.entries.connect(self.pane.set_entries)
        self.pane.shown.connect(self._shown)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Escalation register (督办台账)"))
        self.pane.retranslate()

    def _shown(self, visible: bool) -> None:
        self.reader.active = visible
        if visible:
            self.wantRegister.emit()

    def stop(self) -> None:
        """Off the board's worker before it stops (idempotent; the window calls it first)."""
        self.pane.stop_timers()
        self.lodging.leave()
