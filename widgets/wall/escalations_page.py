"""Page 4: open escalations (督办) by office — discipline inspection commission,
organization department, government supervision office — oldest first, with how long
each has been open (ticking), the ticket's masked title and its unit."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QRect, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPaintEvent
from PySide6.QtWidgets import QHBoxLayout, QWidget

from console.masking import mask_text
from console.wall_figures import OpenEscalation
from widgets import labels
from widgets.labels import fill
from widgets.wall.page import WallContext, WallPage
from widgets.wall.style import PAL, TEXT_MIN_PX, font, px

OFFICES = ("discipline", "organization", "supervision")
DAY = 86_400


@dataclass(frozen=True)
class EscalationRow:
    age: str
    late: bool  # open longer than a day, or past the office's deadline
    number: str
    title: str
    unit: str


def open_for(seconds: float) -> str:
    """How long open: 2d 03:14 or 03:14:09."""
    s = max(int(seconds), 0)
    days, rest = divmod(s, DAY)
    hours, rest = divmod(rest, 3600)
    if days:
        return f"{days}d {hours:02d}:{rest // 60:02d}"
    return f"{hours:02d}:{rest // 60:02d}:{rest % 60:02d}"


class OfficeColumn(QWidget):
    def __init__(self, office: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.office = office
        self.heading = ""
        self.count = ""
        self.rows: list[EscalationRow] = []
        self.more = ""
        self.empty = ""
        self.rescale(1.0)

    def rescale(self, scale: float) -> None:
        self.scale = scale
        self.head_font = font(self.font(), 34, scale, bold=True)
        self.age_font = font(self.font(), 40, scale, bold=True)
        self.text_font = font(self.font(), 28, scale)
        self.row_h = px(150, scale)
        self.head_h = px(70, scale)

    def capacity(self) -> int:
        return max((self.height() - self.head_h) // self.row_h - 1, 1)

    def head_lines(self, room: int) -> tuple[QFont, list[str]]:
        """The office's name as painted in ``room``: whole on one line where it fits, else
        on two lines at the wall's least text size ("Discipline inspection commission" was
        cut "Discipline inspecti…" at 1920), else elided at that size."""
        if QFontMetricsF(self.head_font).horizontalAdvance(self.heading) <= room:
            return self.head_font, [self.heading]
        small = font(self.font(), TEXT_MIN_PX, self.scale, bold=True)
        fm = QFontMetricsF(small)
        lines: list[str] = []
        for word in self.heading.split():
            if lines and fm.horizontalAdvance(f"{lines[-1]} {word}") <= room:
                lines[-1] = f"{lines[-1]} {word}"
            else:
                lines.append(word)
        if len(lines) <= 2 and all(fm.horizontalAdvance(line) <= room for line in lines):
            return small, lines
        return small, [fm.elidedText(self.heading, Qt.TextElideMode.ElideRight, room)]

    def paintEvent(self, event: QPaintEvent) -> None:
        p = QPainter(self)
        p.setRenderHint(QPainter.RenderHint.Antialiasing)
        w, s = self.width(), self.scale
        p.fillRect(self.rect(), QColor(PAL.surface))
        p.setPen(QColor(PAL.text))
        p.setFont(self.head_font)
        pad = px(24, s)
        left = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        right = Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
        p.drawText(QRect(pad, 0, w - 2 * pad, self.head_h), right, self.count)
        room = w - 3 * pad - p.fontMetrics().horizontalAdvance(self.count)
        head_font, names = self.head_lines(room)
        p.setFont(head_font)
        tall = (self.head_h - px(3, s)) // len(names)
        for i, name in enumerate(names):
            p.drawText(QRect(pad, i * tall, room, tall), left, name)
        p.fillRect(pad, self.head_h - px(3, s), w - 2 * pad, px(3, s), QColor(PAL.accent))
        p.setFont(self.text_font)
        if not self.rows:
            p.setPen(QColor(PAL.muted))
            box = QRect(pad, self.head_h, w - 2 * pad, self.row_h)
            p.drawText(box, left, self.empty)
            return
        line = self.row_h // 3
        for i, row in enumerate(self.rows):
            top = self.head_h + i * self.row_h + px(8, s)
            p.setFont(self.age_font)
            p.setPen(QColor(PAL.overdue if row.late else PAL.warning))
            p.drawText(QRect(pad, top, w - 2 * pad, line), left, row.age)
            p.setFont(self.text_font)
            fm = p.fontMetrics()
            p.setPen(QColor(PAL.text))
            title = fm.elidedText(row.title, Qt.TextElideMode.ElideRight, w - 2 * pad)
            p.drawText(QRect(pad, top + line, w - 2 * pad, line), left, title)
            p.setPen(QColor(PAL.muted))
            number_w = fm.horizontalAdvance(row.number)
            p.drawText(QRect(pad, top + 2 * line, w - 2 * pad, line), right, row.number)
            room = w - 3 * pad - number_w
            unit = fm.elidedText(row.unit, Qt.TextElideMode.ElideRight, room)
            p.drawText(QRect(pad, top + 2 * line, room, line), left, unit)
        if self.more:
            p.setPen(QColor(PAL.muted))
            top = self.head_h + len(self.rows) * self.row_h
            p.drawText(QRect(pad, top, w - 2 * pad, line * 2), left, self.more)


class EscalationsPage(WallPage):
    key = "escalations"

    def __init__(self, wall: WallContext, parent: QWidget | None = None) -> None:
        super().__init__(wall, parent)
        self.columns = {office: OfficeColumn(office, self) for office in OFFICES}
        self.box = QHBoxLayout(self)
        self.box.setContentsMargins(0, 0, 0, 0)
        for column in self.columns.values():
            self.box.addWidget(column, 1)
        self.rescale(wall.scale)
        self.loading.raise_()

    def heading(self) -> str:
        return self.tr("Escalations")

    def ready(self) -> bool:
        return self.wall.feed.figures is not None

    def retranslate(self) -> None:
        super().retranslate()
        for column in self.columns.values():
            column.empty = self.tr("None open")

    def rescale(self, scale: float) -> None:
        self.box.setSpacing(px(24, scale))
        for column in self.columns.values():
            column.rescale(scale)

    def refresh(self, now: float) -> None:
        figures = self.wall.feed.figures
        if figures is None:
            return
        by_office: dict[str, list[OpenEscalation]] = {office: [] for office in OFFICES}
        for e in figures.escalations:
            by_office.setdefault(e.office, []).append(e)  # oldest first already
        for office, column in self.columns.items():
            found = by_office.get(office, [])
            name = labels.tr(labels.OFFICES, office)
            column.heading = name
            column.count = fill(self.tr("%1 open"), f"{len(found):,}")
            shown = found[: column.capacity()]
            column.rows = [self._row(e, now) for e in shown]
            left = len(found) - len(shown)
            column.more = fill(self.tr("+%1 more"), f"{left:,}") if left > 0 else ""
            column.update()

    def _row(self, e: OpenEscalation, now: float) -> EscalationRow:
        late = (e.due is not None and now > e.due) or now - e.opened > DAY
        age = fill(self.tr("open %1"), open_for(now - e.opened))
        return EscalationRow(age, late, e.ticket, mask_text(e.title, names=(e.caller,)),
                             e.unit_name or "—")  # fmt: skip

    def content_texts(self) -> list[str]:
        shown: list[str] = []
        for column in self.columns.values():
            shown += [column.heading, column.count]
            for r in column.rows:
                shown += [r.age, r.number, r.title, r.unit]
            shown.append(column.more or column.empty)
        return shown
