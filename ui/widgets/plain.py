"""Labels that never interpret their text as HTML.

Qt's default `Qt.AutoText` guesses whether a string is rich text; for anything a resident or a
platform controls that guess is an injection hole. Use `PlainLabel` for every such text.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget


class PlainLabel(QLabel):
    """A QLabel locked to plain text."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setText(text)

    def setTextFormat(self, _format: Qt.TextFormat) -> None:
        super().setTextFormat(Qt.TextFormat.PlainText)


class ElidedLabel(PlainLabel):
    """A one-line plain label that ends in "…" when its text does not fit; the whole text is
    its tooltip and accessible name. It never widens its pane (a search may be long)."""

    def __init__(self, text: str = "", parent: QWidget | None = None) -> None:
        self._full = text
        super().__init__(text, parent)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

    def setText(self, text: str) -> None:
        self._full = text
        self.setToolTip(text)
        self.setAccessibleName(text)
        self._elide()

    def full_text(self) -> str:
        return self._full

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        shown = self.fontMetrics().elidedText(
            self._full, Qt.TextElideMode.ElideRight, max(self.contentsRect().width(), 1)
        )
        super().setText(shown)
