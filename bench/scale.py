"""Benchmark: Beijing scale on both databases (issue 12), every figure in one run.

    python bench/scale.py [--quick] [--pg URL | --no-pg] [--no-board] [--no-import]
                          [--open N] [--closed N] [--events N]

On SQLite and on PostgreSQL (a fresh schema of the ``--pg`` database, dropped after):
- ``report --json`` at ``--open`` open tickets (default 100,000; plus ``--closed``
  closed ones), the real command in a child process, best of three; on SQLite beside
  the floor script (bench/report_floor.py: plain sqlite3 + orjson, same rows, same
  shape), with the ratio of the two;
- import of ``--events`` simulated events (default 1,000,000) beside the same rows
  written the plain way into the same tables of a fresh database: ``COPY`` with psycopg
  on PostgreSQL, ``executemany`` with sqlite3 on SQLite; the ratio raw ÷ ours;
- the resident memory of a process holding the open board (console.board.BoardStore
  read whole at ``--open`` open tickets), and the report's peak;
- the GUI rows, from bench/bench_board.py run in a child process (rows it does not
  print show "n/a (bench_board)").

The machine may be shared and noisy: the ratios, measured in one run, are the figures
that count. ``--quick`` is a small version for CI (minutes → seconds): same figures,
no targets.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import re
import subprocess
import sys
import tempfile
import time
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any, NamedTuple

ROOT = Path(__file__).resolve().parent.parent
BENCH = ROOT / "bench"
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(BENCH))

from bench_import import raw_copy  # noqa: E402
from bench_report import AT, events, installed_env  # noqa: E402

from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import generate_events, write_events  # noqa: E402
from db.engine import make_engine  # noqa: E402

PG_DEFAULT = os.environ.get("HOTLINE_TEST_PG", "postgresql+psycopg://postgres@127.0.0.1:5432/test")
TABLES = ("units", "policies", "tickets", "deadlines", "ticket_events")


class Table:
    """The figures, printed as they come and again at the end in one table."""

    def __init__(self, targets: bool) -> None:
        self.targets = targets
        self.rows: list[tuple[str, str, str]] = []

    def add(self, what: str, figure: str, target: str = "") -> None:
        shown_target = target if self.targets else ""
        self.rows.append((what, figure, shown_target))
        print(f"  {what:<58} {figure:<26} {shown_target}", flush=True)

    def print(self) -> None:
        print("\n| what | figure | target |\n| --- | --- | --- |")
        for what, figure, target in self.rows:
            print(f"| {what} | {figure} | {target} |")


def verdict(ok: bool) -> str:
    return "met" if ok else "MISSED"


# --- databases ---------------------------------------------------------------------


@contextmanager
def pg_schema(base: str) -> Iterator[str]:
    """A URL of a fresh, empty schema of the database at ``base``, dropped after."""
    from sqlalchemy import create_engine, text

    schema = "bench_" + uuid.uuid4().hex[:10]
    admin = create_engine(base)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    sep = "&" if "?" in base else "?"
    try:
        yield f"{base}{sep}options=-csearch_path%3D{schema}"
    finally:
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def pg_reachable(url: str) -> bool:
    from sqlalchemy import create_engine, text

    engine = create_engine(url)
    try:
        with engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        return True
    except Exception:
        return False
    finally:
        engine.dispose()


@contextmanager
def database(backend: str, folder: Path, name: str, pg: str) -> Iterator[str]:
    if backend == "sqlite":
        yield f"sqlite:///{folder / (name + '.db')}"
    else:
        with pg_schema(pg) as url:
            yield url


def libpq(url: str) -> tuple[str, dict[str, str]]:
    """A SQLAlchemy PostgreSQL URL as psycopg's conninfo and its search path."""
    from sqlalchemy.engine import make_url

    parsed = make_url(url)
    options = str(parsed.query.get("options", ""))
    conninfo = parsed.set(drivername="postgresql", query={}).render_as_string(hide_password=False)
    return conninfo, {"options": options} if options else {}


# --- children ----------------------------------------------------------------------


# Started from a small process: Linux counts into a child's peak memory the size of the
# process that forked it (the peak is carried across exec), and this one holds the
# imports it measured. It prints the seconds, the child's own peak (MB), its exit code
# and its CPU seconds (user + system: what a busy neighbour changes least) on stderr.
_STARTER = """
import os, subprocess, sys, time
began = time.perf_counter()
proc = subprocess.Popen(sys.argv[1:], stdout=subprocess.DEVNULL)
_, status, usage = os.wait4(proc.pid, 0)
print(time.perf_counter() - began, usage.ru_maxrss / 1024, os.waitstatus_to_exitcode(status),
      usage.ru_utime + usage.ru_stime, file=sys.stderr)
"""


