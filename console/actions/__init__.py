"""Supervisors' actions: each one transaction that also appends an audit event naming
who acted (see :mod:`console.actions.common`). The window and the command line call
these same functions; a refusal is :class:`ActionRefused` with a code and parameters."""

from console.actions.escalations import (
    escalate,
    reply_escalation,
    resolve_escalation,
    withdraw_escalation,
)
from console.actions.ladder import dismiss_proposal
from console.actions.tickets import add_note, coordinate, extend_deadline, mark_disputed, urge
from console.escalations import OFFICES, REASONS
from console.refusals import ActionRefused

__all__ = [
    "OFFICES",
    "REASONS",
    "ActionRefused",
    "add_note",
    "coordinate",
    "dismiss_proposal",
    "escalate",
    "extend_deadline",
    "mark_disputed",
    "reply_escalation",
    "resolve_escalation",
    "urge",
    "withdraw_escalation",
]
