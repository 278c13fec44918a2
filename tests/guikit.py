"""What the GUI tests share besides fixtures: the fixed moment they run at, the policy,
a sound player that only records, and the offscreen platform's one harmless warning.
The fixtures themselves (``open_window``, ``clock``, ``no_dangling``, ``fast_retries``)
live in ``tests/conftest.py``."""

from __future__ import annotations

from datetime import datetime

import pytest

from console.policy import load_policy

# the offscreen platform says this once per top-level window; it is not our warning
OFFSCREEN_NOISE = pytest.mark.qt_log_ignore(r"This plugin does not support propagateSizeHints")
NOW = datetime.fromisoformat("2024-10-08T10:00:00+08:00")
POLICY = load_policy("haikou")


class RecordingPlayer:
    """A sound player that only writes down what it was asked to play."""

    def __init__(self) -> None:
        self.played: list[tuple[str, float]] = []
        self.prepared = 0  # times readied ahead of a sound

    def prepare(self) -> None:
        self.prepared += 1

    def play(self, name: str, volume: float) -> bool:
        self.played.append((name, volume))
        return True
