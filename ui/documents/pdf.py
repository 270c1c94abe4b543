"""Write a `webcare.documents.Document` as an A4 PDF with Qt's PDF writer.

Loaded by the core through the `webcare.documents` entry point, also from the command line:
when no Qt application runs yet, an offscreen QApplication is made (no screen needed; a widget
application, so that windows can still follow in the same process).
Every text is escaped into the HTML that QTextDocument lays out, so nothing a resident wrote
becomes markup.
"""

from __future__ import annotations

import html
import sys
from pathlib import Path

from PySide6.QtCore import QByteArray, QMarginsF, QSizeF, QUrl
from PySide6.QtGui import (
    QImage,
    QPageLayout,
    QPageSize,
    QPdfWriter,
    QTextDocument,
)
from PySide6.QtWidgets import QApplication

from webcare.documents import Block, Document, Heading, Image, PageBreak, Paragraph, Table

RESOLUTION = 300  # dots per inch of the PDF's layout
LAYOUT_DPI = 96  # what QTextDocument lays out for (see write_pdf)
_app: QApplication | None = None

STYLE = """
body { font-family: 'DejaVu Sans', 'Noto Sans', sans-serif; font-size: 10pt; color: #1b1b1b; }
h1 { font-size: 18pt; margin-top: 0; }
h2 { font-size: 13pt; margin-top: 14pt; }
h3 { font-size: 11pt; margin-top: 10pt; }
p.subtitle { color: #555555; font-size: 11pt; }
p.caption { color: #555555; font-size: 9pt; }
table { border-collapse: collapse; }
th { background-color: #e8eef4; text-align: left; padding: 3pt; }
td { padding: 3pt; border-bottom: 1px solid #d0d7de; vertical-align: top; }
"""


def _ensure_app() -> None:
    global _app
    if QApplication.instance() is None:
        _app = QApplication([sys.argv[0] if sys.argv else "webcare", "-platform", "offscreen"])


def _text(value: str) -> str:
    return html.escape(value).replace("\n", "<br/>")


def to_html(document: Document, images: dict[str, Image] | None = None) -> str:
    """The document as escaped HTML for QTextDocument; `images` receives the pictures by name."""
    parts = [f"<h1>{_text(document.title)}</h1>"]
    if document.subtitle:
        parts.append(f'<p class="subtitle">{_text(document.subtitle)}</p>')
    for index, block in enumerate(document.blocks):
        parts.append(_block(block, index, images))
    return f'<html lang="{html.escape(document.language)}"><body>{"".join(parts)}</body></html>'


def _block(block: Block, index: int, images: dict[str, Image] | None) -> str:
    if isinstance(block, Heading):
        level = min(max(block.level + 1, 2), 3)
        return f"<h{level}>{_text(block.text)}</h{level}>"
    if isinstance(block, Paragraph):
        return f"<p>{_text(block.text)}</p>"
    if isinstance(block, Table):
        head = "".join(f"<th>{_text(cell)}</th>" for cell in block.header)
        rows = "".join(
            "<tr>" + "".join(f"<td>{_text(cell)}</td>" for cell in row) + "</tr>"
            for row in block.rows
        )
        return f'<table width="100%" cellspacing="0"><tr>{head}</tr>{rows}</table>'
    if isinstance(block, Image):
        name = f"image-{index}"
        if images is not None:
            images[name] = block
        width = round(block.width_mm / 25.4 * 96)  # QTextDocument lays out at 96 px per inch
        caption = f'<p class="caption">{_text(block.caption)}</p>' if block.caption else ""
        return f'<p><img src="{name}" width="{width}"/></p>{caption}'
    assert isinstance(block, PageBreak)
    return '<p style="page-break-after: always;"></p>'


def write_pdf(document: Document, path: Path) -> int:
    """Write `document` to `path`; returns the page count."""
    _ensure_app()
    images: dict[str, Image] = {}
    body = to_html(document, images)
    writer = QPdfWriter(str(path))
    writer.setResolution(RESOLUTION)
    writer.setTitle(document.title)
    writer.setCreator(document.author)
    writer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(18, 18, 18, 18),
            QPageLayout.Unit.Millimeter,
        )
    )
    text = QTextDocument()
    text.setDefaultStyleSheet(STYLE)
    for name, image in images.items():
        picture = QImage.fromData(QByteArray(image.png))  # the format is read from the data
        text.addResource(QTextDocument.ResourceType.ImageResource, QUrl(name), picture)
    text.setHtml(body)
    # Lay out at the screen's 96 dots per inch, the resolution the style's point sizes and the
    # images' widths are meant for; print_() scales that up to the writer's own resolution.
    # (Laid out in the writer's pixels, 10pt text came out at a third of its size.)
    area = writer.pageLayout().paintRect(QPageLayout.Unit.Inch)
    text.setPageSize(QSizeF(area.width() * LAYOUT_DPI, area.height() * LAYOUT_DPI))
    text.print_(writer)
    return text.pageCount()
