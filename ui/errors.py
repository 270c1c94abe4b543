"""The one place that turns the core's typed errors into a sentence for the person at the desk.

Each room registers a describer for its own errors (`register`); what no room claims gets a
generic sentence. The core's errors carry codes and values, never user-facing text (STYLE.md).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication

from webcare.errors import DatabaseError, WebcareError
from webcare.permissions import PermissionDenied

Describer = Callable[[BaseException], str | None]

_describers: list[Describer] = []


def register(describer: Describer) -> None:
    """Add a room's describer; it returns None for errors that are not its own."""
    if describer not in _describers:
        _describers.append(describer)


def describe(error: BaseException) -> str:
    """One translated sentence for `error`, never a traceback."""
    for describer in _describers:
        text = describer(error)
        if text:
            return text
    if isinstance(error, PermissionDenied):
        return QCoreApplication.translate("Errors", "Your role does not allow this.")
    if isinstance(error, DatabaseError):
        return QCoreApplication.translate(
            "Errors", "The database cannot be reached: {reason}"
        ).format(reason=str(error))
    if isinstance(error, WebcareError):
        return QCoreApplication.translate("Errors", "That did not work: {reason}").format(
            reason=str(error)
        )
    return QCoreApplication.translate("Errors", "Something went wrong: {reason}").format(
        reason=str(error) or type(error).__name__
    )
