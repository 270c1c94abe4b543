"""Paints a conversation list row: who, what, how long they wait, who holds it, its labels
(each in the colour the team gave it, `ui.inbox.chips`).

Everything is drawn with `QPainter.drawText` (plain text, never Qt rich text), so a display
name like `<b>hi</b>` shows as typed. Colour is never the only signal: the SLA chip says the
office time left to the response target ("20 min left") or "over target", and "breaches soon"
when it falls due within the next half hour; unread rows are bold with a dot, priorities are
written out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QRect, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPalette
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem, QWidget

from ui.inbox.chips import PLAIN_CHIP, label_chip
from ui.inbox.roles import Roles
from ui.inbox.rowtext import marked_parts
from ui.inbox.texts import Texts
from webcare.clock import utcnow
from webcare.inbox.sla import SlaClock
from webcare.team.policy import WaitLevel
from webcare.vocabulary import ConversationStatus, Priority

Index = QModelIndex | QPersistentModelIndex
CHIP_GAP = 6  # pixels between two chips
MIN_LABEL_CHIP = 64  # narrower than this, a label cut short says nothing: "+1" instead
MIN_ASSIGNEE_CHIP = 56  # "niet …": the least of "unassigned" that still reads as such
LEAD_SHARE = 0.3  # of a snippet's width, at most, for the text before its first match
PAD = 8
ICON = 20
LEVEL_COLOURS = {  # (text, background): contrast >= 4.5:1
    WaitLevel.OK: ("#1d5e33", "#e2f3e7"),
    WaitLevel.NEAR: ("#6b4400", "#fdefc8"),
    WaitLevel.OVER: ("#8f1a1a", "#fbe0e0"),
}
PRIORITY_COLOURS = {
    Priority.URGENT: ("#ffffff", "#b42318"),
    Priority.HIGH: ("#6b3000", "#fde4cc"),
    Priority.LOW: ("#384257", "#e6e9ef"),
}
CHIP = PLAIN_CHIP
DRAFT_CHIP = ("#3d2a00", "#f6d365")
CLOSED_CHIP = ("#ffffff", "#4a5670")
MATCH_BACKGROUND = "#fff0a8"


class ConversationDelegate(QStyledItemDelegate):
    """Three lines per conversation; see the module docstring."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._texts = Texts(self)
        self.now = utcnow

    def sizeHint(self, option: QStyleOptionViewItem, index: Index) -> QSize:
        line = QFontMetrics(option.font).height()
        return QSize(200, 3 * line + 3 * 4 + 2 * PAD)  # as wide as the view, at least 200

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        painter.save()
        try:
            self._paint(painter, option, index)
        finally:
            painter.restore()

    def _paint(self, painter: QPainter, option: QStyleOptionViewItem, index: Index) -> None:
        rect: QRect = option.rect
        state = option.state
        palette: QPalette = option.palette
        selected = bool(state & QStyle.StateFlag.State_Selected)
        stale = bool(index.data(Roles.STALE))
        background = QColor("#dbe6f6") if selected else QColor("#ffffff")
        painter.fillRect(rect, background)
        painter.setPen(QColor("#e1e6ee"))
        painter.drawLine(rect.bottomLeft(), rect.bottomRight())
        if state & QStyle.StateFlag.State_HasFocus:
            painter.setPen(QColor("#1d4e89"))
            painter.drawRect(rect.adjusted(1, 1, -2, -2))
        if stale:
            painter.setOpacity(0.55)

        font = QFont(option.font)
        metrics = QFontMetrics(font)
        line = metrics.height()
        left = rect.left() + PAD
        top = rect.top() + PAD
        text_left = left + ICON + PAD
        right = rect.right() - PAD
        text_colour = palette.color(QPalette.ColorRole.Text)

        unread = bool(index.data(Roles.UNREAD))
        icon = index.data(Qt.ItemDataRole.DecorationRole)
        if icon is not None:
            icon.paint(painter, QRect(left, top, ICON, ICON))
        if unread:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(QColor("#1d4e89"))
            painter.drawEllipse(left + ICON // 2 - 4, top + ICON + 6, 8, 8)

        # line 1: name, handle, age (how long ago the conversation started)
        created = index.data(Roles.CREATED)
        age = self._texts.duration((self.now() - created).total_seconds()) if created else ""
        age_width = metrics.horizontalAdvance(age)
        painter.setPen(QColor("#4a5670"))
        painter.drawText(
            QRect(right - age_width, top, age_width, line), Qt.AlignmentFlag.AlignRight, age
        )
        bold = QFont(font)
        bold.setBold(unread)
        bold.setWeight(QFont.Weight.Bold if unread else QFont.Weight.DemiBold)
        painter.setFont(bold)
        bold_metrics = QFontMetrics(bold)
        name_room = right - age_width - PAD - text_left
        name = bold_metrics.elidedText(
            str(index.data(Qt.ItemDataRole.DisplayRole) or ""),
            Qt.TextElideMode.ElideRight,
            max(0, name_room * 2 // 3),
        )
        painter.setPen(text_colour)
        painter.drawText(QRect(text_left, top, name_room, line), Qt.AlignmentFlag.AlignLeft, name)
        painter.setFont(font)
        handle_left = text_left + bold_metrics.horizontalAdvance(name) + 6
        handle = metrics.elidedText(
            str(index.data(Roles.HANDLE) or ""),
            Qt.TextElideMode.ElideRight,
            max(0, text_left + name_room - handle_left),
        )
        painter.setPen(QColor("#5a6680"))
        painter.drawText(
            QRect(handle_left, top, max(0, text_left + name_room - handle_left), line),
            Qt.AlignmentFlag.AlignLeft,
            handle,
        )

        # line 2: the start of the resident's latest message
        top += line + 4
        preview = str(index.data(Roles.PREVIEW) or "").split("\n", 1)[0]
        if stale:
            preview = self.tr("No longer in this queue") + " · " + preview
        painter.setPen(text_colour)
        match = index.data(Roles.MATCH)
        if match:  # a search result: the text that matched, the match highlighted
            self._paint_match(
                painter, option, str(match), QRect(text_left, top, right - text_left, line)
            )
        else:
            painter.drawText(
                QRect(text_left, top, right - text_left, line),
                Qt.AlignmentFlag.AlignLeft,
                metrics.elidedText(preview, Qt.TextElideMode.ElideRight, right - text_left),
            )

        # line 3: chips, the most urgent first
        top += line + 4
        x = text_left
        priority = index.data(Roles.PRIORITY)
        if priority is not None and Priority(priority) in PRIORITY_COLOURS:
            x = self._chip(
                painter,
                metrics,
                x,
                top,
                right,
                self._texts.priority(priority),
                PRIORITY_COLOURS[Priority(priority)],
            )
        if index.data(Roles.STATUS) == ConversationStatus.CLOSED:
            x = self._chip(painter, metrics, x, top, right, self.tr("closed"), CLOSED_CHIP)
        if index.data(Roles.DRAFT):
            x = self._chip(painter, metrics, x, top, right, "✎ " + self.tr("draft"), DRAFT_CHIP)
        clock = index.data(Roles.SLA)
        if isinstance(clock, SlaClock):
            x = self._chip(painter, metrics, x, top, right, *self._sla_chip(clock))
        tags = index.data(Roles.TAGS) or ()
        colours = index.data(Roles.TAG_COLOURS) or (None,) * len(tags)
        assignee = index.data(Roles.ASSIGNEE)
        # "unassigned" gives way to the labels: cut short to "niet …", or left out where even
        # that leaves no room for the first label (what the conversation is about says more;
        # the sentence for screen readers still says "unassigned"). A colleague's name never.
        reserve = 0
        if tags and not assignee:
            reserve = min(chip_width(metrics, "#" + tags[0]), MIN_LABEL_CHIP) + CHIP_GAP
        if not reserve or right - reserve - x >= MIN_ASSIGNEE_CHIP:
            x = self._chip(
                painter,
                metrics,
                x,
                top,
                right - reserve,
                "→ " + assignee if assignee else self.tr("unassigned"),
                CHIP,
            )
        shown, hidden = fitting_labels(list(tags), metrics, right - x)
        if hidden == 1 and right - x - used_width(metrics, tags[:shown]) >= MIN_LABEL_CHIP:
            shown, hidden = len(tags), 0  # the last one, cut short ("#Parke…"), says more
        for tag, colour in zip(tags[:shown], colours, strict=False):
            x = self._chip(painter, metrics, x, top, right, "#" + tag, label_chip(colour))
        if hidden and chip_width(metrics, f"+{hidden}") <= right - x:  # whole, or not at all
            x = self._chip(painter, metrics, x, top, right, f"+{hidden}", CHIP)

    def _sla_chip(self, clock: SlaClock) -> tuple[str, tuple[str, str]]:
        """The SLA clock's chip: the office time left (or over), marked when it breaches soon."""
        if clock.over:
            time = self._texts.duration(-clock.left_office_seconds)
            return self.tr("{time} over target").format(time=time), LEVEL_COLOURS[WaitLevel.OVER]
        time = self._texts.duration(clock.left_office_seconds)
        if clock.breach_soon:
            label = self.tr("⚠ {time} left · breaches soon").format(time=time)
            return label, LEVEL_COLOURS[WaitLevel.NEAR]
        return self.tr("{time} left").format(time=time), LEVEL_COLOURS[WaitLevel.OK]

    @staticmethod
    def _paint_match(
        painter: QPainter, option: QStyleOptionViewItem, snippet: str, rect: QRect
    ) -> None:
        """The snippet's parts as plain text, each match bold on a highlight."""
        for box in match_boxes(snippet, option.font, rect.width()):
            font = QFont(option.font)
            font.setBold(box.matched)
            area = QRect(rect.left() + box.x, rect.top(), box.width, rect.height())
            painter.setFont(font)
            if box.matched:
                painter.fillRect(area, QColor(MATCH_BACKGROUND))
            painter.drawText(area, Qt.AlignmentFlag.AlignLeft, box.text)
        painter.setFont(option.font)

    @staticmethod
    def _chip(
        painter: QPainter,
        metrics: QFontMetrics,
        x: int,
        top: int,
        right: int,
        text: str,
        colours: tuple[str, str],
    ) -> int:
        width = chip_width(metrics, text)
        if x >= right:
            return x
        width = min(width, right - x)
        box = QRect(x, top - 1, width, metrics.height() + 2)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(colours[1]))
        painter.drawRoundedRect(box, 4, 4)
        painter.setPen(QColor(colours[0]))
        painter.drawText(
            box.adjusted(6, 0, -6, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - 10),
        )
        return x + width + CHIP_GAP


@dataclass(frozen=True)
class MatchBox:
    """One part of a search snippet as painted: its text, whether it is a match, and where
    it lies in the row (x and width in pixels from the snippet's left edge)."""

    text: str
    matched: bool
    x: int
    width: int


def match_boxes(snippet: str, font: QFont, width: int) -> list[MatchBox]:
    """The parts of `snippet` laid out on one line `width` pixels wide in `font` (the matches
    bold), clipped at the right edge with an ellipsis. Where the first match would not fit
    whole, the text before it gives way from its start to LEAD_SHARE of the width ("…mijn
    paspoort"), so that the match is seen."""
    bold = QFont(font)
    bold.setBold(True)
    parts = marked_parts(" ".join(snippet.split("\n")))
    if len(parts) > 1 and not parts[0][1]:
        lead, first = parts[0][0], parts[1][0]
        metrics = QFontMetrics(font)
        needed = metrics.horizontalAdvance(lead) + QFontMetrics(bold).horizontalAdvance(first)
        if needed > width:
            budget = int(width * LEAD_SHARE)
            parts[0] = (_start_cut(lead, metrics, budget), False)
    boxes: list[MatchBox] = []
    x = 0
    for text, matched in parts:
        metrics = QFontMetrics(bold if matched else font)
        advance = metrics.horizontalAdvance(text)
        if x + advance > width:
            text = metrics.elidedText(text, Qt.TextElideMode.ElideRight, width - x)
            advance = width - x
        if advance <= 0:
            break
        boxes.append(MatchBox(text, matched, x, advance))
        x += advance
    return boxes


def _start_cut(text: str, metrics: QFontMetrics, width: int) -> str:
    """`text` cut from its start to fit `width`, at a word's start: "…mijn "."""
    elided = metrics.elidedText(text, Qt.TextElideMode.ElideLeft, width)
    if not elided.startswith("…"):
        return elided
    kept = elided[1:]
    cut_in_a_word = len(kept) < len(text) and not text[len(text) - len(kept) - 1].isspace()
    if cut_in_a_word and " " in kept[:-1]:
        kept = kept[kept.index(" ") + 1 :]
    return "…" + kept


def chip_width(metrics: QFontMetrics, text: str) -> int:
    """A chip's width for `text`, a little slack included (hinting differs)."""
    return metrics.horizontalAdvance(text) + 16


def used_width(metrics: QFontMetrics, tags: Sequence[str]) -> int:
    """The room the label chips of `tags` take, gaps included."""
    return sum(chip_width(metrics, "#" + tag) + CHIP_GAP for tag in tags)


def fitting_labels(tags: list[str], metrics: QFontMetrics, room: int) -> tuple[int, int]:
    """How many of a row's labels fit whole in `room` pixels, and how many are left out: the
    row then ends with a "+N" chip (also made room for) instead of labels cut off unseen."""
    widths = [chip_width(metrics, "#" + tag) + CHIP_GAP for tag in tags]
    if sum(widths) <= room:
        return len(tags), 0
    used = 0
    for shown, width in enumerate(widths):
        more = chip_width(metrics, f"+{len(tags) - shown}") + CHIP_GAP
        if used + width + more > room:
            return shown, len(tags) - shown
        used += width
    return len(tags), 0
