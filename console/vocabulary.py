"""The domain's codes, each defined once: what the feed, the policies, the board and the
screens may say. Words for them (translated) are in ``widgets/labels.py``.

The codes are the spec's (``../shared/spec/feed-and-report.md``); they are stored in the
database and written in reports, so they never change spelling.
"""

from __future__ import annotations

from dataclasses import dataclass

from console.states import State

# --- the feed -----------------------------------------------------------------------
CATEGORIES = ("consultation", "suggestion", "complaint", "help", "report", "praise", "other")
CHANNELS = ("phone", "web", "app", "wechat", "other")
UNIT_KINDS = ("department", "district", "grid", "emergency")
RETURN_REASONS = ("jurisdiction", "info_missing", "other")
RATINGS = ("satisfied", "basic", "unsatisfied")  # the return visit's (回访) answers
SATISFIED = ("satisfied", "basic")  # what the assessment counts as satisfied
EVENT_KINDS = (
    "created",
    "dispatched",
    "signed",
    "onsite",
    "replied",
    "closed",
    "returned",
    "transferred",
    "reopened",
    "rated",
)

# --- supervisors' actions (../shared/spec/supervision.md §5) -------------------------
ROLES = ("supervisor", "viewer")
# 纪委 discipline inspection commission, 组织部 organization department, 督查室 supervision office
OFFICES = ("discipline", "organization", "supervision")
ESCALATION_REASONS = ("overdue", "shuffled", "disputed", "repeated", "other")
ESCALATION_STATUSES = ("open", "acknowledged", "resolved", "withdrawn")
# the audit events an action appends (an event's source is "action"; the feed's are "feed")
ACTION_KINDS = (
    "urged",
    "escalated",
    "office_replied",
    "escalation_resolved",
    "escalation_withdrawn",
    "marked_disputed",
    "cleared_disputed",
    "coordinated",
    "extended",
    "note",
)

# --- deadlines ----------------------------------------------------------------------
DEADLINE_KINDS = ("sign", "onsite", "reply")

# --- notifications (spec §6; ``proposal``: the escalation ladder's, §8) ----------------
NOTIFICATION_KINDS = ("deadline", "shuffled", "disputed", "office_overdue", "proposal")
NOTIFICATION_LEVELS = ("warning", "critical", "overdue")  # a deadline's, worst last

# --- flags on a ticket (attributes of the same names on tickets of every kind) ----------
FLAGS = ("urgent", "shuffled", "disputed", "escalated")
TAG_FLAGS = FLAGS[1:]  # shown as tags in the board's flag column; urgent has a column
# an open proposal of the escalation ladder (§8): marked on the board like a flag, but
# computed from the ladder, not stored on the ticket
PROPOSED = "proposed"
# the colour a flag's tag takes: that of this state
FLAG_TONES: dict[str, State] = {
    "urgent": State.OVERDUE,
    "shuffled": State.CRITICAL,
    "disputed": State.WARNING,
    "escalated": State.OVERDUE,
    PROPOSED: State.WARNING,
}


# --- the KPI tiles ------------------------------------------------------------------
@dataclass(frozen=True)
class Kpi:
    """A KPI tile: its key, its colour, and the tickets a click on it shows.

    ``tone`` names a theme colour (accent, warning, critical, overdue, muted). A click
    shows the tickets in ``state``, or with ``flag``, or all open tickets when neither
    is set; a tile that ``opens`` a pane shows that pane instead.
    """

    key: str
    tone: str
    state: State | None = None
    flag: str | None = None
    opens: str = ""  # a click opens this pane instead of filtering the board


KPIS = (
    Kpi("open", "accent"),
    Kpi("warning", "warning", state=State.WARNING),
    Kpi("critical", "critical", state=State.CRITICAL),
    Kpi("overdue", "overdue", state=State.OVERDUE),
    Kpi("shuffled", "muted", flag="shuffled"),
    Kpi("disputed", "muted", flag="disputed"),
    Kpi("escalations", "muted", flag="escalated"),
    # missed today: what it can show on the board is what is overdue now
    Kpi("overdue_today", "overdue", state=State.OVERDUE),
    # the escalation ladder's open proposals (§8): a click opens the To act queue
    Kpi("proposals", "accent", opens="proposals"),
)
KPI_BY_KEY = {k.key: k for k in KPIS}
