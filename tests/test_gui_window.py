"""The supervisor's window on a real database: live updates from another process, a lost
database, selection and scroll kept, the empty state, import, detail and saved views."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QWidget
from sqlalchemy import Engine, create_engine, text

from console.board import BoardFilter, BoardStore
from console.cli import build_parser
from console.clock import FakeClock
from console.states import State
from db.engine import make_engine
from tests.feedkit import created, ev, load
from tests.guikit import OFFSCREEN_NOISE, POLICY, RecordingPlayer
from widgets.board_model import Col, Role
from widgets.empty_state import EmptyState
from widgets.i18n import install_translators
from widgets.kpi_strip import KpiTile
from widgets.main_window import MainWindow
from widgets.notify_desk import NotificationDesk
from widgets.proposal_dock import ProposalDock
from widgets.settings import AppSettings

pytestmark = OFFSCREEN_NOISE
ROOT = Path(__file__).resolve().parent.parent
Opener = Callable[..., MainWindow]


def tickets(n: int, prefix: str = "HK", hour: int = 9) -> list[dict[str, Any]]:
    events = []
    for i in range(n):
        number = f"{prefix}-{i:04}"
        at = f"2024-10-08T{hour:02}:{i % 60:02}:00+08:00"
        events.append(created(number, at, address=f"海甸街道{i}号"))
        events.append(ev("dispatched", number, at, unit=f"U{i % 5}", unit_name=f"单位{i % 5}"))
    return events


def test_a_second_process_imports_and_the_board_shows_it(
    open_window: Opener, engine: Engine, db_url: str, tmp_path: Path, qtbot: Any
) -> None:
    load(engine, tickets(3))
    window = open_window(engine)
    assert window.board.rowCount() == 3
    window.view.selectRow(1)
    chosen = window.view.current_number()
    feed = tmp_path / "more.jsonl"
    lines = tickets(2, prefix="NEW") + [ev("signed", chosen, "2024-10-08T09:40:00+08:00",
                                           unit=window.board.ticket_at(1).unit)]  # fmt: skip
    feed.write_text("\n".join(json.dumps(e, ensure_ascii=False) for e in lines), "utf-8")
    layouts: list[int] = []
    window.board.modelReset.connect(lambda: layouts.append(1))
    done = subprocess.run(
        [sys.executable, "main.py", "--db", db_url, "import", str(feed)],
        cwd=ROOT, capture_output=True, text=True, timeout=60,
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    qtbot.waitUntil(lambda: window.board.row_of("NEW-0001") is not None, timeout=3000)
    assert window.board.rowCount() == 5
    assert window.view.current_number() == chosen  # selection kept
    assert layouts == []  # never a model reset


def test_selection_and_scroll_survive_a_live_update(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    load(sqlite_engine, tickets(120))
    window = open_window(sqlite_engine)
    view = window.view
    assert view.select_number("HK-0080")
    view.verticalScrollBar().setValue(60 * view.verticalHeader().defaultSectionSize() + 7)
    top_before = view.number_at(view.indexAt(QPoint(0, 0)))
    y_before = view.visualRect(view.indexAt(QPoint(0, 0))).top()
    # more urgent tickets arrive (they sort above the viewport) and the chosen one moves on
    load(sqlite_engine, tickets(15, prefix="URG", hour=8)
         + [ev("signed", "HK-0080", "2024-10-08T09:50:00+08:00", unit="U0")])  # fmt: skip
    qtbot.waitUntil(lambda: window.board.rowCount() == 135, timeout=3000)
    qtbot.waitUntil(lambda: window.detail.number == "HK-0080", timeout=1000)
    assert view.current_number() == "HK-0080"
    top = view.indexAt(QPoint(0, 0))
    assert view.number_at(top) == top_before  # the rows on screen stayed put
    assert view.visualRect(top).top() == y_before


def test_notifications_and_proposals_start_once_the_board_is_in(
    open_window: Opener, engine: Engine, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The board's first read goes first: a big center's notifications and proposals
    competed with it for the interpreter and the database file."""
    load(engine, tickets(4))
    board_in: list[tuple[str, bool]] = []
    for cls, name in ((NotificationDesk, "desk"), (ProposalDock, "proposals")):
        started = cls.start

        def start(self: Any, started: Any = started, name: str = name) -> None:
            board_in.append((name, self.parent().board.loaded))
            started(self)

        monkeypatch.setattr(cls, "start", start)
    window = open_window(engine)
    qtbot.waitUntil(
        lambda: len(board_in) == 2 and window.notices.loaded and window.proposals.loaded,
        timeout=5000,
    )  # both computed off the UI thread, in either order
    assert board_in == [("desk", True), ("proposals", True)]
    assert window.board.rowCount() == 4


