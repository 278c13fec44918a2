"""The wall display (大屏): a screen in the command-center's room, full screen with or
without a window manager, no cursor, no mouse or keyboard needed, the pages turning by
themselves with an indicator of which page is up and how long until the next.

It shows the shared live board (widgets.live_board) and the wall's own figures
(wall_feed), on the console's clock: the database's on PostgreSQL. A lost database
puts a banner over every page; the live board reconnects by itself.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QCloseEvent,
    QGuiApplication,
    QKeyEvent,
    QKeySequence,
    QResizeEvent,
    QScreen,
    QShortcut,
)
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QStackedWidget, QVBoxLayout, QWidget

from console.kpi_targets import DEFAULT_TARGETS, KpiTarget
from console.wall_options import INTERVAL_S
from widgets.errors import sentence
from widgets.labels import fill
from widgets.live_board import LiveBoard
from widgets.theme import icon, named_label
from widgets.wall.charts_page import ChartsPage
from widgets.wall.escalations_page import EscalationsPage
from widgets.wall.kpi_page import TILES, KpiPage
from widgets.wall.page import WallContext, WallPage
from widgets.wall.rotation import Rotation
from widgets.wall.style import px, scale_for, wall_style
from widgets.wall.urgent_page import UrgentPage
from widgets.wall.wall_feed import WallFeed

MIN_WIDTH, MIN_HEIGHT = 960, 540

PAGES: dict[str, type[WallPage]] = {
    page.key: page for page in (KpiPage, UrgentPage, ChartsPage, EscalationsPage)
}


class WallWindow(QWidget):
    def __init__(
        self,
        *,
        live: LiveBoard,
        pages: Sequence[str] = tuple(PAGES),
        interval: float = INTERVAL_S,
        targets: dict[str, KpiTarget] | None = None,
        tiles: Sequence[str] = TILES,
        demo: bool = False,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("wall")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setWindowIcon(icon("app"))
        self.setCursor(Qt.CursorShape.BlankCursor)  # nobody points at a wall
        self.setMinimumSize(MIN_WIDTH, MIN_HEIGHT)  # never a cramped window, squashed charts
        self.live, self.demo = live, demo
        self.feed = WallFeed(live)
        self.scale = 0.0
        self.context = WallContext(live, self.feed, targets or dict(DEFAULT_TARGETS), tuple(tiles))
        self.rotation = Rotation(pages, interval, live.clock.now().timestamp())
        self._build(pages)
        live.ticked.connect(self.tick)
        live.applied.connect(self._applied)
        # bound methods, not lambdas: the feed emits on the worker thread, and only a
        # receiving QObject makes the connection queued onto the UI thread
        live.figuresChanged.connect(self._new_figures)
        self.feed.ready.connect(self._new_figures)
        live.lost.connect(self._lost)
        live.restored.connect(self._restored)
        QShortcut(QKeySequence.StandardKey.Quit, self, self.close)
        QShortcut(QKeySequence("F11"), self, self.toggle_full_screen)
        QShortcut(QKeySequence(Qt.Key.Key_Right), self, lambda: self.turn(1))
        QShortcut(QKeySequence(Qt.Key.Key_Left), self, lambda: self.turn(-1))
        self.rescale(scale_for(self.size()))
        self.retranslate()
        if live.lost_since is not None:
            self._lost(live.lost_reason)
        self.tick(live.clock.now().timestamp())

    def _build(self, pages: Sequence[str]) -> None:
        self.title = named_label("wallTitle", "", self)
        self.pills = [named_label("pagerPill", "", self) for _ in pages]
        self.pager = named_label("wallPager", "", self)
        self.link = named_label("wallLink", "", self)
        self.clock_label = named_label("wallClock", "", self)
        self.head = QHBoxLayout()
        self.head.addWidget(self.title)
        self.head.addStretch(1)
        self.head.addWidget(self.link)
        self.head.addWidget(self.clock_label)
        self.foot = QHBoxLayout()  # the page indicator: which page, how long until the next
        for pill in self.pills:
            self.foot.addWidget(pill)
        self.foot.addStretch(1)
        self.foot.addWidget(self.pager)
        self.banner = QFrame(self)
        self.banner.setObjectName("wallBanner")
        self.banner_text = QLabel(self.banner)
        self.banner_text.setWordWrap(True)
        QHBoxLayout(self.banner).addWidget(self.banner_text)
        self.banner.hide()
        self.stack = QStackedWidget(self)
        self.pages: list[WallPage] = []
        for key in pages:
            page = PAGES[key](self.context, self.stack)
            self.stack.addWidget(page)
            self.pages.append(page)
        self.box = QVBoxLayout(self)
        self.box.addLayout(self.head)
        self.box.addWidget(self.banner)
        self.box.addWidget(self.stack, 1)
        self.box.addLayout(self.foot)

    # --- language and size ----------------------------------------------------------
    def retranslate(self) -> None:
        title = self.tr("12345 Hotline Command Center · Supervision")
        self.setWindowTitle(title)
        self.title.setText(title + (self.tr(" (demo)") if self.demo else ""))
        for page, pill in zip(self.pages, self.pills, strict=True):
            page.retranslate()
            pill.setText(page.heading())
        self._show_link()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange and hasattr(self, "pages"):
            self.retranslate()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        scale = scale_for(event.size())
        if abs(scale - self.scale) > 0.01:
            self.rescale(scale)

    def rescale(self, scale: float) -> None:
        """The same layout at any size: type, gaps and rows grow with the screen."""
        self.scale = self.context.scale = scale
        self.setStyleSheet(wall_style(scale))
        margin = px(32, scale)
        self.box.setContentsMargins(margin, px(18, scale), margin, px(24, scale))
        self.box.setSpacing(px(18, scale))
        self.head.setSpacing(px(32, scale))
        self.foot.setSpacing(px(16, scale))
        for page in self.pages:
            page.rescale(scale)
        self.refresh()

    # --- placing on a screen --------------------------------------------------------
    def place(self, screen: QScreen | None = None) -> None:
        """Fill ``screen`` (default: the primary). Without a window manager
        showFullScreen() alone leaves the window at its own size in a corner, so the
        geometry is set to the screen's too."""
        screen = screen or QGuiApplication.primaryScreen()
        size = screen.geometry().size()  # a small screen is still filled
        self.setMinimumSize(min(MIN_WIDTH, size.width()), min(MIN_HEIGHT, size.height()))
        self.setScreen(screen)
        self.setGeometry(screen.geometry())
        self.showFullScreen()

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.leave_full_screen()
        else:
            self.place(self.screen())

    def leave_full_screen(self) -> None:
        """A window filling the screen's free area at the same scale, not a small one."""
        self.showNormal()
        self.setGeometry(self.screen().availableGeometry())

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Escape and self.isFullScreen():
            self.leave_full_screen()
            return
        super().keyPressEvent(event)

    # --- time -----------------------------------------------------------------------
    def start(self) -> None:
        """Begin reading the wall's figures (the live board is started by its owner)."""
        self.feed.begin()

    def stop(self) -> None:
        self.feed.stop_here()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.stop()
        super().closeEvent(event)

    def current(self) -> WallPage:
        return self.pages[self.stack.currentIndex()]

    def turn(self, step: int) -> None:
        now = self.live.clock.now().timestamp()
        self.rotation.show(self.stack.currentIndex() + step, now)
        self.tick(now)

    def tick(self, now: float) -> None:
        index = self.rotation.index_at(now)
        if index != self.stack.currentIndex():
            self.stack.setCurrentIndex(index)
        self.current().show_loading()
        self.current().refresh(now)
        self._show_pager(index, self.rotation.left_at(now))
        local = self.live.clock.now().astimezone(self.live.policy.tz)
        self.clock_label.setText(local.strftime("%Y-%m-%d %H:%M:%S"))

    def _new_figures(self, _figures: object) -> None:
        self.refresh()

    def refresh(self) -> None:
        """New data: the page on screen shows it now rather than at the next tick."""
        if self.pages:
            self.current().show_loading()
            self.current().refresh(self.live.model.now)

    def _show_pager(self, index: int, left: int) -> None:
        for i, pill in enumerate(self.pills):
            lit = i == index
            if pill.property("current") != lit:
                pill.setProperty("current", lit)
                pill.style().unpolish(pill)
                pill.style().polish(pill)
        text = fill(self.tr("next in %1 s"), left) if len(self.pages) > 1 else ""
        if self.pager.text() != text:
            self.pager.setText(text)

    # --- the database ---------------------------------------------------------------
    def _applied(self, _delta: object) -> None:
        self._show_link()
        self.refresh()

    def _show_link(self) -> None:
        if self.live.lost_since is not None:
            text = self.tr("● reconnecting")
        elif not self.live.loaded:
            text = self.tr("● connecting")
        else:
            text = self.tr("● live")
        self.link.setText(text)
        lost = self.live.lost_since is not None
        if self.link.property("lost") != lost:
            self.link.setProperty("lost", lost)
            self.link.style().unpolish(self.link)
            self.link.style().polish(self.link)

    def _lost(self, reason: str) -> None:
        since = self.live.lost_since or self.live.clock.now()
        stamp = since.astimezone(self.live.policy.tz).strftime("%H:%M:%S")
        self.banner_text.setText(fill(
            self.tr("Database connection lost at %1 — showing the figures as last read. "
                    "Reconnecting automatically…"), stamp))  # fmt: skip
        self.banner.setToolTip(sentence(reason))  # no mouse here; never the driver's words
        self.banner.show()
        self._show_link()

    def _restored(self) -> None:
        self.banner.hide()
        self._show_link()
        self.feed.ask()

    def texts(self) -> list[str]:
        """What the wall shows now, in words: the header, the banner and the page."""
        shown = [self.title.text(), self.pager.text(), self.link.text(), self.clock_label.text()]
        if self.banner.isVisible():
            shown.append(self.banner_text.text())
        return shown + self.current().texts()
