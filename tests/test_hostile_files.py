"""A broken machine (issue 14, and issue 8's clear errors): the database and the rejects
file are made safely and privately, a database that is not ours is left untouched, and
every refusal is one clear line without a password."""

from __future__ import annotations

import base64
import hashlib
import io
import json
import logging
import os
import sqlite3
import stat
import tempfile
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import Engine, create_engine, inspect, text

from console.ingest import Importer, ProgressBar, rejects_path
from console.policy import load_policy
from db.engine import DatabaseRefused, data_dir, make_engine, mask_secrets
from db.migrate import HEAD
from tests.builders import run_cli
from tests.feedkit import created, ev

AT = "2024-10-08T09:00:00+08:00"
CLEAN = [created("T1", AT), ev("dispatched", "T1", "2024-10-08T09:01:00+08:00", unit="A")]


def _write(path: Path, events: list[dict[str, Any]], extra: bytes = b"") -> Path:
    path.write_bytes(b"".join(json.dumps(e).encode() + b"\n" for e in events) + extra)
    return path


def _one_line_error(r: Any, words: str) -> None:
    assert r.returncode == 2, (r.stdout, r.stderr)
    assert words in r.stderr, r.stderr
    assert "Traceback" not in r.stderr and len(r.stderr.strip().splitlines()) == 1, r.stderr


# --- the rejects file ---------------------------------------------------------------
def test_a_planted_symlink_is_replaced_not_followed(sqlite_engine: Engine, tmp_path: Path) -> None:
    victim = tmp_path / "victim.txt"
    victim.write_text("precious", encoding="utf-8")
    feed = _write(tmp_path / "feed.jsonl", CLEAN, b"{bad json\n")
    rejects_path(feed).symlink_to(victim)
    res = Importer(sqlite_engine, load_policy()).import_file(feed)
    assert (res.imported, res.rejected) == (2, 1)
    assert victim.read_text(encoding="utf-8") == "precious"
    kept = rejects_path(feed)
    assert not kept.is_symlink() and "not valid JSON" in kept.read_text(encoding="utf-8")
    assert stat.S_IMODE(kept.stat().st_mode) == 0o600
    assert sorted(p.name for p in tmp_path.iterdir() if "test.db" not in p.name) == sorted(
        ["victim.txt", "feed.jsonl", kept.name]
    ), "no temporary file is left behind"


