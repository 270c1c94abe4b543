"""The month, week and day views: one widget that paints the model's posts as cards on a grid.

Weeks start on Monday and carry their ISO number. Keyboard: Left/Right move between days,
Up/Down between the day's cards (in the month, past the first or last card to the week
before or after), Home goes to today, Enter (or a double click) opens the selected post, or a
new one on the selected day; Alt+Left/Right moves the selected post a day (Alt+Up/Down an
hour in the week and day views, a week in the month), as a drag with the mouse does.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta

from PySide6.QtCore import QModelIndex, QPoint, QRect, Qt, Signal
from PySide6.QtGui import (
    QDrag,
    QDragEnterEvent,
    QDragMoveEvent,
    QDropEvent,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPaintEvent,
)
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from ui.calendar.model import MIME_TYPE, Mode, PostsModel, local, movable
from ui.calendar.painting import paint_grid
from webcare.calendar import timing
from webcare.calendar.timing import week_start

FIRST_HOUR, LAST_HOUR = 6, 23
SNAP_MINUTES = 15


class CalendarGrid(QWidget):
    """Signals:
    open_requested(int): open the post in this model row in the composer.
    new_requested(object, object): a new post on this date (at this time, or None).
    move_requested(int, object): move this post (id) to this wall-clock datetime.
    day_changed(object): the selected day changed (the page moves the period along).
    """

    open_requested = Signal(int)
    new_requested = Signal(object, object)
    move_requested = Signal(int, object)
    day_changed = Signal(object)

    def __init__(self, model: PostsModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("CalendarGrid")
        self.model = model
        self.mode = Mode.MONTH
        self.anchor = date.today()  # any day of the shown period
        self.current_day = date.today()
        self.current_row = -1
        self.today = date.today()
        self._press: QPoint | None = None
        self._drop_at: tuple[date, time | None] | None = None
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAcceptDrops(True)
        self.setMouseTracking(False)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(420, 300)
        model.modelReset.connect(self._after_reset)

    # ---- the period

    def first_day(self) -> date:
        if self.mode is Mode.MONTH:
            return week_start(self.anchor.replace(day=1))
        if self.mode is Mode.WEEK:
            return week_start(self.anchor)
        return self.anchor

    def day_count(self) -> int:
        return {Mode.MONTH: 42, Mode.WEEK: 7, Mode.DAY: 1}[self.mode]

    def days(self) -> list[date]:
        first = self.first_day()
        return [first + timedelta(days=n) for n in range(self.day_count())]

    def stepped(self, direction: int) -> date:
        """The anchor `direction` periods (months, weeks or days) on."""
        anchor = self.anchor
        if self.mode is Mode.MONTH:
            month = anchor.month - 1 + direction
            return date(anchor.year + month // 12, month % 12 + 1, 1)
        return anchor + timedelta(days=direction * (7 if self.mode is Mode.WEEK else 1))

    def instants(self, *, whole_month: bool) -> tuple[datetime, datetime]:
        """The UTC instants the period shown begins and ends at (the list: the anchor's month)."""
        days = self.days()
        if whole_month:
            first = self.anchor.replace(day=1)
            nxt = date(first.year + first.month // 12, first.month % 12 + 1, 1)
            days = [first, nxt - timedelta(days=1)]
        start = timing.lenient(datetime.combine(days[0], time(0))).instant
        end = timing.lenient(datetime.combine(days[-1] + timedelta(days=1), time(0))).instant
        return start, end

    def set_view(self, mode: Mode, anchor: date) -> None:
        self.mode = mode
        self.anchor = anchor
        if self.current_day not in self.days():
            self.current_day = anchor
        self.update()

    # ---- geometry

    def _header(self) -> int:
        return 24 if self.mode is Mode.MONTH else 36

    def _gutter(self) -> int:
        return 46 if self.mode is Mode.MONTH else 54

    def day_rect(self, day: date) -> QRect:
        days = self.days()
        if day not in days:
            return QRect()
        n = days.index(day)
        columns = 7 if self.mode is not Mode.DAY else 1
        width = (self.width() - self._gutter()) / columns
        if self.mode is Mode.MONTH:
            height = (self.height() - self._header()) / 6
            col, row = n % 7, n // 7
            return QRect(
                int(self._gutter() + col * width),
                int(self._header() + row * height),
                int(width),
                int(height),
            )
        return QRect(
            int(self._gutter() + n * width),
            self._header(),
            int(width),
            self.height() - self._header(),
        )

    def hours(self) -> tuple[int, int]:
        """The hours the week and day views show: 06:00-23:00, widened to every post shown
        (a post at 02:00 is drawn at 02:00, never squeezed to the top)."""
        shown = set(self.days())
        times = [local(p).hour for p in self.model.posts() if local(p).date() in shown]
        return min([FIRST_HOUR, *times]), max([LAST_HOUR, *(h + 1 for h in times)])

    def _hour_height(self) -> float:
        first, last = self.hours()
        return (self.height() - self._header()) / (last - first)

    def _y_of(self, moment: time) -> int:
        first, last = self.hours()
        hours = moment.hour + moment.minute / 60 - first
        hours = min(max(hours, 0), last - first - 0.4)
        return int(self._header() + hours * self._hour_height())

    def card_rects(self) -> dict[int, QRect]:
        """Model row -> where its card is (rows that do not fit a month cell are left out)."""
        rects: dict[int, QRect] = {}
        for day in self.days():
            rows = self.model.rows_on(day)
            cell = self.day_rect(day)
            if self.mode is Mode.MONTH:
                space = max((cell.height() - 20) // 20, 1)
                shown = rows if len(rows) <= space else rows[: space - 1]
                for n, row in enumerate(shown):
                    rects[row] = QRect(
                        cell.left() + 2, cell.top() + 19 + n * 20, cell.width() - 4, 19
                    )
                continue
            placed: list[tuple[int, int, int]] = []  # (row, top, lane)
            for row in rows:
                post = self.model.post(row)
                assert post is not None
                top = self._y_of(local(post).time())
                lane = sum(1 for _, other, _ in placed if abs(other - top) < 36)
                placed.append((row, top, lane))
            lanes = max((lane for _, _, lane in placed), default=0) + 1
            width = (cell.width() - 4) // lanes
            for row, top, lane in placed:
                height = max(int(self._hour_height() / 2), 38)
                rects[row] = QRect(cell.left() + 2 + lane * width, top, width - 2, height)
        return rects

    def hidden_on(self, day: date) -> int:
        shown = self.card_rects()
        return sum(1 for row in self.model.rows_on(day) if row not in shown)

    def row_at(self, pos: QPoint) -> int:
        for row, rect in self.card_rects().items():
            if rect.contains(pos):
                return row
        return -1

    def slot_at(self, pos: QPoint) -> tuple[date, time | None] | None:
        for day in self.days():
            cell = self.day_rect(day)
            if cell.contains(pos) or (
                self.mode is not Mode.MONTH and cell.left() <= pos.x() < cell.right()
            ):
                if self.mode is Mode.MONTH:
                    return day, None
                first, last = self.hours()
                hours = (pos.y() - self._header()) / self._hour_height() + first
                minutes = int(max(min(hours, last - 0.25), first) * 60)
                minutes -= minutes % SNAP_MINUTES
                return day, time(minutes // 60, minutes % 60)
        return None

    # ---- selection

    def select(self, day: date, row: int = -1) -> None:
        changed = day != self.current_day
        self.current_day = day
        self.current_row = row
        self._describe()
        self.update()
        if changed:
            self.day_changed.emit(day)

    def select_post(self, key: tuple[int, datetime]) -> None:
        row = self.model.row_of(key)
        post = self.model.post(row)
        if post is not None:
            self.select(local(post).date(), row)

    def _after_reset(self) -> None:
        if self.current_row >= self.model.rowCount():
            self.current_row = -1
        self._describe()
        self.update()

    def _describe(self) -> None:
        post = self.model.post(self.current_row)
        if post is not None:
            self.setAccessibleDescription(PostsModel.summary(post))
        else:
            count = len(self.model.rows_on(self.current_day))
            day = f"{self.current_day:%d-%m-%Y}"
            self.setAccessibleDescription(self.tr("Posts on {day}: {n}").format(day=day, n=count))

    # ---- keys

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, mods = event.key(), event.modifiers()
        alt = bool(mods & Qt.KeyboardModifier.AltModifier)
        step = {Qt.Key.Key_Left: -1, Qt.Key.Key_Right: 1}.get(Qt.Key(key))
        if (
            alt
            and self.current_row >= 0
            and key in (Qt.Key.Key_Left, Qt.Key.Key_Right, Qt.Key.Key_Up, Qt.Key.Key_Down)
        ):
            self._nudge(key)
            return
        if step is not None:
            self._go_day(self.current_day + timedelta(days=step))
            return
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down):
            self._go_card(-1 if key == Qt.Key.Key_Up else 1)
            return
        if key == Qt.Key.Key_Home:
            self._go_day(date.today())
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            if self.current_row >= 0:
                self.open_requested.emit(self.current_row)
            else:
                self.new_requested.emit(self.current_day, None)
            return
        super().keyPressEvent(event)

    def _go_day(self, day: date) -> None:
        rows = self.model.rows_on(day)
        self.select(day, rows[0] if rows else -1)

    def _go_card(self, step: int) -> None:
        rows = self.model.rows_on(self.current_day)
        if self.current_row in rows:
            n = rows.index(self.current_row) + step
        else:
            n = 0 if step > 0 else len(rows) - 1
        if 0 <= n < len(rows):
            self.select(self.current_day, rows[n])
        elif self.mode is Mode.MONTH:
            self._go_day(self.current_day + timedelta(days=7 * step))

    def _nudge(self, key: int) -> None:
        post = self.model.post(self.current_row)
        if post is None or not movable(post):
            return
        wall = local(post)
        if key in (Qt.Key.Key_Left, Qt.Key.Key_Right):
            delta = timedelta(days=-1 if key == Qt.Key.Key_Left else 1)
        elif self.mode is Mode.MONTH:
            delta = timedelta(days=-7 if key == Qt.Key.Key_Up else 7)
        else:
            delta = timedelta(hours=-1 if key == Qt.Key.Key_Up else 1)
        self.move_requested.emit(post.id, wall + delta)

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._describe()
        super().focusInEvent(event)

    # ---- mouse, drag and drop

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        row = self.row_at(pos)
        slot = self.slot_at(pos)
        if slot is not None:
            self.select(slot[0], row)
        self._press = pos if row >= 0 else None
        self.setFocus(Qt.FocusReason.MouseFocusReason)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._press is None or not event.buttons() & Qt.MouseButton.LeftButton:
            return
        distance = (event.position().toPoint() - self._press).manhattanLength()
        if distance < QApplication.startDragDistance():
            return
        post = self.model.post(self.current_row)
        if post is None or not movable(post):
            return
        self._press = None
        drag = QDrag(self)
        drag.setMimeData(self.model.mimeData([self.model.index(self.current_row)]))
        drag.exec(Qt.DropAction.MoveAction)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position().toPoint()
        row = self.row_at(pos)
        if row >= 0:
            self.open_requested.emit(row)
            return
        slot = self.slot_at(pos)
        if slot is not None:
            self.new_requested.emit(slot[0], slot[1])

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if event.mimeData().hasFormat(MIME_TYPE):
            event.acceptProposedAction()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if not event.mimeData().hasFormat(MIME_TYPE):
            return
        self._drop_at = self.slot_at(event.position().toPoint())
        event.acceptProposedAction()
        self.update()

    def dragLeaveEvent(self, event: object) -> None:
        self._drop_at = None
        self.update()

    def dropEvent(self, event: QDropEvent) -> None:
        self._drop_at = None
        self.update()
        slot = self.slot_at(event.position().toPoint())
        raw = bytes(event.mimeData().data(MIME_TYPE).data()).decode()
        if slot is None or not raw:
            return
        post_id = int(raw.split(",")[0])
        found = [p for p in self.model.posts() if p.id == post_id and not p.virtual]
        if not found:
            return
        wall = local(found[0])
        day, at = slot
        target = datetime.combine(day, at or wall.time())
        event.acceptProposedAction()
        if target != wall:
            self.move_requested.emit(post_id, target)

    # ---- painting (ui.calendar.painting)

    def paintEvent(self, event: QPaintEvent) -> None:
        paint_grid(self)

    def index_of(self, row: int) -> QModelIndex:
        return self.model.index(row)
