"""The month view: the weeks covering one month of the user's calendar, painted with QPainter.

Rows start on the locale's first weekday and the first row holds the 1st of the month in the user's
calendar (1 Farvardin for a Persian user); day numbers are that calendar's, in the user's digits. A
cell lists what fits and then "+N more" (a click opens that day). Dragging an item to another day asks
to move it there at the same time of day (``move_requested``; the page asks the scope of a repeating one).
In right-to-left the first weekday is the rightmost column.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QWidget

from crm_desktop.services.calendar import OccurrenceDTO
from crm_desktop.text import calendars

from ..dates import digits, prefs
from .common import Columns, label, local_zone, moved_by_days, user_colour, week_locale

NAMES_HEIGHT = 26
LINE = 18
NUMBER_HEIGHT = 20


class MonthGrid(QWidget):
    day_activated = Signal(object)  # date
    open_requested = Signal(object)  # OccurrenceDTO
    move_requested = Signal(object, object, object)  # OccurrenceDTO, new start, new end (UTC)

    def __init__(self, settings: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        # A press on an item: (item, where, its day); the day under the mouse once the drag has started.
        self.drag: tuple[OccurrenceDTO, QPointF, date] | None = None
        self.drop_day: date | None = None
        self.first = self.last = date.today()
        self.weeks: list[list[date]] = []
        self.by_day: dict[date, list[OccurrenceDTO]] = {}
        self.hits: list[tuple[QRectF, object]] = []  # (rect, OccurrenceDTO or a date for "+N more")
        self.setMinimumSize(420, 320)

    def set_data(self, first: date, last: date, weeks: list[list[date]], occurrences: list[OccurrenceDTO]) -> None:
        self.first, self.last, self.weeks = first, last, weeks
        by_day: dict[date, list[OccurrenceDTO]] = defaultdict(list)
        grid_first, grid_last = weeks[0][0], weeks[-1][-1]
        zone, tick = local_zone(), timedelta(microseconds=1)
        for o in occurrences:
            # occurrence_days() inlined: a busy month has ~8,000 occurrences and its calls were a third of this.
            begin, finish = o.starts_at.astimezone(zone), o.ends_at.astimezone(zone)
            start = begin.date()
            end = (finish - tick).date() if finish > begin else start
            day = max(start, grid_first)
            while day <= min(end, grid_last):
                by_day[day].append(o)
                day += timedelta(days=1)
        for items in by_day.values():  # all-day first, then by time, as every calendar lists a day
            items.sort(key=lambda o: (not o.all_day, o.starts_at, o.title))
        self.by_day = dict(by_day)
        self.drag, self.drop_day = None, None
        self.update()

    def columns(self) -> Columns:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Columns(self.width(), 7, 0, rtl)

    def cell(self, row: int, column: int) -> QRectF:
        cols = self.columns()
        height = (self.height() - NAMES_HEIGHT) / max(1, len(self.weeks))
        return QRectF(cols.left(column), NAMES_HEIGHT + row * height, cols.column_width, height)

    def day_at(self, x: float, y: float) -> date | None:
        if not self.weeks or y < NAMES_HEIGHT:
            return None
        height = (self.height() - NAMES_HEIGHT) / len(self.weeks)
        row = min(len(self.weeks) - 1, int((y - NAMES_HEIGHT) // height))
        return self.weeks[row][self.columns().index_at(x)]

    def _hit(self, x: float, y: float) -> object | None:
        for rect, target in self.hits:
            if rect.contains(x, y):
                return target
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        target = self._hit(pos.x(), pos.y())
        if isinstance(target, date) and event.button() == Qt.MouseButton.LeftButton:
            self.day_activated.emit(target)  # "+N more"
            return
        day = self.day_at(pos.x(), pos.y())
        if isinstance(target, OccurrenceDTO) and day is not None and event.button() == Qt.MouseButton.LeftButton:
            self.drag, self.drop_day = (target, QPointF(pos), day), None
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self.drag is None:
            return super().mouseMoveEvent(event)
        pos = event.position()
        if self.drop_day is None and (pos - self.drag[1]).manhattanLength() < QApplication.startDragDistance():
            return
        self.drop_day = self.day_at(pos.x(), max(pos.y(), NAMES_HEIGHT)) or self.drop_day
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, drop = self.drag, self.drop_day
        self.drag, self.drop_day = None, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self.update()
        occurrence, _press, day = drag
        if drop is not None:  # dropped where the mouse is let go (the last move event may lag behind it)
            pos = event.position()
            drop = self.day_at(pos.x(), max(pos.y(), NAMES_HEIGHT)) or drop
        if drop is not None and drop != day:
            self.move_requested.emit(occurrence, *moved_by_days(occurrence, (drop - day).days))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        target = self._hit(pos.x(), pos.y())
        if isinstance(target, OccurrenceDTO):
            self.open_requested.emit(target)
            return
        day = self.day_at(pos.x(), pos.y())
        if day is not None:
            self.day_activated.emit(day)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        p = prefs(self.settings)
        names = calendars.weekday_names(p.lang)
        weekend = calendars.weekend_days(week_locale(self.settings))
        cols = self.columns()
        text, muted = palette.color(QPalette.ColorRole.Text), palette.color(QPalette.ColorRole.PlaceholderText)
        red = QColor("#b00020")
        if self.weeks:
            for column, day in enumerate(self.weeks[0]):
                painter.setPen(red if day.weekday() in weekend else text)
                rect = QRectF(cols.left(column), 0, cols.column_width, NAMES_HEIGHT)
                painter.drawText(rect, int(Qt.AlignmentFlag.AlignCenter), names[day.weekday()])
        self.hits = []
        today = date.today()
        grid = QPen(palette.color(QPalette.ColorRole.Mid), 1)
        bold = QFont(self.font())
        bold.setBold(True)
        for row, week in enumerate(self.weeks):
            for column, day in enumerate(week):
                rect = self.cell(row, column)
                outside = not self.first <= day <= self.last
                if outside:
                    painter.fillRect(rect, palette.color(QPalette.ColorRole.AlternateBase))
                if day == today:
                    tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                    tint.setAlpha(35)
                    painter.fillRect(rect, tint)
                painter.setPen(grid)
                painter.setBrush(Qt.BrushStyle.NoBrush)
                painter.drawRect(rect)
                self._paint_day(painter, rect, day, muted if outside else text, bold if day == today else None)
                if day == self.drop_day and self.drag is not None:
                    self._paint_drop(painter, rect, self.drag[0])
        painter.end()

    def _paint_drop(self, painter: QPainter, rect: QRectF, occurrence: OccurrenceDTO) -> None:
        """Where the dragged item would go: the day outlined, the item's line at its top."""
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(40)
        painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(rect.adjusted(1, 1, -1, -1))
        line = QRectF(rect.left() + 3, rect.top() + NUMBER_HEIGHT, rect.width() - 6, LINE - 2)
        painter.fillRect(line, QColor(user_colour(occurrence.owner_id)).lighter(170))
        painter.setPen(QColor("#1b1f24"))
        flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
        painter.drawText(line.adjusted(7, 0, -7, 0), flags, label(occurrence, self.settings))

    def _paint_day(self, painter: QPainter, rect: QRectF, day: date, colour: QColor, bold: QFont | None) -> None:
        p = prefs(self.settings)
        number = calendars.to_calendar(day, p.calendar).day
        painter.setPen(colour)
        painter.setFont(bold or self.font())
        head = QRectF(rect.left() + 4, rect.top() + 1, rect.width() - 8, NUMBER_HEIGHT)
        painter.drawText(head, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), digits(str(number), p))
        painter.setFont(self.font())
        items = self.by_day.get(day, [])
        room = max(0, int((rect.height() - NUMBER_HEIGHT - 2) // LINE))
        shown = items if len(items) <= room else items[: max(0, room - 1)]
        y = rect.top() + NUMBER_HEIGHT
        rtl = self.columns().rtl
        dragged = self.drag[0] if self.drag is not None and self.drop_day is not None else None
        for o in shown:
            painter.setOpacity(0.35 if o is dragged else 1.0)  # the item being dragged, where it comes from
            line = QRectF(rect.left() + 3, y, rect.width() - 6, LINE - 2)
            colour = user_colour(o.owner_id)
            painter.fillRect(line, QColor(colour).lighter(180) if o.all_day else Qt.GlobalColor.transparent)
            chip = QRectF(line.right() - 4 if rtl else line.left(), line.top() + 2, 4, line.height() - 4)
            painter.fillRect(chip, colour)
            painter.setPen(QColor("#1b1f24") if o.all_day else colour.darker(150))
            flags = int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft)
            painter.drawText(line.adjusted(7, 0, -7, 0), flags, label(o, self.settings))
            self.hits.append((line, o))
            y += LINE
        painter.setOpacity(1.0)
        hidden = len(items) - len(shown)
        if hidden:
            more = QRectF(rect.left() + 3, y, rect.width() - 6, LINE - 2)
            painter.setPen(self.palette().color(QPalette.ColorRole.Link))
            text = QCoreApplication.translate("MonthGrid", "+{0} more").format(digits(str(hidden), self.settings))
            painter.drawText(
                more.adjusted(7, 0, -7, 0), int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft), text
            )
            self.hits.append((more, day))
