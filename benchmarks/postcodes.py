"""The postcode import on a national-size file: wall time and peak memory.

Generates a file in the CBS format ("buurt, wijk en gemeente per postcode en huisnummer":
`PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025`, codes without prefix), sorted by postcode and
house number as CBS ships it, with about nine million rows (the national file's size), then
runs `webcare postcodes import` on it in a child process against a fresh SQLite database
(or `--db URL`) and reports the child's wall time and peak resident memory (`ru_maxrss`).

    python benchmarks/postcodes.py                 # 9,000,000 rows
    python benchmarks/postcodes.py --rows 100000   # a quick look
    python benchmarks/postcodes.py --keep DIR      # keep the file and database in DIR
    python benchmarks/postcodes.py --plain FILE DB  # the baseline: a plain executemany INSERT

`make bench` (benchmarks/run.py) runs both the import and the plain INSERT of the same file into
the same table (`--plain`: csv reader, one executemany per 50,000 rows, WAL as Webcare opens
SQLite) in fresh processes, and puts the times and peak memories side by side.

The machine is shared: run it niced (`nice -n 10 python benchmarks/postcodes.py`).
"""

from __future__ import annotations

import argparse
import csv
import itertools
import json
import os
import random
import shutil
import sqlite3
import string
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

LETTERS = [a + b for a in string.ascii_uppercase for b in string.ascii_uppercase]
LETTERS = [pair for pair in LETTERS if pair not in ("SA", "SD", "SS")]


def generate(path: Path, rows: int, seed: int = 1) -> int:
    """Write `rows` addresses: ~20 house numbers per postcode, ~10 postcodes per buurt."""
    rng = random.Random(seed)
    written = 0
    with path.open("w", encoding="utf-8", newline="\n") as out:
        out.write("PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025\n")
        for digits in range(1000, 10000):
            gemeente = 1 + digits % 340
            for index, letters in enumerate(LETTERS):
                wijk = gemeente * 100 + (index // 60) % 100
                buurt = wijk * 100 + (index // 10) % 100
                for number in range(1, 2 + rng.randrange(38)):
                    out.write(f"{digits}{letters};{number};{buurt};{wijk};{gemeente}\n")
                    written += 1
                    if written >= rows:
                        return written
    return written


@dataclass(frozen=True)
class Measured:
    seconds: float
    peak_rss_mb: float
    returncode: int
    stdout: str
    stderr: str


def run_measured(command: list[str], env: dict[str, str] | None = None) -> Measured:
    """Run `command` in a fresh process: its wall time and its own peak RSS.

    The command runs under a small launcher (`--measure`) that reports its child's ru_maxrss:
    a child forked straight from a large parent would count the parent's pages as its own.
    """
    launcher = [sys.executable, str(Path(__file__).resolve()), "--measure", "--", *command]
    started = time.perf_counter()
    done = subprocess.run(launcher, env=env, capture_output=True, text=True, check=False)
    seconds = time.perf_counter() - started
    lines = done.stderr.rstrip().splitlines()
    peak_kb = int(lines.pop().split()[1]) if lines and lines[-1].startswith("PEAK_KB ") else 0
    return Measured(seconds, peak_kb / 1024, done.returncode, done.stdout, "\n".join(lines))


def _measure(command: list[str]) -> int:
    """The launcher: run `command`, then print its peak RSS as the last line of stderr."""
    import resource

    code = subprocess.run(command, check=False).returncode
    print(f"PEAK_KB {resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss}", file=sys.stderr)
    return code


def plain_insert(source: Path, database: Path) -> int:
    """The baseline: the file's rows into `postcode_areas` of an upgraded database with a
    plain executemany INSERT, 50,000 rows a transaction, nothing checked."""
    connection = sqlite3.connect(database)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    insert = (
        "INSERT INTO postcode_areas (postcode, huisnummer, huisletter, toevoeging, buurtcode, "
        "wijkcode, gemeentecode) VALUES (?, ?, '', '', ?, ?, ?)"
    )
    rows = 0
    with source.open(encoding="utf-8", newline="") as handle:
        reader = csv.reader(handle, delimiter=";")
        next(reader)
        while batch := list(itertools.islice(reader, 50_000)):
            connection.executemany(insert, batch)
            connection.commit()
            rows += len(batch)
    connection.close()
    return rows


def upgraded(db_url: str, env: dict[str, str]) -> None:
    command = [sys.executable, "-m", "webcare", "--db", db_url, "db", "upgrade"]
    subprocess.run(command, check=True, env=env, capture_output=True)


def main() -> int:
    if sys.argv[1:2] == ["--measure"]:
        return _measure(sys.argv[3:] if sys.argv[2:3] == ["--"] else sys.argv[2:])
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=9_000_000)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--keep", metavar="DIR", help="keep the file and database in DIR")
    parser.add_argument("--plain", nargs=2, metavar=("FILE", "DB"), help="the baseline only")
    args = parser.parse_args()
    if args.plain:
        print(f"{plain_insert(Path(args.plain[0]), Path(args.plain[1])):,} rows inserted")
        return 0

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="webcare-pc-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "pc6hnr20250801_gwb.csv"
    started = time.perf_counter()
    rows = generate(source, args.rows)
    generated = time.perf_counter() - started
    db = args.db or f"sqlite:///{folder / 'webcare.sqlite3'}"
    env = {**os.environ, "WEBCARE_DATA_DIR": str(folder / "data")}
    upgraded(db, env)
    command = [sys.executable, "-m", "webcare", "--db", db]
    result = run_measured([*command, "postcodes", "import", str(source), "--as", "bench"], env)
    seconds = result.seconds
    report = {
        "rows_in_file": rows,
        "file_mb": round(source.stat().st_size / 1e6, 1),
        "generate_seconds": round(generated, 1),
        "import_seconds": round(seconds, 1),
        "rows_per_second": round(rows / seconds) if seconds else None,
        "peak_rss_mb": round(result.peak_rss_mb, 1),
        "exit_code": result.returncode,
        "last_line": (result.stdout.strip().splitlines() or [""])[-1],
    }
    if args.db is None:
        report["database_mb"] = round((folder / "webcare.sqlite3").stat().st_size / 1e6, 1)
    print(json.dumps(report, indent=2))
    if result.returncode != 0:
        print(result.stderr, file=sys.stderr)
    if not args.keep:
        shutil.rmtree(folder, ignore_errors=True)
    return result.returncode


if __name__ == "__main__":
    sys.exit(main())
