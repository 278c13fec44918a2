"""The command line of §5: act, staff, escalations — exit codes and one-line messages."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.builders import Done, run_cli, run_in_process
from tests.feedkit import EXAMPLES

ROOT = Path(__file__).resolve().parents[1]


run = run_in_process


def test_main_py_runs_actions_as_a_process(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'p.db'}"
    run(db, "import", str(EXAMPLES / "a-haikou-bounced.jsonl"))
    run(db, "staff", "add", "张督办", "--role", "supervisor")
    p = subprocess.run(
        [sys.executable, "main.py", "--db", db, "act", "--as", "张督办", "urge", "NOPE"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert p.returncode == 1 and p.stderr.strip() == "refused: there is no ticket NOPE"


def one_line(p: Done) -> str:
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1, p.stderr
    assert "Traceback" not in p.stderr
    return lines[0]


@pytest.fixture
def db(db_url: str) -> str:
    assert run(db_url, "import", str(EXAMPLES / "a-haikou-bounced.jsonl")).returncode == 0
    assert run(db_url, "staff", "add", "张督办", "--role", "supervisor").returncode == 0
    assert run(db_url, "staff", "add", "王观察", "--role", "viewer").returncode == 0
    return db_url


def test_act_register_and_refusals(db: str) -> None:
    t = "HK20240930-0001"
    assert run(db, "act", "--as", "张督办", "urge", t, "--note", "请尽快").returncode == 0
    p = run(db, "act", "--as", "王观察", "urge", t)
    assert p.returncode == 1 and "viewer" in one_line(p)
    p = run(db, "act", "--as", "张督办", "escalate", t, "--office", "supervision",
            "--reason", "shuffled", "--note", "<b>转办三次</b>")  # fmt: skip
    assert p.returncode == 0
    eid = p.stdout.strip()
    assert eid.isdigit()
    p = run(db, "act", "--as", "张督办", "escalate", t, "--office", "supervision",
            "--reason", "overdue")  # fmt: skip
    assert p.returncode == 1 and "张督办" in one_line(p)
    p = run(db, "escalations", "--json", "--status", "open")
    (entry,) = json.loads(p.stdout)
    assert entry["id"] == int(eid) and entry["office_overdue"] is False
    assert run(db, "act", "--as", "张督办", "reply", eid, "--text", "已受理").returncode == 0
    assert run(db, "act", "--as", "张督办", "withdraw", eid, "--note", "误报").returncode == 0
    p = run(db, "act", "--as", "张督办", "resolve", eid, "--outcome", "x")
    assert p.returncode == 1 and "withdrawn" in one_line(p)
    assert json.loads(run(db, "escalations", "--json", "--status", "open").stdout) == []
    staff = json.loads(run(db, "staff", "list", "--json").stdout)
    assert {(s["name"], s["role"]) for s in staff} == {
        ("张督办", "supervisor"),
        ("王观察", "viewer"),
    }


@pytest.mark.parametrize(
    ("args", "code", "word"),
    [
        (["urge", "NO-SUCH"], 1, "no ticket"),
        (["reply", "999", "--text", "x"], 1, "no escalation"),
        (["reply", "abc", "--text", "x"], 1, "no escalation"),
        (["coordinate", "HK20240930-0001", "--lead", "NOPE"], 1, "no unit"),
        (["escalate", "HK20240930-0001", "--office", "police", "--reason", "overdue"], 2, "police"),
        (["extend", "HK20240930-0001", "--deadline", "reply", "--until", "2001-01-01T00:00",
          "--reason", "r"], 2, "passed"),
        (["extend", "HK20240930-0001", "--deadline", "reply", "--until", "next week",
          "--reason", "r"], 2, "next week"),
        (["extend", "HK20240930-0001", "--deadline", "reply", "--until", "2099-01-01T00:00",
          "--reason", ""], 2, "empty"),
        (["note", "HK20240930-0001", "x" * 10_000], 2, "at most"),
        (["withdraw", "1", "--note", "   "], 2, "empty"),
    ],
)  # fmt: skip
def test_bad_input_is_one_line_and_its_exit_code(
    db: str, args: list[str], code: int, word: str
) -> None:
    p = run(db, "act", "--as", "张督办", *args)
    assert p.returncode == code, p.stderr
    assert word in p.stderr.strip().splitlines()[-1]
    assert "Traceback" not in p.stderr


def test_blank_and_unknown_names(db: str) -> None:
    p = run(db, "act", "--as", "   ", "urge", "HK20240930-0001")
    assert p.returncode == 2 and "only spaces" in one_line(p)
    p = run(db, "act", "--as", "路人", "urge", "HK20240930-0001")
    assert p.returncode == 1 and "staff" in one_line(p)
    p = run(db, "staff", "add", "  ", "--role", "viewer")
    assert p.returncode == 2


def test_a_ticket_at_the_center_cannot_be_urged(db: str, tmp_path: Path) -> None:
    """Urging presses the ticket's current unit (§5); at the center there is none: refused
    by that rule (exit 1, one sentence), and the urge count stays 0."""
    feed = tmp_path / "center.jsonl"
    created = {"event": "created", "ticket": "HK-CENTER", "at": "2024-09-30T09:00:00+08:00",
               "category": "complaint", "urgent": False, "title": "夜间施工扰民"}  # fmt: skip
    feed.write_text(json.dumps(created, ensure_ascii=False) + "\n", encoding="utf-8")
    assert run(db, "import", str(feed)).returncode == 0
    p = run(db, "act", "--as", "张督办", "urge", "HK-CENTER")
    assert p.returncode == 1, p.stderr
    assert one_line(p) == (
        "refused: ticket HK-CENTER is at the center, not at a unit: there is no unit to urge "
        "(dispatch it first)"
    )
    report = json.loads(run_cli("--db", db, "report", "--json").stdout)
    (row,) = [t for t in report["tickets"] if t["ticket"] == "HK-CENTER"]
    assert row["urges"] == 0
