"""The inbox at scale: 1,000,000 conversations against 10, in the same run.

    .venv/bin/python benchmarks/inbox.py [--runs 5] [--conversations 1000000] [--work DIR]

Generates (once, then reuses) two SQLite databases with three messages per conversation:
a large one and a baseline of 10 conversations. For each, it starts `webcare gui` in a fresh
process per run (offscreen) and measures, as medians:

- start: from starting the process to the first page of the list painted on screen;
- queue switch: from choosing another queue to its first page painted;
- search: from submitting a search to the results painted (typing adds the 250 ms throttle),
  for names and handles (few hits) and for everyday words (tens of thousands of hits);
- open: from selecting a conversation to its thread shown;
- counts: one poll's queue counts on the database thread (what every change costs).

Figures are reported for both databases and as ratios (large / baseline).
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

QUEUES = ["closed", "unassigned", "mine", "pending", "open"]
# A name or a handle matches a few conversations; an everyday word, tens of thousands.
RARE_SEARCHES = ["yara550", "#123456", "anouk81", "lieke9", "#777777"]
COMMON_SEARCHES = ["paspoort", "fietswrakken bibliotheek", "dakkapel vergunning", "zuiddijk"]


# ---- the child: one app start, then the interactions


def child(folder: Path, repeats: int) -> int:
    """Runs in a fresh process: start the app, wait for painted rows, time interactions."""
    started = time.perf_counter()
    from PySide6.QtCore import QEvent, QObject, QTimer
    from PySide6.QtWidgets import QApplication

    from ui.app import application, build_window
    from ui.inbox.roles import Roles
    from webcare.config import Settings, sqlite_url
    from webcare.inbox import listing
    from webcare.inbox.queries import Queue

    app: QApplication = application()
    worker = os.environ.get("BENCH_WORKER", "1") == "1"
    settings = Settings(db_url=sqlite_url(folder), data_dir=folder, language="en", worker=worker)
    window = build_window(settings, app)
    inbox = window.inbox
    view = inbox.list_pane.view
    results: dict[str, list[float]] = {}
    state: dict[str, object] = {"kind": "start", "begin": started, "arrived": False}
    steps: list[tuple[str, object]] = []
    for i in range(repeats):
        steps.append(("switch", QUEUES[i % len(QUEUES)]))
    for i in range(repeats):
        steps.append(("search_rare", RARE_SEARCHES[i % len(RARE_SEARCHES)]))
        steps.append(("search_common", COMMON_SEARCHES[i % len(COMMON_SEARCHES)]))
    steps.append(("clear", None))
    steps.append(("prepare", "closed"))
    for i in range(repeats):
        steps.append(("open", i + 1))

    def next_step() -> None:
        if not steps:
            with window.context.database.sessions() as session:
                me = inbox.me.id if inbox.me else 0
                counts = []
                for _ in range(repeats):
                    begin = time.perf_counter()
                    listing.queue_counts(session, me)
                    counts.append(time.perf_counter() - begin)
            results["counts"] = counts
            print(json.dumps(results), flush=True)
            window.close()
            app.quit()
            return
        kind, value = steps.pop(0)
        state["kind"], state["begin"], state["arrived"] = kind, time.perf_counter(), False
        if kind == "switch":
            inbox.queue_pane.select_queue(Queue(str(value)))
        elif kind.startswith("search"):
            inbox.list_pane.search.setText(str(value))
            inbox.list_pane.search.returnPressed.emit()
        elif kind == "clear":  # not measured: back to lists for "open"
            state["kind"] = "start"
            inbox.list_pane.search.setText("")
            inbox.list_pane.search.returnPressed.emit()
        elif kind == "prepare":
            state["kind"] = "start"
            inbox.queue_pane.select_queue(Queue(str(value)))
        else:  # the next row: always another conversation than the open one
            row = (view.currentIndex().row() + 1) % max(1, inbox.model.rowCount())
            view.setCurrentIndex(inbox.model.index(row))

    def finish() -> None:
        kind = str(state["kind"])
        elapsed = time.perf_counter() - float(str(state["begin"]))
        if kind != "start" or state.get("query") is None:
            results.setdefault(kind, []).append(elapsed)
        if kind == "start" and state.get("query") is None:
            print(f"FIRST_PAGE {inbox.model.rowCount()}", flush=True)
        state["query"] = inbox.model.query
        state["kind"] = None
        QTimer.singleShot(50, next_step)

    def page_arrived() -> None:
        state["arrived"] = True
        if state["kind"] not in (None, "open") and inbox.model.rowCount() == 0:
            QTimer.singleShot(0, finish)  # nothing to paint but the "no conversations" text

    inbox.model.reset_done.connect(page_arrived)

    class Painted(QObject):
        """Ends a measurement when the list (or the thread) paints what was asked for."""

        def eventFilter(self, watched: QObject, event: QEvent) -> bool:
            if event.type() != QEvent.Type.Paint or state["kind"] is None:
                return False
            kind = str(state["kind"])
            if kind == "open":
                detail = inbox.controller.detail
                current = view.currentIndex().data(Roles.ID)
                if watched is inbox.thread_view.viewport() and detail and detail.id == current:
                    finish()
            elif watched is view.viewport() and state.get("arrived"):
                finish()
            return False

    painted = Painted(app)
    view.viewport().installEventFilter(painted)
    inbox.thread_view.viewport().installEventFilter(painted)
    window.show()
    return app.exec()


# ---- the parent: data, processes, medians


def prepare(work: Path, name: str, conversations: int) -> Path:
    folder = work / name
    marker = folder / f"ready-{conversations}"
    if marker.exists():
        return folder
    from inbox_data import bulk_generate, populate  # beside this script

    from webcare.config import Settings, sqlite_url
    from webcare.runtime import open_database
    from webcare.storage.db import transaction

    if folder.exists():
        for item in folder.iterdir():
            item.unlink()
    folder.mkdir(parents=True, exist_ok=True)
    settings = Settings(db_url=sqlite_url(folder), data_dir=folder, language="en")
    database = open_database(settings)
    start = time.perf_counter()
    with transaction(database.sessions) as session:
        populate(session, conversations=0, me="bench")
    bulk_generate(
        database.engine,
        conversations=conversations,
        messages_per_conversation=3,
        batch=100_000,
        progress=lambda text: print(f"  {name}: {text}", file=sys.stderr, flush=True),
    )
    with database.engine.begin() as connection:
        connection.exec_driver_sql("ANALYZE")
    database.close()
    size = sum(item.stat().st_size for item in folder.iterdir()) / 1e6
    print(
        f"generated {name}: {conversations:,} conversations, {3 * conversations:,} messages "
        f"in {time.perf_counter() - start:.0f} s ({size:,.0f} MB)",
        file=sys.stderr,
    )
    marker.touch()
    return folder


def run_once(folder: Path, repeats: int) -> dict[str, list[float]]:
    with tempfile.TemporaryDirectory() as config:
        env = {
            **os.environ,
            "QT_QPA_PLATFORM": "offscreen",
            "WEBCARE_USER": "bench",
            "WEBCARE_CONFIG_DIR": config,
        }
        env.pop("WEBCARE_DB_URL", None)
        begin = time.perf_counter()
        process = subprocess.Popen(
            [sys.executable, __file__, "--child", str(folder), "--repeats", str(repeats)],
            env=env,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert process.stdout is not None
        first_page = None
        result: dict[str, list[float]] = {}
        for line in process.stdout:
            if line.startswith("FIRST_PAGE") and first_page is None:
                first_page = time.perf_counter() - begin
            elif line.startswith("{"):
                result = json.loads(line)
        process.wait(timeout=120)
        if first_page is None or not result:
            raise RuntimeError(f"the app did not report (exit {process.returncode})")
        result["start"] = [first_page]
        return result


def median_ms(values: list[float]) -> float:
    return statistics.median(values) * 1000


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--repeats", type=int, default=5, help="interactions of each kind per run")
    parser.add_argument("--conversations", type=int, default=1_000_000)
    parser.add_argument(
        "--work", type=Path, default=Path(tempfile.gettempdir()) / "webcare-inbox-bench"
    )
    parser.add_argument("--generate-only", action="store_true", help="prepare the data, no runs")
    parser.add_argument("--child", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        return child(args.child, args.repeats)

    baseline = prepare(args.work, "baseline", 10)
    large = prepare(args.work, "large", args.conversations)
    if args.generate_only:
        return 0
    collected: dict[str, dict[str, list[float]]] = {"baseline": {}, "large": {}}
    for _ in range(args.runs):  # interleaved, so that both see the same machine state
        for name, folder in (("baseline", baseline), ("large", large)):
            for kind, values in run_once(folder, args.repeats).items():
                collected[name].setdefault(kind, []).extend(values)
    labels = {
        "start": "start to first page painted",
        "switch": "switch queue to first page painted",
        "search_rare": "search, a name or handle (few hits)",
        "search_common": "search, an everyday word (~55,000 hits)",
        "open": "open a conversation (thread shown)",
        "counts": "queue counts (one poll, DB thread)",
    }
    print(f"runs: {args.runs} (fresh process each), {args.repeats} interactions per kind and run")
    print(f"{'measure':<40} {'10 conv.':>10} {f'{args.conversations:,} conv.':>16} {'ratio':>7}")
    for kind, label in labels.items():
        small, big = median_ms(collected["baseline"][kind]), median_ms(collected["large"][kind])
        print(f"{label:<40} {small:>8.1f} ms {big:>13.1f} ms {big / small:>7.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
