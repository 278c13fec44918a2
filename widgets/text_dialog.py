"""A short text for an action: a note, an urge's words, an office's reply, an outcome."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from widgets.dialog_buttons import answer_buttons
from widgets.theme import named_label

MAX_TEXT = 2000  # a note is a few sentences; the database keeps more, the dialog asks less


class TextDialog(QDialog):
    """``prompt`` above a text box; OK waits for text when ``required``."""

    def __init__(
        self,
        title: str,
        prompt: str,
        *,
        required: bool,
        ok_text: str = "",
        summary: str = "",
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(460)
        self.required = required
        layout = QVBoxLayout(self)
        if summary:
            what = QLabel(summary, self)
            what.setWordWrap(True)
            what.setObjectName("dialogSummary")
            layout.addWidget(what)
        label = QLabel(prompt, self)
        label.setWordWrap(True)
        self.text = QPlainTextEdit(self)
        self.text.setTabChangesFocus(True)
        self.text.setFixedHeight(self.fontMetrics().lineSpacing() * 5 + 16)
        label.setBuddy(self.text)
        self.hint = named_label("hint", "", self)
        self.buttons = answer_buttons(self, ok_text or "")
        self.text.textChanged.connect(self._check)
        layout.addWidget(label)
        layout.addWidget(self.text)
        layout.addWidget(self.hint)
        layout.addWidget(self.buttons)
        self._check()

    def value(self) -> str:
        return self.text.toPlainText().strip()

    def _check(self) -> None:
        text = self.value()
        too_long = len(text) > MAX_TEXT
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled((bool(text) or not self.required) and not too_long)
        if too_long:
            self.hint.setText(self.tr("At most %1 characters.").replace("%1", str(MAX_TEXT)))
        elif self.required and not text:
            self.hint.setText(self.tr("Type the text to continue."))
        else:
            self.hint.setText("")
        self.hint.setVisible(bool(self.hint.text()))

    def accept(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is None or ok.isEnabled():
            super().accept()
