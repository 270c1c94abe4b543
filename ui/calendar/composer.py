"""The composer: one text, a tab per target account for its variant, each with the platform's
limits and a live preview; the image with its alt text; time, deadline and repetition; saved
as a draft or scheduled through the calendar's desk.

Keyboard: the main text has the focus when it opens; Ctrl+Enter schedules, Ctrl+S saves as a
draft, Escape closes. Instagram only takes images at a public web address (Meta fetches the
image itself): the composer says so where the image is chosen.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time, timedelta

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from ui.calendar.card import platform_icon
from ui.calendar.texts import platform_name
from ui.calendar.variant import VariantTab
from ui.calendar.when import WhenFields
from ui.context import AppContext
from webcare.calendar.records import (
    AccountChoice,
    CampaignInfo,
    ImageDraft,
    PostDraft,
    PostInfo,
    VariantDraft,
)
from webcare.vocabulary import Platform


class Composer(QDialog):
    """Signals:
    saved(object): the PostInfo the desk saved.
    """

    saved = Signal(object)

    def __init__(
        self,
        context: AppContext,
        accounts: list[AccountChoice],
        campaigns: list[CampaignInfo],
        parent: QWidget | None = None,
        *,
        post: PostInfo | None = None,
        day: date | None = None,
        at: time | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("Composer")
        self.context = context
        self.post_id = post.id if post is not None and not post.virtual else None
        if post is not None and post.virtual:
            self.post_id = post.id  # a coming occurrence: the series is edited
        self.accounts = accounts
        self.tabs_by_account: dict[int, VariantTab] = {}
        self.setWindowTitle(self.tr("Edit post") if post else self.tr("New post"))
        self.resize(880, 640)

        self.campaign = QComboBox(self)
        self.campaign.addItem(self.tr("(no campaign)"), None)
        for campaign in campaigns:
            self.campaign.addItem(campaign.name, campaign.id)
        self.when = WhenFields(self)
        self.neighbourhoods = QLineEdit(self)
        self.neighbourhoods.setPlaceholderText(self.tr("buurt or wijk codes, comma-separated"))

        self.account_list = QListWidget(self)
        self.account_list.setAccessibleName(self.tr("Accounts"))
        self.account_list.setMaximumHeight(90)
        for account in accounts:
            item = QListWidgetItem(
                platform_icon(account.platform), f"{account.name}  @{account.handle}"
            )
            item.setToolTip(platform_name(account.platform))
            item.setData(Qt.ItemDataRole.UserRole, account.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.account_list.addItem(item)

        self.text = QPlainTextEdit(self)
        self.text.setAccessibleName(self.tr("Text of the post"))
        self.text.setTabChangesFocus(True)
        self.link = QLineEdit(self)
        self.link.setPlaceholderText("https://")
        self.link.setAccessibleName(self.tr("Link"))
        self.image_path = QLineEdit(self)
        self.image_path.setPlaceholderText(self.tr("an image file (Facebook)"))
        self.image_path.setAccessibleName(self.tr("Image file"))
        browse = QPushButton(self.tr("Choose…"), self)
        browse.clicked.connect(self._browse)
        self.image_url = QLineEdit(self)
        self.image_url.setPlaceholderText(self.tr("or a public web address (Instagram needs one)"))
        self.image_url.setAccessibleName(self.tr("Image web address"))
        self.alt_text = QLineEdit(self)
        self.alt_text.setPlaceholderText(
            self.tr("what the image shows, for people who cannot see it")
        )
        self.alt_text.setAccessibleName(self.tr("Alt text"))
        ig_note = QLabel(
            self.tr(
                "Instagram fetches the image from a public web address (for example the "
                "municipality's website); a file on this computer cannot be posted there."
            ),
            self,
        )
        ig_note.setWordWrap(True)
        ig_note.setTextFormat(Qt.TextFormat.PlainText)
        ig_note.setObjectName("ComposerNote")

        self.variant_tabs = QTabWidget(self)
        self.variant_tabs.setAccessibleName(self.tr("Variants per account"))
        self.no_accounts = QLabel(
            self.tr(
                "Tick the accounts to post on: each gets a tab here with its own text, the "
                "platform's limits and a preview."
            ),
            self,
        )
        self.no_accounts.setWordWrap(True)
        self.no_accounts.setTextFormat(Qt.TextFormat.PlainText)
        self.no_accounts.setObjectName("ComposerNote")
        self.errors = QLabel(self)
        self.errors.setObjectName("ComposerProblems")
        self.errors.setTextFormat(Qt.TextFormat.PlainText)
        self.errors.setWordWrap(True)

        self.draft_button = QPushButton(self.tr("Save as &draft"), self)
        self.schedule_button = QPushButton(self.tr("&Schedule"), self)
        self.schedule_button.setDefault(True)
        close = QPushButton(self.tr("Close"), self)
        self.draft_button.clicked.connect(lambda: self.submit(False))
        self.schedule_button.clicked.connect(lambda: self.submit(True))
        close.clicked.connect(self.reject)
        self.cancel_button = QPushButton(self.tr("Cancel &post…"), self)
        self.cancel_button.setObjectName("DangerButton")
        self.cancel_button.clicked.connect(self.ask_cancel)
        self.cancel_button.setVisible(self.post_id is not None)
        QShortcut(QKeySequence("Ctrl+Return"), self, lambda: self.submit(True))
        QShortcut(QKeySequence("Ctrl+S"), self, lambda: self.submit(False))

        form = QFormLayout()
        form.addRow(self.tr("Campaign:"), self.campaign)
        self.when.add_rows(form)
        form.addRow(self.tr("Neighbourhoods:"), self.neighbourhoods)
        form.addRow(self.tr("Accounts:"), self.account_list)
        left = QVBoxLayout()
        left.addLayout(form)
        left.addWidget(QLabel(self.tr("Text:")))
        left.addWidget(self.text, 1)
        image_row = QHBoxLayout()
        image_row.addWidget(self.image_path, 1)
        image_row.addWidget(browse)
        media = QFormLayout()
        media.addRow(self.tr("Link:"), self.link)
        media.addRow(self.tr("Image:"), image_row)
        media.addRow("", self.image_url)
        media.addRow(self.tr("Alt text:"), self.alt_text)
        left.addLayout(media)
        left.addWidget(ig_note)
        body = QHBoxLayout()
        body.addLayout(left, 3)
        right = QVBoxLayout()
        right.addWidget(self.no_accounts)
        right.addWidget(self.variant_tabs, 1)
        body.addLayout(right, 2)
        buttons = QHBoxLayout()
        buttons.addWidget(self.errors, 1)
        buttons.addWidget(self.draft_button)
        buttons.addWidget(self.schedule_button)
        buttons.addWidget(self.cancel_button)
        buttons.addWidget(close)
        outer = QVBoxLayout(self)
        outer.addLayout(body, 1)
        outer.addLayout(buttons)

        self._fill(post, day, at)
        for widget in (self.text, self.link, self.image_url, self.alt_text, self.image_path):
            signal = widget.textChanged
            signal.connect(self.refresh)
        self.account_list.itemChanged.connect(self._accounts_changed)
        self.when.date.dateChanged.connect(self.refresh)
        self.when.time.timeChanged.connect(self.refresh)
        self.when.fold.currentIndexChanged.connect(self.refresh)
        self._accounts_changed()
        self.text.setFocus(Qt.FocusReason.OtherFocusReason)

    # ---- filling in

    def _fill(self, post: PostInfo | None, day: date | None, at: time | None) -> None:
        if post is None:
            start = datetime.combine(day or date.today() + timedelta(days=1), at or time(9, 0))
            if at is None and start < datetime.now() + timedelta(minutes=5):
                # today (or a day gone): the next full hour, not a time that already passed
                start = (datetime.now() + timedelta(hours=1)).replace(
                    minute=0, second=0, microsecond=0
                )
            self.when.start_at(start)
            return
        self.when.fill(post)
        index = self.campaign.findData(post.campaign_id)
        self.campaign.setCurrentIndex(max(index, 0))
        self.text.setPlainText(post.text)
        self.link.setText(post.link or "")
        self.neighbourhoods.setText(", ".join(post.neighbourhoods))
        chosen = {t.account_id: t for t in post.targets}
        for n in range(self.account_list.count()):
            item = self.account_list.item(n)
            if item.data(Qt.ItemDataRole.UserRole) in chosen:
                item.setCheckState(Qt.CheckState.Checked)
        pictured = [t for t in post.targets if t.images]
        if pictured:
            image = pictured[0].images[0]
            self.image_path.setText(image.path or "")
            self.image_url.setText(image.url or "")
            self.alt_text.setText(image.alt_text)
        self._accounts_changed()
        for target in post.targets:
            tab = self.tabs_by_account.get(target.account_id)
            if tab is not None and target.text != post.text:
                tab.editor.setPlainText(target.text)
                tab.customised = True

    def _browse(self) -> None:
        dialog = QFileDialog(self, self.tr("Choose an image"))
        dialog.setNameFilter(self.tr("Images (*.png *.jpg *.jpeg)"))
        dialog.fileSelected.connect(self.image_path.setText)
        dialog.open()

    def _accounts_changed(self) -> None:
        wanted = [
            self.account_list.item(n).data(Qt.ItemDataRole.UserRole)
            for n in range(self.account_list.count())
            if self.account_list.item(n).checkState() == Qt.CheckState.Checked
        ]
        for account_id in list(self.tabs_by_account):
            if account_id not in wanted:
                tab = self.tabs_by_account.pop(account_id)
                self.variant_tabs.removeTab(self.variant_tabs.indexOf(tab))
                tab.deleteLater()
        by_id = {a.id: a for a in self.accounts}
        for account_id in wanted:
            if account_id not in self.tabs_by_account and account_id in by_id:
                tab = VariantTab(by_id[account_id], self.variant_tabs)
                tab.editor.textChanged.connect(self.refresh)
                self.tabs_by_account[account_id] = tab
                account = by_id[account_id]
                self.variant_tabs.addTab(
                    tab, f"{platform_name(account.platform)} @{account.handle}"
                )
        self.no_accounts.setVisible(not self.tabs_by_account)
        self.refresh()

    # ---- checking and saving

    def images(self) -> tuple[ImageDraft, ...]:
        path, url = self.image_path.text().strip(), self.image_url.text().strip()
        if not path and not url:
            return ()
        return (ImageDraft(self.alt_text.text().strip(), path or None, url or None),)

    def images_for(self, account: AccountChoice) -> tuple[ImageDraft, ...]:
        """The image goes to Facebook and Instagram; Webcare cannot post images on X yet."""
        return () if account.platform is Platform.X else self.images()

    def refresh(self) -> None:
        self.when.check()
        link = self.link.text().strip() or None
        images = self.images()
        for tab in self.tabs_by_account.values():
            tab.follow(self.text.toPlainText())
            found = tab.refresh(link, self.images_for(tab.account) if images else ())
            index = self.variant_tabs.indexOf(tab)
            label = f"{platform_name(tab.account.platform)} @{tab.account.handle}"
            self.variant_tabs.setTabText(index, label + (" ⚠" if found else ""))

    def draft(self, schedule: bool) -> PostDraft:
        link = self.link.text().strip() or None
        variants = tuple(
            VariantDraft(account_id, tab.text(), link, self.images_for(tab.account))
            for account_id, tab in self.tabs_by_account.items()
        )
        return PostDraft(
            text=self.text.toPlainText(),
            wall=self.when.wall(),
            variants=variants,
            campaign_id=self.campaign.currentData(),
            link=link,
            fold=self.when.chosen_fold(),
            deadline=self.when.deadline_wall(),
            deadline_fold=0,
            recurrence=self.when.rule(),
            neighbourhoods=tuple(
                n.strip() for n in self.neighbourhoods.text().split(",") if n.strip()
            ),
            schedule=schedule,
        )

    def submit(self, schedule: bool) -> None:
        draft = self.draft(schedule)
        desk = self.context.desks.calendar
        post_id = self.post_id
        self.errors.setText(self.tr("Saving…"))
        self.schedule_button.setEnabled(False)
        self.draft_button.setEnabled(False)

        def done(post: PostInfo) -> None:
            self.saved.emit(post)
            self.accept()

        def failed(text: str, _error: BaseException) -> None:
            self.errors.setText(text)
            self.schedule_button.setEnabled(True)
            self.draft_button.setEnabled(True)

        call: Callable[[], object] = lambda: desk.save_post(draft, post_id)  # noqa: E731
        self.context.operations.op(call, done, on_error=failed, owner=self)  # type: ignore[arg-type]

    def ask_cancel(self) -> None:
        """Cancel the post on every account (after asking): it stays on the calendar as ⊘."""
        ask = QMessageBox(
            QMessageBox.Icon.Question,
            self.tr("Cancel post"),
            self.tr("Cancel this post on every account? It will not be published."),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
            self,
        )
        ask.setDefaultButton(QMessageBox.StandardButton.No)
        ask.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        yes = ask.button(QMessageBox.StandardButton.Yes)
        ask.buttonClicked.connect(lambda button: self.cancel_post() if button is yes else None)
        ask.open()

    def cancel_post(self) -> None:
        desk, post_id = self.context.desks.calendar, self.post_id
        if post_id is None:
            return

        def done(post: PostInfo) -> None:
            self.saved.emit(post)
            self.accept()

        self.context.operations.op(
            lambda: desk.cancel(post_id),
            done,
            on_error=lambda text, _e: self.errors.setText(text),
            owner=self,
        )
