"""The live board, owned once: the model, the database reader on its worker thread, and
the 1 Hz tick. The supervisor's window and the wall display both show one of these
instead of each wiring its own reader, thread and timer.

Views that must keep their place while rows come and go register a context manager
(:meth:`LiveBoard.keep_in_place`); everything else listens to the signals.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Callable
from contextlib import AbstractContextManager, ExitStack
from datetime import datetime

from PySide6.QtCore import QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget
from shiboken6 import isValid
from sqlalchemy import Engine

from console.board import BoardDelta, BoardFigures, BoardStore
from console.clock import Clock
from console.policy import Policy
from widgets.board_model import BoardModel
from widgets.board_reader import BoardConnection, BoardReader

TICK_MS = 1000
# changes applied per event-loop turn: a burst (thousands of tickets changed at once) is
# applied over several turns, each well under a frame, so the countdowns never stutter
SLICE = 100
# while a burst goes in, the views' rows repaint this often, not after every slice: a
# slice dirties the whole board, and an import of 105,000 events repainted it ~600 times
BURST_PAINT_MS = 250


class PaintHold(QObject):
    """The widgets :meth:`LiveBoard.hold_paints` was given: from :meth:`hold` until
    the burst's end (the next due time after it: the next poll's burst often comes
    first) their updates are off; every ``BURST_PAINT_MS`` a paint is due, and the slicer
    gives that turn to it (:meth:`paint`) instead of a slice: a slice and a paint in one
    turn were the import's long turns."""

    def __init__(self, bursting: Callable[[], bool], parent: QObject) -> None:
        super().__init__(parent)
        self.widgets: list[QWidget] = []
        self.timer = QTimer(self)
        self.timer.setObjectName("live-board-burst-paints")  # named: a leak check says which
        self.timer.setInterval(BURST_PAINT_MS)
        self.timer.timeout.connect(lambda: self._due(bursting()))
        self.due = False  # the next slicer turn is the paint's

    def watch(self, widget: QWidget) -> None:
        self.widgets.append(widget)

    def _alive(self) -> list[QWidget]:
        self.widgets = [w for w in self.widgets if isValid(w)]  # a closed window's are gone
        return self.widgets

    def hold(self) -> None:
        """Before a slice of a burst: no paint until the next one due."""
        if not self.timer.isActive():
            self.timer.start()
        for widget in self._alive():
            if widget.updatesEnabled():
                widget.setUpdatesEnabled(False)

    def paint(self) -> None:
        """Paint the held widgets now (a hidden one does not paint: nothing waits for it)."""
        self.due = False
        for widget in self._alive():
            if not widget.updatesEnabled():
                widget.setUpdatesEnabled(True)
                widget.repaint()

    def release(self) -> None:
        """Stopped: paint as ever (the whole widget, in a turn to come)."""
        self.timer.stop()
        self.due = False
        for widget in self._alive():
            if not widget.updatesEnabled():
                widget.setUpdatesEnabled(True)

    def _due(self, bursting: bool) -> None:
        if bursting:
            self.due = True
        else:  # the burst went in since the last paint: its last one, in this turn alone
            self.timer.stop()
            self.paint()


