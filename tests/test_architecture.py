"""The design's layering, checked rather than remembered: console/ and db/ never use Qt."""

from __future__ import annotations

import ast
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FORBIDDEN = ("PySide6", "PyQt5", "PyQt6", "shiboken6", "pyqtgraph", "widgets")


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"), str(path))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(a.name.split(".")[0] for a in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
            names.add(node.module.split(".")[0])
    return names


@pytest.mark.parametrize("package", ["console", "db"])
def test_no_qt_in_domain_code(package: str) -> None:
    offenders = {
        str(p.relative_to(ROOT)): sorted(_imports(p) & set(FORBIDDEN))
        for p in (ROOT / package).rglob("*.py")
    }
    assert {k: v for k, v in offenders.items() if v} == {}


def test_db_imports_nothing_of_ours() -> None:
    for p in (ROOT / "db").rglob("*.py"):
        assert not _imports(p) & {"console", "widgets"}, p


def test_domain_runs_without_qt_installed_in_the_process() -> None:
    """Import every console and db module in a fresh interpreter; Qt must stay unloaded."""
    modules = [
        ".".join(p.relative_to(ROOT).with_suffix("").parts)
        for pkg in ("console", "db")
        for p in (ROOT / pkg).rglob("*.py")
        if "migrations" not in p.parts and p.name != "__main__.py"
    ]
    code = (
        "import importlib, sys\n"
        f"for m in {modules!r}: importlib.import_module(m)\n"
        "bad = [m for m in sys.modules if m.split('.')[0] in "
        f"{FORBIDDEN!r}]\n"
        "print(bad); sys.exit(1 if bad else 0)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr


# helpers that live once: a copy of their body elsewhere is a sign to import them instead
ONCE = {
    "console/errors.py": re.compile(r"splitlines\(\) or \[type\("),  # first_line
    # in_chunks: slices of a list, each bound into an IN (...) list
    "db/tables.py": re.compile(r"in range\(0, len\([^)]*\), [^)]*\):(?:\n[^\n]*){0,3}\.in_\("),
}


@pytest.mark.parametrize(("home", "body"), ONCE.items())
def test_shared_helpers_are_not_written_again(home: str, body: re.Pattern[str]) -> None:
    copies = [
        str(p.relative_to(ROOT))
        for pkg in ("console", "db", "widgets")
        for p in (ROOT / pkg).rglob("*.py")
        if str(p.relative_to(ROOT)) != home and body.search(p.read_text(encoding="utf-8"))
    ]
    assert copies == [], f"use {home}'s helper instead of a copy: {copies}"
