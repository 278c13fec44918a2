"""Import rules: rejections with reasons, idempotency, kill and resume."""

from __future__ import annotations

import json
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from sqlalchemy import Engine, func, select, text

from console.ingest import Importer, rejects_path
from console.policy import load_policy
from db.models import TicketEvent
from tests.builders import run_cli
from tests.feedkit import created, ev, load, report_at, ticket

ROOT = Path(__file__).resolve().parent.parent
AT = "2024-10-08T09:00:00+08:00"

GOOD = [
    created("T1", AT),
    ev("dispatched", "T1", "2024-10-08T09:01:00+08:00", unit="A", unit_name="甲局"),
    ev("signed", "T1", "2024-10-08T09:02:00+08:00", unit="A"),
    ev("closed", "T1", "2024-10-08T09:03:00+08:00"),
]

# (line, words the reason must contain)
BAD = [
    ("{not json", "not valid JSON"),
    ("[1, 2]", "one JSON object"),
    (json.dumps({"ticket": "T1", "at": AT}), '"event" is missing'),
    (json.dumps({"event": "escalated", "ticket": "T1", "at": AT}), "unknown event kind"),
    (json.dumps({"event": "signed", "at": AT, "unit": "A"}), '"ticket" is missing'),
    (json.dumps({"event": "signed", "ticket": "T1", "unit": "A"}), '"at" is missing'),
    (
        json.dumps({"event": "signed", "ticket": "T1", "at": "yesterday", "unit": "A"}),
        "not an ISO 8601 time",
    ),
    (json.dumps({"event": "signed", "ticket": "T1", "at": AT}), '"unit" is missing'),
    (json.dumps({**created("T9", AT), "category": "gossip"}), "category"),
    (json.dumps({**created("T9", AT), "urgent": "yes"}), "urgent"),
    (json.dumps({**created("T9", AT), "channel": "fax"}), "channel"),
    (json.dumps({k: v for k, v in created("T9", AT).items() if k != "title"}), '"title"'),
    (json.dumps(ev("returned", "T1", AT, unit="A", reason="bored")), "reason"),
    (json.dumps(ev("dispatched", "T1", AT, unit="A", unit_kind="ministry")), "unit_kind"),
    (json.dumps(ev("transferred", "T1", AT, **{"from": "A", "to": "A"})), "the same unit"),
    (json.dumps(ev("signed", "NOPE", AT, unit="A")), "never created"),
    (json.dumps(ev("signed", "T1", "2024-10-08T10:00:00+08:00", unit="A")), "is closed"),
    (json.dumps(created("T1", AT, title="again")), "already created"),
]


def test_each_bad_line_is_rejected_with_its_reason(engine: Engine, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    lines = [json.dumps(e, ensure_ascii=False) for e in GOOD] + ["", "   "]
    lines += [bad for bad, _ in BAD]
    feed.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = Importer(engine, load_policy()).import_file(feed)
    assert (result.imported, result.duplicates, result.rejected) == (4, 0, len(BAD))
    kept = [json.loads(x) for x in rejects_path(feed).read_text(encoding="utf-8").splitlines()]
    assert [k["line"] for k in kept] == list(range(7, 7 + len(BAD)))
    for k, (bad, words) in zip(kept, BAD, strict=True):
        assert k["text"] == bad, "the rejected line is kept whole"
        assert words in k["reason"], k["reason"]


def test_state_forbidden_events(engine: Engine) -> None:
    res = load(
        engine,
        [
            created("T", AT),
            ev("signed", "T", AT, unit="A"),  # not dispatched yet
            ev("dispatched", "T", AT, unit="A"),
            ev("signed", "T", AT, unit="B"),  # B does not hold it
            ev("returned", "T", AT, unit="B", reason="other"),
            ev("transferred", "T", AT, **{"from": "B", "to": "C"}),
            ev("reopened", "T", AT),  # it is open
            ev("returned", "T", AT, unit="A", reason="jurisdiction"),
            ev("onsite", "T", AT, unit="A"),  # returned: with no unit
        ],
    )
    reasons = [r.reason for r in res.rejects]
    assert res.imported == 3 and len(reasons) == 6
    assert "not with any unit" in reasons[0]
    assert "is with A" in reasons[1] and "is with A" in reasons[2]
    assert "is with A" in reasons[3]
    assert "only a closed ticket can be reopened" in reasons[4]
    assert "not with any unit" in reasons[5]


def test_not_utf8_line_is_rejected_and_the_rest_imported(engine: Engine, tmp_path: Path) -> None:
    feed = tmp_path / "f.jsonl"
    good = json.dumps(created("T1", AT), ensure_ascii=False).encode()
    feed.write_bytes(good + b"\n" + b'{"event": "closed", "ticket": "T1", "at": "\xff"}\n')
    res = Importer(engine, load_policy()).import_file(feed)
    assert (res.imported, res.rejected) == (1, 1)
    assert "UTF-8" in res.rejects[0].reason


def test_importing_twice_changes_nothing(engine: Engine, tmp_path: Path) -> None:
    feed = tmp_path / "feed.jsonl"
    events = GOOD + [
        {**created("T2", AT), "id": "e-1"},
        {**ev("dispatched", "T2", "2024-10-08T09:05:00+08:00", unit="B"), "id": "e-2"},
    ]
    feed.write_text("\n".join(json.dumps(e) for e in events) + "\n", encoding="utf-8")
    imp = Importer(engine, load_policy())
    first = imp.import_file(feed)
    before = report_at(engine, "2024-10-08T09:20:00+08:00")
    with engine.connect() as conn:
        seq = conn.execute(text("SELECT seq FROM change_counter")).scalar()
    second = Importer(engine, load_policy()).import_file(feed)
    assert (first.imported, first.duplicates) == (6, 0)
    assert (second.imported, second.duplicates, second.rejected) == (0, 6, 0)
    assert report_at(engine, "2024-10-08T09:20:00+08:00") == before
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(TicketEvent)).scalar() == 6
        # the same id with other content is still the same event
        assert conn.execute(text("SELECT seq FROM change_counter")).scalar() == seq + 1
    again = load(engine, [{**created("T2", AT, title="changed"), "id": "e-1"}])
    assert (again.imported, again.duplicates) == (0, 1)


