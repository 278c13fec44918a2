"""How late a timer on the UI thread fires while a worker thread runs Python, at Python's
5 ms switch interval and at the console's (``widgets.SWITCH_S``), in turns.

    python bench/gil_wait.py [--seconds 4] [--rounds 3]

A 4 ms precise timer on a Qt event loop beside a thread building small dicts (as the
notification sweep and the board's readers do): each time the timer is due, the UI thread
waits for the interpreter's lock until the worker lets go of it - up to the switch
interval. Prints the lateness percentiles for each interval.
"""

from __future__ import annotations

import argparse
import sys
import threading
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QTimer

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from widgets import SWITCH_S  # noqa: E402 - also sets it; set again per round below

PERIOD_S = 0.004


def round_of(app: QCoreApplication, switch_s: float, seconds: float) -> list[float]:
    sys.setswitchinterval(switch_s)
    stop = threading.Event()

    def worker() -> None:
        while not stop.is_set():
            made = {}
            for i in range(2000):
                made[i] = (i, str(i))

    late: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        late.append(now - last[0] - PERIOD_S)
        last[0] = now

    timer = QTimer()
    timer.setTimerType(Qt.TimerType.PreciseTimer)
    timer.setInterval(int(PERIOD_S * 1000))
    timer.timeout.connect(beat)
    timer.start()
    thread = threading.Thread(target=worker)
    thread.start()
    QTimer.singleShot(int(seconds * 1000), app.quit)
    app.exec()
    stop.set()
    thread.join()
    timer.stop()
    return late[1:]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=float, default=4.0)
    parser.add_argument("--rounds", type=int, default=3)
    args = parser.parse_args()
    app = QCoreApplication(sys.argv[:1])
    found: dict[float, list[float]] = {}
    for _ in range(args.rounds):
        for switch_s in (0.005, SWITCH_S):
            found.setdefault(switch_s, []).extend(round_of(app, switch_s, args.seconds))
    for switch_s, late in found.items():
        late.sort()
        n = len(late)
        p50, p90, p99 = (late[int(n * q)] * 1000 for q in (0.5, 0.9, 0.99))
        print(f"switch interval {switch_s * 1000:.0f} ms: a 4 ms timer late by p50 {p50:.1f}, "
              f"p90 {p90:.1f}, p99 {p99:.1f} ms ({n} beats)")  # fmt: skip


if __name__ == "__main__":
    main()
