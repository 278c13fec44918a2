"""``report`` reads a database of this console at the newest schema with the plain
driver, never loading SQLAlchemy (a third of a second of its start, issue 12); any
other database goes the usual way (make_engine), which refuses, upgrades or explains."""

from __future__ import annotations

import contextlib
import socket
import sqlite3
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import orjson
import pytest
from sqlalchemy import Engine, text
from sqlalchemy.exc import OperationalError

from console.cli import database_trouble
from console.policy import load_policy
from console.report import read_report
from db.engine import make_engine
from db.reading import plain_connection
from tests.builders import ROOT
from tests.feedkit import created, ev, load, report_at

AT = "2024-10-08T11:00:00+08:00"

# SQLAlchemy refused by the interpreter itself: loading it fails the command
_WITHOUT_SQLALCHEMY = """
import runpy, sys

class Refuse:
    def find_spec(self, name, path=None, target=None):
        if name.partition(".")[0] == "sqlalchemy":
            raise ImportError(f"the report loaded {name}")

sys.meta_path.insert(0, Refuse())
sys.argv = ["main.py", *sys.argv[1:]]
runpy.run_path("main.py", run_name="__main__")
"""


def _feed(engine: Engine) -> None:
    load(engine, [
        created("T1", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "T1", "2024-10-08T09:05:00+08:00", unit="SZJ"),
        created("T2", "2024-10-08T09:00:00+08:00", category="help"),
        ev("dispatched", "T2", "2024-10-08T09:05:00+08:00", unit="SZJ"),
        ev("closed", "T2", "2024-10-08T10:00:00+08:00"),
        created("T3", "2024-10-08T09:10:00+08:00", urgent=True),
        ev("dispatched", "T3", "2024-10-08T09:15:00+08:00", unit="SGA"),
        ev("signed", "T3", "2024-10-08T11:30:00+08:00", unit="SGA"),  # after: replayed
        ev("closed", "T2", "2024-10-08T12:00:00+08:00"),
    ])  # fmt: skip


def _without_sqlalchemy(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", _WITHOUT_SQLALCHEMY, *args],
        capture_output=True, text=True, cwd=ROOT, timeout=300,
    )  # fmt: skip


def test_the_report_reads_without_sqlalchemy_what_the_engine_reads(
    engine: Engine, db_url: str
) -> None:
    _feed(engine)
    expected = report_at(engine, AT)
    assert len(expected["tickets"]) == 2  # T1 as stored, T3 replayed
    done = _without_sqlalchemy("--db", db_url, "report", "--at", AT, "--json")
    assert done.returncode == 0, done.stderr
    assert done.stdout.encode() == orjson.dumps(expected, option=orjson.OPT_INDENT_2) + b"\n"
    table = _without_sqlalchemy("--db", db_url, "report", "--at", AT)
    assert table.returncode == 0, table.stderr
    assert "T3" in table.stdout


def test_a_database_not_at_the_newest_schema_goes_the_usual_way(
    engine: Engine, db_url: str
) -> None:
    _feed(engine)
    reading = plain_connection(db_url)
    assert reading is not None
    reading.conn.close()
    with engine.begin() as conn:
        conn.execute(text("UPDATE alembic_version SET version_num = '0006'"))
    assert plain_connection(db_url) is None
    done = _without_sqlalchemy("--db", db_url, "report", "--at", AT, "--json")
    assert "the report loaded sqlalchemy" in done.stderr  # it went by make_engine


def test_files_and_urls_not_plainly_ours_are_left_to_the_usual_way(tmp_path: Path) -> None:
    assert plain_connection(f"sqlite:///{tmp_path / 'none.db'}") is None
    assert not (tmp_path / "none.db").exists()
    junk = tmp_path / "junk.db"
    junk.write_bytes(b"not a database" * 100)
    assert plain_connection(f"sqlite:///{junk}") is None
    assert junk.read_bytes() == b"not a database" * 100
    foreign = tmp_path / "foreign.db"
    with sqlite3.connect(foreign) as raw:
        raw.execute("CREATE TABLE notes (x)")
    assert plain_connection(f"sqlite:///{foreign}") is None
    with sqlite3.connect(foreign) as raw:  # left as it was: not switched to WAL
        assert raw.execute("PRAGMA journal_mode").fetchone() == ("delete",)
    ours = tmp_path / "ours.db"
    make_engine(f"sqlite:///{ours}").dispose()
    assert plain_connection(f"sqlite:///{ours}?timeout=5") is None  # SQLAlchemy's reading
    assert plain_connection("postgresql+psycopg://nobody@127.0.0.1:1/x") is None
    assert plain_connection("mysql://nobody@127.0.0.1/x") is None
    reading = plain_connection(f"sqlite:///{ours}")
    assert reading is not None and reading.dialect == "sqlite"
    assert reading.conn.execute("PRAGMA mmap_size").fetchone()[0] > 0  # pages mapped
    reading.conn.close()


def test_a_driver_error_reads_as_the_engine_error_it_would_have_been() -> None:
    cause = sqlite3.OperationalError("database is locked")
    wrapped = OperationalError("SELECT 1", {}, cause)
    assert database_trouble(cause) == database_trouble(wrapped)
    assert database_trouble(cause) == "the database cannot be reached: database is locked"
    refused = sqlite3.IntegrityError("no")
    assert database_trouble(refused) == "the database refused it: no"
    assert database_trouble(ValueError("x")) is None


def test_a_server_that_never_answers_is_waited_for_once() -> None:
    # a socket that listens and never accepts: the kernel takes each connection, nobody
    # answers it, and the driver's connect_timeout expires
    with socket.socket() as silent:
        silent.bind(("127.0.0.1", 0))
        silent.listen(8)
        port = silent.getsockname()[1]
        url = f"postgresql+psycopg://nobody@127.0.0.1:{port}/x?connect_timeout=2"
        with pytest.raises(Exception) as raised:
            read_report(url, load_policy(), datetime.now(UTC))
        assert database_trouble(raised.value) == (
            "the database cannot be reached: connection timeout expired"
        )
        silent.setblocking(False)
        tried = 0
        with contextlib.suppress(BlockingIOError):
            while True:
                silent.accept()[0].close()
                tried += 1
    assert tried == 1  # not once by the plain driver and again by the engine
