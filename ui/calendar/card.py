"""How a post looks on the calendar: a card in its campaign's colour, with the channels' icons,
the time, the first line of its text and its state; problems and decisions stand out."""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QRect, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QIcon, QPainter, QPen

from resources import icon_path
from ui.calendar.model import local
from ui.calendar.texts import problem_text, state_name
from webcare.calendar.records import PostInfo
from webcare.vocabulary import Platform, PostState

DECISION_RED = QColor("#c01c28")
PROBLEM_AMBER = QColor("#b35900")
# What a state looks like on the card: a short mark after the time.
STATE_MARKS = {
    PostState.DRAFT: "✎",
    PostState.SCHEDULED: "◷",
    PostState.HELD: "‖",
    PostState.PUBLISHING: "↗",
    PostState.PUBLISHED: "✓",
    PostState.FAILED: "✗",
    PostState.UNCONFIRMED: "?",
    PostState.MISSED: "⚠",
    PostState.CANCELLED: "⊘",
}


@cache
def platform_icon(platform: Platform) -> QIcon:
    return QIcon(str(icon_path(platform.value)))


def worst_state(post: PostInfo) -> PostState:
    """The state the card shows first: what needs a person beats what went well."""
    order = [
        PostState.MISSED,
        PostState.UNCONFIRMED,
        PostState.FAILED,
        PostState.HELD,
        PostState.PUBLISHING,
        PostState.DRAFT,
        PostState.SCHEDULED,
        PostState.PUBLISHED,
        PostState.CANCELLED,
    ]
    states = {t.state for t in post.targets}
    for state in order:
        if state in states:
            return state
    return PostState.DRAFT


def card_label(post: PostInfo) -> str:
    first = post.text.splitlines()[0] if post.text else ""
    return f"{local(post):%H:%M} {first}"


def paint_card(
    painter: QPainter, rect: QRect, post: PostInfo, *, selected: bool, compact: bool = False
) -> None:
    """Paint one card into `rect` (plain text only: a post's text is never rich text)."""
    painter.save()
    base = QColor(post.color)
    state = worst_state(post)
    faded = state in (PostState.CANCELLED, PostState.PUBLISHED) or post.virtual
    fill = QColor(base)
    fill.setAlpha(70 if faded else 130)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(fill)
    box = QRectF(rect).adjusted(1, 1, -1, -1)
    painter.drawRoundedRect(box, 4, 4)
    painter.setBrush(base)
    painter.drawRoundedRect(QRectF(box.left(), box.top(), 4, box.height()), 2, 2)
    if post.needs_decision:
        painter.setPen(QPen(DECISION_RED, 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
    elif post.problems:
        painter.setPen(QPen(PROBLEM_AMBER, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box.adjusted(1, 1, -1, -1), 4, 4)
    if selected:
        painter.setPen(QPen(QColor("#1d4e89"), 2))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRoundedRect(box, 4, 4)
    x = int(box.left()) + 7
    size = min(14, rect.height() - 4)
    top = rect.top() + (min(rect.height(), 20) - size) // 2
    for platform in dict.fromkeys(t.platform for t in post.targets):
        platform_icon(platform).paint(painter, QRect(x, top, size, size))
        x += size + 2
    font = QFont(painter.font())
    font.setPointSizeF(max(font.pointSizeF() - (1.5 if compact else 1.0), 6.5))
    painter.setFont(font)
    metrics = QFontMetrics(font)
    mark = STATE_MARKS.get(state, "")
    if post.problems and not post.needs_decision:
        mark += " !"
    text_rect = QRect(x + 2, rect.top(), rect.right() - x - 4, min(rect.height(), 20))
    color = QColor("#1f2a44") if not faded else QColor("#4a5570")
    painter.setPen(DECISION_RED if post.needs_decision else color)
    label = f"{mark} {card_label(post)}"
    painter.drawText(
        text_rect,
        Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
        metrics.elidedText(label, Qt.TextElideMode.ElideRight, text_rect.width()),
    )
    if not compact and rect.height() >= 38:
        second = QRect(int(box.left()) + 7, rect.top() + 19, rect.width() - 12, 16)
        painter.setPen(color)
        words = (
            f"{post.campaign_name} · {state_name(state)}"
            if post.campaign_name
            else (state_name(state))
        )
        # What is wrong stands on the card itself, not only in its tooltip.
        reasons = [problem_text(p) for p in post.problems]
        reasons += [t.state_reason for t in post.targets if t.needs_decision and t.state_reason]
        if reasons:
            words += " · ! " + reasons[0]
            painter.setPen(DECISION_RED if post.needs_decision else PROBLEM_AMBER.darker(130))
        painter.drawText(
            second,
            Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft,
            metrics.elidedText(words, Qt.TextElideMode.ElideRight, second.width()),
        )
    painter.restore()
