"""Window state and interface preferences, kept apart from the data (Picard's `persist`).

Stored in an ini file in the configuration folder, never in the database, so that a shared
PostgreSQL database does not carry one workstation's window size to another.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

STATE_VERSION = 1


class UiState:
    """Typed access to the persisted window state and preferences."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "ui-state.ini"
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        # Later versions append steps here, like Picard's config_upgrade; version 1 is the first.
        if int(self._settings.value("state_version", 0)) < STATE_VERSION:
            self._settings.setValue("state_version", STATE_VERSION)

    def _bytes(self, key: str) -> QByteArray | None:
        value = self._settings.value(key)
        return value if isinstance(value, QByteArray) and not value.isEmpty() else None

    @property
    def window_geometry(self) -> QByteArray | None:
        return self._bytes("main_window/geometry")

    @window_geometry.setter
    def window_geometry(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/geometry", value)

    @property
    def window_state(self) -> QByteArray | None:
        return self._bytes("main_window/state")

    @window_state.setter
    def window_state(self, value: QByteArray) -> None:
        self._settings.setValue("main_window/state", value)

    @property
    def page(self) -> str:
        return str(self._settings.value("main_window/page", "inbox"))

    @page.setter
    def page(self, value: str) -> None:
        self._settings.setValue("main_window/page", value)

    @property
    def language(self) -> str | None:
        value = self._settings.value("interface/language")
        return str(value) if value in ("nl", "en") else None

    @language.setter
    def language(self, value: str) -> None:
        self._settings.setValue("interface/language", value)

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
