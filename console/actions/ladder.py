"""Dismissing a proposal of the escalation ladder (supervision.md §8): an audited
decision not to take the proposed step, until the ticket's situation changes."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import Engine

from console.actions.common import acting, checked_text
from console.ladder import DISMISSED
from console.policy import Policy
from console.refusals import ActionRefused


def dismiss_proposal(
    engine: Engine,
    actor: str,
    ticket: str,
    *,
    step: str,
    note: str,
    policy: Policy,
    now: datetime,
) -> None:
    """Record that ``actor`` dismissed the ladder's ``step`` for ``ticket``, and why."""
    steps = [s.step for s in policy.ladder]
    if step not in steps:
        raise ActionRefused(
            "bad_input",
            field="--step",
            problem=f"{step!r} is not a ladder step ({', '.join(steps) or 'none in this policy'})",
        )
    text = checked_text(note, "note", required=True)
    with acting(engine, actor, now) as act:
        t = act.ticket(ticket)
        # stamped with the change sequence, as every write that moves the ladder is: the
        # console recomputes the proposals of the tickets written since (ladder_kept)
        act.touch(t, state_changed=False)
        act.event(ticket, DISMISSED, {"step": step, "note": text}, unit=t.unit)
