"""Words for the domain's codes (states, categories, deadline and event kinds), translated.

The codes come from the feed and the database; the words are looked up when shown, so a
language switch needs no reload. ``QT_TRANSLATE_NOOP`` marks them for pyside6-lupdate.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime, timedelta, tzinfo
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from console.day_end import due_text
from console.states import State

_CTX = "Labels"

STATES = {
    State.OK: QT_TRANSLATE_NOOP("Labels", "On track"),
    State.WARNING: QT_TRANSLATE_NOOP("Labels", "Warning"),
    State.CRITICAL: QT_TRANSLATE_NOOP("Labels", "Critical"),
    State.OVERDUE: QT_TRANSLATE_NOOP("Labels", "Overdue"),
}
CATEGORIES = {
    "consultation": QT_TRANSLATE_NOOP("Labels", "Consultation"),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggestion"),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "help": QT_TRANSLATE_NOOP("Labels", "Help"),
    "report": QT_TRANSLATE_NOOP("Labels", "Report"),
    "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
# the wall display's narrow column: the same words where they are short already
CATEGORIES_SHORT = {
    "consultation": QT_TRANSLATE_NOOP("Labels", "Consult."),
    "suggestion": QT_TRANSLATE_NOOP("Labels", "Suggest."),
    "complaint": QT_TRANSLATE_NOOP("Labels", "Complaint"),
    "help": QT_TRANSLATE_NOOP("Labels", "Help"),
    "report": QT_TRANSLATE_NOOP("Labels", "Report"),
    "praise": QT_TRANSLATE_NOOP("Labels", "Praise"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
DEADLINES = {
    "sign": QT_TRANSLATE_NOOP("Labels", "Sign"),
    "onsite": QT_TRANSLATE_NOOP("Labels", "On site"),
    "reply": QT_TRANSLATE_NOOP("Labels", "Reply"),
}
DEADLINE_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "running"),
    "met": QT_TRANSLATE_NOOP("Labels", "met"),
    "ended": QT_TRANSLATE_NOOP("Labels", "ended"),
}
EVENTS = {
    "created": QT_TRANSLATE_NOOP("Labels", "Accepted"),
    "dispatched": QT_TRANSLATE_NOOP("Labels", "Dispatched"),
    "signed": QT_TRANSLATE_NOOP("Labels", "Signed"),
    "onsite": QT_TRANSLATE_NOOP("Labels", "On site"),
    "replied": QT_TRANSLATE_NOOP("Labels", "Replied"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "returned": QT_TRANSLATE_NOOP("Labels", "Returned"),
    "transferred": QT_TRANSLATE_NOOP("Labels", "Transferred"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
    "rated": QT_TRANSLATE_NOOP("Labels", "Return visit"),
    "urged": QT_TRANSLATE_NOOP("Labels", "Urged"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "marked_disputed": QT_TRANSLATE_NOOP("Labels", "Marked disputed"),
    "cleared_disputed": QT_TRANSLATE_NOOP("Labels", "Dispute cleared"),
    "coordinated": QT_TRANSLATE_NOOP("Labels", "Coordinated"),
    "extended": QT_TRANSLATE_NOOP("Labels", "Extended"),
    "office_replied": QT_TRANSLATE_NOOP("Labels", "Office replied"),
    "escalation_resolved": QT_TRANSLATE_NOOP("Labels", "Escalation resolved"),
    "escalation_withdrawn": QT_TRANSLATE_NOOP("Labels", "Escalation withdrawn"),
    "dismissed": QT_TRANSLATE_NOOP("Labels", "Proposal dismissed"),
}
RATINGS = {
    "satisfied": QT_TRANSLATE_NOOP("Labels", "satisfied"),
    "basic": QT_TRANSLATE_NOOP("Labels", "basically satisfied"),
    "unsatisfied": QT_TRANSLATE_NOOP("Labels", "unsatisfied"),
}
RETURN_REASONS = {
    "jurisdiction": QT_TRANSLATE_NOOP("Labels", "not our jurisdiction"),
    "info_missing": QT_TRANSLATE_NOOP("Labels", "information missing"),
    "other": QT_TRANSLATE_NOOP("Labels", "other reason"),
}
CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "web": QT_TRANSLATE_NOOP("Labels", "Web"),
    "app": QT_TRANSLATE_NOOP("Labels", "App"),
    "wechat": QT_TRANSLATE_NOOP("Labels", "WeChat"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other"),
}
FLAGS = {
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent"),
    "shuffled": QT_TRANSLATE_NOOP("Labels", "Shuffled"),
    "disputed": QT_TRANSLATE_NOOP("Labels", "Disputed"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated"),
    "proposed": QT_TRANSLATE_NOOP("Labels", "A step to act on (To act queue)"),
}
# the board's flag column: a short word and the glossary term (the Chinese UI shows the
# term alone, 推诿); not the three-letter codes (SHF, DSP) a new supervisor cannot read
FLAG_TAGS = {
    "urgent": QT_TRANSLATE_NOOP("Labels", "Urgent 急"),
    "shuffled": QT_TRANSLATE_NOOP("Labels", "Shuffled 推诿"),
    "disputed": QT_TRANSLATE_NOOP("Labels", "Disputed 争议"),
    "escalated": QT_TRANSLATE_NOOP("Labels", "Escalated 督办"),
    "proposed": QT_TRANSLATE_NOOP("Labels", "To act 待办"),
}
# the offices by their names, the glossary term in brackets (纪委 is what supervisors
# say); short enough for the register's column at 1366 wide
OFFICES = {
    "discipline": QT_TRANSLATE_NOOP("Labels", "Discipline commission (纪委)"),
    "organization": QT_TRANSLATE_NOOP("Labels", "Organization dept. (组织部)"),
    "supervision": QT_TRANSLATE_NOOP("Labels", "Supervision office (督查室)"),
}
# the board's tag for an open escalation: which office has it
OFFICE_TAGS = {
    "discipline": QT_TRANSLATE_NOOP("Labels", "CDI 纪委"),
    "organization": QT_TRANSLATE_NOOP("Labels", "Org. dept 组织部"),
    "supervision": QT_TRANSLATE_NOOP("Labels", "Sup. office 督查室"),
}
# an office by its glossary term alone, the same in both languages: where a cell has room
# for a word, not a tag (the To act queue's step; its tooltip names the office in full)
OFFICE_TERMS = {"discipline": "纪委", "organization": "组织部", "supervision": "督查室"}
ESCALATION_REASONS = {
    "overdue": QT_TRANSLATE_NOOP("Labels", "overdue"),
    "shuffled": QT_TRANSLATE_NOOP("Labels", "shuffled between units"),
    "disputed": QT_TRANSLATE_NOOP("Labels", "jurisdiction disputed"),
    "repeated": QT_TRANSLATE_NOOP("Labels", "repeated complaints"),
    "other": QT_TRANSLATE_NOOP("Labels", "other"),
}
ESCALATION_STATUS = {
    "open": QT_TRANSLATE_NOOP("Labels", "open"),
    "acknowledged": QT_TRANSLATE_NOOP("Labels", "acknowledged"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "resolved"),
    "withdrawn": QT_TRANSLATE_NOOP("Labels", "withdrawn"),
}


def joined(items: Iterable[object]) -> str:
    """Items in a sentence's list: "A, B" in English, "A、B" in Chinese."""
    return QCoreApplication.translate("Labels", ", ").join(str(i) for i in items)


