"""The escalation rules against a model, over many sequences of steps (hypothesis):
one open escalation per ticket and office; open → acknowledged → resolved, or withdrawn;
steps out of order refused; the ticket's escalated flag and the register agree."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, select

from console import actions
from console.actions import ActionRefused
from console.escalations import STILL_OPEN, escalation_register
from console.staff import add_staff
from db.engine import make_engine
from db.tables import TICKETS
from tests.feedkit import created, ev, load

NOW = datetime(2024, 10, 8, 3, 0, tzinfo=UTC)
OFFICES = ("discipline", "supervision")
_numbers = itertools.count()

step = st.one_of(
    st.tuples(st.just("escalate"), st.sampled_from(OFFICES)),
    st.tuples(st.sampled_from(["reply", "resolve", "withdraw"]), st.integers(0, 5)),
)


@settings(
    max_examples=40, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(steps=st.lists(step, max_size=12))
def test_escalation_steps_follow_the_model(tmp_path: Path, steps: list[tuple[str, object]]) -> None:
    engine = _engine(tmp_path)
    number = f"H{next(_numbers)}"
    load(engine, [created(number, "2024-10-08T09:00:00+08:00"),
                  ev("dispatched", number, "2024-10-08T09:01:00+08:00", unit="CGJ")])  # fmt: skip
    model: dict[int, tuple[str, str]] = {}  # id -> (office, status)
    ids: list[int] = []
    for i, (name, arg) in enumerate(steps):
        now = NOW + timedelta(minutes=i)
        if name == "escalate":
            office = str(arg)
            blocked = any(o == office and s in STILL_OPEN for o, s in model.values())
            try:
                eid = actions.escalate(engine, "督办", number, office=office, reason="other",
                                       now=now)  # fmt: skip
            except ActionRefused as exc:
                assert blocked and exc.code == "already_escalated"
            else:
                assert not blocked
                model[eid] = (office, "open")
                ids.append(eid)
            continue
        if not ids:
            continue
        eid = ids[int(str(arg)) % len(ids)]
        office, status = model[eid]
        target = {"reply": "acknowledged", "resolve": "resolved", "withdraw": "withdrawn"}[name]
        try:
            _step(engine, name, eid, now)
        except ActionRefused as exc:
            assert status not in STILL_OPEN and exc.code == "out_of_order"
        else:
            assert status in STILL_OPEN
            model[eid] = (office, target)
    register = {e.id: (e.office, e.status) for e in escalation_register(engine, now=NOW)
                if e.ticket == number}  # fmt: skip
    assert register == model
    with engine.connect() as conn:
        flag = conn.execute(select(TICKETS.c.escalated).where(TICKETS.c.number == number))
        assert flag.scalar_one() == any(s in STILL_OPEN for _, s in model.values())


def _step(engine: Engine, name: str, eid: int, now: datetime) -> None:
    if name == "reply":
        actions.reply_escalation(engine, "督办", eid, text="r", now=now)
    elif name == "resolve":
        actions.resolve_escalation(engine, "督办", eid, outcome="o", now=now)
    else:
        actions.withdraw_escalation(engine, "督办", eid, note="n", now=now)


_engines: dict[Path, Engine] = {}


def _engine(tmp_path: Path) -> Engine:
    """One database for all of a test's examples (each example takes a new ticket)."""
    if tmp_path not in _engines:
        eng = make_engine(f"sqlite:///{tmp_path / 'rules.db'}")
        add_staff(eng, "督办", "supervisor", now=NOW)
        _engines[tmp_path] = eng
    return _engines[tmp_path]
