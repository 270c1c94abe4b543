"""Typed errors of the core. They carry codes and values, never user-facing sentences."""

from __future__ import annotations


class WebcareError(Exception):
    """Base class for errors the command line and the UI turn into a one-line message."""


class ConfigError(WebcareError):
    """A setting (database URL, data folder, language) has a value we cannot use."""


class DatabaseError(WebcareError):
    """The database cannot be opened or used."""


class DatabaseTooNewError(DatabaseError):
    """The database was migrated by a newer Webcare than this one.

    Attributes:
        revision: the schema revision found in the database.
        head: the newest revision this program knows.
    """

    def __init__(self, revision: str, head: str) -> None:
        super().__init__(revision, head)
        self.revision = revision
        self.head = head

    def __str__(self) -> str:
        return (
            f"the database has schema revision {self.revision}, which this version of "
            f"Webcare does not know (newest known: {self.head}); it was upgraded by a newer "
            "Webcare. Install that version or use another database."
        )
