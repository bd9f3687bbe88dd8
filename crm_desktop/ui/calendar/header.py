"""Day names over the hour grid and the all-day row under them (all-day and multi-day appointments as
bars across the days they cover), painted with QPainter and mirrored in right-to-left. A bar dragged to
another day column asks to move it by that many days (``move_requested``)."""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QSizePolicy, QWidget

from crm_desktop.services.calendar import OccurrenceDTO
from crm_desktop.text import calendars

from ..dates import digits, prefs
from .common import Columns, day_start, is_all_day_row, moved_by_days, occurrence_days, user_colour, week_locale
from .layout import stack_rows

NAMES_HEIGHT = 40
BAR_HEIGHT = 18


def day_caption(day: date, settings: object) -> tuple[str, str]:
    """("Saturday", "1 Farvardin") in the user's language, calendar and digits."""
    p = prefs(settings)
    _, month, dom = calendars.to_calendar(day, p.calendar)
    name = calendars.weekday_names(p.lang)[day.weekday()]
    return name, digits(f"{dom} {calendars.month_name(month, p.calendar, p.lang)}", settings)


class DayHeader(QWidget):
    day_activated = Signal(object)  # date: a click on a day's name opens that day
    open_requested = Signal(object)  # OccurrenceDTO
    create_requested = Signal(object, object, bool)  # start, end, all day
    move_requested = Signal(object, object, object)  # OccurrenceDTO, new start, new end (UTC)

    def __init__(self, settings: object, gutter: float, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings, self.gutter = settings, gutter
        self.days: list[date] = []
        self.bars: list[tuple[OccurrenceDTO, int, int, int]] = []  # occurrence, first and last column, row
        # A press on a bar: (its bar, where, the column pressed); the column under the mouse once dragging.
        self.drag: tuple[tuple[OccurrenceDTO, int, int, int], QPointF, int] | None = None
        self.drop_column: int | None = None
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self._fit()

    def set_data(self, days: list[date], occurrences: list[OccurrenceDTO]) -> None:
        self.days = days
        index = {d: i for i, d in enumerate(days)}
        spans: list[tuple[int, int]] = []
        items: list[OccurrenceDTO] = []
        for o in occurrences:
            if not is_all_day_row(o):
                continue
            first, last = occurrence_days(o)
            shown = [
                index[d] for d in (first + timedelta(days=i) for i in range((last - first).days + 1)) if d in index
            ]
            if shown:
                spans.append((min(shown), max(shown)))
                items.append(o)
        rows = stack_rows(spans)
        self.bars = [(o, a, b, r) for o, (a, b), r in zip(items, spans, rows, strict=True)]
        self.drag, self.drop_column = None, None
        self._fit()
        self.update()

    def _fit(self) -> None:
        rows = max((r for *_, r in self.bars), default=-1) + 1
        self.setFixedHeight(NAMES_HEIGHT + max(1, rows) * BAR_HEIGHT + 6)

    def columns(self) -> Columns:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Columns(self.width(), max(1, len(self.days)), self.gutter, rtl)

    def bar_rect(self, first: int, last: int, row: int) -> QRectF:
        cols = self.columns()
        lefts = [cols.left(first), cols.left(last)]
        x = min(lefts)
        return QRectF(
            x + 2, NAMES_HEIGHT + 2 + row * BAR_HEIGHT, max(lefts) - x + cols.column_width - 4, BAR_HEIGHT - 2
        )

    def bar_at(self, x: float, y: float) -> OccurrenceDTO | None:
        hit = self._bar_at(x, y)
        return hit[0] if hit is not None else None

    def _bar_at(self, x: float, y: float) -> tuple[OccurrenceDTO, int, int, int] | None:
        for bar in self.bars:
            if self.bar_rect(*bar[1:]).contains(x, y):
                return bar
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self.days and event.button() == Qt.MouseButton.LeftButton:
            column = self.columns().index_at(pos.x())
            if pos.y() < NAMES_HEIGHT:
                self.day_activated.emit(self.days[column])
            elif (bar := self._bar_at(pos.x(), pos.y())) is not None:
                self.drag, self.drop_column = (bar, QPointF(pos), column), None
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if self.drag is None:
            return super().mouseMoveEvent(event)
        if self.drop_column is None and (pos - self.drag[1]).manhattanLength() < QApplication.startDragDistance():
            return
        self.drop_column = self.columns().index_at(pos.x())
        self.update()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, drop = self.drag, self.drop_column
        self.drag, self.drop_column = None, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self.update()
        (occurrence, *_), _press, column = drag
        if drop is not None:  # dropped where the mouse is let go (the last move event may lag behind it)
            drop = self.columns().index_at(event.position().x())
        if drop is not None and drop != column:  # by dates, not columns: a work week skips the weekend
            self.move_requested.emit(occurrence, *moved_by_days(occurrence, (self.days[drop] - self.days[column]).days))

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        if not self.days or pos.y() < NAMES_HEIGHT:
            return
        hit = self.bar_at(pos.x(), pos.y())
        if hit is not None:
            self.open_requested.emit(hit)
            return
        day = self.days[self.columns().index_at(pos.x())]
        self.create_requested.emit(day_start(day), day_start(day + timedelta(days=1)), True)

    def paintEvent(self, _event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Window))
        cols = self.columns()
        weekend = calendars.weekend_days(week_locale(self.settings))
        today = date.today()
        bold = QFont(self.font())
        bold.setBold(True)
        for index, day in enumerate(self.days):
            left = cols.left(index)
            rect = QRectF(left, 0, cols.column_width, NAMES_HEIGHT)
            name, number = day_caption(day, self.settings)
            colour = (
                palette.color(QPalette.ColorRole.Highlight) if day == today else palette.color(QPalette.ColorRole.Text)
            )
            if day.weekday() in weekend and day != today:
                colour = QColor("#b00020")
            painter.setPen(colour)
            painter.setFont(bold if day == today else self.font())
            painter.drawText(rect.adjusted(2, 2, -2, -NAMES_HEIGHT / 2), int(Qt.AlignmentFlag.AlignCenter), name)
            painter.drawText(rect.adjusted(2, NAMES_HEIGHT / 2 - 2, -2, -2), int(Qt.AlignmentFlag.AlignCenter), number)
            painter.setPen(QPen(palette.color(QPalette.ColorRole.Mid), 1))
            x = left + (cols.column_width if cols.rtl else 0)
            painter.drawLine(int(x), 0, int(x), self.height())
        painter.setFont(self.font())
        painter.drawLine(0, self.height() - 1, self.width(), self.height() - 1)
        for o, first, last, row in self.bars:
            rect = self.bar_rect(first, last, row)
            colour = user_colour(o.owner_id)
            painter.setPen(QPen(colour, 1))
            painter.setBrush(QColor(colour).lighter(175))
            painter.drawRoundedRect(rect, 3, 3)
            painter.setPen(QColor("#1b1f24"))
            flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
            painter.drawText(rect.adjusted(6, 0, -6, 0), int(flags), o.title)
        self._paint_drop(painter)
        painter.end()

    def _paint_drop(self, painter: QPainter) -> None:
        """The dragged bar where it would land (dashed), moved by the columns the mouse moved."""
        if self.drag is None or self.drop_column is None:
            return
        (o, first, last, row), _press, column = self.drag
        shift, end = self.drop_column - column, len(self.days) - 1
        rect = self.bar_rect(min(end, max(0, first + shift)), min(end, max(0, last + shift)), row)
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        fill = QColor(highlight)
        fill.setAlpha(60)
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        flags = Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignLeft
        painter.drawText(rect.adjusted(6, 0, -6, 0), int(flags), o.title)
