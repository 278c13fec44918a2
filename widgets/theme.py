"""Themes: one style-sheet template, filled from a light or a dark palette.

The board's delegate paints with the same palette (:func:`current`), so the table, the
KPI tiles and the wall display agree on what "critical" looks like.
"""

from __future__ import annotations

import logging
from dataclasses import asdict, dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QIcon, QPalette
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from console.paths import RESOURCES
from console.states import State

log = logging.getLogger(__name__)

STYLES = RESOURCES / "styles"
ICONS = RESOURCES / "icons"


@dataclass(frozen=True)
class Palette:
    name: str
    window: str
    surface: str
    field: str
    text: str
    muted: str
    border: str
    border_strong: str
    grid: str
    header: str
    hover: str
    alt_row: str
    selection: str
    selection_text: str
    accent: str
    accent_soft: str
    accent_strong: str
    accent_text: str
    banner: str
    banner_border: str
    banner_text: str
    ok: str
    warning: str
    critical: str
    overdue: str
    ok_soft: str
    warning_soft: str
    critical_soft: str
    overdue_soft: str
    on_overdue: str  # the number on the unread badges, a solid overdue fill
    check_off: str  # a disabled checked box's fill, under the white tick (not the accent)
    font_px: int = 13
    small_px: int = 11
    title_px: int = 16
    kpi_px: int = 24

    def state_color(self, state: State) -> QColor:
        return QColor(getattr(self, state.label if state is not State.OK else "ok"))

    def state_soft(self, state: State) -> QColor:
        return QColor(getattr(self, f"{state.label}_soft"))


LIGHT = Palette(
    name="light", window="#f3f5f8", surface="#ffffff", field="#ffffff", text="#1f2933",
    muted="#5f6a77", border="#dde3ea", border_strong="#c3ccd6", grid="#eef1f5",
    header="#f7f9fb", hover="#edf2f8", alt_row="#fafbfd", selection="#dbe8fb",
    selection_text="#10233f", accent="#1c5fb8", accent_soft="#e6effb", accent_strong="#174f9a",
    accent_text="#ffffff", banner="#fff3cd", banner_border="#f0d58a", banner_text="#6b4e00",
    ok="#267937", warning="#975e00", critical="#b33b0c", overdue="#b42525",
    ok_soft="#e6f4ea", warning_soft="#fff4dc", critical_soft="#ffe8d9", overdue_soft="#fde4e4",
    on_overdue="#ffffff", check_off="#5f6a77",
)  # fmt: skip

DARK = Palette(
    name="dark", window="#15191e", surface="#1d2228", field="#252b33", text="#e3e8ee",
    muted="#97a3b0", border="#2e3640", border_strong="#45505c", grid="#262d35",
    header="#222830", hover="#2a323c", alt_row="#20262d", selection="#23436e",
    selection_text="#ffffff", accent="#2f6fc4", accent_soft="#1f3350", accent_strong="#8fbaf2",
    accent_text="#ffffff", banner="#4a3b12", banner_border="#6b5418", banner_text="#ffe08a",
    ok="#51cf66", warning="#fcc419", critical="#ff922b", overdue="#ff6b6b",
    ok_soft="#1e3526", warning_soft="#3b3315", critical_soft="#3d2a17", overdue_soft="#431f22",
    on_overdue="#15191e", check_off="#45505c",
)  # fmt: skip

THEMES = {"light": LIGHT, "dark": DARK}

# Every pair of colours the console draws text of one on the other (foreground, backgrounds):
# each must reach WCAG AA's 4.5:1 in both themes (tests/test_theme.py computes them). State
# words, countdowns and tags sit on rows, alternate rows, hovered tiles and their own soft
# badge; a selected row paints its countdown in the selection's text colour. The unread
# badges (the bell's, the tray's) are a solid overdue fill: white on the dark theme's light
# red was 2.78:1, so their number is the window's near-black there.
STATE_NAMES = ("ok", "warning", "critical", "overdue")
TEXT_PAIRS: tuple[tuple[str, tuple[str, ...]], ...] = (
    *((s, ("surface", "alt_row", "hover", "window", f"{s}_soft")) for s in STATE_NAMES),
    ("text", ("surface", "alt_row", "hover", "window", "header", "field")),
    ("muted", ("surface", "alt_row", "hover", "window", "header", "field")),
    ("selection_text", ("selection",)),
    ("accent_text", ("accent",)),
    ("on_overdue", ("overdue",)),
    ("accent_strong", ("accent_soft",)),
    ("banner_text", ("banner", "banner_border")),  # the Details button's hover
)
AA_TEXT = 4.5


def luminance(color: str) -> float:
    """WCAG 2 relative luminance of ``#rrggbb``."""
    channels = (int(color.lstrip("#")[i : i + 2], 16) / 255 for i in (0, 2, 4))
    r, g, b = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4 for c in channels)
    return 0.2126 * r + 0.7152 * g + 0.0722 * b


def contrast(a: str, b: str) -> float:
    """WCAG 2 contrast ratio of two ``#rrggbb`` colours (1 to 21)."""
    high, low = sorted((luminance(a), luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


_current = LIGHT


def current() -> Palette:
    return _current


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints is not None and hints.colorScheme() == Qt.ColorScheme.Dark


def style_sheet(palette: Palette) -> str:
    template = (STYLES / "console.qss").read_text(encoding="utf-8")
    return template.format(**asdict(palette), icons=ICONS.as_posix())


def apply_theme(app: QApplication, name: str = "light") -> Palette:
    """Style the whole application; the delegates read :func:`current` when painting."""
    global _current
    _current = THEMES.get(name, LIGHT)
    app.setStyle("Fusion")  # the same look on every platform, and a cheap one to paint
    qp = app.palette()
    for role, value in (
        (QPalette.ColorRole.Window, _current.window),
        (QPalette.ColorRole.Base, _current.surface),
        (QPalette.ColorRole.AlternateBase, _current.alt_row),
        (QPalette.ColorRole.Text, _current.text),
        (QPalette.ColorRole.WindowText, _current.text),
        (QPalette.ColorRole.ButtonText, _current.text),
        (QPalette.ColorRole.Button, _current.field),
        (QPalette.ColorRole.Highlight, _current.selection),
        (QPalette.ColorRole.HighlightedText, _current.selection_text),
        (QPalette.ColorRole.PlaceholderText, _current.muted),
    ):
        qp.setColor(role, QColor(value))
    app.setPalette(qp)
    app.setStyleSheet(style_sheet(_current))
    log.info("theme %s", _current.name)
    return _current


def icon(name: str) -> QIcon:
    return QIcon(str(ICONS / f"{name}.svg"))


STATE_ICONS = {s: f"state-{s.label}" for s in State}


def named_label(name: str, text: str = "", parent: QWidget | None = None) -> QLabel:
    """A label the style sheet finds by its object name."""
    label = QLabel(text, parent)
    label.setObjectName(name)
    return label
