"""The `webcare` command line: global options, sub-commands and their exit codes.

Exit codes: 0 success, 1 a runtime failure (one line on stderr), 2 a usage error (one line on
stderr), 130 interrupted. No user error prints a traceback.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Callable, Sequence
from importlib.metadata import entry_points
from pathlib import Path
from typing import NoReturn

from webcare import __version__
from webcare.config import (
    LANGUAGES,
    Settings,
    data_dir,
    resolve_db_url,
    resolve_language,
    sqlite_url,
)
from webcare.errors import ConfigError, WebcareError

PROG = "webcare"

Handler = Callable[[argparse.Namespace, Settings], int]


class UsageError(Exception):
    """Bad command-line input; exits 2 with one line."""


class _Parser(argparse.ArgumentParser):
    """argparse that reports a usage error as one line instead of usage text plus exit."""

    def error(self, message: str) -> NoReturn:
        raise UsageError(message)


def _global_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # Sub-parsers repeat the global options with SUPPRESS defaults, so that both
    # `webcare --lang en gui` and `webcare gui --lang en` work and neither resets the other.
    default = argparse.SUPPRESS if suppress else None
    parser.add_argument(
        "--db",
        metavar="URL",
        default=default,
        help="database URL: sqlite:///PATH or postgresql://USER@HOST/NAME "
        "(default: $WEBCARE_DB_URL, else SQLite in the data folder)",
    )
    parser.add_argument(
        "--lang",
        choices=LANGUAGES,
        default=default,
        help="interface language (default: $WEBCARE_LANG, else nl)",
    )
    parser.add_argument(
        "--data-dir",
        metavar="DIR",
        default=default,
        help="data folder (default: $WEBCARE_DATA_DIR, else the user data folder)",
    )


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    parser = _Parser(
        prog=PROG,
        description="Webcare: one inbox for a municipality's X, Facebook and Instagram "
        "accounts, a publishing calendar and consent-based resident profiles.",
        epilog="Without a command, webcare opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    gui = commands.add_parser("gui", help="open the desktop app (the default)")
    _global_options(gui, suppress=True)
    gui.add_argument(
        "--demo",
        action="store_true",
        help="demo mode: a throwaway data folder and database with demo data",
    )
    gui.set_defaults(handler=_run_gui)

    db = commands.add_parser("db", help="database maintenance")
    _global_options(db, suppress=True)
    db_commands = db.add_subparsers(dest="db_command", metavar="ACTION", parser_class=_Parser)
    db_commands.required = True
    upgrade = db_commands.add_parser("upgrade", help="apply the schema migrations")
    _global_options(upgrade, suppress=True)
    upgrade.set_defaults(handler=_run_db_upgrade)
    return parser


def _settings(args: argparse.Namespace) -> Settings:
    language, language_from_user = resolve_language(args.lang)
    demo = bool(getattr(args, "demo", False))
    if demo:
        # A demo never touches the real data: a fresh folder and SQLite database every run.
        folder = Path(tempfile.mkdtemp(prefix="webcare-demo-"))
        db_url = sqlite_url(folder)
    else:
        folder = data_dir(args.data_dir)
        db_url = resolve_db_url(args.db, folder)
    return Settings(
        db_url=db_url,
        data_dir=folder,
        language=language,
        language_from_user=language_from_user,
        demo=demo,
    )


def _run_db_upgrade(_args: argparse.Namespace, settings: Settings) -> int:
    from webcare.storage.db import create_db_engine
    from webcare.storage.migrate import upgrade

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


def _run_gui(_args: argparse.Namespace, settings: Settings) -> int:
    main = load_entry_point("webcare.app", "main")
    return int(main(settings))


def load_entry_point(group: str, name: str) -> Callable[..., int]:
    """Load a seam declared in pyproject.toml, without importing across the layers."""
    found = entry_points(group=group, name=name)
    if not found:
        raise WebcareError(
            f"entry point {group}:{name} is not installed; reinstall Webcare (make run)"
        )
    (entry,) = tuple(found)
    try:
        loaded: Callable[..., int] = entry.load()
    except ImportError as exc:
        raise WebcareError(f"cannot load {entry.value}: {exc}") from exc
    return loaded


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        if args.command is None:
            args.handler = _run_gui
        settings = _settings(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc} (see '{PROG} --help')", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    handler: Handler = args.handler
    try:
        return handler(args, settings)
    except WebcareError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
