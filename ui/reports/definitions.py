"""The "how is this counted" panel beside the figures: each figure's definition, as the README's
"How the reports count" gives it (`ReportTexts.definitions`)."""

from __future__ import annotations

from PySide6.QtGui import QFont, QTextCharFormat
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.reports.texts import ReportTexts


class DefinitionsPanel(QTextBrowser):
    def __init__(self, texts: ReportTexts, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.texts = texts
        self.setObjectName("Definitions")
        self.setMinimumWidth(320)
        self.hide()

    def show_definitions(self, shown: bool) -> None:
        """Show (in the current language) or hide the definitions."""
        self.setVisible(shown)
        if not shown:
            return
        self.clear()
        cursor = self.textCursor()
        bold = QTextCharFormat()
        bold.setFontWeight(QFont.Weight.Bold)
        for name, text in self.texts.definitions():
            cursor.insertText(name + "\n", bold)
            cursor.insertText(text + "\n\n", QTextCharFormat())
