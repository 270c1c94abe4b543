"""The sub-commands of `webcare`, one module each; every module has `register(commands)`."""

from __future__ import annotations

from types import ModuleType

from webcare.commands import (
    accounts,
    audit,
    db,
    demo_data,
    gui,
    inbox,
    postcodes,
    posts,
    report,
    residents,
    sandbox,
    users,
    worker,
)

COMMANDS: tuple[ModuleType, ...] = (gui, worker, accounts, inbox, sandbox, db)
COMMANDS += (residents, postcodes, audit)  # the residents room
COMMANDS += (posts,)  # the activation calendar
COMMANDS += (users,)  # the team's room
COMMANDS += (report,)  # the reports room
COMMANDS += (demo_data,)  # the benchmarks' data generator

from webcare.commands import quarantine  # noqa: E402 - the accounts' quarantine (its own block)

COMMANDS += (quarantine,)
