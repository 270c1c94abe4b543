"""Icons, style sheets, translations and demo data, found next to this file."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent


def icon_path(name: str) -> Path:
    """The SVG file of a named icon, e.g. `icon_path("inbox")`."""
    return ROOT / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    """The folder holding the `.ts` sources and the compiled `.qm` files."""
    return ROOT / "translations"


def style_sheet() -> str:
    """The application style sheet."""
    return (ROOT / "style" / "app.qss").read_text(encoding="utf-8")
