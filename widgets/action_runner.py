"""Supervisor actions off the UI thread.

An :class:`ActionJob` is a list of steps, one per ticket (or escalation), each a call into
``console.actions``. :class:`ActionRunner` hands the job to a worker thread through a
queued signal; the worker runs the steps one by one (each is its own transaction, so a
refused step leaves the others done) and sends back one :class:`ActionOutcome` — the
UI thread never waits on the database.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, field

from PySide6.QtCore import QObject, Qt, QThread, Signal, Slot

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Step:
    target: str  # a ticket number, or an escalation id as text
    run: Callable[[], object]  # the call, with engine, actor and clock already bound


@dataclass(frozen=True)
class Refusal:
    target: str
    code: str  # ActionRefused.code, or "error" for anything else
    params: dict[str, object]
    message: str  # the English sentence (for the log, and unknown codes)


@dataclass(frozen=True)
class ActionJob:
    kind: str  # urge | escalate | dispute | undispute | coordinate | extend | note | reply | …
    steps: tuple[Step, ...]
    detail: str = ""  # what the summary repeats (an office, a unit …)


@dataclass
class ActionOutcome:
    job: ActionJob
    done: list[tuple[str, object]] = field(default_factory=list)  # target, result
    refused: list[Refusal] = field(default_factory=list)

    @property
    def stale(self) -> list[Refusal]:
        return [r for r in self.refused if r.code == "stale"]


def run_job(job: ActionJob) -> ActionOutcome:
    """Run every step; a refusal (or a failure) of one is recorded, the rest go on."""
    outcome = ActionOutcome(job)
    for step in job.steps:
        try:
            outcome.done.append((step.target, step.run()))
        except Exception as exc:  # ActionRefused carries a code; anything else is an error
            code = getattr(exc, "code", None)
            params = getattr(exc, "params", None)
            if not isinstance(code, str):
                log.warning("%s %s failed: %s", job.kind, step.target, exc)
                first = str(exc).strip().splitlines()
                code, params = "error", {"reason": first[0] if first else type(exc).__name__}
            outcome.refused.append(Refusal(step.target, code, dict(params or {}), str(exc)))
    return outcome


class _Worker(QObject):
    finished = Signal(object)  # ActionOutcome

    @Slot(object)
    def run(self, job: ActionJob) -> None:
        self.finished.emit(run_job(job))


class ActionRunner(QObject):
    """Runs jobs one after another on its own thread; ``finished`` comes back queued."""

    submitted = Signal(object)  # ActionJob, to the worker
    finished = Signal(object)  # ActionOutcome, on the UI thread

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.busy = 0
        self.thread_ = QThread(self)
        self.thread_.setObjectName("actions")
        self.worker = _Worker()
        self.worker.moveToThread(self.thread_)
        self.submitted.connect(self.worker.run, Qt.ConnectionType.QueuedConnection)
        self.worker.finished.connect(self._finished, Qt.ConnectionType.QueuedConnection)
        self.thread_.finished.connect(self.worker.deleteLater)

    def submit(self, job: ActionJob) -> None:
        if not self.thread_.isRunning():
            self.thread_.start()
        self.busy += 1
        self.submitted.emit(job)

    def _finished(self, outcome: ActionOutcome) -> None:
        self.busy -= 1
        self.finished.emit(outcome)

    def stop(self) -> None:
        """Let the job in hand finish, then stop the thread (idempotent)."""
        if self.thread_.isRunning():
            self.thread_.quit()
            self.thread_.wait()
