"""Today by the hour on the wall display: tickets accepted and deadlines missed (pyqtgraph)."""

from __future__ import annotations

from collections.abc import Sequence

import pyqtgraph as pg
from PySide6.QtWidgets import QWidget

from widgets.theme import Palette

HEADROOM = 1.3  # the y axis reaches this far above the tallest bar: room for the legend


class HourlyChart(pg.PlotWidget):  # type: ignore[misc]
    def __init__(self, pal: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent=parent, background=pal.window)
        self.pal = pal
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.15)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(pg.mkPen(pal.border_strong))
            axis.setTextPen(pg.mkPen(pal.muted))
            font = axis.font()
            font.setPixelSize(16)
            axis.setStyle(tickFont=font)
        plot.getAxis("bottom").setTicks([[(h, f"{h}") for h in range(0, 24, 3)]])
        plot.setXRange(-0.6, 23.6, padding=0)
        # one row at the top right, over headroom kept free of bars (HEADROOM)
        self.legend = plot.addLegend(
            offset=(-10, 2), labelTextColor=pal.text, labelTextSize="14pt", colCount=2
        )
        self.accepted = pg.BarGraphItem(
            x=list(range(24)), height=[0] * 24, width=0.62, brush=pal.accent, pen=pg.mkPen(None)
        )
        self.missed = pg.BarGraphItem(
            x=[h + 0.18 for h in range(24)], height=[0] * 24, width=0.36, brush=pal.overdue,
            pen=pg.mkPen(None),
        )  # fmt: skip
        plot.addItem(self.accepted)
        plot.addItem(self.missed)
        self.names = ("accepted", "missed")

    def set_names(self, accepted: str, missed: str) -> None:
        self.legend.clear()
        self.legend.addItem(self.accepted, accepted)
        self.legend.addItem(self.missed, missed)

    def set_hours(self, accepted: Sequence[int], missed: Sequence[int]) -> None:
        self.accepted.setOpts(height=list(accepted))
        self.missed.setOpts(height=list(missed))
        top = max([*accepted, *missed, 5])
        self.getPlotItem().setYRange(0, top * HEADROOM, padding=0)
