"""The assessment window (units ranked, bars, a unit's trend, drill-down to the board) and
File → Bulletin…, on the hand-made feed of tests/assess_feed.py."""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QDate, QModelIndex
from PySide6.QtTest import QAbstractItemModelTester
from sqlalchemy import Engine

from console.assessment import Period, assess
from console.clock import FakeClock
from console.policy import load_policy
from tests import assess_feed as hand
from tests.feedkit import load
from widgets.assessment_model import COLUMNS, SHARE_ROLE, AssessmentModel
from widgets.assessment_view import CHOICES, WEEKS, AssessmentWindow
from widgets.bulletin_dialog import BulletinDialog
from widgets.main_window import MainWindow

# the offscreen platform cannot raise a window (the drill-down raises the board's)
pytestmark = pytest.mark.qt_log_ignore(
    r"This plugin does not support (propagateSizeHints|raise\(\))"
)
LATER = datetime.fromisoformat("2024-10-05T12:00:00+08:00")  # a Saturday after the feed
POLICY = load_policy("haikou")


@pytest.fixture
def fed(engine: Engine) -> Engine:
    assert load(engine, hand.FEED).rejected == 0
    return engine


def test_model_passes_the_model_tester(fed: Engine, qtbot: Any) -> None:
    model = AssessmentModel()
    tester = QAbstractItemModelTester(model, QAbstractItemModelTester.FailureReportingMode.Fatal)
    a = assess(fed, POLICY, Period.parse(hand.FROM, hand.TO), now=LATER)
    model.set_assessment(a)
    assert model.rowCount() == 3 and model.columnCount() == len(COLUMNS)
    sign = [k for k, _ in COLUMNS].index("sign")
    assert model.index(0, sign).data() == "50.0%"  # A: 2 signed, 1 late
    assert model.index(0, sign).data(SHARE_ROLE) == pytest.approx(0.5)
    assert model.index(0, 1).data() == "甲局"
    model.set_assessment(None)
    assert model.rowCount() == 0 and model.rowCount(model.index(0, 0)) == 0
    model.set_assessment(a)
    assert model.rowCount(QModelIndex()) == 3
    del tester


def _window(fed: Engine, qtbot: Any, no_dangling: None) -> AssessmentWindow:
    window = AssessmentWindow(fed, POLICY, FakeClock(LATER))
    qtbot.addWidget(window)
    window.show()
    return window


def test_ranked_for_a_range_with_the_hand_figures(
    fed: Engine, qtbot: Any, no_dangling: None
) -> None:
    window = _window(fed, qtbot, no_dangling)
    window.first.setDate(QDate(2024, 10, 1))
    window.last.setDate(QDate(2024, 10, 2))
    window.period.setCurrentIndex(CHOICES.index("range"))
    qtbot.waitUntil(lambda: window.model.rowCount() == 3 and window.asked is not None
                    and window.model.rows[0].figures.dispatched == 3, timeout=10_000)  # fmt: skip
    assert [u.unit for u in window.model.rows] == ["A", "C", "B"]
    assert window.current_unit() == "A"
    # the trend: twelve weeks, the last (from Monday 09-30) holding the whole feed
    qtbot.waitUntil(lambda: len(window.chart.points) == WEEKS, timeout=10_000)
    assert window.chart.points[-1].week.isoformat() == "2024-09-30"
    assert window.chart.points[-1].score == pytest.approx(66.67, abs=0.01)
    assert all(p.score is None for p in window.chart.points[:-1])
    window.wait_idle()
    window.close()


def test_this_week_and_today(fed: Engine, qtbot: Any, no_dangling: None) -> None:
    window = _window(fed, qtbot, no_dangling)
    # Saturday 10-05: no event, but T4 is still overdue at C
    window.period.setCurrentIndex(CHOICES.index("today"))
    qtbot.waitUntil(lambda: window.asked is not None and window.asked[0].first.day == 5
                    and window.model.rowCount() == 1, timeout=10_000)  # fmt: skip
    assert window.model.rows[0].unit == "C" and window.model.rows[0].figures.overdue_at_end == 1
    assert window.model.rows[0].figures.dispatched == 0
    window.period.setCurrentIndex(CHOICES.index("week"))  # from Monday 09-30
    qtbot.waitUntil(lambda: window.model.rowCount() == 3, timeout=10_000)
    window.wait_idle()
    window.close()


def test_drill_down_filters_the_board(
    fed: Engine, open_window: Callable[..., MainWindow], qtbot: Any
) -> None:
    main = open_window(fed)
    main.show_assessment()
    view = main.assessment
    assert view is not None and view.isVisible()
    qtbot.waitUntil(lambda: view.model.rowCount() > 0, timeout=10_000)
    row = next(i for i, u in enumerate(view.model.rows) if u.unit == "C")
    view.table.selectRow(view.proxy.mapFromSource(view.model.index(row, 0)).row())
    view.board_button.click()
    assert main.filters.current().units == {"C"}
    assert main.proxy.rowCount() == 1  # T4, the open ticket at C
    view.wait_idle()


@pytest.mark.parametrize("suffix", [".pdf", ".csv"])
def test_bulletin_dialog_writes_the_file(
    fed: Engine, qtbot: Any, tmp_path: Path, no_dangling: None, suffix: str
) -> None:
    dialog = BulletinDialog(fed, POLICY, FakeClock(LATER), "zh_CN")
    qtbot.addWidget(dialog)
    # last month by default; the feed is this month
    assert dialog.period().first.isoformat() == "2024-09-01"
    dialog.first.setDate(QDate(2024, 10, 1))
    dialog.last.setDate(QDate(2024, 10, 2))
    out = tmp_path / f"bulletin{suffix}"
    with qtbot.waitSignal(dialog.written, timeout=20_000):
        dialog.make(out)
    assert out.stat().st_size > 0
    dialog.wait_idle()


@pytest.mark.parametrize("lang", ["zh_CN", "en"])
def test_a_laptop_shows_every_column_and_the_drill_down_button(
    fed: Engine, qtbot: Any, no_dangling: None, lang: str
) -> None:
    """At 1400×760 the window ran off a 1366×768 screen: "Show on board" and the last
    column ("Overdue at end") were cut."""
    from PySide6.QtCore import QRect
    from PySide6.QtWidgets import QApplication

    from widgets.i18n import install_translators

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    from sqlalchemy import update

    from db.tables import UNITS

    with fed.begin() as conn:  # a real center's names, not the hand feed's 甲局
        conn.execute(update(UNITS).values(name="国家税务总局海口市税务局第一税务分局"))
    from widgets import theme

    theme.apply_theme(app, "light")  # the style sheet's padding, as the console runs
    install_translators(app, lang)
    try:
        window = _window(fed, qtbot, no_dangling)
        free = QRect(0, 0, 1366, 728)  # a laptop less its panel
        window.fit_screen(free)
        window.first.setDate(QDate(2024, 10, 1))
        window.last.setDate(QDate(2024, 10, 2))
        window.period.setCurrentIndex(CHOICES.index("range"))
        qtbot.waitUntil(lambda: window.model.rowCount() == 3 and not window.jobs, timeout=10_000)
        assert free.contains(window.frameGeometry()), window.frameGeometry()
        button = window.board_button.geometry()
        assert window.rect().contains(button)
        assert button.width() >= window.board_button.sizeHint().width()
        header = window.table.horizontalHeader()
        assert header.length() <= window.table.viewport().width()  # every column whole
    finally:
        install_translators(app, "en")
