"""Starting the GUI: application, language, theme, database, clock, who is on duty, and
the supervisor's window or the wall display."""

from __future__ import annotations

import argparse
import logging
import sys

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QApplication, QMessageBox

from console.clock import clock_for
from console.errors import error_detail
from console.kpi_targets import parse_targets
from console.policy import PolicyError, load_policy
from console.supervisors import join_on_duty, known_supervisors
from console.wall_options import PAGES as WALL_PAGES
from console.wall_options import parse_pages
from db.engine import describe_url, make_engine, mask_secrets
from widgets.duty_dialog import DutyDialog
from widgets.errors import error_box
from widgets.i18n import choose_language, install_translators
from widgets.labels import fill
from widgets.live_board import LiveBoard
from widgets.main_window import MainWindow
from widgets.settings import AppSettings
from widgets.theme import apply_theme, icon
from widgets.wall import WallWindow
from widgets.wall.kpi_page import TILES

log = logging.getLogger(__name__)


def _application() -> QApplication:
    app = QApplication.instance()
    if isinstance(app, QApplication):
        return app
    app = QApplication(sys.argv[:1])
    name_application(app)
    return app


def name_application(app: QApplication) -> None:
    app.setApplicationName("hotline-console")
    # no display name: Qt would append it to every window title ("12345 … — 12345")
    app.setOrganizationName("hotline")
    app.setWindowIcon(icon("app"))


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


def wall_screen(number: int | None, settings: AppSettings) -> QScreen | None:
    """The screen the wall fills: ``--screen N``, else the setting; None (said on stderr)
    when there is no such screen."""
    screens = QGuiApplication.screens()
    chosen = number if number is not None else settings.get("wall/screen")
    if 0 <= chosen < len(screens):
        return screens[chosen]
    if number is None:  # a stale setting (the screen was unplugged): the primary one
        log.warning("wall/screen %s: no such screen, using the primary", chosen)
        return QGuiApplication.primaryScreen()
    print(f"error: no screen {chosen}: this display has {len(screens)} "
          f"(0–{len(screens) - 1})", file=sys.stderr)  # fmt: skip
    return None


def open_wall(
    args: argparse.Namespace, settings: AppSettings, live: LiveBoard, *, demo: bool
) -> WallWindow:
    """The wall display as the command line and the settings ask (the line wins)."""
    pages = getattr(args, "pages", None)
    if not pages:
        try:
            pages = parse_pages(settings.get("wall/pages"))
        except ValueError as exc:
            log.warning("wall/pages: %s; showing all pages", exc)
            pages = WALL_PAGES
    interval = getattr(args, "interval", None) or settings.get("wall/interval")
    tiles = tuple(t.strip() for t in settings.get("wall/tiles").split(",") if t.strip())
    return WallWindow(
        live=live, pages=pages, interval=interval, tiles=tiles or TILES, demo=demo,
        targets=parse_targets(settings.get("wall/targets")),
    )  # fmt: skip


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
        engine = make_engine(url, on_create=log.warning)
    except Exception as exc:
        detail = mask_secrets(error_detail(exc))
        log.error("cannot open the database %s: %s", describe_url(url), detail)
        lead = QCoreApplication.translate("app", "The database cannot be opened.")
        title = QCoreApplication.translate("app", "Database")
        error_box(None, title, lead, detail).exec()
        return 1
    clock = clock_for(engine)

    demo = None
    if demo_url:
        from widgets.demo import DemoCity

        demo = DemoCity(engine, policy)
    live = LiveBoard(engine, policy, clock)  # the one live board the windows share
    window: WallWindow | MainWindow
    if args.wall:
        screen = wall_screen(getattr(args, "screen", None), settings)
        if screen is None:
            return 2
        window = open_wall(args, settings, live, demo=bool(demo))
        window.place(screen)
    else:
        supervisor = ask_supervisor(settings, engine)
        if supervisor is None:
            return 0
        try:
            join_on_duty(engine, supervisor, clock.now())
        except Exception as exc:  # remembered in the settings; the table learns it later
            log.warning("could not record the supervisor on duty: %s", exc)
        window = MainWindow(
            engine=engine, policy=policy, clock=clock, settings=settings, supervisor=supervisor,
            live=live,
        )  # fmt: skip
        window.show()
    if demo is None:
        live.start()
    else:  # the board reads the demo's file once the city's first day is in it
        demo.start_when_filled(live.start)
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
