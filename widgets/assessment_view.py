"""View → Assessment: units ranked for a period, each indicator a number and a bar, the
chosen unit's score over the last 12 weeks, and a way to its tickets on the board.

The figures are SQL aggregates (console.assessment) run on a worker thread; a result
for a period no longer chosen is dropped when it arrives.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import date, timedelta
from typing import Any

import pyqtgraph as pg
from PySide6.QtCore import QDate, QObject, QRect, QSortFilterProxyModel, Qt, QThread, Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from console.assessment import Period, TrendPoint, assess, period_of, weekly_trend
from console.clock import Clock
from console.errors import first_line
from console.policy import Policy
from widgets import theme
from widgets.assessment_model import (
    COLUMNS,
    SHARES,
    SORT_ROLE,
    UNIT_ROLE,
    AssessmentModel,
    IndicatorDelegate,
)
from widgets.errors import told
from widgets.labels import fill

log = logging.getLogger(__name__)

CHOICES = ("today", "week", "month", "range")
WEEKS = 12


class _Job(QThread):
    """One query on a worker thread; its result (or the reason it failed) as a signal."""

    done = Signal(object, object)  # the request's key, the result
    failed = Signal(object, str)

    def __init__(self, key: object, work: Callable[[], Any], parent: QObject | None) -> None:
        super().__init__(parent)
        self.key, self.work = key, work

    def run(self) -> None:
        try:
            result = self.work()
        except Exception as exc:  # a database error: shown in the window, not raised
            log.warning("assessment query failed: %s", exc)
            self.failed.emit(self.key, first_line(exc))
            return
        self.done.emit(self.key, result)


class TrendChart(pg.PlotWidget):  # type: ignore[misc]
    """A unit's weekly score (0–100) as a line with points."""

    def __init__(self, parent: QWidget | None = None) -> None:
        pal = theme.current()
        super().__init__(parent=parent, background=pal.surface)
        plot = self.getPlotItem()
        plot.setMenuEnabled(False)
        plot.setMouseEnabled(x=False, y=False)
        plot.hideButtons()
        plot.showGrid(x=False, y=True, alpha=0.2)
        plot.setYRange(0, 100, padding=0.05)
        for side in ("left", "bottom"):
            axis = plot.getAxis(side)
            axis.setPen(pg.mkPen(pal.border_strong))
            axis.setTextPen(pg.mkPen(pal.muted))
        self.line = plot.plot(
            [], [], pen=pg.mkPen(pal.accent, width=2), symbol="o", symbolSize=7,
            symbolBrush=pal.accent, symbolPen=pg.mkPen(pal.surface), connect="finite",
        )  # fmt: skip
        self.setMinimumHeight(150)
        self.points: list[TrendPoint] = []  # what is drawn

    def show_points(self, points: list[TrendPoint]) -> None:
        self.points = points
        xs = list(range(len(points)))
        ys = [float("nan") if p.score is None else p.score for p in points]
        self.line.setData(xs, ys)
        ticks = [(i, p.week.strftime("%m-%d")) for i, p in enumerate(points) if i % 2 == 0]
        self.getPlotItem().getAxis("bottom").setTicks([ticks])
        self.getPlotItem().setXRange(-0.5, max(len(points) - 0.5, 0.5), padding=0)


NAME_COLUMN = [key for key, _ in COLUMNS].index("name")
WANTED_SIZE = (1400, 760)  # room for every column and the trend below; less on a laptop


