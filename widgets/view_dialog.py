"""Saving the filters as a view: a name suggested from what the filters show, the
filters spelled out, and a word when the name replaces a view already saved."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from widgets.dialog_buttons import answer_buttons
from widgets.theme import named_label

MAX_NAME = 40  # a view's name sits in a combo box beside the filters


def suggest_name(parts: list[str], fallback: str) -> str:
    """A name from the filters' words (``单位1 · 逾期``), short enough for the combo box."""
    name = " · ".join(p for p in parts if p) or fallback
    return name if len(name) <= MAX_NAME else name[: MAX_NAME - 1] + "…"


class SaveViewDialog(QDialog):
    def __init__(
        self,
        suggested: str,
        summary: str,
        taken: list[str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.taken = set(taken)
        self.setWindowTitle(self.tr("Save view"))
        self.setMinimumWidth(440)
        intro = QLabel(self.tr("Save the filters in force as a view, to come back to them "
                               "with one click or Ctrl+1…9."), self)  # fmt: skip
        intro.setWordWrap(True)
        shows = named_label("hint", summary, self)
        shows.setWordWrap(True)
        self.name = QLineEdit(suggested, self)
        self.name.setMaxLength(MAX_NAME)
        self.name.selectAll()
        self.note = named_label("hint", "", self)
        self.buttons = answer_buttons(self, main=QDialogButtonBox.StandardButton.Save)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.setSpacing(8)
        layout.addWidget(intro)
        layout.addWidget(shows)
        layout.addWidget(named_label("fieldName", self.tr("Name of the view:"), self))
        layout.addWidget(self.name)
        layout.addWidget(self.note)
        layout.addWidget(self.buttons)
        self._check()

    def view_name(self) -> str:
        return self.name.text().strip()

    def _check(self) -> None:
        name = self.view_name()
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        if save is not None:
            save.setEnabled(bool(name))
        if not name:
            self.note.setText(self.tr("Type a name to save the view."))
        elif name in self.taken:
            self.note.setText(self.tr("A view of this name exists: saving replaces it."))
        else:
            self.note.setText("")
        self.note.setVisible(bool(self.note.text()))

    def accept(self) -> None:
        if self.view_name():
            super().accept()
