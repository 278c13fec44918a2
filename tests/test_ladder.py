"""The escalation ladder (supervision.md §8): each default step at the right moment,
across the 2024 National Day holiday (Oct 1–7 off; Sep 29 and Oct 12 make-up working
days); proposals settled by an action or a dismissal stay gone until the situation
changes. On SQLite and PostgreSQL."""

from __future__ import annotations

from datetime import datetime, timedelta

import pytest
from sqlalchemy import Engine

from console import actions
from console.actions import ActionRefused
from console.clock import FakeClock
from console.ladder import Proposal, proposals
from console.policy import PolicyError, load_policy, parse_policy
from console.staff import add_staff
from tests.builders import Done, run_in_process
from tests.feedkit import created, ev, load

HAIKOU = load_policy("haikou")
BOSS = "张督办"


def at(text: str) -> FakeClock:
    return FakeClock(_t(text))


def _t(text: str) -> datetime:
    return datetime.fromisoformat(text if "+" in text else text + "+08:00")


def found(engine: Engine, when: str, ticket: str | None = None) -> list[Proposal]:
    return [p for p in proposals(engine, HAIKOU, _t(when)) if ticket in (None, p.ticket)]


def steps(engine: Engine, when: str, ticket: str = "A") -> dict[str, str]:
    """step → since (local ISO) of ``ticket``'s proposals at ``when``."""
    return {p.step: p.since.astimezone(HAIKOU.tz).isoformat() for p in found(engine, when, ticket)}


