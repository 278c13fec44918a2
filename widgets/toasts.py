"""Toasts: small notes stacked at the board's bottom-right corner (the screen's while the
window is away), never over the window's own buttons.

Non-modal tool-tip windows that never take keyboard focus (``WA_ShowWithoutActivating``,
``WindowDoesNotAcceptFocus``): a supervisor typing in the search box keeps typing. Each
goes away after a while or when clicked; a click on a single notification's toast opens
its ticket, on a group's toast the notification center with the group.
"""

from __future__ import annotations

import time
from collections import deque
from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QPoint, QRect, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QMouseEvent
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QVBoxLayout

from console.notify_groups import NotificationGroup
from widgets.notify_text import headline, sort_word

MAX_SHOWN = 4  # more at once: the oldest go first
# a flood: from FLOOD_FROM toasts made within FLOOD_S seconds on, what comes goes into one
# summary toast (the counts by sort, kept up to date) instead of a toast each - an import
# raising tens of thousands made four new windows at every arrival, each made, placed
# and shown in a turn of the UI thread; a supervisor reads one summary. The flood lasts
# until FLOOD_S seconds pass with nothing arriving, and its counts cover all of it (ended
# a minute after its first toasts, a longer flood broke through with four toasts that
# pushed the summary out, and a new one counted from zero)
FLOOD_FROM = MAX_SHOWN
FLOOD_S = 60.0
MARGIN = 16
GAP = 8
WIDTH = 380
# an anchor's area smaller than this (a toast and its margins): the screen's corner
MIN_WIDTH, MIN_HEIGHT = WIDTH + 2 * MARGIN, 120


class Toast(QFrame):
    clicked = Signal()
    closed = Signal()

    def __init__(self, group: NotificationGroup, seconds: int) -> None:
        # no parent on purpose: a parented tool window would go when the main window is
        # minimized, and a toast is there to be seen while it is
        super().__init__(None)
        self.group = group
        self.setObjectName("toast")
        self.setProperty("level", group.level or group.kind)
        # a tool-tip window is never activated, on any platform (a Tool window is, on some)
        self.setWindowFlags(
            Qt.WindowType.ToolTip
            | Qt.WindowType.FramelessWindowHint
            | Qt.WindowType.WindowStaysOnTopHint
            | Qt.WindowType.WindowDoesNotAcceptFocus
        )
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setFixedWidth(WIDTH)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        bar = QFrame(self)
        bar.setObjectName("toastBar")
        bar.setProperty("level", group.level or group.kind)
        bar.setFixedWidth(5)
        title = QLabel(self)
        title.setObjectName("toastTitle")
        body = QLabel(self)
        body.setObjectName("toastBody")
        body.setWordWrap(True)
        close = QLabel("×", self)
        close.setObjectName("toastClose")
        close.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight)
        self.title, self.body = title, body
        first = group.entries[0]
        if group.single:
            title.setText(f"{sort_word(group.kind, group.level)} · {first.ticket or ''}".strip())
            body.setText(f"{headline(group)}\n{first.title}".strip())
        else:
            title.setText(sort_word(group.kind, group.level))
            tickets = ", ".join(e.ticket or "" for e in group.entries[:3])
            more = "…" if len(group.entries) > 3 else ""
            body.setText(f"{headline(group)}\n{tickets}{more}")
        text = QVBoxLayout()
        text.setSpacing(2)
        text.addWidget(title)
        text.addWidget(body)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 8, 0)
        row.setSpacing(10)
        row.addWidget(bar)
        row.addLayout(text, 1)
        row.addWidget(close)
        text.setContentsMargins(0, 10, 0, 10)
        self.timer = QTimer(self)
        self.timer.setObjectName("toast-expiry")  # named: a leak check says which
        self.timer.setObjectName("toastTimer")
        self.timer.setSingleShot(True)
        self.timer.setInterval(max(1, seconds) * 1000)
        self.timer.timeout.connect(self.dismiss)

    def showEvent(self, event: object) -> None:
        self.timer.start()

    def sum_up(self, newest: NotificationGroup, by_sort: list[NotificationGroup]) -> None:
        """Become (or stay) a flood's summary: the newest's sort, a line per sort with its
        count so far; shown again for its full time."""
        self.group = newest
        self.title.setText(sort_word(newest.kind, newest.level))
        self.body.setText("\n".join(headline(g) for g in by_sort))
        self.timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            close = self.findChild(QLabel, "toastClose")
            on_close = close is not None and close.geometry().contains(event.position().toPoint())
            if not on_close:
                self.clicked.emit()
            self.dismiss()

    def dismiss(self) -> None:
        self.timer.stop()
        self.hide()
        self.closed.emit()
        self.deleteLater()


_MOVED = (QEvent.Type.Move, QEvent.Type.Resize, QEvent.Type.Show, QEvent.Type.Hide,
          QEvent.Type.WindowStateChange)  # fmt: skip


