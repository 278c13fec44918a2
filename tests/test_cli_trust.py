"""The command line a supervisor can trust (issue 8): `simulate` ends now by default and
explains every option; the report's table names units."""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from console.cli import build_parser
from console.report_text import render_table
from console.simulator.feed import generate_events, start_ending_now
from tests.feedkit import created, ev, load, report_at

ROOT = Path(__file__).resolve().parent.parent


def test_simulate_defaults_to_a_feed_that_ends_now(tmp_path: Path) -> None:
    out = tmp_path / "city.jsonl"
    before = datetime.now(UTC)
    done = subprocess.run(
        [sys.executable, "main.py", "simulate", "--days", "2", "--per-day", "60", "--out",
         str(out)], cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    times = [datetime.fromisoformat(json.loads(line)["at"]) for line in out.open()]
    assert times and max(times) <= datetime.now(UTC)  # nothing from the future
    assert min(times) >= before - timedelta(days=2)  # and no earlier than its days
    assert max(times) >= before - timedelta(hours=26)  # it reaches towards now


def test_a_feed_cut_at_an_end_stops_there() -> None:
    end = datetime(2025, 3, 4, 12, 0, tzinfo=UTC)
    start = start_ending_now(3, end)
    assert str(start) == "2025-03-02"
    events = list(generate_events(3, 50, 7, start, end))
    assert events
    assert max(datetime.fromisoformat(e["at"]) for e in events) <= end
    whole = list(generate_events(3, 50, 7, start))
    assert whole[: len(events)] == events  # the same city, cut


def test_every_option_of_every_command_has_help_text() -> None:
    parser = build_parser()
    missing = []
    parsers: list[tuple[str, argparse.ArgumentParser]] = [("main.py", parser)]
    while parsers:  # every command, and the commands under a command
        name, sub = parsers.pop()
        for action in sub._actions:
            if action.help is None:
                missing.append(f"{name} {'/'.join(action.option_strings) or action.dest}")
            if isinstance(action, argparse._SubParsersAction):
                parsers += [(f"{name} {n}", p) for n, p in action.choices.items()]
    assert not missing, missing


def test_report_table_names_units(engine: Engine, db_url: str) -> None:
    at = "2024-10-08T09:00:00+08:00"
    load(engine, [created("T1", at),
                  ev("dispatched", "T1", "2024-10-08T09:01:00+08:00", unit="SZJ",
                     unit_name="市住建局")])  # fmt: skip
    report = report_at(engine, "2024-10-08T09:10:00+08:00")
    assert report["tickets"][0]["unit"] == "SZJ"  # the JSON keeps the spec's code
    text = render_table(report, unit_names={"SZJ": "市住建局"})
    assert "市住建局" in text and " SZJ " not in text
    done = subprocess.run(
        [sys.executable, "main.py", "--db", db_url, "report", "--at", "2024-10-08T09:10:00+08:00"],
        cwd=ROOT, capture_output=True, text=True, timeout=120,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    assert "市住建局" in done.stdout and " SZJ " not in done.stdout
