"""Notification settings: sound on or off, its volume, how long toasts stay."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QPushButton,
    QSlider,
    QSpinBox,
    QWidget,
)

from widgets.alarm import Alarm
from widgets.dialog_buttons import answer_buttons
from widgets.settings import AppSettings


class NotificationSettings(QDialog):
    """Changes apply when OK is pressed; Test plays the overdue sound at the chosen volume."""

    def __init__(self, settings: AppSettings, alarm: Alarm, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("notificationSettings")
        self.settings, self.alarm = settings, alarm
        self.sound = QCheckBox(self)
        self.sound.setChecked(bool(settings.get("notify/sound")))
        self.volume = QSlider(Qt.Orientation.Horizontal, self)
        self.volume.setRange(0, 100)
        self.volume.setValue(int(settings.get("notify/volume")))
        self.test = QPushButton(self)
        self.seconds = QSpinBox(self)
        self.seconds.setRange(2, 60)
        self.seconds.setValue(int(settings.get("notify/toast_seconds")))
        row = QHBoxLayout()
        row.addWidget(self.volume, 1)
        row.addWidget(self.test)
        form = QFormLayout(self)
        self.form = form
        form.addRow(self.sound)
        self.volume_row = row
        form.addRow("", row)
        form.addRow("", self.seconds)
        buttons = answer_buttons(self)
        form.addRow(buttons)
        self.sound.toggled.connect(self.volume.setEnabled)
        self.volume.setEnabled(self.sound.isChecked())
        self.test.clicked.connect(self._test)
        self.accepted.connect(self._save)
        self.retranslate()

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Notification settings"))
        self.sound.setText(self.tr("Sound for critical and overdue notifications"))
        self.test.setText(self.tr("Test"))
        self.seconds.setSuffix(self.tr(" s"))
        label = self.form.labelForField(self.volume_row)
        if label is not None:
            label.setProperty("text", self.tr("Volume"))
        label = self.form.labelForField(self.seconds)
        if label is not None:
            label.setProperty("text", self.tr("Toasts stay for"))

    def _test(self) -> None:
        enabled, volume = self.alarm.enabled, self.alarm.volume
        self.alarm.enabled, self.alarm.volume = True, self.volume.value()
        try:
            self.alarm.ring("overdue")
        finally:
            self.alarm.enabled, self.alarm.volume = enabled, volume

    def _save(self) -> None:
        self.settings.set("notify/sound", self.sound.isChecked())
        self.settings.set("notify/volume", self.volume.value())
        self.settings.set("notify/toast_seconds", self.seconds.value())