class LiveBoard(QObject):
    ticked = Signal(float)  # epoch seconds; the model has moved to it
    applied = Signal(object)  # the BoardDelta now in the model
    figuresChanged = Signal(object)  # BoardFigures
    lost = Signal(str)  # reason; the model keeps the last board and keeps counting down
    restored = Signal()
    stopping = Signal()  # about to stop the worker: whatever else runs on it stops now

    def __init__(
        self,
        engine: Engine,
        policy: Policy,
        clock: Clock,
        *,
        poll_ms: int | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.engine, self.policy, self.clock = engine, policy, clock
        self.model = BoardModel(policy.tz, self)
        self.model.now = clock.now().timestamp()
        self.reader = BoardReader(BoardStore(engine, policy.tz), clock, poll_ms, policy)
        self.connection = BoardConnection(self.reader, self)
        self.figures: BoardFigures | None = None  # None until counted: never show a guess
        self.lost_since: datetime | None = None
        self.lost_reason = ""
        self._keepers: list[Callable[[], AbstractContextManager[object]]] = []
        self.timer = QTimer(self)
        self.timer.setObjectName("board-tick")  # named: a leak check says which
        self.timer.setObjectName("live-board-tick")
        self.timer.setInterval(TICK_MS)
        self.timer.timeout.connect(self.tick)
        self._slices: deque[BoardDelta] = deque()  # parts of a burst, still to apply
        self._slicer = QTimer(self)
        self._slicer.setObjectName("live-board-slices")
        self._slicer.setInterval(0)
        self._slicer.timeout.connect(self._next_slice)
        self.paints = PaintHold(lambda: bool(self._slices), self)
        self.reader.delta.connect(self.apply)
        self.reader.figures.connect(self._figures)
        self.reader.lost.connect(self._lost)
        self.reader.restored.connect(self._restored)
        self._running = False

    @property
    def loaded(self) -> bool:
        """The first read of the board has arrived."""
        return self.model.loaded

    @property
    def idle(self) -> bool:
        """No change waits to be applied (the board shows everything it was given)."""
        return not self._slices

    def keep_in_place(self, keeper: Callable[[], AbstractContextManager[object]]) -> None:
        """Run ``keeper()`` around every change of rows (a view keeping its scroll place)."""
        self._keepers.append(keeper)

    def hold_paints(self, widget: QWidget) -> None:
        """Repaint ``widget`` (a view's viewport) every ``BURST_PAINT_MS`` while a burst
        goes in, in turns of its own, not after every slice."""
        self.paints.watch(widget)

    def start(self) -> None:
        if self._running:
            return
        self._running = True
        self.connection.start()
        self.timer.start()

    def stop(self) -> None:
        """Stop the tick and the reader's threads (idempotent)."""
        self.timer.stop()
        self._slicer.stop()
        self._slices.clear()
        self.paints.release()
        self.model.stop_work()
        if self._running:
            self._running = False
            self.stopping.emit()
            self.connection.stop()

    def tick(self) -> None:
        now = self.clock.now().timestamp()
        self.model.tick(now)
        self.ticked.emit(now)

    def refresh(self) -> None:
        """Read what changed now rather than at the next poll."""
        self.connection.wantRefresh.emit()

    def apply(self, delta: BoardDelta) -> None:
        """Take ``delta`` into the board: at once, or a slice per event-loop turn when it
        is large (the first read of the board is taken whole: its counts are its own)."""
        if not self._slices and (
            not self.model.loaded or len(delta.upserts) + len(delta.removed) <= SLICE
        ):
            self._apply(delta)
            return
        removed, upserts = delta.removed, delta.upserts
        for i in range(0, len(removed), SLICE):
            self._slices.append(BoardDelta(delta.seq, [], removed[i : i + SLICE], delta.full))
        for i in range(0, len(upserts), SLICE):
            self._slices.append(BoardDelta(delta.seq, upserts[i : i + SLICE], [], delta.full))
        if not self._slicer.isActive():
            self._next_slice()
            self._slicer.start()

    def _next_slice(self) -> None:
        if self._slices and self.paints.due:
            self.paints.paint()  # a turn of its own
            return
        if self._slices:
            self.paints.hold()
            self._apply(self._slices.popleft())
        if not self._slices:
            self._slicer.stop()  # the held widgets paint at the next due time (its timer)

    def _apply(self, delta: BoardDelta) -> None:
        with ExitStack() as stack:
            for keeper in self._keepers:
                stack.enter_context(keeper())
            self.model.apply(delta, self.clock.now().timestamp())
        self.applied.emit(delta)

    def _figures(self, figures: BoardFigures) -> None:
        self.figures = figures
        self.figuresChanged.emit(figures)

    def _lost(self, reason: str) -> None:
        self.lost_since = self.clock.now()
        self.lost_reason = reason
        self.lost.emit(reason)

    def _restored(self) -> None:
        self.lost_since = None
        self.lost_reason = ""
        self.restored.emit()
