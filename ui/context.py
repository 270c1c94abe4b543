"""What the windows of one running app share: settings, database, background tasks, state."""

from __future__ import annotations

from dataclasses import dataclass

from ui.i18n import Translations
from ui.operations import Operations
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare.config import Settings
from webcare.demo import Demo
from webcare.desks import Desks
from webcare.runtime import Database
from webcare.scheduling import InProcessWorker


@dataclass
class AppContext:
    settings: Settings
    database: Database
    tasks: TaskRunner
    translations: Translations
    state: UiState
    # The core's doors, as the person signed in at this desktop; called through `operations`.
    desks: Desks
    operations: Operations
    # The worker running inside this app (one workstation, or the demo), if any.
    worker: InProcessWorker | None = None
    # The running demo (sandbox and demo accounts), if any.
    demo: Demo | None = None
