"""One account's tab in the composer: the variant's text, its count against the platform's
limit, what would stop it, and a preview of how the post will look there."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFrame, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.calendar.texts import platform_name, problem_text
from webcare.calendar import checks
from webcare.calendar.records import AccountChoice, ImageDraft
from webcare.inbox.limits import POST_LIMITS


class VariantTab(QWidget):
    """One account's variant: its text (the main text until it is changed here), the count
    against the platform's limit, and how the post will look there."""

    def __init__(self, account: AccountChoice, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.account = account
        self.customised = False
        self.editor = QPlainTextEdit(self)
        self.editor.setAccessibleName(
            self.tr("Text for {platform}").format(platform=platform_name(account.platform))
        )
        self.editor.setTabChangesFocus(True)
        self.counter = QLabel(self)
        self.counter.setTextFormat(Qt.TextFormat.PlainText)
        self.problems = QLabel(self)
        self.problems.setObjectName("ComposerProblems")
        self.problems.setTextFormat(Qt.TextFormat.PlainText)
        self.problems.setWordWrap(True)
        self.preview = QLabel(self)
        self.preview.setObjectName("PostPreview")
        self.preview.setTextFormat(Qt.TextFormat.PlainText)  # a post's text is never rich text
        self.preview.setWordWrap(True)
        self.preview.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        self.preview.setAccessibleName(self.tr("Preview"))
        frame = QFrame(self)
        frame.setObjectName("PreviewFrame")
        QVBoxLayout(frame).addWidget(self.preview)
        layout = QVBoxLayout(self)
        layout.addWidget(self.editor, 2)
        layout.addWidget(self.counter)
        layout.addWidget(self.problems)
        layout.addWidget(QLabel(self.tr("Preview")))
        layout.addWidget(frame, 1)
        self._syncing = False
        self.editor.textChanged.connect(self._typed)

    def _typed(self) -> None:
        if not self._syncing:
            self.customised = True

    def follow(self, text: str) -> None:
        if not self.customised and self.editor.toPlainText() != text:
            self._syncing = True
            self.editor.setPlainText(text)
            self._syncing = False

    def text(self) -> str:
        return self.editor.toPlainText()

    def refresh(self, link: str | None, images: tuple[ImageDraft, ...]) -> list[str]:
        platform = self.account.platform
        text = self.text()
        size = checks.length(platform, text, link)
        limit = POST_LIMITS[platform]
        counter = self.tr("{n} of {limit} characters").format(n=size, limit=limit)
        if platform.value == "x":
            counter += " " + self.tr("(links count 23, emoji 2)")
        if platform.value == "instagram":
            counter += " · " + self.tr("{n} of 30 hashtags").format(n=checks.hashtags(text))
        self.counter.setText(counter)
        found = [
            problem_text(p)
            for p in checks.check_variant(platform, text, link, images, self.account.id)
        ]
        self.problems.setText("\n".join(found))
        body = checks.composed(text, link, platform)
        head = f"{self.account.name}  @{self.account.handle}"
        picture = "".join(f"\n[{self.tr('image')}: {i.alt_text or '?'}]" for i in images)
        self.preview.setText(f"{head}\n\n{body}{picture}")
        return found
