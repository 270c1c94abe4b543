"""Cold start of `webcare gui` to a visible window, against a bare Qt window as baseline.

    .venv/bin/python benchmarks/cold_start.py [--runs 5]

Runs on a private Xvfb screen; a window counts as visible when xdotool finds it mapped.
Both programs start from a fresh process each run; the data folder is fresh for Webcare too,
so the time includes creating and migrating its SQLite database. Needs Xvfb and xdotool.
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

BASELINE = (
    "import sys\n"
    "from PySide6.QtWidgets import QApplication, QMainWindow\n"
    "app = QApplication(sys.argv[:1])\n"
    "w = QMainWindow(); w.setWindowTitle('Baseline window'); w.resize(1280, 800); w.show()\n"
    "app.exec()\n"
)


def time_to_window(command: list[str], title: str, env: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        subprocess.run(
            ["xdotool", "search", "--sync", "--onlyvisible", "--name", title],
            env=env,
            check=True,
            capture_output=True,
            timeout=60,
        )
        return time.perf_counter() - start
    finally:
        process.terminate()
        process.wait(timeout=30)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    args = parser.parse_args()
    for tool in ("Xvfb", "xdotool"):
        if shutil.which(tool) is None:
            print(f"cold_start: needs {tool} (Debian: xvfb, xdotool)", file=sys.stderr)
            return 2
    display = f":{150 + os.getpid() % 50}"
    xvfb = subprocess.Popen(["Xvfb", display, "-screen", "0", "1440x900x24", "-nolisten", "tcp"])
    time.sleep(1)
    webcare = str(Path(sys.executable).with_name("webcare"))
    try:
        baseline, app = [], []
        for _ in range(args.runs):
            with tempfile.TemporaryDirectory() as tmp:
                env = {
                    **os.environ,
                    "DISPLAY": display,
                    "QT_QPA_PLATFORM": "xcb",
                    "WEBCARE_DATA_DIR": f"{tmp}/data",
                    "WEBCARE_CONFIG_DIR": f"{tmp}/config",
                }
                env.pop("WEBCARE_DB_URL", None)
                baseline.append(
                    time_to_window([sys.executable, "-c", BASELINE], "Baseline window", env)
                )
                app.append(time_to_window([webcare, "gui"], "^Webcare", env))
    finally:
        xvfb.terminate()
        xvfb.wait()
    b, w = statistics.median(baseline), statistics.median(app)
    print(f"runs: {args.runs}")
    print(f"bare Qt window (baseline): median {b * 1000:.0f} ms")
    print(f"webcare gui, fresh data folder: median {w * 1000:.0f} ms")
    print(f"ratio webcare / baseline: {w / b:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
