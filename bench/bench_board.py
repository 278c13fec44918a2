"""Benchmark: the live board at 100,000 open tickets (and at 1,000, in the same run).

    python bench/bench_board.py [--big 100000] [--small 1000] [--ticks 120]

Prints, for a 1920×1080 window on Qt's offscreen platform:
- start to the first painted board (engine, window, worker read of every open ticket,
  model, first paint);
- one tick — the 1 Hz countdown refresh, painting of the changed cells included — as the
  median over ``--ticks`` ticks, with the board's delegate and with a stock QTableView
  (default delegate) doing the same refresh, at both sizes, and the big/small ratio;
- applying 100 changed tickets (and, for reference, 100 new ones) on the UI thread;
- the process's resident memory with the big board open.

The databases are generated once (Importer, a fast in-memory feed) and kept in the temp
folder; delete ``hotline-bench-*.db`` there to make new ones. Targets: tick < 2 ms and
big/small < 1.5, first paint < 3 s, 100 changed tickets < 5 ms, memory < 600 MB.
"""

from __future__ import annotations

import argparse
import os
import random
import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import replace
from datetime import datetime, timedelta
from functools import partial
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="hotline-bench-cfg-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp)  # never the user's own settings

from PySide6.QtCore import QEvent, QEventLoop, QObject, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QHeaderView, QTableView  # noqa: E402

import widgets  # noqa: E402,F401 - the Signal.emit work-around
from console.board import BoardDeadline, BoardDelta  # noqa: E402
from console.clock import FakeClock  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from db.engine import make_engine  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402

NOW = datetime.fromisoformat("2024-10-09T15:20:00+08:00")
POLICY = load_policy("haikou")
CATEGORIES = ("consultation", "suggestion", "complaint", "help", "report", "other")


def feed(n: int, seed: int = 7) -> Iterator[dict[str, Any]]:
    """``n`` open tickets accepted over the last 46 hours; most dispatched, some signed."""
    rng = random.Random(seed)
    for i in range(n):
        number = f"BJ{i:07}"
        accepted = NOW - timedelta(seconds=rng.uniform(60, 46 * 3600))
        at = accepted.isoformat()
        yield {"event": "created", "ticket": number, "at": at,
               "category": rng.choice(CATEGORIES), "urgent": rng.random() < 0.1,
               "title": f"市民反映第{i}号问题",
               "district": rng.choice(("东城区", "西城区", "朝阳区")),
               "address": f"某街道{i}号"}  # fmt: skip
        if rng.random() < 0.9:
            sent = accepted + timedelta(minutes=rng.uniform(1, 20))
            if sent < NOW:
                unit = f"U{rng.randrange(60):02}"
                yield {"event": "dispatched", "ticket": number, "at": sent.isoformat(),
                       "unit": unit, "unit_name": f"第{unit}承办单位"}  # fmt: skip
                signed = sent + timedelta(minutes=rng.uniform(2, 40))
                if signed < NOW and rng.random() < 0.85:
                    yield {"event": "signed", "ticket": number, "at": signed.isoformat(),
                           "unit": unit}  # fmt: skip


def database(n: int) -> str:
    path = Path(tempfile.gettempdir()) / f"hotline-bench-{n}.db"
    if not path.exists():
        started = time.perf_counter()
        engine = make_engine(f"sqlite:///{path}.part")
        Importer(engine, POLICY, batch_size=20_000).import_events(feed(n))
        engine.dispose()
        Path(f"{path}.part").rename(path)
        print(f"  (generated {n:,} open tickets in {time.perf_counter() - started:.1f} s)")
    return f"sqlite:///{path}"


class PaintCounter(QObject):
    def __init__(self) -> None:
        super().__init__()
        self.paints = 0

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            self.paints += 1
        return False


def median_ms(samples: list[float]) -> float:
    return statistics.median(samples) * 1000


def timed(app: QApplication, action: Callable[[], object]) -> float:
    """Seconds for ``action`` and the paint it causes (events processed until idle)."""
    started = time.perf_counter()
    action()
    app.processEvents()
    return time.perf_counter() - started


def open_board(app: QApplication, n: int, clock: FakeClock) -> tuple[MainWindow, float]:
    url = database(n)
    started = time.perf_counter()
    engine = make_engine(url)
    window = MainWindow(engine=engine, policy=POLICY, clock=clock,
                        settings=AppSettings(_tmp / f"{n}.ini"), supervisor="bench")  # fmt: skip
    window.resize(1920, 1080)
    window.show()
    window.start()
    counter = PaintCounter()
    window.view.viewport().installEventFilter(counter)
    # count only the paints after the rows arrived (the empty board paints first)
    window.board.rowsInserted.connect(lambda *_: setattr(counter, "paints", 0))
    loop = QEventLoop()
    check = QTimer(interval=5)  # wait in the event loop, as the console does (no busy loop)
    check.timeout.connect(
        lambda: (
            loop.quit()
            if window.board.loaded and counter.paints and window.board.rowCount() == n
            else None
        )
    )
    check.start()
    loop.exec()
    check.stop()
    first_paint = time.perf_counter() - started
    window.view.viewport().removeEventFilter(counter)
    return window, first_paint


