"""Benchmark: how fast the simulator writes a feed (target: 1,000,000 events in < 60 s).

    python bench/bench_simulate.py [--events N] [--per-day M] [--seed S]

Generates at Haikou's 2017 scale (840 tickets a day) for as many days as it takes, writes
the first N events to a temporary file and prints events/s and total seconds.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from console.simulator import generate_events, write_events  # noqa: E402


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--per-day", type=int, default=840)
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    days = 10 * args.events // args.per_day + 2  # ≈ 7 events a ticket: more than enough
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "feed.jsonl"
        began = time.perf_counter()
        with path.open("w", encoding="utf-8") as out:
            written = write_events(
                out, islice(generate_events(days, args.per_day, args.seed), args.events)
            )
        seconds = time.perf_counter() - began
        size = os.path.getsize(path)
    print(f"events:     {written:,}")
    print(f"seconds:    {seconds:.1f}")
    print(f"events/s:   {written / seconds:,.0f}")
    print(f"file size:  {size / 1e6:.0f} MB")
    print(f"target:     < 60 s for 1,000,000 events ({'met' if seconds < 60 else 'MISSED'})")


if __name__ == "__main__":
    main()
