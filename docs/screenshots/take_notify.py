"""Take the notification screenshots offscreen: ``python docs/screenshots/take_notify.py``.

The simulated city of ``take.py`` (seed 7) up to Wednesday 2024-10-09 15:20. The center
was last swept at 15:00; the console opens and sweeps at 15:20, so what crossed a line in
those twenty minutes arrives as toasts. Saves, in Chinese and English:
``notify-center-*`` (the window with the center open, a group expanded), ``notify-bell-*``
(the status bar's bell with its unread badge, the center closed), ``notify-toasts-*``
(a 1366×768 laptop's window with the toast stack over the board's corner, clear of the
center's buttons) and ``notify-tray-*`` (the tray icon and menu).
"""

from __future__ import annotations

import os
import sys
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(Path(__file__).resolve().parent))
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from shotkit import Quiet, private_folders, save, wait  # noqa: E402 - beside this file

_tmp = private_folders("hotline-shots-")

from PySide6.QtCore import QPoint, QRect, Qt  # noqa: E402
from PySide6.QtGui import QColor, QPainter, QPixmap  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from take import MOMENT, simulated_city  # noqa: E402 - beside this file

import widgets  # noqa: E402,F401 - the Signal.emit work-around first
from console.clock import FakeClock  # noqa: E402
from console.notify_sweep import sweep  # noqa: E402
from console.policy import load_policy  # noqa: E402
from widgets.i18n import install_translators  # noqa: E402
from widgets.main_window import MainWindow  # noqa: E402
from widgets.notify_tray import badge_icon  # noqa: E402
from widgets.settings import AppSettings  # noqa: E402
from widgets.theme import apply_theme  # noqa: E402


def main() -> None:
    out = Path(sys.argv[1]) if len(sys.argv) > 1 else ROOT / "docs" / "screenshots"
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    policy = load_policy("haikou")
    for lang in ("zh_CN", "en"):
        db = simulated_city(_tmp / f"city-{lang}.db", policy)
        sweep(db, MOMENT - timedelta(minutes=20), policy)  # the center's last sweep
        install_translators(app, lang)
        apply_theme(app, "light")
        clock = FakeClock(MOMENT)
        w = MainWindow(engine=db, policy=policy, clock=clock,
                       settings=AppSettings(_tmp / f"{lang}.ini"),
                       supervisor="李娜" if lang == "zh_CN" else "Li Na", poll_ms=200,
                       sound=Quiet(), notify_sweep_s=0)  # fmt: skip
        w.resize(1920, 1080)
        w.show()
        w.start()
        desk = w.notices
        wait(app, 5000, lambda w=w: w.board.loaded and w.notices.loaded)
        desk.center.hide()
        desk.service.sweep()  # the console's first sweep, at 15:20
        wait(app, 500)
        _bell(w, out / f"notify-bell-{lang}.png")  # unread while the center is away
        desk.show_center()
        w.resizeDocks([desk.center], [430], Qt.Orientation.Vertical)
        tree = desk.center.tree
        tree.expand(desk.model.index(0, 0))
        tree.setCurrentIndex(desk.model.index(0, 0))
        w.view.tick()
        wait(app, 300)
        save(w.grab(), out / f"notify-center-{lang}.png")
        w.fit_screen(QRect(0, 0, 1366, 728))  # a laptop less its panel: the toasts follow
        wait(app, 300)
        _toasts(w, desk, out / f"notify-toasts-{lang}.png")
        _tray(desk, out / f"notify-tray-{lang}.png")
        w.close()
        db.dispose()


def _toasts(w: MainWindow, desk: object, path: Path) -> None:
    """The whole window with the toasts where they stand (over the board's rows, bottom
    right, above the notification center and its buttons)."""
    stack = desk.toasts  # type: ignore[attr-defined]
    frame = w.geometry()
    shot = QPixmap(frame.size())
    painter = QPainter(shot)
    painter.drawPixmap(QPoint(0, 0), w.grab())
    for toast in stack.toasts:
        painter.drawPixmap(toast.geometry().topLeft() - frame.topLeft(), toast.grab())
    painter.end()
    save(shot, path)
    print(path)


def _bell(w: MainWindow, path: Path) -> None:
    """The status bar's right end: the bell with the unread number on its badge."""
    bar = w.statusBar()
    bell = w.notices.bell
    left = max(0, bell.mapTo(bar, QPoint(0, 0)).x() - 360)
    save(bar.grab(QRect(left, 0, bar.width() - left, bar.height())), path)
    print(path, bell.badge)


def _tray(desk: object, path: Path) -> None:
    tray = desk.tray  # type: ignore[attr-defined]
    menu = tray.menu
    menu.adjustSize()
    menu_shot = menu.grab()
    icon = badge_icon(tray.count).pixmap(64, 64)
    shot = QPixmap(menu_shot.width() + 24, menu_shot.height() + 96)
    shot.fill(QColor("#2b2f36"))  # a desktop panel's colour
    painter = QPainter(shot)
    painter.drawPixmap(QPoint(12, 12), menu_shot)
    painter.drawPixmap(QPoint(shot.width() - 76, shot.height() - 76), icon)
    painter.end()
    save(shot, path)
    print(path)


if __name__ == "__main__":
    main()
