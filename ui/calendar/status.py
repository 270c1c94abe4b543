"""What must not be missed on the calendar: the count of posts that need a decision (red
while there are any) and the banner of a crisis hold."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QPushButton, QWidget

from webcare.calendar import timing
from webcare.calendar.records import HoldInfo, PostInfo, TargetInfo
from webcare.vocabulary import PostState


def seen_problems(
    decisions: list[TargetInfo], posts: list[PostInfo], me: int
) -> set[tuple[int, str]]:
    """What a notice is about: each post-and-account waiting for a decision (its state), and
    each pre-flight problem on a post of mine (its code); the page notifies what is new."""
    seen = {(t.id, t.state.value) for t in decisions}
    seen |= {
        (t.id, p.code)
        for post in posts
        if post.created_by == me
        for t in post.targets
        for p in t.problems
    }
    return seen


def notice_text(new: set[tuple[int, str]]) -> str | None:
    """The tray's words for what is new in `seen_problems`, if anything is."""
    if any(code in {s.value for s in PostState} for _, code in new):
        return QCoreApplication.translate("CalendarPage", "A post needs a decision.")
    if new:
        return QCoreApplication.translate(
            "CalendarPage", "The pre-flight found a problem with a post of yours."
        )
    return None


class DecisionCounter(QPushButton):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("DecisionCounter")
        self.count = 0

    def show_count(self, decisions: list[TargetInfo]) -> None:
        """Posts (not post-and-account rows) that wait for a person."""
        self.count = count = len({t.post_id for t in decisions})
        if count == 1:
            text = self.tr("⚠ 1 post needs a decision")
        elif count:
            text = self.tr("⚠ {n} posts need a decision").format(n=count)
        else:
            text = self.tr("Nothing needs a decision")
        self.setText(text)
        self.setAccessibleName(text)
        self.setProperty("alert", bool(count))
        self.style().unpolish(self)
        self.style().polish(self)
        self.updateGeometry()  # the alert's bold, larger text needs more room: never clip it


class HoldBanner(QFrame):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("HoldBanner")
        self.text = QLabel(self)
        self.text.setObjectName("HoldBannerText")
        self.text.setTextFormat(Qt.TextFormat.PlainText)
        self.text.setWordWrap(True)
        QHBoxLayout(self).addWidget(self.text)
        self.hide()

    def show_holds(self, holds: list[HoldInfo]) -> None:
        if not holds:
            self.hide()
            return
        hold = holds[0]
        since = timing.local_of(hold.started_at).wall
        scope = (
            self.tr("all accounts")
            if hold.all_accounts
            else self.tr("{n} of the accounts").format(n=len(hold.account_ids))
        )
        self.text.setText(
            self.tr(
                "PUBLISHING IS HELD ({scope}) since {since}: {reason}. Nothing is published "
                "until the hold is released."
            ).format(scope=scope, since=f"{since:%d-%m %H:%M}", reason=hold.reason)
        )
        self.setAccessibleName(self.text.text())
        self.show()
