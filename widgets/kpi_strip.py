"""The KPI strip above the board: open, warning, critical, overdue, shuffled, disputed,
open escalations, and today's overdue against yesterday's. Click a tile to filter; the
tile whose filter is in force is marked. A tile shows a number only once it was counted:
until then it says it is counting ("…")."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSize, Qt, Signal
from PySide6.QtGui import QColor, QEnterEvent, QMouseEvent, QPainter, QPaintEvent, QPalette
from PySide6.QtWidgets import QFrame, QHBoxLayout, QVBoxLayout, QWidget

from console.board import BoardFigures
from console.board_tally import BoardCounts
from console.vocabulary import KPIS
from widgets import theme
from widgets.labels import fill
from widgets.theme import named_label

LOADING = "…"  # a tile not counted yet: never a 0 that was not counted
BOARD_TILES = ("open", "warning", "critical", "overdue", "shuffled", "disputed")


def kpi_titles() -> dict[str, str]:
    """The KPI tiles' titles, by key: the strip's and the wall display's (translated)."""
    # the strip's context: the wall shares its words
    return {
        "open": QCoreApplication.translate("KpiStrip", "Open"),
        "warning": QCoreApplication.translate("KpiStrip", "Warning"),
        "critical": QCoreApplication.translate("KpiStrip", "Critical"),
        "overdue": QCoreApplication.translate("KpiStrip", "Overdue now"),
        "shuffled": QCoreApplication.translate("KpiStrip", "Shuffled"),
        "disputed": QCoreApplication.translate("KpiStrip", "Disputed"),
        "escalations": QCoreApplication.translate("KpiStrip", "Open escalations"),
        "overdue_today": QCoreApplication.translate("KpiStrip", "Overdue today"),
        "proposals": QCoreApplication.translate("KpiStrip", "To act"),
    }


