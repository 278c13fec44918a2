"""Notifications in the window: the center, toasts, sound, tray, snooze; live between
processes; kept over a restart. A fake clock moves time and the test runs each sweep as
the scheduler's job would (one test lets the real job run)."""

from __future__ import annotations

import logging
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QColor, QFontMetrics, QImage
from PySide6.QtTest import QAbstractItemModelTester
from PySide6.QtWidgets import QApplication, QLabel
from sqlalchemy import Engine

from console.clock import FakeClock
from console.notifications import list_notifications, read_up_to
from tests.feedkit import created, ev, load
from tests.guikit import NOW, RecordingPlayer
from widgets import theme
from widgets.alarm import Alarm, QtSoundPlayer
from widgets.main_window import MainWindow
from widgets.notify_bell import NotificationBell
from widgets.notify_center import NotificationCenter

# the offscreen platform cannot raise windows either (toasts stay on top elsewhere)
pytestmark = pytest.mark.qt_log_ignore(r"This plugin does not support (propagateSizeHints|raise)")
ROOT = Path(__file__).resolve().parent.parent
Opener = Callable[..., MainWindow]
FATAL = QAbstractItemModelTester.FailureReportingMode.Fatal


def consultations(
    n: int, at: str = "2024-10-07T10:30:00+08:00", prefix: str = "C"
) -> list[dict[str, Any]]:
    """Signed at once; the reply is due 24 h after ``at`` (warning at 12 h, critical at
    19.2 h)."""
    events: list[dict[str, Any]] = []
    for i in range(n):
        number = f"{prefix}{i:03}"
        events += [
            {**created(number, at, "consultation"), "title": f"路灯不亮 {i}"},
            ev("dispatched", number, at, unit="SWJ", unit_name="市水务局"),
            ev("signed", number, at, unit="SWJ"),
        ]
    return events


def sweep_at(window: MainWindow, clock: FakeClock, moment: str, qtbot: Any) -> None:
    """Move the clock, then one sweep as the scheduler's job runs it (it also reads what
    changed, and the results arrive through the queued signal)."""
    clock.set(NOW.fromisoformat(moment))
    done: list[object] = []
    window.notices.service.changed.connect(done.append)
    window.notices.service.sweep()
    QApplication.processEvents()
    window.notices.service.changed.disconnect(done.append)


def player_of(window: MainWindow) -> RecordingPlayer:
    player = window.notices.alarm.player
    assert isinstance(player, RecordingPlayer)
    return player


def shown_center(window: MainWindow, qtbot: Any) -> NotificationCenter:
    window.notices.show_center()
    qtbot.waitUntil(window.notices.center.isVisible, timeout=1000)
    return window.notices.center


def test_warned_then_alerted_with_toasts_and_sound(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(1, "2024-10-07T23:00:00+08:00"))
    window = open_window(engine)
    desk, player = window.notices, player_of(window)
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)
    window.filters.search.setFocus()
    sweep_at(window, clock, "2024-10-08T10:59:59+08:00", qtbot)
    assert desk.model.rowCount() == 0 and desk.toasts.toasts == []
    sweep_at(window, clock, "2024-10-08T11:00:00+08:00", qtbot)
    assert desk.model.rowCount() == 1 and len(desk.toasts.toasts) == 1
    assert player.played == []  # a warning makes no sound
    toast = desk.toasts.toasts[0]
    assert toast.testAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
    assert QApplication.focusWidget() is window.filters.search  # the toast took no focus
    sweep_at(window, clock, "2024-10-08T18:12:00+08:00", qtbot)
    assert [(name, round(vol, 2)) for name, vol in player.played] == [("critical", 0.8)]
    sweep_at(window, clock, "2024-10-08T23:00:01+08:00", qtbot)
    assert [name for name, _ in player.played] == ["critical", "overdue"]
    assert [e.level for e in sorted(desk.model.entries.values(), key=lambda e: e.id)] == [
        "warning", "critical", "overdue",
    ]  # fmt: skip
    assert len(desk.toasts.toasts) == 3  # stacked, newest lowest
    tops = [t.geometry().top() for t in desk.toasts.toasts]
    assert tops == sorted(tops) and len(set(tops)) == 3
    first = desk.toasts.toasts[0]
    assert first.timer.isActive() and first.timer.interval() == 8000  # the setting's 8 s
    first.timer.timeout.emit()  # its time is up (no sleeping for it)
    assert first not in desk.toasts.toasts and len(desk.toasts.toasts) == 2
    QAbstractItemModelTester(desk.model, FATAL)


