"""Smoke test of the scale benchmark: its quick version runs to the end on a tiny
dataset (no figure is judged here; the machine's speed is not a test's business)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.conftest import PG_URL

ROOT = Path(__file__).resolve().parent.parent


def test_quick_scale_benchmark_runs_on_both_databases() -> None:
    # the GUI rows come from bench_board.py, which keeps its generated databases for
    # later runs: left out here, it has its own quick mode
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "scale.py"), "--quick", "--open", "60",
         "--events", "600", "--no-board", "--pg", PG_URL],
        capture_output=True, text=True, cwd=ROOT, timeout=600,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-2000:]
    out = done.stdout
    assert "report ÷ floor, SQLite" in out
    assert "import speed ÷ plain psycopg COPY, PostgreSQL" in out or "unreachable" in out
    assert ": met" not in out and ": MISSED" not in out  # --quick: no targets
