"""Command-line usage errors are one line (exit 2) for every command; the global options
are taken after the command too; a closed pipe ends a command quietly; the last
supervisor is not demoted."""

from __future__ import annotations

import subprocess
import sys

import pytest

from tests.builders import ROOT, Done, run_cli, run_in_process
from tests.feedkit import EXAMPLES


def one_line(p: Done | subprocess.CompletedProcess[str]) -> str:
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    return lines[0]


@pytest.mark.parametrize(
    "argv",
    [
        ["--wall", "--interval", "2"],
        ["--pages", "foo"],
        ["--lang", "fr"],
        ["escalations", "--office", "police"],
        ["escalations", "--status", "bogus"],
        ["report", "--lang", "fr"],
        ["report", "--bogus"],
        ["act", "--as", "x", "escalate", "T", "--office", "z", "--reason", "overdue"],
        ["act", "--as", "x"],
        ["staff"],
        ["staff", "add", "x"],
        ["notifications", "ack", "1"],
        ["nosuchcommand"],
    ],
)
def test_usage_errors_are_one_line(tmp_path: object, argv: list[str]) -> None:
    p = run_in_process("sqlite:///:memory:", *argv)
    assert p.returncode == 2
    line = one_line(p)
    assert line.startswith("error: ") and line.endswith("--help)"), line
    assert "usage:" not in p.stderr


def test_unsupported_language_names_the_supported_ones() -> None:
    line = one_line(run_in_process("sqlite:///:memory:", "--lang", "fr"))
    assert "'fr'" in line and "zh_CN, en" in line


def test_global_options_after_the_command(db_url: str, tmp_path: object) -> None:
    from pathlib import Path

    out = Path(str(tmp_path)) / "b.csv"
    assert (
        run_in_process(db_url, "import", str(EXAMPLES / "a-haikou-bounced.jsonl")).returncode == 0
    )
    p = run_in_process(db_url, "bulletin", "--from", "2024-09-01", "--to", "2024-10-02",
                       "--out", str(out), "--lang", "zh_CN")  # fmt: skip
    assert p.returncode == 0, p.stderr
    p = run_in_process("sqlite:///nowhere/at/all.db", "escalations", "--db", db_url,
                       "--policy", "national", "--lang", "en")  # fmt: skip
    assert p.returncode == 0 and p.stdout.strip() == "no escalations", p.stderr


def test_a_closed_pipe_ends_quietly(tmp_path: object) -> None:
    from pathlib import Path

    db = f"sqlite:///{Path(str(tmp_path)) / 'p.db'}"
    assert run_cli("--db", db, "import", str(EXAMPLES / "a-haikou-bounced.jsonl")).returncode == 0
    assert run_cli("--db", db, "notify", "--at", "2024-12-01T00:00").returncode == 0
    # the reader goes away before the command writes a byte, as `| head -0` would
    p = subprocess.Popen(
        [sys.executable, str(ROOT / "main.py"), "--db", db, "notifications"],
        stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT,
    )  # fmt: skip
    assert p.stdout is not None and p.stderr is not None
    p.stdout.close()
    err = p.stderr.read().decode()
    assert p.wait(timeout=120) == 0
    assert err == ""


def test_the_last_supervisor_is_not_made_a_viewer(db_url: str) -> None:
    run = run_in_process
    assert run(db_url, "import", str(EXAMPLES / "a-haikou-bounced.jsonl")).returncode == 0
    assert run(db_url, "staff", "add", "boss", "--role", "supervisor").returncode == 0
    p = run(db_url, "staff", "add", "boss", "--role", "viewer")
    assert p.returncode == 1
    assert "only supervisor" in one_line(p)
    assert run(db_url, "staff", "list").stdout.split() == ["boss", "supervisor"]
    # with a second supervisor the first may step down; the spec's `staff add` has no --as
    assert run(db_url, "staff", "add", "李娜", "--role", "supervisor").returncode == 0
    assert run(db_url, "staff", "add", "boss", "--role", "viewer").returncode == 0
    p = run(db_url, "staff", "add", "李娜", "--role", "viewer")
    assert p.returncode == 1 and "李娜" in one_line(p)
