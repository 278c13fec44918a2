"""The wall's charts (pyqtgraph), drawn to be read from across the room: thick bars, axis
text at the wall's text size, no mouse, no menus, colours from the wall's palette."""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date

import pyqtgraph as pg
from PySide6.QtCore import QRectF
from PySide6.QtGui import QFont, QFontMetrics, QResizeEvent
from PySide6.QtWidgets import QWidget

from console.wall_figures import UnitStanding
from widgets.wall.style import PAL, px

LEAST_DAYS = 7  # a young database's few days keep the bars of a week's width


def value_ticks(top: float, length_px: float, apart_px: float) -> list[tuple[float, str]]:
    """Counts from 0 up to ``top``, 1, 2 or 5 times a power of ten apart, their labels at
    least ``apart_px`` apart on an axis ``length_px`` long."""
    if top < 1 or length_px <= 0:
        return [(0, "0")]
    least = max(top * apart_px / length_px, 1.0)  # counts: whole steps
    power = 10 ** math.floor(math.log10(least))
    step = next(m * power for m in (1, 2, 5, 10) if m * power >= least)
    return [(v, f"{v:,}") for v in range(0, math.floor(top) + 1, step)]


class WallAxis(pg.AxisItem):  # type: ignore[misc]
    """An axis whose end labels may reach past its ends (the 0 at the foot of the counts,
    today at the end of the days): pyqtgraph leaves out a label outside the axis and,
    with a grid, ignores its ``hideOverlappingLabels`` allowance."""

    def __init__(self, orientation: str) -> None:
        super().__init__(orientation)
        self.reach = 0

    def boundingRect(self) -> QRectF:
        rect = super().boundingRect()
        if self.orientation in ("left", "right"):
            return rect.adjusted(0, -self.reach, 0, self.reach)
        return rect.adjusted(-self.reach, 0, self.reach, 0)


class WallChart(pg.PlotWidget):  # type: ignore[misc]
    value_axis = "left"  # where the counts are read

    def __init__(self, parent: QWidget | None = None) -> None:
        axes = {side: WallAxis(side) for side in ("left", "bottom")}
        super().__init__(parent=parent, background=PAL.window, axisItems=axes)
        self.plot = self.getPlotItem()
        self.plot.setMenuEnabled(False)
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.hideButtons()
        self.plot.showGrid(x=False, y=True, alpha=0.18)
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setPen(pg.mkPen(PAL.border_strong))
            axis.setTextPen(pg.mkPen(PAL.muted))
        self.tick_font = QFont(self.font())
        self.counts_top = 0.0  # the top of the counts' axis, in counts
        self.rescale(1.0)

    def rescale(self, scale: float) -> None:
        self.scale = scale
        self.tick_font = QFont(self.font())
        self.tick_font.setPixelSize(px(28, scale))
        for side in ("left", "bottom"):
            axis = self.plot.getAxis(side)
            axis.setStyle(tickFont=self.tick_font, tickTextOffset=px(10, scale))
            # half a label: the 0 at the foot of the counts, today at the end of the days
            axis.reach = px(48, scale)
        # room right of the plot for the half of the last label that reaches past it
        self.plot.layout.setContentsMargins(0, 0, px(40, scale), 0)
        self.plot.getAxis("bottom").setHeight(px(28, scale) * 2)
        self.plot.getAxis("left").setWidth(
            QFontMetrics(self.tick_font).horizontalAdvance("0000") + px(24, scale)
        )
        self.retick()

    def top(self, values: Sequence[int]) -> None:
        self.counts_top = max([*values, 4]) * 1.1
        self.plot.setYRange(0, self.counts_top, padding=0)
        self.retick()

    def counts_px(self) -> float:
        """The counts' axis's length in pixels (the plot less the other axis)."""
        return float(self.height() - self.plot.getAxis("bottom").height())

    def retick(self) -> None:
        """The counts' ticks from 0, spaced in pixels: pyqtgraph's own ran together at 4K
        and left out the 0."""
        apart = QFontMetrics(self.tick_font).height() * 2
        ticks = value_ticks(self.counts_top, self.counts_px(), apart)
        self.plot.getAxis(self.value_axis).setTicks([ticks])

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        if "plot" in self.__dict__:  # resized while pyqtgraph builds it: not yet
            self.retick()


