"""Long work (a recomputation after a policy change, an export) shows in the status bar,
whichever page is open."""

from __future__ import annotations

from collections.abc import Callable

from ui.mainwindow import MainWindow


def test_the_status_bar_shows_long_work_until_it_ends(
    make_window: Callable[..., MainWindow],
) -> None:
    window = make_window()
    window.show_page("settings")
    operations = window.context.operations

    operations.progress.emit("De rapportage wordt geteld…", 0, 0)
    assert window.long_work.isVisible()
    operations.progress.emit("De rapportage wordt geteld…", 3, 8)
    assert (window.long_work.value(), window.long_work.maximum()) == (3, 8)
    assert window.long_work_label.text() == "De rapportage wordt geteld…"
    operations.progress.emit("De rapportage wordt geteld…", 8, 8)
    assert not window.long_work.isVisible()
    operations.progress.emit("Exporteren…", 0, 0)
    operations.progress.emit("Exporteren…", -1, -1)  # it failed
    assert not window.long_work.isVisible()
