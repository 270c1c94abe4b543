"""The `webcare` command line: global options, sub-commands and their exit codes.

Exit codes: 0 success, 1 a runtime failure (one line on stderr), 2 a usage error (one line on
stderr), 130 interrupted. No user error prints a traceback. Each command lives in a module of
`webcare.commands` that registers its sub-parser.
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, NoReturn

from sqlalchemy.engine import URL
from sqlalchemy.exc import DBAPIError, SQLAlchemyError

from webcare import __version__, entrypoints
from webcare.config import (
    ENV_DB_URL,
    LANGUAGES,
    Settings,
    data_dir,
    require_sqlite_file,
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


class CommandGroup:
    """What a command module gets to add its sub-commands with."""

    def __init__(self, subparsers: Any) -> None:
        self._subparsers = subparsers

    def add(
        self, name: str, help_text: str, handler: Handler | None = None
    ) -> argparse.ArgumentParser:
        """A sub-command that accepts the global options; `handler` runs it."""
        parser: argparse.ArgumentParser = self._subparsers.add_parser(name, help=help_text)
        _global_options(parser, suppress=True)
        if handler is not None:
            parser.set_defaults(handler=handler)
        return parser

    @staticmethod
    def nested(parser: argparse.ArgumentParser, metavar: str = "ACTION") -> CommandGroup:
        """Required sub-commands below `parser`, as in `webcare db upgrade`."""
        sub = parser.add_subparsers(dest=f"{parser.prog}_action", metavar=metavar)
        sub.required = True
        return CommandGroup(sub)


def build_parser() -> argparse.ArgumentParser:
    """The whole command tree."""
    from webcare.commands import COMMANDS

    parser = _Parser(
        prog=PROG,
        description="Webcare: one inbox for a municipality's X, Facebook and Instagram "
        "accounts, a publishing calendar and consent-based resident profiles.",
        epilog="Without a command, webcare opens the desktop app.",
    )
    parser.add_argument("--version", action="version", version=f"{PROG} {__version__}")
    _global_options(parser, suppress=False)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    group = CommandGroup(commands)
    for module in COMMANDS:
        module.register(group)
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
        _require_database(args, db_url)
    return Settings(
        db_url=db_url,
        data_dir=folder,
        language=language,
        language_from_user=language_from_user,
        demo=demo,
        worker=not getattr(args, "no_worker", False),
    )


def _require_database(args: argparse.Namespace, db_url: URL) -> None:
    """Refuse a SQLite database that is not there, unless this command creates one.

    `webcare db upgrade` and `webcare demo-data` create (a named file in a folder that exists,
    or the default one); the desktop creates the default database on its first start, not a
    named one (a mistyped `--db`); `webcare sandbox` uses no database.
    """
    if not getattr(args, "uses_database", True):
        return
    creates = bool(getattr(args, "creates_database", False))
    if args.db or os.environ.get(ENV_DB_URL):
        require_sqlite_file(db_url, may_create=creates)
    else:
        desktop = args.command in (None, "gui")
        require_sqlite_file(db_url, may_create=creates or desktop, named=False)


def load_entry_point(group: str, name: str) -> Callable[..., Any]:
    """Load a seam declared in pyproject.toml, without importing across the layers."""
    loaded: Callable[..., Any] = entrypoints.load(group, name)
    return loaded


def main(argv: Sequence[str] | None = None) -> int:
    """Run the command line; returns the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
        handler: Handler | None = getattr(args, "handler", None)
        if handler is None:  # no command: the desktop app
            from webcare.commands.gui import run_gui

            handler = run_gui
        settings = _settings(args)
    except UsageError as exc:
        print(f"{PROG}: error: {exc} (see '{PROG} --help')", file=sys.stderr)
        return 2
    except ConfigError as exc:
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    try:
        return handler(args, settings)
    except ConfigError as exc:  # a bad value the handler found (e.g. a malformed credential)
        print(f"{PROG}: error: {exc}", file=sys.stderr)
        return 2
    except WebcareError as exc:
        print(f"{PROG}: {exc}", file=sys.stderr)
        return 1
    except SQLAlchemyError as exc:  # the database refused or failed: one line, never a trace
        print(f"{PROG}: database error: {_first_line(exc)}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print(f"{PROG}: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        # The reader went away (`webcare inbox export | head`): stop quietly, and keep Python
        # from complaining again when it flushes stdout at exit.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1


def _first_line(error: SQLAlchemyError) -> str:
    """The database's own words, without SQLAlchemy's statement and parameters."""
    cause = error.orig if isinstance(error, DBAPIError) and error.orig is not None else error
    lines = str(cause).strip().splitlines() or [type(cause).__name__]
    return lines[0][:300]
