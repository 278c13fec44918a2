"""Sound for critical and overdue notifications (on by default; mute and volume in the
settings).

Played with Qt Multimedia's ``QSoundEffect`` (PySide6-Addons), loaded only when a sound
is first needed. A machine without Qt Multimedia's libraries or without an audio output
plays nothing and says so once in the log: the console never fails for want of sound.
"""

from __future__ import annotations

import logging
from collections.abc import Generator
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
        self._found: tuple[bool, str | None] | None = None  # the probe's, and why not

    def prepare(self) -> None:
        """Probe ahead, at an idle moment: loading Qt Multimedia and asking for the audio
        outputs took 20-55 ms of the UI thread in the first ring's turn (amid an import's
        notifications). Said in the log only when a sound is first needed, as before."""
        for _ in self.preparing():
            pass

    def preparing(self) -> Generator[None, None, None]:
        """:meth:`prepare` in two steps, for two event-loop turns: loading Qt Multimedia,
        then asking for the audio outputs (~15 ms of CPU each; in one turn after the
        notification center's first load, 30 ms of CPU, 110 ms on a busy machine)."""
        if self._found is not None:
            return
        try:
            from PySide6.QtMultimedia import QMediaDevices
        except ImportError as exc:  # PySide6-Addons or its system libraries missing
            self._found = False, f"Qt Multimedia cannot be loaded ({exc})"
            return
        yield
        if self._found is None:
            outputs = QMediaDevices.audioOutputs()
            self._found = (True, None) if outputs else (False, "this machine has no audio output")

    def usable(self) -> bool:
        if self._usable is None:
            self.prepare()
            assert self._found is not None
            self._usable, why = self._found
            if why:
                log.warning("no sound: %s", why)
        return self._usable

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

    def prepare(self) -> None:
        """Ready the player ahead of the first sound (when it can ready itself), unless
        muted: muted, Qt Multimedia stays unloaded."""
        for _ in self.preparing():
            pass

    def preparing(self) -> Generator[None, None, None]:
        """:meth:`prepare` a step at a time (a player that readies itself in steps)."""
        if not (self.enabled and self.volume > 0):
            return
        steps = getattr(self.player, "preparing", None)
        if steps is not None:
            yield from steps()
            return
        prepare = getattr(self.player, "prepare", None)
        if prepare is not None:
            prepare()

    def ring(self, sound: str | None) -> bool:
        """Play the sound for ``sound`` ("critical" or "overdue"); True when played."""
        if not sound or not self.enabled or self.volume <= 0 or sound not in LEVEL_SOUNDS:
            return False
        return self.player.play(LEVEL_SOUNDS[sound], self.volume / 100)
