"""The board's link to the database, off the UI thread.

:class:`BoardReader` lives on a worker thread: it reads the board (``BoardStore``), polls the
change sequence every second, loads ticket details, and notices a lost database — then
retries with a growing pause until it answers again. On PostgreSQL a
:class:`ChangeListener` thread waits on LISTEN/NOTIFY and wakes it at once. Results reach
the widgets through queued signals; the UI thread never waits on the database.
"""

from __future__ import annotations

import logging
from typing import Any

import psycopg
from PySide6.QtCore import (
    QCoreApplication,
    QMetaObject,
    QObject,
    Qt,
    QThread,
    QTimer,
    Signal,
    Slot,
)
from sqlalchemy import Engine

from console.board import BoardStore, give_back_memory, paused_gc
from console.board_detail import load_detail
from console.board_order import prepare_fill
from console.clock import Clock
from console.errors import error_detail
from console.policy import Policy
from db.engine import CHANGES_CHANNEL

log = logging.getLogger(__name__)

POLL_MS = 1000  # SQLite: how often the change sequence is read
PG_POLL_MS = 5000  # PostgreSQL: a safety net behind LISTEN/NOTIFY
FIGURES_MS = 10_000  # figures that need the database (today's overdue, by the hour)
RETRY_MS = (1000, 2000, 4000, 8000, 15_000)


class BoardReader(QObject):
    delta = Signal(object)  # BoardDelta
    figures = Signal(object)  # BoardFigures
    detail = Signal(str, object)  # number, TicketDetail | None (no such ticket)
    detailFailed = Signal(str, str)  # number, reason
    lost = Signal(str)  # reason; the board on screen is the last one read
    restored = Signal()

    def __init__(
        self,
        store: BoardStore,
        clock: Clock,
        poll_ms: int | None = None,
        policy: Policy | None = None,
    ) -> None:
        super().__init__()
        self.store = store
        self.clock = clock
        self.policy = policy  # the ticket detail's ladder: what it proposes now
        pg = store.engine.dialect.name == "postgresql"
        self.poll_ms = poll_ms or (PG_POLL_MS if pg else POLL_MS)
        self.down = False
        self._tries = 0
        self._since_figures = FIGURES_MS
        self._poll: QTimer | None = None
        self._retry: QTimer | None = None

    @Slot()
    def start(self) -> None:
        """Begin on the worker thread (the timers must be created there)."""
        self._poll = QTimer(self)
        self._poll.setObjectName("board-poll")  # named: a leak check says which
        self._poll.setInterval(self.poll_ms)
        self._poll.timeout.connect(self.refresh)
        self._retry = QTimer(self)
        self._retry.setObjectName("board-retry")  # named: a leak check says which
        self._retry.setSingleShot(True)
        self._retry.timeout.connect(self.refresh)
        self._poll.start()
        self.refresh()

    @Slot()
    def stop(self) -> None:
        for timer in (self._poll, self._retry):
            if timer is not None:
                timer.stop()
        app = QCoreApplication.instance()
        if app is not None:
            self.moveToThread(app.thread())

    @Slot()
    def refresh(self) -> None:
        first = not self.store.tickets
        try:
            delta = self.store.refresh(self.clock.now())
            if delta is not None and delta.full and first and delta.upserts:
                # ordered and counted here: the UI thread only takes the rows in
                delta.prepared = prepare_fill(delta.upserts, self.clock.now().timestamp())
        except Exception as exc:  # any database error: keep the board, retry later
            self._fail(exc)
            return
        if self.down:
            self.down = False
            self._tries = 0
            log.warning("database is back")
            if self._poll is not None:
                self._poll.start()
            self.restored.emit()
        if delta is not None:
            self.delta.emit(delta)  # the board first: figures can follow
        self._since_figures += self.poll_ms
        # an escalation's time came: the tile is counted again with the register's count
        # (RegisterReader hears this delta), not up to FIGURES_MS later
        if self._since_figures >= FIGURES_MS or (
            delta is not None and (delta.full or delta.passed)
        ):
            self._since_figures = 0
            try:
                with paused_gc():  # ~100,000 rows at a big center: no collection halfway
                    figures = self.store.figures(self.clock.now())
            except Exception as exc:
                self._fail(exc)
                return
            self.figures.emit(figures)
        if delta is not None and delta.full:
            give_back_memory()  # the read's rows and the driver's buffers, freed now

    def _fail(self, exc: Exception) -> None:
        reason = error_detail(exc)  # the driver's words: the banner's details
        delay = RETRY_MS[min(self._tries, len(RETRY_MS) - 1)]
        self._tries += 1
        if not self.down:
            log.warning("database lost: %s", reason)
            self.down = True
            self.lost.emit(reason)
        self.store.forget()  # when it comes back, read it whole (it may be another one)
        self._since_figures = FIGURES_MS
        self.store.engine.dispose()  # drop pooled connections to what is gone
        if self._poll is not None:
            self._poll.stop()
        if self._retry is not None:
            self._retry.start(delay)
        log.info("next try in %d ms", delay)

    @Slot(str)
    def load_detail(self, number: str) -> None:
        try:
            found = load_detail(self.store.engine, number, self.policy, self.clock.now())
        except Exception as exc:
            self.detailFailed.emit(number, error_detail(exc))
            return
        self.detail.emit(number, found)