def test_many_at_once_are_coalesced_with_the_list_behind(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(37))  # critical from 05:42, due 10:30 on the 8th
    window = open_window(engine)
    desk, player = window.notices, player_of(window)
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T09:00:00+08:00", qtbot)
    sweep_at(window, clock, "2024-10-08T10:31:00+08:00", qtbot)
    assert desk.model.rowCount() == 2
    QAbstractItemModelTester(desk.model, FATAL)
    top = desk.model.index(0, 0)
    assert desk.model.index(0, 4).data() == "37 tickets became overdue"
    assert desk.model.rowCount(top) == 37
    assert desk.model.index(0, 2, top).data() == "C036"
    assert [name for name, _ in player.played] == ["critical", "overdue"]  # one per batch
    assert len(desk.toasts.toasts) == 2
    toast = desk.toasts.toasts[-1]
    body = toast.findChild(QLabel, "toastBody")
    assert body is not None and body.text().startswith("37 tickets became overdue")
    desk.center.hide()
    qtbot.mouseClick(toast, Qt.MouseButton.LeftButton, pos=QPoint(60, 20))
    assert desk.center.isVisible()  # a group's toast opens the center on the group
    assert desk.center.tree.currentIndex().row() == 0
    assert desk.center.tree.isExpanded(desk.center.tree.currentIndex())
    assert toast not in desk.toasts.toasts