def test_duplicate_inside_one_file(engine: Engine) -> None:
    res = load(engine, [created("T", AT), created("T", AT)])
    assert (res.imported, res.duplicates, res.rejected) == (1, 1, 0)


def test_naive_times_are_read_in_the_center_time_zone(engine: Engine) -> None:
    load(engine, [created("T", "2024-10-08T09:00:00")])
    t = ticket(report_at(engine, "2024-10-08T09:00:00+08:00"), "T")
    assert t["deadlines"][0]["due"] == "2024-10-10T09:00:00+08:00"


def test_units_named_later_and_kinds(engine: Engine) -> None:
    load(
        engine,
        [
            created("T", AT),
            ev("dispatched", "T", AT, unit="SWJ", co_units=["GAJ"]),
            ev("transferred", "T", AT, **{"from": "SWJ", "to": "ZJJ", "to_name": "住建局"}),
            ev("dispatched", "T", AT, unit="SWJ", unit_name="水务局", unit_kind="department"),
        ],
    )
    with engine.connect() as conn:
        units = {r.code: (r.name, r.kind) for r in conn.execute(text("SELECT * FROM units"))}
    assert units == {"SWJ": ("水务局", "department"), "GAJ": ("GAJ", None), "ZJJ": ("住建局", None)}


def _feed(path: Path, tickets: int) -> None:
    with path.open("w", encoding="utf-8") as out:
        for i in range(tickets):
            n = f"K{i:06d}"
            for e in (
                created(n, "2024-10-08T09:00:00+08:00", "complaint"),
                ev("dispatched", n, "2024-10-08T09:01:00+08:00", unit=f"U{i % 7}"),
                ev("signed", n, "2024-10-08T09:20:00+08:00", unit=f"U{i % 7}"),
                *([ev("closed", n, "2024-10-08T10:00:00+08:00")] if i % 3 == 0 else []),
            ):
                out.write(json.dumps(e) + "\n")


