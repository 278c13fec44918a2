"""The bulletin's chart of overdue per day, drawn with QPainter into a PNG.

The PDF embeds the picture (a data: URI in the bulletin's HTML), drawn at twice the
size it is printed so it stays sharp on paper.
"""

from __future__ import annotations

import base64

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QImage, QPainter, QPen

from widgets.pdf_render import ensure_gui_app

WIDTH, HEIGHT = 1600, 560  # pixels; printed 16 cm wide
_BAR = QColor("#c0392b")
_GRID = QColor("#d0d4da")
_TEXT = QColor("#333333")


def _nice_step(top: int) -> int:
    """A round grid step giving about five lines up to ``top``."""
    step = 1
    while top / step > 6:
        for factor in (2, 2.5, 2):
            step = int(step * factor)
            if top / step <= 6:
                break
    return max(step, 1)


def render_overdue_chart(labels: list[str], values: list[int], title: str) -> str:
    """The chart as a PNG data: URI, bars per day with a labelled scale. ``title`` is
    the image's description (the page's heading names the chart)."""
    ensure_gui_app()
    image = QImage(WIDTH, HEIGHT, QImage.Format.Format_ARGB32)
    image.fill(QColor("white"))
    image.setText("Description", title)
    p = QPainter(image)
    p.setRenderHint(QPainter.RenderHint.Antialiasing)
    font = QFont()
    font.setPixelSize(24)
    p.setFont(font)
    left, right, top, bottom = 90.0, 50.0, 24.0, 56.0
    plot = QRectF(left, top, WIDTH - left - right, HEIGHT - top - bottom)
    peak = max(values, default=0)
    step = _nice_step(max(peak, 1))
    ceiling = max(step, ((peak + step - 1) // step) * step)
    for v in range(0, ceiling + 1, step):
        y = plot.bottom() - plot.height() * v / ceiling
        p.setPen(QPen(_GRID, 1))
        p.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        p.setPen(_TEXT)
        p.drawText(QRectF(0, y - 14, left - 12, 28),
                   Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter, str(v))  # fmt: skip
    n = max(len(values), 1)
    slot = plot.width() / n
    label_every = -(-n // 12)  # at most 12 day labels: they stay apart
    for i, (label, v) in enumerate(zip(labels, values, strict=False)):
        h = plot.height() * v / ceiling
        x = plot.left() + i * slot
        p.fillRect(QRectF(x + slot * 0.15, plot.bottom() - h, slot * 0.7, h), _BAR)
        if i % label_every == 0:
            p.setPen(_TEXT)
            p.drawText(QRectF(x - 30, plot.bottom() + 8, slot + 60, 30),
                       Qt.AlignmentFlag.AlignHCenter, label)  # fmt: skip
    p.setPen(QPen(_TEXT, 2))
    p.drawLine(plot.bottomLeft(), plot.bottomRight())
    p.end()
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")  # type: ignore[call-overload]
    buffer.close()
    return "data:image/png;base64," + base64.b64encode(bytes(data.data())).decode("ascii")
