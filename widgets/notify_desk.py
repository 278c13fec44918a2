"""Notifications at one workstation: the jobs, the center, toasts, sound, the tray and the
status-bar bell, wired together.

New notifications (raised here or at another workstation) arrive from the service's
watch job; the ones this console has not seen become toasts — coalesced per sweep,
kind and level — and critical or overdue ones ring once per batch, unless the
supervisor snoozed their ticket or muted the sound. The unread badge counts the
supervisor's own unread, unacknowledged notifications; the tray shows the center's
unacknowledged count.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Generator, Sequence
from dataclasses import replace
from datetime import datetime
from typing import Protocol

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtWidgets import QMainWindow, QWidget
from sqlalchemy import Engine

from console.board import keep_from_collector
from console.clock import Clock
from console.notifications import NotificationChanges, NotificationEntry
from console.notify_groups import coalescing, sounds_for, unread
from console.policy import Policy
from widgets.alarm import Alarm, SoundPlayer
from widgets.in_steps import InSteps
from widgets.labels import fill
from widgets.notify_bell import NotificationBell
from widgets.notify_center import NotificationCenter
from widgets.notify_model import STEP_ROWS, NotificationModel
from widgets.notify_service import KEEP_FROZEN, NotificationService
from widgets.notify_tray import NotificationTray
from widgets.settings import AppSettings
from widgets.toasts import MAX_SHOWN, ToastStack

PREPARE_SOUND_MS = 0  # the sound's player readied in a turn of its own after the first load
FRESH_S = 600  # older notifications arriving (a first load) make no toast or sound
RECOUNT_ROWS = 10_000  # notifications counted per step when the badge is counted afresh
BIG_ARRIVAL = 5_000  # notifications in one arrival from which it goes in over several turns


class TicketOpener(Protocol):
    def show_ticket(self, number: str) -> None: ...


class NotificationDesk(QObject):
    unreadChanged = Signal(int)

    def __init__(
        self,
        window: QMainWindow,
        *,
        engine: Engine,
        clock: Clock,
        policy: Policy,
        supervisor: str,
        settings: AppSettings,
        player: SoundPlayer | None = None,
        sweep_s: float | None = None,
    ) -> None:
        super().__init__(window)
        self.window, self.clock, self.settings = window, clock, settings
        kwargs = {"sweep_s": sweep_s} if sweep_s is not None else {}
        self.service = NotificationService(engine, clock, policy, supervisor, self, **kwargs)
        self.model = NotificationModel(policy.tz, self)
        self.center = NotificationCenter(self.model, window)
        self.toasts = ToastStack(self)
        self.alarm = Alarm(player, self)
        self._prepare_sound = QTimer(self, singleShot=True, interval=PREPARE_SOUND_MS)
        self._sound_steps = InSteps("notifySound", self)  # a turn a step
        self._prepare_sound.timeout.connect(
            lambda: self._sound_steps.run(self.alarm.preparing(), lambda _done: None)
        )
        self.tray = NotificationTray(self)
        self.bell = NotificationBell(window)
        self.read_up_to = 0
        self.snoozed: dict[str, datetime] = {}
        self.loaded = False
        self.rung: list[str] = []  # sounds played (for the record and the tests)
        self._arrivals: deque[NotificationChanges] = deque()  # waiting for a big one
        self._stopped = False  # arrivals after stop() are dropped
        self._in_steps = InSteps("notifyArrival", self)
        self._unread = 0  # the badge, for the read mark and snoozes of _unread_key
        self._unread_key: tuple[int, frozenset[str]] | None = None
        self._unread_counted = 0  # times counted afresh
        window.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.center)
        self._apply_settings()
        self._wire()
        self.retranslate()

    def _wire(self) -> None:
        self.service.changed.connect(self.apply)
        self.service.filled.connect(self._filled)
        self.model.wholeWanted.connect(self.service.read_whole)
        self.service.readState.connect(self._read_state)
        self.service.refused.connect(self._refused)
        self.center.acknowledgeRequested.connect(self.service.acknowledge)
        self.center.snoozeRequested.connect(self.service.snooze)
        self.center.openTicket.connect(self.open_ticket)
        self.center.visibilityChanged.connect(lambda _v: self._mark_read())
        self.toasts.openTicket.connect(self.open_ticket)
        self.toasts.openGroup.connect(self._open_group)
        self.tray.showConsole.connect(self._show_console)
        self.tray.showCenter.connect(self.show_center)
        self.tray.muteToggled.connect(lambda muted: self.settings.set("notify/sound", not muted))
        self.bell.clicked.connect(self.toggle_center)
        self.settings.changed.connect(self._setting_changed)

    def retranslate(self) -> None:
        self.center.retranslate()
        self.tray.retranslate()
        self.bell.setToolTip(self.tr("Notification center (your unread notifications)"))
        self._update_badges()

    # --- lifetime ---------------------------------------------------------------------
    def start(self) -> None:
        self._stopped = False
        self.service.start()
        self.tray.start()

    def stop(self) -> None:
        self.service.stop()
        # what the jobs sent before they stopped is still queued for this thread: taken
        # in after the stop, a first load started readying the sound (timers left running)
        self._stopped = True
        self._arrivals.clear()
        self._in_steps.cancel()
        self._prepare_sound.stop()
        self._sound_steps.cancel()
        self.toasts.clear()
        self.tray.stop()

    def set_supervisor(self, name: str) -> None:
        """Another supervisor on duty: their own read mark and snoozes."""
        self.service.supervisor = name
        self.read_up_to = 0
        self.snoozed = {}
        self.service.reload_read_state()
        self._update_badges()

    # --- arriving notifications -------------------------------------------------------
    def apply(self, changes: NotificationChanges) -> None:
        """An arrival; a big one (a sweep after an import raises tens of thousands) goes
        in a few milliseconds per event-loop turn, and arrivals keep their order."""
        if self._stopped:
            return
        self._arrivals.append(changes)
        if not self._in_steps.busy:
            self._next_arrival()

    def _filled(self, entries: Sequence[NotificationEntry]) -> None:
        """Notifications read whole, for those still in short. The read (on the asks
        worker) and the watch (on another) run at once: a change the watch brought
        meanwhile, or brings in an arrival still going in, is newer and stays - the
        arrival takes the center's acknowledgment when its copy is newer
        (:func:`_kept_whole`, at the arrival's turn)."""
        known = self.model.entries
        whole = tuple(e for e in entries if (old := known.get(e.id)) is not None and not old.whole)
        if whole:
            self.apply(NotificationChanges(0, whole))

    def _next_arrival(self, _done: object = None) -> None:
        while self._arrivals:
            changes = self._arrivals.popleft()
            if len(changes.entries) < BIG_ARRIVAL:
                for _ in self._arriving(changes):
                    pass
            else:
                self._in_steps.run(self._arriving(changes), self._next_arrival)
                return

    def _arriving(self, changes: NotificationChanges) -> Generator[int, None, None]:
        known, step = self.model.entries, STEP_ROWS
        entries = changes.entries
        counted = self._unread_counted
        new: list[NotificationEntry] = []
        merged: list[NotificationEntry] = []
        for start in range(0, len(entries), step):
            chunk = _kept_whole(entries[start : start + step], known)
            merged += chunk
            new += [e for e in chunk if e.id not in known and not e.acknowledged]
            self._count_unread(chunk)
            yield len(chunk)
        yield from self.model.applying(merged, step)
        recount = self._unread_counted != counted  # counted afresh midway: not all of these
        first, self.loaded = not self.loaded, True
        if first:
            self._prepare_sound.start()  # not at the first ring (an import's, say)
        else:
            yield from self._announce(new)
        if recount or self._unread_key is None:
            yield from self._recounting()
        self._update_badges()
        self._mark_read()
        if len(entries) >= KEEP_FROZEN:  # kept all day: not for every collection
            keep_from_collector(collect_young=False)  # the service froze the notifications

    def _recounting(self) -> Generator[int, None, None]:
        """The unread badge counted afresh over every notification the center keeps, a
        step at a time (what :meth:`unread_count` does at once: ~40 ms for 130,000 in
        the last step of an import's arrival); kept only if nothing it depends on moved
        meanwhile (else the badge counts again when asked)."""
        self._unread_key = None
        key = (self.read_up_to, frozenset(self._snoozed_now()))
        total = 0
        if self.read_up_to < self.model.newest_id():
            kept = list(self.model.entries.values())
            for start in range(0, len(kept), RECOUNT_ROWS):
                total += unread(kept[start : start + RECOUNT_ROWS], *key)
                yield 0
        if self._unread_key is None and key == (self.read_up_to, frozenset(self._snoozed_now())):
            self._unread_key, self._unread = key, total
            self._unread_counted += 1

    def _count_unread(self, entries: Sequence[NotificationEntry]) -> None:
        """The unread badge kept as notifications come (before the model has them):
        counting the center's every notification at each arrival took ~22 ms."""
        if self._unread_key is None:
            return
        up_to, quiet = self._unread_key
        known = self.model.entries

        def counts(e: NotificationEntry | None) -> int:
            return int(
                e is not None
                and e.id > up_to
                and not e.acknowledged
                and (e.ticket is None or e.ticket not in quiet)
            )

        latest = {e.id: e for e in entries}  # the model keeps the last of an id
        self._unread += sum(counts(e) - counts(known.get(i)) for i, e in latest.items())

    def _announce(self, new: list[NotificationEntry]) -> Generator[int, None, None]:
        now = self.clock.now()
        quiet = self._snoozed_now()
        fresh: list[NotificationEntry] = []
        sounds: set[str | None] = set()  # each step's (the sweep's tens of thousands at once
        for start in range(0, len(new), STEP_ROWS):  # took ~10 ms in the last step)
            chunk = new[start : start + STEP_ROWS]
            arrived = [
                e
                for e in chunk
                if (now - e.raised_at).total_seconds() < FRESH_S
                and not (e.ticket and e.ticket in quiet)
            ]
            fresh += arrived
            sounds.add(sounds_for(arrived, quiet))
            yield len(chunk)
        groups = yield from coalescing(fresh, step=STEP_ROWS)
        # oldest first: the newest ends on top; only as many as the stack shows (more
        # were each made, placed and dismissed at once: ~3 ms a toast, in one turn)
        for group in reversed(groups[:MAX_SHOWN]):
            self.toasts.show(group)
            yield 1
        sound = "overdue" if "overdue" in sounds else "critical" if "critical" in sounds else None
        if sound and self.alarm.ring(sound):
            self.rung.append(sound)

    def _snoozed_now(self) -> set[str]:
        now = self.clock.now()
        return {t for t, until in self.snoozed.items() if until > now}

    def _read_state(self, up_to: int, snoozed: dict[str, datetime]) -> None:
        self.read_up_to = max(self.read_up_to, up_to)
        self.snoozed = dict(snoozed)
        self.model.set_snoozed(self._snoozed_now())
        self._update_badges()

    def _mark_read(self) -> None:
        """The center is open in front of the supervisor: what it shows is read."""
        newest = self.model.newest_id()
        if self.center.isVisible() and self.window.isVisible() and newest > self.read_up_to:
            self.read_up_to = newest
            self.service.mark_read(newest)
            self._update_badges()

    def unread_count(self) -> int:
        quiet = frozenset(self._snoozed_now())
        if self._unread_key != (self.read_up_to, quiet):  # read further, or (un)snoozed
            self._unread_key = (self.read_up_to, quiet)
            if self.read_up_to >= self.model.newest_id():  # read it all (the center open)
                self._unread = 0
            else:
                self._unread = unread(self.model.entries.values(), self.read_up_to, quiet)
            self._unread_counted += 1
        return self._unread

    def unacknowledged_count(self) -> int:
        return self.model.unacknowledged()

    def _update_badges(self) -> None:
        count = self.unread_count()
        self.center.set_unread(count)
        self.bell.set_count(count)
        self.bell.setText(self.tr("Notifications"))
        # the badge is painted: a screen reader hears the number from the name
        self.bell.setAccessibleName(fill(self.tr("Notifications %1"), count) if count else
                                    self.tr("Notifications"))  # fmt: skip
        self.tray.set_count(self.unacknowledged_count())
        self.unreadChanged.emit(count)

    def _refused(self, code: str, message: str) -> None:
        """In the supervisor's language (the rule's own words are English)."""
        name = self.service.supervisor
        said = {
            "viewer": self.tr("%1 is on duty as a viewer and cannot acknowledge."),
            "unknown_supervisor": self.tr("%1 is not on the staff list and cannot "
                                          "acknowledge: a supervisor adds them."),
            "unknown_notification": self.tr("That notification no longer exists."),
        }.get(code)  # fmt: skip
        self.window.statusBar().showMessage(fill(said, name) if said else message, 10_000)

    # --- going places -----------------------------------------------------------------
    def open_ticket(self, number: str) -> None:
        self._show_console()
        opener = self.window
        if hasattr(opener, "show_ticket"):
            opener.show_ticket(number)

    def _open_group(self, group: object) -> None:
        self._show_console()
        self.center.show_group(group)  # type: ignore[arg-type]

    def _show_console(self) -> None:
        window: QWidget = self.window
        if window.isMinimized():
            window.showNormal()
        window.show()
        window.raise_()
        window.activateWindow()

    def show_center(self) -> None:
        self._show_console()
        self.center.show()
        self.center.raise_()
        self._mark_read()

    def toggle_center(self) -> None:
        if self.center.isVisible():
            self.center.hide()
        else:
            self.show_center()

    # --- settings ---------------------------------------------------------------------
    def _apply_settings(self) -> None:
        self.alarm.enabled = bool(self.settings.get("notify/sound"))
        self.alarm.volume = int(self.settings.get("notify/volume"))
        self.toasts.seconds = int(self.settings.get("notify/toast_seconds"))
        self.tray.set_muted(not self.alarm.enabled)

    def _setting_changed(self, key: str) -> None:
        if key.startswith("notify/"):
            self._apply_settings()


def _kept_whole(
    entries: Sequence[NotificationEntry], known: dict[int, NotificationEntry]
) -> list[NotificationEntry]:
    """A change read in short (one of a big arrival's) of a notification the center has
    whole: the whole one with the change's acknowledgment. A notification read whole
    before a change the center already has (a whole read taken before an acknowledgment,
    delivered after the big arrival that brought it in short): the whole one with the
    center's acknowledgment - an older read never undoes a newer change."""
    kept = list(entries)
    for n, e in enumerate(kept):
        if (old := known.get(e.id)) is None:
            continue
        if e.seq < old.seq:
            if e.whole and not old.whole:
                kept[n] = replace(
                    e,
                    acknowledged_by=old.acknowledged_by,
                    acknowledged_at=old.acknowledged_at,
                    seq=old.seq,
                )
            else:
                kept[n] = old
        elif not e.whole and old.whole:
            kept[n] = replace(
                old, acknowledged_by=e.acknowledged_by, acknowledged_at=e.acknowledged_at, seq=e.seq
            )
    return kept
