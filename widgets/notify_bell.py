"""The status bar's bell: "Notifications" and, while the supervisor has unread ones, a
red badge with their number ("99+" above 99).

The number was drawn into the icon (the tray's 64-pixel badge): at the status bar's 16
pixels it came out as a red dot, and a supervisor looks there for how many.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QToolButton, QWidget

from widgets import theme

_GAP = 4  # between the text and the badge
_PAD = 5  # inside the badge, each side of the number


def badge_text(count: int) -> str:
    """What the badge says: nothing for none, the number, "99+" above 99."""
    if count <= 0:
        return ""
    return "99+" if count > 99 else str(count)


class NotificationBell(QToolButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notifyBell")
        self.setAutoRaise(True)
        self.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.setIcon(theme.icon("notify-bell"))
        self.count = 0
        self.badge = ""

    def set_count(self, count: int) -> None:
        if badge_text(count) != self.badge:
            self.badge = badge_text(count)
            self.updateGeometry()  # wider or narrower by the badge
            self.update()
        self.count = count

    def _badge_font(self) -> QFont:
        font = QFont(self.font())
        font.setBold(True)
        font.setPointSizeF(max(6.0, font.pointSizeF() * 0.85))
        return font

    def _badge_size(self) -> QSize:
        if not self.badge:
            return QSize(0, 0)
        fm = QFontMetrics(self._badge_font())
        height = fm.height() + 2
        return QSize(max(height, fm.horizontalAdvance(self.badge) + 2 * _PAD), height)

    def sizeHint(self) -> QSize:
        size = super().sizeHint()
        badge = self._badge_size()
        if badge.isEmpty():
            return size
        return QSize(size.width() + _GAP + badge.width(), max(size.height(), badge.height()))

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)  # the icon and text from the left, the badge right of them
        badge = self._badge_size()
        if badge.isEmpty():
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        rect = QRectF(
            self.width() - badge.width() - 1,
            (self.height() - badge.height()) / 2,
            badge.width(),
            badge.height(),
        )
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.current().overdue))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        painter.setFont(self._badge_font())
        painter.setPen(QColor(theme.current().on_overdue))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, self.badge)
        painter.end()
