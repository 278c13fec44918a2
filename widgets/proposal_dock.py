"""The "To act" queue (待办) beside the board: every open proposal of the escalation ladder,
oldest first, with the ticket, the step and why; one button performs the proposed action
through the usual dialog (nothing is sent without the supervisor's confirmation), another
dismisses it with a reason. A viewer sees the queue and cannot act.

Proposals are computed by a :class:`ProposalReader` on the board's worker thread; the
dock asks every few seconds, and the reader computes when the database moved (the board
reader's ``delta``, here or at another workstation) or the clock may have made a step due.
"""

from __future__ import annotations

from datetime import datetime, timedelta

from PySide6.QtCore import QModelIndex, Qt, QTimer, Signal, SignalInstance
from PySide6.QtWidgets import (
    QApplication,
    QDockWidget,
    QHBoxLayout,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from console.clock import Clock
from console.ladder import Proposal
from console.policy import Policy
from widgets import labels
from widgets.board_lodger import Lodging
from widgets.board_reader import BoardConnection
from widgets.proposal_model import ProposalModel, ProposalsRead, action_text
from widgets.proposal_reader import ProposalReader
from widgets.proposal_view import ProposalView
from widgets.theme import named_label

ASK_MS = 2000  # how often the dock asks the reader (it computes only when needed)
# beside the board with nothing to act on, the queue folds to a strip of this width and
# gives the board the rest (490 px at 1920); it opens at once when a step is proposed,
# and folds again only after this long empty, so a proposal coming and going does not
# move the board's columns every few seconds
STRIP_WIDTH = 160
FOLD_AFTER = timedelta(minutes=2)


class ProposalDock(QDockWidget):
    wantProposals = Signal(bool)  # to the reader: compute if needed (True: now)
    actRequested = Signal(object)  # Proposal: perform its action through the dialog
    dismissRequested = Signal(object)  # Proposal: dismiss it, with a reason
    ticketRequested = Signal(str)  # show the ticket on the board and in the detail
    countChanged = Signal(int)  # open proposals (the KPI tile)
    proposedChanged = Signal(object)  # set[str]: tickets with an open proposal (board mark)

    def __init__(
        self,
        connection: BoardConnection,
        policy: Policy,
        clock: Clock,
        parent: QWidget | None = None,
        *,
        ask_ms: int = ASK_MS,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("proposalDock")
        self.connection, self.clock = connection, clock
        self.can_act = False
        self.loaded = False  # a first computation has arrived
        self.folded = False  # a strip beside the board: nothing to act on for a while
        self._empty_since: datetime | None = None
        self._open_width = 0  # the queue's width before it folded (the supervisor's)
        self.model = ProposalModel(policy.tz, clock.now(), self)
        pane = QWidget(self)
        pane.setObjectName("proposalPane")
        self.count = named_label("hint", "", pane)
        self.table = ProposalView(self.model, policy, pane)
        self.table.doubleClicked.connect(self._show_ticket)
        self.act = QPushButton(pane)
        self.act.setObjectName("proposalAct")
        self.act.setDefault(True)
        self.dismiss = QPushButton(pane)
        self.show_ticket = QPushButton(pane)
        self.act.clicked.connect(lambda: self._emit(self.actRequested))
        self.dismiss.clicked.connect(lambda: self._emit(self.dismissRequested))
        self.show_ticket.clicked.connect(self._show_ticket)
        buttons = QHBoxLayout()
        buttons.addWidget(self.act)
        buttons.addWidget(self.dismiss)
        buttons.addStretch(1)
        buttons.addWidget(self.show_ticket)
        box = QVBoxLayout(pane)
        box.setContentsMargins(8, 6, 8, 6)
        box.addWidget(self.count)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        box.addStretch(0)  # folded, the table hidden: the words at the top, not halfway
        self.setWidget(pane)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for signal in (self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._counted)

        self.reader = ProposalReader(connection.reader.store, policy, clock)
        self.lodging = Lodging(self.reader, connection)
        self.wantProposals.connect(self.reader.refresh)
        self.reader.proposals.connect(self.set_proposals)
        self._timer = QTimer(self, interval=ask_ms)
        self._timer.timeout.connect(lambda: self.wantProposals.emit(False))
        self._timer.timeout.connect(lambda: self._fold(self.model.rowCount()))
        self.retranslate()

    # --- lifetime -------------------------------------------------------------------------
    def start(self) -> None:
        if self._timer.interval() > 0:
            self._timer.start()
        self.wantProposals.emit(True)

    def refresh(self) -> None:
        """Compute now (after an action here; tests)."""
        self.wantProposals.emit(True)

    def stop(self) -> None:
        """Off the board's worker before it stops (idempotent; the window calls it first)."""
        self._timer.stop()
        self.lodging.leave()

    # --- updates --------------------------------------------------------------------------
    def set_proposals(
        self,
        found: list[Proposal],
        now: object,
        units: dict[str, str],
        keys: list[str] | ProposalsRead,
    ) -> None:
        first = not self.loaded
        keep = self.current()
        top = self.table.verticalScrollBar().value()
        self.model.unit_names = units
        if self.model.set_proposals(found, now, keys):  # type: ignore[arg-type]
            self.table.doItemsLayout()  # a reset: back where the supervisor was
            self.table.verticalScrollBar().setValue(top)
        self.loaded = True
        if keep is not None and (row := self.model.row_of(keep.key)) is not None:
            self.table.selectRow(row)
        self._counted()
        self.countChanged.emit(len(found))
        self.proposedChanged.emit(self.model.tickets())
        self._fold(len(found), first=first)

    def open_up(self) -> None:
        """Unfold (the To act tile): it stays open a while even with nothing in it."""
        self._empty_since = self.clock.now()
        self.set_folded(False)

    def _fold(self, n: int, *, first: bool = False) -> None:
        """Fold to a strip when the queue beside the board has been empty FOLD_AFTER (at
        once on the first result: the window's layout is new anyway); open when a step
        is proposed. Never while the supervisor is in it (the focus would jump)."""
        if not self.loaded:
            return
        if n:
            self._empty_since = None
            self.set_folded(False)
            if self._beside() and self.width() <= STRIP_WIDTH:  # a folded strip's width
                self._place(self.preferred_width())  # restored from the last session
            return
        now = self.clock.now()
        if self._empty_since is None:
            self._empty_since = now
        if self.folded or not (first or now - self._empty_since >= FOLD_AFTER):
            return
        focus = QApplication.focusWidget()
        if self._beside() and not (focus is not None and self.isAncestorOf(focus)):
            self.set_folded(True)

    def _beside(self) -> bool:
        """Docked beside the board alone (not floating, not a tab under the board)."""
        window = self.parentWidget()
        return (
            isinstance(window, QMainWindow)
            and not self.isFloating()
            and window.dockWidgetArea(self) == Qt.DockWidgetArea.LeftDockWidgetArea
            and not window.tabifiedDockWidgets(self)
        )

    def set_folded(self, folded: bool) -> None:
        """A strip (True) or the whole queue (its width before it folded)."""
        if folded == self.folded:
            return
        self.folded = folded
        if folded:
            self._open_width = self.width()
        for part in (self.table, self.act, self.dismiss, self.show_ticket):
            part.setVisible(not folded)
        self.count.setWordWrap(folded)  # "Nothing to act on…" in the strip's width
        self.widget().setMaximumWidth(STRIP_WIDTH if folded else 16_777_215)
        wide = self._open_width if self._open_width > STRIP_WIDTH else self.preferred_width()
        self._place(STRIP_WIDTH if folded else wide)

    def _place(self, width: int) -> None:
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and self._beside():
            window.resizeDocks([self], [width], Qt.Orientation.Horizontal)

    def preferred_width(self) -> int:
        """As wide as the queue's columns ask (the window's first start)."""
        box = self.widget().layout()
        margins = box.contentsMargins() if box is not None else None
        sides = margins.left() + margins.right() if margins is not None else 0
        return self.table.preferred_width() + sides + 8

    def set_can_act(self, can_act: bool) -> None:
        self.can_act = can_act
        self._update_buttons()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("To act (待办)"))
        self.dismiss.setText(self.tr("&Dismiss…"))
        self.show_ticket.setText(self.tr("Show &ticket"))
        self.model.retranslate()
        self.table.fit_columns()  # the words' widths in this language
        self._counted()

    def _counted(self) -> None:
        n = self.model.rowCount()
        if not self.loaded:
            self.count.setText(self.tr("Working out the proposals…"))
        elif n == 0:
            self.count.setText(self.tr("Nothing to act on: the ladder proposes no step now."))
        else:
            self.count.setText(labels.fill(self.tr("%1 proposed steps, oldest first"), f"{n:,}"))
        self._update_buttons()

    def current(self) -> Proposal | None:
        index = self.table.currentIndex()
        if not index.isValid() or index.row() >= self.model.rowCount():
            return None
        return self.model.proposal_at(index.row())

    def _update_buttons(self) -> None:
        p = self.current()
        self.act.setText(action_text(p) if p is not None else self.tr("&Act…"))
        for b in (self.act, self.dismiss):
            b.setEnabled(p is not None and self.can_act)
            b.setToolTip("" if self.can_act else self.tr("A viewer sees the proposals and does "
                                                         "not act"))  # fmt: skip
        if self.can_act:
            self.dismiss.setToolTip(self.tr("Not this step: say why (kept on the ticket's "
                                            "timeline). It comes back only when the situation "
                                            "changes."))  # fmt: skip
        self.show_ticket.setEnabled(p is not None)

    def _emit(self, signal: SignalInstance) -> None:
        p = self.current()
        if p is not None and self.can_act:
            signal.emit(p)

    def _show_ticket(self, index: QModelIndex | None = None) -> None:
        p = self.current()
        if p is not None:
            self.ticketRequested.emit(p.ticket)
