"""The escalation ladder's proposals, computed on the board's worker thread and handed to
the widgets through a queued signal (the UI thread never waits on them).

Proposals move for two reasons: a write (an action, a dismissal, a feed event; the board
reader's ``delta`` says so, here or at another workstation) and the clock (a step falls
due). The dock asks every few seconds; the reader computes when something was written
since it last did, and at least once a minute for the clock. A write computes at once
unless the last computation was within ``gap_s`` (a live feed writes every second).
A write's computation looks only at the tickets written since the last (and those a step
fell due for meanwhile: :class:`console.ladder_kept.KeptProposals`); every ticket is looked at
once a minute, at the first read and when asked to at once (an action here) - a whole
computation costs what the open tickets cost (~0.35 s of Python at 100,000, which the
UI thread waits for whenever it needs the interpreter).
"""

from __future__ import annotations

import logging
import time

from PySide6.QtCore import Signal, Slot

from console.board import BoardDelta, BoardStore, paused_gc
from console.clock import Clock
from console.errors import first_line
from console.ladder_kept import KeptProposals
from console.policy import Policy
from widgets.board_lodger import Lodger
from widgets.proposal_model import ProposalsRead, read_change

log = logging.getLogger(__name__)

GAP_S = 3.0  # between two computations that a write asked for
CLOCK_S = 60.0  # a step falls due with no write: looked for at least this often
WHOLE_S = 60.0  # every ticket looked at again at least this often


class ProposalReader(Lodger):
    # list[Proposal], at (datetime), unit names, and the change from the read sent before
    # (ProposalsRead: keys, rows, tickets, runs - made here, not on the UI thread: ~30 ms
    # at 50,000 proposals, at every computation)
    proposals = Signal(object, object, object, object)
    failed = Signal(str)

    def __init__(self, store: BoardStore, policy: Policy, clock: Clock) -> None:
        super().__init__()
        self.store, self.policy, self.clock = store, policy, clock
        self.dirty = True  # a write since the last computation (the first: nothing read)
        self.last = float("-inf")  # time.monotonic() of the last computation
        self.last_whole = float("-inf")  # ... and of the last that looked at every ticket
        self.gap_s, self.clock_s, self.whole_s = GAP_S, CLOCK_S, WHOLE_S
        self.kept = KeptProposals(policy)
        self.sent: ProposalsRead | None = None  # the last read sent to the queue
        self.whole_wanted = True  # the board was read whole (first, or the database back)

    @Slot(object)
    def changed(self, delta: object = None) -> None:
        """The database moved: compute soon (runs on the worker, from the board reader)."""
        self.dirty = True
        if not isinstance(delta, BoardDelta) or delta.full:
            self.whole_wanted = True

    @Slot(bool)
    def refresh(self, force: bool = False) -> None:
        since = time.monotonic() - self.last
        if force or (self.dirty and since >= self.gap_s) or since >= self.clock_s:
            self.load(whole=force)

    @Slot()
    def load(self, whole: bool = True) -> None:
        started = time.monotonic()
        whole = whole or self.whole_wanted or started - self.last_whole >= self.whole_s
        self.dirty, self.last, self.whole_wanted = False, started, False
        now = self.clock.now()
        kept = self.kept
        try:
            # hundreds of thousands of rows in the making: a full collection halfway walks
            # them all (measured 80-170 ms, the UI thread waiting for the interpreter)
            with paused_gc():
                with self.store.engine.connect() as conn:
                    if whole:
                        kept.whole(conn, now)
                        self.last_whole = started
                    else:
                        kept.update(conn, now)
                sent = self.sent
                read = read_change(
                    kept.keys,
                    (p.ticket for p in kept.found),
                    sent.keys if sent is not None else None,
                    sent.rows if sent is not None else None,
                )
        except Exception as exc:  # the board reader reports a lost database
            self.dirty = self.whole_wanted = True
            log.info("proposals not computed: %s", exc)
            self.failed.emit(first_line(exc))
            return
        self.sent = read
        self.proposals.emit(kept.found, now, dict(self.store.units), read)
