"""The seams declared in pyproject.toml, loaded by name (DESIGN.md, Layers).

The core reaches the desktop app, the channel adapters and the sandbox only through these
entry points, so that no static import crosses the layer rules.
"""

from __future__ import annotations

from importlib.metadata import entry_points
from typing import Any

from webcare.errors import WebcareError


class MissingEntryPointError(WebcareError):
    """A seam is not installed (or cannot be imported)."""


def names(group: str) -> set[str]:
    """The names installed in an entry-point group."""
    return {entry.name for entry in entry_points(group=group)}


def load(group: str, name: str) -> Any:
    """Load one entry point, or raise MissingEntryPointError with a clear reason."""
    found = entry_points(group=group, name=name)
    if not found:
        raise MissingEntryPointError(
            f"entry point {group}:{name} is not installed; reinstall Webcare (make run)"
        )
    (entry,) = tuple(found)
    try:
        return entry.load()
    except ImportError as exc:
        raise MissingEntryPointError(f"cannot load {entry.value}: {exc}") from exc
