"""Fast batched writes for the importer: plain DB-API ``executemany`` on prepared tuples.

SQLAlchemy's per-row parameter processing costs more than the database's own work on
big imports, so the hot path converts values once, by column type, and hands tuples to
the driver. The SQL is still built from the typed models, so the tables cannot drift.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Sequence
from functools import cache
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Integer, SmallInteger, String, Table
from sqlalchemy.engine import Connection

from db.models import UTCDateTime
from db.times import sqlite_time as _sqlite_time

Converter = Callable[[Any], Any]


def _json(value: Any) -> str | None:
    if value is None:
        return None
    if not value and isinstance(value, list):
        return "[]"  # the common case, without the encoder
    return json.dumps(value, ensure_ascii=False)


@cache
def _plan(
    dialect: str, table: Table, columns: tuple[str, ...]
) -> tuple[tuple[int, Converter], ...]:
    """The columns whose values need converting for this driver, with their converters."""
    convs: list[tuple[int, Converter]] = []
    for i, name in enumerate(columns):
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime) and dialect == "sqlite":
            convs.append((i, _sqlite_time))
        elif isinstance(kind, JSON):
            convs.append((i, _json))
    # sqlite3 stores bool as the integer it is; psycopg adapts bool itself
    return tuple(convs)


def _marks(dialect: str, table: Table, columns: Sequence[str]) -> list[str]:
    mark = "?" if dialect == "sqlite" else "%s"
    out = []
    for name in columns:
        if dialect == "postgresql" and isinstance(table.c[name].type, JSON):
            out.append(f"CAST({mark} AS JSON)")
        else:
            out.append(mark)
    return out


def _rows(
    dialect: str, table: Table, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]
) -> list[tuple[Any, ...]]:
    plan = _plan(dialect, table, columns)
    if not plan:  # nothing to convert (the events, on PostgreSQL): no copy of each row
        return [tuple(row) for row in rows]
    out: list[tuple[Any, ...]] = []
    for row in rows:
        values = list(row)
        for i, conv in plan:
            values[i] = conv(values[i])
        out.append(tuple(values))
    return out


# PostgreSQL writes big batches by COPY: several times faster than an executemany of
# INSERTs or UPDATEs (issue 12: an import of 1,000,000 events at 0.17 of a plain COPY of
# its rows); a few rows (a live feed's) go the ordinary way
COPY_FROM = 200


@cache
def _binary_types(table: Table, columns: tuple[str, ...]) -> tuple[str, ...] | None:
    """The PostgreSQL type of each column as binary COPY sends it, or None when one has
    no plain binary form here. Text, varchar and json travel alike in binary: their bytes
    (the server checks widths and JSON on receipt as it does for text COPY)."""
    names: list[str] = []
    for name in columns:
        kind = table.c[name].type
        if isinstance(kind, UTCDateTime):
            names.append("timestamptz")
        elif isinstance(kind, BigInteger):
            names.append("int8")
        elif isinstance(kind, SmallInteger):
            names.append("int2")
        elif isinstance(kind, Integer):
            names.append("int4")
        elif isinstance(kind, Boolean):
            names.append("bool")
        elif isinstance(kind, String | JSON):
            names.append("text")
        else:
            return None
    return tuple(names)


def _copy_in(
    conn: Connection,
    table: Table,
    target: str,
    columns: tuple[str, ...],
    rows: list[tuple[Any, ...]],
) -> None:
    # binary COPY where every column has a binary form: the text form printed every
    # time and escaped every string, then the server parsed it back - a fifth of the
    # client's CPU and half the COPY's time (issue 12)
    types = _binary_types(table, columns)
    cursor = conn.connection.dbapi_connection.cursor()  # type: ignore[union-attr]
    sql = f"COPY {target} ({', '.join(columns)}) FROM STDIN"
    try:
        with cursor.copy(sql if types is None else sql + " (FORMAT BINARY)") as copy:
            if types is not None:
                copy.set_types(list(types))
            for row in rows:
                copy.write_row(row)
    finally:
        cursor.close()


def insert_rows(
    conn: Connection, table: Table, columns: tuple[str, ...], rows: Sequence[Sequence[Any]]
) -> None:
    """INSERT ``rows`` (tuples in ``columns`` order) into ``table``."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql" and len(rows) >= COPY_FROM:
        # JSON values go as their text, which COPY reads into a json column as it is
        _copy_in(conn, table, table.name, columns, _rows(dialect, table, columns, rows))
        return
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) "
        f"VALUES ({', '.join(_marks(dialect, table, columns))})"
    )
    conn.exec_driver_sql(sql, _rows(dialect, table, columns, rows))  # type: ignore[arg-type]


def update_rows(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    keys: tuple[str, ...],
    rows: Sequence[Sequence[Any]],
) -> None:
    """UPDATE ``table`` SET ``columns`` WHERE ``keys``; each row holds the column values
    followed by the key values."""
    if not rows:
        return
    dialect = conn.dialect.name
    if dialect == "postgresql" and len(rows) >= COPY_FROM:
        _update_by_copy(conn, table, columns, keys, _rows(dialect, table, columns + keys, rows))
        return
    marks = _marks(dialect, table, columns + keys)
    sets = ", ".join(f"{c} = {m}" for c, m in zip(columns, marks, strict=False))
    where = " AND ".join(f"{k} = {m}" for k, m in zip(keys, marks[len(columns) :], strict=True))
    sql = f"UPDATE {table.name} SET {sets} WHERE {where}"
    conn.exec_driver_sql(sql, _rows(dialect, table, columns + keys, rows))  # type: ignore[arg-type]


def _update_by_copy(
    conn: Connection,
    table: Table,
    columns: tuple[str, ...],
    keys: tuple[str, ...],
    rows: list[tuple[Any, ...]],
) -> None:
    """The rows COPYed into a temporary table shaped like ``table``'s columns, then one
    UPDATE … FROM it. A key given twice keeps its last row, as one UPDATE after another
    would."""
    n = len(columns)
    last = {row[n:]: row for row in rows}
    scratch = f"bulk_{table.name}"
    both = columns + keys
    conn.exec_driver_sql(
        f"CREATE TEMPORARY TABLE {scratch} ON COMMIT DROP AS"
        f" SELECT {', '.join(both)} FROM {table.name} WITH NO DATA"
    )
    _copy_in(conn, table, scratch, both, list(last.values()))
    sets = ", ".join(f"{c} = s.{c}" for c in columns)
    where = " AND ".join(f"t.{k} = s.{k}" for k in keys)
    conn.exec_driver_sql(f"UPDATE {table.name} AS t SET {sets} FROM {scratch} AS s WHERE {where}")
    conn.exec_driver_sql(f"DROP TABLE {scratch}")  # the next batch of this transaction
