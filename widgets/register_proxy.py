"""The register's filters: office, status, unit and period, on the model's raw roles."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QObject, QPersistentModelIndex, QSortFilterProxyModel

from widgets.register_model import RegisterModel, RRole

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class RegisterFilter:
    office: str = ""  # "" for any
    status: str = ""  # a status, "still_open" (open or acknowledged), "overdue", or ""
    unit: str = ""
    since: float | None = None  # opened at or after (epoch seconds)
    until: float | None = None  # opened before


class RegisterProxy(QSortFilterProxyModel):
    def __init__(self, model: RegisterModel, parent: QObject | None = None) -> None:
        # not a child of its source: PySide6 6.11's garbage collector crashes clearing a
        # proxy wrapper whose C++ object its parent model had already deleted
        super().__init__(parent)
        self.setSourceModel(model)
        self.current = RegisterFilter()

    def set_filter(self, new: RegisterFilter) -> bool:
        """Filter anew only when the filter really changed."""
        if new == self.current:
            return False
        self.beginFilterChange()
        self.current = new
        self.endFilterChange()
        return True

    def filterAcceptsRow(self, row: int, parent: Index) -> bool:
        f = self.current
        index = self.sourceModel().index(row, 0, parent)
        if f.office and index.data(RRole.OFFICE) != f.office:
            return False
        status = index.data(RRole.STATUS)
        if f.status == "still_open" and status not in ("open", "acknowledged"):
            return False
        if f.status == "overdue" and not index.data(RRole.OVERDUE):
            return False
        if f.status not in ("", "still_open", "overdue") and status != f.status:
            return False
        if f.unit and index.data(RRole.UNIT) != f.unit:
            return False
        opened = index.data(RRole.OPENED)
        if f.since is not None and opened < f.since:
            return False
        return not (f.until is not None and opened >= f.until)
