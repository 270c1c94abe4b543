"""Window state and personal preferences, kept apart from the data (Picard's `persist`).

Stored in an ini file in the configuration folder, never in the database, so that a shared
PostgreSQL database does not carry one workstation's window size to another. What the team
shares (office hours, closing days, the response target) is the team's service policy, in the
database (`webcare.team`), never here.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import Queue, SortOrder

# Version 2: office hours, closing days and the response target left the ini file for the
# team's service policy in the database. Nothing is carried over: one workstation's guess is
# not the team's policy, and an administrator sets it on the Settings page.
TEAM_POLICY_KEYS = (
    "inbox/days",
    "inbox/start",
    "inbox/end",
    "inbox/target_minutes",
    "inbox/holidays",
    "inbox/closed",
)


def _drop_team_policy(settings: QSettings) -> None:
    for key in TEAM_POLICY_KEYS:
        settings.remove(key)


# The settings migrations: each step upgrades from the version before it (Picard's
# config_upgrade). Version 1 is the first.
UPGRADES: list[tuple[int, Callable[[QSettings], None]]] = [(2, _drop_team_policy)]
STATE_VERSION = UPGRADES[-1][0]


class UiState:
    """Typed access to the persisted window state and preferences."""

    def __init__(self, folder: Path) -> None:
        folder.mkdir(parents=True, exist_ok=True)
        self.path = folder / "ui-state.ini"
        self._settings = QSettings(str(self.path), QSettings.Format.IniFormat)
        self._upgrade()

    def _upgrade(self) -> None:
        try:
            version = int(str(self._settings.value("state_version", 0)))
        except ValueError:
            version = 0
        for step, upgrade in UPGRADES:
            if version < step:
                upgrade(self._settings)
        if version < STATE_VERSION:
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

    # ---- inbox

    @property
    def inbox_queue(self) -> Queue:
        value = str(self._settings.value("inbox/queue", Queue.OPEN.value))
        return Queue(value) if value in Queue.__members__.values() else Queue.OPEN

    @inbox_queue.setter
    def inbox_queue(self, value: Queue) -> None:
        self._settings.setValue("inbox/queue", value.value)

    @property
    def inbox_sort(self) -> SortOrder:
        value = str(self._settings.value("inbox/sort", SortOrder.WAITING.value))
        return SortOrder(value) if value in SortOrder.__members__.values() else SortOrder.WAITING

    @inbox_sort.setter
    def inbox_sort(self, value: SortOrder) -> None:
        self._settings.setValue("inbox/sort", value.value)

    @property
    def inbox_splitter(self) -> QByteArray | None:
        return self._bytes("inbox/splitter")

    @inbox_splitter.setter
    def inbox_splitter(self, value: QByteArray) -> None:
        self._settings.setValue("inbox/splitter", value)

    @property
    def inbox_preferences(self) -> InboxPreferences:
        """The agent's notifications and the queues they follow."""
        default = InboxPreferences()
        settings = self._settings
        followed = str(settings.value("inbox/followed", ",".join(sorted(default.followed))))
        return InboxPreferences(
            notify=str(settings.value("inbox/notify", "true")).lower() == "true",
            followed=frozenset(Queue(q) for q in followed.split(",") if q in set(Queue)),
            move_on_after_reply=str(settings.value("inbox/move_on_after_reply", "true")).lower()
            == "true",
        )

    @inbox_preferences.setter
    def inbox_preferences(self, value: InboxPreferences) -> None:
        settings = self._settings
        settings.setValue("inbox/notify", "true" if value.notify else "false")
        settings.setValue("inbox/followed", ",".join(sorted(value.followed)))
        settings.setValue(
            "inbox/move_on_after_reply", "true" if value.move_on_after_reply else "false"
        )

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
