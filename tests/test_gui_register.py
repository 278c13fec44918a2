"""The escalation register's model and filters: checked by QAbstractItemModelTester while
entries arrive, change and are filtered; the office's response time and overdue marks."""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime, timedelta
from typing import Any

import pytest
from PySide6.QtTest import QAbstractItemModelTester

from console.escalations import EscalationEntry
from console.policy import load_policy
from tests.guikit import OFFSCREEN_NOISE
from widgets.register_model import RCol, RegisterModel, RRole
from widgets.register_proxy import RegisterFilter, RegisterProxy

TZ = load_policy("haikou").tz
NOW = datetime.fromisoformat("2024-10-10T10:00:00+08:00")


def entry(n: int, office: str = "supervision", status: str = "open", unit: str = "U1",
          opened: datetime | None = None, due_days: float = 3) -> EscalationEntry:  # fmt: skip
    at = opened or NOW - timedelta(days=n)
    return EscalationEntry(
        id=n, ticket=f"HK-{n:04}", office=office, reason="overdue", status=status,
        created_by="李娜", created_at=at, due_at=at + timedelta(days=due_days),
        office_overdue=False, reply=None, replied_at=None, outcome=None, closed_by=None,
        closed_at=None, note="备注", unit=unit, title=f"工单 {n}",
    )  # fmt: skip


def test_the_model_keeps_its_contract_while_entries_come_and_change(qtbot: Any) -> None:
    model = RegisterModel(TZ, NOW)
    proxy = RegisterProxy(model)
    mode = QAbstractItemModelTester.FailureReportingMode.Fatal
    testers = [QAbstractItemModelTester(m, mode) for m in (model, proxy)]
    model.set_entries([entry(1), entry(2, office="discipline")])
    inserted: list[tuple[int, int]] = []
    changed: list[int] = []
    model.rowsInserted.connect(lambda _p, first, last: inserted.append((first, last)))
    model.dataChanged.connect(lambda top, _b, _r=(): changed.append(top.row()))
    resets: list[int] = []
    model.modelReset.connect(lambda: resets.append(1))
    replied = replace(entry(2, office="discipline"), status="acknowledged", reply="已约谈",
                      replied_at=NOW - timedelta(days=1))  # fmt: skip
    model.set_entries([entry(1), replied, entry(3, unit="U2")])
    assert inserted == [(2, 2)] and changed == [1] and resets == []
    assert model.index(1, RCol.STATUS).data() == "acknowledged"
    assert model.index(1, RCol.REPLY).data() == "已约谈"
    assert model.index(1, RCol.RESPONSE).data() == "replied in 1d 00:00"
    model.set_entries([entry(9)])  # another database: ids no longer a prefix
    assert resets == [1] and model.rowCount() == 1
    assert len(testers) == 2


def test_overdue_at_the_office_is_marked_and_moves_with_the_clock(qtbot: Any) -> None:
    model = RegisterModel(TZ, NOW)
    model.set_entries([entry(1, due_days=1.5), entry(4, due_days=3)])  # due 10-09 22:00, 10-09
    assert model.index(0, RCol.RESPONSE).data() == "12:00 left"
    assert model.index(1, RCol.RESPONSE).data() == "overdue 1d 00:00"
    assert [model.index(r, 0).data(RRole.OVERDUE) for r in range(2)] == [False, True]
    model.set_now(NOW + timedelta(hours=13))
    assert model.index(0, 0).data(RRole.OVERDUE) is True
    assert model.index(0, RCol.RESPONSE).data() == "overdue 1:00"


def test_filters_by_office_status_unit_and_period(qtbot: Any) -> None:
    model = RegisterModel(TZ, NOW)
    proxy = RegisterProxy(model)
    model.set_entries([
        entry(1, office="discipline"), entry(2, status="resolved", unit="U2"),
        entry(20, status="acknowledged", unit="U2"), entry(40, status="withdrawn"),
    ])  # fmt: skip

    def shown(f: RegisterFilter) -> list[int]:
        proxy.set_filter(f)
        return [proxy.index(r, 0).data(RRole.ENTRY).id for r in range(proxy.rowCount())]

    assert shown(RegisterFilter(office="discipline")) == [1]
    assert shown(RegisterFilter(status="still_open")) == [1, 20]
    assert shown(RegisterFilter(status="overdue")) == [20]
    assert shown(RegisterFilter(status="resolved")) == [2]
    assert shown(RegisterFilter(unit="U2")) == [2, 20]
    week = (NOW - timedelta(days=7)).timestamp()
    assert shown(RegisterFilter(since=week)) == [1, 2]
    assert not proxy.set_filter(RegisterFilter(since=week))  # the same: nothing redone


