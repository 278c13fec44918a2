"""Translations: ours (resources/i18n/console_<lang>.qm) and Qt's own (qtbase_<lang>),
so the standard dialogs' buttons speak the same language as the console."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from console.paths import RESOURCES
from widgets.qt_words import QtWords

log = logging.getLogger(__name__)

I18N = RESOURCES / "i18n"
LANGUAGES = ("zh_CN", "en")
_installed: list[QTranslator] = []  # kept alive: Qt does not own installed translators
_in_force = {"lang": "en", "asked": ""}  # the language in use, and --lang when given


def current_language() -> str:
    """The language the console speaks now (``zh_CN`` or ``en``)."""
    return _in_force["lang"]


def menu_choice(saved: str) -> str:
    """What View → Language ticks: the language in force when ``--lang`` chose it or
    one was saved; "" (follow the system) only when nothing chose."""
    return current_language() if _in_force["asked"] or saved else ""


def choose_language(asked: str | None, saved: str = "") -> str:
    """``--lang`` first, then the saved choice, then the system locale."""
    _in_force["asked"] = asked or ""
    for lang in (asked, saved):
        if lang:
            if lang in LANGUAGES:
                return lang
            if lang.lower().startswith("zh"):
                return "zh_CN"
            if lang.lower().startswith("en"):
                return "en"
            log.warning("language %r is not available; using the system's", lang)
    return "zh_CN" if QLocale.system().name().startswith("zh") else "en"


def install_translators(app: QCoreApplication, lang: str) -> None:
    for old in _installed:
        app.removeTranslator(old)
    _installed.clear()
    _in_force["lang"] = lang
    QLocale.setDefault(QLocale(lang))
    if lang == "en":  # the source language: only its plurals ("1 ticket", "2 tickets")
        plurals = QTranslator(app)
        if plurals.load(str(I18N / "console_en.qm")):
            app.installTranslator(plurals)
            _installed.append(plurals)
        else:
            log.warning("no plural forms for en in %s", I18N)
        return
    words = QtWords(lang, app)  # first in: asked last, after Qt's own file
    app.installTranslator(words)
    _installed.append(words)
    ours = QTranslator(app)
    if ours.load(str(I18N / f"console_{lang}.qm")):
        app.installTranslator(ours)
        _installed.append(ours)
    else:
        log.warning("no translation for %s in %s", lang, I18N)
    qt = QTranslator(app)
    if qt.load(f"qtbase_{lang}", QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)):
        app.installTranslator(qt)
        _installed.append(qt)
