"""Small helpers for writing feed events and checking reports in tests."""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from console.ingest import Importer, ImportResult
from console.policy import load_policy
from console.report import build_report

_SHARED = Path(__file__).resolve().parents[2] / "shared" / "spec" / "examples"
# the spec's worked examples: its own folder when it lies beside the project, else the copy
# kept in tests/ (a clone alone still runs them)
EXAMPLES = _SHARED if any(_SHARED.glob("*.jsonl")) else Path(__file__).with_name("spec_examples")


def line(**fields: Any) -> str:
    return json.dumps(fields, ensure_ascii=False)


def created(
    ticket: str, at: str, category: str = "complaint", urgent: bool = False, **extra: Any
) -> dict[str, Any]:
    return {
        "event": "created",
        "ticket": ticket,
        "at": at,
        "category": category,
        "urgent": urgent,
        "title": f"工单 {ticket}",
        **extra,
    }


def ev(kind: str, ticket: str, at: str, **extra: Any) -> dict[str, Any]:
    return {"event": kind, "ticket": ticket, "at": at, **extra}


def load(engine: Engine, events: list[dict[str, Any]], policy: str = "haikou") -> ImportResult:
    return Importer(engine, load_policy(policy)).import_events(events)


def report_at(engine: Engine, at: str, policy: str = "haikou") -> dict[str, Any]:
    return build_report(engine, load_policy(policy), datetime.fromisoformat(at))


def ticket(report: dict[str, Any], number: str) -> dict[str, Any]:
    for t in report["tickets"]:
        if t["ticket"] == number:
            return t
    raise AssertionError(f"{number} not in report")


def instant(text: str | None) -> datetime | None:
    return None if text is None else datetime.fromisoformat(text)
