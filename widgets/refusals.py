"""Why an action was refused, as a sentence in the console's language.

``console.actions`` raises ``ActionRefused`` with a code and parameters (its English
sentence is for the command line); the console says it in the supervisor's words.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime, tzinfo

from PySide6.QtCore import QCoreApplication

from widgets import labels
from widgets.errors import told


def _when(value: object, tz: tzinfo) -> str:
    if isinstance(value, datetime):
        return value.astimezone(tz).strftime(labels.FULL_DATE)
    if isinstance(value, str):
        try:
            return datetime.fromisoformat(value).astimezone(tz).strftime(labels.FULL_DATE)
        except ValueError:
            return value
    return str(value or "")


def refusal_text(
    code: str, params: Mapping[str, object], target: str, tz: tzinfo, message: str = ""
) -> str:
    """One sentence for a refusal of an action on ``target`` (a ticket or escalation)."""
    p = params
    if code == "viewer":
        return QCoreApplication.translate(
            "Refusals", "You are on duty as a viewer: viewers see the board but cannot act."
        )
    if code == "read_only":
        return QCoreApplication.translate(
            "Refusals", "This console's database connection may only read: it acts as a viewer."
        )
    if code == "unknown_supervisor":
        return QCoreApplication.translate(
            "Refusals",
            "The supervisor on duty is not known to the database. Change the "
            "supervisor on duty (Duty menu) and try again.",
        )
    if code == "unknown_ticket":
        return labels.fill(QCoreApplication.translate("Refusals", "There is no ticket %1."), target)
    if code == "ticket_closed":
        return labels.fill(
            QCoreApplication.translate(
                "Refusals", "Ticket %1 is closed: only a note can be added to it."
            ),
            target,
        )
    if code == "unknown_escalation":
        return labels.fill(
            QCoreApplication.translate("Refusals", "There is no escalation %1."), target
        )
    if code == "out_of_order":
        return labels.fill(
            QCoreApplication.translate(
                "Refusals", "Escalation %1 is %2: that step no longer applies to it."
            ),
            target,
            labels.tr(labels.ESCALATION_STATUS, p.get("status", "")) or "—",
        )
    if code == "extend_earlier":
        return labels.fill(
            QCoreApplication.translate(
                "Refusals",
                "The new time for %1 is earlier than its deadline now (%2): an extension "
                "only moves a deadline later.",
            ),
            target,
            _when(p.get("due"), tz),
        )
    if code == "no_open_deadline":
        kind = labels.tr(labels.DEADLINES, p.get("kind", ""))
        return labels.fill(
            QCoreApplication.translate("Refusals", "Ticket %1 has no open %2 deadline to extend."),
            target,
            kind,
        )
    if code == "already_escalated":
        return labels.fill(
            QCoreApplication.translate(
                "Refusals",
                "Ticket %1 already has an open escalation to this office, opened by %2 at %3.",
            ),
            target,
            p.get("by", "?"),
            _when(p.get("at"), tz),
        )
    if code == "stale":
        return labels.fill(
            QCoreApplication.translate(
                "Refusals",
                "Ticket %1 changed since it was shown (another workstation or the feed wrote "
                "to it). Nothing was done; the fresh ticket is shown — look and act again.",
            ),
            target,
        )
    if code == "unknown_unit":
        return labels.fill(
            QCoreApplication.translate("Refusals", "There is no unit %1."), p.get("unit", target)
        )
    if code == "no_unit":
        return labels.fill(
            QCoreApplication.translate(
                "Refusals",
                "Ticket %1 is at the center, not at a unit: there is no unit to urge. "
                "Dispatch it first.",
            ),
            target,
        )
    if code == "unknown_office":
        return labels.fill(
            QCoreApplication.translate("Refusals", "There is no office %1."), p.get("office", "")
        )
    if code == "bad_input":
        field = str(p.get("field", ""))
        return labels.fill(
            QCoreApplication.translate(
                "Refusals", "Please check the field “%1”: it is empty or too long."
            ),
            _field(field),
        )
    if code == "error":  # the driver's own words go behind the summary's Details
        return labels.fill(
            QCoreApplication.translate("Refusals", "The database did not take it: %1"),
            told(str(p.get("reason", message))),
        )
    return message or code


def _field(name: str) -> str:
    names = {
        "note": QCoreApplication.translate("Refusals", "note"),
        "reason": QCoreApplication.translate("Refusals", "reason"),
        "text": QCoreApplication.translate("Refusals", "text"),
        "outcome": QCoreApplication.translate("Refusals", "outcome"),
        "until": QCoreApplication.translate("Refusals", "new due time"),
        "actor": QCoreApplication.translate("Refusals", "name"),
        "lead": QCoreApplication.translate("Refusals", "lead unit"),
        "office": QCoreApplication.translate("Refusals", "office"),
    }
    return names.get(name, name)
