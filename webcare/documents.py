"""Readable documents (an access request, a report) as plain values, written to PDF elsewhere.

The core builds a `Document` of headings, paragraphs, tables and images; the desktop package
renders it with Qt's PDF writer behind the `webcare.documents` entry point (`ui.documents`), so
the core stays free of Qt (DESIGN.md, Layers) and the command line can write the same PDF as the
app. Every text is untrusted and rendered as plain text: residents' words never become markup.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Protocol

from webcare import entrypoints


@dataclass(frozen=True)
class Heading:
    text: str
    level: int = 1  # 1 starts a section; 2 and 3 are sub-headings


@dataclass(frozen=True)
class Paragraph:
    text: str  # line breaks are kept


@dataclass(frozen=True)
class Table:
    header: tuple[str, ...]
    rows: tuple[tuple[str, ...], ...]


@dataclass(frozen=True)
class Image:
    """A picture (a chart), as PNG bytes, at `width_mm` on the page."""

    png: bytes
    caption: str = ""
    width_mm: float = 160.0


@dataclass(frozen=True)
class PageBreak:
    pass


Block = Heading | Paragraph | Table | Image | PageBreak


@dataclass(frozen=True)
class Document:
    """Attributes:
    language: "nl" or "en": the language the texts are in (set on the PDF).
    """

    title: str
    blocks: tuple[Block, ...] = ()
    subtitle: str = ""
    language: str = "nl"
    author: str = "Webcare"
    footer: str = ""  # e.g. "Vertrouwelijk — inzageverzoek 2026-12-01"
    meta: dict[str, str] = field(default_factory=dict)


class PdfWriter(Protocol):
    def __call__(self, document: Document, path: Path) -> int:
        """Write `document` to `path` as PDF; returns the number of pages."""
        ...


def write_pdf(document: Document, path: Path) -> int:
    """Render `document` to a PDF file (through the `webcare.documents` entry point).

    Returns:
        The number of pages written.

    Raises:
        MissingEntryPointError: the desktop package that renders PDFs is not installed.
    """
    writer: PdfWriter = entrypoints.load("webcare.documents", "pdf")
    return writer(document, path)
