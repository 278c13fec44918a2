"""The ticket detail beside the board: every field (citizen included — this is the
supervisor's console), the escalation ladder it climbed, each deadline with its state,
co-units, and the timeline."""

from __future__ import annotations

from datetime import tzinfo

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QStackedLayout,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from console.board_detail import TicketDetail
from console.clock import Clock
from console.states import State, deadline_state
from console.vocabulary import FLAG_TONES, FLAGS
from widgets import labels, theme
from widgets.detail_ladder import LadderSection
from widgets.detail_models import DeadlinesModel, TimelineModel, needs_year
from widgets.errors import sentence
from widgets.theme import named_label

MAX_DEADLINE_ROWS = 12  # a ticket transferred many times has many; beyond this they scroll


def _table(model: DeadlinesModel | TimelineModel, parent: QWidget) -> QTableView:
    view = QTableView(parent)
    view.setModel(model)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.setAlternatingRowColors(True)
    view.setShowGrid(False)
    view.setWordWrap(False)
    view.verticalHeader().hide()
    view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
    view.verticalHeader().setDefaultSectionSize(view.fontMetrics().height() + 10)
    view.horizontalHeader().setStretchLastSection(True)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)  # elide, don't scroll
    view.horizontalHeader().setHighlightSections(False)
    return view


WIDE_NAME = "wangxiaoming"  # the timeline's who: a name in pinyin this long shows whole
DUE_COLUMN = 2  # the deadlines' due time: gives way first on a narrow page
UNIT_LEAST = "市综合行…"  # the deadlines' unit keeps this much; the page scrolls sideways


