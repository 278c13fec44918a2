"""Notifications in the supervisor's language: built from the stored fields at display
time (the stored ``message`` is the command line's English), so a language switch needs
no reload."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.notifications import NotificationEntry
from console.notify_groups import NotificationGroup
from widgets.labels import DEADLINES, tr

CTX = "Notifications"

KINDS = {
    "deadline": QT_TRANSLATE_NOOP("Notifications", "Deadline"),
    "shuffled": QT_TRANSLATE_NOOP("Notifications", "Shuffled"),
    "disputed": QT_TRANSLATE_NOOP("Notifications", "Disputed"),
    "office_overdue": QT_TRANSLATE_NOOP("Notifications", "Overdue at the office"),
    "proposal": QT_TRANSLATE_NOOP("Notifications", "Proposal"),
}
LEVELS = {
    "warning": QT_TRANSLATE_NOOP("Notifications", "Warning"),
    "critical": QT_TRANSLATE_NOOP("Notifications", "Critical"),
    "overdue": QT_TRANSLATE_NOOP("Notifications", "Overdue"),
}
# one notification: %1 the deadline's kind (Sign, Reply…), %2 its unit
SINGLE = {
    "warning": QT_TRANSLATE_NOOP("Notifications", "%1 deadline nearing its due time at %2"),
    "critical": QT_TRANSLATE_NOOP("Notifications", "%1 deadline critical at %2"),
    "overdue": QT_TRANSLATE_NOOP("Notifications", "%1 deadline overdue at %2"),
    "shuffled": QT_TRANSLATE_NOOP("Notifications", "Shuffled between units"),
    "disputed": QT_TRANSLATE_NOOP("Notifications", "Disputed: units disagree on jurisdiction"),
    "office_overdue": QT_TRANSLATE_NOOP("Notifications", "Escalation overdue at the office"),
    "proposal": QT_TRANSLATE_NOOP("Notifications", "Proposed next step: see the To act queue"),
}
# many at once: %1 how many
GROUPS = {
    "warning": QT_TRANSLATE_NOOP("Notifications", "%1 tickets reached warning"),
    "critical": QT_TRANSLATE_NOOP("Notifications", "%1 tickets became critical"),
    "overdue": QT_TRANSLATE_NOOP("Notifications", "%1 tickets became overdue"),
    "shuffled": QT_TRANSLATE_NOOP("Notifications", "%1 tickets were shuffled"),
    "disputed": QT_TRANSLATE_NOOP("Notifications", "%1 tickets became disputed"),
    "office_overdue": QT_TRANSLATE_NOOP("Notifications", "%1 escalations overdue at the office"),
    "proposal": QT_TRANSLATE_NOOP("Notifications", "%1 new proposals to act on"),
}


def _t(text: object) -> str:
    return QCoreApplication.translate(CTX, str(text))


def kind_word(kind: str) -> str:
    text = KINDS.get(kind)
    return _t(text) if text else kind


def level_word(level: str | None) -> str:
    text = LEVELS.get(level or "")
    return _t(text) if text else ""


def sort_word(kind: str, level: str | None) -> str:
    """The short word for a notification's sort: its level, else its kind."""
    return level_word(level) if level else kind_word(kind)


def describe(e: NotificationEntry) -> str:
    """One notification as a sentence (without the ticket's number and title)."""
    if not e.whole:  # read in short: its words come when it is read whole
        return "…"
    if e.kind == "deadline" and e.level in SINGLE:
        unit = e.unit_name or e.unit or "—"
        return _t(SINGLE[e.level]).replace("%1", tr(DEADLINES, e.deadline_kind)).replace("%2", unit)
    text = SINGLE.get(e.kind)
    return _t(text) if text else e.message


def headline(group: NotificationGroup) -> str:
    """A group's line: "37 tickets became overdue", or the one notification's sentence."""
    if group.single:
        return describe(group.entries[0])
    text = GROUPS.get(group.level or group.kind)
    count = len(group.entries)
    return _t(text).replace("%1", f"{count:,}") if text else f"{count} × {group.kind}"
