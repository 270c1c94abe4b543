"""`webcare gui`: the desktop app, loaded through the `webcare.app` entry point."""

from __future__ import annotations

import argparse

from webcare.cli import CommandGroup, load_entry_point
from webcare.config import Settings


def register(commands: CommandGroup) -> None:
    gui = commands.add("gui", "open the desktop app (the default)", run_gui)
    gui.add_argument(
        "--demo",
        action="store_true",
        help="demo mode: a throwaway data folder and database, the loopback sandbox with "
        "simulated residents, and demo accounts",
    )
    gui.add_argument(
        "--no-worker",
        action="store_true",
        help="do not poll or send from this desktop (another process runs `webcare worker`)",
    )


def run_gui(_args: argparse.Namespace, settings: Settings) -> int:
    main = load_entry_point("webcare.app", "main")
    return int(main(settings))
