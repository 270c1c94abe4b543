"""The Qt binding itself: emitting signals must not corrupt Python's reference counts.

PySide6 6.12.0 drops a reference to the returned bool on every `emit()`; on Python 3.11 (where
True is not immortal) a program that emits a few thousand signals then aborts with
"bool_dealloc: deallocating True or False". pyproject.toml excludes that version.
"""

from __future__ import annotations

import sys

from PySide6.QtCore import QObject, Signal


class Emitter(QObject):
    ping = Signal(object)


def test_emitting_signals_keeps_reference_counts_intact() -> None:
    emitter = Emitter()
    received: list[int] = []
    emitter.ping.connect(lambda _value: received.append(1))
    before = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    for _ in range(200):
        emitter.ping.emit(None)
    after = (sys.getrefcount(True), sys.getrefcount(False), sys.getrefcount(None))
    assert len(received) == 200
    assert after == before
