#!/usr/bin/env bash
# Run the checks and the whole test suite, on SQLite and on PostgreSQL.
# PostgreSQL: HOTLINE_TEST_PG (default postgresql+psycopg://postgres@127.0.0.1:5432/test);
# with HOTLINE_REQUIRE_PG=1 an unreachable server fails the run instead of skipping.
set -euo pipefail
cd "$(dirname "$0")/.."
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/mypy console db widgets main.py
.venv/bin/python -m pytest -q "$@"
