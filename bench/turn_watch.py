"""Who made a long event-loop turn: the UI thread's Python stack, sampled while it stalls.

A 1 ms timer on the UI thread stamps a heartbeat; a watcher thread looks every
``every_ms`` and, while the heartbeat is older than ``stall_ms``, records the UI thread's
stack (``sys._current_frames``). A stall that ends up longer than ``report_ms`` is kept
with the stacks seen during it, so ``report()`` names what each long turn was doing.
Bench-only: the console never loads it.
"""

from __future__ import annotations

import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication


@dataclass
class Stall:
    started: float
    ended: float = 0.0
    stacks: Counter[str] = field(default_factory=Counter)
    cpu_start: float = 0.0
    cpu_end: float = 0.0
    states: Counter[str] = field(default_factory=Counter)  # the UI thread's R/S per sample
    others: Counter[str] = field(default_factory=Counter)  # other threads running meanwhile

    @property
    def ms(self) -> float:
        return (self.ended - self.started) * 1000


class TurnWatch(QObject):
    def __init__(
        self, stall_ms: float = 8.0, report_ms: float = 16.0, every_ms: float = 1.0, depth: int = 14
    ) -> None:
        super().__init__()
        self.stall_s, self.report_s = stall_ms / 1000, report_ms / 1000
        self.every_s = every_ms / 1000
        self.depth = depth
        self.ui = threading.get_ident()
        self.ui_native = threading.get_native_id()
        self.ui_clock = time.pthread_getcpuclockid(self.ui)
        self._cpu = 0.0  # the UI thread's CPU time when last seen beating
        self.beat_at = time.perf_counter()
        self.stalls: list[Stall] = []
        self._stall: Stall | None = None
        self._stop = threading.Event()
        self.beat = QTimer(self)
        self.beat.setTimerType(Qt.TimerType.PreciseTimer)
        self.beat.setInterval(1)
        self.beat.timeout.connect(self._beat)
        self._thread = threading.Thread(target=self._watch, name="turn-watch", daemon=True)

    def start(self) -> None:
        self.beat_at = time.perf_counter()
        self.beat.start()
        self._thread.start()

    def stop(self) -> None:
        self.beat.stop()
        self._stop.set()
        self._thread.join()

    def _beat(self) -> None:
        self.beat_at = time.perf_counter()

    def _stack(self) -> str:
        frame = sys._current_frames().get(self.ui)
        if frame is None:
            return "?"
        lines = traceback.extract_stack(frame)[-self.depth :]
        return "\n".join(f"    {s.filename.split('/')[-2:][-1]}:{s.lineno} {s.name}" for s in lines)

    def _watch(self) -> None:
        while not self._stop.wait(self.every_s):
            now = time.perf_counter()
            beat = self.beat_at
            if now - beat > self.stall_s:
                if self._stall is None or self._stall.started != beat:
                    self._close(beat)
                    self._stall = Stall(beat, cpu_start=self._cpu)
                self._stall.stacks[self._stack()] += 1
                self._stall.states[_state(self.ui_native)] += 1
                for thread in threading.enumerate():
                    native = thread.native_id
                    mine = (self.ui_native, threading.get_native_id())
                    if native and native not in mine and _state(native) == "R":
                        self._stall.others[thread.name] += 1
            else:
                self._close(beat)
                self._cpu = time.clock_gettime(self.ui_clock)

    def _close(self, beat: float) -> None:
        if self._stall is not None:
            self._stall.ended = beat
            self._stall.cpu_end = time.clock_gettime(self.ui_clock)
            if self._stall.ended - self._stall.started > self.report_s:
                self.stalls.append(self._stall)
            self._stall = None

    def report(self, top: int = 8, stacks: int = 3) -> str:
        out = [f"{len(self.stalls)} turns over {self.report_s * 1000:.0f} ms"]
        for stall in sorted(self.stalls, key=lambda s: -s.ms)[:top]:
            cpu = (stall.cpu_end - stall.cpu_start) * 1000
            out.append(
                f"  turn of {stall.ms:.1f} ms, UI thread CPU ~{cpu:.1f} ms "
                f"({sum(stall.stacks.values())} samples; states {dict(stall.states)}; "
                f"others running {dict(stall.others)}):"
            )
            for stack, count in stall.stacks.most_common(stacks):
                out.append(f"   x{count}\n{stack}")
        return "\n".join(out)


def _state(native: int) -> str:
    try:
        with open(f"/proc/self/task/{native}/stat") as f:
            return f.read().rsplit(")", 1)[1].split()[0]
    except OSError:
        return "?"


class TimedApplication(QApplication):
    """A QApplication whose ``notify`` keeps each top-level event's UI-thread CPU time
    (receiver and event type), and the costly events nested in it, for :class:`TurnWatch`."""

    def __init__(self, argv: list[str], over_ms: float = 8.0) -> None:
        super().__init__(argv)
        self.over_s = over_ms / 1000
        self.ui = threading.get_ident()
        self.depth = 0
        self.nested: Counter[str] = Counter()
        self.events: list[tuple[float, float, str, Counter[str]]] = []  # cpu, wall, what, nested

    def notify(self, receiver: QObject, event: QEvent) -> bool:  # type: ignore[override]
        if threading.get_ident() != self.ui:  # a worker's own event loop
            return super().notify(receiver, event)
        self.depth += 1
        what = f"{type(receiver).__name__}({receiver.objectName()}) {event.type().name}"
        cpu, wall = time.thread_time(), time.perf_counter()
        try:
            return super().notify(receiver, event)
        finally:
            self.depth -= 1
            spent = time.thread_time() - cpu
            if self.depth == 0:
                if spent > self.over_s:
                    self.events.append((spent, time.perf_counter() - wall, what, self.nested))
                self.nested = Counter()
            elif spent > 0.002:
                self.nested[f"d{self.depth} {what}"] += round(spent * 1000)

    def report(self, top: int = 10) -> str:
        out = [f"{len(self.events)} events over {self.over_s * 1000:.0f} ms of UI CPU"]
        for cpu, wall, what, nested in sorted(self.events, key=lambda e: -e[0])[:top]:
            out.append(f"  {cpu * 1000:6.1f} ms CPU ({wall * 1000:6.1f} wall) {what}")
            for inner, ms in nested.most_common(4):
                out.append(f"      {ms:5d} ms {inner}")
        self.events.clear()
        return "\n".join(out)
