"""Who is on duty: asked once at first start, remembered, shown in the status bar."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from console.supervisors import clean_name
from widgets.dialog_buttons import answer_buttons
from widgets.theme import named_label


class DutyDialog(QDialog):
    def __init__(self, known: list[str], current: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Supervisor on duty"))
        self.setMinimumWidth(380)
        text = QLabel(
            self.tr("Your name signs every action you take in the console. "
                    "It is asked once and remembered on this workstation."),
            self,
        )  # fmt: skip
        text.setWordWrap(True)
        self.name = QLineEdit(current, self)
        self.name.setPlaceholderText(self.tr("Name, e.g. 李娜"))
        self.name.setMaxLength(100)
        self.name.setCompleter(QCompleter(known, self))
        self.known = set(known)
        # OK waits for a name; say so rather than leave a grey button unexplained
        self.hint = named_label("hint", self.tr("Type your name to continue."), self)
        self.buttons = answer_buttons(self)
        self.name.textChanged.connect(self._check)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(self.name)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self.hint.setWordWrap(True)  # and the dialog as tall as its lines (_fit)
        self._check()

    def _check(self) -> None:
        named = bool(clean_name(self.name.text()))
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(named)
        new = named and bool(self.known) and clean_name(self.name.text()) not in self.known
        if not named:
            self.hint.setText(self.tr("Type your name to continue."))
        elif new:  # see join_on_duty: a new name does not act until a supervisor says so
            self.hint.setText(self.tr("A name new to this center joins as a viewer: it sees "
                                      "the board but cannot act until a supervisor gives it "
                                      "the role (staff add NAME --role supervisor)."))  # fmt: skip
        self.hint.setVisible(not named or new)
        self._fit()

    def _fit(self) -> None:
        """Tall enough for the hint's lines at this width (a word-wrapped label's height
        depends on its width, which the minimum size alone does not follow)."""
        box = self.layout()
        if box is None:
            return
        box.activate()
        width = self.width()
        needed = box.totalHeightForWidth(width) if box.hasHeightForWidth() else 0
        if needed > self.height():
            self.resize(width, needed)

    def accept(self) -> None:
        if clean_name(self.name.text()):  # Enter in an empty box: the hint stays, no close
            super().accept()

    def supervisor(self) -> str:
        return clean_name(self.name.text())
