"""The wall's urgent page (大屏 紧急工单): the tickets needing attention, worst first at the
current second, as many as the screen holds - even when the board's rows were ordered
before the clock moved some tickets on."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from console.board import BoardDelta
from console.states import State
from tests.builders import board_ticket
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets.board_model import BoardModel
from widgets.wall.urgent_page import UrgentPage

pytestmark = OFFSCREEN_NOISE
T0 = NOW.timestamp()


def _page(qtbot: Any, model: BoardModel) -> UrgentPage:
    live = SimpleNamespace(model=model, loaded=True)
    page = UrgentPage(SimpleNamespace(live=live))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.retranslate()
    page.resize(1856, 900)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_urgent_rows_are_filtered_then_ordered_at_the_current_second(qtbot: Any) -> None:
    model = BoardModel(POLICY.tz)
    # 30 short tickets (due within the hour, on track at T0) sort first; 20 long ones are
    # due hours later but pass their warning line (half the window) within minutes
    short = [board_ticket(f"S{i:02}", 3000 + 30 * i, t0=T0, window=4000) for i in range(30)]
    long_ = [board_ticket(f"L{i:02}", 10050 + 10 * i, t0=T0, window=20000) for i in range(20)]
    model.apply(BoardDelta(1, upserts=short + long_, full=True), T0)
    assert all(model.ticket_at(r).state(T0) is State.OK for r in range(30))
    page = _page(qtbot, model)
    capacity = page.list.capacity()
    assert capacity >= 10

    later = T0 + 300  # the long ones warned on the clock; the board's rows stay put
    model.tick(later)
    page.refresh(later)
    numbers = [r.title.split()[-1] for r in page.list.rows]
    assert len(numbers) == min(capacity, 20)  # the height filled, not 9 rows of a page
    assert numbers == sorted(numbers)[: len(numbers)] and numbers[0] == "L00"
    assert page.list.more == f"+{20 - len(numbers)} more"

    much_later = T0 + 2300  # now a critical short one must lead, whatever the row order
    model.tick(much_later)
    page.refresh(much_later)
    states = [r.state for r in page.list.rows]
    assert states == sorted(states, reverse=True) and states[0] is State.CRITICAL
    remaining = [r.countdown for r in page.list.rows if r.state is State.CRITICAL]
    assert remaining == sorted(remaining)  # the soonest first within a state
