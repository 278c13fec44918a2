"""Work off the UI thread: one job at a time on a worker thread, its answer handed back
on the UI thread through a queued signal, and only the latest job's answer counts.

The board's sorts and filters at 100,000 rows take a few hundred milliseconds of Python;
run here, the UI thread keeps turning (the interpreter switches threads every few
milliseconds) and only takes the finished rows in one swap.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QObject, Qt, Signal

log = logging.getLogger(__name__)

BIG_BOARD = 20_000  # rows from which the board sorts and filters off the UI thread


class OffThread(QObject):
    _done = Signal(int, object)  # job, its answer

    def __init__(self, name: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._name = name
        self._pool: ThreadPoolExecutor | None = None
        self._job = 0
        self._then: Callable[[Any], None] | None = None
        self._done.connect(self._deliver, Qt.ConnectionType.QueuedConnection)

    @property
    def busy(self) -> bool:
        """A job was asked for and its answer has not been taken yet."""
        return self._then is not None

    def run(self, work: Callable[[], Any], then: Callable[[Any], None]) -> None:
        """Do ``work()`` on the worker, then ``then(answer)`` here — unless another job was
        asked for in between (or :meth:`cancel`): its answer is dropped."""
        if self._pool is None:
            self._pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix=self._name)
        self._job += 1
        self._then = then
        self._pool.submit(self._work, self._job, work)

    def cancel(self) -> None:
        self._job += 1
        self._then = None

    def stop(self) -> None:
        """Drop any answer still to come and wait for the worker to finish (idempotent)."""
        self.cancel()
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None

    def _work(self, job: int, work: Callable[[], Any]) -> None:
        try:
            answer = work()
        except Exception:  # a bug: say so, and leave the board as it was
            log.exception("%s: the work failed", self._name)
            answer = _FAILED
        self._done.emit(job, answer)

    def _deliver(self, job: int, answer: object) -> None:
        then = self._then
        if job != self._job or then is None:
            return  # a later job was asked for: this answer is out of date
        self._then = None
        if answer is not _FAILED:
            then(answer)


_FAILED = object()
