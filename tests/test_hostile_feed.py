"""A hostile feed (issue 14): every line is judged alone, both databases judge it alike,
and nothing a citizen told the hotline reaches a log or a message."""

from __future__ import annotations

import json
import logging
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine, func, select

from console.feed import MAX_CITIZEN, MAX_LENGTHS
from console.ingest import Importer, rejects_path
from console.policy import load_policy
from db.models import Ticket, TicketEvent
from tests.feedkit import created, ev

AT = "2024-10-08T09:00:00+08:00"
LATER = "2024-10-08T09:05:00+08:00"


def _deep(ticket: str, depth: int) -> str:
    """A created line with an unknown field nested ``depth`` deep (written by hand: the
    json module itself cannot write it)."""
    head = json.dumps(created(ticket, AT))[:-1]
    return head + ', "extra": ' + '{"x": [' * (depth // 2) + "1" + "]}" * (depth // 2) + "}"


# (the hostile line, words its reason must contain)
RAISING: list[tuple[str, str]] = [
    (json.dumps(created("Y1", "9999-12-31T20:00:00+08:00")), "outside the years"),
    (json.dumps(created("Y2", "0001-01-01T00:00:00+08:00")), "outside the years"),
    (json.dumps(created("Y3", AT, reply_due="9999-12-31T23:59:59+08:00")), "outside the years"),
    (json.dumps(created("Y4", AT, reply_due="0001-01-01T00:00:00+08:00")), "outside the years"),
    (json.dumps(created("Y5", "1999-12-31T23:59:00+08:00")), "outside the years"),
    (json.dumps(created("Y6", "2101-01-01T00:00:00+08:00")), "outside the years"),
    (json.dumps({**created("Y7", AT), "event": ["created"]}), '"event" must be a string'),
    (json.dumps({**created("Y8", AT), "event": {"kind": "created"}}), '"event" must be'),
    (_deep("Y9", 1000), "deep"),
    (_deep("Y10", 22), "deep"),
]


def _import(engine: Engine, tmp_path: Path, lines: list[str], **kw: Any) -> Any:
    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return feed, Importer(engine, load_policy(), **kw).import_file(feed)


def _stored_tickets(engine: Engine) -> list[str]:
    with engine.connect() as conn:
        return sorted(conn.execute(select(Ticket.number)).scalars())


def test_lines_that_raised_are_rejected_alone_and_the_batch_goes_on(
    engine: Engine, tmp_path: Path
) -> None:
    good = [json.dumps(created("OK1", AT)), json.dumps(created("OK2", AT))]
    lines = [good[0], *(bad for bad, _ in RAISING), good[1]]
    feed, res = _import(engine, tmp_path, lines)
    assert (res.imported, res.rejected) == (2, len(RAISING))
    assert _stored_tickets(engine) == ["OK1", "OK2"]
    kept = [json.loads(x) for x in rejects_path(feed).read_text("utf-8").splitlines()]
    assert [k["line"] for k in kept] == list(range(2, 2 + len(RAISING)))
    for k, (bad, words) in zip(kept, RAISING, strict=True):
        assert k["text"] == bad
        assert words in k["reason"], k["reason"]


def test_any_error_while_judging_one_line_rejects_only_that_line(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A failure nobody foresaw (here: a bug in a deadline rule) still rejects one line."""
    import console.ingest as ingest

    real = ingest.create

    def flaky(event: Any, policy: Any) -> Any:
        if event.ticket == "BOOM":
            raise ArithmeticError("no")
        return real(event, policy)

    monkeypatch.setattr(ingest, "create", flaky)
    res = Importer(engine, load_policy()).import_events(
        [created("A", AT), created("BOOM", AT), created("B", AT)]
    )
    assert (res.imported, res.rejected) == (2, 1)
    assert "ArithmeticError" in res.rejects[0].reason and res.rejects[0].line == 2


def _too_long(field: str, size: int) -> dict[str, Any]:
    text = "长" * (size + 1)
    if field == "ticket":
        return created(text, AT)
    if field in ("unit", "unit_name"):
        return ev("dispatched", "T", LATER, **{"unit": "U", field: text})
    if field in ("from", "to", "to_name"):
        fields = {"from": "U", "to": "V", field: text}
        return ev("transferred", "T", LATER, **fields)
    if field == "id":
        return {**created("T2", AT), "id": text}
    return {**created("T3", AT), field: text}


LONG = [(name, size) for name, size in MAX_LENGTHS.items()]


def test_both_databases_judge_long_and_nul_texts_alike(engine: Engine, tmp_path: Path) -> None:
    lines = [
        json.dumps(created("T", AT), ensure_ascii=False),
        json.dumps(ev("dispatched", "T", AT, unit="U"), ensure_ascii=False),
    ]
    lines += [json.dumps(_too_long(name, size), ensure_ascii=False) for name, size in LONG]
    lines += [
        json.dumps(created("C1", AT, citizen={"name": "张" * (MAX_CITIZEN["name"] + 1)})),
        json.dumps(created("C2", AT, citizen={"phone": "1" * (MAX_CITIZEN["phone"] + 1)})),
        json.dumps(ev("dispatched", "T", LATER, unit="U", co_units=["V" * 65])),
        json.dumps(created("N1", AT, title="a\u0000b")),
        json.dumps(created("N2", AT, citizen={"name": "\u0000"})),
        json.dumps({**created("N3", AT), "\u0000": 1}),
        json.dumps(ev("closed", "T", LATER, note="x\u0000")),
        # exactly at the limits: accepted
        json.dumps(
            created(
                "长" * 64,
                AT,
                district="区" * 100,
                citizen={"name": "张" * 100, "phone": "1" * 40},
                id="i" * 125,
            ),
            ensure_ascii=False,
        ),
    ]
    feed, res = _import(engine, tmp_path, lines)
    assert (res.imported, res.rejected) == (3, len(lines) - 3), [r.reason for r in res.rejects]
    reasons = [r.reason for r in res.rejects]
    for (name, size), reason in zip(LONG, reasons, strict=False):
        assert f'"{name}" is longer than {size}' in reason, reason
    assert "citizen.name" in reasons[len(LONG)] and "citizen.phone" in reasons[len(LONG) + 1]
    assert all("NUL" in r for r in reasons[len(LONG) + 3 :]), reasons


@pytest.mark.parametrize("ident", ["", "   ", True, 7, 7.5, ["a"], {"a": 1}, None])
def test_id_must_be_a_non_blank_string(engine: Engine, ident: object) -> None:
    res = Importer(engine, load_policy()).import_events(
        [{**created("I1", AT), "id": ident}, {**created("I2", AT), "id": "7"}]
    )
    assert (res.imported, res.rejected) == (1, 1)
    assert '"id" must be a non-empty string' in res.rejects[0].reason


def test_numbers_and_strings_as_ids_no_longer_collide(engine: Engine) -> None:
    events = [{**created(f"K{i}", AT), "id": ident} for i, ident in enumerate([7, "7", True])]
    res = Importer(engine, load_policy()).import_events(events)
    assert (res.imported, res.duplicates, res.rejected) == (1, 0, 2)


def test_events_dated_before_their_ticket_was_created_are_rejected(engine: Engine) -> None:
    res = Importer(engine, load_policy()).import_events(
        [
            created("T", AT),
            ev("dispatched", "T", "2024-10-08T08:59:59+08:00", unit="A"),
            ev("closed", "T", "2024-10-07T09:00:00+08:00"),
            ev("dispatched", "T", AT, unit="A"),  # the same instant is fine
        ]
    )
    assert (res.imported, res.rejected) == (2, 2)
    assert all("dated before ticket T was created" in r.reason for r in res.rejects)
    assert "2024-10-08T09:00:00+08:00" in res.rejects[0].reason


def test_sql_parameters_never_reach_a_message_or_log(
    engine: Engine, caplog: pytest.LogCaptureFixture
) -> None:
    from sqlalchemy import insert
    from sqlalchemy.exc import IntegrityError

    secret = "13812345678-张三丰"
    when = datetime(2024, 10, 8, tzinfo=UTC)
    row: dict[str, Any] = {"number": "dup", "category": "complaint", "title": secret}
    row |= {"accepted_at": when, "last_event_at": when}
    caplog.set_level(logging.DEBUG)
    with pytest.raises(IntegrityError) as info, engine.begin() as conn:
        conn.execute(insert(Ticket), row)
        conn.execute(insert(Ticket), row)
    assert secret not in str(info.value)
    assert secret not in caplog.text
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(TicketEvent)).scalar() == 0


def test_the_feed_limits_are_the_database_columns() -> None:
    from db.models import TicketEvent, Unit

    width = {
        "ticket": Ticket.__table__.c.number,
        "unit": Unit.__table__.c.code,
        "from": Unit.__table__.c.code,
        "to": Unit.__table__.c.code,
        "unit_name": Unit.__table__.c.name,
        "to_name": Unit.__table__.c.name,
        "district": Ticket.__table__.c.district,
    }
    for name, column in width.items():
        assert MAX_LENGTHS[name] == column.type.length, name  # type: ignore[attr-defined]
    assert MAX_LENGTHS["id"] + len("id:") == TicketEvent.__table__.c.event_key.type.length  # type: ignore[attr-defined]
    assert MAX_CITIZEN["name"] == Ticket.__table__.c.citizen_name.type.length  # type: ignore[attr-defined]
    assert MAX_CITIZEN["phone"] == Ticket.__table__.c.citizen_phone.type.length  # type: ignore[attr-defined]


@pytest.mark.parametrize(
    ("at", "words"),
    [
        ("", "must be an ISO 8601 time"),
        ("  ", "must be an ISO 8601 time"),
        ("9999-12-31T23:00:00+08:00", "outside the years"),
        ("0001-01-01T00:00:00", "outside the years"),
        ("tomorrow", "not an ISO 8601 time"),
    ],
)
def test_report_at_out_of_range_or_empty_is_one_clear_line(
    at: str, words: str, tmp_path: Path
) -> None:
    from tests.builders import run_cli

    url = f"sqlite:///{tmp_path / 'r.db'}"
    feed = tmp_path / "f.jsonl"
    feed.write_text(json.dumps(created("T", AT)) + "\n", encoding="utf-8")
    assert run_cli("--db", url, "import", str(feed)).returncode == 0
    r = run_cli("--db", url, "report", "--at", at, "--json")
    assert r.returncode == 2 and words in r.stderr, r.stderr
    assert len(r.stderr.strip().splitlines()) == 1 and not r.stdout


OUT_OF_ORDER = [
    ev("dispatched", "T", "2024-10-08T09:01:00+08:00", unit="A"),  # before its created
    created("T", AT),
    ev("signed", "T", "2024-10-08T09:02:00+08:00", unit="A"),  # not with A: rejected
    created("U", AT),
    ev("dispatched", "U", "2024-10-08T09:01:00+08:00", unit="B"),
    ev("dispatched", "U", "2024-10-08T09:01:00+08:00", unit="B"),  # same content: duplicate
]


@pytest.mark.parametrize("batch_size", [1, 50000])
def test_an_out_of_order_feed_imports_the_same_way_twice(
    engine: Engine, tmp_path: Path, batch_size: int
) -> None:
    from tests.feedkit import report_at

    feed = tmp_path / "feed.jsonl"
    feed.write_text("\n".join(json.dumps(e) for e in OUT_OF_ORDER) + "\n", encoding="utf-8")
    first = Importer(engine, load_policy(), batch_size=batch_size).import_file(feed)
    assert (first.imported, first.duplicates, first.rejected) == (3, 1, 2)
    kept = rejects_path(feed).read_bytes()
    report = report_at(engine, "2024-10-08T12:00:00+08:00")
    again = Importer(engine, load_policy(), batch_size=batch_size).import_file(feed)
    assert (again.imported, again.duplicates, again.rejected) == (0, 4, 2)
    assert [(r.line, r.reason) for r in again.rejects] == [
        (r.line, r.reason) for r in first.rejects
    ]
    assert rejects_path(feed).read_bytes() == kept, "the rejects file is kept, the same"
    assert report_at(engine, "2024-10-08T12:00:00+08:00") == report
    # a third importer that finds the database already filled asks it, and agrees
    third = Importer(engine, load_policy()).import_lines(feed.read_text("utf-8").splitlines())
    assert (third.imported, third.rejected) == (0, 2)


def test_a_rejected_event_repeated_later_in_the_feed_is_rejected_again(engine: Engine) -> None:
    """Once an event is judged, every later copy of it gets the same answer, so that a
    second run (where the copy is a duplicate of nothing) agrees with the first."""
    signed = ev("signed", "T", "2024-10-08T09:02:00+08:00", unit="A")
    events = [created("T", AT), signed, ev("dispatched", "T", LATER, unit="A"), signed]
    first = Importer(engine, load_policy()).import_events(events)
    second = Importer(engine, load_policy()).import_events(events)
    assert (first.imported, first.rejected) == (2, 2)
    assert (second.imported, second.duplicates, second.rejected) == (0, 2, 2)


_SCALARS = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(min_value=-(2**70), max_value=2**70),
    st.floats(allow_nan=False),
    st.text(max_size=130),
    st.sampled_from(["created", "dispatched", "signed", "closed", "T", "U", AT, "9999-01-01"]),
)
_VALUES = st.recursive(
    _SCALARS,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3)
    ),
    max_leaves=8,
)
_FIELDS = ["event", "ticket", "at", "id", "unit", "title", "category", "district", "citizen",
           "reply_due", "co_units", "from", "to", "unit_name", "reason", "urgent"]  # fmt: skip


@given(
    st.lists(
        st.dictionaries(st.sampled_from(_FIELDS), _VALUES, max_size=8),
        min_size=1,
        max_size=12,
    )
)
@settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
def test_no_line_whatever_it_holds_stops_an_import(
    engine: Engine, lines: list[dict[str, Any]]
) -> None:
    """Every line is counted once, as imported, duplicate or rejected, on both databases:
    nothing that a line holds makes the import (or the database) fail."""
    events = [created("P", AT), *lines]
    res = Importer(engine, load_policy()).import_events(events)
    assert res.imported + res.duplicates + res.rejected == len(events)
