"""Who made a long event-loop turn: the UI thread's Python stack, sampled while it stalls.

A 1 ms timer on the UI thread stamps a heartbeat; a watcher thread looks every
``every_ms`` and, while the heartbeat is older than ``stall_ms``, records the UI thread's
stack (``sys._current_frames``). A stall that ends up longer than ``report_ms`` is kept
with the stacks seen during it, so ``report()`` names what each long turn was doing.
Bench-only: the console never loads it.
"""

from __future__ import annotations

import gc
import sys
import threading
import time
import traceback
from collections import Counter
from dataclasses import dataclass, field
from types import FrameType

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtWidgets import QApplication


@dataclass
class Stall:
    started: float
    ended: float = 0.0
    stacks: Counter[str] = field(default_factory=Counter)
    cpu_start: float = 0.0
    cpu_end: float = 0.0
    queued_start: float = 0.0  # the UI thread's time runnable but off the CPU (schedstat)
    queued_end: float = 0.0
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
        # the last beat: when, the UI thread's CPU time and its time waiting for a CPU
        self.beat_at = time.perf_counter()
        self._cpu, self._queued = time.thread_time(), _queued(self.ui_native)
        self.stalls: list[Stall] = []
        self._stall: Stall | None = None
        self._stop = threading.Event()
        self.beat = QTimer(self)
        self.beat.setTimerType(Qt.TimerType.PreciseTimer)
        self.beat.setInterval(1)
        self.beat.timeout.connect(self._beat)
        self._thread = threading.Thread(target=self._watch, name="turn-watch", daemon=True)
        # the cyclic collector's passes over 5 ms: generation, ms, the thread that ran it
        # (the others wait for the interpreter's lock all along)
        self.collections: list[tuple[int, float, str]] = []
        self._gc_started = 0.0
        self._gc_counts: tuple[int, int, int] = (0, 0, 0)

    def start(self) -> None:
        gc.callbacks.append(self._collecting)
        self.beat_at = time.perf_counter()
        self.beat.start()
        self._thread.start()

    def stop(self) -> None:
        gc.callbacks.remove(self._collecting)
        self.beat.stop()
        self._stop.set()
        self._thread.join()

    def _collecting(self, phase: str, info: dict[str, int]) -> None:
        if phase == "start":
            self._gc_started = time.perf_counter()
            self._gc_counts = gc.get_count()  # what it is about to walk, per generation
            return
        spent = time.perf_counter() - self._gc_started
        if spent > 0.005:
            name = threading.current_thread().name
            young = self._gc_counts[0]
            self.collections.append((info["generation"], spent * 1000, f"{name} ({young:,} young)"))

    def _beat(self) -> None:
        self._cpu, self._queued = time.thread_time(), _queued(self.ui_native)
        self.beat_at = time.perf_counter()
        app = QApplication.instance()
        if isinstance(app, TimedApplication):
            app.end_turn()

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
                    self._stall = Stall(beat, cpu_start=self._cpu, queued_start=self._queued)
                self._stall.stacks[self._stack()] += 1
                self._stall.states[_state(self.ui_native)] += 1
                self._stall.others.update(self._others())
            else:
                self._close(beat)

    def _others(self) -> list[str]:
        """The other threads running now, each with where it is. The frames are let go
        at once: a frame held keeps its locals, and a Qt wrapper kept past its C++ object
        is handed to the next object made at that address (the UI thread then saw a
        QMenuBar as a plain QWidget)."""
        frames = sys._current_frames()
        mine = (self.ui_native, threading.get_native_id())
        running = [
            f"{thread.name} {_where(frames.get(thread.ident or 0))}"
            for thread in threading.enumerate()
            if thread.native_id and thread.native_id not in mine and _state(thread.native_id) == "R"
        ]
        frames.clear()
        return running

    def _close(self, beat: float) -> None:
        if self._stall is not None:
            self._stall.ended = beat  # the beat that ended it, and the times it took
            self._stall.cpu_end, self._stall.queued_end = self._cpu, self._queued
            if self._stall.ended - self._stall.started > self.report_s:
                self.stalls.append(self._stall)
            self._stall = None

    def report(self, top: int = 8, stacks: int = 3) -> str:
        out = [f"{len(self.stalls)} turns over {self.report_s * 1000:.0f} ms"]
        if self.collections:
            passes = sorted(self.collections, key=lambda c: -c[1])
            out.append(
                f"  {len(passes)} collections over 5 ms: "
                + ", ".join(f"gen {g} {ms:.0f} ms on {name}" for g, ms, name in passes[:8])
            )
            self.collections.clear()
        for stall in sorted(self.stalls, key=lambda s: -s.ms)[:top]:
            cpu = (stall.cpu_end - stall.cpu_start) * 1000
            queued = (stall.queued_end - stall.queued_start) * 1000
            # the rest of the turn the UI thread slept: the interpreter's lock, or a wait
            out.append(
                f"  turn of {stall.ms:.1f} ms, UI thread CPU ~{cpu:.1f} ms, waiting for a "
                f"CPU ~{queued:.1f} ms, asleep ~{stall.ms - cpu - queued:.1f} ms "
                f"({sum(stall.stacks.values())} samples; states {dict(stall.states)}; "
                f"others running {dict(stall.others)}):"
            )
            for stack, count in stall.stacks.most_common(stacks):
                out.append(f"   x{count}\n{stack}")
        return "\n".join(out)