def test_database_lost_at_start_starts_the_notifications_anyway(
    sqlite_engine: Engine, clock: FakeClock, fast_retries: None, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path,
) -> None:  # fmt: skip
    def unreachable(self: BoardStore, *_: object) -> None:
        raise ConnectionError("could not connect to server: Connection refused")

    monkeypatch.setattr(BoardStore, "refresh", unreachable)
    window = MainWindow(
        engine=sqlite_engine, policy=POLICY, clock=clock,
        settings=AppSettings(tmp_path / "c.ini"), supervisor="李娜",
        poll_ms=100, sound=RecordingPlayer(), notify_sweep_s=0,
    )  # fmt: skip
    qtbot.addWidget(window)
    window.start()
    try:
        qtbot.waitUntil(lambda: window.notices.loaded, timeout=3000)
        assert not window.board.loaded and window.lost_since is not None
    finally:
        window.close()


def test_database_lost_then_back(
    open_window: Opener, sqlite_engine: Engine, fast_retries: None, qtbot: Any,
    monkeypatch: pytest.MonkeyPatch,
) -> None:  # fmt: skip
    load(sqlite_engine, tickets(4))
    window = open_window(sqlite_engine)
    store = window.reader.store

    def unreachable(*_: object) -> None:
        raise ConnectionError("could not connect to server: Connection refused")

    monkeypatch.setattr(store, "refresh", unreachable)
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    assert "Connection refused" in window.banner.reason
    assert window.board.rowCount() == 4  # the last board stays
    before = window.board.now
    window.clock.advance(5)  # type: ignore[attr-defined]
    window.view.tick()
    assert window.board.now == before + 5  # and keeps counting down
    monkeypatch.undo()
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=3000)
    assert window.board.rowCount() == 4


def test_postgresql_schema_dropped_and_recreated(
    open_window: Opener, db_url: str, fast_retries: None, qtbot: Any
) -> None:
    if not db_url.startswith("postgresql"):
        pytest.skip("a schema to drop is PostgreSQL's")
    engine = make_engine(db_url)
    load(engine, tickets(3))
    window = open_window(engine)
    schema = db_url.rsplit("%3D", 1)[1]
    admin = create_engine(db_url.split("?")[0])
    with admin.begin() as conn:
        conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
    qtbot.waitUntil(window.banner.isVisible, timeout=3000)
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    make_engine(db_url).dispose()  # the tables again, empty
    qtbot.waitUntil(lambda: not window.banner.isVisible(), timeout=5000)
    qtbot.waitUntil(lambda: window.board.rowCount() == 0, timeout=3000)
    assert window.empty.mode == "empty"
    window.close()
    engine.dispose()
    admin.dispose()


def test_empty_board_says_how_to_get_tickets_and_import_fills_it(
    open_window: Opener, sqlite_engine: Engine, tmp_path: Path, qtbot: Any
) -> None:
    window = open_window(sqlite_engine)
    qtbot.waitUntil(lambda: window.empty.mode == "empty", timeout=2000)
    assert "--demo" in window.empty.text.text()
    assert window.empty.picture.property("icon") == "empty-board"
    feed = tmp_path / "feed.jsonl"
    good = [json.dumps(e, ensure_ascii=False) for e in tickets(2)]
    feed.write_text("\n".join([*good, "{not json"]), "utf-8")
    window.import_feed(feed)
    qtbot.waitUntil(lambda: window.last_import is not None, timeout=5000)
    assert window.last_import is not None
    result, kept = window.last_import
    assert (result.imported, result.rejected) == (4, 1)
    assert kept.endswith("feed.jsonl.rejects.jsonl") and Path(kept).exists()
    qtbot.waitUntil(lambda: window.board.rowCount() == 2, timeout=3000)
    assert window.empty.mode == ""
    window.import_job.wait()  # type: ignore[union-attr]


def test_detail_is_loaded_off_the_ui_thread(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    load(sqlite_engine, [
        created("A", "2024-10-08T09:00:00+08:00",
                citizen={"name": "王女士", "phone": "13800000001"}),
        ev("dispatched", "A", "2024-10-08T09:01:00+08:00", unit="CGJ", unit_name="执法局"),
        ev("returned", "A", "2024-10-08T09:20:00+08:00", unit="CGJ", reason="jurisdiction"),
    ])  # fmt: skip
    window = open_window(sqlite_engine)
    window.view.selectRow(0)
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=3000)
    assert window.detail.values["citizen"].text() == "王女士"
    assert window.detail.values["phone"].text() == "13800000001"
    assert window.detail.timeline.rowCount() == 3
    assert window.detail.timeline.index(2, 1).data() == "feed"
    assert window.detail.deadlines.rowCount() == 2
    qtbot.keyClick(window.view, Qt.Key.Key_Return)
    assert window.detail.timeline_view.hasFocus() or not window.isActiveWindow()


