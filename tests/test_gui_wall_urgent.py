"""The wall's urgent page (大屏 紧急工单): the tickets needing attention, worst first at the
current second, as many as the screen holds - even when the board's rows were ordered
before the clock moved some tickets on."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

import pytest
from PySide6.QtGui import QFontMetricsF
from PySide6.QtWidgets import QWidget

from console.board import BoardDelta
from console.states import State
from tests.builders import board_ticket
from tests.guikit import NOW, OFFSCREEN_NOISE, POLICY
from widgets import labels
from widgets.board_model import BoardModel
from widgets.wall.style import px
from widgets.wall.urgent_page import UrgentPage, UrgentRow

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


def _rows(rows: list[tuple[str, str, str]]) -> list[UrgentRow]:
    return [UrgentRow(State.OVERDUE, "−52:04:54", category, title, unit, "琼山区")
            for category, title, unit in rows]  # fmt: skip


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
@pytest.mark.parametrize("width", [1306, 1856, 3712])  # 1366, 1920 and 3840 wide, less margins
def test_urgent_words_fit_their_columns(qtbot: Any, qapp: Any, lang: str, width: int) -> None:
    """ "Complaint" (153.3 px) was given 153 whole pixels and painted "Complai…", and a
    24-character title was cut while its unit's column kept 330 px for the longest name:
    the columns hold their words to the fraction of a pixel, the unit's is as wide as the
    units shown, and a title the row can hold is shown whole."""
    from widgets.i18n import install_translators

    install_translators(qapp, lang)
    try:
        page = _page(qtbot, BoardModel(POLICY.tz))
        scale = width / 1856
        page.list.rescale(scale)
        page.list.resize(width, 900)
        cols = page.list.columns(width)
        fm = QFontMetricsF(page.list.text_font)
        for code in labels.CATEGORIES_SHORT:
            word = labels.tr(labels.CATEGORIES_SHORT, code)
            assert fm.horizontalAdvance(word) <= cols[3] - cols[2] - px(20, scale), word
        title = "咨询滨海大道西段与南海大道西段交叉口计划停电时间"  # 24 characters
        page.list.rows = _rows([(labels.tr(labels.CATEGORIES_SHORT, "complaint"), title,
                                 "海南电网海口供电局")])  # fmt: skip
        for _left, span, f, text in page.list.cells(page.list.rows[0], width):
            assert "…" not in text and QFontMetricsF(f).horizontalAdvance(text) <= span
        assert [c[3] for c in page.list.cells(page.list.rows[0], width)][1] == title
        # a title longer than the row shrinks to the least text size, then ends in "…"
        long_title = title * 3
        page.list.rows = _rows([("Help", long_title, "市人力资源和社会保障局")])
        _, span, f, text = page.list.cells(page.list.rows[0], width)[1]
        assert f.pixelSize() == round(28 * scale) and text.endswith("…")
        assert QFontMetricsF(f).horizontalAdvance(text) <= span
        page.list.grab()  # painted without a warning
    finally:
        install_translators(qapp, "en")


@pytest.mark.parametrize("scale", [1366 / 1920, 1.0, 2.0])
def test_an_offices_name_is_whole_on_the_escalations_page(qtbot: Any, scale: float) -> None:
    """ "Discipline inspection commission" was cut "Discipline inspecti…" beside its count at
    1920: a name too long for one line takes two at the wall's least text size."""
    from widgets.wall.escalations_page import OfficeColumn

    holder = QWidget()
    qtbot.addWidget(holder)
    column = OfficeColumn("discipline", holder)
    column.rescale(scale)
    for name in ("Discipline inspection commission", "Government supervision office", "纪委"):
        column.heading, column.count = name, "4 open"
        room = round(450 * scale)  # a third of the row, less the count and the padding
        f, lines = column.head_lines(room)
        assert " ".join(lines) == name, lines
        assert all(QFontMetricsF(f).horizontalAdvance(line) <= room for line in lines)
        assert f.pixelSize() >= round(28 * scale)
