"""The settings page: interface language and facts about this installation."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QGroupBox,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from ui.widgets.page import Page
from ui.widgets.plain import PlainLabel
from webcare import __version__
from webcare.config import Settings

LANGUAGE_NAMES = {"nl": "Nederlands", "en": "English"}  # each in its own language, never translated


class SettingsPage(Page):
    """Signals:
    language_requested(str): the user picked another interface language.
    """

    page_id = "settings"
    language_requested = Signal(str)

    def __init__(
        self, settings: Settings, revision: str | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self._title = QLabel(self)
        self._title.setObjectName("PageTitle")
        self._title.setTextFormat(Qt.TextFormat.PlainText)

        self._interface = QGroupBox(self)
        self._language = QComboBox(self._interface)
        for code, name in LANGUAGE_NAMES.items():
            self._language.addItem(name, code)
        self._language_label = QLabel(self._interface)
        self._language_label.setBuddy(self._language)
        interface_form = QFormLayout(self._interface)
        interface_form.addRow(self._language_label, self._language)

        self._installation = QGroupBox(self)
        self._facts: list[tuple[QLabel, PlainLabel]] = []
        installation_form = QFormLayout(self._installation)
        for value in (
            __version__,
            settings.display_db_url(),
            revision or "-",
            str(settings.data_dir),
        ):
            label, shown = QLabel(self._installation), PlainLabel(value, self._installation)
            shown.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            installation_form.addRow(label, shown)
            self._facts.append((label, shown))

        # The groups scroll when the window is too low for them all.
        content = QWidget(self)
        content.setObjectName("SettingsContent")
        layout = QVBoxLayout(content)
        layout.setContentsMargins(32, 28, 32, 28)
        layout.setSpacing(16)
        layout.addWidget(self._title)
        layout.addWidget(self._interface)
        layout.addWidget(self._installation)
        layout.addStretch(1)
        self._layout = layout
        self.scroll_area = QScrollArea(self)
        self.scroll_area.setObjectName("SettingsScroll")
        self.scroll_area.setWidgetResizable(True)
        self.scroll_area.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll_area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll_area.setWidget(content)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.scroll_area)

        self._language.activated.connect(self._on_language_activated)
        self.retranslate_ui()

    def title(self) -> str:
        return self.tr("Settings")

    def add_section(self, section: QWidget) -> None:
        """Add another part's settings group (the inbox's, for one), above "This installation"."""
        self._layout.insertWidget(self._layout.indexOf(self._installation), section)
        section.show()

    def show_language(self, code: str) -> None:
        """Show `code` as the selected language without emitting a request."""
        self._language.setCurrentIndex(self._language.findData(code))

    def _on_language_activated(self, index: int) -> None:
        self.language_requested.emit(self._language.itemData(index))

    def retranslate_ui(self) -> None:
        self._title.setText(self.title())
        self.setAccessibleName(self.title())
        self._interface.setTitle(self.tr("Interface"))
        self._language_label.setText(self.tr("&Language:"))
        self._language.setAccessibleName(self.tr("Interface language"))
        self._installation.setTitle(self.tr("This installation"))
        names = (
            self.tr("Webcare version:"),
            self.tr("Database:"),
            self.tr("Schema revision:"),
            self.tr("Data folder:"),
        )
        for (label, shown), name in zip(self._facts, names, strict=True):
            label.setText(name)
            shown.setAccessibleName(name.rstrip(":"))
