"""The answer buttons every asking dialog ends with, wired the same way everywhere."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox

Button = QDialogButtonBox.StandardButton


def answer_buttons(
    dialog: QDialog, primary: str = "", *, main: Button = Button.Ok
) -> QDialogButtonBox:
    """``main`` (OK) and Cancel, accepting and rejecting ``dialog``; ``primary`` names the
    main button by what it does ("Coordinate", "Extend") rather than "OK"."""
    box = QDialogButtonBox(main | Button.Cancel, dialog)
    button = box.button(main)
    if primary and button is not None:
        button.setText(primary)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box
