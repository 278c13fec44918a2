"""Sound for critical and overdue notifications (on by default; mute and volume in the
settings).

Played with Qt Multimedia's ``QSoundEffect`` (PySide6-Addons), loaded only when a sound
is first needed. A machine without Qt Multimedia's libraries or without an audio output
plays nothing and says so once in the log: the console never fails for want of sound.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import Any, Protocol

from PySide6.QtCore import QObject, QUrl

log = logging.getLogger(__name__)

SOUNDS = Path(__file__).resolve().parent.parent / "resources" / "sounds"
LEVEL_SOUNDS = {"critical": "critical", "overdue": "overdue"}


class SoundPlayer(Protocol):
    def play(self, name: str, volume: float) -> bool:
        """Play ``name`` at ``volume`` (0–1); False when nothing could be played."""
        ...


class QtSoundPlayer(QObject):
    """``QSoundEffect``s, one per sound, made on first use."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._effects: dict[str, Any] = {}
        self._usable: bool | None = None

    def usable(self) -> bool:
        if self._usable is None:
            self._usable = self._probe()
        return self._usable

    def _probe(self) -> bool:
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:  # PySide6-Addons or its system libraries missing
            log.warning("no sound: Qt Multimedia cannot be loaded (%s)", exc)
            return False
        if not QMediaDevices.audioOutputs():
            log.warning("no sound: this machine has no audio output")
            return False
        return True

    def play(self, name: str, volume: float) -> bool:
        if not self.usable():
            return False
        from PySide6.QtMultimedia import QSoundEffect

        effect = self._effects.get(name)
        if effect is None:
            effect = QSoundEffect(self)
            effect.setSource(QUrl.fromLocalFile(str(SOUNDS / f"{name}.wav")))
            self._effects[name] = effect
        effect.setVolume(max(0.0, min(1.0, volume)))
        effect.play()
        return True


class Alarm(QObject):
    """Decides whether a batch of new notifications makes a sound, and which."""

    def __init__(self, player: SoundPlayer | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.player: SoundPlayer = player if player is not None else QtSoundPlayer(self)
        self.enabled = True
        self.volume = 80  # percent

    def ring(self, sound: str | None) -> bool:
        """Play the sound for ``sound`` ("critical" or "overdue"); True when played."""
        if not sound or not self.enabled or self.volume <= 0 or sound not in LEVEL_SOUNDS:
            return False
        return self.player.play(LEVEL_SOUNDS[sound], self.volume / 100)
