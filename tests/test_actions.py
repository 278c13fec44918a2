"""Supervisors' actions (supervision.md §5): each rule, on SQLite and PostgreSQL."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import cast

import pytest
from sqlalchemy import Engine, Table, func, select

from console import actions
from console.actions import ActionRefused
from console.escalations import escalation_register
from console.policy import load_policy
from console.staff import add_staff, list_staff, role_of
from db.models import Deadline, Escalation, Ticket, TicketEvent
from tests.feedkit import created, ev, load, report_at, ticket

T = cast(Table, Ticket.__table__)
D = cast(Table, Deadline.__table__)
E = cast(Table, TicketEvent.__table__)
X = cast(Table, Escalation.__table__)
NOW = datetime(2024, 10, 8, 3, 0, tzinfo=UTC)  # 11:00 in Haikou, a Tuesday
HAIKOU = load_policy("haikou")


@pytest.fixture
def center(engine: Engine) -> Engine:
    """Two open tickets (A at CGJ, B at the center), one closed (C); a supervisor and a
    viewer."""
    load(engine, [
        created("A", "2024-10-08T09:00:00+08:00",
                citizen={"name": "张三丰", "phone": "13812345678"}),
        ev("dispatched", "A", "2024-10-08T09:01:00+08:00", unit="CGJ", unit_name="市综合执法局"),
        created("B", "2024-10-08T09:02:00+08:00", category="consultation"),
        ev("dispatched", "B", "2024-10-08T09:03:00+08:00", unit="SWJ", unit_name="市水务局"),
        ev("returned", "B", "2024-10-08T09:20:00+08:00", unit="SWJ", reason="jurisdiction"),
        created("C", "2024-10-08T09:04:00+08:00"),
        ev("closed", "C", "2024-10-08T09:30:00+08:00"),
        created("Z", "2024-10-08T09:05:00+08:00"),
        ev("dispatched", "Z", "2024-10-08T09:06:00+08:00", unit="ZJJ", unit_name="住建局"),
    ])  # fmt: skip
    add_staff(engine, "张督办", "supervisor", now=NOW)
    add_staff(engine, "王观察", "viewer", now=NOW)
    return engine


def events(engine: Engine, number: str) -> list[tuple[str, str, str]]:
    with engine.connect() as conn:
        rows = conn.execute(
            select(E.c.kind, E.c.actor, E.c.source).where(E.c.ticket == number).order_by(E.c.id)
        )
        return [tuple(r) for r in rows]  # type: ignore[misc]


def row(engine: Engine, number: str) -> dict[str, object]:
    with engine.connect() as conn:
        return dict(conn.execute(select(T).where(T.c.number == number)).mappings().one())


def refused(code: str, call: object, *args: object, **kwargs: object) -> ActionRefused:
    with pytest.raises(ActionRefused) as info:
        call(*args, **kwargs)  # type: ignore[operator]
    assert info.value.code == code, str(info.value)
    return info.value


def test_urge_counts_and_signs_the_audit_event(center: Engine) -> None:
    before = row(center, "A")["version"]
    assert actions.urge(center, "张督办", "A", note="请尽快签收", now=NOW) == 1
    assert actions.urge(center, " 张督办 ", "A", now=NOW) == 2
    after = row(center, "A")
    assert after["urges"] == 2 and after["version"] == int(before) + 2  # type: ignore[call-overload]
    assert events(center, "A")[-2:] == [("urged", "张督办", "action")] * 2
    assert all(source == "feed" for kind, _, source in events(center, "A")[:2])


def test_viewer_unknown_and_blank_names_are_refused_and_write_nothing(center: Engine) -> None:
    refused("viewer", actions.urge, center, "王观察", "A", now=NOW)
    refused("unknown_supervisor", actions.urge, center, "李四", "A", now=NOW)
    refused("bad_input", actions.urge, center, "   ", "A", now=NOW)
    assert row(center, "A")["urges"] == 0
    assert [k for k, _, _ in events(center, "A")] == ["created", "dispatched"]


def test_unknown_and_closed_tickets_refused_except_note_on_closed(center: Engine) -> None:
    refused("unknown_ticket", actions.urge, center, "张督办", "NOPE", now=NOW)
    refused("unknown_ticket", actions.add_note, center, "张督办", "NOPE", text="x", now=NOW)
    refused("ticket_closed", actions.urge, center, "张督办", "C", now=NOW)
    refused("ticket_closed", actions.escalate, center, "张督办", "C", office="supervision",
            reason="overdue", now=NOW)  # fmt: skip
    refused("ticket_closed", actions.mark_disputed, center, "张督办", "C", now=NOW)
    actions.add_note(center, "张督办", "C", text="已回访", now=NOW)
    assert events(center, "C")[-1] == ("note", "张督办", "action")


def test_one_open_escalation_per_ticket_and_office_names_who_and_when(center: Engine) -> None:
    first = actions.escalate(center, "张督办", "A", office="supervision", reason="overdue",
                             note="三次催办无果", now=NOW)  # fmt: skip
    add_staff(center, "李督办", "supervisor", now=NOW)
    exc = refused("already_escalated", actions.escalate, center, "李督办", "A",
                  office="supervision", reason="shuffled",
                  now=NOW + timedelta(hours=1))  # fmt: skip
    assert exc.params["by"] == "张督办" and exc.params["escalation"] == first
    assert "张督办" in str(exc) and "2024-10-08 11:00" in str(exc)
    # another office is another escalation; an acknowledged one still blocks its office
    other = actions.escalate(center, "李督办", "A", office="discipline", reason="overdue", now=NOW)
    actions.reply_escalation(center, "李督办", first, text="已受理", now=NOW)
    refused("already_escalated", actions.escalate, center, "李督办", "A", office="supervision",
            reason="overdue", now=NOW)  # fmt: skip
    # once resolved, the office may be asked again
    actions.resolve_escalation(center, "李督办", first, outcome="已约谈", now=NOW)
    third = actions.escalate(center, "李督办", "A", office="supervision", reason="repeated",
                             now=NOW)  # fmt: skip
    assert len({first, other, third}) == 3
    assert row(center, "A")["escalated"] is True


def test_escalation_life_and_steps_out_of_order(center: Engine) -> None:
    eid = actions.escalate(center, "张督办", "A", office="organization", reason="shuffled",
                           now=NOW)  # fmt: skip
    later = NOW + timedelta(hours=2)
    actions.reply_escalation(center, "张督办", eid, text="已转相关部门", now=later)
    (entry,) = escalation_register(center, now=later)
    assert (entry.status, entry.reply, entry.replied_at) == ("acknowledged", "已转相关部门", later)
    actions.withdraw_escalation(center, "张督办", eid, note="误报", now=later)
    refused("out_of_order", actions.resolve_escalation, center, "张督办", eid, outcome="x",
            now=later)  # fmt: skip
    refused("out_of_order", actions.reply_escalation, center, "张督办", eid, text="x", now=later)
    refused("unknown_escalation", actions.resolve_escalation, center, "张督办", 999, outcome="x",
            now=later)  # fmt: skip
    (entry,) = escalation_register(center, now=later)
    assert (entry.status, entry.closed_by, entry.closed_at) == ("withdrawn", "张督办", later)
    assert row(center, "A")["escalated"] is False
    kinds = [k for k, _, _ in events(center, "A")]
    assert kinds[-3:] == ["escalated", "office_replied", "escalation_withdrawn"]


def test_office_response_time_and_overdue_at_the_office(center: Engine, tmp_path: Path) -> None:
    eid = actions.escalate(center, "张督办", "A", office="supervision", reason="overdue",
                           now=NOW, policy=HAIKOU)  # fmt: skip
    (entry,) = escalation_register(center, now=NOW)
    # Tuesday 11:00 + 3 working days: Friday 11:00 (Haikou time)
    assert entry.due_at == datetime(2024, 10, 11, 3, 0, tzinfo=UTC)
    assert not entry.office_overdue
    assert escalation_register(center, now=entry.due_at + timedelta(seconds=1))[0].office_overdue
    actions.resolve_escalation(center, "张督办", eid, outcome="done", now=NOW)
    assert not escalation_register(center, now=NOW + timedelta(days=30))[0].office_overdue
    # a center's own response time per office
    src = HAIKOU.source + "\n"
    own = tmp_path / "own.toml"
    own.write_text(src.replace('supervision = "3wd"', 'supervision = "1wd"'), encoding="utf-8")
    pol = load_policy(str(own))
    actions.escalate(center, "张督办", "A", office="supervision", reason="overdue", now=NOW,
                     policy=pol)  # fmt: skip
    newest = escalation_register(center, now=NOW, status="open", office="supervision")[-1]
    assert newest.due_at == datetime(2024, 10, 9, 3, 0, tzinfo=UTC)


def test_register_filters_oldest_first(center: Engine) -> None:
    a = actions.escalate(center, "张督办", "A", office="supervision", reason="overdue", now=NOW)
    b = actions.escalate(center, "张督办", "B", office="discipline", reason="disputed",
                         now=NOW + timedelta(minutes=1))  # fmt: skip
    actions.resolve_escalation(center, "张督办", a, outcome="ok", now=NOW)
    assert [e.id for e in escalation_register(center, now=NOW)] == [a, b]
    assert [e.id for e in escalation_register(center, now=NOW, status="open")] == [b]
    assert [e.id for e in escalation_register(center, now=NOW, office="supervision")] == [a]
    entry = escalation_register(center, now=NOW, office="supervision")[0]
    assert entry.unit == "CGJ" and entry.title == "工单 A"
    assert set(entry.as_json()) == {
        "id", "ticket", "office", "reason", "status", "created_by", "created_at", "due_at",
        "office_overdue", "reply", "replied_at", "outcome", "closed_by", "closed_at",
    }  # fmt: skip


def test_dispute_mark_and_clear(center: Engine) -> None:
    actions.mark_disputed(center, "张督办", "A", note="职能交叉", now=NOW)
    assert row(center, "A")["disputed"] is True and row(center, "A")["marked_disputed"] is True
    actions.mark_disputed(center, "张督办", "A", clear=True, now=NOW)
    assert row(center, "A")["disputed"] is False
    assert [k for k, _, _ in events(center, "A")][-2:] == ["marked_disputed", "cleared_disputed"]


def test_coordinate_dispatches_to_lead_with_co_units_and_new_deadlines(center: Engine) -> None:
    actions.coordinate(center, "张督办", "B", lead="CGJ", co_units=["SWJ"], note="城管主办",
                       policy=HAIKOU, now=NOW)  # fmt: skip
    b = row(center, "B")
    assert (b["unit"], b["co_units"]) == ("CGJ", ["SWJ"])
    with center.connect() as conn:
        sign = conn.execute(
            select(D.c.unit, D.c.started_at, D.c.due_at)
            .where(D.c.ticket == "B", D.c.kind == "sign", D.c.status == "open")
        ).one()  # fmt: skip
    assert sign == ("CGJ", NOW, NOW + timedelta(minutes=30))
    refused("unknown_unit", actions.coordinate, center, "张督办", "B", lead="NOPE",
            policy=HAIKOU, now=NOW)  # fmt: skip
    refused("unknown_unit", actions.coordinate, center, "张督办", "B", lead="CGJ",
            co_units=["NOPE"], policy=HAIKOU, now=NOW)  # fmt: skip
    refused("bad_input", actions.coordinate, center, "张督办", "B", lead="CGJ",
            co_units=["CGJ"], policy=HAIKOU, now=NOW)  # fmt: skip
    # the feed after a ruling works on the ruling's result: the lead signs
    result = load(center, [ev("signed", "B", "2024-10-08T11:10:00+08:00", unit="CGJ")])
    assert result.rejected == 0


def test_extend_moves_the_open_deadline_later_only(center: Engine) -> None:
    until = datetime(2024, 10, 12, 10, 0, tzinfo=UTC)
    refused("no_open_deadline", actions.extend_deadline, center, "张督办", "A", kind="onsite",
            until=until, reason="x", now=NOW)  # fmt: skip
    refused("extend_earlier", actions.extend_deadline, center, "张督办", "A", kind="reply",
            until=NOW + timedelta(minutes=5), reason="x", now=NOW)  # fmt: skip
    refused("bad_input", actions.extend_deadline, center, "张督办", "A", kind="reply",
            until=NOW - timedelta(minutes=5), reason="x", now=NOW)  # fmt: skip
    refused("bad_input", actions.extend_deadline, center, "张督办", "A", kind="reply",
            until=until, reason="   ", now=NOW)  # fmt: skip
    actions.extend_deadline(center, "张督办", "A", kind="reply", until=until, reason="需现场勘查",
                            now=NOW)  # fmt: skip
    with center.connect() as conn:
        due, warn = conn.execute(
            select(D.c.due_at, D.c.warn_at).where(D.c.ticket == "A", D.c.kind == "reply")
        ).one()
    assert (
        due == until
        and warn
        == datetime(2024, 10, 8, 1, 0, tzinfo=UTC)
        + (until - datetime(2024, 10, 8, 1, 0, tzinfo=UTC)) / 2
    )  # noqa: E501
    # the next feed event sees the extended deadline: a reply before it is on time
    load(center, [ev("replied", "A", "2024-10-12T09:00:00+08:00", unit="CGJ")])
    with center.connect() as conn:
        late = conn.execute(select(D.c.late).where(D.c.ticket == "A", D.c.kind == "reply"))
        assert late.scalar_one() is False


def test_extending_a_working_day_deadline_warns_by_working_time(engine: Engine) -> None:
    """A 2-working-day reply (national policy) extended over a weekend: its warning and
    critical moments keep their shares of the working time, not of the hours."""
    load(engine, [created("W", "2024-11-07T10:00:00+08:00"),  # a Thursday
                  ev("dispatched", "W", "2024-11-07T10:05:00+08:00", unit="CGJ")],
         policy="national")  # fmt: skip
    add_staff(engine, "张督办", "supervisor", now=NOW)
    shanghai = timedelta(hours=8)

    def local(text: str) -> datetime:
        return datetime.fromisoformat(text).replace(tzinfo=UTC) - shanghai

    with engine.connect() as conn:
        assert conn.execute(
            select(D.c.due_at).where(D.c.ticket == "W", D.c.kind == "reply")
        ).scalar_one() == local("2024-11-11T10:00")  # Thu 14 h + Fri 24 h + Mon 10 h
    until = local("2024-11-13T10:00")  # Wednesday: 96 working hours from acceptance
    actions.extend_deadline(engine, "张督办", "W", kind="reply", until=until,
                            reason="需现场勘查", now=local("2024-11-08T09:00"))  # fmt: skip
    with engine.connect() as conn:
        due, warn, crit = conn.execute(
            select(D.c.due_at, D.c.warn_at, D.c.crit_at).where(
                D.c.ticket == "W", D.c.kind == "reply"
            )
        ).one()
    assert due == until
    assert warn == local("2024-11-11T10:00")  # 48 working hours, not Sunday 10:00
    assert crit == local("2024-11-12T14:48")  # 76.8 working hours
    # report --at replays the extension the same way
    state = report_at(engine, "2024-11-10T12:00:00+08:00", policy="national")
    assert state["kpis"]["warning"] == 0 and state["kpis"]["ok"] == 1


def test_stale_version_refused_with_the_fresh_one(center: Engine) -> None:
    seen = int(row(center, "A")["version"])  # type: ignore[call-overload]
    load(center, [ev("signed", "A", "2024-10-08T09:10:00+08:00", unit="CGJ")])  # feed moves it
    exc = refused("stale", actions.urge, center, "张督办", "A", now=NOW, expected_version=seen)
    assert exc.params["version"] == seen + 1
    assert actions.urge(center, "张督办", "A", now=NOW, expected_version=seen + 1) == 1


@pytest.mark.parametrize(
    "text",
    ["x" * 10_000, "'; DROP TABLE tickets; --", "<script>alert(1)</script>", "a\x00b"],
)
def test_bad_and_hostile_text(center: Engine, text: str) -> None:
    if len(text) > 4000 or "\x00" in text:
        refused("bad_input", actions.add_note, center, "张督办", "A", text=text, now=NOW)
        assert [k for k, _, _ in events(center, "A")] == ["created", "dispatched"]
        return
    actions.add_note(center, "张督办", "A", text=text, now=NOW)
    with center.connect() as conn:
        payload = conn.execute(select(E.c.payload).where(E.c.kind == "note")).scalar_one()
        assert json.loads(payload)["note"] == text
        assert conn.execute(select(func.count()).select_from(T)).scalar_one() == 4


def test_unknown_office_and_reason(center: Engine) -> None:
    refused("unknown_office", actions.escalate, center, "张督办", "A", office="police",
            reason="overdue", now=NOW)  # fmt: skip
    refused("bad_input", actions.escalate, center, "张督办", "A", office="supervision",
            reason="bored", now=NOW)  # fmt: skip


def test_staff_roles(center: Engine) -> None:
    assert role_of(center, "张督办") == "supervisor" and role_of(center, "王观察") == "viewer"
    assert role_of(center, "nobody") is None
    assert add_staff(center, "王观察", "supervisor", now=NOW) is False
    assert role_of(center, "王观察") == "supervisor"
    refused("bad_input", add_staff, center, "  ", "viewer", now=NOW)
    refused("bad_input", add_staff, center, "x" * 101, "viewer", now=NOW)
    refused("bad_input", add_staff, center, "someone", "boss", now=NOW)
    assert [s.name for s in list_staff(center)] == sorted(["张督办", "王观察"])


def test_report_counts_urges_and_escalations(center: Engine) -> None:
    actions.urge(center, "张督办", "A", now=NOW)
    eid = actions.escalate(center, "张督办", "A", office="supervision", reason="overdue", now=NOW)
    later = NOW + timedelta(hours=1)
    actions.reply_escalation(center, "张督办", eid, text="收到", now=later)
    rep = report_at(center, (later + timedelta(minutes=1)).isoformat())
    a = ticket(rep, "A")
    assert a["urges"] == 1 and a["escalated"] is True
    assert a["escalations"] == [{"id": eid, "office": "supervision", "status": "acknowledged"}]
    assert ticket(rep, "B")["escalations"] == [] and ticket(rep, "B")["urges"] == 0
    assert rep["kpis"]["escalations_open"] == 1
    # the same report half an hour before the reply: open
    then = report_at(center, (NOW + timedelta(minutes=30)).isoformat())
    assert ticket(then, "A")["escalations"][0]["status"] == "open"
    # before the escalation and the urge: none
    before = report_at(center, (NOW - timedelta(minutes=1)).isoformat())
    assert ticket(before, "A")["escalations"] == [] and ticket(before, "A")["urges"] == 0
    assert before["kpis"]["escalations_open"] == 0


def test_every_action_event_kind_is_in_the_vocabulary(center: Engine) -> None:
    from console import lifecycle, vocabulary
    from console.actions import escalations as esc
    from console.actions import tickets as tk

    kinds = {lifecycle.URGED, lifecycle.MARKED_DISPUTED, lifecycle.CLEARED_DISPUTED,
             lifecycle.COORDINATED, lifecycle.EXTENDED, tk.NOTE, esc.ESCALATED, esc.REPLIED,
             esc.RESOLVED, esc.WITHDRAWN}  # fmt: skip
    assert kinds == set(vocabulary.ACTION_KINDS)
    assert not kinds & set(vocabulary.EVENT_KINDS)  # never mistaken for a feed event
    actions.urge(center, "张督办", "A", now=NOW)
    actions.add_note(center, "张督办", "A", text="x", now=NOW)
    with center.connect() as conn:
        stored = set(conn.execute(select(E.c.kind).where(E.c.source == "action")).scalars())
    assert stored <= kinds
