"""Soak: the wall display left running while a simulated city lives at high speed.

    python bench/bench_wall_soak.py [--hours 24] [--speed 1440] [--per-day 840]

The live simulator (console.simulator.LiveCity, a day of history first) imports into a
fresh SQLite database from a worker thread; the wall (1920×1080, Qt's offscreen
platform, every page turning each simulated hour) runs on the console's clock, which
here *is* the simulated time — so its countdowns, "today" and "this month" move with the
city. At ``--speed 1440`` a simulated day takes a minute of real time.

Prints the simulated hours covered, the tickets and events imported, the wall's ticks,
its resident memory after the first simulated hour and at the end (target: growth under
10 %), and the count of warnings logged by the console or by Qt (target: 0).
"""

from __future__ import annotations

import argparse
import gc
import logging
import os
import sys
import tempfile
import threading
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="hotline-soak-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")  # never the user's own settings

from PySide6.QtCore import QTimer, QtMsgType, qInstallMessageHandler  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import LiveCity  # noqa: E402
from db.engine import make_engine  # noqa: E402
from widgets.live_board import LiveBoard  # noqa: E402
from widgets.wall import WallWindow  # noqa: E402


class Warnings(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.seen: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.seen.append(f"{record.name}: {record.getMessage()}")


class SimulatedClock:
    """The console's clock for the soak: the city's simulated time."""

    def __init__(self, city: LiveCity) -> None:
        self.city = city

    def now(self) -> datetime:
        return self.city.simulated_now().astimezone(UTC)


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hours", type=float, default=24.0, help="simulated hours to run")
    parser.add_argument("--speed", type=float, default=1440.0, help="simulated s per real s")
    parser.add_argument("--per-day", type=int, default=840, help="tickets a simulated day")
    args = parser.parse_args()

    warnings = Warnings()
    logging.basicConfig(level=logging.INFO, handlers=[warnings])
    logging.getLogger("apscheduler").setLevel(logging.WARNING)

    def qt_message(kind: QtMsgType, _context: object, text: str) -> None:
        if kind != QtMsgType.QtDebugMsg and kind != QtMsgType.QtInfoMsg:
            warnings.seen.append(f"Qt: {text}")

    qInstallMessageHandler(qt_message)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    policy = load_policy("haikou")
    engine = make_engine(f"sqlite:///{_tmp / 'soak.db'}")
    importer = Importer(engine, policy)
    city = LiveCity(importer.import_events, seed=11, per_day=args.per_day, speed=args.speed)
    clock = SimulatedClock(city)
    live = LiveBoard(engine, policy, clock)  # type: ignore[arg-type]
    interval = 3600  # a page each simulated hour
    wall = WallWindow(live=live, interval=interval)
    wall.resize(1920, 1080)
    wall.show()

    running = threading.Event()
    running.set()

    def feed() -> None:  # the city on its own thread, as the demo's scheduler runs it
        while running.is_set():
            try:
                city.advance()
            except Exception:
                logging.getLogger("bench.soak").exception("the city could not import")
            time.sleep(0.5)

    feeder = threading.Thread(target=feed, name="city", daemon=True)
    started = city.simulated_now()
    figures: dict[str, float] = {}
    ticks = [0]
    live.ticked.connect(lambda _now: ticks.__setitem__(0, ticks[0] + 1))

    def check() -> None:
        hours = (city.simulated_now() - started).total_seconds() / 3600
        if "rss_start" not in figures and live.loaded and hours >= 1:
            gc.collect()
            figures["rss_start"] = rss_mb()
            figures["ticks_start"] = ticks[0]
        if hours >= args.hours:
            gc.collect()
            figures["rss_end"] = rss_mb()
            figures["hours"] = hours
            app.quit()

    watch = QTimer()
    watch.timeout.connect(check)
    real_start = time.monotonic()
    live.start()
    wall.start()
    feeder.start()
    watch.start(500)
    app.exec()
    watch.stop()
    running.clear()
    feeder.join()
    wall.close()
    live.stop()
    real = time.monotonic() - real_start
    open_now = live.model.rowCount()
    engine.dispose()

    growth = (figures["rss_end"] / figures["rss_start"] - 1) * 100
    print(f"simulated        {figures['hours']:.1f} h at {args.speed:g}× ({real:.0f} s real)")
    print(
        f"city             {city.emitted:,} events imported, {open_now:,} tickets open at the end"
    )
    print(f"wall ticks       {ticks[0]:,} (1 Hz), pages turning each simulated hour")
    print(f"resident memory  {figures['rss_start']:.1f} MB after the first simulated hour, "
          f"{figures['rss_end']:.1f} MB at the end: {growth:+.1f} % (target < 10 %)")  # fmt: skip
    print(f"warnings logged  {len(warnings.seen)} (target 0)")
    for line in warnings.seen[:10]:
        print(f"  {line}")


if __name__ == "__main__":
    main()
