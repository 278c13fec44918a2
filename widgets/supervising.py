"""The supervisor acts: urge (催办), escalate (督办), mark or clear disputed, coordinate
(协调), extend (延期), note — and the office's reply, outcome or withdrawal of an
escalation.

:class:`Supervising` asks what it needs in a dialog (opened, not exec'd: the board keeps
living), turns the answer into an :class:`ActionJob` of calls into ``console.actions``,
runs it on the :class:`ActionRunner`'s thread, and says what was done in one summary,
with each refusal in the supervisor's words. A stale edit (the ticket changed since it
was shown: ``expected_version``) is refused below; the window then reads it again.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import tzinfo
from functools import partial

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtWidgets import QDialog, QMessageBox, QWidget
from sqlalchemy import Engine

from console import actions
from console.board_detail import TicketDetail
from console.clock import Clock
from console.errors import mask_secrets
from console.ladder import Proposal
from console.policy import Policy
from widgets import labels
from widgets.action_runner import ActionJob, ActionOutcome, ActionRunner, Step
from widgets.coordinate_dialog import CoordinateDialog
from widgets.escalate_dialog import EscalateDialog, TicketLine, fitting_reason
from widgets.extend_dialog import ExtendDialog, OpenDue
from widgets.proposal_model import step_text
from widgets.refusals import refusal_text
from widgets.text_dialog import TextDialog

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Chosen:
    """A ticket the supervisor chose, as it was shown (its version, when known)."""

    number: str
    title: str
    unit_name: str
    open: bool = True
    version: int | None = None
    state: str = ""  # as the board shows it now; "" when not known
    shuffled: bool | None = None
    disputed: bool | None = None


class Supervising(QObject):
    """Dialogs, jobs and summaries for the window's ticket and escalation actions."""

    acted = Signal(object)  # ActionOutcome: the window reads the board and detail again

    def __init__(
        self,
        engine: Engine,
        policy: Policy,
        clock: Clock,
        supervisor: Callable[[], str],
        chosen: Callable[[], list[Chosen]],
        detail: Callable[[], TicketDetail | None],
        units: Callable[[], list[tuple[str, str]]],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self.engine, self.policy, self.clock = engine, policy, clock
        self.supervisor, self.chosen, self.detail, self.units = supervisor, chosen, detail, units
        self.parent_widget = parent
        self.runner = ActionRunner(self)
        self.runner.finished.connect(self._finished)
        self.dialog: QDialog | None = None  # the one open, for tests and screenshots
        self.last_summary = ""
        self.box: QMessageBox | None = None

    @property
    def tz(self) -> tzinfo:
        return self.policy.tz

    def stop(self) -> None:
        self.runner.stop()

    # --- helpers ------------------------------------------------------------------------
    def _open(self, dialog: QDialog, on_accept: Callable[[], None]) -> None:
        if self.dialog is not None:
            self.dialog.close()
        self.dialog = dialog
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(on_accept)
        dialog.finished.connect(lambda _r, d=dialog: self._closed(d))
        dialog.open()

    def _closed(self, dialog: QDialog) -> None:
        if self.dialog is dialog:
            self.dialog = None

    def _submit(self, kind: str, calls: list[tuple[str, Callable[[], object]]],
                detail: str = "") -> None:  # fmt: skip
        job = ActionJob(kind, tuple(Step(t, run) for t, run in calls), detail)
        log.info("%s by %s: %s", kind, self.supervisor(), [s.target for s in job.steps])
        self.runner.submit(job)

    def _version(self, c: Chosen) -> int | None:
        """What the supervisor saw: the detail pane's version of the ticket it shows."""
        d = self.detail()
        if d is not None and d.number == c.number:
            return d.version
        return c.version

    def _one(self) -> Chosen | None:
        chosen = self.chosen()
        return chosen[0] if len(chosen) == 1 else None

    def _summary_of(self, chosen: list[Chosen]) -> str:
        numbers = labels.joined(c.number for c in chosen[:8]) + ("…" if len(chosen) > 8 else "")
        if len(chosen) == 1:
            return labels.fill(self.tr("Ticket %1 — %2 (%3)"), chosen[0].number,
                               chosen[0].title,
                               chosen[0].unit_name or self.tr("at the center"))  # fmt: skip
        return labels.fill(self.tr("%1 tickets: %2"), len(chosen), numbers)

    # --- ticket actions -----------------------------------------------------------------
    def urge(self, tickets: list[Chosen] | None = None) -> None:
        """Urge the board's chosen tickets (or ``tickets``: the To act queue's)."""
        chosen = [c for c in (self.chosen() if tickets is None else tickets) if c.open]
        if not chosen:
            return
        seen = {c.number: self._version(c) for c in chosen}  # what the supervisor looked at
        dialog = TextDialog(
            self.tr("Urge (催办)"),
            self.tr("Words for the unit (optional): what is late and what is expected."),
            required=False, ok_text=self.tr("&Urge"), summary=self._summary_of(chosen),
            parent=self.parent_widget,
        )  # fmt: skip

        def send() -> None:
            note, now, who = dialog.value() or None, self.clock.now(), self.supervisor()
            self._submit("urge", [
                (c.number, partial(actions.urge, self.engine, who, c.number, note=note, now=now,
                                   expected_version=seen[c.number]))
                for c in chosen
            ])  # fmt: skip

        self._open(dialog, send)

    def escalate(
        self, tickets: list[Chosen] | None = None, office: str | None = None,
        reason: str | None = None,
    ) -> None:  # fmt: skip
        """Escalate the board's chosen tickets, or ``tickets`` with the ``office`` and
        ``reason`` the ladder proposes (the supervisor may still change them)."""
        chosen = [c for c in (self.chosen() if tickets is None else tickets) if c.open]
        if not chosen:
            return
        d = self.detail()
        lines = [TicketLine(c.number, c.title, c.unit_name, c.state, c.shuffled, c.disputed)
                 for c in chosen]  # fmt: skip
        if len(lines) == 1 and d is not None and d.number == lines[0].number:
            # the detail knows the flags even when the board row did not say
            lines[0] = replace(lines[0], shuffled=d.shuffled, disputed=d.disputed)
        if reason is None:  # only a reason every ticket bears out; else the supervisor picks
            reason = fitting_reason(lines)
        seen = {c.number: self._version(c) for c in chosen}
        dialog = EscalateDialog(lines, self.supervisor(), reason=reason, parent=self.parent_widget)
        if office is not None:
            dialog.set_office(office)

        def send() -> None:
            office, why = dialog.office_code(), dialog.reason_code()
            note, now, who = dialog.note_text() or None, self.clock.now(), self.supervisor()
            self._submit("escalate", [
                (c.number, partial(actions.escalate, self.engine, who, c.number, office=office,
                                   reason=why, note=note, now=now,
                                   expected_version=seen[c.number], policy=self.policy))
                for c in chosen
            ], detail=office)  # fmt: skip

        self._open(dialog, send)

    def mark_disputed(self, clear: bool = False) -> None:
        c = self._one()
        if c is None:
            return
        title = self.tr("Clear the disputed mark") if clear else self.tr("Mark disputed (争议)")
        prompt = (self.tr("Why the dispute is over (optional).") if clear
                  else self.tr("Which units disagree, and about what (optional)."))  # fmt: skip
        seen = self._version(c)
        dialog = TextDialog(title, prompt, required=False, summary=self._summary_of([c]),
                            parent=self.parent_widget)  # fmt: skip

        def send() -> None:
            note, now, who = dialog.value() or None, self.clock.now(), self.supervisor()
            run = partial(actions.mark_disputed, self.engine, who, c.number, clear=clear,
                          note=note, now=now, expected_version=seen)  # fmt: skip
            self._submit("undispute" if clear else "dispute", [(c.number, run)])

        self._open(dialog, send)

    def clear_disputed(self) -> None:
        self.mark_disputed(clear=True)

    def coordinate(self, ticket: Chosen | None = None) -> None:
        c = self._one() if ticket is None else ticket
        if c is None:
            return
        d = self.detail()
        lead, co = (d.unit, tuple(code for code, _ in d.co_units)) if d and d.number == c.number \
            else (None, ())  # fmt: skip
        seen = self._version(c)
        dialog = CoordinateDialog(c.number, c.title, self.units(), lead=lead, co_units=co,
                                  parent=self.parent_widget)  # fmt: skip

        def send() -> None:
            chosen_lead = dialog.lead()
            if chosen_lead is None:
                return
            co_units, note = dialog.co_units(), dialog.note_text() or None
            now, who = self.clock.now(), self.supervisor()
            run = partial(actions.coordinate, self.engine, who, c.number, lead=chosen_lead,
                          co_units=co_units, note=note, policy=self.policy, now=now,
                          expected_version=seen)  # fmt: skip
            name = dict(self.units()).get(chosen_lead, chosen_lead)
            self._submit("coordinate", [(c.number, run)], detail=name)

        self._open(dialog, send)

    def extend(self) -> None:
        c = self._one()
        d = self.detail()
        if c is None or d is None or d.number != c.number:
            return
        due = [OpenDue(r.kind, r.due_at) for r in d.deadlines if r.status == "open"]
        seen = self._version(c)
        dialog = ExtendDialog(c.number, c.title, due, self.tz, self.parent_widget)

        def send() -> None:
            kind, until, reason = dialog.kind_code(), dialog.until_utc(), dialog.reason_text()
            now, who = self.clock.now(), self.supervisor()
            run = partial(actions.extend_deadline, self.engine, who, c.number, kind=kind,
                          until=until, reason=reason, now=now,
                          expected_version=seen)  # fmt: skip
            self._submit("extend", [(c.number, run)])

        self._open(dialog, send)

    def add_note(self) -> None:
        chosen = self.chosen()
        if not chosen:
            return
        dialog = TextDialog(
            self.tr("Add a note"),
            self.tr("The note, kept on the ticket's timeline with your name:"),
            required=True,
            summary=self._summary_of(chosen),
            parent=self.parent_widget,
        )

        def send() -> None:
            text, now, who = dialog.value(), self.clock.now(), self.supervisor()
            self._submit("note", [
                (c.number, partial(actions.add_note, self.engine, who, c.number, text=text,
                                   now=now))
                for c in chosen
            ])  # fmt: skip

        self._open(dialog, send)

    # --- the escalation ladder's proposals (the To act queue) ----------------------------
    def act_on_proposal(self, p: Proposal, ticket: Chosen) -> None:
        """The proposed action, through its usual dialog: nothing is sent unconfirmed."""
        if p.action == "urge":
            self.urge([ticket])
        elif p.action == "escalate":
            self.escalate([ticket], office=p.office, reason=p.reason)
        elif p.action == "coordinate":
            self.coordinate(ticket)

    def dismiss_proposal(self, p: Proposal, ticket: Chosen) -> None:
        """Dismiss a proposal, with the reason (required, audited)."""
        dialog = TextDialog(
            self.tr("Dismiss the proposal"),
            self.tr("Why this step is not taken (kept on the ticket's timeline; the step "
                    "comes back only when the ticket's situation changes):"),
            required=True, ok_text=self.tr("&Dismiss"),
            summary=labels.fill(self.tr("%1 — proposed: %2"), self._summary_of([ticket]),
                                step_text(p)),
            parent=self.parent_widget,
        )  # fmt: skip

        def send() -> None:
            note, now, who = dialog.value(), self.clock.now(), self.supervisor()
            run = partial(actions.dismiss_proposal, self.engine, who, p.ticket, step=p.step,
                          note=note, policy=self.policy, now=now)  # fmt: skip
            self._submit("dismiss", [(p.ticket, run)], detail=p.step)

        self._open(dialog, send)

    # --- escalation steps (from the register) -------------------------------------------
    def escalation_step(self, step: str, escalation_id: int, ticket: str) -> None:
        """``reply`` (the office's reply), ``resolve`` (the outcome) or ``withdraw``."""
        titles = {
            "reply": (self.tr("Record the office's reply"),
                      self.tr("The office's reply, as received:")),
            "resolve": (self.tr("Resolve the escalation"),
                        self.tr("The outcome (what the office did, what changed):")),
            "withdraw": (self.tr("Withdraw the escalation"),
                         self.tr("Why it is withdrawn (a mistake is withdrawn, never deleted):")),
        }  # fmt: skip
        title, prompt = titles[step]
        summary = labels.fill(self.tr("Escalation %1 of ticket %2"), escalation_id, ticket)
        dialog = TextDialog(title, prompt, required=True, summary=summary,
                            parent=self.parent_widget)  # fmt: skip

        def send() -> None:
            text, now, who = dialog.value(), self.clock.now(), self.supervisor()
            run: Callable[[], object]
            if step == "reply":
                run = partial(actions.reply_escalation, self.engine, who, escalation_id,
                              text=text, now=now)  # fmt: skip
            elif step == "resolve":
                run = partial(actions.resolve_escalation, self.engine, who, escalation_id,
                              outcome=text, now=now)  # fmt: skip
            else:
                run = partial(actions.withdraw_escalation, self.engine, who, escalation_id,
                              note=text, now=now)  # fmt: skip
            self._submit(step, [(str(escalation_id), run)])

        self._open(dialog, send)

    # --- what was done ------------------------------------------------------------------
    def _finished(self, outcome: ActionOutcome) -> None:
        self.last_summary = self.summary(outcome)
        log.info("%s: %s", outcome.job.kind, self.last_summary.replace("\n", " | "))
        self.acted.emit(outcome)
        parent = self.parent_widget
        if hasattr(parent, "statusBar"):
            first = self.last_summary.splitlines()[0] if self.last_summary else ""
            parent.statusBar().showMessage(first, 15_000)
        if outcome.refused or len(outcome.job.steps) > 1:
            icon = QMessageBox.Icon.Warning if outcome.refused else QMessageBox.Icon.Information
            box = QMessageBox(icon, self._title(outcome.job.kind), self.last_summary,
                              parent=parent)  # fmt: skip
            box.setObjectName("actionSummary")
            raw = [f"{r.target}: {mask_secrets(r.message)}" for r in outcome.refused
                   if r.code == "error"]  # fmt: skip
            if raw:  # the database's own words, for whoever fixes it
                box.setDetailedText("\n\n".join(raw))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.destroyed.connect(lambda *_: setattr(self, "box", None))
            self.box = box
            box.open()

    def _title(self, kind: str) -> str:
        return {
            "urge": self.tr("Urge"), "escalate": self.tr("Escalate"),
            "dispute": self.tr("Mark disputed"), "undispute": self.tr("Clear disputed"),
            "coordinate": self.tr("Coordinate"), "extend": self.tr("Extend a deadline"),
            "note": self.tr("Note"), "reply": self.tr("Office's reply"),
            "resolve": self.tr("Resolve"), "withdraw": self.tr("Withdraw"),
            "dismiss": self.tr("Dismiss"),
        }.get(kind, kind)  # fmt: skip

    def summary(self, outcome: ActionOutcome) -> str:
        """One text for the whole job: what was done, then each refusal's sentence."""
        job, done = outcome.job, [t for t, _ in outcome.done]
        numbers = labels.joined(done)
        n = len(done)
        lines: list[str] = []
        if n:
            if job.kind == "urge":
                counts = labels.joined(f"{t} (×{r})" for t, r in outcome.done)
                lines.append(labels.fill(self.tr("Urged %n ticket(s): %1", "", n), counts))
            elif job.kind == "escalate":
                office = labels.tr(labels.OFFICES, job.detail)
                ids = labels.joined(f"{t} (#{r})" for t, r in outcome.done)
                lines.append(labels.fill(self.tr("Escalated %n ticket(s) to %1: %2", "", n),
                                         office, ids))  # fmt: skip
            elif job.kind == "note":
                lines.append(labels.fill(self.tr("Noted on %n ticket(s): %1", "", n), numbers))
            elif job.kind == "dispute":
                lines.append(labels.fill(self.tr("%1 is marked disputed."), numbers))
            elif job.kind == "undispute":
                lines.append(labels.fill(self.tr("%1 is no longer marked disputed."), numbers))
            elif job.kind == "coordinate":
                lines.append(labels.fill(self.tr("%1 is dispatched to %2 as lead unit."),
                                         numbers, job.detail))  # fmt: skip
            elif job.kind == "extend":
                lines.append(labels.fill(self.tr("The deadline of %1 is extended."), numbers))
            elif job.kind == "reply":
                lines.append(labels.fill(self.tr("Escalation %1 is acknowledged with the "
                                                 "office's reply."), numbers))  # fmt: skip
            elif job.kind == "resolve":
                lines.append(labels.fill(self.tr("Escalation %1 is resolved."), numbers))
            elif job.kind == "withdraw":
                lines.append(labels.fill(self.tr("Escalation %1 is withdrawn."), numbers))
            elif job.kind == "dismiss":
                lines.append(labels.fill(self.tr("The proposal for %1 is dismissed."), numbers))
        if outcome.refused:
            if n:
                lines.append("")
            lines.append(labels.fill(self.tr("Not done (%1):"), len(outcome.refused)))
            for r in outcome.refused:
                lines.append("• " + refusal_text(r.code, r.params, r.target, self.tz, r.message))
        return "\n".join(lines)