def run_child(cmd: list[str]) -> tuple[float, float, float]:
    """Seconds a child process took, its peak resident memory (MB) and CPU seconds."""
    done = subprocess.run(
        [sys.executable, "-c", _STARTER, *cmd],
        capture_output=True, text=True, cwd=ROOT, env=installed_env(),
    )  # fmt: skip
    seconds, peak, code, cpu = done.stderr.strip().splitlines()[-1].split()
    if int(code) != 0:
        raise SystemExit(f"failed ({code}): {' '.join(cmd)}\n{done.stderr[-2000:]}")
    return float(seconds), float(peak), float(cpu)


def best_of(runs: int, *cmds: list[str]) -> list[tuple[float, float, list[float], float]]:
    """Each command's best time, peak memory, every time and least CPU time; the
    commands take turns, so a noisy neighbour weighs on all of them alike. One untimed
    run of each first: it writes the bytecode an installed console would have."""
    for cmd in cmds:
        run_child(cmd)
    times: list[list[float]] = [[] for _ in cmds]
    peaks: list[list[float]] = [[] for _ in cmds]
    cpus: list[list[float]] = [[] for _ in cmds]
    for _ in range(runs):
        for i, cmd in enumerate(cmds):
            seconds, peak, cpu = run_child(cmd)
            times[i].append(seconds)
            peaks[i].append(peak)
            cpus[i].append(cpu)
    return [(min(t), max(p), t, min(c)) for t, p, c in zip(times, peaks, cpus, strict=True)]


def report_cmd(url: str) -> list[str]:
    return [sys.executable, str(ROOT / "main.py"), "--db", url, "report", "--at",
            AT.isoformat(), "--json"]  # fmt: skip


def board_memory(url: str) -> tuple[int, float]:
    """Open tickets and resident MB of a fresh process holding the whole open board."""
    out = subprocess.run(
        [sys.executable, str(Path(__file__)), "--child-board-memory", url],
        check=True, capture_output=True, text=True, cwd=ROOT,
    ).stdout.split()  # fmt: skip
    return int(out[0]), float(out[1])


def _child_board_memory(url: str) -> None:
    from console.board import BoardStore

    engine = make_engine(url, create=False)
    store = BoardStore(engine, load_policy().tz)
    store.refresh()
    rss = next(
        int(line.split()[1]) / 1024
        for line in Path("/proc/self/status").read_text().splitlines()
        if line.startswith("VmRSS:")
    )
    print(len(store.tickets), f"{rss:.1f}")


# --- the import against the plain way -----------------------------------------------


def write_feed(path: Path, n: int) -> int:
    per_day = 10_000
    days = 8 * n // (per_day * 5) + 2
    with path.open("w", encoding="utf-8") as out:
        return write_events(out, islice(generate_events(days, per_day, 7), n))


class Cpu(NamedTuple):
    """CPU seconds of a write: this process's (threads included) and the PostgreSQL
    backends' it used (None when the server is not on this machine, or on SQLite,
    whose work is this process's own). Steadier than wall time on a shared machine."""

    ours: float
    server: float | None

    def __str__(self) -> str:
        if self.server is None:
            return f"ours {self.ours:.1f} s"
        return f"ours {self.ours:.1f} s + server {self.server:.1f} s"

    @property
    def total(self) -> float | None:
        return None if self.server is None else self.ours + self.server