def _where(frame: FrameType | None, depth: int = 3) -> str:
    """The innermost frames of the project's own code in a thread's stack, briefly."""
    if frame is None:
        return "?"
    ours = [s for s in traceback.extract_stack(frame) if "site-packages" not in s.filename]
    return " < ".join(f"{s.filename.split('/')[-1]}:{s.lineno}" for s in ours[::-1][:depth])


def _queued(native: int) -> float:
    """Seconds the thread has been runnable but waiting for a CPU (the kernel's schedstat):
    a turn that is neither CPU nor this slept - on the interpreter's lock, mostly."""
    try:
        with open(f"/proc/self/task/{native}/schedstat") as f:
            return int(f.read().split()[1]) / 1e9
    except (OSError, IndexError, ValueError):
        return 0.0


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
        # the top-level events of the turn under way (since the last beat), and the turns
        # whose events took over ``turn_ms`` of CPU together: several small steps (a slice,
        # a notification step, a queued read, a paint) add up to one long turn
        self.turn_s = 0.016
        self.turn: list[tuple[float, str]] = []
        self.turns: list[tuple[float, list[tuple[float, str]]]] = []

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
                if spent > 0.0005:
                    self.turn.append((spent, what))
                if spent > self.over_s:
                    self.events.append((spent, time.perf_counter() - wall, what, self.nested))
                self.nested = Counter()
            elif spent > 0.002:
                self.nested[f"d{self.depth} {what}"] += round(spent * 1000)

    def end_turn(self) -> None:
        """A beat: the turn ended (called by :class:`TurnWatch`)."""
        if self.turn:
            total = sum(cpu for cpu, _ in self.turn)
            if total > self.turn_s:
                self.turns.append((total, self.turn))
            self.turn = []

    def report(self, top: int = 10) -> str:
        out = [f"{len(self.turns)} turns over {self.turn_s * 1000:.0f} ms of UI CPU (events)"]
        for total, events in sorted(self.turns, key=lambda t: -t[0])[:top]:
            parts = Counter[str]()
            for cpu, what in events:
                parts[what] += cpu
            inside = ", ".join(f"{what} {cpu * 1000:.1f}" for what, cpu in parts.most_common(6))
            out.append(f"  {total * 1000:6.1f} ms CPU in {len(events)} events: {inside}")
        self.turns.clear()
        out.append(f"{len(self.events)} events over {self.over_s * 1000:.0f} ms of UI CPU")
        for cpu, wall, what, nested in sorted(self.events, key=lambda e: -e[0])[:top]:
            out.append(f"  {cpu * 1000:6.1f} ms CPU ({wall * 1000:6.1f} wall) {what}")
            for inner, ms in nested.most_common(4):
                out.append(f"      {ms:5d} ms {inner}")
        self.events.clear()
        return "\n".join(out)
