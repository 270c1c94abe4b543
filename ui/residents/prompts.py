"""The questions the residents page asks, behind one small service that tests replace.

Every dialog is shown with `open()` (window-modal, no nested event loop) and answers through a
callback. Dialogs that the desk may refuse (a profile, consent) get the refusal back through
their `refused()` and stay open; the page closes them when the desk accepts.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime, time

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QVBoxLayout,
    QWidget,
)

from ui.residents.dialogs import (
    CodeDialog,
    ConsentAnswer,
    ConsentDialog,
    EraseDialog,
    ReportDialog,
    ResidentDialog,
)
from ui.residents.texts import LOCAL, Texts
from webcare.residents.values import IssuedCode, NoticeInfo, ResidentInput, ResidentProfile
from webcare.residents.vocabulary import DeletionReason, RequestKind

Refusable = Callable[[str], None]  # a dialog's refused(text)


class ResidentsPrompts:
    def edit_resident(
        self,
        parent: QWidget,
        initial: ResidentProfile | None,
        on_answer: Callable[[ResidentInput, Refusable, Callable[[], None]], None],
    ) -> None:
        """`on_answer(value, refused, close)`: the page calls the desk, then one of the two."""
        dialog: ResidentDialog

        def answered(value: ResidentInput) -> None:
            on_answer(value, dialog.refused, dialog.accept)

        dialog = ResidentDialog(parent, answered, initial)
        dialog.open()

    def consent(
        self,
        parent: QWidget,
        notice: NoticeInfo,
        on_answer: Callable[[ConsentAnswer, Refusable, Callable[[], None]], None],
    ) -> None:
        dialog: ConsentDialog

        def answered(value: ConsentAnswer) -> None:
            on_answer(value, dialog.refused, dialog.accept)

        dialog = ConsentDialog(parent, notice, answered)
        dialog.open()

    def show_code(self, parent: QWidget, issued: IssuedCode, name: str) -> None:
        CodeDialog(parent, issued, name).open()

    def confirm_erase(
        self, parent: QWidget, name: str, on_answer: Callable[[DeletionReason], None]
    ) -> None:
        EraseDialog(parent, name, on_answer).open()

    def report(self, parent: QWidget, title: str, summary: str, lines: list[str]) -> None:
        ReportDialog(parent, title, summary, lines).open()

    def choose_folder(self, parent: QWidget, title: str, on_answer: Callable[[str], None]) -> None:
        dialog = QFileDialog(parent, title)
        dialog.setFileMode(QFileDialog.FileMode.Directory)
        dialog.setOption(QFileDialog.Option.ShowDirsOnly, True)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(on_answer)
        dialog.open()

    def choose_file(
        self, parent: QWidget, title: str, pattern: str, on_answer: Callable[[str], None]
    ) -> None:
        dialog = QFileDialog(parent, title, "", pattern)
        dialog.setFileMode(QFileDialog.FileMode.ExistingFile)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(on_answer)
        dialog.open()

    def choose_save_file(
        self, parent: QWidget, title: str, pattern: str, on_answer: Callable[[str], None]
    ) -> None:
        dialog = QFileDialog(parent, title, "", pattern)
        dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.fileSelected.connect(on_answer)
        dialog.open()

    def ask_request(
        self, parent: QWidget, on_answer: Callable[[RequestKind, datetime], None]
    ) -> None:
        """Which request came in, and when (its deadline runs from that day)."""
        texts = Texts(parent)
        dialog = QDialog(parent)
        dialog.setObjectName("RequestDialog")
        dialog.setWindowTitle(texts.tr("Register a request"))
        kind = QComboBox()
        for value in RequestKind:
            kind.addItem(texts.kind(value), value.value)
        received = QDateEdit(QDate.currentDate())
        received.setCalendarPopup(True)
        received.setMaximumDate(QDate.currentDate())
        form = QFormLayout()
        for label, widget in ((texts.tr("Request"), kind), (texts.tr("Received on"), received)):
            widget.setAccessibleName(label)
            form.addRow(label, widget)
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(dialog.accept)
        buttons.rejected.connect(dialog.reject)
        layout = QVBoxLayout(dialog)
        layout.addLayout(form)
        layout.addWidget(buttons)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def done(result: int) -> None:
            if result == QDialog.DialogCode.Accepted:
                day = received.date().toPython()
                assert isinstance(day, date)
                at = datetime.combine(day, time(9), LOCAL).astimezone(UTC)
                on_answer(RequestKind(str(kind.currentData())), min(at, datetime.now(UTC)))

        dialog.finished.connect(done)
        dialog.open()
