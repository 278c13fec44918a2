"""The To act queue's proposals kept between computations (console.ladder_kept): after any
sequence of writes and clock moves, recomputing only the tickets written since, their
citizens' other tickets and those a step fell due for gives exactly what computing every
ticket gives. On SQLite and PostgreSQL."""

from __future__ import annotations

import random
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from console import actions
from console.actions import ActionRefused
from console.ladder import Proposal, proposals_on
from console.ladder_kept import KeptProposals
from console.policy import load_policy
from console.staff import add_staff
from tests.feedkit import created, ev, load

HAIKOU = load_policy("haikou")
BOSS = "张督办"
START = datetime.fromisoformat("2024-09-26T08:00:00+08:00")  # the National Day holiday ahead
PHONES = ("13900000001", "13900000002", "13900000003")


def write(engine: Engine, rng: random.Random, now: datetime, tickets: list[str]) -> None:
    """One write a center makes: a new ticket (now or backdated, some of one citizen), a
    unit signing, a return, a closing, or a supervisor's action."""
    kind = rng.choice(("new", "new", "sign", "return", "close", "urge", "dismiss",
                       "dispute", "rule", "escalate"))  # fmt: skip
    at = now.isoformat()
    if kind == "new" or not tickets:
        number = f"K{len(tickets):03}"
        accepted = now - timedelta(hours=rng.choice((0, 2, 30, 200)))
        extra: dict[str, Any] = {}
        if rng.random() < 0.6:
            extra["citizen"] = {"name": "李四", "phone": rng.choice(PHONES)}
        events = [created(number, accepted.isoformat(), rng.choice(("complaint", "help")), **extra)]
        if rng.random() < 0.8:
            events.append(
                ev("dispatched", number, accepted.isoformat(), unit=f"U{rng.randrange(3)}")
            )
        load(engine, events)
        tickets.append(number)
        return
    number = rng.choice(tickets)
    try:
        if kind == "sign":
            load(engine, [ev("signed", number, at, unit=f"U{rng.randrange(3)}")])
        elif kind == "return":
            load(engine, [ev("returned", number, at, unit="U0", reason="other"),
                          ev("dispatched", number, at, unit=f"U{rng.randrange(3)}")])  # fmt: skip
        elif kind == "close":
            load(engine, [ev("closed", number, at)])
        elif kind == "urge":
            actions.urge(engine, BOSS, number, now=now)
        elif kind == "dismiss":
            found = [p for p in proposals_on_engine(engine, now) if p.ticket == number]
            if found:
                actions.dismiss_proposal(engine, BOSS, number, step=found[0].step, note="电话联系",
                                         policy=HAIKOU, now=now)  # fmt: skip
        elif kind == "dispute":
            actions.mark_disputed(engine, BOSS, number, now=now, policy=HAIKOU)
        elif kind == "rule":
            actions.coordinate(engine, BOSS, number, lead=f"U{rng.randrange(3)}", policy=HAIKOU,
                               now=now)  # fmt: skip
        else:
            actions.escalate(engine, BOSS, number, office="supervision",
                             reason=rng.choice(("overdue", "disputed", "repeated")), now=now,
                             policy=HAIKOU)  # fmt: skip
    except ActionRefused:
        pass  # a closed ticket, one at the center, already escalated: nothing written


def proposals_on_engine(engine: Engine, at: datetime) -> list[Proposal]:
    with engine.connect() as conn:
        return proposals_on(conn, HAIKOU, at)


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_recomputing_what_moved_equals_computing_every_ticket(engine: Engine, seed: int) -> None:
    rng = random.Random(seed)
    add_staff(engine, BOSS, "supervisor", now=START - timedelta(days=30))
    tickets: list[str] = []
    kept = KeptProposals(HAIKOU)
    now = START
    partial = 0
    for step in range(60):
        for _ in range(rng.choice((0, 1, 1, 2, 3))):
            write(engine, rng, now, tickets)
        # quiet minutes, hours, and a jump over days (steps fall due meanwhile)
        now += timedelta(minutes=rng.choice((0, 1, 17, 90, 600, 2000)))
        with engine.connect() as conn:
            recomputed = kept.update(conn, now)
        whole = proposals_on_engine(engine, now)
        assert kept.found == whole, (seed, step, now)
        assert kept.keys == [p.key for p in whole]
        partial += 0 <= recomputed < len(tickets)
    assert partial > 30  # most updates looked at fewer tickets than there are
    assert len(whole) > 0


def test_a_dismissal_is_a_write_the_update_sees(engine: Engine) -> None:
    load(engine, [created("A", "2024-09-27T16:00:00+08:00"),
                  ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ")])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=START - timedelta(days=30))
    kept = KeptProposals(HAIKOU)
    at = datetime.fromisoformat("2024-09-29T10:00:00+08:00")
    with engine.connect() as conn:
        kept.update(conn, at)
    assert [p.step for p in kept.found] == ["urge"]
    actions.dismiss_proposal(engine, BOSS, "A", step="urge", note="unit phoned us",
                             policy=HAIKOU, now=at)  # fmt: skip
    with engine.connect() as conn:
        assert kept.update(conn, at + timedelta(minutes=1)) == 1  # A alone
    assert kept.found == []


@pytest.mark.parametrize("ahead", [timedelta(seconds=30), timedelta(minutes=5)])
def test_a_ticket_stamped_ahead_of_the_clock_is_looked_at_again_once_passed(
    engine: Engine, ahead: timedelta
) -> None:
    # the feed's clock a little ahead of the console's: a closing, and a new ticket, dated
    # after the moment they are first computed at; found in review
    load(engine, [created("A", "2024-09-27T16:00:00+08:00"),
                  ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ")])  # fmt: skip
    at = datetime.fromisoformat("2024-09-29T10:00:00+08:00")
    kept = KeptProposals(HAIKOU)
    with engine.connect() as conn:
        kept.update(conn, at)
    load(engine, [ev("closed", "A", (at + ahead).isoformat()),
                  created("C", (at + ahead).isoformat()),
                  ev("dispatched", "C", (at + ahead).isoformat(), unit="CGJ")])  # fmt: skip
    for later in (timedelta(seconds=1), ahead, ahead + timedelta(minutes=1), timedelta(days=3)):
        with engine.connect() as conn:
            kept.update(conn, at + later)
        assert kept.found == proposals_on_engine(engine, at + later), later
    assert kept.found  # C's steps fell due meanwhile


def test_a_whole_computation_also_looks_again_at_tickets_stamped_ahead(engine: Engine) -> None:
    at = datetime.fromisoformat("2024-09-29T10:00:00+08:00")
    load(engine, [created("A", "2024-09-27T16:00:00+08:00"),
                  ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ"),
                  ev("closed", "A", (at + timedelta(seconds=30)).isoformat())])  # fmt: skip
    kept = KeptProposals(HAIKOU)
    with engine.connect() as conn:
        kept.whole(conn, at)
        kept.update(conn, at + timedelta(minutes=1))
    assert kept.found == proposals_on_engine(engine, at + timedelta(minutes=1))
