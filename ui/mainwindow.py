"""The main window: navigation rail, pages, menus and a status bar with account health."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSizePolicy,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from resources import icon_path
from ui.calendar.page import CalendarPage
from ui.context import AppContext
from ui.inbox.notify import TrayIcon
from ui.inbox.page import InboxPage
from ui.reports.page import ReportsPage
from ui.residents.page import ResidentsPage
from ui.settings.accounts import AccountsSection
from ui.settings.page import SettingsPage
from ui.settings.policy import PolicySection
from ui.settings.users import UsersSection
from ui.widgets.navrail import NavRail
from ui.widgets.page import Page
from webcare import __version__
from webcare.accounts.health import HealthSummary

HEALTH_REFRESH_MS = 5_000


class MainWindow(QMainWindow):
    """Pages are reached from the rail, the Go menu or Ctrl+1 … Ctrl+5."""

    def __init__(self, context: AppContext) -> None:
        super().__init__()
        self.context = context
        self.setObjectName("MainWindow")
        self.setWindowIcon(QIcon(str(icon_path("webcare"))))
        self.setMinimumSize(900, 600)

        self.settings_page = SettingsPage(context.settings, context.database.revision)
        self.settings_page.show_language(context.translations.language)
        self.settings_page.language_requested.connect(self.set_language)
        self.inbox = InboxPage(context)
        self.settings_page.add_section(self.inbox.settings_section())
        self.settings_page.add_section(self.inbox.canned_section())
        self.settings_page.add_section(self.inbox.labels_section())  # the team's labels
        # ---- the team: its service policy, its users and roles (through the team's desk)
        self.policy_section = PolicySection(
            context.operations, context.desks.team, parent=self.settings_page
        )
        self.settings_page.add_section(self.policy_section)
        self.users_section = UsersSection(
            context.operations, context.desks.team, self.settings_page
        )
        self.settings_page.add_section(self.users_section)
        # ---- connected accounts and their quarantine (through the accounts desk)
        self.accounts_section = AccountsSection(
            context.operations, context.desks.accounts, context.desks.team, self.settings_page
        )
        self.settings_page.add_section(self.accounts_section)
        self.tray = TrayIcon(self)
        self.inbox.unassigned_changed.connect(self.tray.set_unassigned)
        self.inbox.notice.connect(self.tray.show_message)
        # ---- the calendar (ui.calendar)
        self.calendar = CalendarPage(context)
        self.calendar.notice.connect(self.tray.show_message)
        self.pages: list[tuple[Page, str]] = [
            (self.inbox, "inbox"),
            (self.calendar, "calendar"),
            (ResidentsPage(context), "residents"),
            (ReportsPage(context), "reports"),
            (self.settings_page, "settings"),
        ]

        self.rail = NavRail()
        self.stack = QStackedWidget()
        for page, icon in self.pages:
            self.rail.add_page(page.page_id, icon)
            self.stack.addWidget(page)
        self.rail.currentRowChanged.connect(self._show_row)

        body = QWidget()
        body_layout = QHBoxLayout(body)
        body_layout.setContentsMargins(0, 0, 0, 0)
        body_layout.setSpacing(0)
        body_layout.addWidget(self.rail)
        body_layout.addWidget(self.stack, 1)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        self.demo_banner: QLabel | None = None
        if context.settings.demo:
            central_layout.addWidget(self._build_demo_banner())
        central_layout.addWidget(body, 1)
        self.setCentralWidget(central)

        self.worker_label = QLabel()
        self.worker_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.worker_label)
        self.health_label = QLabel()
        self.health_label.setTextFormat(Qt.TextFormat.PlainText)
        self.statusBar().addPermanentWidget(self.health_label)
        self._health: HealthSummary | None = None
        self._health_timer = QTimer(self)
        self._health_timer.setObjectName("health_refresh_timer")
        self._health_timer.setInterval(HEALTH_REFRESH_MS)
        self._health_timer.timeout.connect(self.refresh_health)
        context.tasks.failed.connect(self._show_task_error)
        self._build_long_work()
        context.operations.failed.connect(self._show_task_error)

        self._build_menus()
        self.retranslate_ui()
        self._restore_state()
        self.refresh_health()
        self._health_timer.start()

    # ---- pages

    def page_ids(self) -> list[str]:
        return [page.page_id for page, _ in self.pages]

    def current_page(self) -> Page:
        page = self.stack.currentWidget()
        assert isinstance(page, Page)
        return page

    def show_page(self, page_id: str) -> None:
        row = self.rail.row_of(page_id)
        if row >= 0:
            self.rail.setCurrentRow(row)

    def _show_row(self, row: int) -> None:
        if row < 0:
            return
        self.stack.setCurrentIndex(row)
        self._update_title()

    def _update_title(self) -> None:
        self.setWindowTitle(f"Webcare — {self.current_page().title()}")

    # ---- language

    def set_language(self, language: str) -> None:
        """Switch the interface language now and remember it for the next start."""
        if not self.context.translations.set_language(language):
            self.statusBar().showMessage(
                self.tr("The translation could not be loaded; showing English."), 8_000
            )
        self.context.state.language = language
        self.settings_page.show_language(language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def retranslate_ui(self) -> None:
        for row, (page, _) in enumerate(self.pages):
            item = self.rail.item(row)
            item.setText(page.title())
            item.setToolTip(f"{page.title()} (Ctrl+{row + 1})")
            self._go_actions[row].setText(page.title())
        self.rail.fit_to_texts()
        self.rail.setAccessibleName(self.tr("Navigation"))
        self.stack.setAccessibleName(self.tr("Page"))
        self._file_menu.setTitle(self.tr("&File"))
        self._go_menu.setTitle(self.tr("&Go"))
        self._help_menu.setTitle(self.tr("&Help"))
        self._quit_action.setText(self.tr("&Quit"))
        self._about_action.setText(self.tr("&About Webcare"))
        if self.demo_banner is not None:
            text = self.tr(
                "DEMO: residents are simulated by the sandbox and nothing reaches a real "
                "platform; the database is deleted when you quit."
            )
            if self.context.demo is not None:
                text += " " + self.tr("Sandbox: {url}").format(url=self.context.demo.sandbox_url)
            self.demo_banner.setText(text)
        self._show_health()
        self._update_title()

    # ---- menus

    def _build_menus(self) -> None:
        self._file_menu = self.menuBar().addMenu("")
        self._quit_action = QAction(self)
        self._quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        self._quit_action.triggered.connect(self.close)
        self._file_menu.addAction(self._quit_action)

        self._go_menu = self.menuBar().addMenu("")
        self._go_actions: list[QAction] = []
        for row, (page, _) in enumerate(self.pages):
            action = QAction(self)
            action.setShortcut(QKeySequence(f"Ctrl+{row + 1}"))
            action.triggered.connect(lambda _=False, pid=page.page_id: self._go_to(pid))
            self._go_menu.addAction(action)
            self.addAction(action)  # the shortcut works even when the menu bar is hidden
            self._go_actions.append(action)

        self._help_menu = self.menuBar().addMenu("")
        self._about_action = QAction(self)
        self._about_action.triggered.connect(self._show_about)
        self._help_menu.addAction(self._about_action)

    def _go_to(self, page_id: str) -> None:
        self.show_page(page_id)
        self.rail.setFocus(Qt.FocusReason.ShortcutFocusReason)

    def _show_about(self) -> None:
        box = QMessageBox(self)
        box.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        box.setWindowTitle(self.tr("About Webcare"))
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.setText(
            self.tr("Webcare {version}\nOne inbox for the municipality's social media.").format(
                version=__version__
            )
        )
        box.setIconPixmap(QIcon(str(icon_path("webcare"))).pixmap(64, 64))
        box.show()

    def _build_demo_banner(self) -> QFrame:
        frame = QFrame()
        frame.setObjectName("DemoBanner")
        layout = QHBoxLayout(frame)
        layout.setContentsMargins(8, 2, 8, 2)
        self.demo_banner = QLabel(frame)
        self.demo_banner.setObjectName("DemoBannerText")
        self.demo_banner.setTextFormat(Qt.TextFormat.PlainText)
        self.demo_banner.setWordWrap(True)  # all of it, also in a narrow window
        self.demo_banner.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.demo_banner.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.demo_banner, 1)
        return frame

    # ---- account health

    def refresh_health(self) -> None:
        """Count accounts by state through the accounts desk and show the result."""
        self.context.operations.query(self.context.desks.accounts.health, self._set_health)

    def _set_health(self, health: HealthSummary) -> None:
        self._health = health
        self._show_health()

    def _show_health(self) -> None:
        health = self._health
        if health is None:
            text = self.tr("Accounts: checking…")
        elif health.total == 0:
            text = self.tr("Accounts: none connected")
        elif health.needing_attention:
            text = self.tr("Accounts: %n of {total} need attention", "", health.needing_attention)
            text = text.format(total=health.total)
        elif health.rate_limited:
            text = self.tr("Accounts: %n rate limited, waiting", "", health.rate_limited)
        else:
            text = self.tr("Accounts: %n connected, all working", "", health.total)
        self.health_label.setText(text)
        self.health_label.setAccessibleName(text)
        self._show_worker()

    def _show_worker(self) -> None:
        """Who polls the platforms and sends the replies: this app, another process, nobody."""
        worker = self.context.worker
        health = self._health
        if worker is not None and worker.running:
            text = self.tr("Polling and sending: this app")
            warn = False
        elif health is not None and health.worker_holder:
            text = self.tr("Polling and sending: {holder}").format(holder=health.worker_holder)
            warn = False
        elif health is not None:
            text = self.tr("Polling and sending: nobody; replies wait in the outbox")
            warn = True
        else:
            text, warn = "", False
        self.worker_label.setText(text)
        self.worker_label.setAccessibleName(text)
        self.worker_label.setProperty("warning", warn)
        self.worker_label.style().unpolish(self.worker_label)
        self.worker_label.style().polish(self.worker_label)

    def _show_task_error(self, message: str) -> None:
        self.statusBar().showMessage(self.tr("Error: {message}").format(message=message), 10_000)

    # ---- long work (Operations.long_op): a progress bar in the status bar, whichever page runs it

    def _build_long_work(self) -> None:
        self.long_work_label = QLabel()
        self.long_work_label.setTextFormat(Qt.TextFormat.PlainText)
        self.long_work = QProgressBar()
        self.long_work.setObjectName("LongWork")
        self.long_work.setMaximumWidth(180)
        self.long_work.setMaximumHeight(14)
        self.long_work.setTextVisible(False)
        self.statusBar().addWidget(self.long_work_label)
        self.statusBar().addWidget(self.long_work)
        self.long_work_label.hide()
        self.long_work.hide()
        self.context.operations.progress.connect(self._show_long_work)

    def _show_long_work(self, label: str, done: int, total: int) -> None:
        finished = done < 0 or (total > 0 and done >= total)
        self.long_work_label.setVisible(not finished)
        self.long_work.setVisible(not finished)
        if finished:
            return
        self.long_work_label.setText(label)
        self.long_work.setAccessibleName(label)
        self.long_work.setRange(0, max(total, 0))
        self.long_work.setValue(max(done, 0))

    # ---- state

    def _restore_state(self) -> None:
        state = self.context.state
        geometry = state.window_geometry
        if geometry is None or not self.restoreGeometry(geometry):
            self.resize(1280, 800)
        self._fit_to_screen()
        window_state = state.window_state
        if window_state is not None:
            self.restoreState(window_state)
        row = self.rail.row_of(state.page)
        self.rail.setCurrentRow(row if row >= 0 else 0)

    def _fit_to_screen(self) -> None:
        """Never larger than the screen it opens on (a smaller screen than last time, say)."""
        screen = self.screen()
        if screen is None:
            return
        available = screen.availableGeometry()
        width = max(self.minimumWidth(), min(self.width(), available.width()))
        height = max(self.minimumHeight(), min(self.height(), available.height()))
        if (width, height) != (self.width(), self.height()):
            self.resize(width, height)
        frame = self.frameGeometry()
        if not available.contains(frame.topLeft()):
            self.move(available.topLeft())

    def save_state(self) -> None:
        state = self.context.state
        self.inbox.save_state()
        state.window_geometry = self.saveGeometry()
        state.window_state = self.saveState()
        state.page = self.current_page().page_id
        state.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        self._health_timer.stop()
        self.inbox.shutdown()
        self.calendar.shutdown()
        self.save_state()
        super().closeEvent(event)
