"""The assessment's ranking as a Qt table model, and the delegate that draws each
indicator as a number over a small bar.

One row per unit, by rank. An indicator column gives its share (0–1) under
:data:`SHARE_ROLE`, so the delegate can draw the bar without parsing text, and its
counts in the tool tip.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    Qt,
)
from PySide6.QtGui import QColor, QPainter
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from console.assessment import Assessment, UnitAssessment
from widgets import theme
from widgets.labels import fill

SHARE_ROLE = Qt.ItemDataRole.UserRole + 1  # the indicator's share 0–1 (None: nothing to count)
SORT_ROLE = Qt.ItemDataRole.UserRole + 2
UNIT_ROLE = Qt.ItemDataRole.UserRole + 3  # the unit's code, on every column

Index = QModelIndex | QPersistentModelIndex

# (key, header); indicator columns name their indicator in console.assessment
COLUMNS: tuple[tuple[str, object], ...] = (
    ("rank", QT_TRANSLATE_NOOP("Assessment", "Rank")),
    ("name", QT_TRANSLATE_NOOP("Assessment", "Unit")),
    ("score", QT_TRANSLATE_NOOP("Assessment", "Score")),
    ("dispatched", QT_TRANSLATE_NOOP("Assessment", "Dispatched")),
    ("sign", QT_TRANSLATE_NOOP("Assessment", "Signed on time")),
    ("reply", QT_TRANSLATE_NOOP("Assessment", "Replied on time")),
    ("close", QT_TRANSLATE_NOOP("Assessment", "Closed on time")),
    ("satisfaction", QT_TRANSLATE_NOOP("Assessment", "Satisfied")),
    ("returns", QT_TRANSLATE_NOOP("Assessment", "Returns")),
    ("escalations", QT_TRANSLATE_NOOP("Assessment", "Escalations")),
    ("overdue", QT_TRANSLATE_NOOP("Assessment", "Overdue at end")),
)
SHARES = ("sign", "reply", "close", "satisfaction")  # shown as percentages with a bar
COUNTS = {"returns": "returns", "escalations": "escalations", "overdue": "overdue_at_end"}


def _tr(text: object) -> str:
    return QCoreApplication.translate("Assessment", str(text))


class AssessmentModel(QAbstractTableModel):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[UnitAssessment] = []

    def set_assessment(self, assessment: Assessment | None) -> None:
        self.beginResetModel()  # a new period is a new table
        self.rows = list(assessment.units) if assessment else []
        self.endResetModel()

    def unit_at(self, row: int) -> str | None:
        return self.rows[row].unit if 0 <= row < len(self.rows) else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return _tr(COLUMNS[section][1])
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        if not 0 <= index.column() < len(COLUMNS):
            return None
        u = self.rows[index.row()]
        key = COLUMNS[index.column()][0]
        f = u.figures
        if role == UNIT_ROLE:
            return u.unit
        if key in SHARES:
            share = f.indicators()[key]
            if role == SHARE_ROLE:
                return share
            if role == Qt.ItemDataRole.DisplayRole:
                return "—" if share is None else f"{100 * share:.1f}%"
            if role == SORT_ROLE:
                return -1.0 if share is None else share
            if role == Qt.ItemDataRole.ToolTipRole:
                return self._counts_tip(u, key)
        elif role in (Qt.ItemDataRole.DisplayRole, SORT_ROLE):
            value: object = {
                "rank": u.rank,
                "name": u.name,
                "score": u.score,
                "dispatched": f.dispatched,
            }.get(key)
            if key in COUNTS:
                value = getattr(f, COUNTS[key])
            if role == Qt.ItemDataRole.DisplayRole and key == "score":
                return f"{u.score:.2f}"
            return value
        elif role == SHARE_ROLE and key == "score":
            return u.score / 100
        elif role == Qt.ItemDataRole.ToolTipRole and key == "name":
            return f"{u.name} ({u.unit})"
        if role == Qt.ItemDataRole.TextAlignmentRole:
            if key == "name":
                return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def _counts_tip(self, u: UnitAssessment, key: str) -> str:
        f = u.figures
        if key == "sign":
            return fill(QCoreApplication.translate("Assessment", "%1 signed, %2 of them late"),
                        f.signed, f.signed_late)  # fmt: skip
        if key == "reply":
            return fill(QCoreApplication.translate("Assessment", "%1 replied, %2 of them late"),
                        f.replied, f.replied_late)  # fmt: skip
        if key == "close":
            return fill(
                QCoreApplication.translate("Assessment", "%1 closed, %2 with a late deadline"),
                f.closed, f.closed_late)  # fmt: skip
        return fill(
            QCoreApplication.translate("Assessment", "%1 of %2 return visits satisfied or basic"),
            f.satisfied, f.rated)  # fmt: skip


class IndicatorDelegate(QStyledItemDelegate):
    """A share as its number with a thin bar under it, coloured by how good it is."""

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        super().paint(painter, option, index)
        share = index.data(SHARE_ROLE)
        if share is None:
            return
        pal = theme.current()
        colour = pal.ok if share >= 0.9 else pal.warning if share >= 0.75 else pal.overdue
        rect = QRectF(option.rect).adjusted(6, 0, -6, -3)  # type: ignore[attr-defined]
        track = QRectF(rect.left(), rect.bottom() - 3, rect.width(), 3)
        painter.save()
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(pal.border))
        painter.drawRect(track)
        painter.setBrush(QColor(colour))
        painter.drawRect(QRectF(track.left(), track.top(), track.width() * share, 3))
        painter.restore()