class HourlyChart(WallChart):
    """Tickets accepted per hour today (bars) against the same weekday last week (line)."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.today = pg.BarGraphItem(x=list(range(24)), height=[0] * 24, width=0.7,
                                     brush=PAL.accent, pen=pg.mkPen(None))  # fmt: skip
        self.last_week = pg.PlotDataItem(x=list(range(24)), y=[0] * 24)
        self.plot.addItem(self.today)
        self.plot.addItem(self.last_week)
        self.plot.getAxis("bottom").setTicks([[(h, f"{h}") for h in range(0, 24, 3)]])
        self.plot.setXRange(-0.6, 23.6, padding=0)

    def rescale(self, scale: float) -> None:
        super().rescale(scale)
        if hasattr(self, "last_week"):
            pen = pg.mkPen(PAL.warning, width=px(5, scale))
            self.last_week.setPen(pen)
            self.last_week.setSymbol("o")
            self.last_week.setSymbolSize(px(12, scale))
            self.last_week.setSymbolBrush(PAL.warning)
            self.last_week.setSymbolPen(pg.mkPen(None))

    def set_hours(self, today: Sequence[int], last_week: Sequence[int], known: bool = True) -> None:
        """``known``: the database goes back to that day; younger, last week's line is
        left out rather than drawn as a day of zeros."""
        self.today.setOpts(height=list(today))
        self.last_week.setData(x=list(range(24)), y=list(last_week))
        self.last_week.setVisible(known)
        self.top([*today, *(last_week if known else ())])


class DailyMissedChart(WallChart):
    """Missed deadlines per day over the last 30 days: the road to zero."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars = pg.BarGraphItem(x=[], height=[], width=0.7, brush=PAL.overdue,
                                    pen=pg.mkPen(None))  # fmt: skip
        self.plot.addItem(self.bars)

    def set_days(self, days: Sequence[tuple[date, int]], first: date | None = None) -> None:
        """``days`` oldest first, today last; none before ``first`` (the database's first
        day), so a young database shows its few days, not 30 with bars in the last two."""
        kept = [(d, n) for d, n in days if first is None or d >= first] or list(days[-1:])
        slots = max(len(kept), LEAST_DAYS)
        xs = [slots - len(kept) + i for i in range(len(kept))]  # today at the right edge
        counts = [n for _, n in kept]
        self.bars.setOpts(x=xs, height=counts)
        every = 7 if len(kept) > 2 * LEAST_DAYS else 2 if len(kept) > LEAST_DAYS else 1
        ticks = [(x, f"{d.month}-{d.day}") for x, (d, _) in zip(xs, kept, strict=True)
                 if (len(kept) - 1 - (x - xs[0])) % every == 0]  # fmt: skip
        self.plot.getAxis("bottom").setTicks([ticks])
        self.plot.setXRange(-0.6, slots - 0.4, padding=0)
        self.top(counts)


class UnitRankingChart(WallChart):
    """Units ranked by missed deadlines this month, each with its on-time rate."""

    value_axis = "bottom"

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.bars_px = 0.0  # the pixels from 0 to the longest bar
        # the counts' axis ends at its last tick, under the longest bar: not on under the
        # notes, where it counted up to 350 beside bars of 142
        self.plot.getAxis("bottom").setStyle(stopAxisAtTick=(False, True))
        self.plot.showGrid(x=True, y=False, alpha=0.18)
        self.plot.invertY(True)
        self.bars = pg.BarGraphItem(x0=[], y=[], width=[], height=0.62, brush=PAL.overdue,
                                    pen=pg.mkPen(None))  # fmt: skip
        self.plot.addItem(self.bars)
        self.notes: list[pg.TextItem] = []
        self.names: list[str] = []
        self.shown: tuple[Sequence[UnitStanding], str] = ((), "")

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        shown = self.__dict__.get("shown")  # resized while pyqtgraph builds it: not yet
        if shown and shown[0]:
            self.set_units(*shown)  # the notes' room right of the bars is in pixels

    def set_units(self, units: Sequence[UnitStanding], rate_text: str) -> None:
        """``rate_text`` has a %1 for the on-time rate (in this language's words)."""
        self.shown = (units, rate_text)
        n = len(units)
        widest = max([u.missed for u in units] + [4])
        self.bars.setOpts(x0=[0] * n, y=list(range(n)), width=[u.missed for u in units])
        self.names = [u.name for u in units]
        fm = QFontMetrics(self.tick_font)
        room = px(330, self.scale)
        shown = [fm.elidedText(name, pg.QtCore.Qt.TextElideMode.ElideRight, room)
                 for name in self.names]  # fmt: skip
        self.plot.getAxis("left").setTicks([list(enumerate(shown))])
        self.plot.getAxis("left").setWidth(room + px(16, self.scale))
        texts = []
        for i, u in enumerate(units):
            rate = "—" if u.on_time_rate is None else f"{u.on_time_rate:.0%}"
            text = f"{u.missed:,} · " + rate_text.replace("%1", rate)
            texts.append(text)
            if i == len(self.notes):  # made once and kept: the wall redraws all day
                self.notes.append(pg.TextItem(color=PAL.text, anchor=(0, 0.5)))
                self.plot.addItem(self.notes[i])
            note = self.notes[i]
            note.setText(text)
            note.setFont(self.tick_font)
            note.setPos(u.missed, i)
            note.show()
        for note in self.notes[n:]:
            note.hide()
        self.plot.setYRange(-0.6, max(n, 5) - 0.4, padding=0)
        # the notes need their width in pixels right of the longest bar
        bars_px = max(self.width() - room - px(40, self.scale), 100)
        note_px = max([fm.horizontalAdvance(t) for t in texts] + [0]) + px(24, self.scale)
        share = min(note_px / bars_px, 0.75)
        self.plot.setXRange(0, widest / (1 - share), padding=0)
        self.counts_top, self.bars_px = widest, bars_px * (1 - share)
        self.retick()

    def counts_px(self) -> float:
        return float(self.__dict__.get("bars_px", 0.0))  # 0 while pyqtgraph builds it

    def retick(self) -> None:
        """The counts' ticks under the bars alone, as far apart as their widest label."""
        fm = QFontMetrics(self.tick_font)
        apart = fm.horizontalAdvance(f"{int(self.counts_top):,}") + fm.height()
        ticks = value_ticks(self.counts_top, self.counts_px(), apart)
        self.plot.getAxis("bottom").setTicks([ticks])
