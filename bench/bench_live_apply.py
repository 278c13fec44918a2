"""The UI thread's CPU time for live changes onto the big board, the notification center
loaded first and the machine's other work let settle (bench_board.py measures these
while the center may still be loading): 100 new tickets, 100 changed tickets, repeated.

    HOTLINE_BENCH_TAG=_me QT_QPA_PLATFORM=offscreen python bench/bench_live_apply.py [--open N]
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import time
from collections.abc import Callable
from functools import partial

sys.path.insert(0, os.path.dirname(os.path.dirname(os.path.abspath(__file__))))

from PySide6.QtWidgets import QApplication  # noqa: E402

import bench.bench_board as bb  # noqa: E402
from console.clock import FakeClock  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402


def timed(apply: Callable[[], object]) -> tuple[float, float]:
    """UI thread CPU and wall milliseconds for ``apply`` itself (one event-loop turn; not
    the paint, nor the settling of moved rows that timers do in the turns after)."""
    bb.idle(300)  # the settling of the last change's moved rows is over
    wall, cpu = time.perf_counter(), time.thread_time()
    apply()
    return (time.thread_time() - cpu) * 1000, (time.perf_counter() - wall) * 1000


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--open", type=int, default=100_000)
    parser.add_argument("--runs", type=int, default=12)
    args = parser.parse_args()
    app = QApplication(sys.argv[:1])
    apply_theme(app, "light")
    bb.TURNS = bb.Turns()
    window, _ = bb.open_board(bb.database("sqlite", args.open), args.open, FakeClock(bb.NOW))
    bb.wait(lambda: window.notices.loaded, timeout=300)
    bb.idle(2000)
    live, rng = window.live, random.Random(3)
    for label, make in (
        ("100 new tickets", lambda i: bb.new_tickets(window, 100, f"NEW{i}")),
        ("100 changed tickets", lambda i: bb.changed_tickets(window, 100, rng)),
    ):
        deltas = [make(i) for i in range(args.runs)]
        runs = [timed(partial(live.apply, d)) for d in deltas]
        cpu, wall = (statistics.median(r[k] for r in runs) for k in (0, 1))
        print(f"{label}: UI thread CPU median {cpu:.2f} ms, wall median {wall:.2f} ms "
              f"({args.runs} runs, load {os.getloadavg()[0]:.1f})")  # fmt: skip
    window.close()


if __name__ == "__main__":
    main()
