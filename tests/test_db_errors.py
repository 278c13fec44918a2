"""Database errors as a kind a supervisor can be told, the driver's words kept (masked)."""

from __future__ import annotations

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.exc import OperationalError

from console.errors import KINDS, error_detail, error_kind


@pytest.mark.parametrize(
    ("message", "kind"),
    [
        ('(psycopg.OperationalError) connection failed: connection to server at "10.0.0.9", '
         "port 5432 failed: Connection refused", "unreachable"),
        ("connection failed: timeout expired", "unreachable"),
        ('FATAL:  password authentication failed for user "duty"', "auth"),
        ('FATAL:  database "hotlne" does not exist', "no_database"),
        ("(sqlite3.OperationalError) database is locked", "locked"),
        ("(sqlite3.OperationalError) unable to open database file", "unreadable_file"),
        ("(sqlite3.DatabaseError) file is not a database", "not_database"),
        ("Could not parse SQLAlchemy URL from string 'x'", "other"),
        ("Could not parse rfc1738 URL from string 'x'", "bad_url"),
        ("something nobody foresaw", "other"),
    ],
)  # fmt: skip
def test_kinds(message: str, kind: str) -> None:
    assert error_kind(message) == kind
    assert kind in KINDS


def test_detail_masks_passwords_and_drops_the_background_link() -> None:
    exc = OperationalError(
        "SELECT 1",
        {},
        Exception(
            "could not connect to postgresql://duty:s3cret@db/x (password=s3cret)"
        ),  # fmt: skip
    )
    detail = error_detail(exc)
    assert "s3cret" not in detail and "duty:***@" in detail
    assert "Background on this error" not in detail


def test_a_real_driver_error_is_told_by_kind(tmp_path: object) -> None:
    engine = create_engine("sqlite:////nonexistent/dir/x.db")
    with pytest.raises(OperationalError) as caught, engine.connect() as conn:
        conn.execute(text("SELECT 1"))
    assert error_kind(error_detail(caught.value)) == "unreadable_file"
