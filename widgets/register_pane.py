"""The escalation register (督办台账) as a dock of the window: every escalation with its
life, filters by office, status, unit and period, the office's response time with the
overdue ones marked, and the steps a supervisor records there — the office's reply, the
outcome, a withdrawal — and the printed notice (督办通知单)."""

from __future__ import annotations

from datetime import datetime, time, timedelta, tzinfo

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QTimer, Signal
from PySide6.QtGui import QHideEvent, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from console.clock import Clock
from console.escalations import STILL_OPEN, EscalationEntry
from widgets import labels
from widgets.register_model import RCol, RegisterModel, RRole
from widgets.register_proxy import RegisterFilter, RegisterProxy
from widgets.theme import named_label

NOW_MS = 30_000  # the office's countdowns and overdue marks move with the clock
PERIODS = ("", "today", "7d", "30d", "month")


class RegisterPane(QWidget):
    """The register's filters, table and buttons. Asks the window to act (signals)."""

    stepRequested = Signal(str, int, str)  # reply | resolve | withdraw, escalation id, ticket
    noticeRequested = Signal(int)  # escalation id
    ticketRequested = Signal(str)  # show the ticket on the board
    shown = Signal(bool)  # visible or not: the reader reads the register only while shown

    def __init__(self, tz: tzinfo, clock: Clock, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("registerPane")
        self.tz, self.clock = tz, clock
        self.can_act = False
        self.loaded = False
        self.model = RegisterModel(tz, clock.now(), self)
        self.proxy = RegisterProxy(self.model, self)
        self.office = QComboBox(self)
        self.status = QComboBox(self)
        self.unit = QComboBox(self)
        self.period = QComboBox(self)
        for combo in (self.office, self.status, self.unit, self.period):
            combo.currentIndexChanged.connect(self._filter)
        self.count = named_label("hint", "", self)
        self.table = QTableView(self)
        self.table.setObjectName("register")
        self.table.setModel(self.proxy)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setShowGrid(False)
        self.table.setWordWrap(False)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setHighlightSections(False)
        self.table.doubleClicked.connect(self._open_ticket)
        self.reply = QPushButton(self)
        self.resolve = QPushButton(self)
        self.withdraw = QPushButton(self)
        self.notice = QPushButton(self)
        self.open_ticket = QPushButton(self)
        self.reply.clicked.connect(lambda: self._step("reply"))
        self.resolve.clicked.connect(lambda: self._step("resolve"))
        self.withdraw.clicked.connect(lambda: self._step("withdraw"))
        self.notice.clicked.connect(self._notice)
        self.open_ticket.clicked.connect(self._open_ticket)
        filters = QHBoxLayout()
        self.filter_labels = [QLabel(self) for _ in range(4)]
        for label, combo in zip(self.filter_labels, (self.office, self.status, self.unit,
                                                     self.period), strict=True):  # fmt: skip
            label.setBuddy(combo)
            filters.addWidget(label)
            filters.addWidget(combo)
        filters.addStretch(1)
        filters.addWidget(self.count)
        buttons = QHBoxLayout()
        for b in (self.reply, self.resolve, self.withdraw):
            buttons.addWidget(b)
        buttons.addStretch(1)
        buttons.addWidget(self.notice)
        buttons.addWidget(self.open_ticket)
        box = QVBoxLayout(self)
        box.setContentsMargins(8, 6, 8, 6)
        box.addLayout(filters)
        box.addWidget(self.table, 1)
        box.addLayout(buttons)
        self.table.selectionModel().currentRowChanged.connect(lambda *_: self._update_buttons())
        for signal in (self.proxy.rowsInserted, self.proxy.rowsRemoved,
                       self.proxy.modelReset, self.proxy.layoutChanged):  # fmt: skip
            signal.connect(self._counted)
        self.model.dataChanged.connect(lambda *_: self._update_buttons())
        self._timer = QTimer(self, interval=NOW_MS)
        self._timer.setObjectName("register-clock")  # named: a leak check says which
        self._timer.timeout.connect(self._tick)
        self.retranslate()

    def retranslate(self) -> None:
        for label, text in zip(self.filter_labels, (self.tr("&Office"), self.tr("&Status"),
                               self.tr("U&nit"), self.tr("&Period")), strict=True):  # fmt: skip
            label.setText(text)
        self._fill(self.office, [("", self.tr("All offices"))]
                   + [(c, labels.tr(labels.OFFICES, c)) for c in labels.OFFICES])  # fmt: skip
        self._fill(self.status, [("", self.tr("Any status")),
                                 ("still_open", self.tr("Still open")),
                                 ("overdue", self.tr("Overdue at the office"))]
                   + [(c, labels.tr(labels.ESCALATION_STATUS, c))
                      for c in labels.ESCALATION_STATUS])  # fmt: skip
        self._fill(self.period, [("", self.tr("Any time")), ("today", self.tr("Today")),
                                 ("7d", self.tr("Last 7 days")), ("30d", self.tr("Last 30 days")),
                                 ("month", self.tr("This month"))])  # fmt: skip
        self._units()
        self._fit_columns()  # the words of this language
        self.reply.setText(self.tr("Record &reply…"))
        self.resolve.setText(self.tr("Re&solve…"))
        self.withdraw.setText(self.tr("&Withdraw…"))
        self.notice.setText(self.tr("&Print notice…"))
        self.open_ticket.setText(self.tr("Show &ticket"))
        self.reply.setToolTip(self.tr("The office answered: record its reply (acknowledged)"))
        self.resolve.setToolTip(self.tr("The matter is settled: record the outcome"))
        self.withdraw.setToolTip(self.tr("Opened by mistake: withdraw it (never deleted)"))
        self.notice.setToolTip(self.tr("The supervision notice (督办通知单) as a PDF"))
        self._counted()

    @staticmethod
    def _fill(combo: QComboBox, items: list[tuple[str, str]]) -> None:
        keep = combo.currentData()
        combo.blockSignals(True)
        combo.clear()
        for code, text in items:
            combo.addItem(text, code)
        found = combo.findData(keep)
        combo.setCurrentIndex(max(found, 0))
        combo.blockSignals(False)

    def _units(self) -> None:
        used = sorted({e.unit for e in self.model.entries if e.unit},
                      key=lambda c: self.model.unit_names.get(c, c))  # fmt: skip
        self._fill(self.unit, [("", self.tr("All units"))]
                   + [(c, self.model.unit_names.get(c, c)) for c in used])  # fmt: skip

    def _fit_columns(self) -> None:
        self.table.ensurePolished()  # the style sheet's font, not the default one
        fm = self.table.fontMetrics()
        head = self.table.horizontalHeader()

        def words(table: dict) -> int:  # type: ignore[type-arg]
            return max(fm.horizontalAdvance(labels.tr(table, c)) for c in table)

        date = fm.horizontalAdvance("00-00 00:00")
        # the widest of its forms in this language (回复用时, 剩余, 逾期)
        forms = [QCoreApplication.translate("RegisterModel", f)
                 for f in ("replied in %1", "overdue %1", "%1 left")]  # fmt: skip
        response = max((f.replace("%1", "00d 00:00") for f in forms), key=fm.horizontalAdvance)
        wanted = {
            RCol.ID: fm.horizontalAdvance("0000"),
            RCol.TICKET: fm.horizontalAdvance("HK20170918-00000"),
            RCol.OFFICE: words(labels.OFFICES),
            RCol.REASON: words(labels.ESCALATION_REASONS),
            RCol.STATUS: words(labels.ESCALATION_STATUS),
            RCol.UNIT: 150,
            RCol.OPENED: date,
            RCol.BY: fm.horizontalAdvance("李娜李娜"),
            RCol.DUE: date,
            RCol.RESPONSE: fm.horizontalAdvance(response),
            RCol.REPLY: 200,
        }
        for col, width in wanted.items():
            title = str(self.model.headerData(col, Qt.Orientation.Horizontal))
            head.resizeSection(col, max(width, head.fontMetrics().horizontalAdvance(title)) + 20)
        self.table.verticalHeader().setDefaultSectionSize(fm.height() + 10)

    # --- data ---------------------------------------------------------------------------
    def set_entries(self, entries: list[EscalationEntry], unit_names: dict[str, str]) -> None:
        chosen = self.current_entry()
        self.model.unit_names = unit_names
        self.model.now = self.clock.now()
        self.model.set_entries(entries)
        self.loaded = True
        if {e.unit for e in entries} != {
            self.unit.itemData(i) for i in range(1, self.unit.count())
        }:
            self._units()
        if chosen is not None and self.current_entry() is None:
            self.select(chosen.id)
        self._counted()

    def select(self, escalation_id: int) -> bool:
        row = self.model.row_of(escalation_id)
        if row is None:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, 0))
        if not index.isValid():
            return False
        flags = (
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows
        )
        self.table.selectionModel().setCurrentIndex(index, flags)
        self.table.scrollTo(index)
        return True

    def current_entry(self) -> EscalationEntry | None:
        index = self.table.currentIndex()
        entry = index.data(RRole.ENTRY) if index.isValid() else None
        return entry if isinstance(entry, EscalationEntry) else None

    def set_can_act(self, can: bool) -> None:
        self.can_act = can
        self._update_buttons()

    # --- filters ------------------------------------------------------------------------
    def _period(self, code: str) -> tuple[float | None, float | None]:
        now = self.clock.now().astimezone(self.tz)
        day = datetime.combine(now.date(), time(0), self.tz)
        start = {"today": day, "7d": day - timedelta(days=6), "30d": day - timedelta(days=29),
                 "month": day.replace(day=1)}.get(code)  # fmt: skip
        return (start.timestamp() if start else None), None

    def current_filter(self) -> RegisterFilter:
        since, until = self._period(str(self.period.currentData() or ""))
        return RegisterFilter(
            office=str(self.office.currentData() or ""),
            status=str(self.status.currentData() or ""),
            unit=str(self.unit.currentData() or ""),
            since=since, until=until,
        )  # fmt: skip

    def _filter(self) -> None:
        self.proxy.set_filter(self.current_filter())
        self._counted()

    def _counted(self) -> None:
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        overdue = sum(
            1
            for e in self.model.entries
            if e.status in STILL_OPEN and e.due_at and self.model.now > e.due_at
        )
        text = labels.fill(self.tr("%1 of %2 shown"), shown, total) if shown != total \
            else self.tr("%n escalation(s)", "", total)  # fmt: skip
        if overdue:
            text += " · " + labels.fill(self.tr("%1 overdue at the office"), overdue)
        self.count.setText(text)
        self._update_buttons()

    # --- buttons ------------------------------------------------------------------------
    def _update_buttons(self) -> None:
        e = self.current_entry()
        still = e is not None and e.status in STILL_OPEN
        self.reply.setEnabled(self.can_act and still)
        self.resolve.setEnabled(self.can_act and still)
        self.withdraw.setEnabled(self.can_act and still)
        self.notice.setEnabled(e is not None)
        self.open_ticket.setEnabled(e is not None)

    def _step(self, step: str) -> None:
        e = self.current_entry()
        if e is not None and self.can_act:
            self.stepRequested.emit(step, e.id, e.ticket)

    def _notice(self) -> None:
        e = self.current_entry()
        if e is not None:
            self.noticeRequested.emit(e.id)

    def _open_ticket(self) -> None:
        e = self.current_entry()
        if e is not None:
            self.ticketRequested.emit(e.ticket)

    # --- the clock ----------------------------------------------------------------------
    def _tick(self) -> None:
        self.model.set_now(self.clock.now())
        # "today", "last 7 days", "this month" begin anew at midnight: the proxy filters
        # again only when the period's start moved (set_filter compares)
        self.proxy.set_filter(self.current_filter())
        self._counted()

    def stop_timers(self) -> None:
        self._timer.stop()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self._tick()  # hidden over midnight: today is another day
        self._timer.start()
        self.shown.emit(True)

    def hideEvent(self, event: QHideEvent) -> None:
        super().hideEvent(event)
        self._timer.stop()
        self.shown.emit(False)
