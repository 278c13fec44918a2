"""A work-around for a reference-counting bug of PySide6 6.12 on Python 3.11.

Shiboken 6.12 hands ``None`` (every void method: ``update()``, ``setInterval()`` …, an
invalid ``QVariant``) and ``True`` (``Signal.emit``) back to Python without taking a
reference — harmless from Python 3.12 on, where those objects are immortal, fatal on
3.11: each call takes one reference away, and after some ten thousand calls Python aborts
with "deallocating None". A board that ticks every second gets there in minutes.

We probe once at import; when the bug is present we make ``None``, ``True`` and ``False``
as good as immortal, as Python 3.12 does, by giving them 2**40 references.
"""

from __future__ import annotations

import ctypes
import logging
import sys

from PySide6.QtCore import QObject, QTimer, Signal

log = logging.getLogger(__name__)

_PLENTY = 1 << 40  # a million calls a second would need twelve days to use them up
_PROBES = 16


class _Probe(QObject):
    fired = Signal()


def _leaks() -> bool:
    timer, probe = QTimer(), _Probe()
    none, true = sys.getrefcount(None), sys.getrefcount(True)
    for _ in range(_PROBES):
        timer.setInterval(5)  # a void method: returns None
        probe.fired.emit()  # returns True
    lost = (none - sys.getrefcount(None)) + (true - sys.getrefcount(True))
    return lost >= _PROBES


def install() -> bool:
    """Apply the work-around when this PySide6 needs it; True when it was applied."""
    if sys.getrefcount(None) > _PLENTY // 2:
        return True  # applied already (or immortal singletons)
    if not _leaks():
        return False
    for singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(singleton)).value += _PLENTY
    log.info("PySide6 reference bug present: None, True and False made immortal")
    return True