@OFFSCREEN_NOISE
def test_today_rolls_over_at_midnight_by_itself(qtbot: Any) -> None:
    """The pane's own clock tick moves "today" (and "this month") to the new day, with no
    new data and no click; hidden over midnight, it is right when shown again."""
    from console.clock import FakeClock
    from widgets.register_pane import NOW_MS, RegisterPane

    clock = FakeClock(datetime.fromisoformat("2024-10-31T23:59:00+08:00"))
    pane = RegisterPane(TZ, clock)
    qtbot.addWidget(pane)
    opened = [datetime.fromisoformat(t) for t in ("2024-10-31T09:00:00+08:00",
              "2024-10-31T23:58:00+08:00", "2024-10-30T12:00:00+08:00")]  # fmt: skip
    pane.set_entries([entry(n, opened=at) for n, at in enumerate(opened, 1)], {})
    pane.show()
    qtbot.waitExposed(pane)

    def shown() -> list[int]:
        return [pane.proxy.index(r, 0).data(RRole.ENTRY).id for r in range(pane.proxy.rowCount())]

    pane.period.setCurrentIndex(pane.period.findData("today"))
    assert shown() == [1, 2]
    clock.advance(120)  # 00:01 on 1 November: nothing opened today yet
    assert pane._timer.isActive() and pane._timer.interval() == NOW_MS
    pane._timer.timeout.emit()  # the pane's 30-second tick, as the timer fires it
    assert shown() == []
    pane.period.setCurrentIndex(pane.period.findData("month"))
    assert shown() == []  # a new month too
    pane.period.setCurrentIndex(pane.period.findData("7d"))
    assert shown() == [1, 2, 3]
    pane.period.setCurrentIndex(pane.period.findData("today"))
    pane.set_entries([*pane.model.entries, entry(4, opened=clock.now())], {})
    assert shown() == [4]
    pane.hide()
    clock.advance(24 * 3600)  # hidden over the next midnight
    pane.show()
    assert shown() == []


@OFFSCREEN_NOISE
def test_the_words_columns_hold_their_words_in_the_window(
    open_window: Any, sqlite_engine: Any, qtbot: Any, qapp: Any
) -> None:
    """Measured with the font the window's table draws in (the style sheet's, after
    polishing), and again when the language changes."""
    from widgets import labels
    from widgets.i18n import install_translators

    install_translators(qapp, "zh_CN")  # opened in Chinese, then switched to English
    window = open_window(sqlite_engine)
    window.show_register()
    pane = window.register.pane
    qtbot.waitUntil(pane.isVisible, timeout=2000)
    try:
        for lang in ("en", "zh_CN", "en"):
            install_translators(qapp, lang)
            window.apply_language()
            fm, head = pane.table.fontMetrics(), pane.table.horizontalHeader()
            for col, table in ((RCol.OFFICE, labels.OFFICES), (RCol.STATUS,
                               labels.ESCALATION_STATUS)):  # fmt: skip
                widest = max(fm.horizontalAdvance(labels.tr(table, c)) for c in table)
                assert head.sectionSize(col) >= widest, (lang, col)
    finally:
        install_translators(qapp, "en")


@OFFSCREEN_NOISE
@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_laptop_register_has_the_width_and_rows_to_be_read(
    open_window: Any, sqlite_engine: Any, qtbot: Any, qapp: Any, lang: str
) -> None:
    """At 1366×768 it opened beside the notification center: 1–2 rows, its count
    ("共 1 件督办") and the Response column cut."""
    from PySide6.QtCore import QRect

    from widgets import theme
    from widgets.i18n import install_translators

    theme.apply_theme(qapp, "light")  # the style sheet's fonts and padding, as it runs
    install_translators(qapp, lang)
    try:
        window = open_window(sqlite_engine)
        window.fit_screen(QRect(0, 0, 1366, 728))
        window.show_register()
        pane = window.register.pane
        qtbot.waitUntil(lambda: pane.isVisible() and pane.loaded, timeout=4000)
        pane.set_entries([entry(n, due_days=0.5 * n - 1) for n in range(1, 9)], {})
        qtbot.wait(50)  # the docks' layout pass
        assert window.register.width() >= window.width() - 24
        assert pane.count.width() >= pane.count.sizeHint().width()
        row = pane.table.verticalHeader().defaultSectionSize()
        assert pane.table.viewport().height() // row >= 4  # 1-2 before, beside the center
        head, room = pane.table.horizontalHeader(), pane.table.viewport().width()
        assert head.sectionViewportPosition(RCol.RESPONSE) + head.sectionSize(RCol.RESPONSE) <= room
        fm = pane.table.fontMetrics()
        texts = [pane.proxy.index(r, RCol.RESPONSE).data() for r in range(pane.proxy.rowCount())]
        assert max(fm.horizontalAdvance(t) for t in texts) < head.sectionSize(RCol.RESPONSE)
    finally:
        install_translators(qapp, "en")
