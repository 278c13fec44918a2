"""The wall's own figures (console.wall_figures), read on the live board's worker thread:
the charts, the escalations and the ladder's proposals (masked for the room) change
slowly, so every 30 s is plenty; after a failure the next try comes sooner, and the live
board's banner says the database is lost."""

from __future__ import annotations

import logging
from dataclasses import replace

from PySide6.QtCore import QCoreApplication, QMetaObject, QObject, Qt, QTimer, Signal, Slot

from console.errors import first_line
from console.wall_figures import WallFigures, wall_figures, wall_proposals
from widgets.live_board import LiveBoard

log = logging.getLogger(__name__)

EVERY_MS = 30_000
RETRY_MS = 5_000


class WallFeed(QObject):
    ready = Signal(object)  # WallFigures
    failed = Signal(str)

    def __init__(self, live: LiveBoard, every_ms: int = EVERY_MS) -> None:
        super().__init__()
        self.live = live
        self.every_ms = every_ms
        self.figures: WallFigures | None = None  # the last read, on the UI thread's side
        self._timer: QTimer | None = None
        self._home = False  # back on the UI thread (stopped)
        worker = live.connection.worker
        self.moveToThread(worker)
        worker.started.connect(self.start)
        live.restored.connect(self.ask)  # the database is back: read at once
        live.stopping.connect(self.stop_here)

    def begin(self) -> None:
        """Start reading (at once when the live board's worker already runs)."""
        if self.live.connection.worker.isRunning():
            QMetaObject.invokeMethod(self, "start", Qt.ConnectionType.QueuedConnection)

    def ask(self) -> None:
        """Read now rather than at the next turn (from the UI thread)."""
        QMetaObject.invokeMethod(self, "refresh", Qt.ConnectionType.QueuedConnection)

    def stop_here(self) -> None:
        """Stop the timer on the worker and come home (from the UI thread)."""
        if self.live.connection.worker.isRunning() and not self._home:
            QMetaObject.invokeMethod(self, "stop", Qt.ConnectionType.BlockingQueuedConnection)

    @Slot()
    def start(self) -> None:
        if self._timer is None:
            self._timer = QTimer(self)
            self._timer.setObjectName("wall-figures")  # named: a leak check says which
            self._timer.setSingleShot(True)
            self._timer.timeout.connect(self.refresh)
        self.refresh()

    @Slot()
    def stop(self) -> None:
        if self._timer is not None:
            self._timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())
            self._home = True

    @Slot()
    def refresh(self) -> None:
        live = self.live
        try:
            now = live.clock.now()
            figures = wall_figures(live.engine, live.policy.tz, now)
            figures = replace(figures, proposals=wall_proposals(live.engine, live.policy, now))
        except Exception as exc:  # the live board reports the lost database; retry soon
            reason = first_line(exc)
            log.info("wall figures not read: %s", reason)
            self.failed.emit(reason)
            delay = RETRY_MS
        else:
            self.figures = figures  # one reference replaced: safe to read from the UI thread
            self.ready.emit(figures)
            delay = self.every_ms
        if self._timer is not None:
            self._timer.start(delay)
