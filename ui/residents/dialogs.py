"""The residents room's dialogs: a profile, consent, a verification code, an erasure.

Each is shown with `open()` and answers through a callback (no nested event loop); the
desk validates what is typed, so a dialog stays open with the reason when a value is refused.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.residents.texts import LOCAL, Texts
from ui.widgets.plain import PlainLabel
from webcare.residents.values import IssuedCode, NoticeInfo, ResidentInput, ResidentProfile
from webcare.residents.vocabulary import ConsentMethod, DeletionReason, Language, Purpose, Source


@dataclass(frozen=True)
class ConsentAnswer:
    purposes: list[Purpose]
    method: ConsentMethod
    given_at: datetime
    evidence_ref: str
    notice_version: str


class ResidentDialog(QDialog):
    """A new profile, or a change to one: name, contact details, address, language, source."""

    def __init__(
        self,
        parent: QWidget | None,
        on_answer: Callable[[ResidentInput], None],
        initial: ResidentProfile | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ResidentDialog")
        self.texts = Texts(self)
        self._on_answer = on_answer
        self.setWindowTitle(self.tr("Change the profile") if initial else self.tr("New resident"))
        self.name = QLineEdit()
        self.email = QLineEdit()
        self.phone = QLineEdit()
        self.postcode = QLineEdit()
        self.postcode.setPlaceholderText("1234 AB")
        self.house_number = QLineEdit()
        self.house_number.setPlaceholderText(self.tr("12, 12a or 12 A 2"))
        self.language = QComboBox()
        for language in Language:
            self.language.addItem(self.texts.language(language.value), language.value)
        self.source = QComboBox()
        for source in (
            Source.REPLY_CARD,
            Source.WEB_FORM,
            Source.PHONE,
            Source.COUNTER,
            Source.DM_KEYWORD,
            Source.BRP,
        ):
            self.source.addItem(self.texts.source(source.value), source.value)
        self.problem = PlainLabel()
        self.problem.setObjectName("DialogProblem")
        self.problem.setWordWrap(True)
        form = QFormLayout()
        for label, widget in (
            (self.texts.field("name"), self.name),
            (self.texts.field("email"), self.email),
            (self.texts.field("phone"), self.phone),
            (self.texts.field("postcode"), self.postcode),
            (self.texts.field("house_number"), self.house_number),
            (self.texts.field("language"), self.language),
            (self.tr("Where it came from"), self.source),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        if initial is not None:
            self._fill(initial)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._save)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _fill(self, shown: ResidentProfile) -> None:
        self.name.setText(shown.name)
        if not shown.masked:
            self.email.setText(shown.email)
            self.phone.setText(shown.phone)
            if shown.address is not None:
                a = shown.address
                self.postcode.setText(a.postcode)
                number = f"{a.house_number or ''}{a.house_letter}"
                self.house_number.setText(f"{number} {a.addition}".strip())
        index = self.language.findData(shown.language)
        self.language.setCurrentIndex(max(index, 0))

    def value(self) -> ResidentInput:
        return ResidentInput(
            name=self.name.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            postcode=self.postcode.text(),
            house_number=self.house_number.text(),
            language=str(self.language.currentData()),
            source=Source(str(self.source.currentData())),
        )

    def _save(self) -> None:
        self._on_answer(self.value())

    def refused(self, text: str) -> None:
        """The desk refused a value: say why, and keep everything typed."""
        self.problem.setText(text)


class ConsentDialog(QDialog):
    """One checkbox per purpose, never ticked in advance; the notice text and its version."""

    def __init__(
        self, parent: QWidget | None, notice: NoticeInfo, on_answer: Callable[[ConsentAnswer], None]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("ConsentDialog")
        self.texts = Texts(self)
        self.notice = notice
        self._on_answer = on_answer
        self.setWindowTitle(self.tr("Record consent"))
        intro = PlainLabel(
            self.tr(
                "Tick only what the resident agreed to. Each purpose is a consent of its own; "
                "saying no has no consequences for the resident."
            )
        )
        intro.setWordWrap(True)
        self.boxes: dict[Purpose, QCheckBox] = {}
        for purpose in Purpose:
            box = QCheckBox(self.texts.purpose(purpose))
            box.setChecked(False)  # never pre-ticked (GDPR art. 7, AP)
            box.toggled.connect(self._update)
            self.boxes[purpose] = box
        heading = PlainLabel(
            self.tr("What the resident saw: {title} (version {version})").format(
                title=notice.title, version=notice.version
            )
        )
        heading.setObjectName("NoticeHeading")
        heading.setWordWrap(True)
        self.notice_text = QPlainTextEdit(notice.text)
        self.notice_text.setReadOnly(True)
        self.notice_text.setAccessibleName(self.tr("Notice text"))
        self.notice_text.setMinimumHeight(180)
        self.method = QComboBox()
        for method in ConsentMethod:
            self.method.addItem(self.texts.method(method), method.value)
        self.given = QDateEdit(QDate.currentDate())
        self.given.setCalendarPopup(True)
        self.given.setMaximumDate(QDate.currentDate())
        self.evidence = QLineEdit()
        self.evidence.setPlaceholderText(self.tr("scan number, form id or message id"))
        form = QFormLayout()
        for label, widget in (
            (self.tr("How"), self.method),
            (self.tr("Given on"), self.given),
            (self.tr("Evidence"), self.evidence),
        ):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        self.problem = PlainLabel()
        self.problem.setObjectName("DialogProblem")
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        for box in self.boxes.values():
            layout.addWidget(box)
        layout.addWidget(heading)
        layout.addWidget(self.notice_text, 1)
        layout.addLayout(form)
        layout.addWidget(self.problem)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.resize(560, 620)
        self._update()

    def _update(self) -> None:
        save = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        save.setEnabled(any(box.isChecked() for box in self.boxes.values()))

    def value(self) -> ConsentAnswer:
        day = self.given.date().toPython()
        assert isinstance(day, date)
        given_at = datetime.combine(day, time(12), LOCAL).astimezone(UTC)
        return ConsentAnswer(
            purposes=[p for p, box in self.boxes.items() if box.isChecked()],
            method=ConsentMethod(str(self.method.currentData())),
            given_at=min(given_at, datetime.now(UTC)),
            evidence_ref=self.evidence.text(),
            notice_version=self.notice.version,
        )

    def _save(self) -> None:
        self._on_answer(self.value())

    def refused(self, text: str) -> None:
        self.problem.setText(text)


class CodeDialog(QDialog):
    """The one-time code, shown once, with what the resident has to do with it."""

    def __init__(self, parent: QWidget | None, issued: IssuedCode, name: str) -> None:
        super().__init__(parent)
        self.setObjectName("CodeDialog")
        texts = Texts(self)
        self.setWindowTitle(self.tr("Verification code"))
        self.code = PlainLabel(issued.code)
        self.code.setObjectName("VerificationCode")
        self.code.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.code.setAccessibleName(self.tr("Verification code"))
        explanation = PlainLabel(
            self.tr(
                "Give this code to {name}. They send it from the account to be linked, by direct "
                "message or in a reply to the municipality. The inbox recognises it and offers "
                "the link. The code works once, until {until}; it is not shown again."
            ).format(name=name, until=texts.when(issued.expires_at))
        )
        explanation.setWordWrap(True)
        copy = QPushButton(self.tr("Copy"))
        copy.clicked.connect(lambda: QGuiApplication.clipboard().setText(issued.code))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.addButton(copy, QDialogButtonBox.ButtonRole.ActionRole)
        layout = QVBoxLayout(self)
        layout.addWidget(self.code)
        layout.addWidget(explanation)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)


class EraseDialog(QDialog):
    """Erasure asks why, and a tick that it cannot be undone."""

    def __init__(
        self, parent: QWidget | None, name: str, on_answer: Callable[[DeletionReason], None]
    ) -> None:
        super().__init__(parent)
        self.setObjectName("EraseDialog")
        self._on_answer = on_answer
        self.setWindowTitle(self.tr("Erase the profile"))
        text = PlainLabel(
            self.tr(
                "Erase {name}? The profile, every consent, the contact details and the linked "
                "accounts are deleted, and the name, e-mail address, phone number and handles "
                "are removed from the messages. The conversations stay, unlinked, until their "
                "retention term. A deletion record without personal data is kept."
            ).format(name=name)
        )
        text.setWordWrap(True)
        self.reason = QComboBox()
        self.reason.addItem(self.tr("The resident asked for it"), DeletionReason.REQUEST.value)
        self.reason.addItem(
            self.tr("The resident withdrew consent"), DeletionReason.WITHDRAWAL.value
        )
        self.reason.setAccessibleName(self.tr("Reason"))
        self.sure = QCheckBox(self.tr("I understand that this cannot be undone"))
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.erase = self.buttons.addButton(
            self.tr("Erase"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.erase.setEnabled(False)
        self.sure.toggled.connect(self.erase.setEnabled)
        self.buttons.accepted.connect(self._accept)
        self.buttons.rejected.connect(self.reject)
        form = QFormLayout()
        form.addRow(self.tr("Reason"), self.reason)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.sure)
        layout.addWidget(self.buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

    def _accept(self) -> None:
        self.accept()
        self._on_answer(DeletionReason(str(self.reason.currentData())))


class ReportDialog(QDialog):
    """What an import did, with the lines it skipped (plain text)."""

    def __init__(self, parent: QWidget | None, title: str, summary: str, lines: list[str]) -> None:
        super().__init__(parent)
        self.setObjectName("ReportDialog")
        self.setWindowTitle(title)
        label: QLabel = PlainLabel(summary)
        label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        if lines:
            details = QPlainTextEdit("\n".join(lines))
            details.setReadOnly(True)
            details.setAccessibleName(self.tr("Skipped lines"))
            layout.addWidget(details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
