"""The postcode import on a national-size file: wall time and peak memory.

Generates a file in the CBS format ("buurt, wijk en gemeente per postcode en huisnummer":
`PC6;Huisnummer;Buurt2025;Wijk2025;Gemeente2025`, codes without prefix), sorted by postcode and
house number as CBS ships it, with about nine million rows (the national file's size), then
runs `webcare postcodes import` on it in a child process against a fresh SQLite database
(or `--db URL`) and reports the child's wall time and peak resident memory (`ru_maxrss`).

    python benchmarks/postcodes.py                 # 9,000,000 rows
    python benchmarks/postcodes.py --rows 100000   # a quick look
    python benchmarks/postcodes.py --keep DIR      # keep the file and database in DIR

The machine is shared: run it niced (`nice -n 10 python benchmarks/postcodes.py`).
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import string
import subprocess
import sys
import tempfile
import time
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


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=9_000_000)
    parser.add_argument("--db", help="database URL (default: a fresh SQLite file)")
    parser.add_argument("--keep", metavar="DIR", help="keep the file and database in DIR")
    args = parser.parse_args()

    folder = Path(args.keep) if args.keep else Path(tempfile.mkdtemp(prefix="webcare-pc-"))
    folder.mkdir(parents=True, exist_ok=True)
    source = folder / "pc6hnr20250801_gwb.csv"
    started = time.perf_counter()
    rows = generate(source, args.rows)
    generated = time.perf_counter() - started
    db = args.db or f"sqlite:///{folder / 'webcare.sqlite3'}"
    env = {**os.environ, "WEBCARE_DATA_DIR": str(folder / "data")}
    command = [sys.executable, "-m", "webcare", "--db", db]
    subprocess.run([*command, "db", "upgrade"], check=True, env=env, capture_output=True)
    started = time.perf_counter()
    result = subprocess.run(
        [*command, "postcodes", "import", str(source), "--as", "bench"],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    seconds = time.perf_counter() - started
    peak_kib = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    report = {
        "rows_in_file": rows,
        "file_mb": round(source.stat().st_size / 1e6, 1),
        "generate_seconds": round(generated, 1),
        "import_seconds": round(seconds, 1),
        "rows_per_second": round(rows / seconds) if seconds else None,
        "peak_rss_mb": round(peak_kib / 1024, 1),
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
