"""Beside a conversation in the inbox: the resident it is linked to (only where linked, only to
roles that may see it, contact details masked unless the role allows), the link a received
verification code offers, or a search that says who can be linked and why others cannot.

A widget of its own; the inbox page only places it and tells it which conversation is open
(`show_conversation`).
"""

from __future__ import annotations

from PySide6.QtCore import QSize, QTimer, Signal
from PySide6.QtGui import QResizeEvent, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.residents.page import ResidentsPage
from ui.residents.texts import Texts
from ui.widgets.plain import PlainLabel
from webcare.desk import Changes, Topic
from webcare.inbox.thread import ConversationDetail
from webcare.residents import validation
from webcare.residents.values import BesideConversation, LinkCandidate, ResidentProfile
from webcare.residents.vocabulary import ConsentMethod, Purpose

CANDIDATE_ROLE = 0x0100 + 7
NARROWEST = 160


def _minimum(splitter: QSplitter, index: int) -> int:
    widget = splitter.widget(index)
    return widget.minimumWidth() if widget is not None else 0


class ResidentPanel(QFrame):
    """Signals:
    open_profile(int): the person wants the whole profile (the Residents page shows it).
    """

    open_profile = Signal(int)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ResidentPanel")
        self.context = context
        self.desk = context.desks.residents
        self.me = context.desks.me
        self.texts = Texts(self)
        self.conversation_id: int | None = None
        self.beside: BesideConversation | None = None
        self._widened = False
        self.heading = PlainLabel()
        self.heading.setObjectName("SectionHeading")
        self.summary = PlainLabel()
        self.summary.setWordWrap(True)
        self.details = PlainLabel()
        self.details.setWordWrap(True)
        self.link_button = QPushButton()
        self.link_button.clicked.connect(self._link_offered)
        self.open_button = QPushButton()
        self.open_button.clicked.connect(self._open)
        self.unlink_button = QPushButton()
        self.unlink_button.clicked.connect(self._unlink)
        self.stop_button = QPushButton()
        self.stop_button.clicked.connect(self._withdraw)
        self.search = QLineEdit()
        self.search.setClearButtonEnabled(True)
        self.candidates = QListWidget()
        self.candidates.setMaximumHeight(140)
        self.candidates.currentItemChanged.connect(lambda *_: self._update_candidate())
        self.link_candidate = QPushButton()
        self.link_candidate.clicked.connect(self._link_candidate)
        self._timer = QTimer(self)
        self._timer.setObjectName("resident_panel_search_timer")
        self._timer.setSingleShot(True)
        self._timer.setInterval(300)
        self._timer.timeout.connect(self._find)
        self.search.textChanged.connect(lambda _t: self._timer.start())
        buttons = QVBoxLayout()  # one under the other: the panel is a narrow column
        for button in (self.link_button, self.open_button, self.unlink_button, self.stop_button):
            buttons.addWidget(button)
        self.body = QWidget(self)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.addWidget(self.body)
        layout = QVBoxLayout(self.body)
        layout.setContentsMargins(10, 8, 10, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addWidget(self.details)
        layout.addLayout(buttons)
        layout.addWidget(self.search)
        layout.addWidget(self.candidates)
        layout.addWidget(self.link_candidate)
        layout.addStretch(1)
        self.setMinimumWidth(1)  # it gives way first when the window is narrow
        if not self.me.may("residents.view_linked"):
            self.hide()  # a planner: nothing of residents beside a conversation
        context.operations.changed.connect(self._changed)
        self.retranslate_ui()
        self._show(None)

    def sizeHint(self) -> QSize:
        return QSize(250, super().sizeHint().height())

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        # Squeezed by a narrow window: show nothing rather than a column of cut-off words.
        self.body.setVisible(self.width() >= NARROWEST)

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if not self._widened:
            self._widened = True
            QTimer.singleShot(0, self._claim_width)

    def _claim_width(self) -> None:
        """In the inbox's splitter a new pane starts at no width: take some from the widest."""
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter):
            return
        sizes = splitter.sizes()
        index = splitter.indexOf(self)
        if index < 0 or sizes[index] >= 120:
            return
        # from the panes before it, the nearest first (not the queues: their names must show)
        slack = [
            0 if i in (0, index) else max(0, size - _minimum(splitter, i))
            for i, size in enumerate(sizes)
        ]
        wanted = min(self.sizeHint().width(), sum(slack))
        for i, spare in enumerate(slack):
            take = wanted * spare // max(sum(slack), 1)
            sizes[i] -= take
            sizes[index] += take
        splitter.setSizes(sizes)

    def retranslate_ui(self) -> None:
        self.heading.setText(self.tr("Resident"))
        self.link_button.setText(self.tr("Link to this resident"))
        self.open_button.setText(self.tr("Open profile"))
        self.unlink_button.setText(self.tr("Unlink"))
        self.stop_button.setText(self.tr("Resident withdraws consent"))
        self.search.setPlaceholderText(self.tr("Find a resident to link…"))
        self.search.setAccessibleName(self.tr("Find a resident to link"))
        self.candidates.setAccessibleName(
            self.tr("Residents found, and whether they can be linked")
        )
        self.link_candidate.setText(self.tr("Link the chosen resident"))
        self.setAccessibleName(self.tr("Resident beside the conversation"))
        self._show(self.beside)

    # ---- what to show

    def show_detail(self, detail: ConversationDetail | None) -> None:
        """The inbox's `detail_changed`: another conversation is open (or none)."""
        self.show_conversation(detail.id if detail is not None else None)

    def show_conversation(self, conversation_id: int | None) -> None:
        """The inbox opened another conversation (or none)."""
        if conversation_id == self.conversation_id:
            return
        self.conversation_id = conversation_id
        self.search.clear()
        self.candidates.clear()
        self.refresh()

    def refresh(self) -> None:
        conversation = self.conversation_id
        if conversation is None or not self.me.may("residents.view_linked"):
            self._show(None)
            return
        desk = self.desk
        self.context.operations.op(
            lambda: desk.beside_conversation(conversation),
            self._arrived,
            on_error=lambda text, _e: self.summary.setText(text),
            owner=self,
        )

    def _arrived(self, beside: BesideConversation) -> None:
        if beside.conversation_id == self.conversation_id:
            self._show(beside)

    def _changed(self, changes: Changes) -> None:
        touched = self.conversation_id in changes.conversations
        if touched or changes.touches(Topic.RESIDENTS, Topic.CONSENTS):
            self.refresh()

    def _show(self, beside: BesideConversation | None) -> None:
        self.beside = beside
        profile = beside.profile if beside is not None else None
        offer = beside.offer if beside is not None else None
        may_link = self.me.may("residents.link") and beside is not None
        searching = may_link and profile is None and offer is None
        self.link_button.setVisible(offer is not None and may_link)
        self.open_button.setVisible(profile is not None and self.me.may("residents.view"))
        self.unlink_button.setVisible(profile is not None and self.me.may("residents.link"))
        self.stop_button.setVisible(profile is not None and self.me.may("consents.withdraw"))
        for widget in (self.search, self.candidates, self.link_candidate):
            widget.setVisible(searching)
        self.details.setVisible(profile is not None)
        if beside is None:
            self.summary.setText(self.tr("No conversation is open."))
        elif profile is not None:
            self.summary.setText(profile.name)
            self.details.setText(self._details(profile))
        elif offer is not None:
            self.summary.setText(
                self.tr(
                    "This account sent the verification code of {name} on {when}. Link the "
                    "conversation to their profile?"
                ).format(name=offer.name, when=self.texts.when(offer.received_at))
            )
        else:
            self.summary.setText(
                self.tr(
                    "Not linked to a resident. A conversation is linked only with the "
                    "resident's consent and a verified account."
                )
            )
        self._update_candidate()

    def _details(self, profile: ResidentProfile) -> str:
        t = self.texts
        lines = []
        if profile.neighbourhood is not None:
            lines.append(
                self.tr("Buurt {code} ({year})").format(
                    code=profile.neighbourhood.buurtcode, year=profile.neighbourhood.year
                )
            )
        lines.append(self.tr("Language: {language}").format(language=t.language(profile.language)))
        if profile.email:
            lines.append(self.tr("E-mail: {value}").format(value=t.masked(profile.email)))
        if profile.phone:
            phone = profile.phone if profile.masked else validation.display_phone(profile.phone)
            lines.append(self.tr("Phone: {value}").format(value=t.masked(phone)))
        purposes = [t.purpose_short(p) for p in sorted(profile.valid_purposes())]
        lines.append(self.tr("Consent: {purposes}").format(purposes=", ".join(purposes) or "-"))
        return "\n".join(lines)

    # ---- linking

    def _find(self) -> None:
        conversation, query = self.conversation_id, self.search.text().strip()
        if conversation is None or not query:
            self.candidates.clear()
            return
        desk = self.desk
        self.context.operations.op(
            lambda: desk.link_candidates(conversation, query),
            self._found,
            on_error=lambda text, _e: self.summary.setText(text),
            owner=self,
        )

    def _found(self, found: list[LinkCandidate]) -> None:
        self.candidates.clear()
        for candidate in found:
            text = f"{candidate.resident.name} — {self.texts.block(candidate.blocked)}"
            item = QListWidgetItem(text)
            item.setData(CANDIDATE_ROLE, candidate)
            self.candidates.addItem(item)
        if not found:
            self.candidates.addItem(self.tr("Nobody found"))
        self._update_candidate()

    def _chosen(self) -> LinkCandidate | None:
        item = self.candidates.currentItem()
        value = item.data(CANDIDATE_ROLE) if item is not None else None
        return value if isinstance(value, LinkCandidate) else None

    def _update_candidate(self) -> None:
        chosen = self._chosen()
        self.link_candidate.setEnabled(chosen is not None and chosen.blocked is None)

    def _link(self, resident_id: int) -> None:
        conversation = self.conversation_id
        if conversation is None:
            return
        desk = self.desk
        self.context.operations.op(
            lambda: desk.link(conversation, resident_id),
            lambda _result: self.refresh(),
            on_error=lambda text, _e: self.summary.setText(text),
            owner=self,
        )

    def _link_offered(self) -> None:
        if self.beside is not None and self.beside.offer is not None:
            self._link(self.beside.offer.resident_id)

    def _link_candidate(self) -> None:
        chosen = self._chosen()
        if chosen is not None and chosen.blocked is None:
            self._link(chosen.resident.id)

    def _unlink(self) -> None:
        conversation = self.conversation_id
        if conversation is not None:
            desk = self.desk
            self.context.operations.op(
                lambda: desk.unlink(conversation), lambda _r: self.refresh(), owner=self
            )

    def _withdraw(self) -> None:
        profile = self.beside.profile if self.beside is not None else None
        if profile is None:
            return
        desk = self.desk
        self.context.operations.op(
            lambda: desk.withdraw_consent(
                profile.id, Purpose.LINK_SOCIAL, ConsentMethod.DM_KEYWORD
            ),
            lambda _r: self.refresh(),
            on_error=lambda text, _e: self.summary.setText(text),
            owner=self,
        )

    def _open(self) -> None:
        """Show the whole profile on the Residents page (the look there is audited too)."""
        profile = self.beside.profile if self.beside is not None else None
        if profile is None:
            return
        self.open_profile.emit(profile.id)
        window = self.window()
        pages = window.findChildren(ResidentsPage)
        show_page = getattr(window, "show_page", None)
        if pages and callable(show_page):
            show_page(ResidentsPage.page_id)
            pages[0].open_resident(profile.id)