def urge_tag(count: int) -> str:
    """The board's tag for a ticket whose unit was urged: 催×3."""
    return fill(QCoreApplication.translate("Labels", "Urged×%1"), count)


def flag_tags(t: Any, proposed: bool = False) -> list[str]:
    """A board ticket's tags, in the order the flags column paints them: shuffled,
    disputed, each office its escalation is open at (or "escalated"), the urges, then
    the mark of an open proposal of the escalation ladder."""
    tags = [tr(FLAG_TAGS, f) for f in ("shuffled", "disputed") if getattr(t, f)]
    if t.offices:
        tags += [tr(OFFICE_TAGS, o) for o in t.offices]
    elif t.escalated:
        tags.append(tr(FLAG_TAGS, "escalated"))
    if t.urges:
        tags.append(urge_tag(t.urges))
    if proposed:
        tags.append(tr(FLAG_TAGS, "proposed"))
    return tags


def flags_tip(t: Any, proposed: bool = False) -> str:
    """The flags column's tool tip: the same in words."""
    parts = [tr(FLAGS, f) for f in ("shuffled", "disputed") if getattr(t, f)]
    if t.offices:
        offices = joined(tr(OFFICES, o) for o in t.offices)
        parts.append(fill(QCoreApplication.translate("Labels", "Escalated to %1"), offices))
    elif t.escalated:
        parts.append(tr(FLAGS, "escalated"))
    if t.urges:
        parts.append(fill(QCoreApplication.translate("Labels", "Urged %1 time(s)"), t.urges))
    if proposed:
        parts.append(tr(FLAGS, "proposed"))
    return " · ".join(parts)


