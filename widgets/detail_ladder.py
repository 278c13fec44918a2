"""The ticket detail's "Ladder" section (督办阶梯, supervision.md §8): the steps the ticket
has climbed — urged when, ruled when, escalated when (to which office, why, where the
escalation stands), dismissed why — and the step the ladder proposes now, if any. A few
lines of text: a ticket climbs a handful of rungs, not hundreds.

Hidden for a ticket that never climbed and has nothing proposed: the pane stays short.
"""

from __future__ import annotations

from datetime import datetime, tzinfo

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.board_detail import LadderRung, TicketDetail
from widgets import labels
from widgets.proposal_model import dismissed_step, step_text
from widgets.theme import named_label


class LadderSection(QWidget):
    def __init__(self, tz: tzinfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tz = tz
        self.title = named_label("sectionTitle", "", self)
        self.rungs = named_label("fieldValue", "", self)
        self.proposed = named_label("ladderProposed", "", self)
        for label in (self.rungs, self.proposed):
            label.setWordWrap(True)
            label.setTextFormat(Qt.TextFormat.PlainText)  # notes are a supervisor's words
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(2)
        box.addWidget(self.title)
        box.addWidget(self.rungs)
        box.addWidget(self.proposed)
        self.retranslate()
        self.hide()

    def retranslate(self) -> None:
        self.title.setText(self.tr("Ladder (督办阶梯)"))

    def show_detail(self, d: TicketDetail, year: int) -> None:
        """The rungs oldest first, then what is proposed now."""
        lines = [self.rung_text(r, year) for r in d.ladder]
        self.rungs.setText("\n".join(lines))
        self.rungs.setVisible(bool(lines))
        proposed = [
            labels.fill(
                self.tr("Proposed now: %1 — due since %2"), step_text(p), self._when(p.since, year)
            )  # fmt: skip
            for p in d.proposed
        ]
        self.proposed.setText("\n".join(proposed))
        self.proposed.setVisible(bool(proposed))
        self.setVisible(bool(lines or proposed))

    def rung_text(self, r: LadderRung, year: int) -> str:
        """One rung: 10-08 09:12  Escalated → Government supervision office (overdue) ·
        open · 李娜."""
        if r.kind == "escalated":
            what = labels.fill(self.tr("Escalated → %1 (%2)"),
                               labels.tr(labels.OFFICES, r.office),
                               labels.tr(labels.ESCALATION_REASONS, r.reason))  # fmt: skip
            if r.status:
                what += " · " + labels.tr(labels.ESCALATION_STATUS, r.status)
        elif r.kind == "dismissed":
            step = dismissed_step({"action": r.action, "office": r.office,
                                   "reason": r.reason, "step": r.step})  # fmt: skip
            what = labels.fill(self.tr("Dismissed: %1 — %2"), step, r.note)
        elif r.kind == "coordinated":
            what = labels.fill(self.tr("Ruled: lead unit %1"), r.lead)
        else:
            what = labels.tr(labels.EVENTS, r.kind)
        return f"{self._when(r.at, year)}  {what} · {r.actor}"

    def _when(self, moment: datetime, year: int) -> str:
        return labels.local_time(moment, self.tz, year=year)

    def texts(self) -> list[str]:
        """What the section shows (tests)."""
        if self.isHidden():
            return []
        return [w.text() for w in (self.title, self.rungs, self.proposed) if not w.isHidden()]