class KpiNumber(QWidget):
    """A tile's big number. It changes every second on a busy board: unlike a QLabel,
    a new value repaints just this widget and asks for a new layout only when the text
    grows wider than it was (a QLabel relayouts the window on every new text)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiValue")  # the style sheet sets its font and colour
        # opaque: a new value repaints these pixels only, not the styled tile behind them
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent, True)
        self._text = text
        self._width = 0

    def text(self) -> str:
        return self._text

    def setText(self, text: str) -> None:  # noqa: N802 - the QLabel name the tiles use
        if text == self._text:
            return
        self._text = text
        if self.fontMetrics().horizontalAdvance(text) > self._width:
            self.updateGeometry()
        self.update()

    def sizeHint(self) -> QSize:
        metrics = self.fontMetrics()
        # room for a few digits more than shown, so a growing count rarely relayouts
        self._width = max(
            metrics.horizontalAdvance(self._text), metrics.horizontalAdvance("00,000")
        )
        return QSize(self._width, metrics.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        tile = self.parentWidget()
        # the tile's own background, from the same state the style sheet paints it by
        ground = tile.background() if isinstance(tile, KpiTile) else theme.current().surface
        painter.fillRect(event.rect(), QColor(ground))
        painter.setPen(self.palette().color(QPalette.ColorRole.WindowText))
        painter.setFont(self.font())
        align = Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter
        painter.drawText(self.rect(), align, self._text)
        painter.end()


class KpiTile(QFrame):
    clicked = Signal(str)

    def __init__(
        self, key: str, tone: str, clickable: bool = True, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.key = key
        self.clickable = clickable
        self.setObjectName("kpiTile")
        self.setProperty("tone", tone)
        self.hovered = False
        self.active = False  # its filter is the one in force
        self.setProperty("hovered", False)
        self.setProperty("active", False)
        if clickable:
            self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.title = named_label("kpiTitle")
        self.value = KpiNumber(LOADING)
        self.note = named_label("kpiNote", "")
        self.note.hide()
        self._shown: tuple[int | None, str] | None = None  # the value and note shown
        box = QVBoxLayout(self)
        box.setContentsMargins(14, 8, 14, 8)
        box.setSpacing(0)
        box.addWidget(self.title)
        row = QHBoxLayout()
        row.setSpacing(8)
        row.addWidget(self.value)
        row.addWidget(self.note, 1, Qt.AlignmentFlag.AlignBottom)
        box.addLayout(row)

    def set_value(self, value: int | None, note: str = "") -> None:
        """Show a counted value; None: not counted yet (loading)."""
        # a big board's tick sets every board tile each second and changes two or three
        if (value, note) == self._shown:
            return
        self._shown = (value, note)
        text = LOADING if value is None else f"{value:,}"
        if self.value.text() != text:
            self.value.setText(text)
        self.note.setVisible(bool(note))
        self.note.setText(note)

    def background(self) -> str:
        pal = theme.current()
        if self.active:
            return pal.accent_soft
        return pal.hover if self.hovered and self.clickable else pal.surface

    def set_active(self, active: bool) -> None:
        if active != self.active:
            self.active = active
            self._restyle("active", active)

    def enterEvent(self, event: QEnterEvent) -> None:
        super().enterEvent(event)
        if self.clickable:
            self.hovered = True
            self._restyle("hovered", True)

    def leaveEvent(self, event: QEvent) -> None:
        super().leaveEvent(event)
        if self.hovered:
            self.hovered = False
            self._restyle("hovered", False)

    def _restyle(self, name: str, value: bool) -> None:
        """A state the style sheet selects on changed: repaint the tile and its number
        with the same background (a hover painted by the style sheet alone left the
        number on its old background)."""
        self.setProperty(name, value)
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()
        self.value.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if self.clickable and event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit(self.key)
        super().mouseReleaseEvent(event)


class KpiStrip(QFrame):
    tileClicked = Signal(str)  # open | warning | critical | overdue | shuffled | ...

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("kpiStrip")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(12, 10, 12, 6)
        layout.setSpacing(10)
        self.tiles: dict[str, KpiTile] = {}
        self._figures: BoardFigures | None = None  # the last shown: re-said in a new language
        for kpi in KPIS:  # every tile filters the board (MainWindow._tile_clicked)
            tile = KpiTile(kpi.key, kpi.tone, True, self)
            tile.clicked.connect(self.tileClicked)
            layout.addWidget(tile, 1)
            self.tiles[kpi.key] = tile
        self.retranslate()

    def retranslate(self) -> None:
        titles = kpi_titles()
        tips = {
            "overdue_today": self.tr(
                "Deadlines due today (from midnight, center time) that were missed: still "
                "open past their due time, or met or ended after it. Compared with the "
                "whole of yesterday. Click to show those tickets still open."
            ),
            "escalations": self.tr("Escalations still open. Click to show escalated tickets."),
            "proposals": self.tr("Steps the escalation ladder proposes (urge, escalate, rule). "
                                 "Click to show the To act queue."),
            "shuffled": self.tr("Returned twice or more, sent to three or more units, or sent "
                                "back to a unit that returned it (推诿扯皮)"),
        }  # fmt: skip
        for key, tile in self.tiles.items():
            tile.title.setText(titles[key])
            tile.setToolTip(tips.get(key, ""))
        if self._figures is not None:  # "▲ 2 · 昨日 39" in the new words, not at the next change
            self.set_figures(self._figures)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def set_counts(self, counts: BoardCounts | None) -> None:
        """The board's counts; None while the board has not been read yet."""
        for key in BOARD_TILES:
            self.tiles[key].set_value(None if counts is None else getattr(counts, key))

    def set_escalations(self, count: int) -> None:
        """Open escalations, counted at every change of the database (live)."""
        self.tiles["escalations"].set_value(count)

    def set_proposals(self, count: int | None) -> None:
        """Open proposals of the escalation ladder; None until first computed."""
        self.tiles["proposals"].set_value(count)

    def set_active(self, key: str) -> None:
        """Mark the tile whose filter is in force ("" for none)."""
        for name, tile in self.tiles.items():
            tile.set_active(name == key)

    def active(self) -> str:
        return next((k for k, t in self.tiles.items() if t.active), "")

    def set_figures(self, figures: BoardFigures | None) -> None:
        """Figures read from the database; None until they have been (loading)."""
        self._figures = figures
        if figures is None:
            for key in ("escalations", "overdue_today"):
                self.tiles[key].set_value(None)
            return
        self.tiles["escalations"].set_value(figures.escalations_open)
        today, before = figures.overdue_today, figures.overdue_yesterday
        self.tiles["overdue_today"].set_value(today, self.against_yesterday(today, before))

    def against_yesterday(self, today: int, before: int) -> str:
        """ "yesterday 39", after "▲ 2 ·" where today differs: the arrow is the change,
        not yesterday's figure ("昨日 ▲ 39" read as "yesterday up 39")."""
        yesterday = fill(self.tr("yesterday %1"), f"{before:,}")
        if today == before:
            return yesterday
        arrow = "▲" if today > before else "▼"
        return f"{arrow} {abs(today - before):,} · {yesterday}"
