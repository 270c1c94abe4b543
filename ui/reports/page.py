"""The Reports page: a period and filters, headline figures, charts and the per-agent table.

Every figure is computed by the reports desk on the task thread (a progress bar while it
works, also when a changed policy makes it count the past again); the page only shows what
comes back. "How is this counted" opens the definitions beside the figures.
"""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui import errors
from ui.context import AppContext
from ui.reports.definitions import DefinitionsPanel
from ui.reports.exporting import Exporter
from ui.reports.filters import FilterBar
from ui.reports.models import AgentTableModel
from ui.reports.period import PeriodPicker
from ui.reports.texts import ReportTexts
from ui.widgets.flow import FlowLayout
from ui.widgets.page import Page
from webcare import permissions
from webcare.desk import Changes, Topic
from webcare.reports.figures import Filters, Report
from webcare.team.policy import AMSTERDAM

Tile = tuple[QLabel, QLabel, QLabel]  # caption, value, detail


class ReportsPage(Page):
    page_id = "reports"

    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.context = context
        self.texts = ReportTexts(self)
        errors.register(self.texts.describe_error)
        self.report: Report | None = None
        self._charts: list[Any] = []
        self._computing = False
        self._again = False
        self.allowed = permissions.allowed("reports.read", context.desks.me.roles)
        self._build()
        self.exporter = Exporter(self)
        self.retranslate_ui()
        context.operations.changed.connect(self._changed)
        context.operations.progress.connect(self._progress)

    # ---- building

    def _build(self) -> None:
        self.title_label = QLabel(self)
        self.title_label.setObjectName("PageTitle")
        today = self.context.desks.reports.clock().astimezone(ZoneInfo(AMSTERDAM)).date()
        self.period = PeriodPicker(today, self)
        self.period.changed.connect(self.refresh)
        self.filter_bar = FilterBar(self, self.texts, self.refresh)
        self.refresh_button = QPushButton(self)
        self.refresh_button.clicked.connect(self.refresh)
        self.how_button = QPushButton(self)
        self.how_button.setCheckable(True)
        self.how_button.toggled.connect(self._show_definitions)
        self.export_button = QToolButton(self)
        self.export_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.export_menu = QMenu(self)
        self.export_button.setMenu(self.export_menu)
        self.overview_button = QPushButton(self)
        self.overview_button.clicked.connect(self.open_overview)
        self.progress = QProgressBar(self)
        self.progress.setObjectName("ReportProgress")
        self.progress.setMaximumHeight(14)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.status = QLabel(self)
        self.status.setObjectName("ReportStatus")
        self.notice = QLabel(self)
        self.notice.setObjectName("NoticeText")
        self.notice.setWordWrap(True)
        for label in (self.title_label, self.status, self.notice):
            label.setTextFormat(Qt.TextFormat.PlainText)

        self.tiles = [self._tile() for _ in range(5)]
        tiles = QHBoxLayout()
        tiles.setSpacing(10)
        for frame, _ in self.tiles:
            tiles.addWidget(frame, 1)
        self.charts = QGridLayout()
        self.charts.setSpacing(10)
        self.agents_model = AgentTableModel(self)
        self.agents = QTableView(self)
        self.agents.setObjectName("AgentTable")
        self.agents.setModel(self.agents_model)
        self.agents.verticalHeader().hide()
        self.agents.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.agents.horizontalHeader().setStretchLastSection(True)
        self.agents.setMinimumHeight(160)
        self.definitions = DefinitionsPanel(self.texts, self)

        controls = QHBoxLayout()
        controls.setSpacing(8)
        controls.addWidget(self.period, 1)
        # A flow: in a narrow window the buttons go to a second row instead of being cut off.
        filters = FlowLayout(spacing=8)
        for widget in (*self.filter_bar.combos(), self.refresh_button, self.how_button,
                       self.export_button, self.overview_button):  # fmt: skip
            filters.addWidget(widget)

        content = QWidget()
        content.setObjectName("ReportsContent")
        body = QVBoxLayout(content)
        body.setContentsMargins(0, 0, 0, 0)
        body.setSpacing(12)
        body.addLayout(tiles)
        body.addLayout(self.charts)
        self.agents_title = QLabel(content)
        self.agents_title.setObjectName("PaneSubtitle")
        body.addWidget(self.agents_title)
        body.addWidget(self.agents)
        body.addStretch(1)
        self.scroller = QScrollArea(self)
        self.scroller.setObjectName("ReportsScroll")
        self.scroller.setWidgetResizable(True)
        self.scroller.setFrameShape(QFrame.Shape.NoFrame)
        self.scroller.setWidget(content)
        row = QHBoxLayout()
        row.setSpacing(12)
        row.addWidget(self.scroller, 3)
        row.addWidget(self.definitions, 1)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 18, 24, 12)
        layout.setSpacing(10)
        layout.addWidget(self.title_label)
        layout.addLayout(controls)
        layout.addLayout(filters)
        layout.addWidget(self.progress)
        layout.addWidget(self.notice)
        layout.addLayout(row, 1)
        layout.addWidget(self.status)

        self._actions: dict[str, QAction] = {}
        for name, keys, slot in (
            ("refresh", QKeySequence.StandardKey.Refresh, self.refresh),
            ("previous", QKeySequence("Alt+Left"), lambda: self.period.step(-1)),
            ("next", QKeySequence("Alt+Right"), lambda: self.period.step(1)),
            ("how", QKeySequence("F1"), self.how_button.toggle),
            ("overview", QKeySequence("Ctrl+Shift+L"), self.open_overview),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            # The window's shortcut while this page shows (a hidden page's actions are off), so
            # that F5 works also with the focus still in the navigation rail.
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(slot)
            self.addAction(action)
            self._actions[name] = action

    def _tile(self) -> tuple[QFrame, Tile]:
        frame = QFrame(self)
        frame.setObjectName("ReportTile")
        frame.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Minimum)
        caption, value, detail = QLabel(frame), QLabel(frame), QLabel(frame)
        caption.setObjectName("TileCaption")
        value.setObjectName("TileValue")
        detail.setObjectName("TileDetail")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 8, 12, 8)
        layout.setSpacing(2)
        for label in (caption, value, detail):
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(label is not value)
            layout.addWidget(label)
        layout.addStretch(1)
        return frame, (caption, value, detail)

    # ---- texts

    def title(self) -> str:
        return self.tr("Reports")

    def retranslate_ui(self) -> None:
        self.title_label.setText(self.title())
        self.setAccessibleName(self.title())
        self.period.retranslate_ui()
        self.refresh_button.setText(self.tr("Refresh"))
        self.refresh_button.setToolTip(self.tr("Count again (F5)"))
        self.how_button.setText(self.tr("How is this counted?"))
        self.how_button.setToolTip(self.tr("The definitions of every figure (F1)"))
        self.export_button.setText(self.tr("Export"))
        self.export_button.setAccessibleName(self.tr("Export"))
        self.overview_button.setText(self.tr("Live overview"))
        self.overview_button.setToolTip(self.tr("For a wall screen (Ctrl+Shift+L)"))
        self.agents_title.setText(self.tr("Per agent"))
        self.agents.setAccessibleName(self.tr("Per agent"))
        self.progress.setAccessibleName(self.tr("Counting"))
        self.definitions.setAccessibleName(self.tr("How is this counted?"))
        self.filter_bar.retranslate()
        self.exporter.retranslate(self.export_menu)
        self.agents_model.retranslate()
        self._show_definitions(self.how_button.isChecked())
        if not self.allowed:
            self.notice.setText(
                self.tr(
                    "Reports are for supervisors and administrators; your role does not allow them."
                )
            )
        self.notice.setVisible(not self.allowed)
        self._show_report()

    # ---- computing

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self.allowed and self.filter_bar.choices is None:
            self.context.operations.query(
                self.context.desks.reports.choices, self.filter_bar.set_choices, owner=self
            )
        if self.allowed and self.report is None:
            self.refresh()

    def filters(self) -> Filters:
        return self.filter_bar.filters()

    def refresh(self) -> None:
        """Count the chosen period again (once more after the current count, if one runs)."""
        if not self.allowed:
            return
        if self._computing:
            self._again = True
            return
        self._computing = True
        period, filters = self.period.period(), self.filters()
        desk = self.context.desks.reports
        self.context.operations.long_op(
            self._label(),
            lambda progress: desk.report(period, filters, progress=progress),
            self._computed,
            on_error=self._failed,
            owner=self,
        )

    def _label(self) -> str:
        return self.tr("Counting the report…")

    def _computed(self, report: Report) -> None:
        self._computing = False
        self.report = report
        self._show_report()
        if self._again:
            self._again = False
            self.refresh()

    def _failed(self, text: str, _error: BaseException) -> None:
        self._computing = False
        self.status.setText(text)

    def _progress(self, label: str, done: int, total: int) -> None:
        if label != self._label():
            return
        finished = (done == total and total != 0) or done < 0
        self.progress.setVisible(not finished)
        self.progress.setRange(0, max(total, 0))
        self.progress.setValue(max(done, 0))

    def _changed(self, changes: Changes) -> None:
        if changes.touches(Topic.POLICY):
            self.refresh()  # the past is counted again with the new policy, in the background
        # A link made or undone, a resident moved: the neighbourhoods offered change too.
        topics = (Topic.USERS, Topic.ACCOUNTS, Topic.TAGS, Topic.RESIDENTS, Topic.CONSENTS)
        if changes.touches(*topics) and self.allowed:
            self.context.operations.query(
                self.context.desks.reports.choices, self.filter_bar.set_choices, owner=self
            )

    # ---- showing

    def _show_report(self) -> None:
        report = self.report
        t = self.texts
        figures = report.figures if report is not None else None
        fr = figures.first_response if figures else None
        captions = [
            self.tr("First response, median"),
            self.tr("First response, 90th percentile"),
            self.tr("Within target"),
            self.tr("Volume"),
            self.tr("Backlog"),
        ]
        values = ["–"] * 5
        details = [""] * 5
        if report is not None and figures is not None and fr is not None:
            values = [
                t.duration(fr.median_office_seconds),
                t.duration(fr.p90_office_seconds),
                t.share(figures.within_target_share),
                t.number(figures.volume),
                t.number(report.backlog),
            ]
            target = ", ".join(t.duration(m * 60) for m in report.targets_minutes)
            details = [
                self.tr("office time; wall-clock {wall}").format(
                    wall=t.duration(fr.median_seconds)
                ),
                self.tr("office time; wall-clock {wall}").format(wall=t.duration(fr.p90_seconds)),
                self.tr("{n} of {m}; target {target}").format(
                    n=figures.within_target, m=figures.decided, target=target or "–"
                ),
                self.tr("{n} handled, {m} closed without a reply").format(
                    n=figures.handled, m=figures.closed_without_reply
                ),
                self.tr("still open at the end of the period"),
            ]
        for (frame, (caption, value, detail)), c, v, d in zip(
            self.tiles, captions, values, details, strict=True
        ):
            caption.setText(c)
            value.setText(v)
            detail.setText(d)
            frame.setAccessibleName(f"{c}: {v}. {d}")
        if report is not None:
            self.agents_model.set_rows(report.agents)
            self.status.setText(
                self.tr(
                    "Counted {when}; times in office time of each account's service policy."
                ).format(when=report.computed_at.astimezone().strftime("%H:%M:%S"))
            )
            self._draw_charts(report)

    def _draw_charts(self, report: Report) -> None:
        from ui.reports import charts  # pyqtgraph loads with the first report, not at start

        for widget in self._charts:
            self.charts.removeWidget(widget)
            widget.deleteLater()
        self._charts = [build(report, self.texts) for build in charts.CHARTS]
        for widget in self._charts:
            widget.setMaximumHeight(330)
        columns = 2 if self.width() >= 1100 else 1
        for index, widget in enumerate(self._charts):
            self.charts.addWidget(widget, index // columns, index % columns)

    def _show_definitions(self, shown: bool) -> None:
        self.definitions.show_definitions(shown)

    # ---- the overview

    def open_overview(self) -> None:
        from ui.reports.overview import OverviewWindow

        window = getattr(self, "overview_window", None)
        if window is None:
            window = OverviewWindow(self.context)
            self.overview_window = window
        window.show()
        window.raise_()
        window.activateWindow()
