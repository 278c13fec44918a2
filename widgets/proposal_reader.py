"""The escalation ladder's proposals, computed on the board's worker thread and handed to
the widgets through a queued signal (the UI thread never waits on them).

Proposals move for two reasons: a write (an action, a dismissal, a feed event; the board
reader's ``delta`` says so, here or at another workstation) and the clock (a step falls
due). The dock asks every few seconds; the reader computes when something was written
since it last did, and at least once a minute for the clock. A write computes at once
unless the last computation was within ``gap_s`` (a live feed writes every second; one
computation costs what the open tickets cost).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Signal, Slot

from console.board import BoardStore, paused_gc
from console.clock import Clock
from console.errors import first_line
from console.ladder import proposals
from console.policy import Policy
from widgets.board_lodger import Lodger

log = logging.getLogger(__name__)

GAP_S = 3.0  # between two computations that a write asked for
CLOCK_S = 60.0  # a step falls due with no write: looked for at least this often


class ProposalReader(Lodger):
    # list[Proposal], at (datetime), unit names, the proposals' keys (made here, not on the
    # UI thread: a property that formats, ~1 µs a proposal, and an import brings 50,000)
    proposals = Signal(object, object, object, object)
    failed = Signal(str)

    def __init__(self, store: BoardStore, policy: Policy, clock: Clock) -> None:
        super().__init__()
        self.store, self.policy, self.clock = store, policy, clock
        self.dirty = True  # a write since the last computation (the first: nothing read)
        self.last = float("-inf")  # time.monotonic() of the last computation
        self.gap_s, self.clock_s = GAP_S, CLOCK_S

    @Slot(object)
    def changed(self, _delta: object = None) -> None:
        """The database moved: compute soon (runs on the worker, from the board reader)."""
        self.dirty = True

    @Slot(bool)
    def refresh(self, force: bool = False) -> None:
        since = time.monotonic() - self.last
        if force or (self.dirty and since >= self.gap_s) or since >= self.clock_s:
            self.load()

    @Slot()
    def load(self) -> None:
        self.dirty, self.last = False, time.monotonic()
        now = self.clock.now()
        try:
            # hundreds of thousands of rows in the making: a full collection halfway walks
            # them all (measured 80-170 ms, the UI thread waiting for the interpreter)
            with paused_gc():
                found = proposals(self.store.engine, self.policy, now)
                keys = [p.key for p in found]
        except Exception as exc:  # the board reader reports a lost database
            self.dirty = True
            log.info("proposals not computed: %s", exc)
            self.failed.emit(first_line(exc))
            return
        self.proposals.emit(found, now, dict(self.store.units), keys)
