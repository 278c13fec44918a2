"""Escalate (督办) the chosen tickets to an office: the office, the reason and a note, then
a confirmation that shows exactly what will be sent, signed by whom.

Several tickets at once are a mass escalation: the confirmation states the count in its
headline, names the tickets whose state does not bear out the reason, and sends only
after the supervisor ticks the count. Enter never sends from the confirmation, for one
ticket or many: "Ctrl+E, Enter, Enter" must not escalate by reflex (Send is clicked, or
Alt+S). No reason is chosen beforehand unless every ticket bears it out
(:func:`fitting_reason`)."""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from console.states import State
from widgets import labels, theme
from widgets.text_dialog import MAX_TEXT
from widgets.theme import named_label

OFFICES = tuple(labels.OFFICES)
REASONS = tuple(labels.ESCALATION_REASONS)


@dataclass(frozen=True)
class TicketLine:
    """A chosen ticket as the confirmation lists it."""

    number: str
    title: str
    unit_name: str
    state: str = ""  # ok, warning, critical, overdue; "" when not known
    shuffled: bool | None = None  # None: not known
    disputed: bool | None = None

    def bears_out(self, reason: str) -> bool:
        """Whether what is known of the ticket agrees with ``reason`` (an unknown state
        is given the benefit of the doubt; repeated and other are not checked here)."""
        if reason == "overdue":
            return self.state in ("", "overdue")
        if reason == "shuffled":
            return self.shuffled is not False
        if reason == "disputed":
            return self.disputed is not False
        return True


def fitting_reason(tickets: list[TicketLine]) -> str | None:
    """The reason every ticket is known to bear out (disputed before shuffled before
    overdue), or None: the supervisor then chooses one. Unlike :meth:`TicketLine.bears_out`
    an unknown state is no evidence: a default must fit, not merely not contradict."""
    known = {
        "disputed": lambda t: t.disputed is True,
        "shuffled": lambda t: t.shuffled is True,
        "overdue": lambda t: t.state == "overdue",
    }
    for reason, fits in known.items():
        if tickets and all(fits(t) for t in tickets):
            return reason
    return None


SHOWN_TICKETS = 12  # rows the confirmation lists; the headline counts them all


