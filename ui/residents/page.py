"""The residents page: find a resident as you type, their profile with consents, links and who
looked; consent, verification, access and erasure; imports; requests; the audit log.

Wiring only: every question goes to the residents desk through `context.operations`, off the
GUI thread; the desk decides (roles, consent, verification) and the page shows the answer.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QModelIndex, Qt, QTimer
from PySide6.QtGui import QKeySequence, QShortcut, QShowEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.context import AppContext
from ui.residents.changing import ResidentChanges
from ui.residents.imports import Imports
from ui.residents.models import PAGE, ResidentListModel, Roles
from ui.residents.profile import ProfileView
from ui.residents.prompts import ResidentsPrompts
from ui.residents.side_views import AuditView, PostcodeView, RequestsView
from ui.residents.texts import Texts, describe
from ui.widgets.page import Page
from ui.widgets.plain import PlainLabel
from webcare.desk import Changes, Topic
from webcare.residents.values import (
    ResidentProfile,
    ResidentSummary,
)

SEARCH_DELAY_MS = 250

errors.register(describe)


class ResidentsPage(Page):
    page_id = "residents"

    def __init__(
        self,
        context: AppContext,
        prompts: ResidentsPrompts | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.context = context
        self.desk = context.desks.residents
        self.me = context.desks.me
        self.prompts = prompts or ResidentsPrompts()
        self.texts = Texts(self)
        self.heading = PlainLabel()
        self.heading.setObjectName("PageTitle")
        self.message = PlainLabel()
        self.message.setObjectName("PageMessage")
        self.message.setWordWrap(True)
        self.imports = Imports(self, context, self.prompts, self.say)
        self.progress = self.imports.bar
        self.new_button = QPushButton()
        self.new_button.clicked.connect(self.new_resident)
        self.import_button = QPushButton()
        self.import_button.clicked.connect(self.import_replies)
        for button in (self.new_button, self.import_button):
            button.setVisible(self.me.may("residents.edit"))

        self.search_box = QLineEdit()
        self.search_box.setClearButtonEnabled(True)
        self.results = ResidentListModel(self._load_page, self)
        self.list = QListView()
        self.list.setModel(self.results)
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.selectionModel().currentChanged.connect(self._current_changed)
        self._throttle = QTimer(self)
        self._throttle.setObjectName("resident_search_timer")
        self._throttle.setSingleShot(True)
        self._throttle.setInterval(SEARCH_DELAY_MS)
        self._throttle.timeout.connect(lambda: self.results.search(self.search_box.text()))
        self.search_box.textChanged.connect(lambda _t: self._throttle.start())
        self.search_box.returnPressed.connect(self._search_now)
        self._select_first = False
        self.results.rowsInserted.connect(lambda *_: self._rows_arrived())

        self.profile = ProfileView(self.me)
        self.changes = ResidentChanges(
            self, context, self.prompts, self.profile, self.open_resident, self.say
        )
        self.profile.edit_requested.connect(self.edit_resident)
        self.profile.consent_requested.connect(self.record_consent)
        self.profile.withdraw_requested.connect(self.withdraw)
        self.profile.code_requested.connect(self.issue_code)
        self.profile.export_requested.connect(self.export)
        self.profile.request_requested.connect(self.register_request)
        self.profile.erase_requested.connect(self.erase)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.search_box)
        left_layout.addWidget(self.list, 1)
        buttons = QHBoxLayout()
        buttons.addWidget(self.new_button)
        buttons.addWidget(self.import_button)
        buttons.addStretch(1)
        left_layout.addLayout(buttons)
        split = QSplitter(Qt.Orientation.Horizontal)
        split.addWidget(left)
        split.addWidget(self.profile)
        split.setStretchFactor(0, 1)
        split.setStretchFactor(1, 3)
        split.setSizes([280, 760])
        self.tabs = QTabWidget()
        self.tabs.addTab(split, "")
        self.requests: RequestsView | None = None
        self.audit: AuditView | None = None
        if self.me.may("residents.requests"):
            self.requests = RequestsView(context)
            self.requests.open_resident.connect(self.open_resident)
            self.tabs.addTab(self.requests, "")
        if self.me.may("audit.read"):
            self.audit = AuditView(context, self.prompts)
            self.tabs.addTab(self.audit, "")
        self.postcodes = PostcodeView(context)
        self.postcodes.import_requested.connect(self.import_postcodes)
        self.tabs.addTab(self.postcodes, "")
        self.tabs.currentChanged.connect(self._tab_changed)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        context.operations.changed.connect(self._changed)
        self.tabs.tabBar().setFocusPolicy(Qt.FocusPolicy.TabFocus)
        QWidget.setTabOrder(self.search_box, self.list)
        QWidget.setTabOrder(self.list, self.profile)
        self.setFocusProxy(self.search_box)
        find = QShortcut(QKeySequence.StandardKey.Find, self)
        find.activated.connect(self.focus_search)
        self.retranslate_ui()
        self._started = False

    def focus_search(self) -> None:
        self.tabs.setCurrentIndex(0)
        self.search_box.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.search_box.selectAll()

    # ---- the page

    def title(self) -> str:
        return self.tr("Residents")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        self.setAccessibleName(self.title())
        self.search_box.setPlaceholderText(self.tr("Find by name or postcode…"))
        self.search_box.setAccessibleName(self.tr("Find a resident"))
        self.list.setAccessibleName(self.tr("Residents found"))
        self.new_button.setText(self.tr("New resident…"))
        self.import_button.setText(self.tr("Import replies…"))
        names = [self.tr("Profiles")]
        if self.requests is not None:
            names.append(self.tr("Requests"))
        if self.audit is not None:
            names.append(self.tr("Audit log"))
        names.append(self.tr("Postcode table"))
        for index, name in enumerate(names):
            self.tabs.setTabText(index, name)
        for view in (self.profile, self.requests, self.audit, self.postcodes):
            if view is not None:
                view.retranslate_ui()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._started:
            self._started = True
            self.start()

    def start(self) -> None:
        """First look: the list (if the role may search) and the other tabs."""
        if self.me.may("residents.view"):
            self.results.search("")
        else:
            self.search_box.setEnabled(False)
            self.say(self.tr("Your role sees a resident's profile beside a linked conversation."))
        self.postcodes.refresh()
        if self.requests is not None:
            self.requests.refresh()

    def say(self, text: str) -> None:
        self.message.setText(text)

    def _failed(self, text: str, _error: BaseException) -> None:
        self.say(text)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.RESIDENTS, Topic.CONSENTS) and self.me.may("residents.view"):
            self.results.refresh()
            if self.requests is not None:
                self.requests.refresh()
        if changes.touches(Topic.POSTCODES):
            self.postcodes.refresh()

    def _tab_changed(self, index: int) -> None:
        widget = self.tabs.widget(index)
        if widget is self.audit and self.audit is not None:
            self.audit.refresh()
        elif widget is self.requests and self.requests is not None:
            self.requests.refresh()

    # ---- finding and showing

    def _search_now(self) -> None:
        """Enter in the search box: search now (if typing is still pending) and go to the
        first resident found."""
        if self._throttle.isActive():
            self._throttle.stop()
            self._select_first = True
            self.results.search(self.search_box.text())
        else:
            self._go_to_first()

    def _rows_arrived(self) -> None:
        if self._select_first:
            self._select_first = False
            self._go_to_first()

    def _go_to_first(self) -> None:
        if self.results.rowCount():
            self.list.setFocus(Qt.FocusReason.OtherFocusReason)
            self.list.setCurrentIndex(self.results.index(0))

    def _load_page(
        self, query: str, offset: int, arrived: Callable[[list[ResidentSummary]], None]
    ) -> None:
        desk = self.desk
        self.context.operations.op(
            lambda: desk.search(query, limit=PAGE, offset=offset),
            arrived,
            on_error=self._failed,
            owner=self,
        )

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        resident = current.data(Roles.ID)
        if isinstance(resident, int):
            self.open_resident(resident)

    def open_resident(self, resident_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        desk = self.desk
        self.context.operations.op(
            lambda: desk.profile(resident_id), self._show_profile, on_error=self._failed, owner=self
        )

    def _show_profile(self, profile: ResidentProfile) -> None:
        self.profile.show_profile(profile)

    def _reload(self, resident_id: int) -> None:
        self.open_resident(resident_id)

    def current(self) -> ResidentProfile | None:
        return self.profile.profile

    # ---- changing (ui/residents/changing.py)

    def new_resident(self) -> None:
        self.changes.new_resident()

    def edit_resident(self, resident_id: int) -> None:
        self.changes.edit_resident(resident_id)

    def record_consent(self, resident_id: int) -> None:
        self.changes.record_consent(resident_id)

    def withdraw(self, resident_id: int, purpose: str) -> None:
        self.changes.withdraw(resident_id, purpose)

    def issue_code(self, resident_id: int) -> None:
        self.changes.issue_code(resident_id)

    def register_request(self, resident_id: int) -> None:
        self.changes.register_request(resident_id)

    def export(self, resident_id: int) -> None:
        self.changes.export(resident_id)

    def erase(self, resident_id: int) -> None:
        self.changes.erase(resident_id)

    # ---- imports (long work: a progress bar, the inbox goes on beside it)

    def import_replies(self) -> None:
        self.imports.import_replies()

    def import_postcodes(self) -> None:
        self.imports.import_postcodes()
