"""One resident's profile: contact details (masked where the role requires), neighbourhood,
consents, linked accounts and conversations, codes, and who looked - with the actions the role
allows. Plain values in, signals out; the page does the desk calls."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, Qt, Signal, SignalInstance
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QListWidget,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ui.residents.models import ConsentModel, ConsultationModel
from ui.residents.texts import Texts
from ui.widgets.flow import FlowLayout
from ui.widgets.plain import PlainLabel
from webcare.residents import validation
from webcare.residents.values import MASK, ResidentProfile
from webcare.residents.vocabulary import Purpose
from webcare.users import UserInfo


def table_view(name: str, model: QAbstractItemModel | None = None) -> QTableView:
    """A read-only table of whole rows, one selected at a time."""
    view = QTableView()
    if model is not None:
        view.setModel(model)
    view.setAccessibleName(name)
    view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
    view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    view.verticalHeader().hide()
    # Columns share the width (texts elide): no sideways scrolling in a narrow window.
    view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    view.setWordWrap(False)
    return view


def fit_list(view: QListWidget, most: int = 6) -> None:
    """As tall as its items, up to `most` of them (then it scrolls)."""
    rows = min(max(view.count(), 1), most)
    view.setFixedHeight(rows * max(view.sizeHintForRow(0), 18) + 2 * view.frameWidth() + 4)


def fit_height(view: QTableView, least: int = 1) -> None:
    """As tall as its rows (at least `least`), so that the page scrolls, not the table."""
    rows = max(view.model().rowCount(), least)
    height = view.horizontalHeader().height() + 2 * view.frameWidth()
    height += sum(view.rowHeight(r) for r in range(view.model().rowCount()))
    height += (rows - view.model().rowCount()) * view.verticalHeader().defaultSectionSize()
    view.setFixedHeight(height + 2)


class ProfileView(QScrollArea):
    """Signals carry the resident's id (and the purpose, for a withdrawal)."""

    edit_requested = Signal(int)
    consent_requested = Signal(int)
    withdraw_requested = Signal(int, str)
    code_requested = Signal(int)
    export_requested = Signal(int)
    request_requested = Signal(int)
    erase_requested = Signal(int)

    def __init__(self, me: UserInfo, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ProfileView")
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.me = me
        self.texts = Texts(self)
        self.profile: ResidentProfile | None = None
        body = QWidget()
        body.setObjectName("ProfileBody")
        self.setWidget(body)
        self.name = PlainLabel()
        self.name.setObjectName("ProfileName")
        self.subtitle = PlainLabel()
        self.subtitle.setObjectName("ProfileSubtitle")
        self.empty = PlainLabel()
        self.empty.setObjectName("PageIntro")
        self.empty.setWordWrap(True)
        self.details = QFormLayout()
        self.detail_labels: dict[str, tuple[QLabel, QLabel]] = {}
        for key in ("email", "phone", "address", "neighbourhood", "language", "sources"):
            caption, value = PlainLabel(), PlainLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.detail_labels[key] = (caption, value)
            self.details.addRow(caption, value)
        self.consents = ConsentModel(self)
        self.consent_view = table_view("", self.consents)
        self.consent_view.selectionModel().selectionChanged.connect(self._update_buttons)
        self.record = QPushButton()
        self.withdraw = QPushButton()
        self.record.clicked.connect(lambda: self._emit(self.consent_requested))
        self.withdraw.clicked.connect(self._withdraw)
        self.identities = QListWidget()
        self.conversations = QListWidget()
        self.codes = PlainLabel()
        self.codes.setWordWrap(True)
        self.issue = QPushButton()
        self.issue.clicked.connect(lambda: self._emit(self.code_requested))
        self.looks = ConsultationModel(self)
        self.look_view = table_view("", self.looks)
        self.edit = QPushButton()
        self.edit.clicked.connect(lambda: self._emit(self.edit_requested))
        self.export = QPushButton()
        self.export.clicked.connect(lambda: self._emit(self.export_requested))
        self.register = QPushButton()
        self.register.clicked.connect(lambda: self._emit(self.request_requested))
        self.erase = QPushButton()
        self.erase.setObjectName("DangerButton")
        self.erase.clicked.connect(lambda: self._emit(self.erase_requested))
        self.headings = {key: PlainLabel() for key in ("consents", "accounts", "looks")}
        for heading in self.headings.values():
            heading.setObjectName("SectionHeading")
        self._layout(body)
        self.retranslate_ui()
        self.show_profile(None)

    def _layout(self, body: QWidget) -> None:
        actions_row = QWidget()
        actions = FlowLayout(actions_row)  # wraps in a narrow window
        for button in (self.edit, self.export, self.register, self.erase):
            actions.addWidget(button)
        consent_buttons = QHBoxLayout()
        consent_buttons.addWidget(self.record)
        consent_buttons.addWidget(self.withdraw)
        consent_buttons.addStretch(1)
        code_row = QHBoxLayout()
        code_row.addWidget(self.codes, 1)
        code_row.addWidget(self.issue)
        layout = QVBoxLayout(body)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(self.name)
        layout.addWidget(self.subtitle)
        layout.addWidget(self.empty)
        layout.addWidget(actions_row)
        layout.addLayout(self.details)
        layout.addWidget(self.headings["consents"])
        layout.addWidget(self.consent_view)
        layout.addLayout(consent_buttons)
        layout.addWidget(self.headings["accounts"])
        layout.addWidget(self.identities)
        layout.addWidget(self.conversations)
        layout.addLayout(code_row)
        layout.addWidget(self.headings["looks"])
        layout.addWidget(self.look_view)
        layout.addStretch(1)

    def retranslate_ui(self) -> None:
        t = self.texts
        captions = {
            "email": t.field("email"),
            "phone": t.field("phone"),
            "address": t.field("address"),
            "neighbourhood": t.field("neighbourhood"),
            "language": t.field("language"),
            "sources": self.tr("Sources"),
        }
        for key, (caption, _value) in self.detail_labels.items():
            caption.setText(captions[key])
        self.headings["consents"].setText(self.tr("Consents"))
        self.headings["accounts"].setText(self.tr("Linked accounts and conversations"))
        self.headings["looks"].setText(self.tr("Who looked, and why"))
        self.consent_view.setAccessibleName(self.tr("Consents"))
        self.look_view.setAccessibleName(self.tr("Who looked, and why"))
        self.identities.setAccessibleName(self.tr("Linked accounts"))
        self.conversations.setAccessibleName(self.tr("Linked conversations"))
        self.record.setText(self.tr("Record consent…"))
        self.withdraw.setText(self.tr("Withdraw consent"))
        self.issue.setText(self.tr("Issue verification code…"))
        self.edit.setText(self.tr("Change…"))
        self.export.setText(self.tr("Access request (export)…"))
        self.register.setText(self.tr("Register request…"))
        self.erase.setText(self.tr("Erase…"))
        self.empty.setText(self.tr("Find a resident on the left, or make a new profile."))
        self.consents.retranslate()
        self.looks.retranslate()
        self.show_profile(self.profile)

    def show_profile(self, profile: ResidentProfile | None) -> None:
        self.profile = profile
        shown = profile is not None
        for widget in self._profile_widgets():
            widget.setVisible(shown)
        self.empty.setVisible(not shown)
        if profile is None:
            self.name.setText("")
            self.subtitle.setText("")
            self.consents.set_rows([])
            self.looks.set_rows([])
            return
        t = self.texts
        self.name.setText(profile.name)
        self.subtitle.setText(
            self.tr("Resident {id} · since {day}").format(
                id=profile.id, day=t.day(profile.created_at)
            )
        )
        values = {
            "email": t.masked(profile.email) if profile.email else "-",
            "phone": self._phone(profile),
            "address": self._address(profile),
            "neighbourhood": self._neighbourhood(profile),
            "language": t.language(profile.language),
            "sources": "; ".join(
                f"{t.field(k)}: {t.source(v)}" for k, v in sorted(profile.sources.items())
            ),
        }
        for key, (_caption, label) in self.detail_labels.items():
            label.setText(values[key])
        self.consents.set_rows(profile.consents)
        self.consent_view.resizeRowsToContents()
        fit_height(self.consent_view)
        self.identities.clear()
        for identity in profile.identities:
            self.identities.addItem(
                self.tr("{platform} {handle}, verified {day}").format(
                    platform=t.platform(identity.platform),
                    handle=t.handle(identity.platform, identity.handle),
                    day=t.day(identity.verified_at),
                )
            )
        if not profile.identities:
            self.identities.addItem(self.tr("No verified accounts"))
        self.conversations.clear()
        for linked in profile.conversations:
            self.conversations.addItem(
                self.tr("Conversation {id} on {platform}, {day}").format(
                    id=linked.conversation_id,
                    platform=t.platform(linked.platform),
                    day=t.day(linked.started_at),
                )
            )
        if not profile.conversations:
            self.conversations.addItem(self.tr("No linked conversations"))
        for listing in (self.identities, self.conversations):
            fit_list(listing)
        self.codes.setText(self._codes(profile))
        self.looks.set_rows(profile.consultations)
        self.look_view.resizeRowsToContents()
        fit_height(self.look_view)
        self.look_view.setVisible(bool(profile.consultations))
        self.headings["looks"].setVisible(bool(profile.consultations))
        self._update_buttons()

    def _profile_widgets(self) -> list[QWidget]:
        widgets: list[QWidget] = [
            self.name,
            self.subtitle,
            self.consent_view,
            self.identities,
            self.conversations,
            self.codes,
            *self.headings.values(),
            self.look_view,
        ]
        for caption, value in self.detail_labels.values():
            widgets += [caption, value]
        allowed = {
            self.edit: "residents.edit",
            self.record: "residents.edit",
            self.withdraw: "consents.withdraw",
            self.issue: "residents.link",
            self.export: "residents.export",
            self.register: "residents.requests",
            self.erase: "residents.erase",
        }
        for button, operation in allowed.items():
            if self.me.may(operation):
                widgets.append(button)
            else:
                button.setVisible(False)
        return widgets

    def _phone(self, profile: ResidentProfile) -> str:
        if not profile.phone:
            return "-"
        if profile.phone == MASK:
            return self.texts.masked(MASK)
        return validation.display_phone(profile.phone)

    def _address(self, profile: ResidentProfile) -> str:
        address = profile.address
        if address is None:
            return "-"
        if address.masked:
            return self.texts.masked(MASK)
        number = f"{address.house_number or ''}{address.house_letter}"
        text = f"{validation.display_postcode(address.postcode)} {number} {address.addition}"
        return text.strip()

    def _neighbourhood(self, profile: ResidentProfile) -> str:
        n = profile.neighbourhood
        if n is None:
            return self.tr("Not found in the postcode table")
        return self.tr("Buurt {buurt}, wijk {wijk}, gemeente {gemeente} (division {year})").format(
            buurt=n.buurtcode, wijk=n.wijkcode, gemeente=n.gemeentecode, year=n.year
        )

    def _codes(self, profile: ResidentProfile) -> str:
        waiting = [c for c in profile.codes if c.used_at is None]
        if not waiting:
            return self.tr("No verification code is waiting.")
        code = waiting[0]
        if code.received_at is not None:
            return self.tr(
                "The code came in on {day} (conversation {id}): link it from the inbox."
            ).format(day=self.texts.when(code.received_at), id=code.received_conversation_id)
        return self.tr("A code was issued on {day}; it has not come in yet.").format(
            day=self.texts.when(code.issued_at)
        )

    def selected_purpose(self) -> Purpose | None:
        rows = self.consent_view.selectionModel().selectedRows()
        consent = self.consents.row(rows[0].row()) if rows else None
        return consent.purpose if consent is not None and consent.valid else None

    def _update_buttons(self) -> None:
        self.withdraw.setEnabled(self.selected_purpose() is not None)
        profile = self.profile
        linking = profile is not None and Purpose.LINK_SOCIAL in profile.valid_purposes()
        self.issue.setEnabled(linking)

    def _withdraw(self) -> None:
        purpose = self.selected_purpose()
        if self.profile is not None and purpose is not None:
            self.withdraw_requested.emit(self.profile.id, purpose.value)

    def _emit(self, signal: SignalInstance) -> None:
        if self.profile is not None:
            signal.emit(self.profile.id)