def ticks(app: QApplication, window: MainWindow, clock: FakeClock, count: int) -> list[float]:
    window.view.stop_timers()  # we tick by hand
    window.live.timer.stop()
    samples = []
    for _ in range(count):
        clock.advance(1)
        samples.append(timed(app, window.view.tick))
    return samples


def stock_ticks(app: QApplication, window: MainWindow, clock: FakeClock, count: int) -> list[float]:
    """The same refresh through a stock QTableView with the default delegate."""
    view = QTableView()
    view.setModel(window.proxy)
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(window.view.verticalHeader().defaultSectionSize())
    view.verticalHeader().hide()
    view.resize(window.view.size())
    window.view.hide()  # one board on screen at a time
    view.show()
    app.processEvents()
    board, proxy = window.board, window.proxy
    samples = []

    def tick() -> None:
        board.tick(clock.now().timestamp())
        first = max(view.rowAt(0), 0)
        last = view.rowAt(view.viewport().height() - 1)
        last = proxy.rowCount() - 1 if last < 0 else last
        for a, b in proxy.source_runs(first, last):
            board.refresh_countdowns(a, b)

    for _ in range(count):
        clock.advance(1)
        samples.append(timed(app, tick))
    view.close()
    window.view.show()
    app.processEvents()
    return samples


def changed_tickets(window: MainWindow, count: int, rng: random.Random) -> BoardDelta:
    """``count`` existing tickets, each with its next deadline moved (a sign met, say)."""
    picked = rng.sample(window.board.numbers(), count)
    upserts = []
    for number in picked:
        t = window.board.ticket_at(window.board.row_of(number) or 0)
        due = t.due + 3600 if t.due != float("inf") else NOW.timestamp() + 3600
        dl = BoardDeadline("reply", None, due, due - 1800, due - 600)
        upserts.append(replace(t, deadlines=(dl,), transfers=t.transfers + 1))
    return BoardDelta(window.board.rowCount(), upserts)


def new_tickets(window: MainWindow, count: int) -> BoardDelta:
    t = window.board.ticket_at(0)
    return BoardDelta(
        0, [replace(t, number=f"NEW{i:05}", title=f"新工单{i}") for i in range(count)]
    )


def rss_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return float("nan")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--big", type=int, default=100_000)
    parser.add_argument("--small", type=int, default=1_000)
    parser.add_argument("--ticks", type=int, default=120)
    args = parser.parse_args()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    apply_theme(app, "light")
    rng = random.Random(3)
    results: dict[int, dict[str, Any]] = {}
    for n in (args.small, args.big):
        print(f"board of {n:,} open tickets:")
        clock = FakeClock(NOW)
        window, first_paint = open_board(app, n, clock)
        r: dict[str, Any] = {"first_paint": first_paint}
        r["tick"] = median_ms(ticks(app, window, clock, args.ticks))
        r["stock"] = median_ms(stock_ticks(app, window, clock, args.ticks))
        deltas = [changed_tickets(window, 100, rng) for _ in range(15)]
        r["changed"] = median_ms([timed(app, partial(window.apply_delta, d)) for d in deltas])
        misplaced = window.board.misplaced
        r["settle"] = timed(app, window.view.settle) * 1000
        r["settled"] = misplaced - window.board.misplaced
        r["new"] = timed(app, partial(window.apply_delta, new_tickets(window, 100))) * 1000
        r["rss"] = rss_mb()
        shown = window.view.visible_rows()
        r["visible"] = (shown[1] - shown[0] + 1) if shown else 0
        results[n] = r
        for key, label, unit in (
            ("first_paint", "start to first painted board", "s"),
            ("tick", "one tick (median), board delegate", "ms"),
            ("stock", "one tick (median), stock QTableView", "ms"),
            ("changed", "apply 100 changed tickets (median)", "ms"),
            ("settle", f"settle {r['settled']} moved rows (one pass)", "ms"),
            ("new", "apply 100 new tickets", "ms"),
            ("rss", "resident memory", "MB"),
        ):
            print(f"  {label:<42} {r[key]:9.2f} {unit}")
        print(f"  {'rows painted per tick':<42} {r['visible']:9d}")
        window.close()
        window.engine.dispose()
        app.processEvents()
    small, big = results[args.small], results[args.big]
    print(f"tick at {args.big:,} / tick at {args.small:,}: {big['tick'] / small['tick']:.2f}×"
          f"   (stock QTableView: {big['stock'] / small['stock']:.2f}×)")  # fmt: skip


if __name__ == "__main__":
    main()
