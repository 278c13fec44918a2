"""Supervisors' actions in the ticket's life: later feed events see them, and
``report --at`` replays them with the feed, in time order."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from sqlalchemy import Engine, select

from console import actions
from console.ingest import Importer
from console.policy import load_policy
from console.staff import add_staff
from db.tables import DEADLINES, TICKETS
from tests.feedkit import created, ev, load, report_at, ticket

HAIKOU = load_policy("haikou")
T0 = datetime(2024, 10, 8, 1, 0, tzinfo=UTC)  # 09:00 in Haikou


def at(minutes: int) -> datetime:
    return T0 + timedelta(minutes=minutes)


def local(minutes: int) -> str:
    return at(minutes).astimezone(HAIKOU.tz).isoformat()


def disputed_ticket(engine: Engine, importer: Importer | None = None) -> None:
    (importer or Importer(engine, HAIKOU)).import_events([
        created("A", local(0)),
        ev("dispatched", "A", local(1), unit="CGJ", unit_name="市综合执法局"),
        ev("returned", "A", local(10), unit="CGJ", reason="jurisdiction"),
        ev("dispatched", "A", local(12), unit="SWJ", unit_name="市水务局"),
        ev("returned", "A", local(20), unit="SWJ", reason="jurisdiction"),
    ])  # fmt: skip
    add_staff(engine, "张督办", "supervisor", now=T0)


def test_report_at_replays_a_coordination_in_time_order(engine: Engine) -> None:
    disputed_ticket(engine)
    actions.coordinate(engine, "张督办", "A", lead="CGJ", co_units=["SWJ"], policy=HAIKOU,
                       now=at(30))  # fmt: skip
    load(engine, [ev("signed", "A", local(40), unit="CGJ")])
    # before the ruling: back at the center, no unit, disputed
    before = ticket(report_at(engine, local(25)), "A")
    assert before["unit"] is None and before["disputed"] is True
    # after the ruling, before signing: at the lead with a new sign deadline, open
    ruled = ticket(report_at(engine, local(35)), "A")
    assert ruled["unit"] == "CGJ"
    sign = [d for d in ruled["deadlines"] if d["kind"] == "sign" and d["unit"] == "CGJ"][-1]
    assert sign["state"] == "ok" and sign["due"] == local(60)
    # after the lead signed: met on time (the feed applied after the ruling)
    signed = ticket(report_at(engine, local(45)), "A")
    sign = [d for d in signed["deadlines"] if d["kind"] == "sign" and d["unit"] == "CGJ"][-1]
    assert sign["state"] == "met" and sign["late"] is False


def test_report_at_replays_an_extension_and_urges(engine: Engine) -> None:
    # at a unit: urging presses the ticket's unit (a ticket at the center is refused)
    load(engine, [created("A", local(0)), ev("dispatched", "A", local(1), unit="CGJ")])
    add_staff(engine, "张督办", "supervisor", now=T0)
    actions.urge(engine, "张督办", "A", now=at(21))
    until = at(60 * 24 * 5)
    actions.extend_deadline(engine, "张督办", "A", kind="reply", until=until, reason="需协调",
                            now=at(22))  # fmt: skip
    actions.urge(engine, "张督办", "A", now=at(23))
    # three days later the reply deadline (48 h) would be overdue without the extension
    later = ticket(report_at(engine, local(60 * 24 * 3)), "A")
    (reply,) = [d for d in later["deadlines"] if d["kind"] == "reply"]
    assert reply["due"] == until.astimezone(HAIKOU.tz).isoformat()
    assert reply["state"] != "overdue" and later["urges"] == 2
    # between the two urges and before the extension took effect
    between = ticket(report_at(engine, local(21)), "A")
    (reply,) = [d for d in between["deadlines"] if d["kind"] == "reply"]
    assert between["urges"] == 1 and reply["due"] == local(48 * 60)


def test_dispute_mark_replays(engine: Engine) -> None:
    load(engine, [created("B", local(0)), ev("dispatched", "B", local(1), unit="CGJ")])
    add_staff(engine, "张督办", "supervisor", now=T0)
    actions.mark_disputed(engine, "张督办", "B", now=at(5))
    actions.mark_disputed(engine, "张督办", "B", clear=True, now=at(10))
    assert ticket(report_at(engine, local(3)), "B")["disputed"] is False
    assert ticket(report_at(engine, local(7)), "B")["disputed"] is True
    assert ticket(report_at(engine, local(12)), "B")["disputed"] is False


def test_a_running_importer_sees_an_action_between_its_batches(engine: Engine) -> None:
    importer = Importer(engine, HAIKOU)
    disputed_ticket(engine, importer)  # the importer keeps ticket A in memory
    actions.coordinate(engine, "张督办", "A", lead="SWJ", policy=HAIKOU, now=at(30))
    result = importer.import_events([ev("signed", "A", local(35), unit="SWJ")])
    assert result.rejected == 0, result.rejects
    with engine.connect() as conn:
        version = conn.execute(select(TICKETS.c.version).where(TICKETS.c.number == "A"))
        assert version.scalar_one() >= 3
        met = conn.execute(
            select(DEADLINES.c.status).where(DEADLINES.c.ticket == "A", DEADLINES.c.unit == "SWJ",
                                             DEADLINES.c.kind == "sign")
            .order_by(DEADLINES.c.n.desc()).limit(1)
        ).scalar_one()  # fmt: skip
    assert met == "met"


def test_feed_after_a_ruling_owns_the_unit_again(engine: Engine) -> None:
    disputed_ticket(engine)
    actions.coordinate(engine, "张督办", "A", lead="CGJ", co_units=["SWJ"], policy=HAIKOU,
                       now=at(30))  # fmt: skip
    load(engine, [ev("transferred", "A", local(40), **{"from": "CGJ", "to": "ZJJ"})])
    with engine.connect() as conn:
        unit, co = conn.execute(
            select(TICKETS.c.unit, TICKETS.c.co_units).where(TICKETS.c.number == "A")
        ).one()
    assert (unit, co) == ("ZJJ", [])
    assert ticket(report_at(engine, local(45)), "A")["unit"] == "ZJJ"
    assert ticket(report_at(engine, local(35)), "A")["unit"] == "CGJ"
