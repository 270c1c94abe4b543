"""A PDF's text comes out at the size the style gives it: 10pt body text is about 10pt high."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest

from webcare.documents import Document, Paragraph, write_pdf

PDFTOTEXT = shutil.which("pdftotext")


@pytest.mark.skipif(PDFTOTEXT is None, reason="needs pdftotext (poppler-utils; CI installs it)")
def test_body_text_is_printed_at_its_point_size(tmp_path: Path, qapp: object) -> None:
    target = tmp_path / "maat.pdf"
    write_pdf(Document(title="Maat", blocks=(Paragraph("Leesbaar"),)), target)
    assert PDFTOTEXT is not None
    boxes = subprocess.run(
        [PDFTOTEXT, "-bbox", str(target), "-"], capture_output=True, text=True, check=True
    ).stdout
    word = re.search(r'yMin="([\d.]+)" xMax="[\d.]+" yMax="([\d.]+)">Leesbaar<', boxes)
    assert word is not None, boxes
    height = float(word.group(2)) - float(word.group(1))  # in PDF points (1/72 inch)
    assert 8 <= height <= 14, f"10pt text is {height:.1f}pt high"
