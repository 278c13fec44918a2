"""One vocabulary: the codes the domain defines have words on screen, flags are what
every kind of ticket carries, and the KPI tiles filter by what exists."""

from __future__ import annotations

import dataclasses

import pytest

from console import vocabulary as v
from console.board import BoardFilter, BoardTicket
from console.board_detail import TicketDetail
from console.board_tally import BoardCounts
from console.lifecycle import TrackedTicket
from console.states import State
from widgets import labels


@pytest.mark.parametrize(
    ("codes", "words"),
    [
        (v.CATEGORIES, labels.CATEGORIES),
        (v.CATEGORIES, labels.CATEGORIES_SHORT),
        (v.CHANNELS, labels.CHANNELS),
        (v.RETURN_REASONS, labels.RETURN_REASONS),
        (v.RATINGS, labels.RATINGS),
        (v.DEADLINE_KINDS, labels.DEADLINES),
        (v.FLAGS, labels.FLAGS),
        (v.TAG_FLAGS, labels.FLAG_TAGS),
    ],
)
def test_every_code_has_its_words(codes: tuple[str, ...], words: dict[str, str]) -> None:
    assert set(codes) <= set(words)


def test_every_feed_event_has_its_word() -> None:
    assert set(v.EVENT_KINDS) <= set(labels.EVENTS)


@pytest.mark.parametrize("record", [BoardTicket, TicketDetail, TrackedTicket])
def test_flags_are_attributes_of_every_ticket(record: type) -> None:
    fields = {f.name for f in dataclasses.fields(record)}
    assert set(v.FLAGS) <= fields
    # and the ladder's mark, computed rather than stored, has its tone too
    assert set(v.FLAG_TONES) == {*v.FLAGS, v.PROPOSED}


def test_kpi_tiles_filter_by_what_exists() -> None:
    assert len(v.KPI_BY_KEY) == len(v.KPIS)
    for kpi in v.KPIS:
        assert kpi.state is None or kpi.flag is None, kpi.key
        assert kpi.flag is None or kpi.flag in v.FLAGS
        assert kpi.tone in {"accent", "warning", "critical", "overdue", "muted"}
    counted = {f.name for f in dataclasses.fields(BoardCounts)}
    figures = ("escalations", "overdue_today", "proposals")  # counted by the database
    assert {k.key for k in v.KPIS if k.key not in figures} <= counted
    assert all(not (k.state or k.flag) for k in v.KPIS if k.opens)
    # a saved view keeps exactly the flags the vocabulary knows
    saved = BoardFilter(flags=frozenset(v.FLAGS), states=frozenset({State.OVERDUE})).to_dict()
    assert BoardFilter.from_dict({**saved, "flags": [*v.FLAGS, "bogus"]}).flags == set(v.FLAGS)
