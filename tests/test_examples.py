"""The spec's worked examples, through the command line, on both databases."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from tests.builders import run_cli
from tests.feedkit import EXAMPLES

ROOT = Path(__file__).resolve().parent.parent
CASES = sorted(p.name.removesuffix(".jsonl") for p in EXAMPLES.glob("*.jsonl"))


def _normal(value: Any) -> Any:
    """Times compare as instants; lists regardless of order."""
    if isinstance(value, dict):
        return {k: _normal(v) for k, v in value.items()}
    if isinstance(value, list):
        return sorted((_normal(v) for v in value), key=lambda v: json.dumps(v, sort_keys=True))
    if isinstance(value, str) and len(value) >= 19 and value[4] == "-" and value[10] == "T":
        return datetime.fromisoformat(value).timestamp()
    return value


def _subset(expected: Any, actual: Any, path: str = "") -> None:
    """Every field of ``expected`` is in ``actual`` with the same value (the report has
    more fields than the examples hold)."""
    if isinstance(expected, dict):
        assert isinstance(actual, dict), path
        for key, value in expected.items():
            assert key in actual, f"{path}.{key} missing"
            _subset(value, actual[key], f"{path}.{key}")
    elif isinstance(expected, list):
        assert isinstance(actual, list) and len(actual) == len(expected), path
        exp = [_normal(v) for v in expected]
        act = [_normal(v) for v in actual]
        # match each expected item to some actual item containing it
        remaining = list(act)
        for item in exp:
            for cand in remaining:
                try:
                    _subset(item, cand, path + "[]")
                except AssertionError:
                    continue
                remaining.remove(cand)
                break
            else:
                raise AssertionError(f"{path}: no match for {item}")
    else:
        assert _normal(expected) == _normal(actual), f"{path}: {expected!r} != {actual!r}"


@pytest.mark.skipif(not CASES, reason="no worked examples beside the project")
@pytest.mark.parametrize("case", CASES)
def test_worked_example(case: str, db_url: str, tmp_path: Path) -> None:
    expected = json.loads((EXAMPLES / f"{case}.expected.json").read_text(encoding="utf-8"))
    feed = tmp_path / f"{case}.jsonl"
    feed.write_bytes((EXAMPLES / f"{case}.jsonl").read_bytes())
    policy = expected.pop("policy")
    imported = run_cli("--db", db_url, "--policy", policy, "import", str(feed))
    assert imported.returncode == 0, imported.stderr
    assert "rejected 0" in imported.stdout
    rep = run_cli("--db", db_url, "--policy", policy, "report", "--at", expected["at"], "--json")
    assert rep.returncode == 0, rep.stderr
    report = json.loads(rep.stdout)
    _subset(expected, report)
    # order is part of the contract: worst state first, then by next deadline
    order = [t["ticket"] for t in report["tickets"]]
    assert order == [t["ticket"] for t in expected["tickets"]]
    assert report["warnings"] == []
