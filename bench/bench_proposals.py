"""Benchmark: ``proposals`` (the escalation ladder, supervision.md §8) at 100,000 open
tickets — target under 1 s.

    python bench/bench_proposals.py [--open 100000] [--db URL] [--runs 5] [--quick]

Builds a database of open tickets through the importer, a large center's day: complaints
accepted over the 47 hours before T (their 48-hour reply still running), each dispatched
to one of 40 units and signed, except one in 30 left unsigned (overdue on its sign
deadline since it passed: urge), one in 50 returned and
re-dispatched three times (shuffled: rule), and one caller in 100 calling three times
(repeated). ``--worst``: every ticket overdue, shuffled or repeated (a center in
collapse), to see what the computation costs per proposal. Then times the ladder's
computation at T (``console.ladder.proposals``, what ``python main.py proposals`` runs)
and prints the median and best of the runs and how many proposals it found; then what the
console's To act queue computes after a write (``console.ladder_kept.KeptProposals``):
100 tickets written (new, urged, closed) and 3 seconds later the update that recomputes
only what moved, against the whole computation, checked equal to it. ``--quick``:
2,000 tickets, for a check that it runs. ``--db`` takes a PostgreSQL URL (a fresh schema
is made and dropped; with ``--keep NAME`` that schema is built once and kept); default an
SQLite file in a temporary folder.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import sys
import tempfile
import time
import uuid
from collections import Counter
from collections.abc import Iterator
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sqlalchemy import Engine, create_engine, text  # noqa: E402

from console import actions  # noqa: E402
from console.actions import ActionRefused  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.ladder import proposals, proposals_on  # noqa: E402
from console.ladder_kept import KeptProposals  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.staff import add_staff  # noqa: E402
from db.engine import make_engine  # noqa: E402

AT = datetime.fromisoformat("2025-03-12T12:00:00+08:00")
SPAN = timedelta(hours=47)
POLICY = load_policy("haikou")


def events(n: int, worst: bool = False) -> Iterator[dict[str, Any]]:
    span = timedelta(days=10) if worst else SPAN
    step = span / n
    unsigned, shuffled = (3, 20) if worst else (30, 50)
    for i in range(n):
        number = f"B{i:07d}"
        at = AT - span + step * i
        repeat = worst or i % 100 < 3  # three tickets of one caller
        phone = f"139{i // 3:08d}" if repeat else f"138{i:08d}"
        yield {"event": "created", "ticket": number, "at": at.isoformat(), "title": "路灯不亮",
               "category": "complaint", "district": "美兰区",
               "citizen": {"name": "王先生", "phone": phone}}  # fmt: skip
        unit = f"U{i % 40:02d}"
        t = at + timedelta(minutes=1)
        yield {"event": "dispatched", "ticket": number, "at": t.isoformat(), "unit": unit}
        if i % shuffled == 0:
            for k in range(3):
                t += timedelta(minutes=5)
                yield {"event": "returned", "ticket": number, "at": t.isoformat(),
                       "unit": f"U{(i + k) % 40:02d}", "reason": "other"}  # fmt: skip
                t += timedelta(minutes=1)
                yield {"event": "dispatched", "ticket": number, "at": t.isoformat(),
                       "unit": f"U{(i + k + 1) % 40:02d}"}  # fmt: skip
        if (i % unsigned == 0) != worst:  # worst: a third signed; else all but 1 in 30
            continue
        t += timedelta(minutes=10)
        yield {"event": "signed", "ticket": number, "at": t.isoformat(),
               "unit": f"U{(i + (3 if i % shuffled == 0 else 0)) % 40:02d}"}  # fmt: skip


def measure(engine: Engine, runs: int) -> tuple[list[float], list[float], int, Counter[str]]:
    walls, cpus, found = [], [], []
    for _ in range(runs):
        wall, cpu = time.perf_counter(), time.process_time()
        found = proposals(engine, POLICY, AT)
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, len(found), Counter(p.step for p in found)


def measure_kept(engine: Engine, runs: int) -> tuple[list[float], list[float], list[int]]:
    """CPU seconds of the whole computation and of an update after 100 tickets written,
    and how many tickets each update looked at; each update checked against a whole one."""
    kept = KeptProposals(POLICY)
    at = AT
    with engine.connect() as conn:
        kept.whole(conn, at)
    add_staff(engine, "bench", "supervisor", now=AT - timedelta(days=30))
    wholes, updates, looked = [], [], []
    for run in range(runs):
        at += timedelta(seconds=3)
        batch = []
        for i in range(40):  # new tickets of this moment
            number = f"N{run:02d}{i:03d}"
            batch.append({"event": "created", "ticket": number, "at": at.isoformat(),
                          "title": "井盖缺失", "category": "complaint"})  # fmt: skip
            batch.append({"event": "dispatched", "ticket": number, "at": at.isoformat(),
                          "unit": f"U{i % 40:02d}"})  # fmt: skip
        for i in range(40):  # and old ones closed
            batch.append({"event": "closed", "ticket": f"B{run * 997 + i * 13:07d}",
                          "at": at.isoformat()})  # fmt: skip
        Importer(engine, POLICY).import_events(batch)
        for p in kept.found[run * 20 : run * 20 + 20]:  # urged
            if p.action == "urge":
                with contextlib.suppress(ActionRefused):  # closed just now
                    actions.urge(engine, "bench", p.ticket, now=at)
        cpu = time.process_time()
        with engine.connect() as conn:
            looked.append(kept.update(conn, at))
        updates.append(time.process_time() - cpu)
        cpu = time.process_time()
        with engine.connect() as conn:
            whole = proposals_on(conn, POLICY, at)
        wholes.append(time.process_time() - cpu)
        assert whole == kept.found, "the update differs from the whole computation"
    return wholes, updates, looked


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--open", type=int, default=100_000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--db", help="PostgreSQL URL (default: an SQLite file)")
    ap.add_argument("--quick", action="store_true", help="2,000 tickets, 2 runs")
    ap.add_argument(
        "--keep",
        help="keep the SQLite file here, or with --db the schema of this name (built once, reused)",
    )
    ap.add_argument("--worst", action="store_true", help="every ticket has proposals")
    args = ap.parse_args()
    size, runs = (2_000, 2) if args.quick else (args.open, args.runs)
    with tempfile.TemporaryDirectory() as tmp:
        schema, fresh = "", True
        if args.db:  # a fresh schema (--keep NAME: that schema, built once and kept)
            schema = args.keep or "bench_" + uuid.uuid4().hex[:10]
            admin = create_engine(args.db)
            with admin.begin() as conn:
                fresh = not conn.execute(
                    text("SELECT 1 FROM information_schema.schemata WHERE schema_name = :s"),
                    {"s": schema},
                ).first()
                if fresh:
                    conn.execute(text(f'CREATE SCHEMA "{schema}"'))
            sep = "&" if "?" in args.db else "?"
            url = f"{args.db}{sep}options=-csearch_path%3D{schema}"
        else:
            path = Path(args.keep) if args.keep else Path(tmp) / "proposals.db"
            url = f"sqlite:///{path}"
            fresh = not (args.keep and path.exists())
        engine = make_engine(url)
        try:
            if fresh:
                t0 = time.perf_counter()
                Importer(engine, POLICY).import_events(events(size, args.worst))
                if engine.dialect.name == "postgresql":
                    # what autovacuum does to a live database after so many inserts (this
                    # test server runs with it off): statistics, and the visibility map
                    # that lets an index answer without reading the table
                    auto = engine.connect().execution_options(isolation_level="AUTOCOMMIT")
                    with auto as conn:  # this schema's tables only (search_path)
                        conn.execute(text("VACUUM ANALYZE tickets, deadlines, ticket_events, "
                                          "escalations"))  # fmt: skip
                print(f"{size:,} open tickets built in {time.perf_counter() - t0:.1f} s")
            walls, cpus, n, steps = measure(engine, runs)
            print(
                f"proposals at {size:,} open tickets: median {statistics.median(walls):.3f} s, "
                f"best {min(walls):.3f} s; CPU median {statistics.median(cpus):.3f} s "
                f"({engine.dialect.name}, {runs} runs; target < 1 s)"
            )
            print(
                f"  {n:,} proposals: " + ", ".join(f"{k} {v:,}" for k, v in sorted(steps.items()))
            )
            wholes, updates, looked = measure_kept(engine, runs)
            update, whole = statistics.median(updates), statistics.median(wholes)
            print(
                f"after 100 tickets written, the To act queue's update: CPU median "
                f"{update * 1000:.1f} ms (looked at {statistics.median(looked):,.0f} tickets), "
                f"the whole computation {whole * 1000:.0f} ms: {whole / update:.0f}× "
                f"(equal results)"
            )
        finally:
            engine.dispose()
            if schema and not args.keep:
                with admin.begin() as conn:
                    conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
                admin.dispose()
    return 0


if __name__ == "__main__":
    sys.exit(main())
