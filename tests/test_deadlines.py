"""Deadlines around real holidays, under both built-in policies."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.feedkit import created, ev, instant, load, report_at, ticket

# (accepted, expected reply due) under the national policy: 2 working days
NATIONAL_REPLY = [
    # ordinary weekend: Friday 10:00 → Tuesday 10:00; Saturday → end of Tuesday
    ("2024-09-13T10:00:00+08:00", "2024-09-18T10:00:00+08:00"),  # Mid-Autumn: 09-16/17 off
    ("2024-11-08T10:00:00+08:00", "2024-11-12T10:00:00+08:00"),
    ("2024-11-09T15:00:00+08:00", "2024-11-13T00:00:00+08:00"),
    # 2024 National Day: 10-01..07 off, make-up Sunday 09-29 and Saturday 10-12
    ("2024-09-28T10:00:00+08:00", "2024-10-01T00:00:00+08:00"),
    ("2024-09-29T15:00:00+08:00", "2024-10-08T15:00:00+08:00"),
    ("2024-09-30T09:00:00+08:00", "2024-10-09T09:00:00+08:00"),
    ("2024-10-03T11:00:00+08:00", "2024-10-10T00:00:00+08:00"),
    ("2024-10-11T10:00:00+08:00", "2024-10-14T10:00:00+08:00"),
    # 2025 Spring Festival: 01-28..02-04 off, make-up Sunday 01-26 and Saturday 02-08
    ("2025-01-25T10:00:00+08:00", "2025-01-28T00:00:00+08:00"),
    ("2025-01-27T12:00:00+08:00", "2025-02-06T12:00:00+08:00"),
    ("2025-02-01T09:00:00+08:00", "2025-02-07T00:00:00+08:00"),
    ("2025-02-07T18:00:00+08:00", "2025-02-10T18:00:00+08:00"),
]


@pytest.mark.parametrize(("accepted", "due"), NATIONAL_REPLY)
def test_national_reply_counts_working_days(engine: Engine, accepted: str, due: str) -> None:
    load(engine, [created("T1", accepted)], "national")
    rep = report_at(engine, accepted, "national")
    (dl,) = ticket(rep, "T1")["deadlines"]
    assert dl["kind"] == "reply"
    assert instant(dl["due"]) == instant(due)


@pytest.mark.parametrize(("accepted", "_"), NATIONAL_REPLY[3:])
def test_haikou_reply_ignores_holidays(engine: Engine, accepted: str, _: str) -> None:
    load(engine, [created("T1", accepted, "complaint"), created("T2", accepted, "suggestion")])
    rep = report_at(engine, accepted)
    t1 = instant(ticket(rep, "T1")["deadlines"][0]["due"])
    t2 = instant(ticket(rep, "T2")["deadlines"][0]["due"])
    start = instant(accepted)
    assert t1 is not None and t2 is not None and start is not None
    assert (t1 - start).total_seconds() == 48 * 3600
    assert (t2 - start).total_seconds() == 24 * 3600


@pytest.mark.parametrize(
    ("at", "state"),
    [
        # accepted Mon 2025-01-27 12:00, due Thu 02-06 12:00: 48 working hours
        ("2025-01-27T23:59:00+08:00", "ok"),
        ("2025-02-03T12:00:00+08:00", "ok"),  # holiday: the share does not move
        ("2025-02-05T08:00:00+08:00", "ok"),  # first morning back: 20 of 48 h
        ("2025-02-05T12:00:00+08:00", "warning"),  # 24 of 48 h
        ("2025-02-06T02:23:00+08:00", "warning"),
        ("2025-02-06T02:24:00+08:00", "critical"),  # 38.4 of 48 h
        ("2025-02-06T12:00:00+08:00", "critical"),  # due exactly: not yet past due
        ("2025-02-06T12:00:01+08:00", "overdue"),
    ],
)
def test_national_share_counts_working_time(engine: Engine, at: str, state: str) -> None:
    load(engine, [created("T1", "2025-01-27T12:00:00+08:00")], "national")
    t = ticket(report_at(engine, at, "national"), "T1")
    assert t["state"] == state
    assert t["next_deadline"]["remaining_s"] == int(
        (instant("2025-02-06T12:00:00+08:00") - instant(at)).total_seconds()  # type: ignore[operator]
    )


def test_haikou_sign_and_onsite_per_dispatch(engine: Engine) -> None:
    load(
        engine,
        [
            created("N", "2024-10-01T10:00:00+08:00", "consultation"),
            ev("dispatched", "N", "2024-10-01T10:05:00+08:00", unit="A"),
            created("U", "2024-10-01T10:00:00+08:00", "help", urgent=True),
            ev("dispatched", "U", "2024-10-01T10:01:00+08:00", unit="B"),
            created("P", "2024-10-01T10:00:00+08:00", "praise"),
        ],
    )
    rep = report_at(engine, "2024-10-01T10:20:00+08:00")
    n = {d["kind"]: d for d in ticket(rep, "N")["deadlines"]}
    u = {d["kind"]: d for d in ticket(rep, "U")["deadlines"]}
    assert set(n) == {"sign", "reply"} and n["sign"]["unit"] == "A"
    assert instant(n["sign"]["due"]) == instant("2024-10-01T10:35:00+08:00")
    assert instant(n["reply"]["due"]) == instant("2024-10-02T10:00:00+08:00")
    assert set(u) == {"onsite", "reply"}
    assert instant(u["onsite"]["due"]) == instant("2024-10-01T10:31:00+08:00")
    assert ticket(rep, "U")["state"] == "warning"  # 19 of 30 minutes
    assert ticket(rep, "P")["deadlines"] == [] and ticket(rep, "P")["state"] == "ok"
    assert ticket(rep, "P")["next_deadline"] is None


def test_national_has_no_sign_and_2h_onsite(engine: Engine) -> None:
    load(
        engine,
        [
            created("N", "2024-10-01T10:00:00+08:00", "complaint"),
            ev("dispatched", "N", "2024-10-01T10:05:00+08:00", unit="A"),
            created("U", "2024-10-01T10:00:00+08:00", "help", urgent=True),
            ev("dispatched", "U", "2024-10-01T10:00:00+08:00", unit="B"),
        ],
        "national",
    )
    rep = report_at(engine, "2024-10-01T11:00:00+08:00", "national")
    assert [d["kind"] for d in ticket(rep, "N")["deadlines"]] == ["reply"]
    u = {d["kind"]: d for d in ticket(rep, "U")["deadlines"]}
    assert instant(u["onsite"]["due"]) == instant("2024-10-01T12:00:00+08:00")
    # a holiday reply deadline starts on 10-08: the on-site one is the next
    assert ticket(rep, "U")["next_deadline"]["kind"] == "onsite"


def test_reply_due_replaces_the_policy(engine: Engine) -> None:
    load(
        engine,
        [
            created(
                "T", "2024-10-01T10:00:00+08:00", "complaint", reply_due="2024-10-01T20:00:00+08:00"
            ),
            created(
                "P", "2024-10-01T10:00:00+08:00", "praise", reply_due="2024-10-01T12:00:00+08:00"
            ),
        ],
        "national",
    )
    rep = report_at(engine, "2024-10-01T18:00:00+08:00", "national")
    (dl,) = ticket(rep, "T")["deadlines"]
    assert instant(dl["due"]) == instant("2024-10-01T20:00:00+08:00")
    # the wall clock counts for a given reply_due, even on a holiday: 8 of 10 h
    assert ticket(rep, "T")["state"] == "critical"
    assert len(ticket(rep, "P")["deadlines"]) == 1


def test_return_and_redispatch_restart_sign_keep_reply(engine: Engine) -> None:
    load(
        engine,
        [
            created("T", "2024-10-08T09:00:00+08:00", "complaint"),
            ev("dispatched", "T", "2024-10-08T09:00:00+08:00", unit="A"),
            ev("signed", "T", "2024-10-08T09:10:00+08:00", unit="A"),
            ev("transferred", "T", "2024-10-08T09:40:00+08:00", **{"from": "A", "to": "B"}),
            ev("returned", "T", "2024-10-08T10:20:00+08:00", unit="B", reason="other"),
            ev("dispatched", "T", "2024-10-08T10:30:00+08:00", unit="C"),
            ev("onsite", "T", "2024-10-08T10:40:00+08:00", unit="C"),
        ],
    )
    t = ticket(report_at(engine, "2024-10-08T10:50:00+08:00"), "T")
    signs = [d for d in t["deadlines"] if d["kind"] == "sign"]
    assert [(d["unit"], d["late"]) for d in signs] == [("A", False), ("B", True), ("C", False)]
    assert signs[0]["met_at"] is not None and signs[1]["met_at"] is None
    assert signs[2]["met_at"] is None  # on site does not sign for it
    reply = next(d for d in t["deadlines"] if d["kind"] == "reply")
    assert instant(reply["due"]) == instant("2024-10-10T09:00:00+08:00")
    assert t["transfers"] == 1 and t["returns"] == 1 and t["unit"] == "C"
    # A, B, C: three distinct units → shuffled
    assert t["shuffled"] is True and t["disputed"] is False
    assert t["state"] == "warning"  # C's sign: 20 of 30 minutes


def test_close_meets_everything_late_where_due(engine: Engine) -> None:
    load(
        engine,
        [
            created("T", "2024-10-08T09:00:00+08:00", "consultation"),
            ev("dispatched", "T", "2024-10-08T09:00:00+08:00", unit="A"),
            ev("closed", "T", "2024-10-08T09:45:00+08:00"),
        ],
    )
    rep = report_at(engine, "2024-10-08T10:00:00+08:00")
    assert rep["tickets"] == []
    assert rep["units"] == [
        {"unit": "A", "open": 0, "overdue": 0, "closed": 1, "closed_late": 1, "rated": 0,
         "satisfied": 0}
    ]  # fmt: skip