class EscalateDialog(QDialog):
    def __init__(
        self,
        tickets: list[TicketLine],
        supervisor: str,
        *,
        reason: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.tickets, self.supervisor = tickets, supervisor
        self.setWindowTitle(self.tr("Escalate (督办)"))
        self.setMinimumWidth(560)
        self.pages = QStackedWidget(self)
        # --- page 1: what to send --------------------------------------------------------
        form_page = QWidget(self)
        form = QFormLayout(form_page)
        head = QLabel(self._tickets_line(), form_page)
        head.setWordWrap(True)
        form.addRow(head)
        self.office = QComboBox(form_page)
        for code in OFFICES:
            self.office.addItem(labels.tr(labels.OFFICES, code), code)
        self.office.setCurrentIndex(OFFICES.index("supervision"))
        self.reason = QComboBox(form_page)
        for code in REASONS:
            self.reason.addItem(labels.tr(labels.ESCALATION_REASONS, code), code)
        # no reason chosen unless one is given: the supervisor picks it (Next waits)
        self.reason.setPlaceholderText(self.tr("Choose the reason…"))
        self.reason.setCurrentIndex(REASONS.index(reason) if reason in REASONS else -1)
        self.note = QPlainTextEdit(form_page)
        self.note.setTabChangesFocus(True)
        self.note.setPlaceholderText(self.tr("What the office should know (optional)"))
        self.note.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        form.addRow(self.tr("&Office"), self.office)
        form.addRow(self.tr("&Reason"), self.reason)
        form.addRow(self.tr("&Note"), self.note)
        self.hint = named_label("hint", "", form_page)
        form.addRow(self.hint)
        self.pages.addWidget(form_page)
        # --- page 2: what will be sent ---------------------------------------------------
        confirm_page = QWidget(self)
        box = QVBoxLayout(confirm_page)
        box.setContentsMargins(0, 0, 0, 0)
        self.confirm = QLabel(confirm_page)
        self.confirm.setObjectName("confirmText")
        self.confirm.setWordWrap(True)
        self.confirm.setTextFormat(Qt.TextFormat.RichText)
        self.confirm.setAlignment(Qt.AlignmentFlag.AlignTop)
        box.addWidget(self.confirm, 1)
        # a mass escalation is confirmed by its count, deliberately (not by Enter)
        self.count_check = QCheckBox(confirm_page)
        self.count_check.setObjectName("confirmCount")
        self.count_check.toggled.connect(self._count_checked)
        box.addWidget(self.count_check)
        self.pages.addWidget(confirm_page)

        self.buttons = QDialogButtonBox(self)
        self.back = QPushButton(self.tr("&Back"), self)
        self.next = QPushButton(self.tr("&Next…"), self)
        self.send = QPushButton(self.tr("&Send"), self)
        self.cancel = self.buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for button in (self.back, self.next, self.send):
            self.buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.next.setDefault(True)
        self.back.clicked.connect(self.show_form)
        self.next.clicked.connect(self.show_confirmation)
        self.send.clicked.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.note.textChanged.connect(self._check)
        self.reason.currentIndexChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(self.pages, 1)
        layout.addWidget(self.buttons)
        self.show_form()
        self._check()

    def _tickets_line(self) -> str:
        if len(self.tickets) == 1:
            t = self.tickets[0]
            return labels.fill(self.tr("Ticket %1 — %2"), t.number, t.title)
        return labels.fill(self.tr("%1 tickets: %2"), len(self.tickets),
                           labels.joined(t.number for t in self.tickets[:6])
                           + ("…" if len(self.tickets) > 6 else ""))  # fmt: skip

    # --- values -------------------------------------------------------------------------
    def set_office(self, code: str) -> None:
        if code in OFFICES:
            self.office.setCurrentIndex(OFFICES.index(code))

    def office_code(self) -> str:
        return str(self.office.currentData())

    def reason_code(self) -> str:
        """The chosen reason's code; "" while none is chosen."""
        code = self.reason.currentData()
        return "" if code is None else str(code)

    def note_text(self) -> str:
        return self.note.toPlainText().strip()

    # --- pages --------------------------------------------------------------------------
    def _check(self) -> None:
        too_long = len(self.note_text()) > MAX_TEXT
        if too_long:
            hint = self.tr("At most %1 characters.").replace("%1", str(MAX_TEXT))
        elif not self.reason_code():
            hint = self.tr("Choose the reason for the escalation.")
        else:
            hint = ""
        self.hint.setText(hint)
        self.hint.setVisible(bool(hint))
        self.next.setEnabled(not hint)

    def show_form(self) -> None:
        self.pages.setCurrentIndex(0)
        self.back.hide()
        self.send.hide()
        self.next.show()
        self.next.setDefault(True)
        self.office.setFocus()

    @property
    def many(self) -> bool:
        return len(self.tickets) > 1

    def show_confirmation(self) -> None:
        if not self.next.isEnabled():
            return
        self.confirm.setText(self.confirmation_html())
        self.pages.setCurrentIndex(1)
        self.next.hide()
        self.next.setDefault(False)
        self.back.show()
        self.send.show()
        # neither default nor auto-default: Enter on this page sends nothing, even with the
        # focus on Send (it is clicked, or Alt+S); Enter on Back does not bounce either
        for button in (self.back, self.send):
            button.setAutoDefault(False)
            button.setDefault(False)
        if self.many:
            n = len(self.tickets)
            self.count_check.setText(labels.fill(self.tr("I have checked: send %1 escalations"), n))
            self.count_check.setChecked(False)
            self.count_check.show()
            self.send.setText(labels.fill(self.tr("&Send %1"), n))
            self.send.setEnabled(False)
            self.count_check.setFocus()
        else:
            self.count_check.hide()
            self.send.setText(self.tr("&Send"))
            self.send.setEnabled(True)
            self.back.setFocus()

    def _count_checked(self, checked: bool) -> None:
        if self.many:
            self.send.setEnabled(checked)

    def mismatched(self) -> list[TicketLine]:
        """The chosen tickets whose state does not bear out the chosen reason."""
        reason = self.reason_code()
        return [t for t in self.tickets if not t.bears_out(reason)]

    def headline(self) -> str:
        office = labels.tr(labels.OFFICES, self.office_code())
        if self.many:
            return labels.fill(self.tr("Escalate %1 tickets to %2"), len(self.tickets), office)
        return labels.fill(self.tr("Escalate ticket %1 to %2"), self.tickets[0].number, office)

    def _mismatch_html(self) -> str:
        odd = self.mismatched()
        if not odd:
            return ""
        reason = labels.tr(labels.ESCALATION_REASONS, self.reason_code())
        numbers = labels.joined(t.number for t in odd[:SHOWN_TICKETS])
        if len(odd) > SHOWN_TICKETS:
            numbers += " " + self.tr("… and %n more ticket(s)", "", len(odd) - SHOWN_TICKETS)
        if self.many:
            text = labels.fill(
                self.tr("Warning: %n of these tickets do not match the reason “%1”: %2", "",
                        len(odd)), reason, numbers,
            )  # fmt: skip
        else:
            text = labels.fill(self.tr("Warning: this ticket does not match the reason “%1”."),
                               reason)  # fmt: skip
        color = theme.current().state_color(State.OVERDUE).name()  # readable in either theme
        return f"<p style='color:{color}'><b>{escape(text)}</b></p>"

    def confirmation_html(self) -> str:
        """What will be sent, as the supervisor reads it before sending."""
        center = self.tr("at the center")  # no unit yet: said, not a bare dash
        rows = "".join(
            f"<tr><td><b>{escape(t.number)}</b>&nbsp;</td><td>{escape(t.title)}</td>"
            f"<td>&nbsp;{escape(t.unit_name or center)}</td></tr>"
            for t in self.tickets[:SHOWN_TICKETS]
        )
        more = len(self.tickets) - SHOWN_TICKETS
        if more > 0:
            also = escape(self.tr("… and %n more ticket(s)", "", more))
            rows += f"<tr><td colspan='3'>{also}</td></tr>"
        note = escape(self.note_text()).replace("\n", "<br>") or "—"
        office = escape(labels.tr(labels.OFFICES, self.office_code()))
        reason = escape(labels.tr(labels.ESCALATION_REASONS, self.reason_code()))
        intro = labels.fill(
            self.tr("The following will be sent to <b>%1</b> and entered in the escalation "
                    "register:"), office,
        )  # fmt: skip
        each = self.tr("Each ticket gets its own escalation; the office answers within its "
                       "response time.")  # fmt: skip
        reason_word, note_word = self.tr("Reason:"), self.tr("Note:")
        signed_word = self.tr("Signed:")
        return (
            f"<h3>{escape(self.headline())}</h3>"
            f"{self._mismatch_html()}"
            f"<p>{intro}</p>"
            f"<table cellspacing='2'>{rows}</table>"
            f"<p><b>{escape(reason_word)}</b> {reason}<br>"
            f"<b>{escape(note_word)}</b> {note}<br>"
            f"<b>{escape(signed_word)}</b> {escape(self.supervisor)}</p>"
            f"<p>{escape(each)}</p>"
        )

    def accept(self) -> None:
        if self.pages.currentIndex() == 1:  # only from the confirmation
            if self.many and not self.count_check.isChecked():
                return  # the count is confirmed deliberately
            super().accept()
        else:
            self.show_confirmation()