class ToastStack(QObject):
    """The toasts on screen, newest at the bottom, stacked upwards from the corner of
    :meth:`area`; as many as its height holds (the oldest go first)."""

    openTicket = Signal(str)
    openGroup = Signal(object)  # NotificationGroup

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.toasts: list[Toast] = []
        self.seconds = 8
        self.clock: Callable[[], float] = time.monotonic  # seconds (tests: a fake)
        self._made: deque[float] = deque()  # when the toasts of the last FLOOD_S were made
        self._flood_last: float | None = None  # the flood's last arrival; None: no flood
        self.summary: Toast | None = None  # the flood's summary while it is shown
        self._by_sort: dict[tuple[str, str], NotificationGroup] = {}  # the flood's, so far
        # where to stack (global coordinates), None for the screen: the window gives its
        # board's rows - at the screen's corner the toasts, 8 s each and continuous on a
        # live feed, covered the notification center's buttons on a 1366×768 laptop
        self.anchor: Callable[[], QRect | None] | None = None

    def show(self, group: NotificationGroup) -> Toast:
        """A toast for ``group``; in a flood, the summary toast with ``group`` added."""
        now = self.clock()
        if self._flood_last is not None and now - self._flood_last > FLOOD_S:
            self._flood_last, self._by_sort = None, {}  # a quiet minute: the flood is over
        while self._made and now - self._made[0] > FLOOD_S:
            self._made.popleft()
        if self._flood_last is not None or len(self._made) >= FLOOD_FROM:
            self._flood_last = now
            return self._sum_up(group)
        self._made.append(now)
        toast = Toast(group, self.seconds)
        toast.clicked.connect(lambda g=group: self._clicked(g))
        return self._stack(toast)

    def _sum_up(self, group: NotificationGroup) -> Toast:
        summary = self.summary
        key = (group.kind, group.level or "")
        had = self._by_sort.get(key)
        if had is None:
            self._by_sort[key] = NotificationGroup(
                group.kind, group.level, group.raised_at, list(group.entries)
            )
        else:  # counted, in place: a flood of minutes copied all it had at every arrival
            had.entries.extend(group.entries)
        by_sort = list(self._by_sort.values())
        if summary is not None and summary in self.toasts:
            summary.sum_up(group, by_sort)
            summary.adjustSize()
            self._place()
            return summary
        summary = self.summary = Toast(group, self.seconds)
        summary.sum_up(group, by_sort)
        # opens the center on the newest group the summary took in
        summary.clicked.connect(lambda t=summary: self.openGroup.emit(t.group))
        return self._stack(summary)

    def _stack(self, toast: Toast) -> Toast:
        toast.closed.connect(lambda t=toast: self._closed(t))
        self.toasts.append(toast)
        while len(self.toasts) > MAX_SHOWN:
            self.toasts[0].dismiss()
        toast.adjustSize()
        self._place()
        toast.show()
        return toast

    def follow(self, area: Callable[[], QRect | None], *watched: QObject) -> None:
        """Stack within ``area()`` (global coordinates; None: the screen's corner), placed
        again whenever one of ``watched`` moves or changes size (the window, the board)."""
        self.anchor = area
        for obj in watched:
            obj.installEventFilter(self)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if self.toasts and event.type() in _MOVED:
            self._place()
        return False

    def clear(self) -> None:
        for toast in list(self.toasts):
            toast.dismiss()

    def _clicked(self, group: NotificationGroup) -> None:
        if group.single and group.entries[0].ticket:
            self.openTicket.emit(group.entries[0].ticket)
        else:
            self.openGroup.emit(group)

    def _closed(self, toast: Toast) -> None:
        if toast is self.summary:  # the flood's counts go on (a new summary shows them)
            self.summary = None
        if toast in self.toasts:
            self.toasts.remove(toast)
            self._place()

    def area(self) -> QRect:
        found = self.anchor() if self.anchor is not None else None
        if found is not None and found.width() >= MIN_WIDTH and found.height() >= MIN_HEIGHT:
            return found
        screen = QGuiApplication.primaryScreen()
        return screen.availableGeometry() if screen is not None else QRect(0, 0, 1920, 1080)

    def _place(self) -> None:
        area = self.area()
        y = area.bottom() - MARGIN
        placed: list[tuple[Toast, QRect]] = []
        for toast in reversed(self.toasts):
            size = toast.sizeHint().expandedTo(toast.minimumSizeHint())
            if placed and y - size.height() < area.top() + MARGIN:
                break  # no room above: this one and the older go
            y -= size.height()
            placed.append((toast, QRect(QPoint(area.right() - MARGIN - WIDTH, y), size)))
            y -= GAP
        for toast, box in placed:
            toast.setGeometry(box)
        for toast in self.toasts[: len(self.toasts) - len(placed)]:
            self.toasts.remove(toast)  # before dismiss(): its closed signal places again
            toast.dismiss()
