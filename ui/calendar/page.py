"""The calendar page: month, week, day and list views of the planned posts, filters, the
"needs a decision" counter, the crisis hold, and moving posts with undo.

All reads and writes go through the calendar's desk on the task thread
(`context.operations`); the page refreshes when the desk reports `Topic.POSTS` or
`Topic.CAMPAIGNS`, and every few seconds, since the worker publishes on its own.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date, datetime, time

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QUndoStack
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.calendar import texts
from ui.calendar.campaign import CampaignDialog
from ui.calendar.composer import Composer
from ui.calendar.dialogs import DecisionsDialog, HoldDialog
from ui.calendar.filters import FilterBar
from ui.calendar.grid import CalendarGrid
from ui.calendar.listview import PostList
from ui.calendar.model import Mode, PostsModel
from ui.calendar.periodbar import PeriodBar
from ui.calendar.status import DecisionCounter, HoldBanner, notice_text, seen_problems
from ui.calendar.undo import MoveCommand
from ui.context import AppContext
from ui.widgets.page import Page
from webcare.calendar import timing
from webcare.calendar.records import (
    AccountChoice,
    CampaignInfo,
    HoldInfo,
    Moved,
    PostInfo,
    TargetInfo,
)
from webcare.desk import Changes, Topic

REFRESH_MS = 10_000
errors.register(texts.describe)


class CalendarPage(Page):
    """Signals:
    notice(str, str): title and text of a notification (a post needs a decision, the
        pre-flight found a problem) for the tray.
    """

    page_id = "calendar"
    notice = Signal(str, str)

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.desk = context.desks.calendar
        self.model = PostsModel(self)
        self.undo_stack = QUndoStack(self)
        self.accounts: list[AccountChoice] = []
        self.campaigns: list[CampaignInfo] = []
        self.holds: list[HoldInfo] = []
        self.decisions: list[TargetInfo] = []
        self._seen: set[tuple[int, str]] | None = None
        self.composer: Composer | None = None
        self._selected_after_refresh: tuple[int, datetime] | None = None  # a post just saved
        self.decisions_dialog: DecisionsDialog | None = None
        self._build()
        self._timer = QTimer(self)
        self._timer.setObjectName("calendar_refresh_timer")
        self._timer.setInterval(REFRESH_MS)
        self._timer.timeout.connect(self.refresh)
        context.operations.changed.connect(self._changed)
        self.retranslate_ui()
        self.load_choices()
        self.refresh()
        self._timer.start()

    # ---- building

    def _build(self) -> None:
        self.grid = CalendarGrid(self.model, self)
        self.heading = QLabel(self)
        self.heading.setObjectName("PageTitle")
        self.bar = PeriodBar(self)
        self.bar.view_chosen.connect(self.show_view)
        self.bar.step.connect(self.step)
        self.bar.today.connect(self.go_today)
        self.period, self.view_buttons = self.bar.period, self.bar.view_buttons
        self.new_button = QPushButton(self)
        self.new_button.clicked.connect(lambda: self.open_new(self.grid.current_day, None))
        self.campaign_button = QPushButton(self)
        self.campaign_button.clicked.connect(lambda: self.open_campaign(True))
        self.hold_button = QPushButton(self)
        self.hold_button.setObjectName("HoldButton")
        self.hold_button.clicked.connect(self.hold_or_release)
        self.decision_button = DecisionCounter(self)
        self.decision_button.clicked.connect(self.open_decisions)

        self.banner = HoldBanner(self)

        self.filters = FilterBar(self)
        self.filters.changed.connect(self.refresh)
        self.filters.changed.connect(self._name_campaign_button)

        self.grid.open_requested.connect(self.open_row)
        self.grid.new_requested.connect(self.open_new)
        self.grid.move_requested.connect(lambda post_id, wall: self.move_post(post_id, wall, None))
        self.grid.day_changed.connect(self._follow_day)
        self.list = PostList(self.model, self)
        self.list.activated.connect(lambda index: self.open_row(index.row()))
        self.stack = QStackedWidget(self)
        self.stack.addWidget(self.grid)
        self.stack.addWidget(self.list)

        self.undo_action = self.undo_stack.createUndoAction(self)
        self.undo_action.setShortcut(QKeySequence.StandardKey.Undo)
        self.redo_action = self.undo_stack.createRedoAction(self)
        self.redo_action.setShortcuts([QKeySequence("Ctrl+Shift+Z"), QKeySequence("Ctrl+Y")])
        for action in (self.undo_action, self.redo_action):
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            self.addAction(action)
        self.new_action = self._shortcut(
            QKeySequence.StandardKey.New, lambda: self.open_new(self.grid.current_day, None)
        )
        self.campaign_action = self._shortcut("Ctrl+Shift+N", lambda: self.open_campaign(False))
        self.prev_action = self._shortcut(Qt.Key.Key_PageUp, lambda: self.step(-1))
        self.next_action = self._shortcut(Qt.Key.Key_PageDown, lambda: self.step(1))

        top = QHBoxLayout()
        top.addWidget(self.heading)
        top.addSpacing(12)
        top.addWidget(self.decision_button)
        top.addStretch(1)
        top.addWidget(self.new_button)
        top.addWidget(self.hold_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.addLayout(top)
        layout.addWidget(self.banner)
        layout.addWidget(self.bar)
        filters = QHBoxLayout()  # the campaign's button beside the filter of campaigns
        filters.addWidget(self.filters, 1)
        filters.addWidget(self.campaign_button)
        layout.addLayout(filters)
        layout.addWidget(self.stack, 1)
        self.legend = QLabel(self)
        self.legend.setObjectName("CalendarLegend")
        self.legend.setTextFormat(Qt.TextFormat.PlainText)
        self.legend.setWordWrap(True)
        layout.addWidget(self.legend)

    def _shortcut(
        self, keys: QKeySequence.StandardKey | Qt.Key | str, slot: Callable[[], None]
    ) -> QAction:
        action = QAction(self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(slot)
        self.addAction(action)
        return action

    def title(self) -> str:
        return self.tr("Calendar")

    def retranslate_ui(self) -> None:
        self.heading.setText(self.title())
        self.bar.retranslate_ui()
        self.new_button.setText(self.tr("&New post…"))
        self.new_action.setText(self.tr("New post"))
        self.campaign_action.setText(self.tr("Campaign"))
        self._name_campaign_button()
        self.legend.setText(
            self.tr(
                "✎ draft · ◷ scheduled · ✓ published · ‖ held · ? unconfirmed · ⚠ missed · "
                "✗ failed · ⊘ cancelled · ! the pre-flight found a problem (dashed) · red: "
                "needs a decision · pale: a coming repetition"
            )
        )
        self.grid.setAccessibleName(self.tr("Calendar"))
        self.undo_action.setText(self.tr("Undo move"))
        self.redo_action.setText(self.tr("Redo move"))
        self._show_counts()
        self._show_period()
        self.setAccessibleName(self.title())

    # ---- the period

    def mode(self) -> Mode | None:
        return None if self.stack.currentWidget() is self.list else self.grid.mode

    def show_view(self, mode: Mode | None) -> None:
        if mode is None:
            self.grid.set_view(Mode.MONTH, self.grid.anchor)
            self.stack.setCurrentWidget(self.list)
        else:
            self.grid.set_view(mode, self.grid.current_day)
            self.stack.setCurrentWidget(self.grid)
        self.view_buttons[mode].setChecked(True)
        self._show_period()
        self.refresh()

    def step(self, direction: int) -> None:
        self._go(self.grid.stepped(direction))

    def go_today(self) -> None:
        self._go(date.today())

    def _go(self, day: date) -> None:
        self.grid.set_view(self.grid.mode, day)
        self.grid.select(day)
        self._show_period()
        self.refresh()

    def _follow_day(self, day: date) -> None:
        if day not in self.grid.days() or (
            self.grid.mode is Mode.MONTH and day.month != self.grid.anchor.month
        ):
            self.grid.set_view(self.grid.mode, day)
            self._show_period()
            self.refresh()

    def range(self) -> tuple[datetime, datetime]:
        return self.grid.instants(whole_month=self.mode() is None)

    def _show_period(self) -> None:
        days = self.grid.days()
        text = texts.period_text(self.grid.mode.value, days[0], days[-1], self.grid.anchor)
        self.period.setText(text + " · Europe/Amsterdam")

    # ---- loading

    def load_choices(self) -> None:
        desk = self.desk

        def both() -> tuple[list[AccountChoice], list[CampaignInfo]]:
            return desk.accounts(), desk.campaigns()

        self.context.operations.query(both, self._set_choices, owner=self)

    def _set_choices(self, found: tuple[list[AccountChoice], list[CampaignInfo]]) -> None:
        self.accounts, self.campaigns = found
        self.filters.set_choices(self.accounts, self.campaigns)
        self._name_campaign_button()

    def chosen_campaign(self) -> CampaignInfo | None:
        """The campaign the filter bar shows, if it shows one."""
        wanted = self.filters.campaign.currentData()
        return next((c for c in self.campaigns if c.id == wanted), None)

    def _name_campaign_button(self) -> None:
        chosen = self.chosen_campaign()
        text = self.tr("&Edit campaign…") if chosen else self.tr("New &campaign…")
        self.campaign_button.setText(text)
        self.campaign_button.setToolTip(self.tr("A new campaign: Ctrl+Shift+N"))

    def refresh(self) -> None:
        desk, (start, end), where = self.desk, self.range(), self.filters.current()

        def read() -> tuple[list[PostInfo], list[TargetInfo], list[HoldInfo]]:
            return desk.posts(start, end, where), desk.needs_decision(), desk.holds()

        self.context.operations.query(read, self._show, owner=self)

    def _show(self, found: tuple[list[PostInfo], list[TargetInfo], list[HoldInfo]]) -> None:
        posts, self.decisions, self.holds = found
        shown = self.model.post(self.grid.current_row)
        wanted = self._selected_after_refresh or (shown.key if shown is not None else None)
        self.model.set_posts(posts)
        if wanted is not None:
            self.grid.select_post(wanted)
            self._selected_after_refresh = None
        self._show_counts()
        self._notify(posts)

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.CAMPAIGNS):
            self.load_choices()
        if changes.touches(Topic.POSTS, Topic.CAMPAIGNS, Topic.ACCOUNTS):
            self.refresh()

    def _show_counts(self) -> None:
        self.decision_button.show_count(self.decisions)
        self.banner.show_holds(self.holds)
        if self.holds:
            self.hold_button.setText(self.tr("&Release hold…"))
        else:
            self.hold_button.setText(self.tr("&Hold publishing…"))

    def _notify(self, posts: list[PostInfo]) -> None:
        """A tray notice for what is new since the last look: a post that needs a decision,
        or a pre-flight problem on one of my posts."""
        seen = seen_problems(self.decisions, posts, self.context.desks.me.id)
        if self._seen is not None and (text := notice_text(seen - self._seen)):
            self.notice.emit(self.tr("Calendar"), text)
        self._seen = seen

    # ---- actions

    def open_row(self, row: int) -> None:
        post = self.model.post(row)
        if post is None:
            return
        if post.virtual:
            self.context.operations.query(lambda: self.desk.post(post.id), self._open, owner=self)
            return
        self._open(post)

    def _open(self, post: PostInfo | None) -> None:
        self.composer = Composer(self.context, self.accounts, self.campaigns, self, post=post)
        self.composer.saved.connect(self._select_saved)
        self._present(self.composer)

    def open_new(self, day: date, at: time | None) -> None:
        self.composer = Composer(self.context, self.accounts, self.campaigns, self, day=day, at=at)
        self.composer.saved.connect(self._select_saved)  # so that Alt+arrow moves it next
        self._present(self.composer)

    def _select_saved(self, saved: PostInfo) -> None:
        self._selected_after_refresh = saved.key  # the refresh the save causes selects it
        self.grid.select_post(saved.key)

    def open_campaign(self, edit: bool = True) -> None:
        """The campaign chosen in the filter bar to change (`edit`, if one is), or a new one."""
        chosen = self.chosen_campaign() if edit else None
        self._present(CampaignDialog(self.context, self, campaign=chosen))

    @staticmethod
    def _present(composer: QDialog) -> None:
        composer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        composer.show()
        composer.raise_()
        composer.activateWindow()

    def move_post(
        self, post_id: int, wall: datetime, fold: int | None, *, record: bool = True
    ) -> None:
        """Reschedule a post (a drag, Alt+arrow, or an undo/redo of one)."""
        desk = self.desk

        def done(moved: Moved) -> None:
            if record:
                self.undo_stack.push(MoveCommand(self, moved))
            # the moved post, not whichever post takes its old row, once the refresh shows it
            instant = timing.resolve(moved.after, fold=moved.after_fold).instant
            self._selected_after_refresh = (moved.post_id, instant)
            self.grid.select(moved.after.date())

        self.context.operations.op(
            lambda: desk.reschedule(post_id, wall, fold),
            done,
            on_error=lambda text, _e: self.context.operations.failed.emit(text),
            owner=self,
        )

    def hold_or_release(self) -> None:
        if not self.holds:
            dialog = HoldDialog(self.context, self.accounts, self)
            dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            dialog.show()
            return
        desk = self.desk
        self.context.operations.op(
            desk.release, lambda released: self.open_decisions(list(released.to_decide)), owner=self
        )

    def open_decisions(self, targets: list[TargetInfo] | None = None) -> None:
        dialog = DecisionsDialog(self.context, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.decided.connect(self.refresh)
        dialog.load(targets if targets else None)
        self.decisions_dialog = dialog
        dialog.show()

    def shutdown(self) -> None:
        self._timer.stop()
