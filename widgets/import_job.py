"""File → Import feed…: the Importer in a child process, with progress and a summary.

A process, not a thread: on a thread the import's Python work shares the console's one
interpreter (and its lock) with the UI thread; in a child it runs beside the UI, on its
own interpreter, and this thread only waits for its messages. (With 105,000 events and a
100,000-ticket board, the longest turns that remained were not the import's: sampled,
they were the "To act" queue taking in thousands of proposals a row at a time.)
"""

from __future__ import annotations

import logging
import multiprocessing
import time
from pathlib import Path
from typing import Any

from PySide6.QtCore import QObject, QThread, Signal
from sqlalchemy import Engine

from console.ingest import ImportResult, rejects_path
from console.policy import Policy

log = logging.getLogger(__name__)

PROGRESS_S = 0.1  # the child reports its progress at most this often


class ImportJob(QThread):
    progress = Signal(int, int)  # bytes read, file size
    succeeded = Signal(object, str)  # ImportResult, where rejected lines were kept ("" none)
    failed = Signal(str, bool)  # what went wrong, whether the database said it

    def __init__(
        self, engine: Engine, policy: Policy, path: Path, actor: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.policy, self.path, self.actor = engine, policy, path, actor
        self.setObjectName("import-job")

    def run(self) -> None:
        context = multiprocessing.get_context("spawn")  # never a fork of a Qt process
        messages: Any = context.Queue()
        url = self.engine.url.render_as_string(hide_password=False)
        child = context.Process(
            target=import_in_child,
            args=(url, self.policy, str(self.path), messages),
            name="hotline-import",
            daemon=True,
        )
        child.start()
        try:
            self._follow(child, messages)
        finally:
            child.join()
            messages.close()

    def _follow(self, child: Any, messages: Any) -> None:
        while True:
            try:
                message = messages.get(timeout=1.0)  # waits without the interpreter lock
            except Exception:  # nothing yet (queue.Empty), or the child is gone
                if child.is_alive():
                    continue
                try:  # it may have said its last word just before it ended
                    message = messages.get(timeout=0.5)
                except Exception:
                    stopped = self.tr("The import stopped (exit code %1).")
                    self.failed.emit(stopped.replace("%1", str(child.exitcode)), False)
                    return
            kind = message[0]
            if kind == "progress":
                self.progress.emit(message[1], message[2])
            elif kind == "failed":
                log.warning("import of %s failed: %s", self.path, message[1])
                self.failed.emit(message[1], message[2])
                return
            else:
                result: ImportResult = message[1]
                log.info("imported %s: %d events by %s", self.path, result.imported, self.actor)
                kept = str(rejects_path(self.path)) if result.rejected else ""
                self.succeeded.emit(result, kept)
                return


def import_in_child(url: str, policy: Policy, path: str, messages: Any) -> None:
    """The child process: import ``path`` into ``url``, telling ``messages`` how it goes."""
    from sqlalchemy.exc import SQLAlchemyError

    from console.errors import error_detail
    from console.ingest import Importer
    from db.engine import make_engine

    last = [0.0]

    def progress(done: int, total: int) -> None:
        now = time.monotonic()
        if now - last[0] >= PROGRESS_S or done >= total:
            last[0] = now
            messages.put(("progress", done, total))

    try:
        engine = make_engine(url, upgrade=False)
        try:
            result = Importer(engine, policy).import_file(Path(path), progress=progress)
        finally:
            engine.dispose()
    except Exception as exc:  # a database or file error: the parent tells the supervisor
        messages.put(("failed", error_detail(exc), isinstance(exc, SQLAlchemyError)))
        return
    messages.put(("done", result))
