"""``--demo``: the board starts reading the demo's fresh file once the city's first day is
in it, so its first figures are the city's and "…" shows until then - not the empty
file's "0 / yesterday 0" for the ten seconds the first catch-up takes."""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine

from console.board import BoardStore
from console.clock import SystemClock
from console.ladder import proposals
from console.simulator.simtime import CENTER_TZ
from console.states import State
from tests.guikit import POLICY
from widgets.demo import DemoCity
from widgets.kpi_strip import LOADING, KpiStrip
from widgets.live_board import LiveBoard


def test_the_demo_board_reads_once_the_city_is_in(
    sqlite_engine: Engine, qtbot: Any, no_dangling: None
) -> None:
    demo = DemoCity(sqlite_engine, POLICY, seed=7, per_day=60)
    live = LiveBoard(sqlite_engine, POLICY, SystemClock(), poll_ms=100)
    strip = KpiStrip()
    qtbot.addWidget(strip)
    live.figuresChanged.connect(strip.set_figures)
    strip.set_figures(None)
    first: list[int] = []
    live.figuresChanged.connect(lambda _f: first.append(demo.city.emitted))
    try:
        demo.start_when_filled(live.start)
        assert not live.loaded and live.figures is None  # nothing read from the empty file
        assert strip.tiles["overdue_today"].value.text() == LOADING
        assert demo.advance() > 0  # the city's first catch-up (the scheduler's job)
        qtbot.waitUntil(lambda: bool(first) and live.loaded, timeout=8000)
        assert first[0] > 0  # the first figures were counted with the city in the file
        assert strip.tiles["overdue_today"].value.text() != LOADING
    finally:
        live.stop()


def test_yesterday_reads_as_a_figure_the_arrow_as_the_change(qtbot: Any, qapp: Any) -> None:
    """ "昨日 ▲ 39" read as "yesterday up 39": yesterday's figure plain, the arrow (with the
    difference) only where today differs."""
    from console.board import BoardFigures
    from widgets.i18n import install_translators

    strip = KpiStrip()
    qtbot.addWidget(strip)
    note = strip.tiles["overdue_today"].note
    for today, said in ((41, "▲ 2 · yesterday 39"), (39, "yesterday 39"),
                        (30, "▼ 9 · yesterday 39")):  # fmt: skip
        strip.set_figures(BoardFigures(overdue_today=today, overdue_yesterday=39))
        assert note.text() == said
    install_translators(qapp, "zh_CN")
    try:
        strip.set_figures(BoardFigures(overdue_today=41, overdue_yesterday=39))
        assert note.text() == "▲ 2 · 昨日 39"
    finally:
        install_translators(qapp, "en")


def test_the_note_is_said_again_in_the_language_chosen(qtbot: Any, qapp: Any) -> None:
    """View → Language: the overdue tile's note changes language at once, not only when
    the figure next changes (it read "▲ 66 · 昨日 10" in English until then)."""
    from console.board import BoardFigures
    from widgets.i18n import install_translators

    strip = KpiStrip()
    qtbot.addWidget(strip)
    note = strip.tiles["overdue_today"].note
    install_translators(qapp, "zh_CN")
    try:
        strip.set_figures(BoardFigures(overdue_today=76, overdue_yesterday=10))
        assert note.text() == "▲ 66 · 昨日 10"
    finally:
        install_translators(qapp, "en")
    # the same figures, no new ones: Qt's LanguageChange (posted) re-says the note
    qtbot.waitUntil(lambda: note.text() == "▲ 66 · yesterday 10", timeout=1000)


@pytest.mark.parametrize(
    ("seed", "moment"),
    [  # the new user's Sunday evening, a Monday morning, a Wednesday night
        (3, datetime(2026, 11, 29, 18, 17, tzinfo=CENTER_TZ)),
        (8, datetime(2026, 11, 30, 10, 30, tzinfo=CENTER_TZ)),
        (21, datetime(2026, 12, 2, 21, 0, tzinfo=CENTER_TZ)),
    ],
)
def test_the_demo_opens_on_overdue_tickets_and_steps_to_take(
    sqlite_engine: Engine, qapp: Any, seed: int, moment: datetime
) -> None:
    """The demo's first minutes show the half of the console that acts: tickets overdue
    now on the board and proposals in the To act queue (one day of history with every
    late reply in within hours showed "Overdue now 0", "To act 0" all day)."""
    now = [moment]
    demo = DemoCity(sqlite_engine, POLICY, seed=seed, clock=lambda: now[0])
    board = BoardStore(sqlite_engine, POLICY.tz)
    for minute in (0, 1):
        now[0] = moment + timedelta(minutes=minute)
        demo.advance()
        board.refresh()
        at = now[0].timestamp()
        states = [t.state(at) for t in board.tickets.values()]
        overdue = states.count(State.OVERDUE)
        assert 0 < overdue < 0.1 * len(states)  # a minority late, as in a real center
        assert proposals(sqlite_engine, POLICY, now[0])
    tickets = board.tickets.values()
    assert any(t.shuffled for t in tickets) and any(t.disputed for t in tickets)
