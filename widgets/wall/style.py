"""The wall's look: the dark palette (a room with the lights on still reads it), sizes
at 1920×1080 multiplied by the screen's scale, filled into ``resources/styles/wall.qss``.
Text is never under 28 px at 1080p; key numbers 128 px (96 pt)."""

from __future__ import annotations

from dataclasses import asdict

from PySide6.QtCore import QSize
from PySide6.QtGui import QFont

from widgets.theme import DARK, STYLES, Palette

PAL: Palette = DARK
BASE_SIZE = QSize(1920, 1080)
SIZES = {
    "text_px": 28, "heading_px": 32, "title_px": 40, "value_px": 128, "line_px": 2,
    "radius_px": 12, "band_px": 12, "pad_px": 14,
}  # fmt: skip
ROW_PX = 64  # a painted row of the urgent list
TEXT_MIN_PX = 28  # the least text size at 1080p (a long title shrinks to it, then elides)
COUNTDOWN_PX = 40


def scale_for(size: QSize) -> float:
    """1.0 at 1920×1080, 2.0 at 3840×2160; never under 0.5 (a window being resized)."""
    return max(0.5, min(size.width() / BASE_SIZE.width(), size.height() / BASE_SIZE.height()))


def px(base: int, scale: float) -> int:
    return max(1, round(base * scale))


def wall_style(scale: float) -> str:
    template = (STYLES / "wall.qss").read_text(encoding="utf-8")
    sizes = {key: px(value, scale) for key, value in SIZES.items()}
    return template.format(**{**asdict(PAL), **sizes})  # the wall's sizes over the desk's


def font(base: QFont, size: int, scale: float, *, bold: bool = False) -> QFont:
    """A painted font: ``size`` px at 1080p, scaled; tabular digits so numbers hold still."""
    f = QFont(base)
    f.setPixelSize(px(size, scale))
    if bold:
        f.setWeight(QFont.Weight.Bold)
    f.setFeature(QFont.Tag("tnum"), 1)
    return f
