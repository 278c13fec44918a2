"""Which wall page is up and for how long, read off the console's clock.

Plain Python, no timers: the page shown is a function of the time (``interval`` seconds
each, in order, from ``start``), so every tick asks "which page now?" and a fake clock
in a test moves the wall exactly.
"""

from __future__ import annotations

import math
from collections.abc import Sequence

MIN_INTERVAL = 5.0


class Rotation:
    def __init__(self, pages: Sequence[str], interval: float, start: float) -> None:
        if not pages:
            raise ValueError("a rotation needs at least one page")
        self.pages = tuple(pages)
        self.interval = max(float(interval), MIN_INTERVAL)
        self.start = start

    def index_at(self, now: float) -> int:
        return int(math.floor(max(now - self.start, 0.0) / self.interval)) % len(self.pages)

    def page_at(self, now: float) -> str:
        return self.pages[self.index_at(now)]

    def left_at(self, now: float) -> int:
        """Whole seconds until the next page (rounded up: "1 s" until it turns)."""
        if len(self.pages) == 1:
            return 0
        into = max(now - self.start, 0.0) % self.interval
        return max(math.ceil(self.interval - into), 1)

    def show(self, index: int, now: float) -> None:
        """Go to page ``index`` now, for a whole interval; the rotation goes on from it."""
        self.start = now - (index % len(self.pages)) * self.interval
