"""`webcare db upgrade`: apply the schema migrations."""

from __future__ import annotations

import argparse

from webcare.cli import CommandGroup
from webcare.config import Settings
from webcare.storage.db import create_db_engine
from webcare.storage.migrate import upgrade


def register(commands: CommandGroup) -> None:
    db = commands.add("db", "database maintenance")
    actions = CommandGroup.nested(db)
    upgrade_parser = actions.add(
        "upgrade", "apply the schema migrations (creates a new SQLite database)", run_upgrade
    )
    upgrade_parser.set_defaults(creates_database=True)


def run_upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    engine = create_db_engine(settings.db_url)
    try:
        before, after = upgrade(engine)
    finally:
        engine.dispose()
    where = settings.display_db_url()
    if before == after:
        print(f"{where}: already at revision {after}")
    else:
        print(f"{where}: upgraded from {before or 'an empty database'} to revision {after}")
    return 0
