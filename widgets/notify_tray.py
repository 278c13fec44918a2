"""The system tray icon: the console's icon with the number of unacknowledged
notifications on it, and a menu (show the console, the notification center, mute)."""

from __future__ import annotations

from PySide6.QtCore import QObject, QRectF, Qt, Signal
from PySide6.QtGui import QAction, QColor, QFont, QIcon, QPainter, QPixmap
from PySide6.QtWidgets import QMenu, QSystemTrayIcon

from widgets import theme
from widgets.labels import fill

SIZE = 64


def badge_icon(count: int) -> QIcon:
    """The app icon with a red badge carrying ``count`` (99+ above 99)."""
    pixmap = QPixmap(SIZE, SIZE)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    theme.icon("app").paint(painter, 0, 0, SIZE, SIZE)
    if count > 0:
        text = "99+" if count > 99 else str(count)
        rect = QRectF(SIZE * 0.38, 0, SIZE * 0.62, SIZE * 0.46)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(theme.current().overdue))
        painter.drawRoundedRect(rect, rect.height() / 2, rect.height() / 2)
        font = QFont()
        font.setBold(True)
        font.setPixelSize(int(SIZE * (0.3 if len(text) < 3 else 0.22)))
        painter.setFont(font)
        painter.setPen(QColor(theme.current().on_overdue))
        painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, text)
    painter.end()
    return QIcon(pixmap)


class NotificationTray(QObject):
    showConsole = Signal()
    showCenter = Signal()
    muteToggled = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = 0
        self.icon = QSystemTrayIcon(self)
        self.menu = QMenu()  # a tray's menu has no parent widget
        self.menu.setObjectName("trayMenu")
        self.summary = QAction(self.menu)
        self.summary.setEnabled(False)
        self.show_console = QAction(self.menu)
        self.show_center = QAction(self.menu)
        self.mute = QAction(self.menu)
        self.mute.setCheckable(True)
        self.menu.addAction(self.summary)
        self.menu.addSeparator()
        self.menu.addAction(self.show_console)
        self.menu.addAction(self.show_center)
        self.menu.addSeparator()
        self.menu.addAction(self.mute)
        self.show_console.triggered.connect(self.showConsole)
        self.show_center.triggered.connect(self.showCenter)
        self.mute.toggled.connect(self.muteToggled)
        self.icon.setContextMenu(self.menu)
        self.icon.activated.connect(self._activated)
        self.retranslate()
        self.set_count(0)

    def start(self) -> None:
        """Show the icon where the desktop has a tray (nothing to show otherwise)."""
        if QSystemTrayIcon.isSystemTrayAvailable():
            self.icon.show()

    def stop(self) -> None:
        self.icon.hide()

    def retranslate(self) -> None:
        self.show_console.setText(self.tr("Show the console"))
        self.show_center.setText(self.tr("Notification center"))
        self.mute.setText(self.tr("Mute sounds"))
        self.set_count(self.count)

    def set_count(self, count: int) -> None:
        self.count = count
        self.icon.setIcon(badge_icon(count))
        if count:
            text = fill(self.tr("%1 unacknowledged notifications"), count)
        else:
            text = self.tr("No unacknowledged notifications")
        self.summary.setText(text)
        self.icon.setToolTip(f"12345 — {text}")

    def set_muted(self, muted: bool) -> None:
        self.mute.blockSignals(True)
        self.mute.setChecked(muted)
        self.mute.blockSignals(False)

    def _activated(self, reason: QSystemTrayIcon.ActivationReason) -> None:
        if reason in (
            QSystemTrayIcon.ActivationReason.Trigger,
            QSystemTrayIcon.ActivationReason.DoubleClick,
        ):
            self.showConsole.emit()
