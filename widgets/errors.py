"""Database errors told as one sentence a supervisor understands, the driver's words
behind a "Details" button (the start-up dialog, the detail pane, the import)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from console.errors import error_kind, mask_secrets

SENTENCES = {
    "unreachable": QT_TRANSLATE_NOOP(
        "Errors", "The database server does not answer. Check the network and that the "
        "server is running; the console keeps trying."),
    "auth": QT_TRANSLATE_NOOP(
        "Errors", "The database refused the user name or password the console signs in with."),
    "no_database": QT_TRANSLATE_NOOP(
        "Errors", "The database named in the connection settings does not exist."),
    "locked": QT_TRANSLATE_NOOP(
        "Errors", "The database file is busy with another program. Try again in a moment."),
    "not_database": QT_TRANSLATE_NOOP(
        "Errors", "The file is not a database of this console, or it is damaged."),
    "unreadable_file": QT_TRANSLATE_NOOP(
        "Errors", "The database file cannot be opened: check that its folder exists and "
        "that this account may write there."),
    "bad_url": QT_TRANSLATE_NOOP(
        "Errors", "The database address (--db) is not one this console can use."),
    "other": QT_TRANSLATE_NOOP(
        "Errors", "The database reported an error. The details say which."),
}  # fmt: skip


def sentence(detail: str) -> str:
    """The one sentence for a database error whose driver message is ``detail``."""
    return QCoreApplication.translate("Errors", str(SENTENCES[error_kind(detail)]))


def told(detail: str) -> str:
    """What a supervisor is told of an error from below: a database error's sentence; any
    other error's own first line (a file that cannot be written says so itself)."""
    text = mask_secrets(detail.strip())
    if error_kind(text) != "other" or text.startswith("("):  # SQLAlchemy: "(driver.Error)"
        return sentence(text)
    return (text.splitlines() or [""])[0]


def error_box(parent: QWidget | None, title: str, lead: str, detail: str) -> QMessageBox:
    """A message box: ``lead`` (what failed), the sentence, the driver's words under the
    box's "Show Details…" button."""
    box = QMessageBox(QMessageBox.Icon.Critical, title, lead, parent=parent)
    box.setInformativeText(sentence(detail))
    box.setDetailedText(detail)
    return box
