"""The escalation register and the open-escalations count, read on the board's worker
thread whenever the change sequence moves (every write bumps it, another workstation's
too), and handed to the widgets through queued signals.

It rides on :class:`widgets.board_reader.BoardReader`: the reader's ``delta`` (emitted on
the worker thread, so this object's slot runs there directly) says the database changed.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import Signal, Slot

from console.board import BoardStore, escalations_open
from console.clock import Clock
from console.errors import first_line
from console.escalations import escalation_register
from widgets.board_lodger import Lodger

log = logging.getLogger(__name__)


class RegisterReader(Lodger):
    entries = Signal(object, object)  # list[EscalationEntry], unit names {code: name}
    openCount = Signal(int)  # escalations open or acknowledged now
    failed = Signal(str)

    def __init__(self, store: BoardStore, clock: Clock) -> None:
        super().__init__()
        self.store, self.clock = store, clock  # the board reader's store, on the same thread
        self.active = False  # the register is shown: read it at each change

    @Slot(object)
    def changed(self, _delta: object = None) -> None:
        """The database moved: count open escalations, and read the register if shown."""
        try:
            with self.store.engine.connect() as conn:
                count = escalations_open(conn, self.clock.now())
        except Exception as exc:  # the board reader reports a lost database
            log.info("open escalations not counted: %s", exc)
            return
        self.openCount.emit(int(count))
        if self.active:
            self.load()

    @Slot()
    def load(self) -> None:
        try:
            found = escalation_register(self.store.engine, now=self.clock.now())
        except Exception as exc:
            self.failed.emit(first_line(exc))
            return
        self.entries.emit(found, dict(self.store.units))
