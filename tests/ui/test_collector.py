"""Python's cycle collector runs on the GUI thread only, never in a worker thread.

The collector runs in whichever thread happens to allocate when a threshold is crossed: in the
task thread computing a report, say. A window's widget caught in a reference cycle and freed
there is a Qt widget destroyed outside the GUI thread, and the app crashed (a segmentation
fault, seen in `tests/ui/test_mainwindow.py` after other window tests).
"""

from __future__ import annotations

import threading
import weakref

from pytestqt.qtbot import QtBot

from tests.helpers.ui import WindowFactory


class Cycle:
    def __init__(self) -> None:
        self.me = self


def test_garbage_in_a_cycle_is_collected_on_the_gui_thread_not_in_a_worker(
    make_window: WindowFactory, qtbot: QtBot
) -> None:
    make_window()
    freed_in: list[str] = []
    garbage = Cycle()
    weakref.finalize(garbage, lambda: freed_in.append(threading.current_thread().name))
    del garbage

    def allocate() -> None:  # what a task does: thresholds crossed, many times over
        for _ in range(20):
            _ = [Cycle() for _ in range(5_000)]

    worker = threading.Thread(target=allocate, name="a worker")
    worker.start()
    worker.join()
    assert "a worker" not in freed_in
    qtbot.wait_until(lambda: freed_in == [threading.main_thread().name], timeout=10_000)
