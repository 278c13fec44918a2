"""HTML to a printable A4 PDF (QTextDocument + QPdfWriter), from the window or the
command line.

QPdfWriter embeds the fonts the text is drawn with (subsets of the CJK font included),
so a bulletin or notice prints the same on a machine without Chinese fonts. On the
command line there is no application yet: an offscreen QGuiApplication is made, since
laying out text needs one.
"""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QMarginsF, QSizeF
from PySide6.QtGui import QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

_app: QGuiApplication | None = None  # the one made here, kept alive


def ensure_gui_app() -> None:
    """A QGuiApplication for painting, made offscreen when the program has none."""
    global _app
    if QGuiApplication.instance() is None:
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        _app = QGuiApplication([])


def write_pdf(html: str, path: Path) -> None:
    """Write ``html`` as an A4 portrait PDF at ``path`` (replaced whole or not at all)."""
    ensure_gui_app()
    partial = path.with_name(f".{path.name}.part")
    writer = QPdfWriter(str(partial))
    writer.setResolution(300)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(15, 15, 15, 15),
            QPageLayout.Unit.Millimeter,
        )
    )
    writer.setCreator("12345 hotline console")
    doc = QTextDocument()
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    # lay the text out on the page's printable width, in the writer's points
    rect = writer.pageLayout().paintRectPoints()
    doc.setPageSize(QSizeF(rect.width(), rect.height()))
    doc.print_(writer)
    del writer  # closes the file
    try:
        partial.replace(path)
    except OSError:
        partial.unlink(missing_ok=True)
        raise