class DetailPane(QWidget):
    detailShown = Signal()  # a ticket's detail (or its absence) is on screen now
    FIELDS = ("category", "channel", "accepted", "district", "address", "citizen", "phone",
              "unit", "co_units", "moves", "urges", "status", "escalations")  # fmt: skip

    def __init__(self, tz: tzinfo, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("detailBody")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.tz, self.clock = tz, clock
        self.detail: TicketDetail | None = None
        self.number = ""
        self.stack = QStackedLayout(self)
        self.placeholder = named_label("placeholder", "", self)
        self.placeholder.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.placeholder.setWordWrap(True)
        self.stack.addWidget(self.placeholder)
        self.failure = QWidget(self)
        self.failure_text = named_label("placeholder", "", self.failure)
        self.failure_text.setWordWrap(True)
        self.failure_text.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.failure_button = QPushButton(self.failure)
        self.failure_button.clicked.connect(self.show_failure_detail)
        self.failure_detail = ""
        failure = QVBoxLayout(self.failure)
        failure.addStretch(1)
        failure.addWidget(self.failure_text)
        failure.addWidget(self.failure_button, 0, Qt.AlignmentFlag.AlignHCenter)
        failure.addStretch(1)
        self.stack.addWidget(self.failure)
        # the fields, deadlines and timeline scroll as one page when the pane is short or
        # narrow (1366×768): nothing is clipped
        self.content = QWidget()
        self.content.setObjectName("detailBody")
        self.page = QScrollArea(self)
        self.page.setObjectName("detailScroll")
        self.page.setWidgetResizable(True)
        self.page.setFrameShape(QFrame.Shape.NoFrame)
        self.page.setWidget(self.content)
        self.stack.addWidget(self.page)
        body = QVBoxLayout(self.content)
        body.setContentsMargins(16, 12, 16, 8)
        body.setSpacing(6)
        self.number_label = named_label("detailNumber", "", self.content)
        self.number_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title = named_label("detailTitle", "", self.content)
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.chips = QHBoxLayout()
        self.chips.setSpacing(6)
        body.addWidget(self.number_label)
        body.addWidget(self.title)
        body.addLayout(self.chips)
        self.action_row = QHBoxLayout()  # the window's ticket actions, as buttons
        self.action_row.setSpacing(4)
        body.addLayout(self.action_row)
        grid = QGridLayout()
        grid.setHorizontalSpacing(12)
        grid.setVerticalSpacing(4)
        self.names: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        for i, key in enumerate(self.FIELDS):
            name = named_label("fieldName", "", self.content)
            value = named_label("fieldValue", "", self.content)
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            grid.addWidget(name, i, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(value, i, 1)
            self.names[key], self.values[key] = name, value
        grid.setColumnStretch(1, 1)
        body.addLayout(grid)
        self.description = named_label("fieldValue", "", self.content)
        self.description.setWordWrap(True)
        body.addWidget(self.description)
        self.ladder = LadderSection(tz, self.content)  # what the ticket climbed (§8)
        body.addWidget(self.ladder)
        self.deadlines = DeadlinesModel(tz, self)
        self.timeline = TimelineModel(tz, self)
        self.deadlines_title = named_label("sectionTitle", "", self.content)
        self.timeline_title = named_label("sectionTitle", "", self.content)
        self.deadlines_view = _table(self.deadlines, self.content)
        self._unit_least = 0  # the deadlines' unit's least width (_fit_columns)
        self._full_least = 0  # the deadlines' least width with every column (_fit_columns)
        self._due_width = 0  # the due column's, which gives way on a narrow page
        self.deadlines_view.viewport().installEventFilter(self)  # the unit follows its width
        self.page.viewport().installEventFilter(self)  # the due column gives way
        self.timeline_view = _table(self.timeline, self.content)
        # a few deadlines: as tall as its rows, no scroll bar of its own
        self.deadlines_view.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.deadlines_view.setSizeAdjustPolicy(QAbstractItemView.SizeAdjustPolicy.AdjustIgnored)
        # the timeline's unit and note wrap, whole (a ticket has tens of events, not
        # thousands: rows may measure their text)
        self.timeline_view.setWordWrap(True)
        self.timeline_view.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents
        )
        self.timeline_view.setTextElideMode(Qt.TextElideMode.ElideNone)
        body.addWidget(self.deadlines_title)
        body.addWidget(self.deadlines_view)
        body.addWidget(self.timeline_title)
        body.addWidget(self.timeline_view, 1)
        # a short window scrolls the page rather than squeezing the timeline to nothing
        self.timeline_view.setMinimumHeight(
            6 * self.timeline_view.verticalHeader().minimumSectionSize() + 40
        )
        self._fit_columns()
        self._timer = QTimer(self, interval=1000)
        self._timer.setObjectName("detail-countdown")  # named: a leak check says which
        self._timer.timeout.connect(self._tick)
        self.retranslate()
        self.clear()

    def set_actions(self, actions: list[QAction]) -> None:
        """Buttons for the ticket actions (the window's QActions: one enabled state)."""
        for action in actions:
            button = QToolButton(self.content)
            button.setObjectName("detailAction")
            button.setDefaultAction(action)
            button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            button.setAutoRaise(True)
            self.action_row.addWidget(button)
        self.action_row.addStretch(1)

    def _fit_columns(self, years: bool = False) -> None:
        """Widths from the words each column can hold; the unit (deadlines) and the unit
        with the note (timeline) take the rest. ``years``: a date column shows a year."""
        self.ensurePolished()
        fm = self.fontMetrics()
        # measured whole: a hidden section has no width to read (_give_way hides it again)
        self.deadlines_view.horizontalHeader().setSectionHidden(DUE_COLUMN, False)

        def fit(view: QTableView, wanted: dict[int, int]) -> None:
            head = view.horizontalHeader()
            model = view.model()
            for col, width in wanted.items():
                title = str(model.headerData(col, Qt.Orientation.Horizontal))
                head.resizeSection(col, max(width, fm.horizontalAdvance(title)) + 18)

        def words(table: dict) -> int:  # type: ignore[type-arg]
            return max(fm.horizontalAdvance(labels.tr(table, code)) for code in table)

        date = fm.horizontalAdvance(labels.WIDEST_DATE if years else "00-00 00:00")
        # a finished deadline says it was late too: 已办结 · 超时 (cut as "已完…")
        late = fm.horizontalAdvance(" · " + QCoreApplication.translate("DeadlinesModel", "late"))
        state = max(words(labels.STATES), words(labels.DEADLINE_STATUS) + late)
        left = max(fm.horizontalAdvance(c) for c in labels.widest_countdowns())
        fit(self.deadlines_view, {0: words(labels.DEADLINES), 2: date, 3: state,
                                  4: max(left, date)})  # fmt: skip
        # a name in pinyin is wider than four Chinese characters (wangqiang was cut mid-glyph);
        # a longer one is whole in the tooltip
        who = max(fm.horizontalAdvance(w) for w in ("李娜李娜", WIDE_NAME))
        fit(self.timeline_view, {0: date, 1: who, 2: min(words(labels.EVENTS), 84)})
        # the unit takes what the other columns leave (Qt's Stretch left it at its default
        # 100 px here: "市综合行…"), at least a few characters; its tooltip has it whole
        head = self.deadlines_view.horizontalHeader()
        head.setStretchLastSection(False)
        head.setSectionResizeMode(1, QHeaderView.ResizeMode.Interactive)
        self._unit_least = fm.horizontalAdvance(UNIT_LEAST) + 18
        self._due_width = head.sectionSize(DUE_COLUMN)
        others = sum(head.sectionSize(c) for c in range(head.count()) if c != 1)
        frame = 2 * self.deadlines_view.frameWidth()
        self._full_least = others + self._unit_least + frame
        self._give_way()

    def _give_way(self) -> None:
        """On a page narrower than every deadline column (a 1366 px window's 440 px pane
        in English), the due time gives way - the countdown, or the time it was met, says
        the rest, and its tooltip the due time - rather than the page scrolling sideways
        under a scroll bar of its own."""
        margins = self.content.layout().contentsMargins()  # type: ignore[union-attr]
        room = self.page.viewport().width() - margins.left() - margins.right()
        head = self.deadlines_view.horizontalHeader()
        narrow = room < self._full_least
        if head.isSectionHidden(DUE_COLUMN) != narrow:
            head.setSectionHidden(DUE_COLUMN, narrow)
            if not narrow:
                head.resizeSection(DUE_COLUMN, self._due_width)
        # narrower still than what is left, the page scrolls sideways
        self.deadlines_view.setMinimumWidth(self._full_least - (self._due_width if narrow else 0))
        self._stretch_unit()

    def _stretch_unit(self) -> None:
        head = self.deadlines_view.horizontalHeader()
        others = sum(head.sectionSize(c) for c in range(head.count())
                     if c != 1 and not head.isSectionHidden(c))  # fmt: skip
        room = self.deadlines_view.viewport().width() - others
        head.resizeSection(1, max(self._unit_least, room))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            if watched is self.deadlines_view.viewport():
                self._stretch_unit()
            elif watched is self.page.viewport():
                self._give_way()
        return False

    def _fit_deadlines(self) -> None:
        """The deadlines table as tall as its rows (up to a dozen; more scroll)."""
        view = self.deadlines_view
        rows = self.deadlines.rowCount()
        shown = min(rows, MAX_DEADLINE_ROWS)
        height = (
            view.horizontalHeader().sizeHint().height()
            + shown * view.verticalHeader().defaultSectionSize()
            + 2 * view.frameWidth()
        )
        view.setFixedHeight(height)
        policy = Qt.ScrollBarPolicy
        view.setVerticalScrollBarPolicy(
            policy.ScrollBarAsNeeded if rows > shown else policy.ScrollBarAlwaysOff
        )

    def retranslate(self) -> None:
        names = {
            "category": self.tr("Category"), "channel": self.tr("Channel"),
            "accepted": self.tr("Accepted"), "district": self.tr("District"),
            "address": self.tr("Address"), "citizen": self.tr("Citizen"),
            "phone": self.tr("Phone"), "unit": self.tr("Lead unit"),
            "co_units": self.tr("Co-units"), "moves": self.tr("Returns / transfers"),
            "urges": self.tr("Urged (催办)"),
            "status": self.tr("Status"), "escalations": self.tr("Escalations"),
        }  # fmt: skip
        for key, label in self.names.items():
            label.setText(names[key])
        self.deadlines_title.setText(self.tr("Deadlines"))
        self.timeline_title.setText(self.tr("Timeline"))
        self.failure_button.setText(self.tr("Details…"))
        self.ladder.retranslate()
        for model in (self.deadlines, self.timeline):
            last = model.columnCount() - 1
            model.headerDataChanged.emit(Qt.Orientation.Horizontal, 0, last)
        self._fit_columns()
        if self.detail is not None:
            self.show_detail(self.number, self.detail)
        elif not self.number:
            self.placeholder.setText(self.tr("Select a ticket to see its details"))

    # --- what to show -------------------------------------------------------------------
    def clear(self) -> None:
        self.detail, self.number = None, ""
        self.placeholder.setText(self.tr("Select a ticket to see its details"))
        self.stack.setCurrentWidget(self.placeholder)
        self._update_timer()

    def show_hidden(self, number: str) -> None:
        """The supervisor's ticket is not on the filtered board: say so, show nothing."""
        self.clear()
        self.placeholder.setText(
            labels.fill(self.tr("%1 is hidden by the current filters.\n"
                                "Clear them to see it again."), number)
        )  # fmt: skip

    def show_loading(self, number: str) -> None:
        self.number = number
        if self.detail is None or self.detail.number != number:
            self.placeholder.setText(self.tr("Loading %1…").replace("%1", number))
            self.stack.setCurrentWidget(self.placeholder)

    def show_failed(self, number: str, detail: str) -> None:
        """The ticket could not be read: one sentence, the driver's words behind
        "Details"; shown again when the database is back (the window asks again)."""
        if number == self.number and (self.detail is None or self.detail.number != number):
            lead = labels.fill(self.tr("Ticket %1 could not be loaded."), number)
            self.failure_text.setText(f"{lead}\n{sentence(detail)}")
            self.failure_detail = detail
            self.stack.setCurrentWidget(self.failure)

    def show_failure_detail(self) -> None:
        box = QMessageBox(
            QMessageBox.Icon.Information, self.tr("Details"), self.failure_detail, parent=self
        )
        box.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.open()

    def show_detail(self, number: str, d: TicketDetail | None) -> None:
        if number != self.number:
            return  # an answer to an earlier question; the supervisor moved on
        if d is None:
            self.detail = None
            self.placeholder.setText(self.tr("Ticket %1 no longer exists").replace("%1", number))
            self.stack.setCurrentWidget(self.placeholder)
            self.detailShown.emit()
            return
        self.detail = d
        now = self.clock.now()
        self.number_label.setText(d.number)
        self.title.setText(d.title)
        self._chips(d)
        v = self.values
        v["category"].setText(labels.tr(labels.CATEGORIES, d.category))
        v["channel"].setText(labels.tr(labels.CHANNELS, d.channel))
        v["accepted"].setText(d.accepted_at.astimezone(self.tz).strftime("%Y-%m-%d %H:%M:%S"))
        v["district"].setText(d.district or "—")
        v["address"].setText(d.address or "—")
        v["citizen"].setText(d.citizen_name or "—")
        v["phone"].setText(d.citizen_phone or "—")
        v["unit"].setText(f"{d.unit_name} ({d.unit})" if d.unit else self.tr("at the center"))
        v["co_units"].setText("、".join(name for _, name in d.co_units) or "—")
        v["moves"].setText(f"{d.returns} / {d.transfers}")
        v["urges"].setText(str(d.urges) if d.urges else "—")
        if d.status == "closed" and d.closed_at is not None:
            closed = d.closed_at.astimezone(self.tz).strftime("%m-%d %H:%M")
            v["status"].setText(self.tr("Closed %1").replace("%1", closed))
        else:
            v["status"].setText(self.tr("Open"))
        year = now.astimezone(self.tz).year
        v["escalations"].setText(
            "\n".join(
                f"#{e.id} {labels.tr(labels.OFFICES, e.office)} · "
                f"{labels.tr(labels.ESCALATION_STATUS, e.status)} · {e.created_by} "
                f"{labels.local_time(e.created_at, self.tz, year=year)}"
                for e in d.escalations
            )
            or "—"
        )
        self.description.setText(d.description)
        self.description.setVisible(bool(d.description))
        self.ladder.show_detail(d, year)
        moments = [m for r in d.deadlines for m in (r.due_at, r.met_at, r.ended_at)]
        self._fit_columns(needs_year([*moments, *(e.at for e in d.events)], year, self.tz))
        self.deadlines.set_records(d.deadlines, now)
        self._fit_deadlines()
        self.timeline.set_events(d.number, d.events, year)
        self.stack.setCurrentWidget(self.page)
        self._update_timer()
        self.detailShown.emit()

    def _chips(self, d: TicketDetail) -> None:
        while self.chips.count():
            item = self.chips.takeAt(0)
            if item is not None and item.widget() is not None:
                item.widget().deleteLater()  # type: ignore[union-attr]
        pal = theme.current()
        now = self.clock.now()
        states = [deadline_state(now, r.warn_at, r.crit_at, r.due_at)
                  for r in d.deadlines if r.status == "open"]  # fmt: skip
        state = max(states, default=State.OK)
        tags = [(labels.tr(labels.STATES, state), state)] if d.status == "open" else []
        for flag in FLAGS:
            if getattr(d, flag):
                tags.append((labels.tr(labels.FLAGS, flag), FLAG_TONES[flag]))
        for text, tone in tags:
            chip = named_label("chip", text, self.content)
            chip.setStyleSheet(
                f"background: {pal.state_soft(tone).name()}; color: {pal.state_color(tone).name()};"
            )
            self.chips.addWidget(chip)
        self.chips.addStretch(1)

    # --- live state of open deadlines ---------------------------------------------------
    def _update_timer(self) -> None:
        wanted = self.isVisible() and self.detail is not None and self.detail.status == "open"
        if wanted != self._timer.isActive():
            self._timer.start() if wanted else self._timer.stop()

    def _tick(self) -> None:
        self.deadlines.set_now(self.clock.now())

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._update_timer()

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._update_timer()
