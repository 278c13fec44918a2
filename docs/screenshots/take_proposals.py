"""Take the To act queue's screenshots offscreen: ``python docs/screenshots/take_proposals.py``.

The simulated city of ``take.py`` (seed 7) up to Wednesday 2024-10-09 15:20, its history
starting a week earlier so that deadlines passed days ago: the window with the queue
docked beside the board, a proposal selected. Saves ``proposals-zh_CN.png`` and
``proposals-en.png``.
"""

from __future__ import annotations

import os
import sys
import tempfile
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
_tmp = Path(tempfile.mkdtemp(prefix="hotline-shots-"))
os.environ["XDG_CONFIG_HOME"] = str(_tmp / "config")  # never the user's own settings
os.environ["XDG_DATA_HOME"] = str(_tmp / "data")

from PySide6.QtCore import Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from take import MOMENT, wait  # noqa: E402 - beside this file

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console.clock import FakeClock  # noqa: E402
from console.ingest import Importer  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.simulator import LiveCity  # noqa: E402
from console.staff import add_staff  # noqa: E402
from db.engine import make_engine  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402


class Quiet:
    def play(self, name: str, volume: float) -> bool:
        return True


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    for lang in ("zh_CN", "en"):
        db = make_engine(f"sqlite:///{_tmp / f'city-{lang}.db'}")
        LiveCity(Importer(db, policy).import_events, seed=7, per_day=840,
                 clock=lambda: MOMENT, start=MOMENT - timedelta(days=7)).advance()  # fmt: skip
        who = "李娜" if lang == "zh_CN" else "Li Na"
        add_staff(db, who, "supervisor", now=MOMENT - timedelta(days=30))
        install_translators(app, lang)
        apply_theme(app, "light")
        w = MainWindow(engine=db, policy=policy, clock=FakeClock(MOMENT),
                       settings=AppSettings(_tmp / f"{lang}.ini"), supervisor=who,
                       poll_ms=200, sound=Quiet(), notify_sweep_s=0)  # fmt: skip
        w.resize(1920, 1080)
        w.show()
        w.start()
        wait(app, 8000, lambda w=w: w.board.loaded and w.proposals.loaded)
        w.resizeDocks([w.proposals], [760], Qt.Orientation.Horizontal)
        w.proposals.table.selectRow(0)
        w.view.tick()
        wait(app, 300)
        path = out / f"proposals-{lang}.png"
        w.grab().save(str(path))
        print(path, w.proposals.model.rowCount(), "proposals")
        w.close()
        db.dispose()


if __name__ == "__main__":
    main()
