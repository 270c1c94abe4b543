"""Python's cycle collector, run on the GUI thread only.

The collector runs in whichever thread allocates when a generation's threshold is crossed: in
the task thread computing a report, or the worker's. A widget caught in a reference cycle (a
lambda slot holding its owner, say) freed there is a Qt widget destroyed outside the GUI
thread, and Qt crashes. So automatic collection is off, and a timer on the GUI thread collects
each generation when its count passes the threshold, as the automatic collector would.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QCoreApplication, QObject, QTimer

INTERVAL_MS = 1_000


class GuiThreadCollector(QObject):
    """Collects cycles on the thread it lives on (the GUI thread), every INTERVAL_MS."""

    def __init__(self, parent: QObject) -> None:
        super().__init__(parent)
        self.setObjectName("gui_thread_collector")
        self.thresholds = gc.get_threshold()
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setObjectName("gui_thread_collector_timer")
        self.timer.setInterval(INTERVAL_MS)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        counts = gc.get_count()
        generation = -1
        for index, (count, threshold) in enumerate(zip(counts, self.thresholds, strict=True)):
            if threshold and count > threshold:
                generation = index
            else:
                break  # an older generation is collected only with the younger ones
        if generation >= 0:
            gc.collect(generation)


def collect_on_gui_thread(app: QCoreApplication) -> GuiThreadCollector:
    """The application's collector (made once, a child of `app`)."""
    found = app.findChild(GuiThreadCollector, "gui_thread_collector")
    return found if found is not None else GuiThreadCollector(app)
