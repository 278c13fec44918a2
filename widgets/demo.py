"""``--demo``: a fresh SQLite database fed by the live simulated city.

The city (``console.simulator.LiveCity``) plays its events into the Importer from an
APScheduler job; under ``QtScheduler`` the job still runs on a worker thread, so the
import never blocks the board. The board sees the new tickets through the change
sequence like any other writer's.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from datetime import datetime, timedelta

from apscheduler.schedulers.qt import QtScheduler
from PySide6.QtCore import QObject, Qt, Signal
from sqlalchemy import Engine

from console.ingest import Importer
from console.policy import Policy
from console.simulator import LiveCity
from db.engine import data_dir

log = logging.getLogger(__name__)
logging.getLogger("apscheduler").setLevel(logging.WARNING)  # a job every 2 s: not news

ADVANCE_S = 2  # how often the city catches up with the clock
PER_DAY = 840  # Haikou's tickets a day in 2017
# The escalation ladder's first step (urge) is due from the working day after a deadline
# passed, a disputed case's escalation a working day after the dispute. A city of one
# day's history whose late replies all came within hours never gave the To act queue, the
# red rows or the alerts a thing to show ("Overdue now 0", "To act 0" all day). The demo's
# city has six days behind it (a Sunday evening still sees Thursday's late tickets) and
# an eighth of its late replies lie for days (the feed's city and its targets have none):
# ~5 % of the open tickets overdue, the queue busy from the first read (tests/test_gui_demo.py).
HISTORY = timedelta(days=6)
LINGER = 0.12


KEEP = 3  # earlier demo databases kept (the newest ones); older ones are removed


def demo_url() -> str:
    """A new SQLite file in the data folder's ``demo`` directory."""
    folder = data_dir() / "demo"
    folder.mkdir(parents=True, exist_ok=True, mode=0o700)
    for old in sorted(folder.glob("demo-*.db"))[:-KEEP]:
        for part in (old, old.with_name(old.name + "-wal"), old.with_name(old.name + "-shm")):
            part.unlink(missing_ok=True)
    name = datetime.now().strftime("demo-%Y%m%d-%H%M%S.db")
    return f"sqlite:///{folder / name}"


class DemoCity(QObject):
    """The city playing into a fresh database. ``filled`` comes once its first catch-up (the
    days of history) is in: the board starts reading then, so its first figures are the
    city's, not the empty file's ("0 / yesterday 0" for ten seconds; "…" until counted)."""

    filled = Signal()  # emitted on the scheduler's thread: queued to the receivers'

    def __init__(
        self,
        engine: Engine,
        policy: Policy,
        *,
        seed: int | None = None,
        per_day: int = PER_DAY,
        clock: Callable[[], datetime] | None = None,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self.is_filled = False
        self.seed = seed if seed is not None else int(time.time()) % 100_000
        self.importer = Importer(engine, policy)
        self.city = LiveCity(
            self.importer.import_events, seed=self.seed, per_day=per_day, clock=clock,
            history=HISTORY, linger=LINGER,
        )  # fmt: skip
        self.scheduler = QtScheduler()
        self.scheduler.add_job(
            self.advance, "interval", seconds=ADVANCE_S, max_instances=1, coalesce=True,
            next_run_time=datetime.now().astimezone(), id="demo-city",
        )  # fmt: skip

    def advance(self) -> int:
        """One catch-up (runs on a scheduler worker thread)."""
        try:
            sent = self.city.advance()
        except Exception:  # the database may be away; the city keeps the events for later
            log.warning("demo city could not import; will retry", exc_info=True)
            return 0
        if sent:
            log.info("demo city: %d events", sent)
        if not self.is_filled:
            self.is_filled = True
            self.filled.emit()
        return sent

    def start_when_filled(self, start: Callable[[], object]) -> None:
        """Call ``start`` (the live board's) once the first catch-up is in."""
        if self.is_filled:
            start()
        else:
            self.filled.connect(start, Qt.ConnectionType.SingleShotConnection)

    def start(self) -> None:
        self.scheduler.start()
        log.info("demo city running (seed %d)", self.seed)

    def stop(self) -> None:
        if self.scheduler.running:
            self.scheduler.shutdown(wait=True)