def test_a_clean_feed_imports_where_no_rejects_file_can_be_made(
    engine: Engine, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def refuse(*_a: Any, **_k: Any) -> Any:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    feed = _write(tmp_path / "clean.jsonl", CLEAN)
    res = Importer(engine, load_policy()).import_file(feed)
    assert (res.imported, res.rejected) == (2, 0)
    assert not rejects_path(feed).exists()
    # a rejected line that cannot be kept stops its batch: nothing silently dropped
    dirty = _write(tmp_path / "dirty.jsonl", [created("T2", AT)], b"{bad\n")
    with pytest.raises(OSError, match="cannot be kept"):
        Importer(engine, load_policy()).import_file(dirty)
    with engine.connect() as conn:
        assert conn.execute(text("SELECT count(*) FROM tickets")).scalar() == 1


def test_the_rejects_file_is_made_only_when_a_line_is_rejected(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    feed = _write(tmp_path / "feed.jsonl", CLEAN, b"{bad\n")
    Importer(sqlite_engine, load_policy()).import_file(feed)
    assert rejects_path(feed).exists()
    _write(feed, CLEAN)  # fixed: the old rejects file goes
    Importer(sqlite_engine, load_policy()).import_file(feed)
    assert sorted(p.name for p in tmp_path.iterdir() if "test.db" not in p.name) == ["feed.jsonl"]


def test_a_line_that_is_not_utf8_is_kept_byte_for_byte(
    sqlite_engine: Engine, tmp_path: Path
) -> None:
    bad = b'{"event": "closed", "ticket": "T1", "at": "\xff\xfe\xc0"}'
    feed = _write(tmp_path / "feed.jsonl", CLEAN, bad + b"\r\n")
    res = Importer(sqlite_engine, load_policy()).import_file(feed)
    assert res.rejected == 1
    kept = json.loads(rejects_path(feed).read_text(encoding="utf-8"))
    assert base64.b64decode(kept["raw_base64"]) == bad
    assert kept["line"] == 3 and "UTF-8" in kept["reason"]


def test_progress_is_told_when_the_output_is_not_a_terminal() -> None:
    out = io.StringIO()
    now = [0.0]
    bar = ProgressBar("big.jsonl", out, every=10, clock=lambda: now[0])
    for step in range(1, 100):
        now[0] += 1
        bar(step, 100)
    lines = out.getvalue().splitlines()
    assert lines[0] == "big.jsonl: 10% read" and len(lines) == 9, lines
    bar.finish()
    assert len(out.getvalue().splitlines()) == 9


def test_import_of_a_folder_says_so(tmp_path: Path) -> None:
    r = run_cli("--db", f"sqlite:///{tmp_path / 'x.db'}", "import", str(tmp_path))
    _one_line_error(r, "is a folder, not a feed file")


# --- the database -------------------------------------------------------------------
def test_data_folder_and_files_are_private(tmp_path: Path) -> None:
    eng = make_engine()
    folder = data_dir()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    eng.dispose()
    db = folder / "console.db"
    assert stat.S_IMODE(db.stat().st_mode) == 0o600
    for extra in folder.glob("console.db-*"):
        assert stat.S_IMODE(extra.stat().st_mode) == 0o600, extra
    folder.chmod(0o755)  # an older version's folder is tightened
    assert stat.S_IMODE(data_dir().stat().st_mode) == 0o700


@pytest.mark.parametrize(
    "command",
    [
        ["report", "--json"],
        ["notifications"],
        ["notify"],
        ["assess", "--from", "2024-10-01", "--to", "2024-10-08"],
        ["bulletin", "--from", "2024-10-01", "--to", "2024-10-08", "--out", "/tmp/never.csv"],
        ["escalations"],
        ["proposals"],
        ["staff", "list"],
        ["notice", "1", "--out", "/tmp/never.pdf"],
        # acting on a mistyped path makes no database either: only import and the console do
        ["act", "--as", "李娜", "urge", "HK-1"],
        ["staff", "add", "李娜", "--role", "supervisor"],
        ["report"],
    ],
)
def test_reading_commands_refuse_a_database_that_does_not_exist(
    tmp_path: Path, command: list[str]
) -> None:
    missing = tmp_path / "typo.db"
    r = run_cli("--db", f"sqlite:///{missing}", *command)
    _one_line_error(r, "there is no database at")
    assert not missing.exists() and not r.stdout
    if command != ["report"]:
        return
    feed = _write(tmp_path / "f.jsonl", CLEAN)
    r = run_cli("--db", f"sqlite:///{missing}", "import", str(feed))
    assert r.returncode == 0 and "created a new database" in r.stderr
    r = run_cli("--db", f"sqlite:///{missing}", "import", str(feed))
    assert r.returncode == 0 and "created" not in r.stderr


def test_a_reading_command_refuses_an_empty_server_database(db_url: str) -> None:
    with pytest.raises(DatabaseRefused, match="no console data yet|no database"):
        make_engine(db_url, create=False)
    said: list[str] = []
    make_engine(db_url, on_create=said.append).dispose()
    assert said and "created a new database" in said[0]
    make_engine(db_url, create=False).dispose()


def _tables(url: str) -> set[str]:
    eng = create_engine(url)
    try:
        return set(inspect(eng).get_table_names())
    finally:
        eng.dispose()


def test_first_schema_creation_is_one_transaction(
    db_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    from alembic.operations import Operations

    real = Operations.create_table
    calls = [0]

    def dies_on_the_fourth(self: Any, *a: Any, **k: Any) -> Any:
        calls[0] += 1
        if calls[0] == 4:
            raise KeyboardInterrupt  # stands in for a kill part-way
        return real(self, *a, **k)

    monkeypatch.setattr(Operations, "create_table", dies_on_the_fourth)
    if db_url.startswith("sqlite"):  # an existing empty file: it stays, empty
        Path(db_url.removeprefix("sqlite:///")).touch()
    with pytest.raises(KeyboardInterrupt):
        make_engine(db_url)
    assert _tables(db_url) == set()
    monkeypatch.setattr(Operations, "create_table", real)
    make_engine(db_url).dispose()
    assert "change_counter" in _tables(db_url)


def test_a_creation_an_older_console_left_half_done_is_resumed(db_url: str) -> None:
    eng = create_engine(db_url)
    with eng.begin() as conn:
        conn.execute(text("CREATE TABLE change_counter (id INTEGER PRIMARY KEY, seq BIGINT)"))
        conn.execute(text("INSERT INTO change_counter VALUES (1, 0)"))
        conn.execute(text("CREATE TABLE policies (key VARCHAR(100) PRIMARY KEY)"))
    eng.dispose()
    make_engine(db_url).dispose()
    assert "tickets" in _tables(db_url)


def _fingerprint(url: str) -> Any:
    if url.startswith("sqlite"):
        return hashlib.sha256(Path(url.removeprefix("sqlite:///")).read_bytes()).hexdigest()
    return _tables(url)


def test_a_database_that_is_not_ours_is_refused_untouched(db_url: str) -> None:
    eng = create_engine(db_url)
    with eng.begin() as conn:
        conn.execute(text("CREATE TABLE customers (id INTEGER PRIMARY KEY, name TEXT)"))
        conn.execute(text("INSERT INTO customers VALUES (1, '张三')"))
    eng.dispose()
    if db_url.startswith("sqlite"):  # leave no journal beside it: compare the bytes
        with sqlite3.connect(db_url.removeprefix("sqlite:///")) as raw:
            raw.execute("PRAGMA journal_mode=DELETE")
    before = _fingerprint(db_url)
    with pytest.raises(DatabaseRefused, match="another program's tables"):
        make_engine(db_url)
    assert _fingerprint(db_url) == before


def test_a_newer_schema_is_refused(db_url: str) -> None:
    make_engine(db_url).dispose()
    eng = create_engine(db_url)
    with eng.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '9999'"))
    eng.dispose()
    with pytest.raises(DatabaseRefused, match=f"newer than this console knows \\({HEAD}\\)"):
        make_engine(db_url)


@pytest.mark.parametrize(
    ("url", "words"),
    [
        ("mysql://u:s3cret@localhost/x", "mysql databases are not supported"),
        ("postgresql://u:s3cret@localhost:notaport/d", "is not a database URL"),
        ("::::", "is not a database URL"),
    ],
)
def test_unsupported_and_malformed_urls(url: str, words: str) -> None:
    r = run_cli("--db", url, "report")
    _one_line_error(r, words)
    assert "s3cret" not in r.stderr


def test_a_file_that_is_not_a_database(tmp_path: Path) -> None:
    junk = tmp_path / "notes.db"
    junk.write_bytes(b"these are my notes, not a database\n" * 200)
    before = junk.read_bytes()
    r = run_cli("--db", f"sqlite:///{junk}", "report")
    _one_line_error(r, "cannot be read as a database")
    assert junk.read_bytes() == before


def test_passwords_are_masked_in_messages_and_the_gui_log(
    qtbot: Any, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    assert mask_secrets("postgresql+psycopg://ops:s3cret@db:5432/x") == (
        "postgresql+psycopg://ops:***@db:5432/x"
    )
    assert "s3cret" not in mask_secrets("host=db password=s3cret user=ops")
    r = run_cli("--db", "postgresql+psycopg://ops:s3cret@127.0.0.1:1/x", "report")
    assert r.returncode == 2 and "s3cret" not in r.stderr

    import argparse

    import widgets.app as app

    def broken(url: str, **_k: Any) -> Engine:
        raise RuntimeError(f"could not open {url}")

    shown: list[str] = []
    monkeypatch.setattr(app, "make_engine", broken)

    class _Box:
        def __init__(self, *a: Any) -> None:
            shown.append(" ".join(str(x) for x in a[1:]))

        def exec(self) -> int:
            return 0

    monkeypatch.setattr(app, "error_box", _Box)
    args = argparse.Namespace(
        lang="en", policy="haikou", demo=False, db="postgresql://ops:s3cret@db/x", wall=False
    )
    caplog.set_level(logging.DEBUG)
    assert app.run_gui(args) != 0
    assert "cannot open the database" in caplog.text and "ops:***@db" in caplog.text
    assert "s3cret" not in caplog.text and shown and "s3cret" not in shown[0]


def test_data_folder_made_by_the_console_is_private_when_made_fresh(tmp_path: Path) -> None:
    folder = data_dir()
    assert os.stat(folder).st_mode & 0o077 == 0
