"""Window state and interface preferences, kept apart from the data (Picard's `persist`).

Stored in an ini file in the configuration folder, never in the database, so that a shared
PostgreSQL database does not carry one workstation's window size to another.
"""

from __future__ import annotations

import contextlib
from datetime import date, time
from pathlib import Path

from PySide6.QtCore import QByteArray, QSettings

from webcare.inbox.notifications import InboxPreferences
from webcare.inbox.queries import Queue, SortOrder

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
        if int(str(self._settings.value("state_version", 0))) < STATE_VERSION:
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
        """Notifications, followed queues, office hours and the response target."""
        default = InboxPreferences()
        settings = self._settings

        def number(key: str, fallback: int) -> int:
            try:
                return int(str(settings.value(key, fallback)))
            except (TypeError, ValueError):
                return fallback

        def clock(key: str, fallback: time) -> time:
            try:
                return time.fromisoformat(str(settings.value(key, fallback.isoformat())))
            except ValueError:
                return fallback

        def dates(key: str) -> frozenset[date]:
            found = set()
            for part in str(settings.value(key, "")).split(","):
                with contextlib.suppress(ValueError):
                    found.add(date.fromisoformat(part.strip()))
            return frozenset(found)

        followed = str(settings.value("inbox/followed", ",".join(sorted(default.followed))))
        days = str(settings.value("inbox/days", ",".join(map(str, sorted(default.days)))))
        return InboxPreferences(
            notify=str(settings.value("inbox/notify", "true")).lower() == "true",
            followed=frozenset(Queue(q) for q in followed.split(",") if q in set(Queue)),
            days=frozenset(int(d) for d in days.split(",") if d.isdigit() and int(d) < 7),
            start=clock("inbox/start", default.start),
            end=clock("inbox/end", default.end),
            target_minutes=max(1, number("inbox/target_minutes", default.target_minutes)),
            holidays=str(settings.value("inbox/holidays", "true")).lower() == "true",
            closed=dates("inbox/closed"),
        )

    @inbox_preferences.setter
    def inbox_preferences(self, value: InboxPreferences) -> None:
        settings = self._settings
        settings.setValue("inbox/notify", "true" if value.notify else "false")
        settings.setValue("inbox/followed", ",".join(sorted(value.followed)))
        settings.setValue("inbox/days", ",".join(map(str, sorted(value.days))))
        settings.setValue("inbox/start", value.start.isoformat(timespec="minutes"))
        settings.setValue("inbox/end", value.end.isoformat(timespec="minutes"))
        settings.setValue("inbox/target_minutes", value.target_minutes)
        settings.setValue("inbox/holidays", "true" if value.holidays else "false")
        settings.setValue("inbox/closed", ",".join(d.isoformat() for d in sorted(value.closed)))

    def sync(self) -> None:
        """Write pending changes to disk."""
        self._settings.sync()