@pytest.fixture
def overdue(engine: Engine) -> Engine:
    """A: a complaint dispatched Friday 27 Sep 16:00, never signed: its sign deadline
    passes at 16:30 that day, its reply deadline on Sunday 29 Sep 16:00 (a make-up
    working day)."""
    load(engine, [
        created("A", "2024-09-27T16:00:00+08:00"),
        ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ", unit_name="市综合执法局"),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    add_staff(engine, "王观察", "viewer", now=_t("2024-09-01T00:00"))
    return engine


def test_urge_is_due_at_the_start_of_the_next_working_day(overdue: Engine) -> None:
    # Saturday 28 Sep is off; Sunday 29 Sep is a make-up working day
    assert steps(overdue, "2024-09-28T23:59") == {}
    assert steps(overdue, "2024-09-29T00:00") == {"urge": "2024-09-29T00:00:00+08:00"}
    # the reply deadline passing too makes no second urge; since stays the earliest
    assert steps(overdue, "2024-09-30T12:00") == {"urge": "2024-09-29T00:00:00+08:00"}
    (p,) = found(overdue, "2024-09-30T12:00")
    assert (p.action, p.office, p.reason) == ("urge", None, None)
    assert "CGJ" in p.message and "sign deadline" in p.message


def test_escalate_overdue_counts_five_working_days_across_the_holiday(overdue: Engine) -> None:
    # 16:30 Fri + 7.5 h; Sep 29, Sep 30, Oct 8, Oct 9 (Oct 1–7 off); 16.5 h of Oct 10
    assert "escalate_overdue" not in steps(overdue, "2024-10-10T16:29")
    got = steps(overdue, "2024-10-10T16:30")
    assert got["escalate_overdue"] == "2024-10-10T16:30:00+08:00"
    (p,) = [p for p in found(overdue, "2024-10-10T16:30") if p.step == "escalate_overdue"]
    assert (p.action, p.office, p.reason) == ("escalate", "supervision", "overdue")


def test_a_deadline_passing_before_a_make_up_saturday(engine: Engine) -> None:
    # due Friday 11 Oct 16:30; Saturday 12 Oct is a make-up working day
    load(engine, [
        created("A", "2024-10-11T16:00:00+08:00"),
        ev("dispatched", "A", "2024-10-11T16:00:00+08:00", unit="CGJ"),
    ])  # fmt: skip
    assert steps(engine, "2024-10-11T23:59") == {}
    assert steps(engine, "2024-10-12T00:00") == {"urge": "2024-10-12T00:00:00+08:00"}


def test_no_urge_at_the_center_and_none_once_met(engine: Engine) -> None:
    load(engine, [
        created("A", "2024-10-08T09:00:00+08:00"),
        created("B", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "B", "2024-10-08T09:00:00+08:00", unit="CGJ"),
        ev("signed", "B", "2024-10-09T09:00:00+08:00", unit="CGJ"),
    ])  # fmt: skip
    # A's reply deadline is overdue but A is at the center: nobody to urge
    assert steps(engine, "2024-10-11T10:00", "A") == {}
    # B signed late on the 9th: before that its sign deadline was overdue
    assert steps(engine, "2024-10-09T08:00", "B") == {"urge": "2024-10-09T00:00:00+08:00"}
    assert "urge" not in steps(engine, "2024-10-09T10:00", "B")


def test_an_urge_settles_the_proposal_until_a_new_deadline_passes(overdue: Engine) -> None:
    actions.urge(overdue, BOSS, "A", now=_t("2024-09-29T10:00"))
    assert steps(overdue, "2024-09-29T12:00") == {}
    # the reply deadline passes at 16:00 after the urge: a new urge, due the next working day
    assert steps(overdue, "2024-09-30T00:00") == {"urge": "2024-09-30T00:00:00+08:00"}


def test_a_later_steps_action_settles_an_earlier_step(overdue: Engine) -> None:
    actions.escalate(overdue, BOSS, "A", office="supervision", reason="overdue",
                     now=_t("2024-10-10T17:00"), policy=HAIKOU)  # fmt: skip
    assert steps(overdue, "2024-10-10T18:00") == {}


def test_a_dismissed_step_stays_gone_until_the_situation_changes(overdue: Engine) -> None:
    actions.dismiss_proposal(overdue, BOSS, "A", step="urge", note="unit phoned us",
                             policy=HAIKOU, now=_t("2024-09-29T10:00"))  # fmt: skip
    assert steps(overdue, "2024-09-29T12:00") == {}
    assert steps(overdue, "2024-09-29T23:00") == {}  # the reply deadline passed, not yet due
    assert steps(overdue, "2024-09-30T00:00") == {"urge": "2024-09-30T00:00:00+08:00"}


def test_rule_after_three_bounces_and_again_after_a_new_return(engine: Engine) -> None:
    load(engine, [
        created("A", "2024-10-08T09:00:00+08:00", category="consultation"),
        ev("dispatched", "A", "2024-10-08T09:01:00+08:00", unit="U1"),
        ev("signed", "A", "2024-10-08T09:02:00+08:00", unit="U1"),
        ev("returned", "A", "2024-10-08T10:00:00+08:00", unit="U1", reason="other"),
        ev("dispatched", "A", "2024-10-08T10:01:00+08:00", unit="U2"),
        ev("signed", "A", "2024-10-08T10:02:00+08:00", unit="U2"),
        ev("returned", "A", "2024-10-08T11:00:00+08:00", unit="U2", reason="other"),
        ev("dispatched", "A", "2024-10-08T11:01:00+08:00", unit="U3"),
        ev("signed", "A", "2024-10-08T11:02:00+08:00", unit="U3"),
        ev("returned", "A", "2024-10-08T12:00:00+08:00", unit="U3", reason="other"),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-10-01T00:00"))
    assert "rule" not in steps(engine, "2024-10-08T11:59")
    assert steps(engine, "2024-10-08T12:00")["rule"] == "2024-10-08T12:00:00+08:00"
    (p,) = [p for p in found(engine, "2024-10-08T12:00") if p.step == "rule"]
    assert p.action == "coordinate" and "3 returns" in p.message
    actions.dismiss_proposal(engine, BOSS, "A", step="rule", note="will settle by phone",
                             policy=HAIKOU, now=_t("2024-10-08T12:10"))  # fmt: skip
    assert "rule" not in steps(engine, "2024-10-08T12:20")
    load(engine, [
        ev("dispatched", "A", "2024-10-08T12:30:00+08:00", unit="U4"),
        ev("signed", "A", "2024-10-08T12:31:00+08:00", unit="U4"),
        ev("returned", "A", "2024-10-08T13:00:00+08:00", unit="U4", reason="other"),
    ])  # fmt: skip
    assert "rule" in steps(engine, "2024-10-08T13:00")
    actions.coordinate(engine, BOSS, "A", lead="U1", policy=HAIKOU, now=_t("2024-10-08T13:10"))
    assert "rule" not in steps(engine, "2024-10-08T13:20")


def test_escalate_disputed_after_more_than_a_working_day(engine: Engine) -> None:
    load(engine, [
        created("A", "2024-09-30T09:00:00+08:00", category="consultation"),
        ev("dispatched", "A", "2024-09-30T09:01:00+08:00", unit="U1"),
        ev("signed", "A", "2024-09-30T09:02:00+08:00", unit="U1"),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    actions.mark_disputed(engine, BOSS, "A", now=_t("2024-09-30T10:00"), policy=HAIKOU)
    # one working day after Monday 30 Sep 10:00 is Tuesday 8 Oct 10:00 (the holiday between)
    assert "escalate_disputed" not in steps(engine, "2024-10-08T10:00")
    assert steps(engine, "2024-10-08T10:01")["escalate_disputed"] == "2024-10-08T10:00:00+08:00"
    actions.escalate(engine, BOSS, "A", office="supervision", reason="disputed",
                     now=_t("2024-10-08T11:00"), policy=HAIKOU)  # fmt: skip
    assert "escalate_disputed" not in steps(engine, "2024-10-08T12:00")


def test_a_ruling_ends_the_disputes_climb(engine: Engine) -> None:
    """§8: escalate_disputed is due only "without a ruling": a coordinate (a lead unit
    named) after the dispute began settles it, before or after it fell due."""
    load(engine, [
        created("A", "2024-09-30T09:00:00+08:00", category="consultation"),
        ev("dispatched", "A", "2024-09-30T09:01:00+08:00", unit="U1"),
        ev("signed", "A", "2024-09-30T09:02:00+08:00", unit="U1"),
        created("B", "2024-09-30T09:00:00+08:00", category="consultation"),
        ev("dispatched", "B", "2024-09-30T09:01:00+08:00", unit="U1"),
        created("C", "2024-09-30T09:00:00+08:00", category="consultation"),
        ev("dispatched", "C", "2024-09-30T09:01:00+08:00", unit="U2"),  # U2 is known
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    for ticket in ("A", "B"):
        actions.mark_disputed(engine, BOSS, ticket, now=_t("2024-09-30T10:00"), policy=HAIKOU)
    assert "escalate_disputed" in steps(engine, "2024-10-08T12:00", "A")
    actions.coordinate(engine, BOSS, "A", lead="U2", policy=HAIKOU, now=_t("2024-10-08T12:30"))
    assert "escalate_disputed" not in steps(engine, "2024-10-08T13:00", "A")
    # ruled before it fell due: never proposed
    actions.coordinate(engine, BOSS, "B", lead="U2", policy=HAIKOU, now=_t("2024-10-01T10:00"))
    assert "escalate_disputed" not in steps(engine, "2024-10-09T10:00", "B")


def test_escalate_repeated_counts_the_citizens_tickets_in_30_days(engine: Engine) -> None:
    citizen = {"name": "李四", "phone": "13900001111"}
    load(engine, [
        created("R1", "2024-09-10T09:00:00+08:00", citizen=citizen),
        ev("closed", "R1", "2024-09-11T09:00:00+08:00"),
        created("R2", "2024-09-20T09:00:00+08:00", citizen=citizen, category="consultation"),
        created("R3", "2024-09-25T09:00:00+08:00", citizen=citizen),
        created("R4", "2024-10-08T09:00:00+08:00", citizen=citizen),
        created("R5", "2024-11-20T09:00:00+08:00", citizen=citizen),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))

    def repeated(when: str) -> list[str]:
        return [p.ticket for p in found(engine, when) if p.step == "escalate_repeated"]

    # R4: R1 (closed), R3 and itself are complaints within 30 days; R2 is another category
    assert repeated("2024-10-08T08:59") == []
    assert repeated("2024-10-08T09:00") == ["R4"]
    assert repeated("2024-11-21T00:00") == ["R4"]  # R5: nothing else in its 30 days
    actions.escalate(engine, BOSS, "R4", office="supervision", reason="repeated",
                     now=_t("2024-10-09T09:00"), policy=HAIKOU)  # fmt: skip
    assert repeated("2024-10-09T10:00") == []


def test_oldest_first_and_closed_tickets_have_none(overdue: Engine) -> None:
    load(overdue, [
        created("B", "2024-09-26T16:00:00+08:00"),
        ev("dispatched", "B", "2024-09-26T16:00:00+08:00", unit="SWJ"),
        created("C", "2024-09-26T16:00:00+08:00"),
        ev("dispatched", "C", "2024-09-26T16:00:00+08:00", unit="SWJ"),
        ev("closed", "C", "2024-09-29T16:00:00+08:00"),
    ])  # fmt: skip
    got = [(p.ticket, p.step) for p in found(overdue, "2024-09-30T12:00")]
    assert got == [("B", "urge"), ("A", "urge")]
    # --at before C closed: it had a proposal then
    assert ("C", "urge") in [(p.ticket, p.step) for p in found(overdue, "2024-09-29T12:00")]


def test_dismiss_is_audited_and_refused_as_actions_are(overdue: Engine) -> None:
    from sqlalchemy import select

    from db.tables import TICKET_EVENTS as E

    now = _t("2024-09-29T10:00")
    with pytest.raises(ActionRefused) as viewer:
        actions.dismiss_proposal(overdue, "王观察", "A", step="urge", note="x", policy=HAIKOU,
                                 now=now)  # fmt: skip
    assert viewer.value.code == "viewer"
    with pytest.raises(ActionRefused) as unknown:
        actions.dismiss_proposal(overdue, BOSS, "NOPE", step="urge", note="x", policy=HAIKOU,
                                 now=now)  # fmt: skip
    assert unknown.value.code == "unknown_ticket"
    for step, note in (("climb", "x"), ("urge", "  ")):
        with pytest.raises(ActionRefused) as bad:
            actions.dismiss_proposal(overdue, BOSS, "A", step=step, note=note, policy=HAIKOU,
                                     now=now)  # fmt: skip
        assert bad.value.is_usage
    actions.dismiss_proposal(overdue, BOSS, "A", step="urge", note="unit phoned", policy=HAIKOU,
                             now=now)  # fmt: skip
    with overdue.connect() as conn:
        rows = conn.execute(select(E.c.kind, E.c.actor, E.c.source, E.c.payload)
                            .where(E.c.ticket == "A", E.c.kind == "dismissed")).all()  # fmt: skip
    assert len(rows) == 1 and rows[0].actor == BOSS and rows[0].source == "action"
    assert "unit phoned" in rows[0].payload


def test_the_ladder_climbs_as_the_clock_moves(overdue: Engine) -> None:
    clock = at("2024-09-28T23:59")

    def climbed() -> list[str]:
        return [p.step for p in proposals(overdue, HAIKOU, clock.now())]

    assert climbed() == []
    clock.advance(60)
    assert climbed() == ["urge"]
    clock.advance(timedelta(days=11, hours=16, minutes=29))  # Oct 10 16:29
    assert climbed() == ["urge"]
    clock.advance(60)
    assert climbed() == ["urge", "escalate_overdue"]
    actions.urge(overdue, BOSS, "A", now=clock.now())
    assert climbed() == ["escalate_overdue"]


# --- the policy ---------------------------------------------------------------------


def test_built_in_policies_carry_the_default_ladder() -> None:
    for name in ("haikou", "national"):
        ladder = load_policy(name).ladder
        assert [s.step for s in ladder] == [
            "urge",
            "escalate_overdue",
            "rule",
            "escalate_disputed",
            "escalate_repeated",
        ]
        assert ladder[1].working_days == 5 and ladder[1].office == "supervision"
        assert ladder[2].count == 3 and ladder[4].count == 3 and ladder[4].days == 30


def test_a_policy_can_change_or_turn_off_the_ladder() -> None:
    own = parse_policy('[[ladder]]\nstep = "escalate_overdue"\ncondition = "overdue"\n'
                       'threshold = "2wd"\naction = "escalate"\noffice = "discipline"\n'
                       'reason = "overdue"\n')  # fmt: skip
    assert [(s.step, s.working_days, s.office) for s in own.ladder] == [
        ("escalate_overdue", 2.0, "discipline")
    ]
    assert parse_policy("ladder = []\n").ladder == ()
    assert len(parse_policy('name = "x"\n').ladder) == 5  # none given: the defaults


@pytest.mark.parametrize(
    ("table", "words"),
    [
        ('step = "x"\ncondition = "late"\nthreshold = 1\naction = "urge"', "condition must be"),
        ('step = "x"\ncondition = "overdue"\nthreshold = "5d"\naction = "urge"', "working days"),
        ('step = "x"\ncondition = "bounced"\nthreshold = 0\naction = "coordinate"', "whole number"),
        ('step = "x"\ncondition = "overdue"\nthreshold = "1wd"\naction = "escalate"', "office"),
        (
            'step = "x"\ncondition = "overdue"\nthreshold = "1wd"\naction = "urge"\noffice = '
            '"supervision"',
            "escalate",
        ),
        ('step = "x"\ncondition = "overdue"\nthreshold = "1wd"\naction = "phone"', "action must"),
        (
            'step = "x"\ncondition = "overdue"\nthreshold = "1wd"\naction = "urge"\nwhen = 1',
            "unknown key",
        ),
        ('condition = "overdue"\nthreshold = "1wd"\naction = "urge"', "step must"),
    ],
)
def test_a_bad_ladder_table_is_a_clear_error(table: str, words: str) -> None:
    with pytest.raises(PolicyError) as exc:
        parse_policy(f"[[ladder]]\n{table}\n", origin="mine")
    assert words in str(exc.value) and str(exc.value).startswith("mine: ladder #1")


def test_a_step_given_twice_is_an_error() -> None:
    t = '[[ladder]]\nstep = "u"\ncondition = "overdue"\nthreshold = "1wd"\naction = "urge"\n'
    with pytest.raises(PolicyError, match="given twice"):
        parse_policy(t + t)


# --- the command line ---------------------------------------------------------------


cli = run_in_process


def test_proposals_command_json_and_dismiss(db_url: str) -> None:
    import json

    from db.engine import make_engine

    engine = make_engine(db_url)
    load(engine, [
        created("A", "2024-09-27T16:00:00+08:00"),
        ev("dispatched", "A", "2024-09-27T16:00:00+08:00", unit="CGJ"),
    ])  # fmt: skip
    add_staff(engine, BOSS, "supervisor", now=_t("2024-09-01T00:00"))
    add_staff(engine, "王观察", "viewer", now=_t("2024-09-01T00:00"))
    code, out, _ = cli(db_url, "proposals", "--at", "2024-10-10T17:00", "--json")
    assert code == 0
    rows = json.loads(out)
    assert [(r["ticket"], r["step"], r["action"], r["office"], r["reason"], r["since"])
            for r in rows] == [
        ("A", "urge", "urge", None, None, "2024-09-29T00:00:00+08:00"),
        ("A", "escalate_overdue", "escalate", "supervision", "overdue",
         "2024-10-10T16:30:00+08:00"),
    ]  # fmt: skip
    assert all(set(r) == {"ticket", "step", "action", "office", "reason", "since", "message"}
               for r in rows)  # fmt: skip
    code, out, _ = cli(db_url, "proposals", "--at", "2024-10-10T17:00")
    assert code == 0 and "escalate_overdue" in out
    assert cli(db_url, "proposals", "--at", "soon")[0] == 2

    def dismiss(*extra: str, who: str = BOSS) -> Done:
        return cli(db_url, "act", "--as", who, "dismiss", *extra)

    code, _, err = dismiss("A", "--step", "urge", "--note", "x", who="王观察")
    assert code == 1 and "viewer" in err and "Traceback" not in err
    assert dismiss("NOPE", "--step", "urge", "--note", "x")[0] == 1
    code, _, err = dismiss("A", "--step", "climb", "--note", "x")
    assert code == 2 and "ladder step" in err
    assert dismiss("A", "--step", "urge")[0] == 2  # a reason is required
    code, out, _ = dismiss("A", "--step", "escalate_overdue", "--note", "already phoned")
    assert code == 0 and "dismissed" in out
    # the dismissal is recorded now (after 2024): --at a later time no longer shows it
    code, out, _ = cli(db_url, "proposals", "--json")
    assert [r["step"] for r in json.loads(out)] == ["urge"]
    engine.dispose()
