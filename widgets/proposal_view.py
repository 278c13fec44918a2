"""The To act queue's table: columns as wide as what they show, worked out once from the
fonts (never by measuring the rows: the queue is live), and *why* taking the rest.

The ticket number and the step are never cut (a cut number names no ticket); *why* keeps
room for a deadline and how long past it, and is elided with its whole text as the
tooltip. On a narrow dock the title, the unit, then when it fell due give way (the
ticket's tooltip has them), and come back when the dock is widened.
"""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from console.ladder import Proposal, Why
from console.policy import Policy
from widgets.proposal_model import PCol, ProposalModel, step_cell, why_text

PAD = 2 * 7 + 4  # a cell's margins, as the board's
# least useful first (the ticket's tooltip has them; why has an overdue deadline's time)
GIVE_WAY = (PCol.TITLE, PCol.UNIT, PCol.SINCE)
UNIT_CHARS, TITLE_CHARS = 8, 12  # Chinese characters each keeps room for


class ProposalView(QTableView):
    def __init__(self, model: ProposalModel, policy: Policy, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.queue, self.policy = model, policy
        self.setObjectName("proposals")
        self.setModel(model)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setShowGrid(False)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.verticalHeader().hide()
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        head = self.horizontalHeader()
        head.setHighlightSections(False)
        head.setStretchLastSection(False)
        head.setSectionResizeMode(PCol.WHY, QHeaderView.ResizeMode.Stretch)
        self.wanted: dict[PCol, int] = {}
        self.why_room = 0
        self.gave_way: set[PCol] = set()
        self.fit_columns()

    def fit_columns(self) -> None:
        """Widths from the words each column can show in this language."""
        self.ensurePolished()
        fm = self.fontMetrics()
        text = fm.horizontalAdvance
        now = self.queue.now
        steps = [Proposal("", s.step, s.action, s.office, s.reason, now, "")
                 for s in self.policy.ladder]  # fmt: skip
        late = Why(deadline="reply", due_at=now - timedelta(days=12, hours=23))
        sample = Proposal("", "urge", "urge", None, None, now, "", why=late)
        self.wanted = {
            PCol.SINCE: text("00-00 00:00"),
            PCol.TICKET: text("HK20170918-00000"),
            PCol.STEP: max((text(step_cell(p)) for p in steps), default=text("—")),
            PCol.UNIT: text("标" * UNIT_CHARS),
            PCol.TITLE: text("标" * TITLE_CHARS),
        }
        # why keeps room for an overdue deadline's words, at the least
        self.why_room = text(why_text(sample, now, self.policy.tz)) + PAD
        head = self.horizontalHeader()
        for col, width in self.wanted.items():
            self.wanted[col] = max(width + PAD, self.header_width(col))
            if not head.isSectionHidden(col):
                head.resizeSection(col, self.wanted[col])
        self.give_way()

    def header_width(self, col: PCol) -> int:
        title = str(self.queue.headerData(col, Qt.Orientation.Horizontal))
        return self.horizontalHeader().fontMetrics().horizontalAdvance(title) + 24

    def preferred_width(self) -> int:
        """Every column at its width and why at its room, scroll bar and frame included:
        what the dock asks for beside the board."""
        fixed = sum(self.wanted.values())
        return fixed + self.why_room + self.verticalScrollBar().sizeHint().width() + 2 * 2

    def give_way(self) -> None:
        """Hide the title, the unit, then when it fell due, while why would have less
        than its room."""
        width = self.viewport().width()
        if width <= 0 or not self.isVisible():  # measured once shown (resizeEvent)
            return
        used = sum(self.wanted.values())
        gave: set[PCol] = set()
        for col in GIVE_WAY:
            if width - used >= self.why_room:
                break
            gave.add(col)
            used -= self.wanted[col]
        self.gave_way = gave
        head = self.horizontalHeader()
        for col in GIVE_WAY:
            hide = col in gave
            if head.isSectionHidden(col) != hide:
                head.setSectionHidden(col, hide)
                if not hide:
                    head.resizeSection(col, self.wanted[col])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.give_way()
