"""The wall's charts (大屏 趋势): counts from 0 on every counts axis, labels apart at any
size, the units' axis under the bars alone, and a young database's few days shown as
they are rather than as the last bars of 30 mostly empty days."""

from __future__ import annotations

from datetime import date, timedelta
from typing import Any

import pytest
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QWidget

from console.wall_figures import UnitStanding
from tests.guikit import OFFSCREEN_NOISE
from widgets.wall.charts import DailyMissedChart, HourlyChart, UnitRankingChart, WallChart

pytestmark = OFFSCREEN_NOISE
TODAY = date(2024, 10, 9)
DAYS = [(TODAY - timedelta(days=29 - i), 0) for i in range(28)] + [
    (TODAY - timedelta(days=1), 48),
    (TODAY, 68),
]
UNITS = [UnitStanding(f"U{i}", f"单位{i}", 200, m, 100) for i, m in enumerate((142, 130, 47, 23))]


def _labels(chart: WallChart, side: str) -> list[tuple[Any, str]]:
    """The labels pyqtgraph draws on an axis: (rect, text)."""
    axis = chart.plot.getAxis(side)
    image = QImage(10, 10, QImage.Format.Format_ARGB32)
    p = QPainter(image)
    try:
        p.setFont(chart.tick_font)
        specs = axis.generateDrawSpecs(p)
    finally:
        p.end()
    return [(rect, text) for rect, _flags, text in specs[2]]


def _holder(qtbot: Any) -> QWidget:
    """A page holds the charts (a top-level PlotWidget crashed when closed)."""
    holder = QWidget()
    qtbot.addWidget(holder)
    holder.resize(3000, 2000)
    holder.show()
    return holder


def _show(qtbot: Any, chart: WallChart, scale: float, w: int, h: int) -> None:
    chart.rescale(scale)
    chart.resize(round(w * scale), round(h * scale))
    chart.show()
    qtbot.waitExposed(chart)


@pytest.mark.parametrize("scale", [1366 / 1920, 1.0, 2.0])
def test_counts_start_at_zero_and_their_labels_stay_apart(qtbot: Any, scale: float) -> None:
    """At 4K pyqtgraph's own ticks ran together on the units' axis (50 100 150 ... 350 under
    bars of 142) and no counts axis showed its 0."""
    holder = _holder(qtbot)
    hourly, daily, units = HourlyChart(holder), DailyMissedChart(holder), UnitRankingChart(holder)
    for chart, (w, h) in ((hourly, (1000, 320)), (daily, (1000, 320)), (units, (800, 800))):
        _show(qtbot, chart, scale, w, h)
    hourly.set_hours([0, 3, 101, 88] + [40] * 20, [9, 1, 65] + [30] * 21)
    daily.set_days(DAYS)
    units.set_units(UNITS, "on time %1")
    qtbot.wait(20)
    for chart, side in ((hourly, "left"), (daily, "left"), (units, "bottom")):
        shown = _labels(chart, side)
        texts = [t for _, t in shown]
        assert texts[0] == "0", (type(chart).__name__, texts)
        rects = [r for r, _ in shown]
        for a, b in zip(rects, rects[1:], strict=False):
            assert not a.intersects(b), (type(chart).__name__, texts)
    # the units' counts end under the longest bar: none counted beside its note
    assert max(int(t.replace(",", "")) for _, t in _labels(units, "bottom")) <= 142
    assert [t for _, t in _labels(daily, "bottom")][-1] == "10-9"  # today, whole


def test_a_young_databases_days_fill_the_chart(qtbot: Any) -> None:
    """Two days of records: two bars of a week's width at the right, not two slivers at
    the end of 30 days; days before the first record are not drawn as zeros."""
    holder = _holder(qtbot)
    daily = DailyMissedChart(holder)
    _show(qtbot, daily, 1.0, 1000, 320)
    daily.set_days(DAYS, TODAY - timedelta(days=1))
    xs = list(daily.bars.opts["x"])
    assert list(daily.bars.opts["height"]) == [48, 68] and xs == [5, 6]
    low, high = daily.plot.vb.viewRange()[0]
    assert high - low == pytest.approx(7.2)  # a week's slots and their margins
    assert [t for _, t in _labels(daily, "bottom")] == ["10-8", "10-9"]
    daily.set_days(DAYS, None)  # no first day known: the 30 days
    assert len(daily.bars.opts["x"]) == 30


def test_a_young_database_has_no_last_week_to_compare_with(qtbot: Any) -> None:
    """Two days of records: last week's line was drawn as a day of zeros under today's
    bars, its legend in the title; it is left out, and comes back with a week of records."""
    from types import SimpleNamespace

    from console.wall_figures import WallFigures
    from widgets.wall.charts_page import ChartsPage

    hours = tuple([5] * 16 + [0] * 8)
    figures = WallFigures(hours, (0,) * 24, tuple(DAYS), tuple(UNITS), (),
                          first_day=TODAY - timedelta(days=1))  # fmt: skip
    feed = SimpleNamespace(figures=figures)
    page = ChartsPage(SimpleNamespace(feed=feed, scale=1.0))  # type: ignore[arg-type]
    qtbot.addWidget(page)
    page.retranslate()
    page.resize(1856, 900)
    page.show()
    page.refresh(0)
    assert not page.hourly.last_week.isVisible()
    assert "last week" not in page.hourly_title.text()
    assert "since 10-8" in page.daily_title.text()
    feed.figures = WallFigures(hours, (3,) * 24, tuple(DAYS), tuple(UNITS), (),
                               first_day=TODAY - timedelta(days=20))  # fmt: skip
    page.refresh(0)
    assert page.hourly.last_week.isVisible() and "last week" in page.hourly_title.text()


def test_a_young_databases_titles_in_chinese(qtbot: Any, qapp: Any) -> None:
    """The two titles a young database gets are translated (they showed in English)."""
    from types import SimpleNamespace

    from console.wall_figures import WallFigures
    from widgets.i18n import install_translators
    from widgets.wall.charts_page import ChartsPage

    install_translators(qapp, "zh_CN")
    try:
        figures = WallFigures((1,) * 24, (0,) * 24, tuple(DAYS), tuple(UNITS), (),
                              first_day=TODAY - timedelta(days=1))  # fmt: skip
        page = ChartsPage(SimpleNamespace(feed=SimpleNamespace(figures=figures), scale=1.0))  # type: ignore[arg-type]
        qtbot.addWidget(page)
        page.retranslate()
        page.refresh(0)
        assert page.daily_title.text() == "10-8 以来每日逾期（目标：0）"
        assert page.hourly_title.text().startswith("每小时受理工单：")
        assert "上周" not in page.hourly_title.text()
    finally:
        install_translators(qapp, "en")