def test_kill_part_way_and_import_again(db_url: str, tmp_path: Path) -> None:
    feed = tmp_path / "big.jsonl"
    _feed(feed, 6000)
    lines = sum(1 for _ in feed.open())
    proc = subprocess.Popen(
        [
            sys.executable,
            str(ROOT / "main.py"),
            "--db",
            db_url,
            "import",
            "--batch-size",
            "200",
            str(feed),
        ],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    from db.engine import make_engine

    eng = make_engine(db_url)
    deadline = time.monotonic() + 120
    stored = 0
    while time.monotonic() < deadline and proc.poll() is None:
        with eng.connect() as conn:
            stored = conn.execute(text("SELECT count(*) FROM ticket_events")).scalar() or 0
        if stored >= 2000:
            break
        time.sleep(0.05)
    if proc.poll() is None:
        os.kill(proc.pid, signal.SIGKILL)
    proc.wait()
    assert proc.returncode == -signal.SIGKILL, "the import finished before it could be killed"
    with eng.connect() as conn:
        stored = conn.execute(text("SELECT count(*) FROM ticket_events")).scalar() or 0
    assert 0 < stored < lines
    # whole batches only: every stored event's ticket has its state written
    with eng.connect() as conn:
        created_n = conn.execute(text("SELECT count(*) FROM ticket_events WHERE kind='created'"))
        assert created_n.scalar() == conn.execute(text("SELECT count(*) FROM tickets")).scalar()
    again = run_cli("--db", db_url, "import", str(feed))
    assert again.returncode == 0, again.stderr
    assert f"imported {lines - stored}, duplicates {stored}, rejected 0" in again.stdout
    clean_url = f"sqlite:///{tmp_path / 'clean.db'}"
    assert run_cli("--db", clean_url, "import", str(feed)).returncode == 0
    at = "2024-10-08T12:00:00+08:00"
    resumed = json.loads(run_cli("--db", db_url, "report", "--at", at, "--json").stdout)
    clean = json.loads(run_cli("--db", clean_url, "report", "--at", at, "--json").stdout)
    assert resumed == clean
    assert resumed["kpis"]["open"] == 4000
    eng.dispose()


def test_cli_counts_and_exit_codes(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'c.db'}"
    good = tmp_path / "good.jsonl"
    good.write_text("\n".join(json.dumps(e) for e in GOOD) + "\n", encoding="utf-8")
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"event": "signed"}\n' + json.dumps(created("X", AT)) + "\n")
    r = run_cli("--db", url, "import", str(good))
    assert r.returncode == 0 and "imported 4, duplicates 0, rejected 0" in r.stdout
    r = run_cli("--db", url, "import", str(good), str(bad))
    assert r.returncode == 1
    assert "imported 0, duplicates 4, rejected 0" in r.stdout
    assert "imported 1, duplicates 0, rejected 1" in r.stdout
    assert f"{bad}:1: rejected" in r.stderr and rejects_path(bad).exists()
    assert not rejects_path(good).exists()
    # the database may also be named after the command
    r = run_cli("import", "--db", url, str(good))
    assert r.returncode == 0 and "imported 0, duplicates 4, rejected 0" in r.stdout
    r = run_cli("report", "--db", url, "--at", AT, "--json", "--policy", "national")
    assert r.returncode == 0 and json.loads(r.stdout)["policy"] == "national"
    r = run_cli("--db", url, "import", str(tmp_path / "missing.jsonl"))
    assert r.returncode == 2 and "no such file" in r.stderr
    r = run_cli("--db", url, "--policy", "nowhere.toml", "report")
    assert r.returncode == 2 and "no policy" in r.stderr


@pytest.mark.parametrize("policy", ["haikou", "national"])
def test_report_table_is_readable(engine: Engine, policy: str) -> None:
    from console.report_text import render_table

    load(engine, GOOD[:2], policy)
    text_out = render_table(report_at(engine, "2024-10-08T09:10:00+08:00", policy))
    assert "T1" in text_out and "open 1" in text_out


def test_one_importer_twice_and_with_another_writer_between(engine: Engine) -> None:
    """The importer remembers the keys it wrote to an empty database; another writer in
    between makes it ask the database again."""
    first = Importer(engine, load_policy(), batch_size=2)
    assert first.import_events(GOOD).imported == 4
    assert first.import_events(GOOD).duplicates == 4
    other = Importer(engine, load_policy())
    assert other.import_events([created("T5", AT)]).imported == 1
    again = first.import_events([created("T5", AT), created("T6", AT)])
    assert (again.imported, again.duplicates) == (1, 1)


def test_a_kept_closed_ticket_is_read_again_after_another_writer(engine: Engine) -> None:
    """The importer keeps the tickets it closed for their return visit; one another
    writer reopened in between is judged as stored: open, so a rating is refused."""
    first = Importer(engine, load_policy(), batch_size=2)
    assert first.import_events(GOOD).imported == 4
    rated = ev("rated", "T1", "2024-10-09T10:00:00+08:00", rating="satisfied")
    other = Importer(engine, load_policy())
    assert other.import_events([ev("reopened", "T1", "2024-10-09T09:00:00+08:00")]).imported == 1
    refused = first.import_events([rated])
    assert refused.imported == 0
    assert "is open; a rating" in refused.rejects[0].reason
    assert first.import_events([ev("closed", "T1", "2024-10-09T09:30:00+08:00")]).imported == 1
    assert first.import_events([{**rated, "id": "visit-2"}]).imported == 1


@pytest.mark.parametrize(
    ("args", "words"),
    [
        (["--db", "postgresql+psycopg://nobody@127.0.0.1:1/x", "report"], "cannot be reached"),
        (["--db", "sqlite:////nonexistent/dir/x.db", "report"], "there is no database at"),
        (["--db", "sqlite:////nonexistent/dir/x.db", "import", __file__], "cannot be reached"),
        (["--db", "foo://bar", "report"], "foo databases are not supported"),
        (["simulate", "--days", "1", "--per-day", "5", "--out", "/nonexistent/z.jsonl"],
         "No such file"),
    ],
)  # fmt: skip
def test_cli_errors_are_one_clear_line(args: list[str], words: str) -> None:
    r = run_cli(*args)
    assert r.returncode == 2
    assert words in r.stderr and "Traceback" not in r.stderr
    assert len(r.stderr.strip().splitlines()) == 1
