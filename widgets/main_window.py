"""The supervisor's window: KPI strip, filters, the live board and the ticket detail."""

from __future__ import annotations

import contextlib
import dataclasses
import html
import logging
from collections.abc import Callable, Iterable, Iterator
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QByteArray,
    QCollator,
    QEvent,
    QLocale,
    QModelIndex,
    QObject,
    QPoint,
    QRect,
    Qt,
    QTimer,
    QUrl,
)
from PySide6.QtGui import QCloseEvent, QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHeaderView,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QStyle,
    QTabBar,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import Engine

from console.board import BoardDelta, BoardFigures, BoardFilter, BoardTicket
from console.clock import Clock
from console.errors import error_detail, first_line
from console.ingest import ImportResult
from console.ladder import Proposal
from console.notice import notice_html
from console.policy import Policy
from console.settings import views_from_json, views_to_json
from console.staff import can_write, list_staff, role_of
from console.supervisors import join_on_duty, known_supervisors
from console.vocabulary import KPI_BY_KEY, KPIS
from widgets import theme
from widgets.action_runner import ActionOutcome
from widgets.action_table import Situation
from widgets.alarm import SoundPlayer
from widgets.assessment_view import AssessmentWindow
from widgets.banner import ConnectionBanner
from widgets.board_model import Col
from widgets.board_proxy import BoardProxy
from widgets.board_view import GIVE_WAY, BoardView
from widgets.bulletin_dialog import BulletinDialog
from widgets.detail_pane import DetailPane
from widgets.duty_dialog import DutyDialog
from widgets.empty_state import EmptyState
from widgets.errors import error_box
from widgets.filter_bar import FilterBar
from widgets.i18n import choose_language, current_language, install_translators, menu_choice
from widgets.import_job import ImportJob
from widgets.kpi_strip import KpiStrip
from widgets.labels import fill
from widgets.live_board import LiveBoard
from widgets.main_menu import ConsoleActions
from widgets.notify_desk import NotificationDesk
from widgets.notify_settings import NotificationSettings
from widgets.pdf_render import write_pdf
from widgets.proposal_dock import ProposalDock
from widgets.refusals import refusal_text
from widgets.register_dock import RegisterDock
from widgets.settings import AppSettings
from widgets.supervising import Chosen, Supervising
from widgets.theme import icon, named_label

log = logging.getLogger(__name__)

# the board's columns that give way to the To act queue beside it at a first start
# (1920×1080): the least useful ones (board_view.GIVE_WAY's first four: due time, moves,
# district, category), so the queue's "why" keeps room for a deadline and how far past it
BESIDE_QUEUE_GIVES = GIVE_WAY[:4]
FIRST_SIZE = (1920, 1080)  # the largest first window; smaller screens get their free area
DETAIL_MIN_WIDTH = 440
REGISTER_SHARE = 40  # percent of the window's height the register opens at, at least
SHOWN_REJECTS = 5  # the import's result names the first few rejected lines
DETAIL_PAUSE_MS = 120  # arrowing through the board asks for the detail once it rests
BOARD_FIRST_MS = 30_000  # notifications and proposals wait at most this for the board


