"""A write committed while ``report`` runs (a live feed, another workstation's import)
is not seen by it: the report reads the database in one snapshot, so no ticket is both
read as stored and replayed, and no ticket read open loses its deadlines before they are
read. The write is made between two of the report's queries, from another connection."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from datetime import datetime
from typing import Any

import orjson
import pytest
from sqlalchemy import Engine

import console.report as report
import db.reading
from console.policy import load_policy
from tests.feedkit import created, ev, load

AT = datetime.fromisoformat("2024-10-08T11:00:00+08:00")

_TWO_OPEN = [
    created("A", "2024-10-08T09:00:00+08:00"),
    ev("dispatched", "A", "2024-10-08T09:05:00+08:00", unit="SZJ"),
    created("B", "2024-10-08T09:00:00+08:00"),
    ev("dispatched", "B", "2024-10-08T09:05:00+08:00", unit="SZJ"),
]
# A's first event after the moment (it is replayed from then on)
_SIGNED_LATER = [ev("signed", "A", "2024-10-08T12:30:00+08:00", unit="SZJ")]
# A closed before the moment: stored as closed, its deadlines finished
_CLOSED_BEFORE = [ev("closed", "A", "2024-10-08T10:59:00+08:00")]


def _by_plain_driver(engine: Engine, url: str) -> dict[str, Any]:
    return report.read_report(url, load_policy("haikou"), AT)[0]


def _by_engine(engine: Engine, url: str) -> dict[str, Any]:
    return report.build_report(engine, load_policy("haikou"), AT)


def _by_fallback(engine: Engine, url: str) -> dict[str, Any]:
    # the usual way (make_engine), as for a database the plain driver does not open
    with pytest.MonkeyPatch.context() as mp:
        mp.setattr(db.reading, "plain_connection", lambda url: None)
        return report.read_report(url, load_policy("haikou"), AT)[0]


Reading = Callable[[Engine, str], dict[str, Any]]


@pytest.fixture
def written_meanwhile(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> Iterator[Callable[[list[dict[str, Any]]], None]]:
    """Has the events given loaded, from the engine's own connection, while the report
    reads: after its open tickets and the tickets changed after the moment, before the
    closed tickets, the escalations, the replay and the deadlines."""
    pending: list[list[dict[str, Any]]] = []
    closed_by_unit = report._closed_by_unit

    def meanwhile(db: Any, bound: Any) -> Any:
        while pending:
            load(engine, pending.pop())
        return closed_by_unit(db, bound)

    monkeypatch.setattr(report, "_closed_by_unit", meanwhile)
    yield pending.append


@pytest.mark.parametrize("reading", [_by_plain_driver, _by_engine, _by_fallback])
@pytest.mark.parametrize("written", [_SIGNED_LATER, _CLOSED_BEFORE], ids=["signed", "closed"])
def test_a_write_during_the_report_is_not_seen(
    engine: Engine,
    db_url: str,
    written_meanwhile: Callable[[list[dict[str, Any]]], None],
    reading: Reading,
    written: list[dict[str, Any]],
) -> None:
    load(engine, _TWO_OPEN)
    quiet = reading(engine, db_url)
    assert [t["ticket"] for t in quiet["tickets"]] == ["A", "B"]
    assert all(t["deadlines"] for t in quiet["tickets"])

    written_meanwhile(written)
    during = reading(engine, db_url)
    assert orjson.dumps(during) == orjson.dumps(quiet)  # the database as it was

    # the write is there for the next report
    after = reading(engine, db_url)
    if written is _SIGNED_LATER:  # A replayed up to the moment: the same report
        assert orjson.dumps(after) == orjson.dumps(quiet)
    else:
        assert [t["ticket"] for t in after["tickets"]] == ["B"]
