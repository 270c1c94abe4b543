"""Where Webcare keeps its data and which database it uses.

Resolution order for the database URL: the `--db` option, then `WEBCARE_DB_URL`, then a SQLite
file in the data folder. The data folder is `WEBCARE_DATA_DIR` or the platform's user data folder.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError

from webcare import APP_NAME, files
from webcare.errors import ConfigError

ENV_DB_URL = "WEBCARE_DB_URL"
ENV_DATA_DIR = "WEBCARE_DATA_DIR"
ENV_LANG = "WEBCARE_LANG"
ENV_CONFIG_DIR = "WEBCARE_CONFIG_DIR"
ENV_LEASE_SECONDS = "WEBCARE_LEASE_SECONDS"
LEASE_SECONDS_RANGE = (1.0, 600.0)
LANGUAGES = ("nl", "en")
DEFAULT_LANGUAGE = "nl"
SQLITE_FILENAME = "webcare.sqlite3"


def data_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Return the data folder: created if missing, readable by its owner only (0700), and
    the private files in it (database, credentials) tightened to 0600 where they are not."""
    raw = (
        override
        or os.environ.get(ENV_DATA_DIR)
        or platformdirs.user_data_dir(APP_NAME, appauthor=False)
    )
    path = Path(raw).expanduser()
    try:
        files.private_folder(path)
        for private in [*files.sqlite_files(path / SQLITE_FILENAME), path / files.CREDENTIALS_FILE]:
            files.tighten(private, files.FILE_MODE)
    except OSError as exc:
        raise ConfigError(f"cannot create the data folder {path}: {exc.strerror}") from exc
    return path


def config_dir() -> Path:
    """The folder for user preferences and window state (`WEBCARE_CONFIG_DIR` overrides)."""
    raw = os.environ.get(ENV_CONFIG_DIR) or platformdirs.user_config_dir(APP_NAME, appauthor=False)
    return Path(raw).expanduser()


def parse_db_url(raw: str) -> URL:
    """Parse and normalise a database URL; PostgreSQL always goes through psycopg 3."""
    try:
        url = make_url(raw)
    except ArgumentError as exc:
        raise ConfigError(f"not a database URL: {raw!r}") from exc
    backend = url.get_backend_name()
    if backend == "postgresql":
        return url.set(drivername="postgresql+psycopg")
    if backend == "sqlite":
        database = url.database or ""
        in_memory = (
            database in ("", ":memory:")
            or database.startswith("file::memory:")
            or url.query.get("mode") == "memory"
        )
        if in_memory:
            raise ConfigError(
                "an in-memory SQLite database is gone when the command ends: give a file, "
                "sqlite:///PATH"
            )
        return url
    raise ConfigError(f"unsupported database {backend!r}: use sqlite:/// or postgresql://")


def resolve_db_url(option: str | None = None, data: Path | None = None) -> URL:
    """The database URL from the option, the environment or the default SQLite file."""
    raw = option or os.environ.get(ENV_DB_URL)
    if raw:
        return parse_db_url(raw)
    return sqlite_url(data if data is not None else data_dir())


def require_sqlite_file(url: URL, *, may_create: bool, named: bool = True) -> None:
    """A SQLite database must exist, so that a typo in its path is an error and not a new, empty
    database, and so that no command but the ones that create databases (`webcare db upgrade`,
    `webcare demo-data`, the desktop's first start) leaves one behind; a command that creates
    a database named by `--db` or `WEBCARE_DB_URL` needs its folder to exist instead.

    Args:
        named: the URL came from `--db` or `WEBCARE_DB_URL`; False for the default file in
            the data folder, which the refusal then names with the ways to create it.

    Raises:
        ConfigError: it does not.
    """
    if url.get_backend_name() != "sqlite" or not url.database:
        return
    path = Path(url.database).expanduser()
    if may_create:
        if named and not path.parent.is_dir():
            raise ConfigError(
                f"there is no folder {path.parent} for the database {path}; create it first"
            )
        return
    if path.is_file():
        return
    if named:
        raise ConfigError(
            f"there is no database at {path}: check the path (`webcare --db URL db upgrade` "
            "creates a new one)"
        )
    raise ConfigError(
        f"there is no database at {path}: run `webcare db upgrade` or start the desktop "
        "(`webcare`) to create it"
    )


def sqlite_url(folder: Path) -> URL:
    """The default SQLite database in a data folder."""
    return make_url(f"sqlite:///{folder / SQLITE_FILENAME}")


def lease_seconds() -> float | None:
    """`WEBCARE_LEASE_SECONDS`: how long the worker lease lasts without renewal (None: the
    default). A standby worker takes over this long after the active one stops renewing."""
    raw = os.environ.get(ENV_LEASE_SECONDS)
    if not raw:
        return None
    low, high = LEASE_SECONDS_RANGE
    try:
        seconds = float(raw)
    except ValueError:
        seconds = -1.0
    if not low <= seconds <= high:
        raise ConfigError(
            f"{ENV_LEASE_SECONDS} must be a number of seconds from {low:g} to {high:g}, "
            f"not {raw[:40]!r}"
        )
    return seconds


def resolve_language(option: str | None = None) -> tuple[str, bool]:
    """The interface language: the option, then `WEBCARE_LANG`, then Dutch.

    Returns:
        The language and whether the user chose it for this run (then a saved preference in
        the desktop app does not override it).
    """
    chosen = option or os.environ.get(ENV_LANG)
    lang = chosen or DEFAULT_LANGUAGE
    if lang not in LANGUAGES:
        raise ConfigError(f"unsupported language {lang!r}: choose one of {', '.join(LANGUAGES)}")
    return lang, chosen is not None


@dataclass(frozen=True)
class Settings:
    """What a command was started with, after resolution."""

    db_url: URL
    data_dir: Path
    language: str
    language_from_user: bool = False
    demo: bool = False
    # The desktop polls and sends itself on a SQLite database (one workstation); in a team on
    # PostgreSQL a headless `webcare worker` does that and desktops only queue work.
    worker: bool = True

    def display_db_url(self) -> str:
        """The URL with any password hidden, for messages and logs."""
        return self.db_url.render_as_string(hide_password=True)
