"""The sub-commands of `webcare`, one module each; every module has `register(commands)`."""

from __future__ import annotations

from types import ModuleType

from webcare.commands import accounts, audit, db, gui, inbox, postcodes, residents, sandbox, worker

COMMANDS: tuple[ModuleType, ...] = (gui, worker, accounts, inbox, sandbox, db)
COMMANDS += (residents, postcodes, audit)  # the residents room
