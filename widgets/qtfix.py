"""A work-around for a reference-counting bug in PySide6 6.12's ``Signal.emit``.

``SignalInstance.emit`` returns ``True`` without taking a reference to it, so every emit
from Python takes one reference from the interpreter's ``True``; after a few thousand
emits Python aborts ("deallocating True"). A board that ticks every second reaches that
in minutes. We probe once at import and, only when the bug is present, give the
reference back after each emit.
"""

from __future__ import annotations

import ctypes
import logging
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal, SignalInstance

log = logging.getLogger("widgets.qtfix")

_py_incref = ctypes.pythonapi.Py_IncRef
_py_incref.argtypes = [ctypes.py_object]
_py_incref.restype = None


class _Probe(QObject):
    fired = Signal()


def _emit_steals_a_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True)
    for _ in range(8):
        probe.fired.emit()
    lost = before - sys.getrefcount(True)
    _py_incref_n(True, max(lost, 0))  # give back what the probe itself took
    return lost >= 8


def _py_incref_n(obj: object, n: int) -> None:
    for _ in range(n):
        _py_incref(obj)


def install() -> bool:
    """Patch ``SignalInstance.emit`` when needed; True when it was patched."""
    if getattr(SignalInstance.emit, "_hotline_patched", False):
        return True
    if not _emit_steals_a_reference():
        return False
    original = SignalInstance.emit

    def emit(self: SignalInstance, *args: Any) -> Any:
        result = original(self, *args)
        _py_incref(result)
        return result

    emit._hotline_patched = True  # type: ignore[attr-defined]
    SignalInstance.emit = emit  # type: ignore[method-assign]
    log.info("PySide6 Signal.emit reference bug present: patched")
    return True
