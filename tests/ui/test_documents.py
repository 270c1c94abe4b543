"""The core's documents become PDF through the entry point, with residents' text as plain text."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QColor, QImage

from ui.documents.pdf import to_html
from webcare.documents import Document, Heading, Image, PageBreak, Paragraph, Table, write_pdf


def _png() -> bytes:
    picture = QImage(40, 20, QImage.Format.Format_RGB32)
    picture.fill(QColor(Qt.GlobalColor.darkCyan))
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    picture.save(buffer, "PNG")
    return bytes(data.data())


PDFTOTEXT = shutil.which("pdftotext")

DOCUMENT = Document(
    title="Inzageverzoek",
    subtitle="Gegevens van <b>Jan</b> & co",
    blocks=(
        Heading("Profiel"),
        Paragraph("Naam: <img src=x onerror=alert(1)>\nTweede regel"),
        Table(("Doel", "Status"), (("Koppelen", "gegeven"), ("E-mail", "ingetrokken"))),
        PageBreak(),
        Heading("Grafiek", level=2),
        Image(_png(), caption="Volume per dag"),
    ),
)


def test_every_text_is_escaped_and_never_markup() -> None:
    body = to_html(DOCUMENT)
    assert "&lt;b&gt;Jan&lt;/b&gt; &amp; co" in body
    assert "&lt;img src=x onerror=alert(1)&gt;" in body
    assert "<img src=x" not in body
    assert "Naam: &lt;img src=x onerror=alert(1)&gt;<br/>Tweede regel" in body


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils; CI installs it)")
def test_a_document_is_written_as_a_pdf_with_its_page_break(tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "inzage.pdf"
    pages = write_pdf(DOCUMENT, target)
    assert target.read_bytes().startswith(b"%PDF-")
    assert pages == 2
    assert PDFTOTEXT is not None
    shown = unicodedata.normalize(  # NFKC: the PDF's "fi" ligature reads as "fi"
        "NFKC",
        subprocess.run(
            [PDFTOTEXT, "-layout", str(target), "-"], capture_output=True, text=True, check=True
        ).stdout,
    )
    first, second = shown.split("\f")[:2]
    assert "Gegevens van <b>Jan</b> & co" in first
    assert "Naam: <img src=x onerror=alert(1)>" in first and "Tweede regel" in first
    assert "Koppelen" in first and "ingetrokken" in first
    assert "Grafiek" in second and "Volume per dag" in second


def test_a_pdf_written_before_any_window_leaves_room_for_windows(tmp_path: Path) -> None:
    """A PDF written first (a command, or a test) makes an application that widgets can use."""
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from webcare.documents import Document, Paragraph, write_pdf\n"
        "write_pdf(Document(title='t', blocks=[Paragraph('p')]), Path(sys.argv[1]))\n"
        "from PySide6.QtWidgets import QApplication, QLabel\n"
        "assert isinstance(QApplication.instance(), QApplication), type(QApplication.instance())\n"
        "QLabel('window after a PDF')\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script, str(tmp_path / "first.pdf")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "first.pdf").read_bytes().startswith(b"%PDF")
