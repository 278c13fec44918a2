"""What every screenshot script shares: a throwaway data and settings folder (never the
user's own), a wait that lets Qt's event loop run, and a sound player that plays nothing.

Qt-only and side-effect free: a script calls ``private_folders`` itself, before it builds
anything that reads settings."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEventLoop, QTimer
from PySide6.QtGui import QPixmap


def private_folders(prefix: str = "hotline-shots-") -> Path:
    """A fresh folder for the data (databases) and the settings; returned."""
    tmp = Path(tempfile.mkdtemp(prefix=prefix))
    os.environ["XDG_CONFIG_HOME"] = str(tmp / "config")
    os.environ["XDG_DATA_HOME"] = str(tmp / "data")
    return tmp


def wait(app: QCoreApplication, ms: int, until: Callable[[], object] | None = None) -> None:
    """Run the event loop for up to ``ms`` milliseconds, or until ``until()`` holds."""
    loop = QEventLoop()
    for _ in range(ms // 20):
        if until is not None and until():
            break
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    app.processEvents()


class Quiet:
    """A sound player that plays nothing: screenshots are taken in silence."""

    def play(self, name: str, volume: float) -> bool:
        return True


def save(shot: QPixmap, path: Path | str) -> Path:
    """Write ``shot`` to ``path``, making its folder; a PNG that could not be written is an
    error (QPixmap.save only returns False, and the scripts printed paths never written)."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    if not shot.save(str(path)):
        raise OSError(f"could not write the screenshot {path}")
    return path
