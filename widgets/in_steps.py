"""Long work on the UI thread in short steps, so the event loop keeps turning.

Sorting or filtering 100,000 board rows takes a few hundred milliseconds of Python. On a
worker thread it did not leave the UI thread free: the two threads share one interpreter
and its lock, and a ``list.sort`` (C code) holds that lock until it is done — measured, a
sort by title on a worker left a 0.8 s event-loop turn, longer than sorting at once. So
the work is a generator that yields every few thousand rows; :class:`InSteps` runs it a
few milliseconds per event-loop turn and hands its result back at the end. Only the
latest job's result counts.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Generator
from typing import Any

from PySide6.QtCore import QObject, QTimer

from console.board import paused_gc

log = logging.getLogger(__name__)

BIG_BOARD = 20_000  # rows from which the board sorts and filters in steps
STEP_S = 0.006  # work per event-loop turn: well under a frame
Work = Generator[Any, None, Any]  # yields between steps (what it likes), returns the result


class InSteps(QObject):
    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._timer = QTimer(self)
        self._timer.setObjectName(name)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self._step)
        self._work: Work | None = None
        self._then: Callable[[Any], None] | None = None

    @property
    def busy(self) -> bool:
        """A job is under way."""
        return self._work is not None

    def run(self, work: Work, then: Callable[[Any], None]) -> None:
        """Run ``work`` a step at a time from the next turn on, then ``then(result)``; a
        job under way is dropped."""
        self.cancel()
        self._work, self._then = work, then
        self._timer.start()

    def cancel(self) -> None:
        """Drop the job under way (idempotent)."""
        self._timer.stop()
        if self._work is not None:
            self._work.close()
        self._work = self._then = None

    stop = cancel

    def _step(self) -> None:
        work, then = self._work, self._then
        if work is None or then is None:
            self._timer.stop()
            return
        until = time.perf_counter() + STEP_S
        try:
            # the work makes many small objects: a collection in the middle of a step
            # (tens of milliseconds over the whole heap) would double the turn
            with paused_gc():
                while time.perf_counter() < until:
                    next(work)
        except StopIteration as done:
            self._timer.stop()
            self._work = self._then = None
            then(done.value)
        except Exception:  # a bug: say so, and leave the board as it was
            log.exception("%s: the work failed", self._timer.objectName())
            self.cancel()
