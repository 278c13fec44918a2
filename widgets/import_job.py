"""File → Import feed…: the Importer on a worker thread, with progress and a summary."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from sqlalchemy import Engine
from sqlalchemy.exc import SQLAlchemyError

from console.errors import error_detail
from console.ingest import Importer, ImportResult, rejects_path
from console.policy import Policy

log = logging.getLogger(__name__)


class ImportJob(QThread):
    progress = Signal(int, int)  # bytes read, file size
    succeeded = Signal(object, str)  # ImportResult, where rejected lines were kept ("" none)
    failed = Signal(str, bool)  # what went wrong, whether the database said it

    def __init__(
        self, engine: Engine, policy: Policy, path: Path, actor: str, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.engine, self.policy, self.path, self.actor = engine, policy, path, actor

    def run(self) -> None:
        try:
            importer = Importer(self.engine, self.policy)
            result: ImportResult = importer.import_file(self.path, progress=self.progress.emit)
        except Exception as exc:  # a database or file error: tell the supervisor
            log.warning("import of %s failed: %s", self.path, exc)
            self.failed.emit(error_detail(exc), isinstance(exc, SQLAlchemyError))
            return
        log.info("imported %s: %d events by %s", self.path, result.imported, self.actor)
        kept = str(rejects_path(self.path)) if result.rejected else ""
        self.succeeded.emit(result, kept)
