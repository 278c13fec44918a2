"""Words of Qt's own dialogs that Qt's Chinese translation (qtbase_zh_CN) lacks.

Qt 6's file dialog labels gained accelerators ("&Look in:") that its zh_CN file does not
have, so a Chinese console showed English in its file dialogs. This translator answers
for those few words; installed before Qt's own, it is asked only when Qt's has no answer.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTranslator

# (context, source) as Qt asks for them: found by listing what the dialog asked for and
# no translator answered
QT_WORDS = {
    "zh_CN": {
        ("QFileDialog", "&Look in:"): "查找范围(&L)：",
        ("QFileDialog", "Files of &type:"): "文件类型(&T)：",
        ("QAbstractFileIconProvider", "Folder"): "文件夹",
        ("QAbstractFileIconProvider", "Drive"): "驱动器",
    },
}


class QtWords(QTranslator):
    def __init__(self, lang: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.words = QT_WORDS.get(lang, {})

    def translate(
        self, context: str, source: str, disambiguation: str | None = None, n: int = -1
    ) -> str | None:
        # None is Qt's "no translation here" (a null string); "" would be a translation
        return self.words.get((context, source))

    def isEmpty(self) -> bool:  # noqa: N802 - Qt's name
        return not self.words
