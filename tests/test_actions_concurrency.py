"""§5 concurrency with real processes: 20 supervisors acting at once on one ticket lose
nothing, and exactly one of 20 escalations to one office opens."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from sqlalchemy import Engine

from console.staff import add_staff
from tests.feedkit import EXAMPLES, load
from tests.test_actions import NOW

ROOT = Path(__file__).resolve().parents[1]
N = 20


def at_once(db_url: str, *commands: list[str]) -> list[subprocess.CompletedProcess[str]]:
    """Start every command as its own ``main.py`` process, then wait for all."""
    procs = [
        subprocess.Popen(
            [sys.executable, "main.py", "--db", db_url, *cmd],
            cwd=ROOT,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )  # fmt: skip
        for cmd in commands
    ]
    done = []
    for p in procs:
        out, err = p.communicate(timeout=300)
        done.append(subprocess.CompletedProcess(p.args, p.returncode, out, err))
    return done


def prepared(engine: Engine) -> None:
    lines = (EXAMPLES / "a-haikou-bounced.jsonl").read_text(encoding="utf-8").splitlines()
    load(engine, [json.loads(x) for x in lines if x.strip()])
    for i in range(N):
        add_staff(engine, f"督办员{i:02d}", "supervisor", now=NOW)


def test_twenty_urges_at_once_count_twenty(engine: Engine, db_url: str) -> None:
    prepared(engine)
    t = "HK20240930-0001"
    runs = at_once(db_url, *[["act", "--as", f"督办员{i:02d}", "urge", t] for i in range(N)])
    assert [r.returncode for r in runs] == [0] * N, [r.stderr for r in runs if r.returncode]
    report = subprocess.run(
        [sys.executable, "main.py", "--db", db_url, "report", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    (ticket,) = [x for x in json.loads(report.stdout)["tickets"] if x["ticket"] == t]
    assert ticket["urges"] == N


def test_twenty_escalations_at_once_open_exactly_one(engine: Engine, db_url: str) -> None:
    prepared(engine)
    t = "HK20240930-0001"
    runs = at_once(
        db_url,
        *[["act", "--as", f"督办员{i:02d}", "escalate", t, "--office", "discipline",
           "--reason", "shuffled"] for i in range(N)],
    )  # fmt: skip
    codes = sorted(r.returncode for r in runs)
    assert codes == [0] + [1] * (N - 1), [r.stderr for r in runs if r.returncode not in (0, 1)]
    winner = next(r for r in runs if r.returncode == 0)
    by = winner.args[winner.args.index("--as") + 1]
    for r in runs:
        if r.returncode == 1:  # each loser is told who opened it
            assert "already has an open escalation" in r.stderr and by in r.stderr
    listed = subprocess.run(
        [sys.executable, "main.py", "--db", db_url, "escalations", "--json"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    register = json.loads(listed.stdout)
    assert [(e["ticket"], e["office"], e["status"]) for e in register] == [
        (t, "discipline", "open")
    ]
