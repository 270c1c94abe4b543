"""The sub-commands of `webcare`, one module each; every module has `register(commands)`."""

from __future__ import annotations

from webcare.commands import db, gui, sandbox

COMMANDS = (gui, db, sandbox)