def backend_cpu(pids: set[int]) -> float | None:
    """CPU seconds the PostgreSQL backends ``pids`` have used, read from /proc when the
    server runs here (same host: its processes are ours to read), else None."""
    total = 0.0
    try:
        for pid in pids:
            fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
            total += (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
    except (OSError, IndexError, ValueError):
        return None
    return total


def _local(url: str) -> bool:
    from sqlalchemy.engine import make_url

    return (make_url(url).host or "localhost") in ("localhost", "127.0.0.1", "::1")


def timed_import(url: str, feed: Path) -> tuple[float, int, Cpu]:
    from sqlalchemy import event

    engine = make_engine(url)
    pids: set[int] = set()
    if engine.dialect.name == "postgresql":

        @event.listens_for(engine, "connect")
        def _backend(dbapi_conn: Any, _record: Any) -> None:
            pids.add(dbapi_conn.info.backend_pid)

        engine.dispose()  # the connections the migration opened are not the import's
    cpu = time.process_time()
    began = time.perf_counter()
    result = Importer(engine, load_policy("haikou")).import_file(feed)
    seconds = time.perf_counter() - began
    ours = time.process_time() - cpu
    server = backend_cpu(pids) if pids and _local(url) else None
    engine.dispose()
    return seconds, result.imported, Cpu(ours, server)


def pg_copy(source: str, target: str) -> tuple[float, dict[str, int], Cpu]:
    """The rows import stored in ``source``, written with plain psycopg ``COPY`` into the
    same (empty, migrated) tables of ``target``: the seconds the writing took."""
    import psycopg

    make_engine(target).dispose()  # the same tables, empty
    info, extra = libpq(source)
    rows: dict[str, list[tuple[Any, ...]]] = {}
    columns: dict[str, list[str]] = {}
    with psycopg.connect(info, **extra) as src:
        for table in TABLES:
            described = src.execute(
                "SELECT column_name, data_type FROM information_schema.columns"
                " WHERE table_name = %s AND table_schema = current_schema()"
                " ORDER BY ordinal_position",
                (table,),
            ).fetchall()
            columns[table] = [c for c, _ in described]
            # JSON columns travel as their text, as a COPY of a feed's rows would
            picked = ", ".join(f"{c}::text" if t == "json" else c for c, t in described)
            rows[table] = src.execute(f"SELECT {picked} FROM {table}").fetchall()
    info, extra = libpq(target)
    with psycopg.connect(info, **extra) as dst:
        pid = dst.info.backend_pid
        server = backend_cpu({pid}) if _local(target) else None
        cpu = time.process_time()
        began = time.perf_counter()
        with dst.cursor() as cur:
            for table in TABLES:
                with cur.copy(f"COPY {table} ({', '.join(columns[table])}) FROM STDIN") as copy:
                    for row in rows[table]:
                        copy.write_row(row)
        dst.commit()
        seconds = time.perf_counter() - began
        ours = time.process_time() - cpu
        after = backend_cpu({pid}) if server is not None else None
    used = None if server is None or after is None else after - server
    return seconds, {t: len(r) for t, r in rows.items()}, Cpu(ours, used)


# --- the GUI rows ---------------------------------------------------------------------

# the GUI rows: bench_board.py's --json keys (of the big board) and the target
GUI_ROWS: list[tuple[str, str, str]] = [
    ("board 1 Hz tick incl. paint, 1920×1080", "tick_ms", "≤ 2 ms"),
    ("apply 100 new tickets to the live board", "new_ms", "≤ 5 ms UI thread"),
    ("catch-up, 1,000 moved rows", "catchup_ms", "≤ 50 ms UI thread"),
    ("  longest event-loop turn", "catchup_turn_ms", "≤ 16 ms"),
    ("first painted board", "first_paint_s", "≤ 3 s"),
    ("start to the window (loading state)", "window_s", "at once"),
    ("start until real numbers on the tiles", "counted_s", "≤ 3 s"),
    ("one keystroke in the search box, UI thread", "key_ui_ms", "≤ 50 ms"),
    ("  until its results show", "key_results_ms", "≤ 300 ms"),
    ("sort by title, UI thread", "sort_ui_ms", "≤ 100 ms"),
    ("clear the filters, UI thread", "clear_ui_ms", "≤ 100 ms"),
    ("click a KPI tile, UI thread", "tile_ui_ms", "≤ 100 ms"),
    ("burst of 5,000 changed tickets, longest turn", "burst_turn_ms", "≤ 16 ms"),
    ("File → Import while the board runs, longest turn", "import_turn_ms", "≤ 16 ms"),
    ("resident memory, the console with the board open", "rss_mb", "< 600 MB"),
]
_UNITS = {"ms": "ms", "s": "s", "mb": "MB"}
_LIMITS = re.compile(r"([<≤])\s*([\d.]+)")


def _figure(key: str, value: float, target: str) -> tuple[str, str]:
    unit = _UNITS[key.rsplit("_", 1)[1]]
    limit = _LIMITS.search(target)
    if limit is None:
        return f"{value:.2f} {unit}", target
    bound = float(limit.group(2))
    ok = value < bound if limit.group(1) == "<" else value <= bound
    return f"{value:.2f} {unit}", f"{target}: {verdict(ok)}"


def gui_rows(table: Table, backend: str, url: str, big: int, small: int, ticks: int) -> None:
    """The GUI rows of one database, from bench_board.py --json in a child process."""
    name = "SQLite" if backend == "sqlite" else "PostgreSQL"
    cmd = [sys.executable, str(BENCH / "bench_board.py"), "--db", url, "--open", str(big),
           "--small", str(small), "--ticks", str(ticks), "--json"]  # fmt: skip
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    done = subprocess.run(cmd, capture_output=True, text=True, cwd=ROOT, env=env)
    figures: dict[str, Any] = {}
    try:
        figures = json.loads(done.stdout.strip().splitlines()[-1])
    except (IndexError, ValueError):
        print(f"  bench_board.py gave no figures (exit {done.returncode}):")
        for line in done.stderr.strip().splitlines()[-6:]:
            print(f"    | {line}")
    measured = figures.get("open", {})
    ratio = figures.get("tick_ratio")
    for what, key, target in GUI_ROWS:
        value = measured.get(key)
        if value is None:
            table.add(f"{what}, {name}", "n/a (bench_board)", target)
            continue
        figure, judged = _figure(key, float(value), target)
        table.add(f"{what}, {name}", figure, judged)
        if key == "tick_ms":
            if ratio is None:
                table.add(f"tick at {big:,} ÷ tick at {small:,}, {name}", "n/a (bench_board)")
            else:
                table.add(f"tick at {big:,} ÷ tick at {small:,}, {name}", f"{ratio:.2f}×",
                          f"≤ 1.5×: {verdict(ratio <= 1.5)}")  # fmt: skip


# --- the run -------------------------------------------------------------------------


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="a small version, no targets")
    parser.add_argument("--pg", default=PG_DEFAULT, help="PostgreSQL URL (a schema is made)")
    parser.add_argument("--no-pg", action="store_true", help="SQLite only")
    parser.add_argument("--no-board", action="store_true", help="leave out bench_board.py")
    parser.add_argument("--no-import", action="store_true", help="leave out the import")
    parser.add_argument("--open", type=int, help="open tickets (default 100,000)")
    parser.add_argument("--closed", type=int, help="closed tickets (default half --open)")
    parser.add_argument("--events", type=int, help="events to import (default 1,000,000)")
    parser.add_argument("--runs", type=int, help="report runs, best taken (default 3)")
    parser.add_argument("--child-board-memory", metavar="URL", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child_board_memory:
        _child_board_memory(args.child_board_memory)
        return
    quick = args.quick
    open_n = args.open or (2_000 if quick else 100_000)
    closed_n = args.closed if args.closed is not None else open_n // 2
    events_n = args.events or (20_000 if quick else 1_000_000)
    runs = args.runs or (1 if quick else 3)
    backends = ["sqlite"]
    if not args.no_pg:
        if pg_reachable(args.pg):
            backends.append("postgresql")
        else:
            print(f"PostgreSQL unreachable at {args.pg}: its rows are n/a")
    table = Table(targets=not quick)
    print(f"scale benchmark {datetime.now(UTC):%Y-%m-%d %H:%M} UTC on {platform.node()}: "
          f"{os.cpu_count()} cores, {platform.processor() or platform.machine()}, "
          f"Python {platform.python_version()}; load {os.getloadavg()[0]:.1f}")  # fmt: skip
    imported = "no import (--no-import)" if args.no_import else f"import of {events_n:,} events"
    print(f"{open_n:,} open + {closed_n:,} closed tickets; {imported}"
          f"{' (quick: no targets)' if quick else ''}")  # fmt: skip
    with tempfile.TemporaryDirectory(prefix="hotline-scale-") as tmp:
        folder = Path(tmp)
        feed = folder / "feed.jsonl"
        written = 0 if args.no_import else write_feed(feed, events_n)
        for backend in ("sqlite", "postgresql"):
            print(f"\n{backend}:", flush=True)
            if backend not in backends:
                for what in ("report --json", "import", "board memory"):
                    table.add(f"{what}, {backend}", "n/a (not reachable)")
                continue
            report_figures(table, backend, folder, args.pg, open_n, closed_n, runs, quick)
            if args.no_import:
                table.add(f"import, {backend}", "n/a (--no-import)")
            else:
                import_figures(table, backend, folder, args.pg, feed, written)
    small = max(open_n // 100, 100)
    for backend in ("sqlite", "postgresql"):
        print(f"\nthe console (bench/bench_board.py), {backend}:", flush=True)
        if args.no_board or backend not in backends:
            print("  n/a (--no-board)" if args.no_board else "  n/a (not reachable)")
            continue
        gui_rows(table, backend, "sqlite" if backend == "sqlite" else args.pg, open_n, small,
                 20 if quick else 60)  # fmt: skip
    table.print()


def report_figures(
    table: Table, backend: str, folder: Path, pg: str, open_n: int, closed_n: int, runs: int,
    quick: bool,
) -> None:  # fmt: skip
    name = "SQLite" if backend == "sqlite" else "PostgreSQL"
    with database(backend, folder, "report", pg) as url:
        engine = make_engine(url)
        began = time.perf_counter()
        Importer(engine, load_policy()).import_events(events(open_n, closed_n))
        engine.dispose()
        print(f"  (set-up: {open_n + closed_n:,} tickets in {time.perf_counter() - began:.0f} s)")
        cmds = [report_cmd(url)]
        if backend == "sqlite":
            path = url.removeprefix("sqlite:///")
            cmds.append([sys.executable, str(BENCH / "report_floor.py"), path, AT.isoformat()])
        measured = best_of(runs, *cmds)
        best, peak, times, cpu = measured[0]
        every = ", ".join(f"{t:.2f}" for t in times)
        limit = 2.0 if backend == "sqlite" else 3.0
        table.add(f"report --json, {name} (runs: {every} s)", f"{best:.2f} s",
                  f"≤ {limit:.0f} s: {verdict(best <= limit)}")  # fmt: skip
        if backend == "sqlite":
            floor, _, floor_times, floor_cpu = measured[1]
            every = ", ".join(f"{t:.2f}" for t in floor_times)
            table.add(f"floor script, SQLite (runs: {every} s)", f"{floor:.2f} s")
            ratio = best / floor
            table.add("report ÷ floor, SQLite", f"{ratio:.2f}×",
                      f"≤ 1.3×: {verdict(ratio <= 1.3)}")  # fmt: skip
            table.add("report ÷ floor in CPU time, SQLite (least of each)",
                      f"{cpu:.2f} s ÷ {floor_cpu:.2f} s = {cpu / floor_cpu:.2f}×")  # fmt: skip
        table.add(f"report --json peak resident memory, {name}", f"{peak:.0f} MB")
        count, rss = board_memory(url)
        table.add(f"resident memory, open board held ({count:,} open), {name}", f"{rss:.0f} MB",
                  f"< 600 MB: {verdict(rss < 600)}")  # fmt: skip


def import_figures(
    table: Table, backend: str, folder: Path, pg: str, feed: Path, written: int
) -> None:
    name = "SQLite" if backend == "sqlite" else "PostgreSQL"
    with database(backend, folder, "ours", pg) as ours_url:
        ours, imported, ours_cpu = timed_import(ours_url, feed)
        with database(backend, folder, "raw", pg) as raw_url:
            raw: float
            if backend == "sqlite":
                make_engine(raw_url).dispose()
                raw, _, in_process = raw_copy(Path(ours_url.removeprefix("sqlite:///")),
                                              Path(raw_url.removeprefix("sqlite:///")))  # fmt: skip
                raw_cpu = Cpu(in_process, None)
                way = "sqlite3 executemany"
            else:
                raw, _, raw_cpu = pg_copy(ours_url, raw_url)
                way = "psycopg COPY"
    load = os.getloadavg()[0]
    table.add(f"import {written:,} events, {name}", f"{ours:.1f} s ({written / ours:,.0f}/s)")
    table.add(f"plain {way} of the same rows, {name}", f"{raw:.1f} s")
    ratio = raw / ours
    table.add(f"import speed ÷ plain {way}, {name} (load {load:.1f})", f"{ratio:.2f}",
              f"≥ 0.3: {verdict(ratio >= 0.3)}")  # fmt: skip
    table.add(f"  CPU: import, {name}", str(ours_cpu))
    table.add(f"  CPU: plain {way}, {name}", str(raw_cpu))
    ours_total, raw_total = ours_cpu.total, raw_cpu.total
    if backend == "sqlite":
        ours_total, raw_total = ours_cpu.ours, raw_cpu.ours
    if ours_total and raw_total:
        table.add(f"  plain ÷ import in CPU time, {name}", f"{raw_total / ours_total:.2f}")
    if imported != written:
        print(f"  (note: {written - imported:,} of the feed's events were not imported)")


if __name__ == "__main__":
    main()
