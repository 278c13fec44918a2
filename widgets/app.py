"""Starting the GUI: application, language, theme, database, clock, who is on duty, and
the supervisor's window or the wall display."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from console.clock import clock_for
from console.errors import first_line
from console.policy import PolicyError, load_policy
from console.supervisors import known_supervisors, remember_supervisor
from db.engine import make_engine
from widgets.duty_dialog import DutyDialog
from widgets.i18n import choose_language, install_translators
from widgets.labels import fill
from widgets.live_board import LiveBoard
from widgets.main_window import MainWindow
from widgets.settings import AppSettings
from widgets.theme import apply_theme, icon
from widgets.wall import WallWindow

log = logging.getLogger("widgets.app")


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    app.setApplicationName("hotline-console")
    app.setApplicationDisplayName("12345")
    app.setOrganizationName("hotline")
    app.setWindowIcon(icon("app"))
    return app


def ask_supervisor(settings: AppSettings, engine: object) -> str | None:
    """The supervisor on duty: remembered, or asked once (None when they cancel)."""
    name: str = settings.get("duty/supervisor")
    if name:
        return name
    try:
        known = known_supervisors(engine)  # type: ignore[arg-type]
    except Exception:
        known = []
    dialog = DutyDialog(known)
    if not dialog.exec() or not dialog.supervisor():
        return None
    settings.set("duty/supervisor", dialog.supervisor())
    return dialog.supervisor()


def run_gui(args: argparse.Namespace) -> int:
    app = _application()
    settings = AppSettings()
    install_translators(app, choose_language(args.lang, settings.get("ui/language")))
    apply_theme(app, settings.get("ui/theme"))
    try:
        policy = load_policy(args.policy)
    except PolicyError as exc:
        # start-up messages come before any window: their context is "app"
        text = QCoreApplication.translate("app", "The policy cannot be used:\n%1")
        QMessageBox.critical(None, QCoreApplication.translate("app", "Policy"), fill(text, exc))
        return 2
    demo_url = None
    if args.demo:
        from widgets.demo import demo_url as new_demo_url

        demo_url = new_demo_url()
    url = demo_url or args.db
    try:
        engine = make_engine(url)
    except Exception as exc:
        log.error("cannot open the database %s: %s", url, exc)
        text = QCoreApplication.translate("app", "The database cannot be opened:\n%1")
        title = QCoreApplication.translate("app", "Database")
        QMessageBox.critical(None, title, fill(text, first_line(exc)))
        return 1
    clock = clock_for(engine)

    demo = None
    if demo_url:
        from widgets.demo import DemoCity

        demo = DemoCity(engine, policy)
    live = LiveBoard(engine, policy, clock)  # the one live board the windows share
    window: WallWindow | MainWindow
    if args.wall:
        window = WallWindow(engine=engine, policy=policy, clock=clock, demo=bool(demo), live=live)
        window.showFullScreen()
    else:
        supervisor = ask_supervisor(settings, engine)
        if supervisor is None:
            return 0
        try:
            remember_supervisor(engine, supervisor, clock.now())
        except Exception as exc:  # remembered in the settings; the table learns it later
            log.warning("could not record the supervisor on duty: %s", exc)
        window = MainWindow(
            engine=engine, policy=policy, clock=clock, settings=settings, supervisor=supervisor,
            live=live,
        )  # fmt: skip
        window.show()
    live.start()
    window.start()
    if demo is not None:
        demo.start()
    try:
        return app.exec()
    finally:
        if demo is not None:
            demo.stop()
        window.stop()
        live.stop()
        engine.dispose()
