"""Benchmark: feed import speed against a plain sqlite3 executemany of the same rows.

    python bench/bench_import.py [--events 1000000] [--per-day 10000] [--seed 7]

1. The simulator writes a feed of N events (about 5 events a ticket).
2. ``Importer.import_file`` imports it into a fresh SQLite database: events per second.
3. The rows that import stored (tickets, deadlines, events, units) are read back and
   inserted with a plain ``sqlite3`` ``executemany`` into the same tables of another fresh
   database, in the same run: the raw rate, N events over that time.
Target: our rate is at least 0.3 of the raw rate. The machine is shared and noisy, so
the ratio of the two, measured minutes apart in one run, is the figure that counts.
"""

from __future__ import annotations

import argparse
import sqlite3
import sys
import tempfile
import time
from itertools import islice
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import generate_events, write_events  # noqa: E402
from db.engine import make_engine  # noqa: E402

TABLES = ("units", "policies", "tickets", "deadlines", "ticket_events")


def raw_copy(source: Path, target: Path) -> tuple[float, dict[str, int], float]:
    """Insert every row of ``source`` into the (empty, migrated) ``target`` with plain
    sqlite3 executemany; returns the seconds the inserts took, the row counts and the
    CPU seconds they took (SQLite's work is this process's)."""
    src = sqlite3.connect(source)
    tables = {t: src.execute(f"SELECT * FROM {t}").fetchall() for t in TABLES}
    cols = {t: [r[1] for r in src.execute(f"PRAGMA table_info({t})")] for t in TABLES}
    src.close()
    dst = sqlite3.connect(target)
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL"):
        dst.execute(f"PRAGMA {pragma}")
    cpu = time.process_time()
    began = time.perf_counter()
    for table in TABLES:
        marks = ", ".join("?" for _ in cols[table])
        dst.executemany(f"INSERT INTO {table} VALUES ({marks})", tables[table])
    dst.commit()
    seconds = time.perf_counter() - began
    cpu = time.process_time() - cpu
    dst.close()
    return seconds, {t: len(rows) for t, rows in tables.items()}, cpu


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--events", type=int, default=1_000_000)
    parser.add_argument("--per-day", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    days = 8 * args.events // (args.per_day * 5) + 2
    with tempfile.TemporaryDirectory() as folder:
        feed = Path(folder) / "feed.jsonl"
        with feed.open("w", encoding="utf-8") as out:
            events = islice(generate_events(days, args.per_day, args.seed), args.events)
            written = write_events(out, events)
        ours_db = Path(folder) / "ours.db"
        engine = make_engine(f"sqlite:///{ours_db}")
        began = time.perf_counter()
        result = Importer(engine, load_policy("haikou")).import_file(feed)
        ours = time.perf_counter() - began
        engine.dispose()
        raw_db = Path(folder) / "raw.db"
        make_engine(f"sqlite:///{raw_db}").dispose()
        raw, counts, _ = raw_copy(ours_db, raw_db)
    print(f"events in feed:      {written:,}")
    print(f"imported / rejected: {result.imported:,} / {result.rejected:,}")
    print("rows written:        " + ", ".join(f"{t} {n:,}" for t, n in counts.items()))
    print(f"import:              {ours:8.2f} s  {written / ours:10,.0f} events/s")
    print(f"raw executemany:     {raw:8.2f} s  {written / raw:10,.0f} events/s")
    print(f"ratio (target ≥ 0.3): {raw / ours:.2f}")


if __name__ == "__main__":
    main()
