"""Page 1: the headline figures as tiles, each against its target, in green, amber or red.

3 to 8 tiles (settings ``wall/tiles``), one or two rows. A figure not counted yet shows
"—", never 0: the board's until its first read, the database's until first counted.
"""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QFrame, QGridLayout, QVBoxLayout, QWidget

from console.kpi_targets import KpiTarget
from console.vocabulary import KPI_BY_KEY
from console.wall_figures import WallProposal
from widgets.kpi_strip import kpi_titles
from widgets.labels import fill
from widgets.theme import named_label
from widgets.wall.page import WallContext, WallPage
from widgets.wall.style import px

SOON_S = 30 * 60  # "due within 30 minutes"
NOT_YET = "—"  # a figure not counted yet (the bold digits' font has no "…")
# the main strip's tiles (console.vocabulary), and one the wall alone shows
KEYS = (*KPI_BY_KEY, "due_soon")
TILES = (
    "open",
    "overdue",
    "due_soon",
    "shuffled",
    "disputed",
    "escalations",
    "overdue_today",
    "proposals",
)


class WallTile(QFrame):
    def __init__(self, key: str, parent: QWidget) -> None:
        super().__init__(parent)
        self.key = key
        self.setObjectName("wallTile")
        self.setProperty("tone", "")
        self.title = named_label("tileTitle", "", self)
        self.value = named_label("tileValue", NOT_YET, self)
        self.note = named_label("tileNote", "", self)
        # To act's note counts each action: a second line, not a wider tile; the row's
        # notes take as many lines as its longest (KpiPage.even_rows), so the tiles of a
        # row keep their titles and numbers level
        self.note.setWordWrap(True)
        self.note.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.box = QVBoxLayout(self)
        self.box.addStretch(1)
        for w in (self.title, self.value, self.note):
            self.box.addWidget(w)
        self.box.addStretch(1)

    def show_value(self, value: int | None, target: KpiTarget | None, note: str) -> None:
        tone = "" if value is None or target is None else target.tone(value)
        text = NOT_YET if value is None else f"{value:,}"
        if self.value.text() != text:
            self.value.setText(text)
        if self.note.text() != note:
            self.note.setText(note)
        if self.property("tone") != tone:
            self.setProperty("tone", tone)
            self.style().unpolish(self)
            self.style().polish(self)
            for child in (self.title, self.value, self.note):
                self.style().unpolish(child)
                self.style().polish(child)


class KpiPage(WallPage):
    key = "kpi"

    def __init__(self, wall: WallContext, parent: QWidget | None = None) -> None:
        super().__init__(wall, parent)
        keys = [k for k in dict.fromkeys(wall.tiles) if k in KEYS][:8]
        if len(keys) < 3:  # 3 to 8 tiles: fewer is not a wall of figures
            keys = list(TILES)
        self.tiles = {key: WallTile(key, self) for key in keys}
        self.grid = QGridLayout(self)
        columns = len(keys) if len(keys) <= 4 else (len(keys) + 1) // 2
        for i, tile in enumerate(self.tiles.values()):
            self.grid.addWidget(tile, i // columns, i % columns)
        self.columns = columns
        self.values: dict[str, int | None] = dict.fromkeys(keys)
        self.rescale(wall.scale)

    def heading(self) -> str:
        return self.tr("Key figures")

    def ready(self) -> bool:
        return True  # each tile says for itself what is still being counted

    def retranslate(self) -> None:
        super().retranslate()
        titles = kpi_titles()
        titles["due_soon"] = self.tr("Due within 30 minutes")
        for key, tile in self.tiles.items():
            tile.title.setText(titles.get(key, key))

    def rescale(self, scale: float) -> None:
        gap = px(24, scale)
        self.grid.setSpacing(gap)
        self.grid.setContentsMargins(0, gap // 2, 0, 0)
        for tile in self.tiles.values():
            tile.box.setContentsMargins(px(36, scale), px(20, scale), px(28, scale), px(20, scale))

    def refresh(self, now: float) -> None:
        live = self.wall.live
        counts = live.model.tally.counts() if live.loaded else None
        figures = live.figures
        wall = self.wall.feed.figures  # the wall's own read: the ladder's proposals
        values: dict[str, int | None] = {
            key: getattr(counts, key) if counts else None
            for key in ("open", "warning", "critical", "overdue", "shuffled", "disputed")
        }
        values |= {
            "escalations": figures.escalations_open if figures else None,
            "overdue_today": figures.overdue_today if figures else None,
            "proposals": len(wall.proposals) if wall else None,
        }
        if "due_soon" in self.tiles:
            values["due_soon"] = self._due_soon(now) if live.loaded else None
        for key, tile in self.tiles.items():
            value = values.get(key)
            self.values[key] = value
            target = self.wall.targets.get(key)
            tile.show_value(value, target, self._note(key, value, target))
        self.even_rows()

    def even_rows(self) -> None:
        """Every note of a row as tall as the row's tallest: a note wrapping to a second
        line lifted its tile's title and number above the others' (the tiles centre
        their text)."""
        tiles = list(self.tiles.values())
        for first in range(0, len(tiles), self.columns):
            row = tiles[first : first + self.columns]
            tall = max(max(t.note.heightForWidth(t.note.width()), 0) for t in row)
            tall = max(tall, max(t.note.sizeHint().height() for t in row))
            for t in row:
                if t.note.height() != tall or t.note.minimumHeight() != tall:
                    t.note.setFixedHeight(tall)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.even_rows()  # the tiles' widths changed: their notes may wrap otherwise

    def _due_soon(self, now: float) -> int:
        until = now + SOON_S
        return sum(1 for t in self.wall.live.model.tickets() if now < t.due <= until)

    def _note(self, key: str, value: int | None, target: KpiTarget | None) -> str:
        if value is None:
            return self.tr("counting…")
        parts = []
        if target is not None:
            parts.append(fill(self.tr("target %1"), f"{target.target:,}"))
        figures = self.wall.live.figures
        if key == "overdue_today" and figures is not None:
            parts.append(fill(self.tr("yesterday %1"), f"{figures.overdue_yesterday:,}"))
        wall = self.wall.feed.figures
        if key == "proposals" and wall is not None and wall.proposals:
            parts.append(self._steps(wall.proposals))
        text = " · ".join(parts)
        note = self.tiles[key].note
        if len(parts) > 1 and note.fontMetrics().horizontalAdvance(text) > note.width():
            # too long for one line: broken between its parts, not inside one
            text = parts[0] + "\n" + " · ".join(parts[1:])
        return text

    def _steps(self, proposals: tuple[WallProposal, ...]) -> str:
        """How many of each proposed action: urge 12 · escalate 3 · rule 1."""
        words = {"urge": self.tr("urge %1"), "escalate": self.tr("escalate %1"),
                 "coordinate": self.tr("rule %1")}  # fmt: skip
        counts = Counter(p.action for p in proposals)
        return " · ".join(fill(words[a], f"{counts[a]:,}") for a in words if counts[a])

    def content_texts(self) -> list[str]:
        shown: list[str] = []
        for tile in self.tiles.values():
            shown += [tile.title.text(), tile.value.text(), tile.note.text()]
        return shown
