"""Screenshots of the wall display as a wall screen shows it: on an X server without a
window manager (Xvfb), the window placed by the wall itself, the screen grabbed whole
(the root window, as ``import -window root`` would).

    python docs/screenshots/take_wall.py [--size 1920x1080] [--langs zh_CN,en]
                                         [--pages kpi,urgent,charts,escalations] [OUT_DIR]

It starts its own ``Xvfb`` on a free display. The city is the one of ``take.py`` (seed
7, a weekday afternoon, a fake clock), plus a few tickets whose titles carry a caller's
name and phone numbers (one a repeated complaint), and open escalations, so the masking
and every page show.
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from datetime import datetime, timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
from shotkit import private_folders, save, wait  # noqa: E402 - beside this file

_tmp = private_folders("hotline-wall-shots-")

MOMENT = datetime.fromisoformat("2024-10-09T15:20:00+08:00")


def start_xvfb(size: str) -> subprocess.Popen[bytes]:
    for display in range(99, 120):
        if not Path(f"/tmp/.X11-unix/X{display}").exists():
            break
    command = ["Xvfb", f":{display}", "-screen", "0", f"{size}x24", "-nolisten", "tcp"]
    proc = subprocess.Popen(command, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    for _ in range(50):
        if Path(f"/tmp/.X11-unix/X{display}").exists():
            break
        time.sleep(0.1)
    os.environ["DISPLAY"] = f":{display}"
    os.environ["QT_QPA_PLATFORM"] = "xcb"
    return proc


def city(path: Path, history: int = 8) -> object:
    from sqlalchemy import insert, select

    from console.ingest import Importer
    from console.policy import load_policy
    from console.simulator import LiveCity
    from console.supervisors import remember_supervisor
    from db.engine import make_engine
    from db.models import Escalation, Ticket

    policy = load_policy("haikou")
    engine = make_engine(f"sqlite:///{path}")
    importer = Importer(engine, policy)
    LiveCity(importer.import_events, seed=7, per_day=840, clock=lambda: MOMENT,
             start=MOMENT, history=timedelta(days=history)).advance()  # fmt: skip
    at = (MOMENT - timedelta(hours=3)).isoformat()
    dispatched = (MOMENT - timedelta(hours=2, minutes=50)).isoformat()
    personal = [
        ("PII-0001", "王建国反映楼下烧烤店油烟扰民，请回电13812345678", "王建国", "13812345678"),
        ("PII-0002", "市民陈海投诉电梯停运三天，联系电话0898-66668888", "陈海", "0898-66668888"),
        ("PII-0003", "符丽华家门口下水道堵塞污水外溢", "符丽华", "13900001111"),
    ]  # fmt: skip
    events = []
    for number, title, name, phone in personal:
        events.append({"event": "created", "ticket": number, "at": at, "category": "complaint",
                       "urgent": True, "title": title, "district": "龙华区",
                       "citizen": {"name": name, "phone": phone}})  # fmt: skip
        events.append({"event": "dispatched", "ticket": number, "at": dispatched,
                       "unit": "HK-CG", "unit_name": "市城市管理局"})  # fmt: skip
    # 王建国 complained twice before this month about the same thing: PII-0001 is a
    # repeated complaint (§8), which the wall counts as To act and never shows
    for i, days in enumerate((20, 9)):
        before = (MOMENT - timedelta(days=days)).isoformat()
        number = f"PII-000{i + 8}"
        events += [{"event": "created", "ticket": number, "at": before, "category": "complaint",
                    "title": "王建国反映楼下烧烤店油烟扰民", "citizen": {"name": "王建国",
                    "phone": "13812345678"}},
                   {"event": "closed", "ticket": number, "at": before}]  # fmt: skip
    importer.import_events(events)
    remember_supervisor(engine, "李娜", MOMENT)
    with engine.begin() as conn:
        open_tickets = (
            conn.execute(
                select(Ticket.number)
                .where(Ticket.status == "open")
                .order_by(Ticket.number)
                .limit(9)
            )
            .scalars()
            .all()
        )
        numbers = ["PII-0001", "PII-0002", *open_tickets]
        offices = ("discipline", "organization", "supervision")
        for i, number in enumerate(numbers):
            conn.execute(insert(Escalation).values(
                ticket=number, office=offices[i % 3], reason="overdue", status="open",
                created_by="李娜", created_at=MOMENT - timedelta(hours=5 + 7 * i, minutes=13 * i),
            ))  # fmt: skip
    return engine


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("out", nargs="?", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--size", default="1920x1080")
    parser.add_argument("--langs", default="zh_CN,en")
    parser.add_argument("--pages", default="kpi,urgent,charts,escalations")
    parser.add_argument("--suffix", default="", help="added to each file name")
    parser.add_argument("--history", type=int, default=8,
                        help="days of the city's past (1: a demo's short simulation)")  # fmt: skip
    parser.add_argument("--no-states", dest="states", action="store_false",
                        help="skip the loading and database-lost pictures")  # fmt: skip
    args = parser.parse_args()
    xvfb = start_xvfb(args.size)
    try:
        shoot(args)
    finally:
        xvfb.terminate()
        xvfb.wait()


def shoot(args: argparse.Namespace) -> None:
    from PySide6.QtWidgets import QApplication

    import widgets  # noqa: F401 - the Signal.emit work-around first
    from console.clock import FakeClock
    from console.policy import load_policy
    from widgets.i18n import install_translators
    from widgets.live_board import LiveBoard
    from widgets.wall import WallWindow

    args.out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    engine = city(_tmp / "city.db", args.history)
    policy = load_policy("haikou")
    clock = FakeClock(MOMENT)
    pages = args.pages.split(",")
    for lang in args.langs.split(","):
        install_translators(app, lang)  # type: ignore[arg-type]
        live = LiveBoard(engine, policy, clock, poll_ms=200)  # type: ignore[arg-type]
        wall = WallWindow(live=live, pages=pages)
        screen = app.primaryScreen()  # type: ignore[union-attr]
        wall.place(screen)
        if lang == "zh_CN" and args.states:  # before the first read: nothing counted yet
            wait(app, 300)
            save(screen.grabWindow(0), args.out / f"wall-loading-{lang}.png")
            print(args.out / f"wall-loading-{lang}.png")
        live.start()
        wall.start()
        wait(
            app,
            20_000,
            lambda live=live, wall=wall: live.loaded and live.figures and wall.feed.figures,
        )
        wait(app, 500)
        where = wall.geometry().getRect(), screen.geometry().getRect()
        print(f"{lang}: window {where[0]} on screen {where[1]}")
        now = clock.now().timestamp()
        for i, key in enumerate(pages):
            wall.rotation.show(i, now)
            clock.advance(3)  # the countdowns and the page indicator move on a little
            live.tick()
            wait(app, 400)
            path = args.out / f"wall-{key}-{lang}{args.suffix}.png"
            save(screen.grabWindow(0), path)  # the root window: the whole screen
            print(path)
        if args.states and "urgent" in pages:  # the database goes away: a banner, last figures
            wall.rotation.show(pages.index("urgent"), clock.now().timestamp())
            live.reader.lost.emit("connection refused")
            live.tick()
            wait(app, 400)
            path = args.out / f"wall-lost-{lang}.png"
            save(screen.grabWindow(0), path)
            print(path)
        wall.close()
        live.stop()
    engine.dispose()  # type: ignore[attr-defined]


if __name__ == "__main__":
    main()
