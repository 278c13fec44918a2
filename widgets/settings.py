"""The console's settings in a QSettings INI file, checked against ``console.settings``.

The file sits in the user's config folder (``XDG_CONFIG_HOME`` on Linux), read when the
settings object is made, so tests that point that folder elsewhere are isolated.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any

import platformdirs
from PySide6.QtCore import QByteArray, QObject, QSettings, Signal

from console.settings import SETTINGS, VERSION, upgrade
from db.engine import APP_NAME

log = logging.getLogger(__name__)


def settings_path() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / "console.ini"


class AppSettings(QObject):
    changed = Signal(str)  # the key that changed

    def __init__(self, path: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.path = path or settings_path()
        self.path.parent.mkdir(parents=True, exist_ok=True)
        self.q = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        version = int(str(self.q.value("version", 0) or 0))
        if version >= VERSION:
            return
        values = {k: self.q.value(k) for k in self.q.allKeys()}
        for key, value in upgrade(values, version).items():
            self.q.setValue(key, value)
        log.info("settings upgraded from version %d to %d", version, VERSION)

    def get(self, key: str) -> Any:
        raw = self.q.value(key)
        if isinstance(raw, QByteArray):
            raw = raw.data()
        return SETTINGS[key].coerce(raw)

    def set(self, key: str, value: Any) -> None:
        SETTINGS[key]  # noqa: B018 - an undeclared key is a programming error
        if isinstance(value, QByteArray):
            value = value.data()
        if self.get(key) == value:
            return
        self.q.setValue(key, QByteArray(value) if isinstance(value, bytes) else value)
        self.changed.emit(key)

    def sync(self) -> None:
        self.q.sync()
