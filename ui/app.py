"""The composition root of the desktop app: QApplication, translations, database, main window.

`webcare gui` loads `main` through the `webcare.app` entry point.
"""

from __future__ import annotations

import shutil
import signal
import socket
import sys
import threading

from PySide6.QtCore import QCoreApplication, QSocketNotifier, Qt, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from resources import icon_path, style_sheet
from ui.collector import collect_on_gui_thread
from ui.context import AppContext
from ui.i18n import Translations
from ui.mainwindow import MainWindow
from ui.operations import Operations
from ui.state import UiState
from ui.tasks import TaskRunner
from webcare import users
from webcare.accounts.credentials import CredentialStore
from webcare.config import Settings, config_dir
from webcare.demo import start_demo
from webcare.desks import open_desks
from webcare.errors import DatabaseTooNewError, WebcareError
from webcare.inbox import limits
from webcare.runtime import open_database
from webcare.scheduling import InProcessWorker
from webcare.worker import Worker


def application() -> QApplication:
    """The one QApplication of the process, created on first use."""
    app = QApplication.instance()
    if app is None:
        app = QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("Webcare")
    app.setOrganizationName("Webcare")
    app.setWindowIcon(QIcon(str(icon_path("webcare"))))
    app.setStyleSheet(style_sheet())
    return app


def build_window(settings: Settings, app: QApplication) -> MainWindow:
    """Open the database and build the main window (raises WebcareError on a bad database)."""
    collect_on_gui_thread(app)  # before any task thread runs
    state = UiState(config_dir())
    translations = Translations(app)
    language = settings.language
    if not settings.language_from_user and state.language:
        language = state.language
    translations.set_language(language)
    database = open_database(settings, create=True)  # the desktop's first start makes it
    try:
        username = users.current_username()
        # The demo's throwaway sandbox tokens stay in its data folder, never in the keyring.
        credentials = CredentialStore(settings.data_dir, use_keyring=not settings.demo)
        desks = open_desks(
            database.sessions,
            username,
            users.os_display_name(username),
            credentials=credentials,
        )
    except Exception:
        database.close()
        raise
    tasks = TaskRunner(app)
    operations = Operations(tasks, app)
    context = AppContext(settings, database, tasks, translations, state, desks, operations)
    try:
        _start_background(context)
    except Exception:
        database.close()
        raise
    window = MainWindow(context)
    # In this order: nothing may use the database once it is closed.
    app.aboutToQuit.connect(lambda: stop_background(context))
    app.aboutToQuit.connect(tasks.shutdown)
    app.aboutToQuit.connect(database.close)
    return window


def _start_background(context: AppContext) -> None:
    """The demo, or the worker of a one-workstation setup (SQLite), inside this process.

    On a shared PostgreSQL database a headless `webcare worker` polls and sends; desktops only
    queue work. The status bar says which worker is active.
    """
    settings, database = context.settings, context.database
    if settings.demo:
        context.demo = start_demo(settings, database, context.desks.inbox)
        context.worker = context.demo.worker
    elif settings.worker and database.engine.dialect.name == "sqlite":
        worker = InProcessWorker(Worker(database, CredentialStore(settings.data_dir)))
        if worker.start():
            context.worker = worker


def stop_background(context: AppContext) -> None:
    """Stop the demo or the in-process worker (at quit, before the database closes)."""
    if context.demo is not None:
        context.demo.stop()
    elif context.worker is not None:
        context.worker.stop()
    context.demo = context.worker = None


def _fatal_text(error: WebcareError) -> str:
    if isinstance(error, DatabaseTooNewError):
        return QCoreApplication.translate(
            "App",
            "This database was upgraded by a newer version of Webcare (schema revision "
            "{revision}; this version knows up to {head}). Install the newer version, or "
            "choose another database with --db.",
        ).format(revision=error.revision, head=error.head)
    return QCoreApplication.translate("App", "Webcare cannot start: {reason}").format(
        reason=str(error)
    )


def _show_fatal(error: WebcareError) -> None:
    print(f"webcare: {error}", file=sys.stderr)
    box = QMessageBox(QMessageBox.Icon.Critical, "Webcare", _fatal_text(error))
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.exec()  # nothing else runs yet: the window was never built


def _quit_on_signals(app: QApplication) -> None:
    """End the event loop cleanly on SIGINT/SIGTERM, so that the window state is saved.

    Qt's event loop does not let Python run signal handlers; a wake-up socket makes the loop
    notice the signal without a polling timer.
    """
    reader, writer = socket.socketpair()
    reader.setblocking(False)
    writer.setblocking(False)
    signal.set_wakeup_fd(writer.fileno())
    notifier = QSocketNotifier(reader.fileno(), QSocketNotifier.Type.Read, app)

    def wake() -> None:
        try:
            reader.recv(64)
        except BlockingIOError:
            return

    notifier.activated.connect(wake)
    for signum in (signal.SIGINT, signal.SIGTERM):
        signal.signal(signum, lambda *_: app.quit())
    app.setProperty("_signal_sockets", (reader, writer))  # keep both ends alive


def main(settings: Settings) -> int:
    """Run the desktop app until its window closes; returns the exit code."""
    app = application()
    try:
        window = build_window(settings, app)
    except WebcareError as exc:
        _show_fatal(exc)
        return 1
    app.aboutToQuit.connect(window.save_state)
    _quit_on_signals(app)
    window.show()
    # Take the keyboard at start: without a window manager (kiosk set-ups, a virtual
    # screen) nobody else gives the new window the focus.
    window.raise_()
    window.activateWindow()
    # After the first paint, load what the composer's X counter needs (0.4 s of regexes).
    QTimer.singleShot(
        2000,
        lambda: threading.Thread(
            target=limits.warm_up, name="webcare-warm-up", daemon=True
        ).start(),
    )
    try:
        return app.exec()
    finally:
        if settings.demo:
            shutil.rmtree(settings.data_dir, ignore_errors=True)
