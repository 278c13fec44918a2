"""Memory freed after a big read goes back to the system (glibc keeps it otherwise, and
the console's resident memory stayed at its peak all day)."""

from __future__ import annotations

from pathlib import Path

import pytest

from console import board
from console.board import give_back_memory


def resident_mb() -> float:
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmRSS")


@pytest.mark.skipif(board._malloc_trim() is None or not Path("/proc/self/status").exists(),
                    reason="glibc on Linux only")  # fmt: skip
def test_memory_freed_after_a_big_read_goes_back() -> None:
    # rows as a driver makes them: many blocks of a few hundred bytes, past Python's own
    # small-object allocator, so they come from (and go back to) the C heap
    rows = [bytes(700) + i.to_bytes(4, "little") for i in range(150_000)]
    kept = rows[-1]  # the heap's top stays in use: only a trim gives the rest back
    held = resident_mb()
    del rows
    freed = resident_mb()
    give_back_memory()
    after = resident_mb()
    assert held - freed < 40 < freed - after  # freed, kept by the C heap, then given back
    assert kept[-4:] == (149_999).to_bytes(4, "little")


def test_the_board_module_asks_no_program_for_the_c_library() -> None:
    # find_library("c") runs /sbin/ldconfig -p: milliseconds of every start and command
    import subprocess
    import sys

    code = "import sys, console.board; print('ctypes.util' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=Path(__file__).resolve().parent.parent, check=True)  # fmt: skip
    assert done.stdout.strip() == "False"