class AssessmentWindow(QWidget):
    """Units ranked for a chosen period; ``showUnit`` asks the board for a unit's tickets."""

    showUnit = Signal(str)

    def __init__(
        self, engine: Engine, policy: Policy, clock: Clock, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.setObjectName("assessmentWindow")
        self.engine, self.policy, self.clock = engine, policy, clock
        self.jobs: list[_Job] = []
        self.asked: object = None  # the ranking last asked for
        self.trend_asked: object = None

        self.period = QComboBox(self)
        self.first, self.last = QDateEdit(self), QDateEdit(self)
        for edit in (self.first, self.last):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
        self.refresh_button = QPushButton(self)
        self.board_button = QPushButton(self)
        self.board_button.setEnabled(False)
        self.status = QLabel(self)
        self.status.setObjectName("assessmentStatus")

        self.model = AssessmentModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = QTableView(self)
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(30)
        self.table.setAlternatingRowColors(True)
        self.delegate = IndicatorDelegate(self.table)
        for col, (key, _) in enumerate(COLUMNS):
            if key in SHARES or key == "score":
                self.table.setItemDelegateForColumn(col, self.delegate)
        header = self.table.horizontalHeader()
        # a few dozen rows: columns fit their words in either language
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # but the unit's name takes what is left (elided, whole in its tooltip): a long name
        # (国家税务总局海口市税务局) pushed the last column off a laptop's window
        header.setSectionResizeMode(NAME_COLUMN, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setMinimumSectionSize(64)

        self.trend_title = QLabel(self)
        self.trend_title.setObjectName("trendTitle")
        self.chart = TrendChart(self)

        top = QHBoxLayout()
        for w in (self.period, self.first, QLabel("–", self), self.last, self.refresh_button):
            top.addWidget(w)
        top.addStretch(1)
        top.addWidget(self.board_button)
        lower = QWidget(self)
        lower_box = QVBoxLayout(lower)
        lower_box.setContentsMargins(0, 6, 0, 0)
        lower_box.addWidget(self.trend_title)
        lower_box.addWidget(self.chart, 1)
        split = QSplitter(Qt.Orientation.Vertical, self)
        split.addWidget(self.table)
        split.addWidget(lower)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        box = QVBoxLayout(self)
        box.addLayout(top)
        box.addWidget(split, 1)
        box.addWidget(self.status)

        today = self.today()
        self.first.setDate(QDate(today.year, today.month, 1))
        self.last.setDate(QDate(today.year, today.month, today.day))
        self.period.currentIndexChanged.connect(self._period_changed)
        self.refresh_button.clicked.connect(self.refresh)
        self.board_button.clicked.connect(self._to_board)
        self.table.doubleClicked.connect(lambda _index: self._to_board())
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._unit_changed())
        self.retranslate()
        self.period.setCurrentIndex(CHOICES.index("month"))
        self.fit_screen()

    def fit_screen(self, free: QRect | None = None) -> None:
        """As large as it wants (1400×760) within the screen's free area (``free``, default
        its screen's): 1400 px on a 1366×768 laptop cut "Show on board" and the last
        columns off."""
        if free is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                self.resize(*WANTED_SIZE)
                return
            free = screen.availableGeometry()
        # the title bar and borders, measured once shown, else a window manager's usual
        frame = self.frameGeometry().size() - self.geometry().size()
        frame_w, frame_h = max(frame.width(), 16), max(frame.height(), 40)
        width = min(WANTED_SIZE[0], free.width() - frame_w)
        height = min(WANTED_SIZE[1], free.height() - frame_h)
        self.resize(width, height)
        self.move(free.left() + (free.width() - width - frame_w) // 2,
                  free.top() + (free.height() - height - frame_h) // 2)  # fmt: skip

    # --- words ------------------------------------------------------------------------
    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Assessment"))
        at = self.period.currentIndex()
        self.period.blockSignals(True)
        self.period.clear()
        for text in (self.tr("Today"), self.tr("This week"), self.tr("This month"),
                     self.tr("Range")):  # fmt: skip
            self.period.addItem(text)
        self.period.setCurrentIndex(max(at, 0))
        self.period.blockSignals(False)
        self.refresh_button.setText(self.tr("Refresh"))
        self.board_button.setText(self.tr("Show on board"))
        self.board_button.setToolTip(self.tr("Filter the board to the chosen unit's tickets"))
        self.first.setToolTip(self.tr("First day"))
        self.last.setToolTip(self.tr("Last day (included)"))
        self._trend_words()

    def _trend_words(self) -> None:
        unit = self.current_unit()
        if unit is None:
            self.trend_title.setText(self.tr("Choose a unit to see its score week by week"))
        else:
            name = self.model.rows[self._source_row()].name
            self.trend_title.setText(fill(self.tr("%1: score over the last %2 weeks"), name,
                                          WEEKS))  # fmt: skip

    # --- the period -------------------------------------------------------------------
    def today(self) -> date:
        return self.clock.now().astimezone(self.policy.tz).date()

    def chosen_period(self) -> Period:
        choice = CHOICES[max(self.period.currentIndex(), 0)]
        if choice != "range":
            return period_of(choice, self.today())
        first, last = self.first.date(), self.last.date()
        return Period(
            date(first.year(), first.month(), first.day()),
            date(last.year(), last.month(), last.day()) + timedelta(days=1),
        )

    def _period_changed(self) -> None:
        ranged = CHOICES[max(self.period.currentIndex(), 0)] == "range"
        self.first.setEnabled(ranged)
        self.last.setEnabled(ranged)
        self.refresh()

    def refresh(self) -> None:
        try:
            period = self.chosen_period()
        except ValueError as exc:
            self.status.setText(str(exc))
            return
        self.asked = key = (period, self.clock.now())
        self.status.setText(self.tr("Counting…"))
        engine, policy, now = self.engine, self.policy, self.clock.now()
        self._start(key, lambda: assess(engine, policy, period, now=now), self._ranked)

    def _start(self, key: object, work: Callable[[], Any], done: Callable[..., None]) -> None:
        job = _Job(key, work, self)
        job.done.connect(done)
        job.failed.connect(self._failed)
        job.finished.connect(lambda: self._finished(job))
        self.jobs.append(job)
        job.start()

    def _finished(self, job: _Job) -> None:
        if job in self.jobs:
            self.jobs.remove(job)
        job.deleteLater()

    def wait_idle(self) -> None:
        """Wait for running queries (closing, tests)."""
        for job in list(self.jobs):
            job.wait()

    def _ranked(self, key: object, assessment: Any) -> None:
        if key != self.asked:
            return  # a period no longer chosen
        keep = self.current_unit()
        self.model.set_assessment(assessment)
        p = assessment.period
        self.status.setText(
            fill(self.tr("%1 units, %2 to %3; score %4 for the center"), len(assessment.units),
                 p.first.isoformat(), (p.end - timedelta(days=1)).isoformat(),
                 f"{assessment.center_score:.2f}")
        )  # fmt: skip
        row = next((i for i, u in enumerate(self.model.rows) if u.unit == keep), 0)
        if self.model.rows:
            self.table.selectRow(self.proxy.mapFromSource(self.model.index(row, 0)).row())
        self._unit_changed()

    def _failed(self, key: object, reason: str) -> None:
        self.status.setText(fill(self.tr("The figures could not be read: %1"), told(reason)))

    # --- the chosen unit --------------------------------------------------------------
    def _source_row(self) -> int:
        current = self.table.currentIndex()
        return self.proxy.mapToSource(current).row() if current.isValid() else -1

    def current_unit(self) -> str | None:
        current = self.table.currentIndex()
        return current.data(UNIT_ROLE) if current.isValid() else None

    def _unit_changed(self) -> None:
        unit = self.current_unit()
        self.board_button.setEnabled(unit is not None)
        self._trend_words()
        if unit is None:
            self.chart.show_points([])
            return
        self.trend_asked = key = (unit, self.today())
        engine, policy, today, now = self.engine, self.policy, self.today(), self.clock.now()
        self._start(
            key,
            lambda: weekly_trend(engine, policy, unit, today=today, now=now, weeks=WEEKS),
            self._trend,
        )

    def _trend(self, key: object, points: Any) -> None:
        if key == self.trend_asked:
            self.chart.show_points(points)

    def _to_board(self) -> None:
        unit = self.current_unit()
        if unit is not None:
            self.showUnit.emit(unit)

    def closeEvent(self, event: Any) -> None:
        self.wait_idle()
        super().closeEvent(event)