class ChangeListener(QThread):
    """PostgreSQL only: LISTEN on the change channel and wake the reader at each NOTIFY."""

    woke = Signal()

    def __init__(self, engine: Engine, parent: QObject | None = None) -> None:
        super().__init__(parent)
        url = engine.url.set(drivername="postgresql")
        self._conninfo = url.render_as_string(hide_password=False)

    def run(self) -> None:
        while not self.isInterruptionRequested():
            try:
                with psycopg.connect(self._conninfo, autocommit=True, connect_timeout=3) as conn:
                    conn.execute(f"LISTEN {CHANGES_CHANNEL}")
                    self._listen(conn)
            except Exception as exc:  # the reader reports a lost database; we just retry
                log.info("change listener: %s", exc)
                self._pause(2.0)

    def _listen(self, conn: Any) -> None:
        while not self.isInterruptionRequested():
            woke = False
            for _ in conn.notifies(timeout=0.5):
                woke = True
                break
            if woke:
                for _ in conn.notifies(timeout=0.05):  # a burst of commits: one wake-up
                    pass
                self.woke.emit()

    def _pause(self, seconds: float) -> None:
        for _ in range(int(seconds * 10)):
            if self.isInterruptionRequested():
                return
            self.msleep(100)


class BoardConnection(QObject):
    """The UI thread's handle on the reader: starts and stops its thread, forwards asks."""

    wantDetail = Signal(str)
    wantRefresh = Signal()

    def __init__(self, reader: BoardReader, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reader = reader
        self.worker = QThread(self)
        self.worker.setObjectName("board-reader")
        reader.moveToThread(self.worker)
        self.worker.started.connect(reader.start)
        self.wantDetail.connect(reader.load_detail)
        self.wantRefresh.connect(reader.refresh)
        self.listener: ChangeListener | None = None
        if reader.store.engine.dialect.name == "postgresql":
            self.listener = ChangeListener(reader.store.engine, self)
            self.listener.woke.connect(reader.refresh)

    def start(self) -> None:
        self.worker.start()
        if self.listener is not None:
            self.listener.start()

    def stop(self) -> None:
        """Stop the threads and wait for them: none is left running."""
        if self.listener is not None and self.listener.isRunning():
            self.listener.requestInterruption()
            self.listener.wait()
        if self.worker.isRunning():
            # timers stop on their own thread; then the reader comes home to be deleted
            QMetaObject.invokeMethod(
                self.reader, "stop", Qt.ConnectionType.BlockingQueuedConnection
            )
            self.worker.quit()
            self.worker.wait()
