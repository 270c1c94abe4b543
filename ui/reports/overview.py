"""The live overview: a window for a wall screen or a second monitor, readable from three metres.

Large type; F11 (or the button) toggles full screen, Escape leaves it. It asks the reports desk
for the overview whenever the change counter moved (the same one-row check the inbox makes,
every two seconds) and at least every half minute, because waiting times grow by themselves.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.context import AppContext
from ui.reports.texts import ReportTexts
from webcare.reports.overview import Overview, Waiting
from webcare.team.policy import AMSTERDAM
from webcare.vocabulary import Platform

CHECK_MS = 2_000
REFRESH_EVERY_CHECKS = 15  # about every 30 seconds without a change
LOCAL = ZoneInfo(AMSTERDAM)


def _label(name: str, parent: QWidget) -> QLabel:
    label = QLabel(parent)
    label.setObjectName(name)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    return label


class OverviewWindow(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent, Qt.WindowType.Window)
        self.context = context
        self.texts = ReportTexts(self)
        self.setObjectName("LiveOverview")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.overview: Overview | None = None
        self.revision: int | None = None
        self._checks = 0
        self._busy = False
        self.heading = _label("OverviewHeading", self)
        self.clock = _label("OverviewClock", self)
        self.full_screen = QPushButton(self)
        self.full_screen.clicked.connect(self.toggle_full_screen)
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.clock)
        top.addWidget(self.full_screen)
        self.big = [self._figure() for _ in range(4)]
        figures = QHBoxLayout()
        figures.setSpacing(18)
        for frame, _, _ in self.big:
            figures.addWidget(frame, 1)
        self.channels = _label("OverviewLine", self)
        self.breach_title = _label("OverviewSection", self)
        self.breaches = _label("OverviewList", self)
        self.people_title = _label("OverviewSection", self)
        self.people = QGridLayout()
        self.people.setHorizontalSpacing(24)
        self.empty = _label("OverviewLine", self)
        lists = QHBoxLayout()
        left = QVBoxLayout()
        left.addWidget(self.breach_title)
        left.addWidget(self.breaches, 1)
        right = QVBoxLayout()
        right.addWidget(self.people_title)
        right.addLayout(self.people)
        right.addWidget(self.empty)
        right.addStretch(1)
        lists.addLayout(left, 3)
        lists.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(36, 24, 36, 24)
        layout.setSpacing(18)
        layout.addLayout(top)
        layout.addLayout(figures)
        layout.addWidget(self.channels)
        layout.addLayout(lists, 1)
        for keys, slot in (
            (QKeySequence("F11"), self.toggle_full_screen),
            (QKeySequence("Escape"), self._escape),
            (QKeySequence.StandardKey.Refresh, self.refresh),
        ):
            action = QAction(self)
            action.setShortcut(keys)
            action.triggered.connect(slot)
            self.addAction(action)
        self.timer = QTimer(self)
        self.timer.setObjectName("overview_check_timer")
        self.timer.setInterval(CHECK_MS)
        self.timer.timeout.connect(self.check)
        self.resize(1280, 760)
        self.retranslate_ui()

    def _figure(self) -> tuple[QFrame, QLabel, QLabel]:
        frame = QFrame(self)
        frame.setObjectName("OverviewFigure")
        value, caption = _label("OverviewValue", frame), _label("OverviewCaption", frame)
        value.setAlignment(Qt.AlignmentFlag.AlignCenter)
        caption.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(frame)
        layout.addWidget(value)
        layout.addWidget(caption)
        return frame, value, caption

    # ---- life

    def showEvent(self, event: object) -> None:
        super().showEvent(event)  # type: ignore[arg-type]
        self.timer.start()
        self.refresh()

    def closeEvent(self, event: QCloseEvent) -> None:
        self.timer.stop()
        super().closeEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def toggle_full_screen(self) -> None:
        if self.isFullScreen():
            self.showNormal()
        else:
            self.showFullScreen()
        self.retranslate_ui()

    def _escape(self) -> None:
        if self.isFullScreen():
            self.toggle_full_screen()
        else:
            self.close()

    def check(self) -> None:
        """The cheap check: one read of the change counter; the overview only when it moved."""
        self._checks += 1
        desk = self.context.desks.reports
        self.context.operations.query(desk.revision, self._checked, owner=self)

    def _checked(self, revision: int) -> None:
        if revision != self.revision or self._checks >= REFRESH_EVERY_CHECKS:
            self.revision = revision
            self.refresh()

    def refresh(self) -> None:
        if self._busy:
            return
        self._busy = True
        self._checks = 0
        self.context.operations.query(
            self.context.desks.reports.overview, self._show, on_error=self._failed, owner=self
        )

    def _failed(self, text: str, _error: BaseException) -> None:
        self._busy = False
        self.empty.setText(text)

    # ---- showing

    def retranslate_ui(self) -> None:
        self.setWindowTitle(self.tr("Webcare — live overview"))
        self.heading.setText(self.tr("Live overview"))
        self.full_screen.setText(
            self.tr("Leave full screen (F11)")
            if self.isFullScreen()
            else self.tr("Full screen (F11)")
        )
        self.breach_title.setText(self.tr("Over the target, or within 30 minutes of it"))
        self.people_title.setText(self.tr("Who works on what"))
        self._render()

    def _show(self, overview: Overview) -> None:
        self._busy = False
        self.overview = overview
        self._render()

    def _waited(self, wait: Waiting) -> str:
        t = self.texts
        if wait.left_office_seconds <= 0:
            return self.tr("{over} late").format(over=t.duration(-wait.left_office_seconds))
        return self.tr("{left} left").format(left=t.duration(wait.left_office_seconds))

    def _render(self) -> None:
        t = self.texts
        overview = self.overview
        if overview is None:
            for _, value, caption in self.big:
                value.setText("…")
                caption.setText("")
            return
        self.clock.setText(overview.computed_at.astimezone(LOCAL).strftime("%H:%M"))
        oldest = overview.oldest
        figures = [
            (t.number(overview.queues.get("unassigned", 0)), self.tr("unassigned")),
            (t.number(overview.waiting), self.tr("waiting for an answer")),
            (t.number(overview.over_count), self.tr("over the target")),
            (
                t.duration(oldest.waited_office_seconds) if oldest else "–",
                self.tr("longest wait (office time)"),
            ),
        ]
        for (frame, value, caption), (number, text) in zip(self.big, figures, strict=True):
            value.setText(number)
            value.setProperty("long", len(number) > 6)
            value.style().unpolish(value)
            value.style().polish(value)
            caption.setText(text)
            frame.setAccessibleName(f"{number} {text}")
        frame = self.big[2][0]
        frame.setProperty("alarm", overview.over_count > 0)
        frame.style().unpolish(frame)
        frame.style().polish(frame)
        queues = overview.queues
        channels = "   ".join(
            f"{t.channel(platform)} {overview.channels.get(platform, 0)}" for platform in Platform
        )
        self.channels.setText(
            self.tr(
                "Open: {assigned} assigned · {pending} pending · {snoozed} snoozed   |   {channels}"
            ).format(
                assigned=queues.get("assigned", 0),
                pending=queues.get("pending", 0),
                snoozed=queues.get("snoozed", 0),
                channels=channels,
            )
        )
        lines = []
        for wait in overview.breaching:
            local = wait.waiting_since.astimezone(LOCAL)
            since = f"{t.weekday(local.weekday())} {local:%H:%M}"
            who = wait.assignee or self.tr("unassigned")
            where = f"{t.channel(wait.platform)} · {wait.account}"
            lines.append(
                self.tr("{wait} · {where} · {who} · since {since}").format(
                    wait=self._waited(wait), where=where, who=who, since=since
                )
            )
        more = overview.breaching_count - len(overview.breaching)
        if more > 0:
            lines.append(self.tr("and {n} more").format(n=more))
        self.breaches.setText("\n".join(lines) or self.tr("Nothing is about to breach."))
        self._render_people(overview)

    def _render_people(self, overview: Overview) -> None:
        """A small table, numbers only, readable from across the room."""
        t = self.texts
        while self.people.count():
            item = self.people.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.deleteLater()
        if overview.agents:
            for column, text in enumerate(
                ("", self.tr("open"), self.tr("waiting"), self.tr("parked"))
            ):
                header = _label("OverviewPersonHeader", self)
                header.setWordWrap(False)
                header.setText(text)
                self.people.addWidget(header, 0, column)
        for row, agent in enumerate(overview.agents[:8], start=1):
            cells = (
                agent.name,
                t.number(agent.open),
                t.number(agent.waiting),
                t.number(agent.parked),
            )
            for column, text in enumerate(cells):
                cell = _label("OverviewPerson" if column == 0 else "OverviewPersonLoad", self)
                cell.setWordWrap(False)
                cell.setText(text)
                if column:
                    cell.setAlignment(Qt.AlignmentFlag.AlignRight)
                self.people.addWidget(cell, row, column)
        self.empty.setText("" if overview.agents else self.tr("Nobody holds a conversation."))
