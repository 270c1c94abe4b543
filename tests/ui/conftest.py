"""Fixtures for driving the real main window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from pytestqt.qtbot import QtBot

from tests.helpers.ui import WindowFactory
from ui.app import build_window, stop_background
from ui.mainwindow import MainWindow
from webcare.config import Settings


@pytest.fixture
def make_window(qtbot: QtBot, qapp: object, settings: Settings) -> Iterator[WindowFactory]:
    """Build main windows the way `webcare gui` does; closes and cleans them up afterwards."""
    built: list[MainWindow] = []

    def make(**changes: object) -> MainWindow:
        from dataclasses import replace

        window = build_window(replace(settings, **changes), qapp)  # type: ignore[arg-type]
        qtbot.add_widget(window)
        with qtbot.wait_active(window):
            window.show()
            window.activateWindow()
        built.append(window)
        return window

    yield make
    for window in built:
        window.close()
        stop_background(window.context)
        window.context.tasks.shutdown()
        window.context.translations.clear()
        window.context.database.close()
