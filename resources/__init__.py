"""Icons, style sheets, translations and demo data, found next to this file."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent


def icon_path(name: str) -> Path:
    """The SVG file of a named icon, e.g. `icon_path("inbox")`."""
    return ROOT / "icons" / f"{name}.svg"


def translations_dir() -> Path:
    """The folder holding the `.ts` sources and the compiled `.qm` files."""
    return ROOT / "translations"


def style_sheet() -> str:
    """The application style sheet; `url(icons/…)` in it names this folder's icons."""
    text = (ROOT / "style" / "app.qss").read_text(encoding="utf-8")
    return text.replace("url(icons/", f"url({(ROOT / 'icons').as_posix()}/")


@dataclass(frozen=True)
class CannedText:
    """A canned reply as the demo team starts with it."""

    shortcut: str
    title: str
    body: str


def demo_canned_replies() -> list[CannedText]:
    """The demo team's canned replies (Dutch, with placeholders), from `demo/`."""
    data = json.loads((ROOT / "demo" / "canned_replies.json").read_text(encoding="utf-8"))
    return [CannedText(item["shortcut"], item["title"], item["body"]) for item in data]
