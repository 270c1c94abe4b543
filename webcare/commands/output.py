"""Files the commands write for people (exports, the iCalendar plan): whole or not at all.

The file is written as FILE.partial beside FILE and renamed over it only when every byte is
written, so a reader never sees half a file and a failed or refused write leaves the old FILE
as it was and nothing beside it. How the partial file is opened is decided in one place
(`_open`), so that who may read such files is too.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from typing import IO, Any, TypeVar

from webcare import files
from webcare.errors import WebcareError

T = TypeVar("T")


def _open(path: Path, binary: bool) -> IO[Any]:
    # Only the owner may read what the commands write: exports hold residents' messages.
    if binary:
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, files.FILE_MODE)
        files.tighten(path, files.FILE_MODE)  # it may have existed with a looser mode
        return os.fdopen(fd, "wb")
    # newline="" lets the csv module write its own line endings.
    return files.open_private(path, newline="")


def write_whole(target: Path, write: Callable[[IO[Any]], T], *, binary: bool = False) -> T:
    """Call `write` with the open partial file, then put it in place of `target`.

    Returns:
        What `write` returned (how many rows or posts it wrote).

    Raises:
        WebcareError: the file cannot be written (its one-line reason); whatever `write`
            raised (a refusal by the desk) otherwise. Either way the partial file is gone.
    """
    partial = target.with_name(target.name + ".partial")
    try:
        with _open(partial, binary) as out:
            result = write(out)
        os.replace(partial, target)
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise WebcareError(f"cannot write {target}: {exc.strerror}") from exc
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    return result
