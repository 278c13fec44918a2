"""The simulated city goes into the console whole: no line rejected, every state shown."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from pathlib import Path

from sqlalchemy import Engine

from console.ingest import Importer
from console.policy import load_policy
from console.report import build_report
from console.simulator import LiveCity, write_feed
from console.simulator.simtime import CENTER_TZ


def test_three_days_import_with_nothing_rejected(sqlite_engine: Engine, tmp_path: Path) -> None:
    path = tmp_path / "city.jsonl"
    with path.open("w", encoding="utf-8") as out:
        written = write_feed(out, days=3, per_day=250, seed=12, start=date(2025, 3, 3))
    importer = Importer(sqlite_engine, load_policy("haikou"))
    result = importer.import_file(path)
    assert [r.reason for r in result.rejects[:5]] == []
    assert (result.imported, result.duplicates, result.rejected) == (written, 0, 0)
    again = Importer(sqlite_engine, load_policy("haikou")).import_file(path)
    assert (again.imported, again.duplicates, again.rejected) == (0, written, 0)

    # mid-morning of the last day, the board shows every state, most tickets fine
    report = build_report(
        sqlite_engine, load_policy("haikou"), datetime(2025, 3, 5, 10, 30, tzinfo=CENTER_TZ)
    )
    kpis = report["kpis"]
    assert kpis["open"] > 100
    for state in ("ok", "warning", "critical", "overdue", "shuffled"):
        assert kpis[state] > 0, state
    assert kpis["ok"] > kpis["overdue"]


def test_live_city_feeds_the_importer(sqlite_engine: Engine) -> None:
    importer = Importer(sqlite_engine, load_policy("haikou"))
    results = []

    def sink(events: list[dict[str, object]]) -> None:
        results.append(importer.import_events(events))

    now = datetime(2025, 3, 4, 9, tzinfo=CENTER_TZ)
    clock = [now]
    city = LiveCity(sink, seed=8, per_day=200, speed=30, clock=lambda: clock[0])
    emitted = city.advance()
    for _ in range(8):
        clock[0] += timedelta(minutes=5)  # 2.5 simulated hours a step
        emitted += city.advance()
    assert emitted > 200
    assert sum(r.imported for r in results) == emitted
    assert sum(r.rejected for r in results) == 0
