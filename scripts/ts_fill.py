"""Fill translations into a Qt Linguist .ts file from a JSON object on standard input.

    python scripts/ts_fill.py resources/translations/webcare_nl.ts resources/translations/nl/*.json
    python scripts/ts_fill.py resources/translations/webcare_nl.ts < nl.json

Each JSON file maps a source text to its translation, or to a list of plural forms for `%n`
messages. The Dutch texts are kept in one JSON file per room (`resources/translations/nl/`),
so that work on two rooms never edits the same lines; `make update-translations` runs lupdate
and then fills the catalogue from all of them. Matching messages are marked finished; everything
else is left as it was. Prints the sources that are still unfinished, so that a translator sees
what is left.
"""

from __future__ import annotations

import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path


def fill(path: Path, pairs: dict[str, str | list[str]]) -> list[str]:
    tree = ET.parse(path)
    unfinished: list[str] = []
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        assert translation is not None
        wanted = pairs.get(source)
        if wanted is not None:
            translation.attrib.pop("type", None)
            if message.get("numerus") == "yes":
                forms = wanted if isinstance(wanted, list) else [wanted, wanted]
                for child in list(translation):
                    translation.remove(child)
                translation.text = None
                for form in forms:
                    ET.SubElement(translation, "numerusform").text = form
            else:
                assert isinstance(wanted, str), f"{source!r} is not a plural message"
                translation.text = wanted
        if translation.get("type") == "unfinished":
            unfinished.append(source)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text(f'<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n{body}\n', "utf-8")
    return unfinished


def main() -> int:
    pairs: dict[str, str | list[str]] = {}
    if len(sys.argv) > 2:
        for name in sys.argv[2:]:
            pairs.update(json.loads(Path(name).read_text("utf-8")))
    else:
        pairs = json.load(sys.stdin)
    left = fill(Path(sys.argv[1]), pairs)
    for source in left:
        print(f"unfinished: {source}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