def test_acknowledged_at_another_workstation_shows_within_two_seconds(
    open_window: Opener, engine: Engine, db_url: str, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(2))
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T11:00:00+08:00", qtbot)
    assert len(desk.model.entries) == 2
    first = min(desk.model.entries)
    done = subprocess.run(
        [sys.executable, "main.py", "--db", db_url, "notifications", "ack", str(first),
         "--as", "王督办"],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    # the watch job reads the change sequence every second: no sleeping here
    qtbot.waitUntil(lambda: desk.model.entries[first].acknowledged_by == "王督办", timeout=2000)
    assert desk.unacknowledged_count() == 1 and desk.tray.count == 1


def test_the_center_filters_and_acknowledges_for_everyone(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(2) + [
        created("S1", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "S1", "2024-10-08T09:01:00+08:00", unit="A"),
        ev("returned", "S1", "2024-10-08T09:02:00+08:00", unit="A", reason="jurisdiction"),
        ev("dispatched", "S1", "2024-10-08T09:03:00+08:00", unit="B"),
        ev("signed", "S1", "2024-10-08T09:03:00+08:00", unit="B"),
        ev("returned", "S1", "2024-10-08T09:04:00+08:00", unit="B", reason="jurisdiction"),
    ])  # fmt: skip
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T10:00:00+08:00", qtbot)
    assert len(desk.model.entries) == 4  # two critical, shuffled, disputed
    center = shown_center(window, qtbot)
    center.kind.setCurrentIndex(center.kind.findData("shuffled"))
    assert desk.model.rowCount() == 1
    center.kind.setCurrentIndex(0)
    center.unit.setCurrentIndex(center.unit.findData("SWJ"))
    assert desk.model.rowCount() == 2
    assert center.unit.currentText() == "市水务局"
    center.tree.selectAll()
    assert center.ack.isEnabled()
    center.ack.click()
    qtbot.waitUntil(
        lambda: all(e.acknowledged for e in desk.model.entries.values() if e.unit == "SWJ"),
        timeout=2000,
    )
    acked = [n for n in list_notifications(engine) if n.acknowledged_by]
    assert len(acked) == 2 and {n.acknowledged_by for n in acked} == {"李娜"}
    assert "李娜" in desk.model.index(0, 5).data()
    center.unit.setCurrentIndex(0)
    center.only_open.setChecked(True)
    assert desk.model.rowCount() == 2  # shuffled and disputed are still open
    QAbstractItemModelTester(desk.model, FATAL)
    center.only_open.setChecked(False)
    center.tree.setCurrentIndex(desk.model.index(0, 0))
    qtbot.keyClick(center.tree, Qt.Key.Key_Return)
    assert window.view.current_number() == desk.model.index(0, 2).data()


def test_the_unread_badge_is_each_supervisors_own(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(3))
    window = open_window(engine)
    desk = window.notices
    desk.center.hide()
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T11:00:00+08:00", qtbot)
    assert desk.unread_count() == 3
    assert desk.bell.badge == "3" and desk.tray.count == 3
    assert "3" in desk.tray.summary.text()
    shown_center(window, qtbot)
    assert desk.unread_count() == 0
    assert desk.tray.count == 3  # read is not acknowledged
    assert desk.bell.badge == ""
    newest = max(desk.model.entries)
    qtbot.waitUntil(lambda: read_up_to(engine, "李娜") == newest, timeout=2000)
    assert read_up_to(engine, "王督办") == 0


def test_snooze_quiets_a_ticket_and_mute_quiets_all(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(2))
    window = open_window(engine)
    desk, player = window.notices, player_of(window)
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    for ticket in ("C000", "C001"):
        desk.service.snooze(ticket, 60)  # until 11:00
    qtbot.waitUntil(lambda: set(desk.snoozed) == {"C000", "C001"}, timeout=2000)
    sweep_at(window, clock, "2024-10-08T10:00:00+08:00", qtbot)  # critical
    sweep_at(window, clock, "2024-10-08T10:31:00+08:00", qtbot)  # overdue
    assert len(desk.model.entries) == 4  # still in the center
    assert player.played == [] and desk.toasts.toasts == []
    assert desk.unread_count() == 0 or not desk.center.isVisible()
    # the snooze is over; a new ticket goes overdue while the sound is muted
    load(engine, consultations(1, "2024-10-07T11:00:00+08:00", prefix="M"))
    window.settings.set("notify/sound", False)
    assert desk.tray.mute.isChecked()
    sweep_at(window, clock, "2024-10-08T11:31:00+08:00", qtbot)
    assert len(desk.model.entries) == 5
    assert player.played == [] and len(desk.toasts.toasts) == 1  # a toast, no sound
    desk.tray.mute.trigger()  # unmuted from the tray menu
    assert window.settings.get("notify/sound") is True and desk.alarm.enabled


def test_notifications_are_kept_over_a_restart(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(2))
    window = open_window(engine)
    qtbot.waitUntil(lambda: window.notices.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T11:00:00+08:00", qtbot)
    assert len(window.notices.model.entries) == 2
    window.close()
    again = open_window(engine)
    qtbot.waitUntil(lambda: len(again.notices.model.entries) == 2, timeout=2000)
    assert again.notices.toasts.toasts == []  # known ones do not toast again


def test_clicking_a_toast_opens_its_ticket(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(3, "2024-10-07T23:00:00+08:00"))
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    load(engine, consultations(1, "2024-10-07T22:00:00+08:00", prefix="W"))
    qtbot.waitUntil(lambda: window.board.row_of("W000") is not None, timeout=2000)
    sweep_at(window, clock, "2024-10-08T10:30:00+08:00", qtbot)  # W000's warning only
    assert len(desk.toasts.toasts) == 1
    window.view.selectRow(2)
    qtbot.mouseClick(desk.toasts.toasts[0], Qt.MouseButton.LeftButton, pos=QPoint(60, 20))
    assert window.view.current_number() == "W000"
    assert desk.toasts.toasts == []


def test_the_sweep_runs_as_a_scheduled_job(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    load(engine, consultations(2))
    clock.set(NOW.replace(hour=11))
    window = open_window(engine, notify_sweep_s=0.3)
    qtbot.waitUntil(lambda: len(window.notices.model.entries) == 2, timeout=3000)
    assert {n.level for n in list_notifications(engine)} == {"overdue"}


@pytest.mark.qt_log_ignore(".*")  # Qt Multimedia says what it misses, in its own words
def test_sound_never_fails_without_audio(qtbot: Any) -> None:
    """The real player on a machine without an audio output (or without Qt Multimedia's
    libraries) plays nothing, says so in the log, and the alarm carries on."""
    player = QtSoundPlayer()
    alarm = Alarm(player)
    played = alarm.ring("overdue")
    assert played == player.usable()
    assert alarm.ring("warning") is False


def test_the_sound_is_readied_after_the_first_load_not_at_the_first_ring(
    open_window: Opener, engine: Engine, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The player is readied (Qt Multimedia loaded, the audio outputs asked for) in a turn
    of its own after the center's first load, not in the turn of the first ring (amid an
    import's arrival: 20-55 ms); muted or at volume 0, it is not."""
    import widgets.notify_desk

    monkeypatch.setattr(widgets.notify_desk, "PREPARE_SOUND_MS", 50)
    load(engine, consultations(2))
    window = open_window(engine)
    desk, player = window.notices, player_of(window)
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    qtbot.waitUntil(lambda: player.prepared == 1, timeout=2000)
    assert player.played == []
    quiet = RecordingPlayer()
    alarm = Alarm(quiet)
    alarm.enabled = False
    alarm.prepare()
    alarm.enabled, alarm.volume = True, 0
    alarm.prepare()
    assert quiet.prepared == 0
    alarm.volume = 80
    alarm.prepare()
    assert quiet.prepared == 1


@pytest.mark.qt_log_ignore(".*")  # Qt Multimedia says what it misses, in its own words
def test_the_real_player_readied_ahead_says_what_it_misses_at_the_first_sound(
    qtbot: Any, caplog: pytest.LogCaptureFixture
) -> None:
    player = QtSoundPlayer()
    with caplog.at_level(logging.WARNING, logger="widgets.alarm"):
        player.prepare()
        assert caplog.records == []
        usable = player.usable()
        player.usable()
    said = [r.getMessage() for r in caplog.records]
    assert said == [] if usable else len(said) == 1 and said[0].startswith("no sound: ")


@pytest.mark.qt_log_ignore(".*")  # Qt Multimedia says what it misses, in its own words
def test_the_real_player_is_readied_in_two_turns(qtbot: Any) -> None:
    """Loading Qt Multimedia and asking for the audio outputs (~15 ms of CPU each) were
    one turn after the center's first load: 30 ms of CPU, 110 ms on a busy machine."""
    player = QtSoundPlayer()
    steps = player.preparing()
    next(steps, None)
    assert player._found is None or not player._found[0]  # loaded (or cannot be): no ask yet
    assert list(steps) == []
    assert player._found is not None
    assert list(player.preparing()) == []  # readied once
    alarm = Alarm(player)
    alarm.enabled = False
    assert list(alarm.preparing()) == []


@pytest.mark.parametrize(("role", "can"), [("viewer", False), ("supervisor", True), (None, False)])
def test_acknowledge_is_enabled_only_for_whom_the_database_lets_acknowledge(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any, role: str | None, can: bool
) -> None:
    """A viewer, or a name the staff list does not know, sees the notifications and cannot
    acknowledge them (the button is off and says why); a supervisor can."""
    from console.staff import add_staff

    load(engine, consultations(2))
    add_staff(engine, "王强", "supervisor", now=NOW)  # the center keeps a staff list
    if role:
        add_staff(engine, "李娜", role, now=NOW)
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T10:00:00+08:00", qtbot)
    center = shown_center(window, qtbot)
    center.tree.selectAll()
    assert desk.model.rowCount() > 0
    assert center.ack.isEnabled() is can
    assert ("viewer" in center.ack.toolTip()) is not can


def test_a_refused_acknowledgement_is_told_in_the_supervisors_words(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any
) -> None:
    """The database refuses a viewer (whatever the button said a moment ago): the status
    bar says so in the console's language, not in the rule's English."""
    from console.staff import add_staff

    load(engine, consultations(1))
    add_staff(engine, "李娜", "viewer", now=NOW)
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
    sweep_at(window, clock, "2024-10-08T10:00:00+08:00", qtbot)
    desk.service.acknowledge(list(desk.model.entries))
    bar = window.statusBar()
    qtbot.waitUntil(lambda: "on duty as a viewer" in bar.currentMessage(), timeout=3000)
    assert bar.currentMessage().startswith("李娜 ")


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_toasts_never_cover_the_windows_buttons_on_a_laptop(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any, qapp: Any, lang: str
) -> None:
    """At the screen's corner the toasts (8 s each, continuous on a live feed) covered the
    notification center's Acknowledge and Show ticket at 1366×768: they stack over the
    board's rows now, as many as its height holds."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QAbstractButton

    from widgets.i18n import install_translators

    install_translators(qapp, lang)
    try:
        load(engine, consultations(3, "2024-10-07T23:00:00+08:00"))
        window = open_window(engine)
        window.fit_screen(QRect(0, 0, 1366, 728))
        desk = window.notices
        qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
        sweep_at(window, clock, "2024-10-08T11:00:00+08:00", qtbot)
        center = shown_center(window, qtbot)
        group = desk.model.groups[0]
        for _ in range(12):  # a busy minute
            desk.toasts.show(group)
        qtbot.wait(50)
        toasts = list(desk.toasts.toasts)
        assert 1 <= len(toasts) <= 4
        board = window.view.viewport()
        rows = QRect(board.mapToGlobal(QPoint(0, 0)), board.size())
        buttons = [b for b in window.findChildren(QAbstractButton) if b.isVisible()]
        assert center.ack in buttons and center.open in buttons
        for toast in toasts:
            assert rows.contains(toast.geometry()), (toast.geometry(), rows)
            for b in buttons:
                place = QRect(b.mapToGlobal(QPoint(0, 0)), b.size())
                assert not place.intersects(toast.geometry()), b.text() or b.objectName()
        window.resize(1366, 640)  # a shorter board: fewer toasts, still within it
        qtbot.wait(50)
        desk.toasts.show(group)
        rows = QRect(board.mapToGlobal(QPoint(0, 0)), board.size())
        assert len(desk.toasts.toasts) < len(toasts) or len(toasts) == 1
        assert all(rows.contains(t.geometry()) for t in desk.toasts.toasts), rows
    finally:
        install_translators(qapp, "en")


def test_the_bell_shows_the_unread_number_on_a_badge(qtbot: Any) -> None:
    """The number was painted into the 16-pixel icon, where it came out as a red dot."""
    bell = NotificationBell()
    qtbot.addWidget(bell)
    bell.setText("Notifications")
    bell.show()
    plain = bell.sizeHint().width()
    red = QColor(theme.current().overdue)

    def badge_pixels() -> int:
        image = bell.grab().toImage()
        return sum(
            image.pixelColor(x, y) == red
            for x in range(plain, image.width())
            for y in range(image.height())
        )

    assert badge_pixels() == 0
    for count, shown in ((7, "7"), (99, "99"), (100, "99+"), (12_345, "99+")):
        bell.set_count(count)
        bell.resize(bell.sizeHint())
        assert bell.badge == shown
        wide = QFontMetrics(bell._badge_font()).horizontalAdvance(shown)
        assert bell.width() >= plain + wide  # the number in the room right of the text
        assert badge_pixels() > 20
    bell.set_count(0)
    assert bell.badge == "" and bell.sizeHint().width() == plain


def _number_on_badge(image: QImage, rect: QRectF) -> float:
    """The contrast of the number on a badge: its most distinct pixel against the fill,
    inside the badge's straight middle (the fill and the number only)."""
    fill = theme.current().overdue
    inner = rect.adjusted(rect.height() / 2, 2, -rect.height() / 2, -2).toRect()
    seen = {
        image.pixelColor(x, y).name()
        for x in range(inner.left(), inner.right() + 1)
        for y in range(inner.top(), inner.bottom() + 1)
    }
    assert fill in seen
    return max(theme.contrast(fill, c) for c in seen)


@pytest.mark.parametrize("name", ["light", "dark"])
def test_the_unread_badges_number_is_readable_in_both_themes(
    qtbot: Any, qapp: Any, name: str
) -> None:
    """The bell's and the tray's badges are a solid overdue fill; white on the dark theme's
    light red was 2.78:1 (the README promises 4.5:1 for state colours)."""
    from widgets.notify_tray import SIZE, badge_icon

    theme.apply_theme(qapp, name)
    bell = NotificationBell()
    qtbot.addWidget(bell)
    bell.setText("Notifications")
    bell.set_count(128)
    bell.resize(bell.sizeHint())
    bell.show()
    size = bell._badge_size()
    rect = QRectF(
        bell.width() - size.width() - 1,
        (bell.height() - size.height()) / 2,
        size.width(),
        size.height(),
    )
    assert _number_on_badge(bell.grab().toImage(), rect) >= theme.AA_TEXT
    tray = badge_icon(128).pixmap(SIZE, SIZE).toImage()
    assert _number_on_badge(tray, QRectF(SIZE * 0.38, 0, SIZE * 0.62, SIZE * 0.46)) >= theme.AA_TEXT


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_the_center_shows_a_sweeps_lines_on_a_laptop(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any, qapp: Any, lang: str
) -> None:
    """At 1366×768 the center (a quarter of the height) showed two of five lines; it
    opens tall enough for five now, and the board keeps rows of its own."""
    from PySide6.QtCore import QRect

    from widgets.i18n import install_translators

    install_translators(qapp, lang)
    try:
        load(engine, consultations(3, "2024-10-07T23:00:00+08:00"))
        window = open_window(engine)
        window.fit_screen(QRect(0, 0, 1366, 728))
        desk = window.notices
        qtbot.waitUntil(lambda: desk.loaded, timeout=2000)
        sweep_at(window, clock, "2024-10-08T11:00:00+08:00", qtbot)
        center = shown_center(window, qtbot)
        qtbot.wait(50)
        tree = center.tree
        line = tree.sizeHintForRow(0)
        assert line > 0
        assert tree.viewport().height() >= 5 * line, (tree.viewport().height(), line)
        board = window.view
        assert board.viewport().height() >= 7 * board.verticalHeader().defaultSectionSize()
    finally:
        install_translators(qapp, "en")


def test_a_first_load_in_short_shows_what_a_whole_one_would(
    open_window: Opener, engine: Engine, clock: FakeClock, qtbot: Any, monkeypatch: Any
) -> None:
    """A big center's first load reads most notifications in short (their line, unit,
    ticket and acknowledgment): the lines, counts, badges and filters are what reading
    them all whole shows, and a line opened reads its rows whole as they are shown."""
    from functools import partial

    from console.notifications import acknowledge, changes_since
    from console.notify_groups import NotificationFilter, coalesce, unread
    from console.notify_sweep import sweep
    from tests.guikit import POLICY

    events = consultations(12) + [
        {**e, "unit": "GAJ", "unit_name": "市公安局"} if e.get("unit") else e
        for e in consultations(6, prefix="P")
    ]
    load(engine, events)
    for moment in ("2024-10-07T22:40:00+08:00", "2024-10-08T06:00:00+08:00"):
        sweep(engine, NOW.fromisoformat(moment), POLICY)
    kept = list_notifications(engine)
    acknowledge(engine, "张督办", [min(n.id for n in kept)], now=NOW)
    monkeypatch.setattr(
        "widgets.notify_service.changes_since", partial(changes_since, first_limit=2, per_group=3)
    )
    clock.set(NOW.fromisoformat("2024-10-08T06:00:00+08:00"))
    window = open_window(engine)
    desk = window.notices
    desk.center.hide()
    qtbot.waitUntil(lambda: desk.loaded, timeout=4000)
    model = desk.model
    assert sum(not e.whole for e in model.entries.values()) >= 20  # most in short
    whole = {n.id: n for n in list_notifications(engine)}
    assert set(model.entries) <= set(whole)

    def lines(entries: Any) -> list[tuple[Any, ...]]:
        return [(g.key, [e.id for e in g.entries], g.unacknowledged) for g in coalesce(entries)]

    for shown in (
        NotificationFilter(),
        NotificationFilter(unacknowledged=True),
        NotificationFilter(unit="GAJ"),
        NotificationFilter(level="critical", unacknowledged=True),
    ):
        model.set_filter(shown)
        expected = [whole[i] for i in model.entries if shown.accepts(whole[i])]
        assert lines(e for e in model.entries.values() if shown.accepts(e)) == lines(expected)
        assert [(g.key, [e.id for e in g.entries]) for g in model.groups] == [
            (k, ids) for k, ids, _ in lines(expected)
        ]
        assert model.shown_unacknowledged() == sum(not e.acknowledged for e in expected)
    model.set_filter(NotificationFilter())
    assert desk.unread_count() == unread([whole[i] for i in model.entries], 0, set())
    assert desk.bell.badge == str(desk.unread_count()) and desk.tray.count == sum(
        not whole[i].acknowledged for i in model.entries
    )

    center = shown_center(window, qtbot)
    tester = QAbstractItemModelTester(model, FATAL)
    top = model.index(0, 0)
    center.tree.expand(top)
    center.tree.scrollTo(model.index(model.rowCount(top) - 1, 0, top))

    def shown_whole() -> bool:
        QApplication.processEvents()
        tree = center.tree
        rows = range(model.rowCount(top))
        room = tree.viewport().rect()
        seen = [r for r in rows if tree.visualRect(model.index(r, 0, top)).intersects(room)]
        return bool(seen) and all(model.groups[0].entries[r].whole for r in seen)

    qtbot.waitUntil(shown_whole, timeout=4000)
    assert any(not e.whole for e in model.entries.values())  # only what was shown
    assert tester is not None


@pytest.mark.parametrize("arrival", ["in", "going_in"])
def test_a_whole_read_taken_before_an_acknowledgment_does_not_undo_it(
    open_window: Opener,
    engine: Engine,
    clock: FakeClock,
    qtbot: Any,
    monkeypatch: Any,
    arrival: str,
) -> None:
    """The asks worker's whole read (of a notification shown in short) and the watch run
    at once. A read taken before another desk acknowledged the whole line reaches the
    center after the big change that brought the acknowledgment in short - whether that
    arrival is in (``in``) or still going in, a few rows a turn (``going_in``): the
    center keeps the acknowledgment and takes the rest of the read."""
    from functools import partial

    from console.notifications import acknowledge, changes_since, whole_entries
    from console.notify_sweep import sweep
    from tests.guikit import POLICY

    load(engine, consultations(12))
    for moment in ("2024-10-07T22:40:00+08:00", "2024-10-08T06:00:00+08:00"):
        sweep(engine, NOW.fromisoformat(moment), POLICY)
    in_short = partial(changes_since, first_limit=2, per_group=3, big=0)  # every change big
    monkeypatch.setattr("widgets.notify_service.changes_since", in_short)
    clock.set(NOW.fromisoformat("2024-10-08T06:00:00+08:00"))
    window = open_window(engine)
    desk = window.notices
    desk.center.hide()
    qtbot.waitUntil(lambda: desk.loaded, timeout=4000)
    model = desk.model
    x = min((e for e in model.entries.values() if not e.whole), key=lambda e: e.id)
    assert not x.acknowledged
    line = [
        e.id
        for e in model.entries.values()
        if (e.raised_at, e.kind, e.level) == (x.raised_at, x.kind, x.level)
    ]
    stale = whole_entries(engine, [x.id])  # the asks worker's read, before the acknowledgment
    seen = desk.service.seq
    acknowledge(engine, "张督办", line, now=NOW)  # at another desk: "acknowledge all"
    if arrival == "in":
        desk.service.watch()
        qtbot.waitUntil(lambda: model.entries[x.id].acknowledged, timeout=4000)
    else:
        monkeypatch.setattr("widgets.notify_desk.BIG_ARRIVAL", 1)  # in steps, from next turn
        desk.apply(in_short(engine, seen))
        assert desk._in_steps.busy and not model.entries[x.id].acknowledged
    desk._filled(stale)  # the whole read's signal, queued behind the watch's
    qtbot.waitUntil(lambda: model.entries[x.id].whole and not desk._in_steps.busy, timeout=4000)
    now_in = {n.id: n for n in list_notifications(engine)}
    got = model.entries[x.id]
    assert got.acknowledged and got.acknowledged_by == now_in[x.id].acknowledged_by == "张督办"
    assert (got.title, got.message) == (now_in[x.id].title, now_in[x.id].message)
    assert got.seq == now_in[x.id].seq
    assert desk.unacknowledged_count() == sum(not now_in[i].acknowledged for i in model.entries)


def test_an_arrival_queued_when_the_window_closes_leaves_nothing_running(
    open_window: Opener, engine: Engine, qtbot: Any
) -> None:
    """The watch's first load, sent just before the jobs stopped, reached the desk after
    the stop and started readying the sound: a timer left running (no_dangling saw it
    now and then on a busy machine)."""
    from console.notifications import changes_since

    load(engine, consultations(3))
    window = open_window(engine)
    desk = window.notices
    qtbot.waitUntil(lambda: desk.loaded, timeout=4000)
    desk.stop()
    desk.loaded = False  # as if the first load were the signal still queued
    desk.service.changed.emit(changes_since(engine, 0))
    for _ in range(2):  # each turn: nothing started (the sound took two)
        assert not desk._prepare_sound.isActive() and not desk._sound_steps.busy
        assert not desk._in_steps.busy
        QApplication.processEvents()
