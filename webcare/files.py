"""Files only their owner may read: residents' messages and the credentials live in them.

The data folder is 0700; the SQLite database (with its WAL and shared-memory files), the
credentials file and exports are 0600, whatever the umask. Files are created with that mode
from the start (never created readable and tightened afterwards), and a folder or file found
with a looser mode (made by an older Webcare, or by hand) is tightened when Webcare uses it.
On systems without POSIX modes this does nothing.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path
from typing import IO

CREDENTIALS_FILE = "credentials.json"  # where credentials go when no keyring works
FOLDER_MODE = 0o700
FILE_MODE = 0o600
POSIX = os.name == "posix"


def tighten(path: Path, mode: int) -> None:
    """Take away what `mode` does not allow (group and others), if the path is ours."""
    if not POSIX:
        return
    try:
        found = path.stat()
    except FileNotFoundError:
        return
    if found.st_uid != os.geteuid():
        return  # not ours to change (a shared folder an administrator set up)
    if stat.S_IMODE(found.st_mode) & ~mode:
        path.chmod(stat.S_IMODE(found.st_mode) & mode)


def private_folder(path: Path) -> Path:
    """Create the folder (and its parents) readable by its owner only, or tighten it."""
    path.mkdir(mode=FOLDER_MODE, parents=True, exist_ok=True)
    tighten(path, FOLDER_MODE)
    return path


def create_private(path: Path) -> None:
    """Create an empty file with mode 0600 if it does not exist; tighten it if it does."""
    try:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        tighten(path, FILE_MODE)
    else:
        os.close(fd)


def open_private(path: Path, newline: str | None = None) -> IO[str]:
    """A new (or emptied) text file that only its owner can read, for writing."""
    fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, FILE_MODE)
    tighten(path, FILE_MODE)  # it may have existed with a looser mode
    return os.fdopen(fd, "w", encoding="utf-8", newline=newline)


def sqlite_files(database: Path) -> list[Path]:
    """The database file and the files SQLite keeps beside it."""
    return [database, *(database.with_name(database.name + s) for s in ("-wal", "-shm"))]
