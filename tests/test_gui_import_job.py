"""File → Import's job follows its child process by the messages it sends: an import
that said "done" just before it ended is a success, not "the import stopped"."""

from __future__ import annotations

import queue
from pathlib import Path
from typing import Any

from console.ingest import ImportResult
from tests.guikit import POLICY


class Ended:
    """A child process that has already ended."""

    exitcode = 0

    def is_alive(self) -> bool:
        return False


class LastWord:
    """A queue whose last message arrives only after the first wait ran out."""

    def __init__(self, *messages: Any) -> None:
        self.waits = [queue.Empty(), *messages]

    def get(self, timeout: float) -> Any:
        item = self.waits.pop(0) if self.waits else queue.Empty()
        if isinstance(item, Exception):
            raise item
        return item


def test_a_done_said_as_the_child_ends_is_a_success(qtbot: Any, sqlite_engine: Any) -> None:
    from widgets.import_job import ImportJob

    job = ImportJob(sqlite_engine, POLICY, Path("feed.jsonl"), "李娜")
    done: list[Any] = []
    failed: list[str] = []
    job.succeeded.connect(lambda result, kept: done.append(result))
    job.failed.connect(lambda text, db: failed.append(text))
    job._follow(Ended(), LastWord(("done", ImportResult(imported=3))))
    assert failed == [] and [r.imported for r in done] == [3]


def test_a_child_that_ends_silently_is_a_failure(qtbot: Any, sqlite_engine: Any) -> None:
    from widgets.import_job import ImportJob

    job = ImportJob(sqlite_engine, POLICY, Path("feed.jsonl"), "李娜")
    failed: list[str] = []
    job.failed.connect(lambda text, db: failed.append(text))
    job._follow(Ended(), LastWord())
    assert failed == ["The import stopped (exit code 0)."]
