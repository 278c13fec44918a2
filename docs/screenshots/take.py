"""Take the console's screenshots offscreen: ``python docs/screenshots/take.py [OUT_DIR]``
(the wall display's: ``take_wall.py``, on an X server as a wall screen runs it).

A simulated city (seed 7, Haikou's 840 tickets a day) is played into a fresh SQLite
database up to a weekday afternoon, and every window is grabbed at that moment (a fake
clock, so the countdowns are the same at every run), in Chinese and in English.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="hotline-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")  # never the user's own settings
os.environ["XDG_DATA_HOME"] = str(_tmp / "data")

from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication, QWidget  # noqa: E402

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console.clock import FakeClock  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import LiveCity  # noqa: E402
from db.engine import make_engine  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402

MOMENT = datetime.fromisoformat("2024-10-09T15:20:00+08:00")


def wait(app: QApplication, ms: int, until: object = None) -> None:
    loop = QEventLoop()
    for _ in range(ms // 20):
        if callable(until) and until():
            break
        QTimer.singleShot(20, loop.quit)
        loop.exec()
    app.processEvents()


def save(widget: QWidget, path: Path) -> None:
    widget.grab().save(str(path))
    print(path)


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    out.mkdir(parents=True, exist_ok=True)
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    city_db = make_engine(f"sqlite:///{_tmp / 'city.db'}")
    LiveCity(Importer(city_db, policy).import_events, seed=7, per_day=840,
             clock=lambda: MOMENT, start=MOMENT).advance()  # fmt: skip
    empty_db = make_engine(f"sqlite:///{_tmp / 'empty.db'}")
    clock = FakeClock(MOMENT)
    for lang in ("zh_CN", "en"):
        install_translators(app, lang)
        apply_theme(app, "light")
        settings = AppSettings(_tmp / f"{lang}.ini")
        w = MainWindow(engine=city_db, policy=policy, clock=clock, settings=settings,
                       supervisor="李娜" if lang == "zh_CN" else "Li Na", poll_ms=200)  # fmt: skip
        w.resize(1920, 1080)
        w.show()
        w.start()
        wait(
            app,
            5000,
            lambda w=w: w.board.loaded and w.kpis.tiles["escalations"].value.text() != "–",
        )
        w.view.tick()
        save(w, out / f"main-{lang}.png")
        w.view.selectRow(1)
        wait(app, 2000, lambda w=w: w.detail.stack.currentWidget() is w.detail.content)
        save(w, out / f"detail-{lang}.png")
        w._lost(
            "connection refused",
        )  # what the feed reports when the database goes away
        wait(app, 100)
        save(w, out / f"lost-{lang}.png")
        w.close()
        e = MainWindow(engine=empty_db, policy=policy, clock=clock, settings=settings,
                       supervisor="李娜" if lang == "zh_CN" else "Li Na", poll_ms=200)  # fmt: skip
        e.resize(1920, 1080)
        e.show()
        e.start()
        wait(app, 3000, lambda e=e: e.board.loaded)
        save(e, out / f"empty-{lang}.png")
        e.close()
    city_db.dispose()
    empty_db.dispose()


if __name__ == "__main__":
    main()