def tr(table: Mapping[Any, object], code: object) -> str:
    """The translated word for ``code`` in ``table``; the code itself when unknown."""
    text = table.get(code)
    return QCoreApplication.translate(_CTX, str(text)) if text else str(code or "")


LONG_HOURS = 99  # above this a countdown shows days: −634d 10:47 rather than −15226:47:51
DAYS_ONLY = 1000  # and from this many days the days alone: −1234d
# the widest countdowns each form can show, for measuring columns
WIDEST_COUNTDOWNS = ("−99:59:59", "−999d 23:59", "−9999d")


def countdown(seconds: int | None, replied: bool = False) -> str:
    """A countdown as the board shows it: 0:29:59, 47:59:59; −0:00:12 once overdue; past
    99 hours in days and hours:minutes (−634d 10:47, 634天10:47), past 1,000 days in days.
    Without a deadline running: "Met" once replied (BoardTicket.replied), else "No deadline"
    (praise has no reply deadline; a reopened ticket's were all met by its closing)."""
    if seconds is None:
        if replied:
            return QCoreApplication.translate("Labels", "Met")
        return QCoreApplication.translate("Labels", "No deadline")
    sign = "−" if seconds < 0 else ""
    s = abs(seconds)
    if s < (LONG_HOURS + 1) * 3600:
        return f"{sign}{s // 3600}:{s % 3600 // 60:02d}:{s % 60:02d}"
    days = s // 86400
    if days >= DAYS_ONLY:
        return sign + fill(QCoreApplication.translate("Labels", "%1d"), days)
    short = QCoreApplication.translate("Labels", "%1d %2")  # rare: translated only here
    return sign + fill(short, days, f"{s % 86400 // 3600:02d}:{s % 3600 // 60:02d}")


def widest_countdowns() -> list[str]:
    """The widest text of each countdown form, in the current language."""
    return [WIDEST_COUNTDOWNS[0], countdown(-(999 * 86400 + 23 * 3600 + 59 * 60)),
            countdown(-9999 * 86400), countdown(None, True), countdown(None)]  # fmt: skip


def no_deadline_tip(replied: bool) -> str:
    """The time-left cell's tool tip where no deadline runs."""
    if replied:
        return QCoreApplication.translate(
            "Labels", "Every deadline met (the unit replied): waiting to be closed (待办结)"
        )
    return QCoreApplication.translate(
        "Labels",
        "No deadline running (无时限): praise has no reply deadline; a reopened "
        "ticket's deadlines were met when it was closed",
    )


def local_time(
    moment: datetime | float | None,
    tz: tzinfo,
    *,
    date: bool = True,
    year: int | None = None,
    due: bool = False,
) -> str:
    """A moment in the center's time zone: 09-18 10:30 (or 10:30 with ``date=False``);
    with the year (2024-09-18 10:30) when it is not ``year``, the year of the clock. A
    ``due`` time at midnight is the end of the day before: 12-02 24:00 (console.day_end)."""
    if moment is None:
        return ""
    if isinstance(moment, float | int):
        if moment == float("inf"):
            return ""
        moment = datetime.fromtimestamp(moment, tz)
    local = moment.astimezone(tz)
    if due:
        # the year of the day it is due, not of the midnight after it
        day = (local - timedelta(microseconds=1)).year
        fmt = "%H:%M" if not date else "%m-%d %H:%M" if year is None or day == year else FULL_DATE
        return due_text(local, tz, fmt)
    if not date:
        return local.strftime("%H:%M")
    return local.strftime("%m-%d %H:%M" if year is None or local.year == year else FULL_DATE)


FULL_DATE = "%Y-%m-%d %H:%M"
WIDEST_DATE = "0000-00-00 00:00"


def year_of(moment: float, tz: tzinfo) -> int:
    return datetime.fromtimestamp(moment, tz).year


def fill(template: str, *values: object) -> str:
    """Put ``values`` into a translated ``template``'s %1, %2, … (Qt's own convention)."""
    for n, value in enumerate(values, start=1):
        template = template.replace(f"%{n}", str(value))
    return template
