"""The desktop app's start, in a fresh process: time to the first painted inbox page and its
peak memory, against a bare QMainWindow started the same way (offscreen).

    .venv/bin/python benchmarks/gui.py FOLDER        webcare gui on FOLDER's database
    .venv/bin/python benchmarks/gui.py --bare        a bare QMainWindow

The child prints `PAINTED <seconds since its interpreter started> <peak RSS in kB>` once the
first page of the inbox list (or the bare window) is painted, then quits. `measure()` runs one
child and returns what the parent saw: from starting the process to that line.
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path


def peak_rss_kb() -> int:
    """This process's peak resident set (VmHWM), in kB."""
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1])
    return 0


def _report_on_first_paint(widget: object, ready: object) -> None:
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    assert isinstance(widget, QWidget)

    class Painted(QObject):
        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() == QEvent.Type.Paint and callable(ready) and ready():
                watched.removeEventFilter(self)
                print(f"PAINTED {time.perf_counter():.6f} {peak_rss_kb()}", flush=True)
                QTimer.singleShot(0, QApplication.quit)
            return False

    painted = Painted(widget)
    widget.installEventFilter(painted)
    widget.setProperty("bench_filter", painted)


def bare() -> int:
    from PySide6.QtWidgets import QApplication, QMainWindow

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    window.setWindowTitle("Baseline window")
    window.resize(1280, 800)
    _report_on_first_paint(window, lambda: True)
    window.show()
    return app.exec()


def webcare_gui(folder: Path) -> int:
    from ui.app import application, build_window
    from webcare.config import Settings, sqlite_url

    app = application()
    settings = Settings(db_url=sqlite_url(folder), data_dir=folder, language="en", worker=False)
    window = build_window(settings, app)
    inbox = window.inbox
    viewport = inbox.list_pane.view.viewport()
    _report_on_first_paint(viewport, lambda: inbox.model.rowCount() > 0)
    window.show()
    return app.exec()


@dataclass(frozen=True)
class Start:
    seconds: float  # from starting the process to the first painted page
    peak_rss_mb: float


def measure(folder: Path | None, user: str = "bench") -> Start:
    """One fresh process: webcare gui on `folder` (None: the bare window)."""
    with tempfile.TemporaryDirectory() as config:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "WEBCARE_USER": user,
            "WEBCARE_CONFIG_DIR": config,
        }
        env.pop("WEBCARE_DB_URL", None)
        args = [sys.executable, __file__, str(folder) if folder else "--bare"]
        begin = time.perf_counter()
        process = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, text=True)
        assert process.stdout is not None
        found: Start | None = None
        for line in process.stdout:
            if line.startswith("PAINTED") and found is None:
                found = Start(time.perf_counter() - begin, int(line.split()[2]) / 1024)
        process.wait(timeout=300)
        if found is None:
            raise RuntimeError(f"{args[-1]}: no first page painted (exit {process.returncode})")
        return found


if __name__ == "__main__":
    if sys.argv[1:] == ["--bare"]:
        sys.exit(bare())
    sys.exit(webcare_gui(Path(sys.argv[1])))