def pinyin_sorted(pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(value, name) pairs by name in pinyin order: the names are Chinese in either
    language, and in code-point order 海口… came after every 市… (the filters' order)."""
    collator = QCollator(QLocale("zh_CN"))
    collator.setNumericMode(True)
    return sorted(pairs, key=lambda p: (collator.sortKey(p[1] or p[0]), p[0]))


class MainWindow(QMainWindow):
    def __init__(
        self,
        *,
        engine: Engine,
        policy: Policy,
        clock: Clock,
        settings: AppSettings,
        supervisor: str,
        poll_ms: int | None = None,
        live: LiveBoard | None = None,
        sound: SoundPlayer | None = None,
        notify_sweep_s: float | None = None,
    ) -> None:
        super().__init__()
        self.engine, self.policy, self.clock, self.settings = engine, policy, clock, settings
        self.supervisor = supervisor
        self._in_delta = False  # a delta is going into the live board (see _applying)
        self.setWindowIcon(icon("app"))
        # a live board handed in is shared (with the wall display) and started by its owner
        self.owns_live = live is None
        self.live = live or LiveBoard(engine, policy, clock, poll_ms=poll_ms, parent=self)
        self.board, self.reader = self.live.model, self.live.reader
        self.connection = self.live.connection
        self.proxy = BoardProxy(self)
        self.proxy.setSourceModel(self.board)
        self._keep = ""  # the chosen ticket while a new filter takes effect
        self._after_filter: Callable[[], None] | None = None  # once it has
        self.import_job: ImportJob | None = None
        self.assessment: AssessmentWindow | None = None  # made when first shown
        self.last_import: tuple[ImportResult, str] | None = None
        self.import_box: QMessageBox | None = None  # the last import's result, while open
        self.lost_since: datetime | None = None
        self.hidden = ""  # the chosen ticket, while the filter hides it
        self.role = "viewer"  # until the database says this supervisor may act
        self._clicked_tile = "open"
        self._waiting_board = False  # start() waits for the board's first read

        self.kpis = KpiStrip(self)
        self.banner = ConnectionBanner(self)
        self.filters = FilterBar(self._unit_choices, self._district_choices, self)
        self.view = BoardView(self.board, self.proxy, clock, self)
        self.empty = EmptyState(self.view)
        self.detail = DetailPane(policy.tz, clock, self)
        self.splitter = QSplitter(Qt.Orientation.Horizontal, self)
        self.splitter.addWidget(self.view)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([1440, 480])
        # the detail keeps room for its deadlines table: on a narrow screen the board's
        # least useful columns give way instead
        self.detail.setMinimumWidth(DETAIL_MIN_WIDTH)
        central = QWidget(self)
        box = QVBoxLayout(central)
        box.setContentsMargins(0, 0, 0, 0)
        box.setSpacing(0)
        for w in (self.banner, self.kpis, self.filters):
            box.addWidget(w)
        box.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self._status_bar()
        self.notices = NotificationDesk(
            self, engine=engine, clock=clock, policy=policy, supervisor=supervisor,
            settings=settings, player=sound, sweep_s=notify_sweep_s,
        )  # fmt: skip
        self.statusBar().addPermanentWidget(self.notices.bell)
        self.notices.toasts.follow(self._toast_area, self, self.view.viewport())
        language = menu_choice(settings.get("ui/language"))  # what --lang or a choice put in force
        checked: dict[str, object] = {"theme": theme.current().name, "language": language}
        self.commands = ConsoleActions(self, checked)
        self.detail.set_actions(self.commands.ticket_actions())
        self.acting = Supervising(
            engine, policy, clock, lambda: self.supervisor, self._chosen,
            lambda: self.detail.detail, self._all_units, self,
        )  # fmt: skip
        self.register = RegisterDock(self.connection, clock, policy.tz, self)
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.register)
        self.register.hide()
        self.proposals = ProposalDock(self.connection, policy, clock, self)
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.proposals)
        self._detail_timer = QTimer(self, singleShot=True, interval=DETAIL_PAUSE_MS)
        self._detail_timer.setObjectName("detail-pause")  # named: a leak check says which
        self._detail_timer.timeout.connect(self._ask_detail)
        self._board_wait = QTimer(self, singleShot=True, interval=BOARD_FIRST_MS)
        self._board_wait.setObjectName("board-first")  # named: a leak check says which
        self._board_wait.timeout.connect(self._start_after_board)
        self._wire()
        self.retranslate()
        self._restore()
        self.kpis.set_figures(None)
        self.kpis.set_active(self._tile_of(self.filters.current()))
        self._update_empty()

    # --- building ---------------------------------------------------------------------
    def _status_bar(self) -> None:
        bar = self.statusBar()
        self.duty_label = named_label("dutyLabel", "", self)
        self.count_label = QLabel(self)
        self._counted: tuple[int, int] | None = None  # rows shown and open, in its words
        self.link_label = QLabel(self)
        self.progress = QProgressBar(self)
        self.progress.setMaximumWidth(180)
        self.progress.setTextVisible(False)
        self.progress.hide()
        bar.addWidget(self.duty_label)
        bar.addWidget(self.count_label)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.link_label)

    def _wire(self) -> None:
        self.live.keep_in_place(self.view.anchored)
        self.live.hold_paints(self.view.viewport())
        self.live.keep_in_place(self._applying)
        self.live.applied.connect(self._applied)
        self.live.ticked.connect(self.view.on_tick)
        self.live.figuresChanged.connect(self._figures)
        self.live.lost.connect(self._lost)
        self.live.restored.connect(self._restored)
        self.live.applied.connect(self._board_applied)
        self.live.lost.connect(self._board_lost)
        self.reader.detail.connect(self.detail.show_detail)
        self.reader.detailFailed.connect(self.detail.show_failed)
        self.board.countsChanged.connect(self._counts)
        self.filters.filterChanged.connect(self.set_filter)
        self.proxy.anchor = self.view.anchored
        self.proxy.aboutToFilter.connect(self._filtering)
        self.proxy.filterChanged.connect(self._filtered)
        self.filters.viewsChanged.connect(
            lambda views: self.settings.set("board/views", views_to_json(views))
        )
        self.filters.viewChosen.connect(lambda name: self.settings.set("board/view", name))
        self.kpis.tileClicked.connect(self._tile_clicked)
        self.filters.toBoard.connect(self._search_done)
        self.view.currentTicketChanged.connect(self._current_changed)
        self.view.hiddenChanged.connect(self.save_columns)
        self.view.openRequested.connect(self.open_detail)
        self.empty.importRequested.connect(self.ask_import)
        self.empty.clearFiltersRequested.connect(self.clear_filters)
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved, self.proxy.layoutChanged):
            signal.connect(self._update_empty)
        self.view.installEventFilter(self)
        self.view.chosenChanged.connect(self.update_actions)
        self.view.customContextMenuRequested.connect(self._board_menu)
        self.detail.detailShown.connect(self.update_actions)
        self.acting.acted.connect(self._acted)
        self.live.stopping.connect(self.register.stop)  # the register reads on its worker
        self.register.reader.openCount.connect(self.kpis.set_escalations)
        self.live.stopping.connect(self.proposals.stop)  # it computes on the board's worker
        self.proposals.countChanged.connect(self.kpis.set_proposals)
        self.proposals.proposedChanged.connect(self.board.set_proposed)
        self.proposals.proposedChanged.connect(self._proposed_moved)
        self.proposals.actRequested.connect(self._act_on_proposal)
        self.proposals.dismissRequested.connect(self._dismiss_proposal)
        self.proposals.ticketRequested.connect(self.show_ticket)
        pane = self.register.pane
        pane.stepRequested.connect(self.acting.escalation_step)
        pane.noticeRequested.connect(self.print_notice)
        pane.ticketRequested.connect(self.show_ticket)

    def retranslate(self) -> None:
        title = self.tr("12345 Hotline Supervisor Console")
        self.setWindowTitle(title)
        on_duty = fill(self.tr("On duty: %1"), self.supervisor)
        if self.role != "supervisor":
            on_duty = fill(self.tr("%1 (viewer: sees, does not act)"), on_duty)
        self.duty_label.setText(on_duty)
        where = self.engine.url
        self.link_label.setToolTip(where.render_as_string(hide_password=True))
        self._show_link()
        self._counted = None  # the count's words in the new language
        self._counts()
        self.commands.retranslate()
        self.notices.retranslate()
        self.register.retranslate()
        self.proposals.retranslate()

    def apply_language(self) -> None:
        """Everything the window shows, in the language just installed."""
        self.retranslate()
        self.kpis.retranslate()
        self.filters.retranslate()
        self.detail.retranslate()
        self.empty.show_mode(self.empty.mode)
        if self.banner.since is not None:
            self.banner.show_lost(self.banner.reason, self.banner.since)
        self.board.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, len(Col) - 1)
        if self.board.sort_column == Col.TITLE:  # pinyin order in Chinese, code points else
            with self.view.anchored():
                self.board.sort(Col.TITLE, self.view.horizontalHeader().sortIndicatorOrder())
        self.restore_columns()
        self.view.viewport().update()

    def _restore(self) -> None:
        s = self.settings
        if geometry := s.get("window/geometry"):
            self.restoreGeometry(QByteArray(geometry))  # Qt keeps it on a visible screen
        else:
            self.fit_screen()
        if state := s.get("window/state"):
            self.restoreState(QByteArray(state))
        if split := s.get("window/splitter"):
            self.splitter.restoreState(QByteArray(split))
        self.restore_columns()
        self.filters.set_views(views_from_json(s.get("board/views")))
        if view := s.get("board/view"):
            self.filters.choose_view(view)

    def fit_screen(self, free: QRect | None = None) -> None:
        """First start: as large as the screen's free area (``free``, default the
        window's screen's) allows, up to 1920×1080, centred on it: the status bar above
        the screen's edge."""
        self.proposals.set_folded(False)  # placed by its whole width; it folds again if empty
        if free is None:
            screen = self.screen() or QGuiApplication.primaryScreen()
            if screen is None:
                self.resize(1280, 800)
                return
            free = screen.availableGeometry()
        frame = self.frameGeometry().size() - self.geometry().size()  # title bar, borders
        width = min(FIRST_SIZE[0], free.width() - frame.width())
        height = min(FIRST_SIZE[1], free.height() - frame.height())
        self.resize(width, height)
        self.move(free.left() + (free.width() - width - frame.width()) // 2,
                  free.top() + (free.height() - height - frame.height()) // 2)  # fmt: skip
        # the notification center opens under the board: a quarter of the height, so a
        # laptop's board keeps its rows (Qt's default gives the dock half), and at least
        # a sweep's few lines (a quarter of 768 px showed two)
        self._size_center(height)
        self.ensurePolished()  # the style sheet's minimum widths, before the first show
        central = self.centralWidget()
        least = central.minimumSizeHint().width() if central is not None else 0
        # the board beside the detail at its least, with the title's room and every column
        # but the few that give way to the queue (the countdown says the due time, the
        # detail the moves, the district and the category): the flags and the unit stay
        columns = self.view.full_width(without=BESIDE_QUEUE_GIVES)
        board = max(least, columns + self.splitter.handleWidth() + DETAIL_MIN_WIDTH)
        if board + self.proposals.minimumSizeHint().width() > width:
            self._queue_under_board(width, height)
            return
        # beside the board (the work a supervisor does next, in sight rather than in a tab
        # behind the notifications), as wide as its columns ask and the board leaves
        wanted = self.proposals.preferred_width()
        if self.dockWidgetArea(self.proposals) != Qt.DockWidgetArea.LeftDockWidgetArea:
            self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.proposals)  # fitted again
        # less the separator between the dock and the board (6 px short: the category gave way)
        gap = self.style().pixelMetric(QStyle.PixelMetric.PM_DockWidgetSeparatorExtent)
        self.resizeDocks([self.proposals], [min(wanted, width - board - gap)],
                         Qt.Orientation.Horizontal)  # fmt: skip
        layout = self.layout()
        if layout is not None:
            # the minimum the window will be held to once its layout runs (a posted event:
            # under load it ran after this and widened a 1366 px window to 1610)
            layout.activate()
        if max(self.width(), self.minimumSizeHint().width()) > width:
            self._queue_under_board(width, height)

    def _toast_area(self) -> QRect | None:
        """Toasts stack over the board's rows, bottom right, above the docks and the status
        bar (whose buttons they covered at the screen's corner); the screen's corner while
        the window is away (minimized or hidden)."""
        if not self.isVisible() or self.isMinimized():
            return None
        rows = self.view.viewport()
        return QRect(rows.mapToGlobal(QPoint(0, 0)), rows.size())

    def _queue_under_board(self, width: int, height: int) -> None:
        """Too narrow for the To act queue beside the board (1366 px, where beside it would
        cost the board its flags or its title's room): it joins the notification center
        under the board as a tab; its tile raises it."""
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.proposals)
        self.tabifyDockWidget(self.notices.center, self.proposals)
        self.notices.center.raise_()
        self.resize(width, height)  # it held the window wider while it stood beside
        self._size_center(height)  # the tabs' dock area took the queue's height

    def _size_center(self, height: int) -> None:
        wanted = self.notices.center.wanted_height()
        if self.tabifiedDockWidgets(self.notices.center):  # the tabs are the area's too
            direct = Qt.FindChildOption.FindDirectChildrenOnly
            bars = self.findChildren(QTabBar, options=direct)
            wanted += max((b.sizeHint().height() for b in bars if b.count()), default=0)
        wanted = max(height // 4, wanted)
        self.resizeDocks([self.notices.center], [wanted], Qt.Orientation.Vertical)

    def save_layout(self) -> None:
        s = self.settings
        s.set("window/geometry", self.saveGeometry().data())
        s.set("window/state", self.saveState().data())
        s.set("window/splitter", self.splitter.saveState().data())
        self.save_columns()
        s.sync()

    def restore_columns(self) -> None:
        """The board's columns as last left in this language (widths fit its words),
        the columns the supervisor hid, and no header cut short."""
        s, header = self.settings, self.view.horizontalHeader()
        state = s.get(f"board/header/{current_language()}") or s.get("board/header")
        if state:
            header.restoreState(QByteArray(state))
            header.setSectionResizeMode(Col.TITLE, QHeaderView.ResizeMode.Stretch)
        else:
            self.view.fit_columns()
        hidden = {int(c) for c in s.get("board/hidden").split(",") if c.strip().isdigit()}
        self.view.set_hidden({Col(c) for c in hidden if c < len(Col)})
        self.view.fit_headers()

    def save_columns(self) -> None:
        header = self.view.horizontalHeader()
        self.settings.set(f"board/header/{current_language()}", header.saveState().data())
        self.settings.set("board/hidden", ",".join(str(int(c)) for c in sorted(self.view.hidden)))

    # --- lifetime -----------------------------------------------------------------------
    def start(self) -> None:
        self.read_role()
        if self.owns_live:
            self.live.start()
        if self.live.figures is not None:  # a shared board may have counted them already
            self._figures(self.live.figures)
        if self.live.lost_since is not None:
            self._lost(self.live.lost_reason)
        # the board first: a big center's notifications (its first load, a sweep) and the
        # To act queue competed with the board's first read for the interpreter and the
        # database file, and the board came seconds later; they follow it at once
        self.notices.tray.start()  # the tray's icon at once, as before (it reads nothing)
        self._waiting_board = True
        if self.board.loaded or self.live.lost_since is not None:
            self._start_after_board()
        else:
            self._board_wait.start()

    def _board_applied(self, _delta: BoardDelta) -> None:
        if self.board.loaded:
            self._start_after_board()

    def _board_lost(self, _reason: str) -> None:
        self._start_after_board()  # no board for now: the rest starts anyway

    def _start_after_board(self) -> None:
        """The board's first read is in (or the database is away): the rest starts."""
        if not self._waiting_board:
            return
        self._waiting_board = False
        self._board_wait.stop()
        self.notices.start()
        self.proposals.start()

    def stop(self) -> None:
        """Stop every thread and timer this window started (idempotent)."""
        self._waiting_board = False  # what waited for the board does not start now
        self._board_wait.stop()
        self._detail_timer.stop()
        self.acting.stop()
        self.register.stop()
        self.proposals.stop()
        self.view.stop_timers()
        self.filters.stop_timers()
        self.proxy.stop()
        if self.owns_live:
            self.live.stop()
        self.notices.stop()
        if self.import_job is not None:
            self.import_job.wait()
        if self.assessment is not None:
            self.assessment.wait_idle()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_layout()
        self.stop()
        super().closeEvent(event)

    # --- live board ---------------------------------------------------------------------
    def apply_delta(self, delta: BoardDelta) -> None:
        """Take a delta into the live board (as the database reader does)."""
        self.live.apply(delta)

    def _applied(self, delta: BoardDelta) -> None:
        current = self.detail.number
        if current and (
            current in delta.removed or any(t.number == current for t in delta.upserts)
        ):
            self.connection.wantDetail.emit(current)  # the shown ticket moved on
        self._show_link()
        self._update_empty()

    @contextlib.contextmanager
    def _applying(self) -> Iterator[None]:
        """While a delta goes in, the tiles and the empty state wait for its end (its
        ``applied`` updates them once): per row inserted they took half of applying 100
        new tickets."""
        self._in_delta = True
        try:
            yield
        finally:
            self._in_delta = False

    def _figures(self, figures: BoardFigures) -> None:
        self.kpis.set_figures(figures)
        shown = self.filters.numbers
        if shown is not None and shown != figures.missed_open:  # the missed tile's rows
            self.filters.set_filter(
                dataclasses.replace(self.filters.current(), numbers=figures.missed_open),
                emit=True,
            )

    def _counts(self) -> None:
        """The tiles and the status bar's count: from the board once it was read, a
        loading state before (never a 0 that nobody counted)."""
        if self._in_delta:
            return
        if not self.board.loaded:
            self.kpis.set_counts(None)
            self.count_label.setText(self.tr("Reading the board…"))
            self._counted = None
            return
        self.kpis.set_counts(self.board.tally.counts())
        shown, total = self.proxy.rowCount(), self.board.rowCount()
        if (shown, total) == self._counted:
            return  # a tick changes states, rarely the rows: the words stand
        self._counted = (shown, total)
        if shown == total:
            text = fill(self.tr("%1 open tickets"), f"{total:,}")
        else:
            text = fill(self.tr("%1 of %2 tickets shown"), f"{shown:,}", f"{total:,}")
        self.count_label.setText(text)

    def _lost(self, reason: str) -> None:
        self.lost_since = self.clock.now().astimezone(self.policy.tz)
        self.banner.show_lost(reason, self.lost_since)
        self._show_link()

    def _restored(self) -> None:
        self.lost_since = None
        self.banner.show_restored()
        self._show_link()
        if self.detail.number:  # the detail may show an error, or what was last read
            self.connection.wantDetail.emit(self.detail.number)

    def _show_link(self) -> None:
        url = self.engine.url
        where = url.database if url.get_backend_name() == "sqlite" else f"{url.host}/{url.database}"
        where = Path(where or "").name if url.get_backend_name() == "sqlite" else where
        if self.lost_since is not None:
            self.link_label.setText(fill(self.tr("● %1 — reconnecting…"), where))
        else:
            now = self.clock.now().astimezone(self.policy.tz).strftime("%H:%M:%S")
            self.link_label.setText(fill(self.tr("● %1 — updated %2"), where, now))

    def _update_empty(self) -> None:
        if self._in_delta:
            return
        if not self.board.loaded:
            mode = "loading"
        elif self.board.rowCount() == 0:
            mode = "empty"
        elif self.proxy.rowCount() == 0:
            mode = "filtered"
        else:
            mode = ""
        if mode != self.empty.mode or (mode and not self.empty.isVisible()):
            self.empty.show_mode(mode)
        self._counts()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.view and event.type() == QEvent.Type.Resize and self.empty.isVisible():
            self.empty.setGeometry(self.view.rect())
        return super().eventFilter(watched, event)

    # --- finding ------------------------------------------------------------------------
    def set_filter(self, new: BoardFilter) -> None:
        """Filter the board (at once, or on a big board once sifted off the UI thread:
        :meth:`_filtered`). The tile of the filter shows chosen at once."""
        self.proxy.set_filter(new)
        self.kpis.set_active(self._tile_of(new))

    def _filtering(self) -> None:
        self._keep = self.view.current_number() or self.hidden

    def _filtered(self) -> None:
        """The new filter is in force. The chosen ticket stays chosen while it matches;
        when the filter hides it the detail says so, and it is chosen again once it shows."""
        keep, self._keep = self._keep, ""
        after, self._after_filter = self._after_filter, None
        if keep:
            if self.view.select_number(keep):
                self.hidden = ""
            elif self.board.row_of(keep) is not None:
                self.hidden = keep
                self.view.clear_current()
                self.detail.show_hidden(keep)
            elif keep == self.hidden:  # closed while hidden
                self.hidden = ""
                self.detail.clear()
        self._update_empty()
        if after is not None:  # Enter in the search box while it was being sifted
            after()

    def _tile_clicked(self, key: str) -> None:
        """A KPI tile shows its tickets: by state, by flag, or all (keeping the unit,
        district, category and search filters)."""
        kpi = KPI_BY_KEY.get(key)
        if kpi is not None and kpi.opens == "proposals":
            self.show_proposals()
            return
        self._clicked_tile = key
        if key == "overdue_today":  # today's missed deadlines: their tickets still open
            figures = self.live.figures
            self.filters.only(numbers=figures.missed_open if figures else frozenset())
        elif kpi is not None:
            self.filters.only(state=kpi.state, flag=kpi.flag)

    def _tile_of(self, f: BoardFilter) -> str:
        """The tile whose filter is the one in force: the one clicked while it still is,
        else the first that matches ("open" for no state or flag filter)."""

        def shows(key: str) -> bool:
            kpi = KPI_BY_KEY.get(key)
            if kpi is None or kpi.opens:
                return False
            states = {kpi.state} if kpi.state is not None else set()
            flags = {kpi.flag} if kpi.flag is not None else set()
            return f.states == states and f.flags == flags

        if f.numbers is not None:  # only the missed tile filters by tickets
            return "overdue_today"
        if shows(self._clicked_tile):
            return self._clicked_tile
        return next((kpi.key for kpi in KPIS if shows(kpi.key)), "")

    def refresh_now(self) -> None:
        self.connection.wantRefresh.emit()

    def clear_filters(self) -> None:
        self.filters.set_filter(BoardFilter(), emit=True)

    def _unit_choices(self) -> list[tuple[str, str]]:
        units = {t.unit: t.unit_name for t in self.board.tickets() if t.unit}
        return pinyin_sorted(units.items())

    def _district_choices(self) -> list[tuple[str, str]]:
        found = {t.district for t in self.board.tickets() if t.district}
        return pinyin_sorted((d, d) for d in found)

    def _search_done(self, enter: bool) -> None:
        """Enter or Down in the search box: to the board's first row; Enter on the one
        ticket that matches opens its detail (on a big board, once the search is sifted)."""
        if self.proxy.pending:
            self._after_filter = lambda: self._search_done(enter)
            return
        if not self.view.select_first():
            return  # nothing matches: stay in the search box
        self.view.setFocus()
        if enter and self.proxy.rowCount() == 1:
            self.open_detail(self.view.current_number())

    def focus_search(self) -> None:
        self.filters.search.setFocus()
        self.filters.search.selectAll()

    # --- detail -------------------------------------------------------------------------
    def _current_changed(self, number: str) -> None:
        if not number:
            return
        self.hidden = ""
        self.detail.show_loading(number)
        self._detail_timer.start()

    def _ask_detail(self) -> None:
        if self.detail.number:
            self.connection.wantDetail.emit(self.detail.number)

    def open_detail(self, number: str) -> None:
        """Enter on a ticket: make sure the detail is visible and put focus on its timeline."""
        sizes = self.splitter.sizes()
        if sizes[1] == 0:
            self.splitter.setSizes([sizes[0] * 2 // 3, sizes[0] // 3])
        self.detail.timeline_view.setFocus()

    # --- commands of the action table (widgets/action_table.py) ---------------------------
    # --- the board's context menus (their actions are in the action table) -------------
    def _row_menu(self, pos: QPoint) -> None:
        menu = self.row_menu(self.view.indexAt(pos))
        if menu is not None:
            menu.popup(self.view.viewport().mapToGlobal(pos))

    def row_menu(self, index: QModelIndex) -> QMenu | None:
        """A right click on a ticket chooses it and offers what can be done with it."""
        number = self.view.number_at(index)
        if not number:
            return None
        self.view.select_number(number)
        menu = self.commands.context_menu(self.view)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        return menu

    def copy_number(self) -> None:
        clipboard = QGuiApplication.clipboard()
        if (number := self.view.current_number()) and clipboard is not None:
            clipboard.setText(number)
            self.statusBar().showMessage(fill(self.tr("Copied %1"), number), 3000)

    def open_current(self) -> None:
        if number := self.view.current_number():
            self.open_detail(number)

    def show_column_menu(self) -> None:
        self.view.show_header_menu()

    def fit_columns(self) -> None:
        self.view.fit_columns()
        self.save_columns()

    def focus_board(self) -> None:
        self.view.setFocus()

    def ask_save_view(self) -> None:
        self.filters.ask_save_view()

    def choose_saved_view(self, n: int) -> None:
        """Ctrl+0: all tickets; Ctrl+1…9: the n-th saved view, when there is one."""
        if n == 0:
            self.filters.choose_view("")
        elif n <= len(self.filters.views):
            self.filters.choose_view(self.filters.views[n - 1].name)

    def set_theme(self, name: str) -> None:
        app = QApplication.instance()
        if isinstance(app, QApplication):
            theme.apply_theme(app, name)
            self.view.delegate.restyle(self.view.font())
            self.view.viewport().update()
            self.settings.set("ui/theme", name)

    def set_language(self, code: str) -> None:
        """Switch at once, no restart: Qt's words and ours, menus, headers, and the
        column widths kept for that language."""
        self.settings.set("ui/language", code)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            self.save_columns()  # the widths fit the words of the language being left
            install_translators(app, choose_language(None, code))
            self.apply_language()

    def change_supervisor(self) -> None:
        try:
            known = known_supervisors(self.engine)
        except Exception:
            known = []
        dialog = DutyDialog(known, self.supervisor, self)
        if dialog.exec() and dialog.supervisor():
            self.supervisor = dialog.supervisor()
            self.settings.set("duty/supervisor", self.supervisor)
            self.notices.set_supervisor(self.supervisor)
            with contextlib.suppress(Exception):  # kept in the settings; the table learns it later
                join_on_duty(self.engine, self.supervisor, self.clock.now())
            self.read_role()

    # --- notifications ------------------------------------------------------------------
    def show_ticket(self, number: str) -> None:
        """A notification's ticket: chosen on the board (filters cleared when they hide
        it) with its detail; a ticket no longer on the board still shows its detail."""
        if not self.view.select_number(number) and self.board.row_of(number) is not None:
            self.clear_filters()
            self.view.select_number(number)
        if self.view.current_number() != number:
            self.detail.show_loading(number)
            self.connection.wantDetail.emit(number)
        self.open_detail(number)

    def toggle_notifications(self) -> None:
        self.notices.toggle_center()

    def ask_notification_settings(self) -> None:
        NotificationSettings(self.settings, self.notices.alarm, self).exec()

    def show_shortcuts(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Keyboard shortcuts"),
            self.commands.shortcuts_text(), parent=self,
        )  # fmt: skip
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About"),
            self.tr("<h3>12345 Hotline Supervisor Console</h3><p>A live board of every open "
                    "ticket with the countdown to its next deadline, for the supervisors of a "
                    "12345 government-service hotline command center.</p>"),
        )  # fmt: skip

    # --- acting (widgets/supervising.py does the work) --------------------------------------
    def read_role(self) -> None:
        """May the supervisor on duty act? A viewer, a name the database does not know, or
        a database connection that may only read: no action is enabled."""
        may_acknowledge = False
        try:
            writable = can_write(self.engine)
            role = role_of(self.engine, self.supervisor)
            self.role = (role or "viewer") if writable else "viewer"
            # acknowledging asks no role until the center keeps a staff list, as the
            # database's rule says (console.notifications.acknowledge)
            may_acknowledge = writable and (
                role == "supervisor" or (role is None and not list_staff(self.engine))
            )
        except Exception as exc:  # no database yet: the reader reports it; act later
            log.info("role of %s not read: %s", self.supervisor, exc)
            self.role = "viewer"
        self.register.pane.set_can_act(self.role == "supervisor")
        self.proposals.set_can_act(self.role == "supervisor")
        self.notices.center.set_can_acknowledge(may_acknowledge)
        self.retranslate()
        self.update_actions()

    def _chosen(self) -> list[Chosen]:
        chosen = []
        now = self.board.now  # the state the board shows
        for number in self.view.selected_numbers():
            row = self.board.row_of(number)
            if row is not None:
                chosen.append(self._chosen_ticket(self.board.ticket_at(row), now))
        return chosen

    @staticmethod
    def _chosen_ticket(t: BoardTicket, now: float) -> Chosen:
        """A board row as an action sees it: with its state, for the escalation's check."""
        return Chosen(t.number, t.title, t.unit_name, state=t.state(now).label,
                      shuffled=t.shuffled, disputed=t.disputed)  # fmt: skip

    def _all_units(self) -> list[tuple[str, str]]:
        names = dict(self.reader.store.units)  # a copy: the worker thread adds to it
        return sorted(names.items(), key=lambda u: (u[1] or u[0], u[0]))

    def update_actions(self) -> None:
        numbers = self.view.selected_numbers()
        d = self.detail.detail
        shown = d is not None and len(numbers) == 1 and d.number == numbers[0]
        self.commands.update(Situation(
            can_act=self.role == "supervisor",
            selected=len(numbers),
            open_selected=len(numbers),  # the board holds open tickets only
            detail_open_deadlines=sum(r.status == "open" for r in d.deadlines)
            if shown and d is not None else 0,
            detail_disputed=bool(shown and d is not None and d.disputed),
        ))  # fmt: skip

    def _board_menu(self, pos: QPoint) -> None:
        """Right click on a row, or the Menu key (then at the current row)."""
        if not self.view.indexAt(pos).isValid():
            current = self.view.currentIndex()
            if not current.isValid() or not self.view.selected_numbers():
                return
            pos = self.view.visualRect(current).center()
        menu = self.commands.context_menu(self)
        menu.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        menu.popup(self.view.viewport().mapToGlobal(pos))

    def _acted(self, outcome: ActionOutcome) -> None:
        """Something was written (or refused as stale, or the role changed): read again."""
        if any(r.code == "viewer" for r in outcome.refused):
            self.read_role()
        self.connection.wantRefresh.emit()
        if self.detail.number:
            self.connection.wantDetail.emit(self.detail.number)
        if self.register.isVisible():
            self.register.wantRegister.emit()
        self.proposals.refresh()

    def _proposal_ticket(self, p: Proposal) -> Chosen:
        row = self.board.row_of(p.ticket)
        if row is not None:
            return self._chosen_ticket(self.board.ticket_at(row), self.board.now)
        return Chosen(p.ticket, p.title, self.proposals.model.unit_names.get(p.unit or "", ""))

    def _proposed_moved(self, tickets: set[str]) -> None:
        """The shown ticket's proposal came or went: its ladder section reads again."""
        d = self.detail.detail
        if (
            d is not None
            and d.number == self.detail.number
            and bool(d.proposed) != (d.number in tickets)
        ):
            self.connection.wantDetail.emit(d.number)

    def _act_on_proposal(self, p: Proposal) -> None:
        """The queue's button: the ticket chosen on the board with its detail (where it
        bounced, beside the dialog), then the proposed action through its usual dialog."""
        self.show_ticket(p.ticket)
        self.acting.act_on_proposal(p, self._proposal_ticket(p))

    def _dismiss_proposal(self, p: Proposal) -> None:
        self.acting.dismiss_proposal(p, self._proposal_ticket(p))

    def show_proposals(self) -> None:
        self.proposals.show()
        self.proposals.open_up()  # folded to a strip while empty
        self.proposals.raise_()
        self.proposals.table.setFocus()

    def urge(self) -> None:
        self.acting.urge()

    def escalate(self) -> None:
        self.acting.escalate()

    def mark_disputed(self) -> None:
        self.acting.mark_disputed()

    def clear_disputed(self) -> None:
        self.acting.clear_disputed()

    def coordinate(self) -> None:
        self.acting.coordinate()

    def extend(self) -> None:
        self.acting.extend()

    def add_note(self) -> None:
        self.acting.add_note()

    def show_register(self) -> None:
        first = self.register.isHidden()
        area = self.dockWidgetArea(self.register)
        if first and area == self.dockWidgetArea(self.notices.center):
            # the bottom's whole width, not half of it beside the notifications (a 1366 px
            # laptop cut its count and last columns), and room for several rows
            self.tabifyDockWidget(self.notices.center, self.register)
        self.register.show()
        self.register.raise_()
        if first and area == Qt.DockWidgetArea.BottomDockWidgetArea:
            tall = max(self.register.height(), self.height() * REGISTER_SHARE // 100)
            self.resizeDocks([self.register], [tall], Qt.Orientation.Vertical)
        self.register.pane.table.setFocus()

    def print_notice(self, escalation_id: int) -> None:
        """The supervision notice (督办通知单) of an escalation, as a PDF where asked."""
        suggested = Path.home() / f"notice-{escalation_id}.pdf"
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Save the supervision notice"), str(suggested), self.tr("PDF (*.pdf)")
        )
        if path:
            self.write_notice(escalation_id, Path(path))

    def write_notice(self, escalation_id: int, path: Path) -> bool:
        QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:  # a page or two: quick enough on the UI thread, like a print dialog
            html = notice_html(self.engine, escalation_id, policy=self.policy,
                               now=self.clock.now())  # fmt: skip
            write_pdf(html, path)
        except Exception as exc:
            code, params = getattr(exc, "code", "error"), getattr(exc, "params", {})
            if code == "error":
                params = {"reason": first_line(exc)}
            text = refusal_text(code, params, str(escalation_id), self.policy.tz, str(exc))
            if isinstance(exc, OSError):  # the file, not the database
                text = fill(self.tr("The notice could not be written to %1: %2"), path,
                            exc.strerror or type(exc).__name__)  # fmt: skip
            QApplication.restoreOverrideCursor()
            box = QMessageBox(QMessageBox.Icon.Warning, self.tr("Supervision notice"), text,
                              parent=self)  # fmt: skip
            if code == "error":
                box.setDetailedText(error_detail(exc))
            box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            box.open()
            return False
        QApplication.restoreOverrideCursor()
        self.statusBar().showMessage(fill(self.tr("Notice written to %1"), path), 15_000)
        return True

    # --- import -------------------------------------------------------------------------
    def ask_import(self) -> None:
        # Qt's own dialog: it speaks the console's language (a desktop's native one would
        # follow the system's, whatever --lang says)
        path, _ = QFileDialog.getOpenFileName(
            self, self.tr("Import feed"), "", self.tr("Feed files (*.jsonl *.json);;All files (*)"),
            options=QFileDialog.Option.DontUseNativeDialog,
        )  # fmt: skip
        if path:
            self.import_feed(Path(path))

    def import_feed(self, path: Path) -> None:
        if self.import_job is not None and self.import_job.isRunning():
            QMessageBox.information(
                self, self.tr("Import feed"), self.tr("An import is still running.")
            )
            return
        job = ImportJob(self.engine, self.policy, path, self.supervisor, self)
        job.progress.connect(self._import_progress)
        job.succeeded.connect(self._import_done)
        job.failed.connect(self._import_failed)
        self.import_job = job
        self.progress.setRange(0, 0)
        self.progress.show()
        self.statusBar().showMessage(fill(self.tr("Importing %1…"), path.name))
        job.start()

    def _import_progress(self, done: int, total: int) -> None:
        self.progress.setRange(0, max(total, 1))
        self.progress.setValue(done)

    def _import_done(self, result: ImportResult, kept: str) -> None:
        self.progress.hide()
        self.last_import = (result, kept)
        text = fill(
            self.tr("Imported %1 events, %2 duplicates, %3 rejected."),
            f"{result.imported:,}", f"{result.duplicates:,}", f"{result.rejected:,}",
        )  # fmt: skip
        self.statusBar().showMessage(text, 10_000)
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Import finished"), text, parent=self
        )
        if kept:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setInformativeText(self.rejects_text(result, kept))
            box.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_box = box
        box.open()
        self.connection.wantRefresh.emit()

    def rejects_text(self, result: ImportResult, kept: str) -> str:
        """The first few rejected lines with their reasons, and a link to the file that
        keeps them all."""
        line, more_text = self.tr("line %1: %2"), self.tr("… and %1 more lines")
        rows = "".join(
            f"<li>{html.escape(fill(line, r.line, r.reason))}</li>"
            for r in result.rejects[:SHOWN_REJECTS]
        )
        more = result.rejected - min(len(result.rejects), SHOWN_REJECTS)
        if more > 0:
            rows += f"<li>{html.escape(fill(more_text, f'{more:,}'))}</li>"
        link = f"<a href='{QUrl.fromLocalFile(kept).toString()}'>{html.escape(kept)}</a>"
        where = fill(html.escape(self.tr("Every rejected line, with its reason, is kept in %1")),
                     link)  # fmt: skip
        return f"<ul style='margin-left: -20px'>{rows}</ul><p>{where}</p>"

    def _import_failed(self, detail: str, database: bool) -> None:
        self.progress.hide()
        self.statusBar().clearMessage()
        title = self.tr("Import failed")
        if database:
            box = error_box(self, title, self.tr("The import stopped."), detail)
        else:  # the file: its own words say it (no such file, not UTF-8)
            box = QMessageBox(QMessageBox.Icon.Critical, title, detail, parent=self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.import_box = box
        box.open()

    # --- assessment and bulletin ----------------------------------------------------------
    def show_assessment(self) -> None:
        if self.assessment is None:
            self.assessment = AssessmentWindow(self.engine, self.policy, self.clock, self)
            self.assessment.showUnit.connect(self.show_unit_on_board)
        self.assessment.show()
        self.assessment.raise_()
        self.assessment.activateWindow()

    def show_unit_on_board(self, unit: str) -> None:
        """The board narrowed to one unit's tickets (the assessment's drill-down)."""
        self.filters.set_filter(BoardFilter(units=frozenset({unit})), emit=True)
        self.raise_()
        self.activateWindow()
        self.focus_board()

    def ask_bulletin(self) -> None:
        dialog = BulletinDialog(self.engine, self.policy, self.clock, QLocale().name(), self)
        dialog.written.connect(
            lambda path: self.statusBar().showMessage(
                fill(self.tr("Bulletin written: %1"), path), 10_000
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
