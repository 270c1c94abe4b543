"""The top of the conversation pane: who wrote, where, its state, and what can be done with it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from datetime import datetime
from functools import partial
from itertools import pairwise

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import (
    QFrame,
    QMenu,
    QPushButton,
    QSizePolicy,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.inbox.texts import Texts, handle_beside
from ui.widgets.flow import FlowLayout
from ui.widgets.plain import PlainLabel
from webcare.inbox.choices import TagChoice
from webcare.inbox.snooze import Snooze, snooze_presets
from webcare.inbox.thread import ConversationDetail
from webcare.team.policy import Policy, PolicyBook
from webcare.users import UserInfo
from webcare.vocabulary import ConversationKind, ConversationStatus, Priority


def mnemonic_safe(text: str) -> str:
    """Menu texts treat `&` as a keyboard mnemonic; show it as written."""
    return text.replace("&", "&&")


class ConversationHeader(QFrame):
    """Signals:
    claim_requested(): "Assign to me".
    assign_requested(object): a colleague's user id, or None to unassign.
    status_requested(object, object): a ConversationStatus and, for a snooze, until when.
    snooze_choice_requested(): "Snooze until…" (a time to pick).
    priority_requested(int)
    tag_requested(str, object, bool): tag name, tag id (None when new), on or off.
    new_tag_requested(): "New tag…".
    retry_requested(): retry every failed reply of the conversation.
    """

    claim_requested = Signal()
    assign_requested = Signal(object)
    status_requested = Signal(object, object)
    snooze_choice_requested = Signal()
    priority_requested = Signal(int)
    tag_requested = Signal(str, object, bool)
    new_tag_requested = Signal()
    retry_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("ConversationHeader")
        self._texts = Texts(self)
        self._detail: ConversationDetail | None = None
        self._me: UserInfo | None = None
        self._people: list[UserInfo] = []
        self._tags: Sequence[TagChoice] = ()
        self.now: Callable[[], datetime] = datetime.now
        # The team's service policy: the snooze presets fall on its open mornings.
        self.policy = Policy()

        self.name = PlainLabel(parent=self)
        self.name.setObjectName("ConversationName")
        self.where = PlainLabel(parent=self)
        self.where.setObjectName("ConversationWhere")
        self.state = PlainLabel(parent=self)
        self.state.setObjectName("ConversationState")
        self.state.setWordWrap(True)
        # A resident's name or handle may be any length: it is clipped, never widens the pane.
        for label in (self.name, self.where, self.state):
            label.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)

        self.claim_button = QPushButton(self)
        self.claim_button.clicked.connect(self.claim_requested)
        self.close_button = QPushButton(self)
        self.close_button.clicked.connect(self._close_or_reopen)
        self.assign_button = self._menu_button()
        self.status_button = self._menu_button()
        self.priority_button = self._menu_button()
        self.tags_button = self._menu_button()
        self.retry_button = QPushButton(self)
        self.retry_button.clicked.connect(self.retry_requested)
        self._priority_group = QActionGroup(self)
        self.status_button.menu().aboutToShow.connect(self._fill_status_menu)
        self.assign_button.menu().aboutToShow.connect(self._fill_assign_menu)
        self.priority_button.menu().aboutToShow.connect(self._fill_priority_menu)
        self.tags_button.menu().aboutToShow.connect(self._fill_tags_menu)

        # The buttons wrap to a second row in a narrow pane rather than widen it.
        buttons = FlowLayout(spacing=6)
        order: list[QWidget] = [
            self.claim_button,
            self.assign_button,
            self.close_button,
            self.status_button,
            self.priority_button,
            self.tags_button,
            self.retry_button,
        ]
        for button in order:
            buttons.addWidget(button)
        for before, after in pairwise(order):
            QWidget.setTabOrder(before, after)  # Tab walks the buttons as they are shown
        layout = QVBoxLayout(self)
        layout.setContentsMargins(14, 10, 14, 8)
        layout.setSpacing(3)
        layout.addWidget(self.name)
        layout.addWidget(self.where)
        layout.addWidget(self.state)
        layout.addSpacing(4)
        layout.addLayout(buttons)
        self.retranslate_ui()
        self.set_detail(None, None)

    def _menu_button(self) -> QToolButton:
        button = QToolButton(self)
        button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        button.setMenu(QMenu(button))
        return button

    # ---- public API

    def open_menu(self, which: str) -> None:
        """Drop down the "assign", "status", "priority" or "tags" menu (from the keyboard)."""
        button = {
            "assign": self.assign_button,
            "status": self.status_button,
            "priority": self.priority_button,
            "tags": self.tags_button,
        }[which]
        if self._detail is not None and button.isEnabled():
            button.showMenu()

    def set_policy(self, policy: PolicyBook) -> None:
        self.policy = policy.team  # snoozing waits for the team, whatever the account

    def set_people(self, people: Sequence[UserInfo]) -> None:
        self._people = list(people)

    def set_tags(self, tags: Sequence[TagChoice]) -> None:
        self._tags = tags

    def set_detail(self, detail: ConversationDetail | None, me: UserInfo | None) -> None:
        """Show the conversation; what the user's role may not do is disabled (the desk would
        refuse it)."""
        self._detail, self._me = detail, me
        has = detail is not None and me is not None and me.may("inbox.work")
        for widget in (
            self.claim_button,
            self.assign_button,
            self.close_button,
            self.status_button,
            self.priority_button,
            self.tags_button,
        ):
            widget.setEnabled(has)
        self.retry_button.setVisible(bool(detail and detail.failed_message_ids))
        self._show()

    # ---- texts

    def _show(self) -> None:
        detail, texts = self._detail, self._texts
        if detail is None:
            self.name.setText(self.tr("No conversation selected"))
            self.where.setText(self.tr("Pick one from the list (J and K move through it)."))
            self.state.setText("")
            self.close_button.setText(self.tr("&Close (E)"))
            return
        self.name.setText(detail.contact_name or detail.contact_handle or self.tr("(no name)"))
        kind = (
            self.tr("direct messages")
            if detail.kind is ConversationKind.DIRECT
            else self.tr("public thread")
        )
        account = detail.account_name
        if detail.account_handle:
            account += f" ({detail.account_handle})"
        handle = handle_beside(detail.contact_name, detail.contact_handle)
        parts = [handle, texts.platform(detail.platform), account, kind]
        self.where.setText("  ·  ".join(part for part in parts if part))
        state = [texts.status(detail.status)]
        if detail.status is ConversationStatus.SNOOZED and detail.snoozed_until:
            state[0] = self.tr("Snoozed until {time}").format(
                time=texts.moment(detail.snoozed_until)
            )
        if detail.assignee_id is None:
            state.append(self.tr("Unassigned"))
        elif self._me is not None and detail.assignee_id == self._me.id:
            state.append(
                self.tr("Assigned to you since {time}").format(
                    time=texts.moment(detail.assigned_at)
                )
            )
        else:
            state.append(
                self.tr("Assigned to {name} since {time}").format(
                    name=detail.assignee_name or "?", time=texts.moment(detail.assigned_at)
                )
            )
        state.append(self.tr("Priority: {level}").format(level=texts.priority(detail.priority)))
        if detail.tags:
            state.append(
                self.tr("Tags: {tags}").format(tags=", ".join(tag.name for tag in detail.tags))
            )
        self.state.setText("  ·  ".join(state))
        self.close_button.setText(
            self.tr("Re&open")
            if detail.status is ConversationStatus.CLOSED
            else self.tr("&Close (E)")
        )
        me = self._me
        mine = me is not None and detail.assignee_id == me.id
        self.claim_button.setEnabled(not mine and me is not None and me.may("inbox.work"))

    def retranslate_ui(self) -> None:
        self.claim_button.setText(self.tr("Clai&m (A)"))
        self.claim_button.setAccessibleName(self.tr("Assign this conversation to me"))
        self.assign_button.setAccessibleName(self.tr("Assign to a colleague or unassign"))
        self.status_button.setAccessibleName(self.tr("Set pending, snooze or reopen"))
        self.priority_button.setAccessibleName(self.tr("Set the priority"))
        self.tags_button.setAccessibleName(self.tr("Add or remove tags"))
        for button, name, keys in (  # every button shows its key, as Claim and Close do
            (self.assign_button, self.tr("Assign"), "Shift+A"),
            (self.status_button, self.tr("Status"), "S"),
            (self.priority_button, self.tr("Priority"), "P"),
            (self.tags_button, self.tr("Tags"), "L"),
        ):
            button.setText(f"{name} ({keys})")
            button.setToolTip(f"{button.accessibleName()} ({keys})")
        self.retry_button.setText(self.tr("Retry failed"))
        self.retry_button.setAccessibleName(self.tr("Send the failed replies again"))
        self.close_button.setAccessibleName(self.tr("Close or reopen the conversation"))
        self.name.setAccessibleName(self.tr("Resident"))
        self.where.setAccessibleName(self.tr("Channel"))
        self.state.setAccessibleName(self.tr("Conversation state"))
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # ---- menus

    def _close_or_reopen(self) -> None:
        detail = self._detail
        if detail is None:
            return
        if detail.status is ConversationStatus.CLOSED:
            self.status_requested.emit(ConversationStatus.OPEN, None)
        else:
            self.status_requested.emit(ConversationStatus.CLOSED, None)

    def _fill_status_menu(self) -> None:
        menu = self.status_button.menu()
        menu.clear()
        detail = self._detail
        if detail is None:
            return
        if detail.status is not ConversationStatus.OPEN:
            menu.addAction(
                self.tr("Open"),
                lambda: self.status_requested.emit(ConversationStatus.OPEN, None),
            )
        if detail.status is not ConversationStatus.PENDING:
            menu.addAction(
                self.tr("Pending (waiting for the resident)"),
                lambda: self.status_requested.emit(ConversationStatus.PENDING, None),
            )
        menu.addSeparator()
        labels = {
            Snooze.HOUR: self.tr("Snooze for one hour"),
            Snooze.NEXT_MORNING: self.tr("Snooze until the next working morning"),
            Snooze.NEXT_WEEK: self.tr("Snooze until next week"),
        }
        for key, until in snooze_presets(self.now().astimezone(), self.policy):
            menu.addAction(
                f"{labels[key]} ({self._texts.moment(until)})",
                partial(self.status_requested.emit, ConversationStatus.SNOOZED, until),
            )
        menu.addAction(self.tr("Snooze until…"), self.snooze_choice_requested.emit)

    def _fill_assign_menu(self) -> None:
        menu = self.assign_button.menu()
        menu.clear()
        detail = self._detail
        if detail is None:
            return
        for person in self._people:
            if person.id == detail.assignee_id:
                continue
            action = menu.addAction(
                mnemonic_safe(f"{person.display_name} (@{person.username})"),
                partial(self.assign_requested.emit, person.id),
            )
            action.setEnabled(person.active)
        if detail.assignee_id is not None:
            menu.addSeparator()
            menu.addAction(self.tr("Unassign"), lambda: self.assign_requested.emit(None))

    def _fill_priority_menu(self) -> None:
        menu = self.priority_button.menu()
        menu.clear()
        detail = self._detail
        for level in sorted(Priority, reverse=True):
            action = QAction(self._texts.priority(level), menu)
            action.setCheckable(True)
            action.setChecked(detail is not None and detail.priority == int(level))
            action.triggered.connect(lambda _=False, p=int(level): self.priority_requested.emit(p))
            self._priority_group.addAction(action)
            menu.addAction(action)

    def _fill_tags_menu(self) -> None:
        menu = self.tags_button.menu()
        menu.clear()
        detail = self._detail
        present = {tag.id for tag in detail.tags} if detail else set()
        for tag in self._tags:
            action = QAction(mnemonic_safe(tag.name), menu)
            action.setCheckable(True)
            action.setChecked(tag.id in present)
            action.triggered.connect(
                lambda on, t=tag: self.tag_requested.emit(t.name, t.id, bool(on))
            )
            menu.addAction(action)
        if self._tags:
            menu.addSeparator()
        menu.addAction(self.tr("New tag…"), self.new_tag_requested.emit)
