"""The sub-commands of `webcare`, one module each; every module has `register(commands)`."""

from __future__ import annotations

from webcare.commands import accounts, db, gui, inbox, sandbox, worker

COMMANDS = (gui, worker, accounts, inbox, sandbox, db)
