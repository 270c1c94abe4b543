"""Every interface text is in the catalogues, Dutch is complete, and the compiled files load."""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from resources import translations_dir

ROOT = Path(__file__).resolve().parent.parent
TOOLS = Path(sys.executable).parent


def messages(ts: Path) -> dict[str, ET.Element]:
    root = ET.parse(ts).getroot()
    return {m.findtext("source") or "": m for m in root.iter("message")}


def test_catalogues_hold_every_text_of_the_source(tmp_path: Path) -> None:
    fresh = tmp_path / "fresh.ts"
    sources = sorted(str(p) for p in (ROOT / "ui").rglob("*.py"))
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), *sources, "-ts", str(fresh), "-source-language", "en"],
        check=True,
        capture_output=True,
    )
    wanted = set(messages(fresh))
    for ts in translations_dir().glob("*.ts"):
        missing = wanted - set(messages(ts))
        assert not missing, f"{ts.name} lacks {sorted(missing)[:5]}: run `make update-translations`"


def test_dutch_is_translated_completely() -> None:
    unfinished = [
        source
        for source, message in messages(translations_dir() / "webcare_nl.ts").items()
        if message.find("translation").get("type") in ("unfinished", "vanished", "obsolete")
    ]
    assert unfinished == []


@pytest.mark.parametrize("language", ["nl", "en"])
def test_compiled_catalogue_is_fresh_and_loads(language: str) -> None:
    ts = translations_dir() / f"webcare_{language}.ts"
    qm = ts.with_suffix(".qm")
    assert qm.exists() and qm.stat().st_mtime >= ts.stat().st_mtime, "run `make translations`"
    translator = QTranslator()
    assert translator.load(str(qm))
    assert translator.language().startswith(language)
