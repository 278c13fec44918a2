"""Page 3: today by the hour against the same weekday last week, missed deadlines per
day over the last 30 days, and the units ranked by missed deadlines this month with
their on-time rates. Read every 30 s by the wall's feed, not every second."""

from __future__ import annotations

from datetime import timedelta

from PySide6.QtWidgets import QGridLayout, QWidget

from console.wall_figures import WallFigures
from widgets.labels import fill
from widgets.theme import named_label
from widgets.wall.charts import DailyMissedChart, HourlyChart, UnitRankingChart
from widgets.wall.page import WallContext, WallPage
from widgets.wall.style import PAL, px


class ChartsPage(WallPage):
    key = "charts"

    def __init__(self, wall: WallContext, parent: QWidget | None = None) -> None:
        super().__init__(wall, parent)
        self.hourly_title = named_label("wallHeading", "", self)
        self.daily_title = named_label("wallHeading", "", self)
        self.units_title = named_label("wallHeading", "", self)
        self.hourly = HourlyChart(self)
        self.daily = DailyMissedChart(self)
        self.units = UnitRankingChart(self)
        self.grid = QGridLayout(self)
        self.grid.addWidget(self.hourly_title, 0, 0)
        self.grid.addWidget(self.hourly, 1, 0)
        self.grid.addWidget(self.daily_title, 2, 0)
        self.grid.addWidget(self.daily, 3, 0)
        self.grid.addWidget(self.units_title, 0, 1)
        self.grid.addWidget(self.units, 1, 1, 3, 1)
        self.grid.setColumnStretch(0, 11)
        self.grid.setColumnStretch(1, 9)
        self.grid.setRowStretch(1, 1)
        self.grid.setRowStretch(3, 1)
        self.shown: WallFigures | None = None
        self.hours_both = self.hours_today = ""  # the hourly chart's titles (retranslate)
        self.rescale(wall.scale)
        self.loading.raise_()

    def heading(self) -> str:
        return self.tr("Trends")

    def ready(self) -> bool:
        return self.wall.feed.figures is not None

    def retranslate(self) -> None:
        super().retranslate()
        today = f"<span style='color:{PAL.accent}'>■</span> " + self.tr("today")
        before = f"<span style='color:{PAL.warning}'>●</span> " + self.tr("same weekday last week")
        self.hours_both = fill(self.tr("Tickets per hour: %1  %2"), today, before)
        self.hours_today = fill(self.tr("Tickets per hour: %1"), today)  # a younger database
        self.hourly_title.setText(self.hours_both)
        self.daily_title.setText(self.tr("Missed deadlines per day, last 30 days (target: 0)"))
        self.units_title.setText(self.tr("Units by missed deadlines this month"))
        self.shown = None  # draw the units' notes again in this language

    def rescale(self, scale: float) -> None:
        self.grid.setHorizontalSpacing(px(40, scale))
        self.grid.setVerticalSpacing(px(10, scale))
        for chart in (self.hourly, self.daily, self.units):
            chart.rescale(scale)
        self.shown = None

    def refresh(self, now: float) -> None:
        figures = self.wall.feed.figures
        if figures is None or figures is self.shown:
            return
        self.shown = figures
        days = figures.missed_by_day
        first = figures.first_day
        # a database younger than a week has no same weekday last week to compare with
        known = first is None or not days or first <= days[-1][0] - timedelta(days=7)
        self.hourly_title.setText(self.hours_both if known else self.hours_today)
        self.hourly.set_hours(figures.hours_today, figures.hours_last_week, known)
        young = first is not None and bool(days) and first > days[0][0]
        self.daily_title.setText(
            fill(self.tr("Missed deadlines per day since %1 (target: 0)"),
                 f"{first.month}-{first.day}")
            if young and first is not None
            else self.tr("Missed deadlines per day, last 30 days (target: 0)")
        )  # fmt: skip
        self.daily.set_days(days, first)
        self.units.set_units(figures.units, self.tr("on time %1"))

    def content_texts(self) -> list[str]:
        return [self.hourly_title.text(), self.daily_title.text(),
                self.units_title.text(), *self.units.names,
                *(n.toPlainText() for n in self.units.notes if n.isVisible())]  # fmt: skip
