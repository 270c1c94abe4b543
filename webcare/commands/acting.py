"""Who a command acts as: `--as USER`, else the desktop's user (`WEBCARE_USER` or the login
name). Commands reach the core through that user's desks, with the same role checks and audit
as the desktop."""

from __future__ import annotations

import argparse

from webcare import users
from webcare.desks import Desks, open_desks
from webcare.errors import ConfigError
from webcare.runtime import Database


def add_as_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--as",
        dest="as_user",
        metavar="USER",
        help="act as this Webcare user (default: $WEBCARE_USER, else the login name)",
    )


def desks_for(database: Database, args: argparse.Namespace) -> Desks:
    """The desks of the acting user; the user is created on first use, as on the desktop.

    Raises:
        ConfigError: the name is not a usable user name.
    """
    raw = getattr(args, "as_user", None)
    if raw is None:
        username = users.current_username()
    else:
        username = raw.strip().lower()
        if not users.USERNAME.match(username):
            raise ConfigError(f"not a usable user name {raw!r}")
    return open_desks(database.sessions, username, users.os_display_name(username))
