"""The wall display (大屏): full screen, read-only, readable across the room.

KPI tiles, the most urgent tickets with their countdowns, today by the hour and the
units with most overdue tickets. Citizens' personal data never shows: no names, no
addresses, and phone numbers inside titles are masked.
"""

from __future__ import annotations

import logging
from collections import Counter
from datetime import datetime

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPaintEvent,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QGridLayout, QHBoxLayout, QLabel, QVBoxLayout, QWidget
from sqlalchemy import Engine

from console.board import BoardFigures, BoardTicket
from console.clock import Clock
from console.masking import mask_text
from console.policy import Policy
from console.states import State
from console.vocabulary import KPI_BY_KEY
from widgets import labels, theme
from widgets.board_model import BoardModel
from widgets.live_board import LiveBoard
from widgets.wall_chart import HourlyChart

log = logging.getLogger("widgets.wall")

PAL = theme.DARK
# the KPI tiles in the room's order: today's overdue beside the overdue now
WALL_TILES = ("open", "warning", "critical", "overdue", "overdue_today", "shuffled",
              "disputed", "escalations")  # fmt: skip


class WallTile(QFrame):
    def __init__(self, color: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.setStyleSheet(
            f"QFrame {{ background: {PAL.surface}; border-radius: 12px;"
            f" border-top: 5px solid {color}; }}"
            " QLabel { border: none; background: transparent; }"
        )
        self.title = QLabel(self)
        self.title.setStyleSheet(f"color: {PAL.muted}; font-size: 22px;")
        self.value = QLabel("–", self)
        self.value.setStyleSheet(f"color: {color}; font-size: 60px; font-weight: 700;")
        self.note = QLabel("", self)
        self.note.setStyleSheet(f"color: {PAL.muted}; font-size: 18px;")
        box = QVBoxLayout(self)
        box.setContentsMargins(22, 12, 22, 12)
        box.setSpacing(0)
        for w in (self.title, self.value, self.note):
            box.addWidget(w)


class UrgentList(QWidget):
    """The most urgent open tickets, painted large; as many as fit."""

    ROW = 54

    def __init__(self, board: BoardModel, parent: QWidget) -> None:
        super().__init__(parent)
        self.board = board
        self.font_ = QFont(self.font())
        self.font_.setPixelSize(24)
        self.digits = QFont(self.font_)
        self.digits.setPixelSize(30)
        self.digits.setWeight(QFont.Weight.Bold)
        self.digits.setFeature(QFont.Tag("tnum"), 1)
        self.empty_text = ""
        self._cols: tuple[int, tuple[int, ...]] = (-1, ())

    def columns(self, width: int) -> tuple[int, ...]:
        """Left edges of state, countdown, category, title, unit, district and the right
        end, from what each column holds in this language's words (kept per width)."""
        if self._cols[0] == width:
            return self._cols[1]
        fm, dm = QFontMetrics(self.font_), QFontMetrics(self.digits)
        pill = max(110, max(fm.horizontalAdvance(labels.tr(labels.STATES, s)) for s in State) + 28)
        clock = dm.horizontalAdvance(labels.WIDEST_COUNTDOWNS[0])
        category = max(fm.horizontalAdvance(labels.tr(labels.CATEGORIES_SHORT, c))
                       for c in labels.CATEGORIES_SHORT) + 8  # fmt: skip
        district = fm.horizontalAdvance("龙华区") + 28
        unit = 260
        x_clock = 8 + pill + 12
        x_category = x_clock + clock + 20
        x_title = x_category + category + 20
        x_district = width - district
        cols = (8, x_clock, x_category, x_title, x_district - unit, x_district, width)
        self._cols = (width, cols)
        return cols

    def retranslate(self) -> None:
        self._cols = (-1, ())  # the words changed: measure again

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        now = self.board.now
        rows = min(self.height() // self.ROW, self.board.rowCount())
        width = self.width()
        if rows == 0:
            p.setPen(QColor(PAL.muted))
            p.setFont(self.font_)
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty_text)
            return
        cols = self.columns(width)
        pill = cols[1] - cols[0] - 12
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        for i in range(rows):
            t: BoardTicket = self.board.ticket_at(i)
            state = t.state(now)
            top = i * self.ROW
            if i % 2:
                p.fillRect(0, top, width, self.ROW, QColor(PAL.alt_row))
            color = PAL.state_color(state)
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PAL.state_soft(state))
            p.drawRoundedRect(QRect(cols[0], top + 9, pill, self.ROW - 18), 8, 8)
            p.setPen(color)
            p.setFont(self.font_)
            p.drawText(QRect(cols[0], top, pill, self.ROW), Qt.AlignmentFlag.AlignCenter,
                       labels.tr(labels.STATES, state))  # fmt: skip
            self._countdown(p, QRect(cols[1], top, cols[2] - cols[1] - 20, self.ROW),
                            labels.countdown(t.remaining(now)), right)  # fmt: skip
            p.setFont(self.font_)
            p.setPen(QColor(PAL.text))
            title = mask_text(t.title)
            if t.urgent:
                title = f"【{labels.tr(labels.FLAGS, 'urgent')}】{title}"
            texts = (labels.tr(labels.CATEGORIES_SHORT, t.category), title, t.unit_name or "—",
                     t.district)  # fmt: skip
            for n, text in enumerate(texts, start=2):
                span = cols[n + 1] - cols[n] - 20
                shown = p.fontMetrics().elidedText(text, Qt.TextElideMode.ElideRight, span)
                p.drawText(QRect(cols[n], top, span, self.ROW), middle, shown)

    def _countdown(self, p: QPainter, box: QRect, text: str, align: Qt.AlignmentFlag) -> None:
        """The countdown in large digits; a long overdue one (−634d 10:47) smaller, whole."""
        font = self.digits
        wide = QFontMetrics(font).horizontalAdvance(text)
        if wide > box.width():
            font = QFont(font)
            font.setPixelSize(max(12, font.pixelSize() * box.width() // wide))
        p.setFont(font)
        p.drawText(box, align, text)


class WallWindow(QWidget):
    def __init__(
        self,
        *,
        engine: Engine,
        policy: Policy,
        clock: Clock,
        demo: bool = False,
        live: LiveBoard | None = None,
    ) -> None:
        super().__init__()
        self.clock, self.tz = clock, policy.tz
        self.setWindowIcon(theme.icon("app"))
        self.setStyleSheet(f"background: {PAL.window}; color: {PAL.text};")
        self.owns_live = live is None
        self.live = live or LiveBoard(engine, policy, clock, parent=self)
        self.board = self.live.model
        self.live.figuresChanged.connect(self.set_figures)
        self.live.lost.connect(lambda _: self._link(False))
        self.live.restored.connect(lambda: self._link(True))
        self.live.ticked.connect(self.tick)
        self.title = QLabel(self)
        self.title.setStyleSheet("font-size: 34px; font-weight: 700;")
        self.link = QLabel(self)
        self.link.setStyleSheet(f"font-size: 20px; color: {PAL.muted};")
        self.time = QLabel(self)
        self.time.setStyleSheet("font-size: 34px; font-weight: 600;")
        head = QHBoxLayout()
        head.addWidget(self.title)
        head.addStretch(1)
        head.addWidget(self.link)
        head.addSpacing(24)
        head.addWidget(self.time)
        self.tiles = {key: WallTile(getattr(PAL, KPI_BY_KEY[key].tone), self) for key in WALL_TILES}
        tiles = QHBoxLayout()
        tiles.setSpacing(16)
        for tile in self.tiles.values():
            tiles.addWidget(tile, 1)
        self.urgent_title = QLabel(self)
        self.chart_title = QLabel(self)
        self.units_title = QLabel(self)
        for label in (self.urgent_title, self.chart_title, self.units_title):
            label.setStyleSheet(f"font-size: 24px; color: {PAL.muted}; font-weight: 600;")
        self.urgent = UrgentList(self.board, self)
        self.chart = HourlyChart(PAL, self)
        self.units = QLabel(self)
        self.units.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.units.setStyleSheet("font-size: 22px;")
        grid = QGridLayout()
        grid.setHorizontalSpacing(28)
        grid.addWidget(self.urgent_title, 0, 0)
        grid.addWidget(self.urgent, 1, 0, 3, 1)
        grid.addWidget(self.chart_title, 0, 1)
        grid.addWidget(self.chart, 1, 1)
        grid.addWidget(self.units_title, 2, 1)
        grid.addWidget(self.units, 3, 1)
        grid.setColumnStretch(0, 5)  # the tickets' titles need the room more than the chart
        grid.setColumnStretch(1, 3)
        grid.setRowStretch(1, 3)
        grid.setRowStretch(3, 2)
        box = QVBoxLayout(self)
        box.setContentsMargins(32, 20, 32, 24)
        box.setSpacing(18)
        box.addLayout(head)
        box.addLayout(tiles)
        box.addLayout(grid, 1)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        QShortcut(QKeySequence("F11"), self, self._toggle_full_screen)
        self.demo = demo
        self.retranslate()
        self._link(True)
        self.tick()

    def retranslate(self) -> None:
        title = self.tr("12345 Hotline Command Center · Supervision")
        self.title.setText(title + (self.tr("  (demo)") if self.demo else ""))
        self.setWindowTitle(title)
        names = {"open": self.tr("Open"), "warning": self.tr("Warning"),
                 "critical": self.tr("Critical"), "overdue": self.tr("Overdue now"),
                 "overdue_today": self.tr("Overdue today"), "shuffled": self.tr("Shuffled"),
                 "disputed": self.tr("Disputed"),
                 "escalations": self.tr("Escalations")}  # fmt: skip
        for key, tile in self.tiles.items():
            tile.title.setText(names[key])
        self.urgent_title.setText(self.tr("Most urgent tickets"))
        self.chart_title.setText(self.tr("Today by the hour: accepted and missed deadlines"))
        self.units_title.setText(self.tr("Units with most overdue tickets now"))
        self.urgent.empty_text = self.tr("No open tickets")
        self.urgent.retranslate()
        self.chart.set_names(self.tr("Accepted"), self.tr("Missed deadlines"))

    def start(self) -> None:
        if self.owns_live:
            self.live.start()

    def stop(self) -> None:
        if self.owns_live:
            self.live.stop()

    def closeEvent(self, event: object) -> None:
        self.stop()
        super().closeEvent(event)  # type: ignore[arg-type]

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.showNormal()
            return
        super().keyPressEvent(event)

    def _toggle_full_screen(self) -> None:
        self.showNormal() if self.isFullScreen() else self.showFullScreen()

    def tick(self, _now: float = 0.0) -> None:
        now = self.clock.now()
        self.board.tick(now.timestamp())
        self.time.setText(now.astimezone(self.tz).strftime("%Y-%m-%d  %H:%M:%S"))
        counts = self.board.tally.counts()
        for key in ("open", "warning", "critical", "overdue", "shuffled", "disputed"):
            self.tiles[key].value.setText(f"{getattr(counts, key):,}")
        self.urgent.update()
        if now.second % 10 == 0 or not self.units.text():
            self._rank_units()

    def _rank_units(self) -> None:
        now = self.board.now
        overdue = Counter(
            t.unit_name for t in self.board.tickets() if t.unit and t.state(now) is State.OVERDUE
        )
        rows = [f"<tr><td style='padding:4px 24px 4px 0'>{name}</td>"
                f"<td style='color:{PAL.overdue}; font-weight:700' align='right'>{n}</td></tr>"
                for name, n in overdue.most_common(6)]  # fmt: skip
        self.units.setText(
            f"<table>{''.join(rows)}</table>" if rows else self.tr("None — well done")
        )

    def set_figures(self, figures: BoardFigures) -> None:
        self.tiles["escalations"].value.setText(f"{figures.escalations_open:,}")
        self.tiles["overdue_today"].value.setText(f"{figures.overdue_today:,}")
        note = labels.fill(self.tr("yesterday %1"), f"{figures.overdue_yesterday:,}")
        self.tiles["overdue_today"].note.setText(note)
        self.chart.set_hours(figures.accepted_by_hour, figures.missed_by_hour)

    def _link(self, up: bool) -> None:
        if up:
            self.link.setText(self.tr("● live"))
            self.link.setStyleSheet(f"font-size: 20px; color: {PAL.ok};")
        else:
            stamp = datetime.now(self.tz).strftime("%H:%M")
            self.link.setText(labels.fill(self.tr("● database lost at %1 — reconnecting"), stamp))
            self.link.setStyleSheet(f"font-size: 20px; color: {PAL.warning};")
