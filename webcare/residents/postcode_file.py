"""Reading the CBS file "buurt, wijk en gemeente per postcode en huisnummer", line by line.

The file (`pc6hnrYYYY0801_gwb.csv` in CBS's zip) is semicolon-separated with a header such as
`PC6;Huisnummer;Buurt2022;Wijk2022;Gemeente2022` (older years: `Gem2017`). Its codes are
numbers without prefix or leading zeros: `3630000` is buurt `BU03630000`, `36300` wijk
`WK036300`, `363` gemeente `GM0363` (municipal-context.md §2.2, §2.3). Rows are read one at a
time, so a file of nine million rows needs no more memory than one of ten.

A coordinates file is any CSV with a header naming the postcode, the house number and
`lat`/`lon` and/or RD `x`/`y` (as BAG extracts such as bagconv's have them).
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import IO

from webcare.residents.errors import PostcodeFileError
from webcare.residents.validation import ADDITION, MAX_HOUSE_NUMBER, POSTCODE

GEMEENTE = re.compile(r"^GM\d{4}$")
WIJK = re.compile(r"^WK\d{4}[0-9A-Z]{2}$")
BUURT = re.compile(r"^BU\d{4}[0-9A-Z]{4}$")

HEADERS = {
    "postcode": re.compile(r"^(pc6|postcode)$"),
    "huisnummer": re.compile(r"^(huisnummer|huisnr|hnr)$"),
    "huisletter": re.compile(r"^huisletter$"),
    "toevoeging": re.compile(r"^(toevoeging|huisnummertoevoeging|huistoevoeging)$"),
    "buurt": re.compile(r"^(buurt|brt|buurtcode|bu_code)_?(\d{4})?$"),
    "wijk": re.compile(r"^(wijk|wk|wijkcode|wk_code)_?(\d{4})?$"),
    "gemeente": re.compile(r"^(gemeente|gem|gm|gemeentecode|gm_code)_?(\d{4})?$"),
    "lat": re.compile(r"^(lat|latitude)$"),
    "lon": re.compile(r"^(lon|lng|longitude)$"),
    "rd_x": re.compile(r"^(x|rd_x|rdx)$"),
    "rd_y": re.compile(r"^(y|rd_y|rdy)$"),
}
CBS_REQUIRED = ("postcode", "huisnummer", "buurt", "wijk", "gemeente")

# A row of the table: postcode, huisnummer, huisletter, toevoeging, buurt, wijk, gemeente.
AreaRow = tuple[str, int, str, str, str, str, str]
# A row of a coordinates file: postcode, huisnummer, lat, lon, rd_x, rd_y.
CoordinateRow = tuple[str, int, float | None, float | None, float | None, float | None]


@dataclass(frozen=True)
class BadRow:
    """A line that was skipped: its number in the file and what was wrong (a code)."""

    line: int
    code: str
    value: str = ""


class Counter(io.RawIOBase):
    """A binary file that counts the bytes read from it (for the progress bar)."""

    def __init__(self, raw: IO[bytes]) -> None:
        super().__init__()
        self.raw = raw
        self.done = 0

    def readable(self) -> bool:
        return True

    def close(self) -> None:
        self.raw.close()
        super().close()

    def readinto(self, buffer: memoryview) -> int:  # type: ignore[override]
        data = self.raw.read(len(buffer))
        buffer[: len(data)] = data
        self.done += len(data)
        return len(data)


@dataclass
class Columns:
    index: dict[str, int]
    year: int | None


def open_csv(path: Path) -> tuple[Counter, Iterator[list[str]]]:
    """Open `path` as UTF-8 (with or without BOM) CSV; the delimiter is read from the header.

    Undecodable bytes become U+FFFD, so that the row they are in is reported, not the file.
    """
    try:
        raw = path.open("rb")
    except OSError as exc:
        raise PostcodeFileError(f"cannot read {path}: {exc.strerror}") from exc
    counted = Counter(raw)
    text = io.TextIOWrapper(
        io.BufferedReader(counted, 1 << 20), encoding="utf-8-sig", errors="replace", newline=""
    )
    first = text.readline()
    delimiter = ";" if first.count(";") >= first.count(",") else ","
    rest = _chain(first, text)
    return counted, csv.reader(rest, delimiter=delimiter)


def _chain(first: str, text: IO[str]) -> Iterator[str]:
    yield first
    yield from text


def columns(header: list[str], required: tuple[str, ...]) -> Columns:
    """Which column holds what, and the division's year the header names (`Buurt2022`).

    Raises:
        PostcodeFileError: a required column is missing, or the header names two years.
    """
    index: dict[str, int] = {}
    years: set[int] = set()
    for position, raw in enumerate(header):
        name = raw.strip().strip('"').lower().replace(" ", "")
        for key, pattern in HEADERS.items():
            match = pattern.match(name)
            if match and key not in index:
                index[key] = position
                if match.groups() and len(match.groups()) > 1 and match.group(2):
                    years.add(int(match.group(2)))
                break
    missing = [key for key in required if key not in index]
    if missing:
        raise PostcodeFileError(f"the header has no column for: {', '.join(missing)}")
    if len(years) > 1:
        raise PostcodeFileError(f"the header names more than one year: {sorted(years)}")
    return Columns(index, years.pop() if years else None)


def code(value: str, prefix: str, width: int) -> str:
    """`363` -> `GM0363`: strip a prefix if present, pad with zeros, prefix."""
    text = value.strip().upper()
    if text.startswith(prefix):
        text = text[2:]
    return prefix + text.zfill(width)


def area_rows(
    reader: Iterator[list[str]], found: Columns, bad: list[BadRow], counts: dict[str, int]
) -> Iterator[tuple[int, AreaRow]]:
    """The valid rows of a CBS file with their line numbers; invalid ones go to `bad`.

    `counts["bad"]` counts every bad row; `bad` keeps the first ones (see `MAX_REPORTED`).
    """
    i = found.index
    pc_i, hn_i, bu_i, wk_i, gm_i = (i[k] for k in CBS_REQUIRED)
    hl_i, tv_i = i.get("huisletter"), i.get("toevoeging")
    width = max(pc_i, hn_i, bu_i, wk_i, gm_i, hl_i or 0, tv_i or 0) + 1
    postcode_ok, buurt_ok, wijk_ok, gemeente_ok = (
        POSTCODE.match,
        BUURT.match,
        WIJK.match,
        GEMEENTE.match,
    )
    for row in reader:
        line = reader.line_num  # type: ignore[attr-defined]
        if len(row) < width:
            if not any(cell.strip() for cell in row):
                continue  # an empty line (at the end of the file, say)
            _bad(bad, counts, line, "too_few_columns")
            continue
        postcode = row[pc_i].replace(" ", "").upper()
        if not postcode_ok(postcode):
            _bad(bad, counts, line, "postcode", row[pc_i])
            continue
        number = row[hn_i].strip()
        if not number.isdigit() or not 0 < int(number) <= MAX_HOUSE_NUMBER:
            _bad(bad, counts, line, "house_number", row[hn_i])
            continue
        letter = row[hl_i].strip().upper() if hl_i is not None else ""
        addition = row[tv_i].strip().upper() if tv_i is not None else ""
        if (letter and not (len(letter) == 1 and letter.isalpha() and letter.isascii())) or (
            addition and not ADDITION.match(addition)
        ):
            _bad(bad, counts, line, "house_letter_or_addition", letter + addition)
            continue
        buurt = code(row[bu_i], "BU", 8)
        wijk = code(row[wk_i], "WK", 6)
        gemeente = code(row[gm_i], "GM", 4)
        if not buurt_ok(buurt):
            _bad(bad, counts, line, "buurt", row[bu_i])
            continue
        if not wijk_ok(wijk):
            _bad(bad, counts, line, "wijk", row[wk_i])
            continue
        if not gemeente_ok(gemeente):
            _bad(bad, counts, line, "gemeente", row[gm_i])
            continue
        if buurt[2:8] != wijk[2:] or wijk[2:6] != gemeente[2:]:
            _bad(bad, counts, line, "codes_disagree", f"{buurt} {wijk} {gemeente}")
            continue
        yield line, (postcode, int(number), letter, addition, buurt, wijk, gemeente)


def coordinate_rows(
    reader: Iterator[list[str]], found: Columns, bad: list[BadRow], counts: dict[str, int]
) -> Iterator[CoordinateRow]:
    """The valid rows of a coordinates file (WGS84 lat/lon, RD x/y, either or both)."""
    i = found.index
    pc_i, hn_i = i["postcode"], i["huisnummer"]
    picks = [i.get(key) for key in ("lat", "lon", "rd_x", "rd_y")]
    for row in reader:
        line = reader.line_num  # type: ignore[attr-defined]
        try:
            postcode = row[pc_i].replace(" ", "").upper()
            number = int(row[hn_i])
            values = [_float(row[p]) if p is not None else None for p in picks]
        except (IndexError, ValueError):
            if any(cell.strip() for cell in row):
                _bad(bad, counts, line, "coordinates")
            continue
        if not POSTCODE.match(postcode):
            _bad(bad, counts, line, "postcode", row[pc_i])
            continue
        lat, lon, rd_x, rd_y = values
        if (lat is not None and not -90 <= lat <= 90) or (
            lon is not None and not -180 <= lon <= 180
        ):
            _bad(bad, counts, line, "coordinates")
            continue
        yield postcode, number, lat, lon, rd_x, rd_y


def _float(text: str) -> float | None:
    text = text.strip()
    return float(text.replace(",", ".")) if text else None


MAX_REPORTED = 1000


def _bad(bad: list[BadRow], counts: dict[str, int], line: int, code: str, value: str = "") -> None:
    counts["bad"] = counts.get("bad", 0) + 1
    if len(bad) < MAX_REPORTED:
        bad.append(BadRow(line, code, value[:40]))
