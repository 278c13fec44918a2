"""Page 2: the most urgent tickets — overdue, critical and warning, worst first — as many
rows as the screen holds, with "+N more" below; countdowns tick every second. Titles are
masked (console.masking): phone numbers and names, the caller's included."""

from __future__ import annotations

import math
from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from console.board import BoardTicket
from console.masking import mask_text
from console.states import State
from widgets import labels
from widgets.labels import fill
from widgets.wall.page import WallContext, WallPage
from widgets.wall.style import COUNTDOWN_PX, PAL, ROW_PX, TEXT_MIN_PX, font, px


@dataclass(frozen=True)
class UrgentRow:
    state: State
    countdown: str
    category: str
    title: str
    unit: str
    district: str


class UrgentList(QWidget):
    """The rows, painted: a table widget would rebuild items every second."""

    def __init__(self, page: UrgentPage) -> None:
        super().__init__(page)
        self.page = page
        self.rows: list[UrgentRow] = []
        self.more = ""
        self.empty = ""
        self.rescale(1.0)

    def rescale(self, scale: float) -> None:
        self.scale = scale
        self.row_h = px(ROW_PX, scale)
        self.text_font = font(self.font(), 30, scale)
        # a long title may shrink to the wall's least text size before it is elided
        self.least_font = font(self.font(), TEXT_MIN_PX, scale)
        self.digits = font(self.font(), COUNTDOWN_PX, scale, bold=True)
        self._cols: tuple[tuple[int, int, int], tuple[int, ...]] = ((-1, 0, 0), ())

    def capacity(self) -> int:
        """Rows that fit, one kept for "+N more"."""
        return max(self.height() // self.row_h - 1, 1)

    def gap(self) -> int:
        return px(20, self.scale)

    def columns(self, width: int) -> tuple[int, ...]:
        """Left edges of state, countdown, category, title, unit, district and the end,
        measured from the words of this language and from the units and districts shown
        (kept while those hold): the title takes the rest of the row."""
        fm = QFontMetricsF(self.text_font)
        units = max([_advance(fm, r.unit) for r in self.rows] + [0])
        districts = max([_advance(fm, r.district) for r in self.rows] + [0])
        key = (width, units, districts)
        if self._cols[0] == key:
            return self._cols[1]
        dm, s, pad = QFontMetricsF(self.digits), self.scale, self.gap()
        pill = max(_advance(fm, labels.tr(labels.STATES, st)) for st in State) + pad * 2
        clock = max(_advance(dm, c) for c in labels.widest_countdowns())
        category = max(_advance(fm, labels.tr(labels.CATEGORIES_SHORT, c))
                       for c in labels.CATEGORIES_SHORT)  # fmt: skip
        # the unit's names run long (市人力资源和社会保障局): as wide as the longest shown,
        # up to a share of the row; the district's as its names (or 龙华区 before any row)
        unit = min(units or px(330, s), px(330, s))
        district = max(districts, _advance(fm, "龙华区")) + pad
        x_clock = pill + pad
        x_category = x_clock + clock + pad
        x_title = x_category + category + pad
        x_district = width - district
        cols = (0, x_clock, x_category, x_title, x_district - unit - pad, x_district, width)
        self._cols = (key, cols)
        return cols

    def cells(self, row: UrgentRow, width: int) -> list[tuple[int, int, QFont, str]]:
        """Category, title, unit and district as painted: left edge, room, font and the
        text shown (whole where it fits; a title first shrinks to the least text size)."""
        cols, gap = self.columns(width), self.gap()
        shown = []
        for n, text in enumerate((row.category, row.title, row.unit, row.district), start=2):
            span = cols[n + 1] - cols[n] - gap
            f = self.text_font
            if n == 3 and _advance(QFontMetricsF(f), text) > span:
                f = self.least_font
            fm = QFontMetricsF(f)
            if _advance(fm, text) > span:  # the last resort: the whole in the detail
                text = fm.elidedText(text, Qt.TextElideMode.ElideRight, span)
            shown.append((cols[n], span, f, text))
        return shown

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        width, h = self.width(), self.row_h
        p.setFont(self.text_font)
        if not self.rows:
            p.setPen(QColor(PAL.muted))
            p.drawText(self.rect(), Qt.AlignmentFlag.AlignCenter, self.empty)
            return
        cols = self.columns(width)
        middle = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        inset = px(8, self.scale)
        for i, row in enumerate(self.rows):
            top = i * h
            if i % 2:
                p.fillRect(0, top, width, h, QColor(PAL.alt_row))
            p.setPen(Qt.PenStyle.NoPen)
            p.setBrush(PAL.state_soft(row.state))
            pill = QRect(cols[0], top + inset, cols[1] - cols[0] - self.gap(), h - 2 * inset)
            p.drawRoundedRect(pill, inset, inset)
            p.setPen(PAL.state_color(row.state))
            p.setFont(self.text_font)
            p.drawText(pill, Qt.AlignmentFlag.AlignCenter, labels.tr(labels.STATES, row.state))
            p.setFont(self.digits)
            box = QRect(cols[1], top, cols[2] - cols[1] - self.gap(), h)
            p.drawText(box, right, row.countdown)
            p.setPen(QColor(PAL.text))
            for left, span, f, text in self.cells(row, width):
                p.setFont(f)
                p.drawText(QRect(left, top, span, h), middle, text)
        if self.more:
            p.setFont(self.text_font)
            p.setPen(QColor(PAL.muted))
            box = QRect(0, len(self.rows) * h, width, h)
            p.drawText(box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, self.more)


def _advance(fm: QFontMetricsF, text: str) -> int:
    """Whole pixels that hold ``text``: rounded down (QFontMetrics), "Complaint" at
    153.3 px was given 153 and painted "Complai…"."""
    return math.ceil(fm.horizontalAdvance(text))


class UrgentPage(WallPage):
    key = "urgent"

    def __init__(self, wall: WallContext, parent: QWidget | None = None) -> None:
        super().__init__(wall, parent)
        self.list = UrgentList(self)
        box = QVBoxLayout(self)
        box.setContentsMargins(0, 0, 0, 0)
        box.addWidget(self.list)
        self.loading.raise_()

    def heading(self) -> str:
        return self.tr("Most urgent tickets")

    def ready(self) -> bool:
        return self.wall.live.loaded

    def retranslate(self) -> None:
        super().retranslate()
        self.list.empty = self.tr("No ticket is in warning, critical or overdue now")
        self.list._cols = ((-1, 0, 0), ())  # the words changed: measure again

    def rescale(self, scale: float) -> None:
        self.list.rescale(scale)

    def most_urgent(self, now: float, n: int) -> tuple[list[BoardTicket], int]:
        """The ``n`` most urgent tickets needing attention, and how many need it in all.
        Filtered first, then ordered at ``now``: the board's rows are not re-sorted when
        a ticket's state changes on the clock, so its first rows are no guide."""
        # the tally keeps exactly the tickets past on-track as of the tick (the clock only
        # worsens a state): no state to check again here, once a second, on the UI thread
        tally = self.wall.live.model.tally
        return tally.most_urgent(now, n), len(tally.needing_attention())

    def refresh(self, now: float) -> None:
        if not self.ready():
            return
        tickets, total = self.most_urgent(now, self.list.capacity())
        self.list.rows = [self._row(t, now) for t in tickets]
        left = total - len(tickets)
        self.list.more = fill(self.tr("+%1 more"), f"{left:,}") if left > 0 else ""
        self.list.update()

    def _row(self, t: BoardTicket, now: float) -> UrgentRow:
        title = mask_text(t.title, names=(t.caller,))
        if t.urgent:
            title = f"【{labels.tr(labels.FLAGS, 'urgent')}】{title}"
        return UrgentRow(
            t.state(now), labels.countdown(t.remaining(now), t.replied),
            labels.tr(labels.CATEGORIES_SHORT, t.category), title, t.unit_name or "—", t.district,
        )  # fmt: skip

    def content_texts(self) -> list[str]:
        shown: list[str] = []
        for r in self.list.rows:
            shown += [r.countdown, r.category, r.title, r.unit, r.district]
        return shown + [self.list.more or self.list.empty]
