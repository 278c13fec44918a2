"""The ladder's ``proposal`` notifications (supervision.md §8 and §6): the sweep raises
each proposal once for the center, when it appears, with a fake clock across the 2024
National Day holiday (Oct 1–7 off; Sep 29 and Oct 12 make-up working days); it finds
them among the few tickets whose situation moved, never by reading every open ticket."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine, select

from console import actions
from console.clock import FakeClock
from console.ladder import due_after, proposals
from console.ladder_crossings import first_start_after
from console.notifications import NotificationEntry, list_notifications
from console.notify_sweep import sweep
from console.policy import load_policy
from console.staff import add_staff
from db.tables import NOTIFICATION_SWEEPS as W
from db.tables import NOTIFICATIONS as N
from tests.feedkit import created, ev, load

HAIKOU = load_policy("haikou")
BOSS = "张督办"


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text if "+" in text else text + "+08:00")


def raised(engine: Engine) -> list[NotificationEntry]:
    """The proposal notifications, oldest first."""
    return [n for n in reversed(list_notifications(engine)) if n.kind == "proposal"]


def stored_keys(engine: Engine) -> set[str]:
    with engine.connect() as conn:
        return set(conn.execute(select(N.c.key).where(N.c.kind == "proposal")).scalars())


def seen(engine: Engine) -> list[tuple[str | None, str]]:
    return [(n.ticket, n.at.astimezone(HAIKOU.tz).isoformat()) for n in raised(engine)]


@pytest.fixture
def overdue(engine: Engine) -> Engine:
    """A: dispatched Friday 27 Sep 16:00 to CGJ, never signed (sign due 16:30 that day,
    reply due Sunday 29 Sep 16:00, a make-up working day)."""
    load(engine, [
        created("A", "2024-09-27T16:00:00+08:00"),
        ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ", unit_name="市综合执法局"),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    return engine


def test_urge_and_escalate_are_raised_once_each_at_their_moment(overdue: Engine) -> None:
    clock = FakeClock(_t("2024-09-27T16:00"))
    sweep(overdue, clock.now(), HAIKOU)
    # every 20 minutes for two weeks, through the weekend and the holiday
    while clock.now() < _t("2024-10-11T12:00"):
        clock.advance(timedelta(minutes=20))
        sweep(overdue, clock.now(), HAIKOU)
    assert seen(overdue) == [
        ("A", "2024-09-29T00:00:00+08:00"),  # urge: the make-up Sunday's start
        ("A", "2024-10-10T16:30:00+08:00"),  # escalate: 5 working days after 16:30 Fri
    ]
    urge, escalate = raised(overdue)
    assert urge.raised_at == _t("2024-09-29T00:00") and "urge CGJ" in urge.message
    assert escalate.raised_at == _t("2024-10-10T16:40") and "supervision" in escalate.message
    assert urge.level is None and urge.deadline_kind is None and urge.escalation is None


def test_a_quiet_sweep_reads_no_ticket(overdue: Engine) -> None:
    quiet = [created(f"Q{i}", "2024-09-30T09:00:00+08:00", "consultation") for i in range(50)]
    load(overdue, quiet)
    sweep(overdue, _t("2024-09-30T10:00"), HAIKOU)  # the first sweep looks at everything
    assert len(raised(overdue)) == 1  # A's urge
    # nothing written, no step falls due: nothing looked at
    assert sweep(overdue, _t("2024-09-30T10:05"), HAIKOU).examined == 0


def test_a_dismissed_proposal_is_raised_again_only_when_the_situation_changes(
    overdue: Engine,
) -> None:
    sweep(overdue, _t("2024-09-29T08:00"), HAIKOU)
    assert seen(overdue) == [("A", "2024-09-29T00:00:00+08:00")]
    actions.dismiss_proposal(overdue, BOSS, "A", step="urge", note="the unit phoned us",
                             policy=HAIKOU, now=_t("2024-09-29T09:00"))  # fmt: skip
    sweep(overdue, _t("2024-09-29T12:00"), HAIKOU)
    sweep(overdue, _t("2024-09-29T23:59"), HAIKOU)  # the reply passed at 16:00: not yet due
    assert len(raised(overdue)) == 1
    sweep(overdue, _t("2024-09-30T00:01"), HAIKOU)
    assert seen(overdue)[1:] == [("A", "2024-09-30T00:00:00+08:00")]


def test_rule_disputed_and_repeated_are_raised_after_the_writes(engine: Engine) -> None:
    citizen = {"name": "李四", "phone": "13900001111"}
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    sweep(engine, _t("2024-09-30T08:00"), HAIKOU)
    # the center has swept (nothing to find): the sweep after the writes finds them as
    # written since its watermark, not as a first sweep ever reading every ticket
    with engine.connect() as conn:
        assert conn.execute(select(W.c.swept_at)).scalar_one() == _t("2024-09-30T08:00")
    load(engine, [
        created("R1", "2024-09-20T09:00:00+08:00", citizen=citizen),
        ev("closed", "R1", "2024-09-21T09:00:00+08:00"),
        created("R2", "2024-09-25T09:00:00+08:00", citizen=citizen),
        ev("closed", "R2", "2024-09-26T09:00:00+08:00"),
        created("R3", "2024-09-30T09:00:00+08:00", citizen=citizen),
        created("B", "2024-09-30T09:00:00+08:00", category="consultation"),
        ev("dispatched", "B", "2024-09-30T09:01:00+08:00", unit="U1"),
        ev("returned", "B", "2024-09-30T09:10:00+08:00", unit="U1", reason="other"),
        ev("dispatched", "B", "2024-09-30T09:11:00+08:00", unit="U2"),
        ev("returned", "B", "2024-09-30T09:20:00+08:00", unit="U2", reason="other"),
        ev("dispatched", "B", "2024-09-30T09:21:00+08:00", unit="U3"),
        ev("returned", "B", "2024-09-30T09:30:00+08:00", unit="U3", reason="other"),
    ])  # fmt: skip
    sweep(engine, _t("2024-09-30T09:31"), HAIKOU)
    assert seen(engine) == [
        ("R3", "2024-09-30T09:00:00+08:00"),  # the third complaint in 30 days
        ("B", "2024-09-30T09:30:00+08:00"),  # shuffled, three bounces: rule
    ]
    actions.mark_disputed(engine, BOSS, "B", now=_t("2024-09-30T10:00"), policy=HAIKOU)
    sweep(engine, _t("2024-09-30T10:01"), HAIKOU)
    sweep(engine, _t("2024-10-08T10:00"), HAIKOU)  # one working day later: not more yet
    assert len(raised(engine)) == 2
    sweep(engine, _t("2024-10-08T10:00:05"), HAIKOU)  # found by the window, not a write
    assert seen(engine)[2:] == [("B", "2024-10-08T10:00:00+08:00")]


def test_an_earlier_ticket_arriving_late_raises_the_repeated_complaint_it_completes(
    overdue: Engine,
) -> None:
    """A citizen's earlier complaints imported after a later one (a late feed, a history
    file) make that later one the third in 30 days: the To act queue (the kept ladder)
    recomputes the citizen's other tickets when one is written, and the sweep raises the
    proposal it shows. It looked only at the tickets written, whose own counts did not
    reach three, and never raised it (the step is not time-driven: no window finds it)."""
    citizen = {"name": "李四", "phone": "13900001111"}

    def repeated() -> list[tuple[str | None, str]]:
        return [(ticket, at) for ticket, at in seen(overdue) if ticket != "A"]

    assert sweep(overdue, _t("2024-09-30T08:00"), HAIKOU).examined  # the watermark is set
    load(overdue, [created("R3", "2024-09-30T09:00:00+08:00", citizen=citizen)])
    sweep(overdue, _t("2024-09-30T09:31"), HAIKOU)
    assert repeated() == []  # one complaint
    load(overdue, [
        created("R1", "2024-09-20T09:00:00+08:00", citizen=citizen),
        ev("closed", "R1", "2024-09-21T09:00:00+08:00"),
        created("R2", "2024-09-25T09:00:00+08:00", citizen=citizen),
    ])  # fmt: skip
    sweep(overdue, _t("2024-09-30T10:00"), HAIKOU)
    shown = [(p.ticket, p.step) for p in proposals(overdue, HAIKOU, _t("2024-09-30T10:00"))]
    assert ("R3", "escalate_repeated") in shown
    assert repeated() == [("R3", "2024-09-30T09:00:00+08:00")]


def test_the_sweep_raises_every_proposal_the_ladder_makes(overdue: Engine) -> None:
    """At irregular moments across the holiday the sweep, which looks only at what moved,
    has raised exactly the proposals the full computation finds."""
    events = []
    for i in range(12):  # every 13 hours from Thursday 26 Sep, complaints and consultations
        start = (_t("2024-09-26T08:00") + timedelta(hours=13 * i)).isoformat()
        events.append(created(f"T{i}", start, "consultation" if i % 2 else "complaint"))
        events.append(ev("dispatched", f"T{i}", start, unit=f"U{i % 3}"))
    load(overdue, events)
    clock = FakeClock(_t("2024-09-26T07:00"))
    sweep(overdue, clock.now(), HAIKOU)
    keys: set[str] = set()
    step = 0
    while clock.now() < _t("2024-10-14T00:00"):
        step += 1
        clock.advance(timedelta(minutes=17 + 53 * (step % 5)))
        sweep(overdue, clock.now(), HAIKOU)
        if step % 7 == 3:  # a supervisor urges now and then: later proposals still come
            for p in proposals(overdue, HAIKOU, clock.now())[:1]:
                if p.action == "urge":
                    actions.urge(overdue, BOSS, p.ticket, now=clock.now())
        keys |= {p.key for p in proposals(overdue, HAIKOU, clock.now())}
        assert keys <= stored_keys(overdue), clock.now()
    assert keys == stored_keys(overdue)  # and nothing else, each once (the key is unique)
    assert len(keys) > 12


@pytest.mark.parametrize(
    ("name", "moment"),
    [("urge", "2024-09-29T00:00"), ("urge", "2024-10-08T13:00"),
     ("escalate_overdue", "2024-10-10T16:30"), ("escalate_disputed", "2024-10-08T10:00")],
)  # fmt: skip
def test_the_window_of_starts_is_exact_to_the_second(name: str, moment: str) -> None:
    (step,) = [s for s in HAIKOU.ladder if s.step == name]
    start = first_start_after(step, HAIKOU, _t(moment))
    assert due_after(step, HAIKOU, start) > _t(moment)
    assert due_after(step, HAIKOU, start - timedelta(seconds=1)) <= _t(moment)


# --- every default step, across the holiday, at the command line and at the sweep ------

CITIZEN = {"name": "李四", "phone": "13900001111"}
# the 2024 National Day holiday: 1–7 Oct off; Sun 29 Sep and Sat 12 Oct are working days
FEED = [
    # A: dispatched Fri 27 Sep 16:00, never signed: urge from the make-up Sunday's start,
    # escalate_overdue 5 working days after its sign deadline (Fri 16:30 → Thu 10 Oct 16:30)
    created("A", "2024-09-27T16:00:00+08:00"),
    ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ"),
    # B: bounced three times on Mon 30 Sep: rule; disputed at 10:00 that day (below)
    created("B", "2024-09-30T09:00:00+08:00", category="consultation"),
    ev("dispatched", "B", "2024-09-30T09:01:00+08:00", unit="U1"),
    ev("returned", "B", "2024-09-30T09:10:00+08:00", unit="U1", reason="other"),
    ev("dispatched", "B", "2024-09-30T09:11:00+08:00", unit="U2"),
    ev("returned", "B", "2024-09-30T09:20:00+08:00", unit="U2", reason="other"),
    ev("dispatched", "B", "2024-09-30T09:21:00+08:00", unit="U3"),
    ev("returned", "B", "2024-09-30T09:30:00+08:00", unit="U3", reason="other"),
    # R: one citizen, one category, three complaints within 30 calendar days (a holiday is
    # no working day, but the window counts days): the third is a repeated complaint
    created("R1", "2024-09-09T09:00:00+08:00", citizen=CITIZEN),
    ev("closed", "R1", "2024-09-09T10:00:00+08:00"),
    created("R2", "2024-10-03T09:00:00+08:00", citizen=CITIZEN),
    ev("closed", "R2", "2024-10-03T10:00:00+08:00"),
    created("R3", "2024-10-09T09:00:00+08:00", citizen=CITIZEN),
]
DISPUTED_AT = "2024-09-30T10:00"
EXPECTED = [  # (ticket, step, since): each default step once, oldest first
    ("A", "urge", "2024-09-29T00:00:00+08:00"),
    ("B", "rule", "2024-09-30T09:30:00+08:00"),
    # "more than 1 working day" after Mon 10:00: the holiday is skipped
    ("B", "escalate_disputed", "2024-10-08T10:00:00+08:00"),
    ("R3", "escalate_repeated", "2024-10-09T09:00:00+08:00"),
    ("A", "escalate_overdue", "2024-10-10T16:30:00+08:00"),
]


def _steps_of(rows: list[dict[str, object]]) -> list[tuple[object, object, object]]:
    return [(r["ticket"], r["step"], r["since"]) for r in rows]


def test_every_default_step_at_the_command_line_across_the_holiday(db_url: str) -> None:
    import json

    from db.engine import make_engine
    from tests.test_ladder import cli

    engine = make_engine(db_url)
    load(engine, FEED)
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    actions.mark_disputed(engine, BOSS, "B", now=_t(DISPUTED_AT), policy=HAIKOU)
    engine.dispose()

    def listed(at: str) -> list[tuple[object, object, object]]:
        code, out, err = cli(db_url, "proposals", "--at", at, "--json")
        assert code == 0, err
        # B's reply (24 h, at the center since its third return) is not the subject here
        return [r for r in _steps_of(json.loads(out)) if r[:2] != ("B", "escalate_overdue")]

    for moment, due in [
        ("2024-09-28T23:59:59", 0),  # A's sign passed Friday; Saturday is off
        ("2024-09-29T00:00:00", 1),  # the make-up Sunday
        ("2024-09-30T09:29:59", 1),
        ("2024-09-30T09:30:00", 2),  # the third return
        ("2024-10-08T10:00:00", 2),  # exactly one working day disputed: not more yet
        ("2024-10-08T10:00:01", 3),
        ("2024-10-09T08:59:59", 3),
        ("2024-10-09T09:00:00", 4),  # R3 accepted
        ("2024-10-10T16:29:59", 4),
        ("2024-10-10T16:30:00", 5),  # 5 working days after A's sign deadline
    ]:
        assert sorted(listed(moment)) == sorted(EXPECTED[:due]), moment
    assert listed("2024-10-10T16:30:00") == EXPECTED  # oldest first


def test_every_default_step_at_the_sweep_across_the_holiday(engine: Engine) -> None:
    """The feed arrives as it happens (the sweep learns of writes by its watermark) and
    the sweep runs every 30 minutes: each default step is raised once, at its moment."""
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    clock = FakeClock(_t("2024-09-27T12:00"))
    waiting = sorted(FEED, key=lambda e: str(e["at"]))
    load(engine, [e for e in waiting if str(e["at"]) < clock.now().isoformat()])
    waiting = [e for e in waiting if str(e["at"]) >= clock.now().isoformat()]
    sweep(engine, clock.now(), HAIKOU)
    disputed = False
    while clock.now() < _t("2024-10-11T00:00"):
        clock.advance(timedelta(minutes=30))
        now = clock.now()
        come = [e for e in waiting if datetime.fromisoformat(str(e["at"])) <= now]
        if come:
            load(engine, come)
            waiting = waiting[len(come) :]
        if not disputed and now >= _t(DISPUTED_AT):
            actions.mark_disputed(engine, BOSS, "B", now=_t(DISPUTED_AT), policy=HAIKOU)
            disputed = True
        sweep(engine, now, HAIKOU)
    with engine.connect() as conn:
        rows = conn.execute(
            select(N.c.key, N.c.at, N.c.raised_at).where(N.c.kind == "proposal").order_by(N.c.id)
        ).all()
    # the key names the ticket, the step and its since: proposal:TICKET:STEP:SINCE
    got = [(k.split(":")[1], k.split(":")[2], at.astimezone(HAIKOU.tz).isoformat())
           for k, at, _ in rows]  # fmt: skip
    assert [g for g in got if g[:2] != ("B", "escalate_overdue")] == EXPECTED
    for key, at, raised_at in rows:  # each raised within one sweep of becoming due
        assert timedelta(0) <= raised_at - at <= timedelta(minutes=30), key
