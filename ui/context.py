"""What the windows of one running app share: settings, database, background tasks, state."""

from __future__ import annotations

from dataclasses import dataclass

from ui.i18n import Translations
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare.config import Settings
from webcare.runtime import Database


@dataclass
class AppContext:
    settings: Settings
    database: Database
    tasks: TaskRunner
    translations: Translations
    state: UiState
