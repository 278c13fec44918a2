"""The escalation ladder's steps as a policy states them (``[[ladder]]`` tables,
../shared/spec/supervision.md §8), with the spec's defaults."""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from console.vocabulary import ESCALATION_REASONS, OFFICES

CONDITIONS = ("overdue", "bounced", "disputed", "repeated")
ACTIONS = ("urge", "escalate", "coordinate")
NEXT_WORKDAY = "next_workday"
_STEP_NAME = re.compile(r"^[a-z][a-z0-9_]{0,39}$")
_WORKING = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*wd\s*$")

# the spec's defaults: what both built-in policies carry, and what a policy without
# [[ladder]] tables gets (``ladder = []`` turns the ladder off)
DEFAULT_LADDER_TOML = """
[[ladder]]
step = "urge"
condition = "overdue"
threshold = "next_workday"
action = "urge"

[[ladder]]
step = "escalate_overdue"
condition = "overdue"
threshold = "5wd"
action = "escalate"
office = "supervision"
reason = "overdue"

[[ladder]]
step = "rule"
condition = "bounced"
threshold = 3
action = "coordinate"

[[ladder]]
step = "escalate_disputed"
condition = "disputed"
threshold = "1wd"
action = "escalate"
office = "supervision"
reason = "disputed"

[[ladder]]
step = "escalate_repeated"
condition = "repeated"
threshold = 3
days = 30
action = "escalate"
office = "supervision"
reason = "repeated"
"""


class LadderError(ValueError):
    """A ``[[ladder]]`` table that cannot be used."""


@dataclass(frozen=True)
class LadderStep:
    step: str
    condition: str  # one of CONDITIONS
    action: str  # one of ACTIONS
    office: str | None = None  # escalate only
    reason: str | None = None  # escalate only
    # overdue / disputed: working days after the deadline passed / the flag went up
    # (None with next_workday: the start of the next working day after it passed)
    working_days: float | None = None
    count: int = 0  # bounced: returns + transfers; repeated: tickets
    days: int = 30  # repeated: the window before the ticket's acceptance


def parse_ladder(raw: object, origin: str) -> tuple[LadderStep, ...]:
    if not isinstance(raw, list):
        raise LadderError(f"{origin}: ladder must be [[ladder]] tables")
    steps = tuple(_step(r, f"{origin}: ladder #{i + 1}") for i, r in enumerate(raw))
    names = [s.step for s in steps]
    for name in names:
        if names.count(name) > 1:
            raise LadderError(f"{origin}: ladder step {name!r} is given twice")
    return steps


def _step(raw: object, where: str) -> LadderStep:
    if not isinstance(raw, dict):
        raise LadderError(f"{where}: must be a table")
    known = {"step", "condition", "threshold", "action", "office", "reason", "days"}
    extra = sorted(set(raw) - known)
    if extra:
        raise LadderError(
            f"{where}: unknown key {extra[0]!r} (expected {', '.join(sorted(known))})"
        )
    name = raw.get("step")
    if not isinstance(name, str) or not _STEP_NAME.match(name):
        raise LadderError(f'{where}: step must be a name like "escalate_overdue"')
    where = f"{where} ({name})"
    condition = raw.get("condition")
    if condition not in CONDITIONS:
        raise LadderError(f"{where}: condition must be one of {', '.join(CONDITIONS)}")
    action = raw.get("action")
    if action not in ACTIONS:
        raise LadderError(f"{where}: action must be one of {', '.join(ACTIONS)}")
    office, reason = raw.get("office"), raw.get("reason")
    if action == "escalate":
        if office not in OFFICES:
            raise LadderError(f"{where}: an escalation needs office, one of {', '.join(OFFICES)}")
        if reason not in ESCALATION_REASONS:
            raise LadderError(
                f"{where}: an escalation needs reason, one of {', '.join(ESCALATION_REASONS)}"
            )
    elif office is not None or reason is not None:
        raise LadderError(f'{where}: office and reason are for action = "escalate" only')
    threshold = raw.get("threshold")
    step = LadderStep(str(name), str(condition), str(action),
                      str(office) if office else None, str(reason) if reason else None)  # fmt: skip
    if condition in ("overdue", "disputed"):
        if condition == "overdue" and threshold == NEXT_WORKDAY:
            return step
        match = _WORKING.match(str(threshold)) if isinstance(threshold, str) else None
        if match is None:
            extra_ok = ' or "next_workday"' if condition == "overdue" else ""
            raise LadderError(f'{where}: threshold must be working days like "5wd"{extra_ok}')
        return replace(step, working_days=float(match.group(1)))
    if isinstance(threshold, bool) or not isinstance(threshold, int) or threshold < 1:
        raise LadderError(f"{where}: threshold must be a whole number, 1 or more")
    days = raw.get("days", 30)
    if condition == "repeated" and (
        isinstance(days, bool) or not isinstance(days, int) or days < 1
    ):
        raise LadderError(f"{where}: days must be a whole number, 1 or more")
    return replace(step, count=threshold, days=int(days) if condition == "repeated" else 30)
