"""The console's notification jobs: the sweep and the watch for changes, off the UI thread.

An APScheduler ``QtScheduler`` runs two interval jobs on its thread pool: the sweep
(``console.notify_sweep``, every few seconds: what crossed a line, raised once for the
center) and the watch (every second: notifications written since the change sequence
last seen — raised here or at another workstation, acknowledged anywhere). Supervisor
asks (acknowledge, mark read, snooze) go to the same pool as one-off jobs. Results reach
the widgets only through this object's signals, queued onto the UI thread.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable, Iterable
from datetime import datetime, timedelta
from typing import Any

from apscheduler.executors.pool import ThreadPoolExecutor
from apscheduler.schedulers.base import STATE_STOPPED
from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Signal
from sqlalchemy import Engine

from console.board import give_back_memory, keep_from_collector, paused_gc
from console.clock import Clock
from console.errors import first_line
from console.notifications import (
    NotificationChanges,
    NotificationRefused,
    acknowledge,
    changes_since,
    mark_read,
    read_up_to,
    snooze,
    snoozed,
    unsnooze,
    whole_entries,
)
from console.notify_sweep import sweep
from console.policy import Policy

log = logging.getLogger(__name__)

SWEEP_S = 5  # a crossing is raised at most this late
WATCH_S = 1  # another workstation's acknowledgment shows within about this
KEEP_FROZEN = 10_000  # notifications in one load (a big center's first, an import's) then frozen


class _Scheduler(QtScheduler):
    """``QtScheduler`` whose pending wake-up (a ``QTimer.singleShot`` it cannot stop in
    PySide6) does nothing once it is shut down."""

    def _process_jobs(self) -> float | None:
        if self.state == STATE_STOPPED:
            return None
        wait: float | None = super()._process_jobs()
        return wait


class NotificationService(QObject):
    changed = Signal(object)  # NotificationChanges
    filled = Signal(object)  # notifications read whole (a first load read them in short)
    readState = Signal(int, object)  # read up to, {ticket: until} snoozed now
    refused = Signal(str, str)  # a supervisor's ask refused by a rule: its code, its message
    failed = Signal(str)  # the database did not answer; the jobs keep trying

    def __init__(
        self,
        engine: Engine,
        clock: Clock,
        policy: Policy,
        supervisor: str,
        parent: QObject | None = None,
        *,
        sweep_s: float = SWEEP_S,
        watch_s: float = WATCH_S,
    ) -> None:
        super().__init__(parent)
        self.engine, self.clock, self.policy, self.supervisor = engine, clock, policy, supervisor
        self.tz = policy.tz
        self.seq = 0
        self.loaded = False  # the first watch reads the newest notifications whole
        self._watching = threading.Lock()  # the watch job and asks both read changes
        self.sweep_s, self.watch_s = sweep_s, watch_s
        self.scheduler: _Scheduler | None = None

    # --- lifetime ---------------------------------------------------------------------
    def start(self) -> None:
        # asks run one at a time, in the order made (a snooze, then its read-back)
        executors = {"default": ThreadPoolExecutor(3), "asks": ThreadPoolExecutor(1)}
        scheduler = _Scheduler(
            executors=executors, job_defaults={"max_instances": 1, "coalesce": True}
        )
        now = datetime.now().astimezone()
        scheduler.add_job(self.watch, "interval", seconds=self.watch_s, id="notify-watch",
                          next_run_time=now)  # fmt: skip
        if self.sweep_s > 0:  # 0: something else drives the sweep (tests, with a fake clock)
            scheduler.add_job(self.sweep, "interval", seconds=self.sweep_s, id="notify-sweep",
                              next_run_time=now + timedelta(seconds=0.2))  # fmt: skip
        scheduler.add_job(self.load_read_state, id="notify-read-state", executor="asks")
        scheduler.start()
        self.scheduler = scheduler

    def stop(self) -> None:
        """Stop the jobs and wait for any that is running (idempotent)."""
        scheduler, self.scheduler = self.scheduler, None
        if scheduler is not None and scheduler.running:
            scheduler.shutdown(wait=True)

    def _submit(self, job: Callable[..., Any], *args: Any) -> None:
        """A one-off ask on the pool; run here when the jobs are not running (tests)."""
        if self.scheduler is not None and self.scheduler.running:
            self.scheduler.add_job(job, args=args, executor="asks")
        else:
            job(*args)

    # --- jobs (worker threads) --------------------------------------------------------
    def sweep(self) -> None:
        try:
            sweep(self.engine, self.clock.now(), self.policy)
        except Exception as exc:  # the database may be away; the next run tries again
            self._fail(exc)
            return
        self.watch()  # what it raised shows at once, not a second later

    def watch(self) -> None:
        with self._watching:
            try:
                with paused_gc():  # a first load is every notification of the center
                    found: NotificationChanges = changes_since(self.engine, self.seq)
                    if len(found.entries) >= KEEP_FROZEN:
                        # kept all day: frozen before the collector is back, whose first
                        # passes walked them all (~200 ms of the interpreter's lock)
                        keep_from_collector(collect_young=False)
            except Exception as exc:
                self._fail(exc)
                return
            first = not self.loaded
            self.seq, self.loaded = found.seq, True
            if found.entries or first:
                self.changed.emit(found)
            if first:
                give_back_memory()  # the first load's rows and driver buffers, freed now

    def load_read_state(self) -> None:
        try:
            up_to = read_up_to(self.engine, self.supervisor)
            quiet = snoozed(self.engine, self.supervisor, self.clock.now())
        except Exception as exc:
            self._fail(exc)
            return
        self.readState.emit(up_to, quiet)

    def _fail(self, exc: Exception) -> None:
        reason = first_line(exc)
        log.warning("notifications: %s", reason)
        self.failed.emit(reason)

    # --- asks from the UI -------------------------------------------------------------
    def acknowledge(self, ids: Iterable[int]) -> None:
        self._submit(self._acknowledge, sorted(set(ids)))

    def _acknowledge(self, ids: list[int]) -> None:
        try:
            acknowledge(self.engine, self.supervisor, ids, now=self.clock.now())
        except NotificationRefused as exc:
            self.refused.emit(exc.code, str(exc))
            return
        except Exception as exc:
            self._fail(exc)
            return
        self.watch()

    def read_whole(self, ids: list[int]) -> None:
        """Notifications the center shows that a first load read in short."""
        self._submit(self._read_whole, ids)

    def _read_whole(self, ids: list[int]) -> None:
        try:
            found = whole_entries(self.engine, ids)
        except Exception as exc:
            self._fail(exc)
            return
        self.filled.emit(found)

    def reload_read_state(self) -> None:
        self._submit(self.load_read_state)

    def mark_read(self, up_to: int) -> None:
        self._submit(self._mark_read, up_to)

    def _mark_read(self, up_to: int) -> None:
        try:
            mark_read(self.engine, self.supervisor, up_to, now=self.clock.now())
        except Exception as exc:
            self._fail(exc)

    def snooze(self, ticket: str, minutes: int) -> None:
        self._submit(self._snooze, ticket, minutes)

    def _snooze(self, ticket: str, minutes: int) -> None:
        try:
            if minutes > 0:
                until = self.clock.now() + timedelta(minutes=minutes)
                snooze(self.engine, self.supervisor, ticket, until)
            else:
                unsnooze(self.engine, self.supervisor, ticket)
        except Exception as exc:
            self._fail(exc)
            return
        self.load_read_state()