def test_filters_views_and_layout_are_remembered(
    open_window: Opener, sqlite_engine: Engine, tmp_path: Path, qtbot: Any
) -> None:
    load(sqlite_engine, tickets(10))
    settings = tmp_path / "remembered.ini"
    window = open_window(sqlite_engine, settings)
    window.filters.set_filter(BoardFilter(units=frozenset({"U1"})), emit=True)
    assert window.proxy.rowCount() == 2
    window.filters.add_view("单位一")
    window.view.horizontalHeader().resizeSection(Col.UNIT, 222)
    window.close()
    again = open_window(sqlite_engine, settings)
    assert [v.name for v in again.filters.views] == ["单位一"]
    assert again.proxy.board_filter.units == {"U1"} and again.proxy.rowCount() == 2
    assert again.view.horizontalHeader().sectionSize(Col.UNIT) == 222
    again.filters.search.setText("海甸街道3号")
    qtbot.waitUntil(lambda: again.proxy.rowCount() == 0, timeout=2000)  # U1 has 1 and 6
    assert again.empty.mode == "filtered"
    assert again.empty.picture.property("icon") == "no-results"  # nothing to add: no "+"
    again.clear_filters()
    assert again.proxy.rowCount() == 10


def test_kpi_tiles_count_and_filter(open_window: Opener, sqlite_engine: Engine, qtbot: Any) -> None:
    load(sqlite_engine, tickets(4))  # dispatched 09:00–09:03; signing due 09:30–09:33
    window = open_window(sqlite_engine)
    counts = window.board.tally.counts()
    assert (counts.open, counts.overdue) == (4, 4)  # the fake clock says 10:00
    assert window.kpis.tiles["overdue"].value.text() == "4"
    window.kpis.tileClicked.emit("warning")
    qtbot.waitUntil(lambda: window.proxy.rowCount() == 0, timeout=1000)
    assert window.proxy.board_filter.states == {State.WARNING}
    window.focus_search()
    assert window.filters.search.hasFocus() or not window.isActiveWindow()


def test_changes_arrive_within_two_seconds_at_the_default_pace(
    open_window: Opener, engine: Engine, db_url: str, qtbot: Any
) -> None:
    """SQLite: the one-second poll. PostgreSQL: LISTEN/NOTIFY alone (no poll in the window)."""
    pg = db_url.startswith("postgresql")
    window = open_window(engine, poll_ms=60_000 if pg else None)
    if pg:
        qtbot.waitUntil(lambda: window.connection.listener is not None
                        and window.connection.listener.isRunning(), timeout=2000)  # fmt: skip
        qtbot.wait(300)  # let it reach LISTEN
    load(engine, tickets(1, prefix="LIVE"))
    qtbot.waitUntil(lambda: window.board.row_of("LIVE-0000") is not None, timeout=2000)


def _focused(window: MainWindow, qtbot: Any) -> None:
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow, timeout=2000)


def test_search_box_keys(open_window: Opener, sqlite_engine: Engine, qtbot: Any) -> None:
    """Esc clears the search; Down goes to the board's first row; Enter too, and opens the
    detail when one ticket matches."""
    load(sqlite_engine, tickets(10))
    window = open_window(sqlite_engine)
    _focused(window, qtbot)
    search = window.filters.search
    window.focus_search()
    search.insert("海甸街道3号")  # typed (keyClicks takes ASCII only)
    qtbot.keyClick(search, Qt.Key.Key_Return)  # at once, not after the typing pause
    assert window.proxy.rowCount() == 1
    assert window.view.current_number() == "HK-0003"
    assert window.detail.timeline_view.hasFocus()  # the one match's detail is open
    window.focus_search()
    qtbot.keyClick(search, Qt.Key.Key_Escape)
    assert search.text() == "" and window.proxy.rowCount() == 10
    assert search.hasFocus()
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert window.view.hasFocus()
    assert window.view.currentIndex().row() == 0
    assert window.view.current_number() == window.board.ticket_at(0).number
    window.focus_search()
    search.insert("没有这样的工单")
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert window.proxy.rowCount() == 0 and search.hasFocus()  # nothing to go to


