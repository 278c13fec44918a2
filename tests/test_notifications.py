"""Acknowledging, reading, snoozing and the command line of notifications (spec §6)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from console.cli import build_parser, run_command
from console.notifications import (
    NotificationEntry,
    NotificationRefused,
    acknowledge,
    changes_since,
    list_notifications,
    mark_read,
    read_up_to,
    snooze,
    snoozed,
    unsnooze,
    whole_entries,
)
from console.notify_groups import NotificationFilter, coalesce, sounds_for, unread
from console.notify_sweep import sweep
from console.policy import load_policy
from tests.builders import notification_entry
from tests.feedkit import created, load

POLICY = load_policy("haikou")
TZ = POLICY.tz
LATER = datetime.fromisoformat("2024-10-12T09:00:00+08:00")


def _two_overdue(engine: Engine) -> list[int]:
    load(
        engine,
        [
            created("T1", "2024-10-10T09:00:00+08:00", "consultation"),
            created("T2", "2024-10-10T09:30:00+08:00", "consultation"),
        ],
    )
    return list(sweep(engine, LATER, POLICY).raised)


def test_acknowledge_is_the_centers_and_keeps_the_first(engine: Engine) -> None:
    first, second = _two_overdue(engine)
    result = acknowledge(engine, "张督办", [first], now=LATER)
    assert result.acknowledged == (first,) and result.before == ()
    again = acknowledge(engine, "李督办", [first, second], now=LATER + timedelta(minutes=1))
    assert again.acknowledged == (second,)
    assert again.before == ((first, "张督办"),)
    by_id = {n.id: n for n in list_notifications(engine)}
    assert by_id[first].acknowledged_by == "张督办" and by_id[first].acknowledged_at == LATER
    assert by_id[second].acknowledged_by == "李督办"
    assert list_notifications(engine, unacknowledged=True) == []


def test_acknowledging_an_unknown_id_writes_nothing(engine: Engine) -> None:
    first, _ = _two_overdue(engine)
    with pytest.raises(NotificationRefused) as exc:
        acknowledge(engine, "张督办", [first, 999], now=LATER)
    assert exc.value.code == "unknown_notification" and "999" in str(exc.value)
    assert all(n.acknowledged_by is None for n in list_notifications(engine))


def test_changes_since_follow_the_change_sequence(engine: Engine) -> None:
    first, second = _two_overdue(engine)
    start = changes_since(engine, 0)
    assert [e.id for e in start.entries] == [first, second]
    assert changes_since(engine, start.seq).entries == ()
    acknowledge(engine, "张督办", [second], now=LATER)
    moved = changes_since(engine, start.seq)
    assert [(e.id, e.acknowledged_by) for e in moved.entries] == [(second, "张督办")]


def test_a_first_read_shares_repeated_values(engine: Engine) -> None:
    """A console's first read of a big center keeps every notification all day: the kind,
    level and sweep time two notifications have in common are one object, and each entry
    is what list_notifications reads."""
    _two_overdue(engine)
    a, b = changes_since(engine, 0).entries
    assert a.kind is b.kind and a.raised_at is b.raised_at and a.level is b.level
    assert [a, b] == sorted(list_notifications(engine), key=lambda n: n.id)


def test_reading_is_each_supervisors_own(engine: Engine) -> None:
    first, second = _two_overdue(engine)
    mark_read(engine, "张督办", first, now=LATER)
    mark_read(engine, "张督办", second, now=LATER)
    mark_read(engine, "张督办", first, now=LATER)  # never backwards
    assert read_up_to(engine, "张督办") == second
    assert read_up_to(engine, "李督办") == 0


def test_snoozing_a_ticket_lasts_until_its_time(engine: Engine) -> None:
    _two_overdue(engine)
    snooze(engine, "张督办", "T1", LATER + timedelta(hours=1))
    assert snoozed(engine, "张督办", LATER) == {"T1": LATER + timedelta(hours=1)}
    assert snoozed(engine, "李督办", LATER) == {}
    assert snoozed(engine, "张督办", LATER + timedelta(hours=1)) == {}
    unsnooze(engine, "张督办", "T1")
    assert snoozed(engine, "张督办", LATER) == {}


def _run(db_url: str, *argv: str) -> int:
    return run_command(build_parser().parse_args(["--db", db_url, *argv]))


def test_command_line(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from db.engine import make_engine

    engine = make_engine(db_url)
    load(engine, [created("T1", "2024-10-10T09:00:00+08:00", "consultation")])
    assert _run(db_url, "notify", "--at", "2024-10-10T22:00:00+08:00") == 0
    assert "raised 1 notifications" in capsys.readouterr().out
    assert _run(db_url, "notify", "--at", "2024-10-12T09:00:00+08:00") == 0
    capsys.readouterr()
    assert _run(db_url, "notifications", "--json") == 0
    data = json.loads(capsys.readouterr().out)
    assert [n["level"] for n in data] == ["overdue", "warning"]  # newest first
    assert data[0]["deadline"] == {"kind": "reply", "n": 1}
    assert data[0]["escalation"] is None and data[0]["ticket"] == "T1"
    assert data[0]["at"] == "2024-10-11T01:00:00+00:00"
    assert "T1" in data[0]["message"] and "overdue" in data[0]["message"]
    assert _run(db_url, "notifications", "ack", str(data[0]["id"]), "--as", "张督办") == 0
    capsys.readouterr()
    assert _run(db_url, "notifications", "--json", "--unacknowledged") == 0
    rest = json.loads(capsys.readouterr().out)
    assert [n["id"] for n in rest] == [data[1]["id"]]
    assert _run(db_url, "notifications", "ack", "12345", "--as", "张督办") == 1
    assert "no notification 12345" in capsys.readouterr().err
    assert _run(db_url, "notify", "--at", "yesterday") == 2
    assert _run(db_url, "notifications") == 0
    assert "acknowledged by 张督办" in capsys.readouterr().out
    engine.dispose()


def _entry(i: int, level: str, raised: datetime, unit: str = "A") -> NotificationEntry:
    return notification_entry(i, level, raised, unit=unit)


def test_many_of_one_sort_from_one_sweep_are_one_group() -> None:
    entries = [_entry(i, "overdue", LATER) for i in range(1, 4)] + [_entry(4, "critical", LATER)]
    entries.append(_entry(5, "overdue", LATER + timedelta(seconds=5), "B"))
    groups = coalesce(entries)
    assert [len(g.entries) for g in groups] == [1, 1, 3]  # newest first
    assert [e.id for e in groups[2].entries] == [3, 2, 1]
    assert [len(g.entries) for g in coalesce(entries[:2])] == [1, 1]  # two stay apart
    assert NotificationFilter(unit="B").accepts(entries[-1])
    assert not NotificationFilter(level="critical").accepts(entries[0])
    assert not NotificationFilter(unacknowledged=True).accepts(
        replace(entries[0], acknowledged_by="x", acknowledged_at=LATER)
    )


def test_unread_and_sound_leave_snoozed_tickets_out() -> None:
    entries = [_entry(1, "warning", LATER), _entry(2, "critical", LATER),
               _entry(3, "overdue", LATER)]  # fmt: skip
    assert unread(entries, 1, set()) == 2
    assert unread(entries, 0, {"T3"}) == 2
    assert sounds_for(entries, set()) == "overdue"
    assert sounds_for(entries, {"T3"}) == "critical"
    assert sounds_for(entries[:1], set()) is None


def test_a_viewer_or_a_stranger_cannot_acknowledge(engine: Engine) -> None:
    from console.staff import add_staff

    first, second = _two_overdue(engine)
    # before the center lists its staff, a name is taken as given (a fresh database)
    assert acknowledge(engine, "值班员", [first], now=LATER).acknowledged == (first,)
    add_staff(engine, "王观察", "viewer", now=LATER)
    add_staff(engine, "张督办", "supervisor", now=LATER)
    for name, code in (("王观察", "viewer"), ("路人甲", "unknown_supervisor")):
        with pytest.raises(NotificationRefused) as exc:
            acknowledge(engine, name, [second], now=LATER)
        assert exc.value.code == code and name in str(exc.value)
    assert list_notifications(engine, unacknowledged=True)[0].id == second
    assert acknowledge(engine, "张督办", [second], now=LATER).acknowledged == (second,)


def test_command_line_refuses_a_viewer(db_url: str, capsys: pytest.CaptureFixture[str]) -> None:
    from console.staff import add_staff
    from db.engine import make_engine

    engine = make_engine(db_url)
    first, _ = _two_overdue(engine)
    add_staff(engine, "王观察", "viewer", now=LATER)
    assert _run(db_url, "notifications", "ack", str(first), "--as", "王观察") == 1
    assert "viewer" in capsys.readouterr().err
    engine.dispose()


def test_a_big_first_load_reads_the_heads_whole_and_the_rest_in_short(engine: Engine) -> None:
    """A first load reads whole only the newest notifications and the newest of each line
    (a sweep's kind and level); the other unacknowledged ones come in short, with all that
    their line, the filters and the badges need, and are read whole when shown."""
    load(engine, [created(f"T{i:02}", f"2024-10-10T09:{i:02}:00+08:00", "consultation")
                  for i in range(12)])  # fmt: skip
    sweep(engine, datetime.fromisoformat("2024-10-10T21:30:00+08:00"), POLICY)  # warnings
    sweep(engine, LATER, POLICY)  # overdue
    everything = {n.id: n for n in list_notifications(engine)}
    acked = sorted(everything)[:2]
    acknowledge(engine, "张督办", acked, now=LATER)
    everything = {n.id: n for n in list_notifications(engine)}
    lines: dict[tuple[object, ...], list[int]] = {}
    for n in everything.values():
        if not n.acknowledged:
            lines.setdefault((n.raised_at, n.kind, n.level), []).append(n.id)
    assert len(lines) >= 2 and all(len(ids) > 3 for ids in lines.values())

    found = changes_since(engine, 0, first_limit=2, per_group=3)
    by_id = {e.id: e for e in found.entries}
    assert [e.id for e in found.entries] == sorted(by_id)
    newest = sorted(everything)[-2:]
    assert set(by_id) == set(newest) | {i for ids in lines.values() for i in ids}
    heads = {i for ids in lines.values() for i in sorted(ids)[-3:]} | set(newest)
    assert {i for i, e in by_id.items() if e.whole} == heads
    for i, e in by_id.items():
        n = everything[i]
        if e.whole:
            assert e == n
        else:
            assert not e.acknowledged
            assert (e.kind, e.level, e.ticket, e.unit, e.unit_name, e.raised_at) == (
                n.kind, n.level, n.ticket, n.unit, n.unit_name, n.raised_at,
            )  # fmt: skip
    short = [i for i, e in by_id.items() if not e.whole]
    assert short and list(whole_entries(engine, short)) == [everything[i] for i in sorted(short)]

    # the lines, their counts and the unread badge as if every one were read whole
    def lines(entries: Any) -> list[tuple[Any, ...]]:
        return [(g.key, [e.id for e in g.entries], g.unacknowledged) for g in coalesce(entries)]

    assert lines(by_id.values()) == lines(everything[i] for i in by_id)
    assert unread(by_id.values(), 3, {"T05"}) == unread((everything[i] for i in by_id), 3, {"T05"})


def test_a_big_change_reads_most_in_short_with_their_acknowledgments(engine: Engine) -> None:
    """More than ``big`` changes (a sweep after an import, a line acknowledged at once):
    the newest and each line's newest whole, the others in short with who acknowledged
    them and when, and their change sequence."""
    load(engine, [created(f"T{i:02}", f"2024-10-10T09:{i:02}:00+08:00", "consultation")
                  for i in range(10)])  # fmt: skip
    start = changes_since(engine, 0)
    sweep(engine, LATER, POLICY)
    ids = sorted(n.id for n in list_notifications(engine))
    acknowledge(engine, "张督办", ids[:4], now=LATER)
    everything = {n.id: n for n in list_notifications(engine)}
    small = changes_since(engine, start.seq, big=100)
    assert all(e.whole for e in small.entries) and list(small.entries) == [
        everything[i] for i in ids
    ]
    found = changes_since(engine, start.seq, big=5, first_limit=1, per_group=2)
    assert found.seq == small.seq and [e.id for e in found.entries] == ids
    assert {e.id for e in found.entries if e.whole} == set(ids[-2:])  # the line's newest two
    for e in found.entries:
        n = everything[e.id]
        assert (e.kind, e.level, e.ticket, e.unit, e.raised_at, e.seq) == (
            n.kind, n.level, n.ticket, n.unit, n.raised_at, n.seq,
        )  # fmt: skip
        assert (e.acknowledged_by, e.acknowledged_at) == (n.acknowledged_by, n.acknowledged_at)


def test_coalescing_sorts_one_big_line_a_step() -> None:
    """A first load's lines are each tens of thousands strong: their sorts (~5 ms each
    for 37,000) were all in one step, 21 ms of the UI thread's turn."""
    from console.notify_groups import coalescing

    raised = [LATER + timedelta(minutes=m) for m in range(4)]
    entries = [_entry(i, "warning", raised[i % 4]) for i in range(1, 20_001)]
    steps = list(_steps(coalescing(entries, step=2_000)))
    assert len(steps) >= 20_000 // 2_000 + 4  # the input's steps, then a step per line
    assert max(steps) <= 2_000


def _steps(work: Any) -> Any:
    while True:
        try:
            yield next(work)
        except StopIteration:
            return
