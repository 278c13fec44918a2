"""Take the console's screenshots offscreen: ``python docs/screenshots/take.py [OUT_DIR]``
(the wall display's: ``take_wall.py``, on an X server as a wall screen runs it).

A simulated city (seed 7, Haikou's 840 tickets a day) is played into a fresh SQLite
database up to a weekday afternoon, and every window is grabbed at that moment (a fake
clock, so the countdowns are the same at every run), in Chinese and in English.

Then the board on three screens (1366×768, 1920×1080, 3840×2160 at 200 %) × two themes ×
two languages, each screen in a process of its own: Qt fixes a screen's size and scaling
when the application starts, so each child runs on an offscreen screen made to measure
(the platform's ``configfile``). ``--screens`` takes only those.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotkit import private_folders, wait  # noqa: E402 - beside this file
from shotkit import save as save_png  # noqa: E402

_tmp = private_folders("hotline-shots-")

from PySide6.QtCore import QItemSelectionModel, QRect, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402
from sqlalchemy import Engine, select  # noqa: E402

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console import actions  # noqa: E402
from console.board import BoardFilter  # noqa: E402
from console.clock import FakeClock  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.policy import Policy, load_policy  # noqa: E402
from console.simulator import LiveCity  # noqa: E402
from console.staff import add_staff  # noqa: E402
from console.states import State  # noqa: E402
from db.engine import make_engine  # noqa: E402
from db.models import Ticket  # noqa: E402
from widgets.coordinate_dialog import CoordinateDialog  # noqa: E402
from widgets.escalate_dialog import EscalateDialog  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.kpi_strip import LOADING  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402

MOMENT = datetime.fromisoformat("2024-10-09T15:20:00+08:00")
SCREENS = ((1366, 768), (1920, 1080), (3840, 2160))
PANEL = 40  # a desktop's panel: what a first start does not cover
# what the database driver says when the server goes away (the banner's and the detail's
# "Details…"; their sentence is what a supervisor reads)
DRIVER_WORDS = (
    '(psycopg.OperationalError) connection failed: connection to server at "10.0.8.21", '
    "port 5432 failed: Connection refused\n\tIs the server running on that host and "
    "accepting TCP/IP connections?"
)


def counted(w: MainWindow) -> bool:
    """The board read and every KPI tile counted (none shows "…")."""
    return w.board.loaded and all(t.value.text() != LOADING for t in w.kpis.tiles.values())


def save(widget: QWidget, path: Path) -> None:
    save_png(widget.grab(), path)
    print(path)


def supervise(engine: Engine, policy: Policy) -> None:
    """Supervisors at work before the moment: escalations in each state of their life,
    urges, a disputed ticket — so the board, the detail and the register show them."""
    for name in ("李娜", "Li Na", "王强"):
        add_staff(engine, name, "supervisor", now=MOMENT - timedelta(days=30))
    with engine.connect() as conn:
        rows = conn.execute(
            select(Ticket.number, Ticket.accepted_at)
            .where(Ticket.status == "open")
            .order_by(Ticket.accepted_at)
            .limit(12)
        ).all()
    steps = [
        ("supervision", "overdue", "open"),
        ("discipline", "shuffled", "acknowledged"),
        ("organization", "repeated", "resolved"),
        ("supervision", "disputed", "open"),
        ("discipline", "overdue", "withdrawn"),
        ("supervision", "overdue", "acknowledged"),
    ]
    for (number, accepted), (office, reason, end) in zip(rows, steps, strict=False):
        at = accepted + timedelta(hours=2)
        who = "王强" if reason == "repeated" else "李娜"
        actions.urge(engine, who, number, note="请尽快签收办理", now=at - timedelta(minutes=30))
        found = actions.escalate(
            engine,
            who,
            number,
            office=office,
            reason=reason,
            note="多次催办仍未办理，群众反映强烈",
            now=at,
            policy=policy,
        )
        later = at + timedelta(days=1)
        if end in ("acknowledged", "resolved"):
            actions.reply_escalation(
                engine, "王强", found, text="已约谈承办单位负责人，限期办结", now=later
            )
        if end == "resolved":
            actions.resolve_escalation(
                engine,
                "王强",
                found,
                outcome="已办结，回访群众满意",
                now=later + timedelta(hours=5),
            )
        if end == "withdrawn":
            actions.withdraw_escalation(
                engine, "李娜", found, note="误选工单，撤回", now=at + timedelta(minutes=20)
            )
    for number, accepted in rows[6:9]:
        actions.urge(engine, "李娜", number, now=accepted + timedelta(hours=1))
    actions.mark_disputed(
        engine,
        "李娜",
        rows[9][0],
        note="两家单位均称非本单位职责",
        now=rows[9][1] + timedelta(hours=1),
    )


def acting_shots(app: QApplication, w: MainWindow, out: Path, lang: str) -> None:
    """The escalation register, the escalate dialog (and what it will send), and the
    coordinate dialog."""
    w.register.resize(1920, 420)
    w.resizeDocks([w.register], [420], Qt.Orientation.Vertical)
    w.show_register()
    wait(app, 3000, lambda: w.register.pane.model.rowCount() > 0)
    w.register.pane.select(2)
    wait(app, 200)
    save(w, out / f"register-{lang}.png")
    w.register.hide()
    w.view.select_first()
    w.view.selectRow(2)
    w.view.selectionModel().select(
        w.proxy.index(3, 0),
        QItemSelectionModel.SelectionFlag.Select | QItemSelectionModel.SelectionFlag.Rows,
    )
    wait(app, 500)
    w.acting.escalate()
    dialog = w.acting.dialog
    assert isinstance(dialog, EscalateDialog)
    dialog.office.setCurrentIndex(dialog.office.findData("discipline"))
    dialog.reason.setCurrentIndex(dialog.reason.findData("shuffled"))
    dialog.note.setPlainText(
        "两家单位相互推诿，已退单三次，群众多次来电。"
        if lang == "zh_CN"
        else "Returned three times between two units; the caller has phoned again four times."
    )
    wait(app, 100)
    save(dialog, out / f"escalate-{lang}.png")
    dialog.show_confirmation()
    wait(app, 100)
    save(dialog, out / f"escalate-confirm-{lang}.png")
    dialog.reject()
    wait(app, 100)
    w.view.selectRow(2)  # shuffled and disputed: the center rules
    wait(app, 1500, lambda: w.detail.detail is not None)
    w.acting.coordinate()
    coord = w.acting.dialog
    assert isinstance(coord, CoordinateDialog)
    codes = [code for code, _ in w._all_units()]
    if len(codes) > 3:
        coord.set_lead(codes[1])
        coord.set_co_unit(codes[2], True)
        coord.set_co_unit(codes[3], True)
    coord.co_search.setText("局" if lang == "zh_CN" else "")
    coord.note.setPlainText(
        "经协调，由主办单位牵头办理，协办单位配合。"
        if lang == "zh_CN"
        else "Ruled at the center: the lead unit acts, the others help."
    )
    wait(app, 100)
    save(coord, out / f"coordinate-{lang}.png")
    coord.reject()
    wait(app, 100)


def simulated_city(path: Path, policy: Policy, days: int = 0) -> Engine:
    """The pictures' city (seed 7, Haikou's 840 tickets a day) played into a fresh
    database up to ``MOMENT``, from ``days`` days before it (0: its usual day of history)."""
    engine = make_engine(f"sqlite:///{path}")
    LiveCity(Importer(engine, policy).import_events, seed=7, per_day=840, clock=lambda: MOMENT,
             start=MOMENT - timedelta(days=days)).advance()  # fmt: skip
    return engine


def build_city(path: Path, policy: Policy) -> None:
    city_db = simulated_city(path, policy)
    supervise(city_db, policy)
    city_db.dispose()


def open_board(
    app: QApplication, engine: Engine, policy: Policy, settings: AppSettings, lang: str
) -> MainWindow:
    w = MainWindow(
        engine=engine,
        policy=policy,
        clock=FakeClock(MOMENT),
        settings=settings,
        supervisor="李娜" if lang == "zh_CN" else "Li Na",
        poll_ms=200,
    )
    return w


def view_shots(app: QApplication, w: MainWindow, out: Path, lang: str) -> None:
    """Saving the filters as a view (a name suggested from them), and a ticket the
    database could not give (one sentence, the driver's words behind "Details…")."""
    bar = w.filters
    units = [code for code, _ in w._all_units()]
    unit = "ZJJ" if "ZJJ" in units else units[0]  # the housing bureau, when the city has it
    bar.set_filter(BoardFilter(units=frozenset({unit}), states=frozenset({State.CRITICAL})),
                   emit=True)  # fmt: skip
    wait(app, 300)
    dialog = bar.save_view_dialog()
    dialog.show()
    wait(app, 200)
    save(dialog, out / f"save-view-{lang}.png")
    dialog.reject()
    bar.set_filter(BoardFilter(), emit=True)
    wait(app, 300)
    w.view.selectRow(1)
    wait(app, 2000, lambda: w.detail.stack.currentWidget() is w.detail.content)
    w.detail.detail = None  # as if it had never loaded
    w.detail.show_failed(w.detail.number, DRIVER_WORDS)
    wait(app, 100)
    save(w.detail, out / f"detail-error-{lang}.png")


def board_shots(out: Path, city: Path) -> None:
    """The usual screens at 1920×1080, in both languages."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    city_db = make_engine(f"sqlite:///{city}")
    empty_db = make_engine(f"sqlite:///{_tmp / 'empty.db'}")
    for lang in ("zh_CN", "en"):
        install_translators(app, lang)
        apply_theme(app, "light")
        settings = AppSettings(_tmp / f"{lang}.ini")
        w = open_board(app, city_db, policy, settings, lang)
        w.show()
        w.fit_screen(QRect(0, 0, 1920, 1080))
        w.start()
        wait(app, 5000, lambda w=w: counted(w))
        w.view.tick()
        save(w, out / f"main-{lang}.png")
        w.view.selectRow(3)  # urged and escalated: the timeline shows who did what
        wait(app, 2000, lambda w=w: w.detail.stack.currentWidget() is w.detail.content)
        save(w, out / f"detail-{lang}.png")
        w._lost(DRIVER_WORDS)  # what the reader reports when the database goes away
        wait(app, 100)
        save(w, out / f"lost-{lang}.png")
        w._restored()
        wait(app, 500)
        view_shots(app, w, out, lang)
        acting_shots(app, w, out, lang)  # last: the register's dock changes the layout
        w.close()
        e = open_board(app, empty_db, policy, settings, lang)
        e.show()
        e.fit_screen(QRect(0, 0, 1920, 1080))
        e.start()
        wait(app, 3000, lambda e=e: e.board.loaded)
        save(e, out / f"empty-{lang}.png")
        e.close()
    city_db.dispose()
    empty_db.dispose()


def screen_platform(width: int, height: int) -> str:
    """An offscreen screen of ``width``×``height`` device pixels; 4K at 200 % (Qt scales
    by logical dpi over 96, so the window lays out on 1920×1080 and draws every pixel)."""
    scale = 2 if width >= 3840 else 1
    screen = {"name": f"{width}x{height}", "x": 0, "y": 0, "width": width, "height": height,
              "logicalDpi": 96 * scale, "logicalBaseDpi": 96, "dpr": 1}  # fmt: skip
    path = _tmp / f"screen-{width}x{height}.json"
    path.write_text(json.dumps({"windowFrameMargins": False, "screens": [screen]}))
    return f"offscreen:configfile={path}"


def screen_shots(out: Path, city: Path, size: str) -> None:
    """The board as a first start opens it on this process's screen, in both themes and
    languages, a ticket selected (the detail pane beside the board)."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    screen = app.primaryScreen().geometry()  # in the layout's pixels (1920×1080 at 4K)
    free = QRect(0, 0, screen.width(), screen.height() - PANEL)
    policy = load_policy("haikou")
    engine = make_engine(f"sqlite:///{city}")
    for theme in ("light", "dark"):
        apply_theme(app, theme)
        for lang in ("zh_CN", "en"):
            install_translators(app, lang)
            w = open_board(app, engine, policy, AppSettings(_tmp / f"{theme}-{lang}.ini"), lang)
            w.show()
            w.fit_screen(free)  # nothing saved: a first start
            w.start()
            wait(app, 5000, lambda w=w: counted(w))
            w.view.selectRow(1)
            wait(app, 2000, lambda w=w: w.detail.stack.currentWidget() is w.detail.content)
            w.view.tick()
            wait(app, 200)
            save(w, out / f"screen-{size}-{theme}-{lang}.png")
            w.close()
            wait(app, 100)
    engine.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots",
                        help="where the PNGs go (default: this folder)")  # fmt: skip
    parser.add_argument("--screens", action="store_true", help="only the three screens")
    parser.add_argument("--screen", metavar="WxH", help=argparse.SUPPRESS)  # a child
    parser.add_argument("--city", type=Path, help=argparse.SUPPRESS)  # a child's database
    args = parser.parse_args()
    out: Path = args.out
    out.mkdir(parents=True, exist_ok=True)
    if args.screen:
        screen_shots(out, args.city, args.screen)
        return
    if os.environ["QT_QPA_PLATFORM"] == "offscreen":
        # Qt's offscreen screen is 800×600: the windows open as a first start on 1080p does
        os.environ["QT_QPA_PLATFORM"] = screen_platform(1920, 1080)
    city = _tmp / "city.db"
    build_city(city, load_policy("haikou"))
    if not args.screens:
        board_shots(out, city)
    for width, height in SCREENS:
        env = dict(os.environ, QT_QPA_PLATFORM=screen_platform(width, height))
        child = [sys.executable, __file__, str(out), "--screen", f"{width}x{height}",
                 "--city", str(city)]  # fmt: skip
        subprocess.run(child, env=env, check=True)


if __name__ == "__main__":
    main()
