"""Smoke test of the board benchmark on tiny boards: it runs to the end, and its tick
ratio comes from both boards ticked in turns, the UI thread's CPU time beside the wall
time (no figure is judged here; the machine's speed is not a test's business)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_the_board_bench_ticks_both_boards_in_turns(tmp_path: Path) -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", TMPDIR=str(tmp_path),
               HOTLINE_BENCH_TAG="_test")  # fmt: skip
    done = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "bench_board.py"), "--open", "300", "--small",
         "100", "--ticks", "10", "--import-events", "0", "--json"],
        capture_output=True, text=True, cwd=ROOT, timeout=600, env=env,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    figures = json.loads(done.stdout.strip().splitlines()[-1])
    small, big = figures["small"], figures["open"]
    assert (small["open"], big["open"]) == (100, 300)
    for board in (small, big):
        assert board["tick_ms"] > 0 and board["tick_cpu_ms"] > 0
        assert 0 < board["tick_unqueued_ms"] <= board["tick_max_ms"]
    assert figures["tick_ratio"] == big["tick_ms"] / small["tick_ms"]  # scale.py's key
    assert figures["tick_cpu_ratio"] == big["tick_cpu_ms"] / small["tick_cpu_ms"]
    assert figures["tick_unqueued_ratio"] > 0
    assert len(figures["tick_rounds"]) == 2  # 10 ticks each, in blocks of 5
    assert "in turns" in done.stderr
