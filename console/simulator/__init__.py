"""A living city for the console: a simulated 12345 hotline that behaves like a real one.

``feed`` writes a JSON Lines event feed (spec/feed-and-report.md) for a span of days;
``live`` plays the same city into the database as time passes. Both are deterministic
from their seed. Pure Python: nothing here imports Qt.
"""

from __future__ import annotations

from console.simulator.feed import generate_events, write_events, write_feed
from console.simulator.live import LiveCity

__all__ = ["LiveCity", "generate_events", "write_events", "write_feed"]