def test_a_big_board_is_filtered_off_the_ui_thread(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """On a big board a filter is sifted on a worker and swapped in at once: the board
    keeps the old rows until then, the chosen ticket stays chosen, and a change of the
    board meanwhile is not lost (sifted again)."""
    from console.board import BoardDelta
    from widgets import board_proxy

    monkeypatch.setattr(board_proxy, "ASYNC_ROWS", 1)  # ten rows count as a big board
    load(sqlite_engine, tickets(10))
    window = open_window(sqlite_engine)
    window.view.select_number("HK-0003")
    window.set_filter(BoardFilter(text="海甸街道3"))
    assert window.proxy.pending and window.proxy.rowCount() == 10  # not swapped yet
    late = replace(window.board.ticket_at(0), number="HK-0099", address="海甸街道3号旁")
    window.live.apply(BoardDelta(99, [late]))  # the board changes while it is sifted
    qtbot.waitUntil(lambda: not window.proxy.pending, timeout=3000)
    shown = {window.proxy.index(r, 0).data(Role.NUMBER) for r in range(window.proxy.rowCount())}
    assert shown == {"HK-0003", "HK-0099"}
    assert window.proxy.board_filter.text == "海甸街道3"
    assert window.view.current_number() == "HK-0003"
    window.set_filter(BoardFilter())  # no filter: at once, nothing to sift
    assert not window.proxy.pending and window.proxy.rowCount() == 11


def test_enter_in_the_search_box_of_a_big_board_waits_for_the_search(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Enter while a big board is still being sifted goes to the board (and opens the one
    match) once the search is in force, not on the rows shown before it."""
    from widgets import board_proxy

    monkeypatch.setattr(board_proxy, "ASYNC_ROWS", 1)
    load(sqlite_engine, tickets(10))
    window = open_window(sqlite_engine)
    _focused(window, qtbot)
    window.focus_search()
    window.filters.search.insert("海甸街道7号")
    qtbot.keyClick(window.filters.search, Qt.Key.Key_Return)
    assert window.proxy.pending and window.view.current_number() == ""
    qtbot.waitUntil(lambda: window.view.current_number() == "HK-0007", timeout=3000)
    assert window.proxy.rowCount() == 1
    qtbot.waitUntil(lambda: window.detail.number == "HK-0007", timeout=3000)


def test_kpi_tiles_filter_by_state_and_flag(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    at = "2024-10-08T09:{:02}:00+08:00".format
    load(sqlite_engine, tickets(3) + [
        created("BOUNCED", at(5)),
        ev("dispatched", "BOUNCED", at(6), unit="U1", unit_name="单位1"),
        ev("returned", "BOUNCED", at(7), unit="U1", reason="other"),
        ev("dispatched", "BOUNCED", at(8), unit="U2", unit_name="单位2"),
        ev("returned", "BOUNCED", at(9), unit="U2", reason="other"),
        ev("dispatched", "BOUNCED", at(10), unit="U3", unit_name="单位3"),
    ])  # fmt: skip
    window = open_window(sqlite_engine)
    tiles = window.kpis.tiles
    assert tiles["shuffled"].value.text() == "1"
    shown = lambda: {window.proxy.index(r, 0).data(Role.NUMBER)  # noqa: E731
                     for r in range(window.proxy.rowCount())}  # fmt: skip
    qtbot.mouseClick(tiles["shuffled"], Qt.MouseButton.LeftButton)
    assert window.proxy.board_filter.flags == {"shuffled"} and shown() == {"BOUNCED"}
    qtbot.mouseClick(tiles["disputed"], Qt.MouseButton.LeftButton)
    assert window.proxy.board_filter.flags == {"disputed"} and shown() == set()
    qtbot.mouseClick(tiles["escalations"], Qt.MouseButton.LeftButton)
    assert window.proxy.board_filter.flags == {"escalated"}
    qtbot.mouseClick(tiles["overdue_today"], Qt.MouseButton.LeftButton)
    f = window.proxy.board_filter  # the open tickets that missed a deadline today (804f305)
    assert (f.states, f.flags) == (frozenset(), frozenset()) and f.numbers is not None
    assert shown() == set(f.numbers)
    qtbot.mouseClick(tiles["open"], Qt.MouseButton.LeftButton)
    assert window.proxy.board_filter.is_empty and window.proxy.rowCount() == 4
    for tile in tiles.values():  # every tile filters, and looks like it
        assert tile.clickable and tile.cursor().shape() == Qt.CursorShape.PointingHandCursor
    clicked: list[str] = []
    nothing = KpiTile("note", "muted", clickable=False)  # a tile that cannot filter
    qtbot.addWidget(nothing)
    nothing.clicked.connect(clicked.append)
    qtbot.mouseClick(nothing, Qt.MouseButton.LeftButton)
    assert not nothing.testAttribute(Qt.WidgetAttribute.WA_Hover)
    assert clicked == [] and nothing.cursor().shape() == Qt.CursorShape.ArrowCursor


def test_detail_follows_the_filter(open_window: Opener, sqlite_engine: Engine, qtbot: Any) -> None:
    """A chosen ticket the filter hides is not shown as if it were on the board; once the
    filter lets it through again it is chosen again."""
    load(sqlite_engine, tickets(10))
    window = open_window(sqlite_engine)
    assert window.view.select_number("HK-0003")
    qtbot.waitUntil(lambda: window.detail.detail is not None, timeout=3000)
    window.filters.set_filter(BoardFilter(text="海甸街道5号"), emit=True)
    assert window.view.current_number() == "" and not window.view.selectedIndexes()
    assert window.detail.stack.currentWidget() is window.detail.placeholder
    assert "HK-0003" in window.detail.placeholder.text()
    assert window.detail.number == ""
    window.filters.set_filter(BoardFilter(text="海甸街道"), emit=True)  # shows it again
    assert window.view.current_number() == "HK-0003"
    qtbot.waitUntil(lambda: window.detail.stack.currentWidget() is window.detail.page,
                    timeout=3000)  # fmt: skip
    window.filters.set_filter(BoardFilter(text="海甸街道5号"), emit=True)
    window.clear_filters()
    assert window.view.current_number() == "HK-0003"
    assert {i.row() for i in window.view.selectedIndexes()} == {window.view.currentIndex().row()}
    window.view.selectRow(0)  # another choice: the hidden one is forgotten
    window.filters.set_filter(BoardFilter(text="海甸街道5号"), emit=True)
    window.clear_filters()
    assert window.view.current_number() != "HK-0003"


def test_deadlines_fit_and_the_timeline_shows_whole_texts(
    open_window: Opener, sqlite_engine: Engine, qtbot: Any
) -> None:
    load(sqlite_engine, [
        created("A", "2024-10-08T09:00:00+08:00"),
        ev("dispatched", "A", "2024-10-08T09:01:00+08:00", unit="ZWZX",
           unit_name="市政务服务管理局政务服务中心"),
        ev("transferred", "A", "2024-10-08T09:20:00+08:00",
           **{"from": "ZWZX", "to": "ZJJ", "to_name": "市住房和城乡建设局"}),
    ])  # fmt: skip
    window = open_window(sqlite_engine)
    window.view.selectRow(0)
    detail = window.detail
    qtbot.waitUntil(lambda: detail.detail is not None, timeout=3000)
    table = detail.deadlines_view
    rows = detail.deadlines.rowCount()
    assert rows >= 3
    qtbot.waitUntil(lambda: table.viewport().height() > 0, timeout=1000)
    assert table.verticalScrollBar().maximum() == 0  # no scrolling inside: every row shows
    last = table.rowViewportPosition(rows - 1) + table.rowHeight(rows - 1)
    assert last <= table.viewport().height()
    timeline = detail.timeline
    texts = [timeline.index(r, 3).data() for r in range(timeline.rowCount())]
    assert any("市政务服务管理局政务服务中心" in t for t in texts)
    assert all(timeline.index(r, 3).data(Qt.ItemDataRole.ToolTipRole) == t
               for r, t in enumerate(texts) if t)  # fmt: skip
    view = detail.timeline_view
    assert view.wordWrap() and view.horizontalHeader().stretchLastSection()


@pytest.mark.parametrize("lang", ["en", "zh_CN"])
def test_commands_the_empty_board_names_are_the_command_lines(
    qapp: Any, qtbot: Any, lang: str
) -> None:
    """Every command the empty board suggests is one the command line takes."""
    board = QWidget()
    qtbot.addWidget(board)
    install_translators(qapp, lang)
    try:
        empty = EmptyState(board)
        empty.show_mode("empty")
        text = empty.text.text()
    finally:
        install_translators(qapp, "en")
    commands = re.findall(r"<nobr>python main\.py([^<]*)</nobr>", text)
    assert len(commands) == 2, text
    parser = build_parser()
    for command in commands:
        args = parser.parse_args(command.split())
        assert args.command in (None, "import") and (args.command or args.demo)
