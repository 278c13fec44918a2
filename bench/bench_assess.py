"""Benchmark: ``assess`` and the bulletin PDF over a period of a Beijing-size center.

    python bench/bench_assess.py [--days 30] [--per-day 30000] [--seed 7] [--db URL]

1. The simulator's city, ``--per-day`` tickets a day for ``--days`` days (Beijing's 12345
   takes about 30,000 a day: a month is some 900,000 tickets and 6 million events), is
   imported into a fresh database (SQLite in a temporary folder, or a fresh schema of
   the PostgreSQL server ``--db`` names).
2. ``assess`` over the whole period: wall time (target under 10 s for a month).
3. ``bulletin`` over the same period as PDF (figures, chart, A4 pages): wall time
   (target under 15 s).
Generating and importing a month takes long on a small machine; ``--days`` measures a
shorter period of the same center honestly (the figures say which).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
import time
import uuid
from datetime import date, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from sqlalchemy import create_engine, func, select, text  # noqa: E402

from console.assessment import Period, assess  # noqa: E402
from console.bulletin import gather, write_bulletin  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import generate_events  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.tables import TICKET_EVENTS, TICKETS  # noqa: E402
from widgets.bulletin_chart import render_overdue_chart  # noqa: E402
from widgets.pdf_render import write_pdf  # noqa: E402

START = date(2025, 3, 3)


def fresh_url(asked: str | None, folder: Path) -> tuple[str, str | None]:
    """A URL of an empty database, and the PostgreSQL schema made for it (dropped after)."""
    if not asked:
        return f"sqlite:///{folder / 'bench.db'}", None
    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(asked)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    admin.dispose()
    sep = "&" if "?" in asked else "?"
    return f"{asked}{sep}options=-csearch_path%3D{schema}", schema


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--days", type=int, default=30)
    parser.add_argument("--per-day", type=int, default=30_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="a PostgreSQL URL (default: SQLite in a temp folder)")
    args = parser.parse_args()
    policy = load_policy("haikou")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        url, schema = fresh_url(args.db, folder)
        engine = make_engine(url)
        try:
            began = time.perf_counter()
            result = Importer(engine, policy).import_events(
                generate_events(args.days, args.per_day, args.seed, START)
            )
            imported = time.perf_counter() - began
            with engine.connect() as conn:
                tickets = conn.execute(select(func.count()).select_from(TICKETS)).scalar_one()
                events = conn.execute(select(func.count()).select_from(TICKET_EVENTS)).scalar_one()
            print(
                f"database: {engine.dialect.name}; {args.days} days × {args.per_day:,} a day:"
                f" {tickets:,} tickets, {events:,} events (rejected {result.rejected})"
            )
            print(f"simulate + import: {imported:.1f} s")  # fmt: skip
            period = Period(START, START + timedelta(days=args.days))
            end = datetime.combine(period.end, clock_time(), tzinfo=policy.tz)
            now = end + timedelta(hours=12)
            began = time.perf_counter()
            a = assess(engine, policy, period, now=now)
            took = time.perf_counter() - began
            print(f"assess {period.first} – {period.end}: {took:.2f} s, {len(a.units)} units,"
                  f" {a.center.dispatched:,} dispatched, {a.center.closed:,} closed,"
                  f" {a.center.rated:,} rated (target < 10 s for a month)")  # fmt: skip
            out = folder / "bulletin.pdf"
            began = time.perf_counter()
            b = gather(engine, policy, period, now=now)
            write_bulletin(b, out, "zh_CN", pdf_writer=write_pdf, chart=render_overdue_chart)
            took = time.perf_counter() - began
            print(f"bulletin PDF: {took:.2f} s, {out.stat().st_size / 1024:.0f} KiB"
                  " (target < 15 s for a month)")  # fmt: skip
        finally:
            engine.dispose()
            if schema and args.db:
                admin = create_engine(args.db)
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()


if __name__ == "__main__":
    main()
