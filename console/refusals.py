"""Why a supervisor's action was refused: a code and parameters for the window to
translate, and an English sentence for the command line and the log."""

from __future__ import annotations

from datetime import datetime
from typing import Any

_SENTENCES = {
    "viewer": "{actor} is a viewer: viewers see, they do not act",
    "read_only": "this console's database connection may only read: it acts as a viewer",
    "unknown_supervisor": "{actor} is not on the staff list (add them: staff add NAME --role "
    "supervisor)",
    "unknown_ticket": "there is no ticket {ticket}",
    "ticket_closed": "ticket {ticket} is closed; only a note can be added to a closed ticket",
    "unknown_escalation": "there is no escalation {escalation}",
    "out_of_order": "escalation {escalation} is {status}: it cannot be {step} now",
    "extend_earlier": "the {kind} deadline of ticket {ticket} is due {due}; an extension must "
    "be later than that",
    "no_open_deadline": "ticket {ticket} has no open {kind} deadline to extend",
    "already_escalated": "ticket {ticket} already has an open escalation to the {office} "
    "office (#{escalation}), opened by {by} at {at}",
    "stale": "ticket {ticket} changed since you looked at it (version {expected}, now "
    "{version}); look at it again and retry",
    "unknown_unit": "there is no unit {unit}",
    "no_unit": "ticket {ticket} is at the center, not at a unit: there is no unit to urge "
    "(dispatch it first)",
    "unknown_office": "there is no office {office} (discipline, organization or supervision)",
    "last_supervisor": "{name} is the only supervisor; make another person a supervisor "
    "before {name} becomes a viewer",
    "bad_input": "{field}: {problem}",
}
CODES = tuple(_SENTENCES)


def _shown(value: object) -> str:
    if isinstance(value, datetime):
        return value.isoformat(" ", "minutes")
    return str(value)


class ActionRefused(Exception):
    """An action a rule forbids. ``code`` is one of :data:`CODES`; ``params`` fill its
    sentence (widgets translate by code); ``str(exc)`` is the English sentence."""

    def __init__(self, code: str, **params: Any) -> None:
        if code not in _SENTENCES:
            raise ValueError(f"unknown refusal code {code!r}")
        self.code = code
        self.params: dict[str, object] = params
        shown = {k: _shown(v) for k, v in params.items()}
        super().__init__(_SENTENCES[code].format_map(_Missing(shown)))

    @property
    def is_usage(self) -> bool:
        """Bad input (exit 2 on the command line) rather than a rule (exit 1)."""
        return self.code == "bad_input"


class _Missing(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return "?"
