"""Take the To act queue's screenshots offscreen: ``python docs/screenshots/take_proposals.py``.

The simulated city of ``take.py`` (seed 7) up to Wednesday 2024-10-09 15:20, its history
starting a week earlier so that deadlines passed days ago: the window at its first start
(the queue beside the board at 1920×1080, in the room the board leaves once its due
time, moves, district and category give way; under the board, raised, at 1366×768), a
proposal selected. Saves ``proposals-zh_CN.png`` and ``proposals-en.png`` (1920×1080)
and ``proposals-1366x768-{zh_CN,en}.png``.
"""

from __future__ import annotations

import os
import subprocess
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from shotkit import Quiet, private_folders, save, wait  # noqa: E402 - beside this file

_tmp = private_folders("hotline-shots-")

from PySide6.QtCore import QRect, Qt  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from take import MOMENT, PANEL, screen_platform, simulated_city  # noqa: E402 - beside this file

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console.clock import FakeClock  # noqa: E402
from console.policy import load_policy  # noqa: E402
from console.staff import add_staff  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402

SIZES = ((1920, 1080), (1366, 768))


def main() -> None:
    """Each screen size in a process of its own, on an offscreen screen of that size (a
    first start fits the screen it opens on)."""
    args = sys.argv[1:]
    if "--size" in args:
        i = args.index("--size")
        width, height = (int(n) for n in args[i + 1].split("x"))
        shots(Path(args[0]), width, height)
        return
    out = Path(args[0]) if args else ROOT / "docs" / "screenshots"
    for width, height in SIZES:
        env = dict(os.environ, QT_QPA_PLATFORM=screen_platform(width, height))
        subprocess.run([sys.executable, __file__, str(out), "--size", f"{width}x{height}"],
                       env=env, check=True)  # fmt: skip


def shots(out: Path, width: int, height: int) -> None:
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    for lang in ("zh_CN", "en"):
        db = simulated_city(_tmp / f"city-{lang}.db", policy, days=7)
        who = "李娜" if lang == "zh_CN" else "Li Na"
        add_staff(db, who, "supervisor", now=MOMENT - timedelta(days=30))
        install_translators(app, lang)
        apply_theme(app, "light")
        w = MainWindow(engine=db, policy=policy, clock=FakeClock(MOMENT),
                       settings=AppSettings(_tmp / f"{lang}-{width}.ini"), supervisor=who,
                       poll_ms=200, sound=Quiet(), notify_sweep_s=0)  # fmt: skip
        w.show()
        w.fit_screen(QRect(0, 0, width, height - PANEL))  # nothing saved: a first start
        w.start()
        wait(app, 8000, lambda w=w: w.board.loaded and w.proposals.loaded)
        w.show_proposals()
        w.proposals.table.selectRow(0)
        w.view.tick()
        wait(app, 300)
        name = (
            f"proposals-{lang}.png" if width == 1920 else f"proposals-{width}x{height}-{lang}.png"
        )
        save(w.grab(), out / name)
        print(out / name, w.size().toTuple(), w.proposals.model.rowCount(), "proposals;",
              "the queue", w.proposals.width(), "px wide, gave way:",
              [w.proposals.model.headerData(c, Qt.Orientation.Horizontal)
               for c in sorted(w.proposals.table.gave_way)])  # fmt: skip
        w.close()
        db.dispose()


if __name__ == "__main__":
    main()
