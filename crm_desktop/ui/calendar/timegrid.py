"""The hour grid of the day, week and work-week views, painted with QPainter.

Overlapping appointments share their day column side by side (``layout.side_by_side``). Mouse: drag in
empty space to create (the range, snapped to 15 minutes), drag an appointment to move it (to another
time or day), drag its bottom edge to change its end, double-click to open. The grid only reports what
the user asked for (signals); the page asks the scope of a recurring change and saves off the GUI thread.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta

from PySide6.QtCore import QPointF, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import QColor, QMouseEvent, QPainter, QPaintEvent, QPalette, QPen
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QScrollArea, QVBoxLayout, QWidget

from crm_desktop.services.calendar import OccurrenceDTO
from crm_desktop.text.bidi import ltr

from ..dates import digits, format_time
from .common import NOW_LINE, SNAP_MINUTES, Columns, day_start, is_all_day_row, item_colours, local, local_zone
from .header import DayHeader
from .layout import side_by_side

HOUR_HEIGHT = 44
GUTTER = 56
EDGE = 6  # px at an appointment's bottom that resize instead of move
MIN_HEIGHT = 14


@dataclass(frozen=True)
class Placed:
    rect: QRectF
    occurrence: OccurrenceDTO
    day: int  # column index
    ends_here: bool  # the appointment ends in this column (so its bottom edge can be dragged)


@dataclass
class Drag:
    mode: str  # "move", "resize", "create"
    press: QPointF
    day: int
    minutes: float
    placed: Placed | None = None
    active: bool = False
    start: datetime | None = None  # the preview's range while dragging
    end: datetime | None = None


def snap(minutes: float) -> int:
    return int(round(minutes / SNAP_MINUTES) * SNAP_MINUTES)


class TimeGridBody(QWidget):
    create_requested = Signal(object, object, bool)  # start, end (aware datetimes), all day
    move_requested = Signal(object, object, object)  # OccurrenceDTO, new start, new end
    open_requested = Signal(object)  # OccurrenceDTO

    def __init__(self, settings: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.days: list[date] = []
        self.occurrences: list[OccurrenceDTO] = []
        self.placed: list[Placed] = []
        self.drag: Drag | None = None
        self.selected: tuple[int, datetime] | None = None
        self.setMinimumHeight(24 * HOUR_HEIGHT)
        self.setMouseTracking(True)
        self._clock = QTimer(self, interval=60_000, timeout=self.update)  # moves the "now" line
        self._clock.start()

    # ---- data and geometry ---------------------------------------------------------------------------
    def set_data(self, days: list[date], occurrences: list[OccurrenceDTO]) -> None:
        self.days, self.occurrences = days, [o for o in occurrences if not is_all_day_row(o)]
        self.drag = None
        self._place()
        self.update()

    def columns(self) -> Columns:
        rtl = self.layoutDirection() == Qt.LayoutDirection.RightToLeft
        return Columns(self.width(), max(1, len(self.days)), GUTTER, rtl)

    def resizeEvent(self, event: object) -> None:
        self._place()
        super().resizeEvent(event)  # type: ignore[arg-type]

    def changeEvent(self, event: object) -> None:
        self._place()
        super().changeEvent(event)  # type: ignore[arg-type]

    def _minutes_in(self, day: date, moment: datetime) -> float:
        return (local(moment) - day_start(day)).total_seconds() / 60

    def _place(self) -> None:
        """Rectangles of every visible piece: each occurrence is bucketed into the columns it touches once
        (not every column scanning every occurrence), then each column is laid out side by side."""
        cols = self.columns()
        starts = [day_start(d) for d in self.days]
        index = {d: i for i, d in enumerate(self.days)}
        columns: list[list[tuple[float, float, OccurrenceDTO, bool]]] = [[] for _ in self.days]
        for o in self.occurrences:
            begin, finish = local(o.starts_at), local(o.ends_at)
            day = begin.date()
            while day <= finish.date():
                i = index.get(day)
                if i is not None:
                    top = (begin - starts[i]).total_seconds() / 60
                    bottom = (finish - starts[i]).total_seconds() / 60
                    if (bottom > 0 and top < 24 * 60) or (bottom == top and 0 <= top < 24 * 60):
                        columns[i].append((max(0.0, top), min(24 * 60.0, bottom), o, bottom <= 24 * 60))
                day += timedelta(days=1)
        placed: list[Placed] = []
        width = cols.column_width - 4
        for i, items in enumerate(columns):
            left = cols.left(i) + 2
            for (top, bottom, o, ends_here), slot in zip(
                items, side_by_side([(a, b) for a, b, *_ in items]), strict=True
            ):
                w = width / slot.columns
                offset = slot.column * w if not cols.rtl else width - (slot.column + 1) * w
                h = max(MIN_HEIGHT, (bottom - top) / 60 * HOUR_HEIGHT)
                placed.append(Placed(QRectF(left + offset, top / 60 * HOUR_HEIGHT, w - 1, h - 1), o, i, ends_here))
        self.placed = placed

    def hit(self, pos: QPointF) -> Placed | None:
        for item in reversed(self.placed):  # the last drawn is on top
            if item.rect.contains(pos):
                return item
        return None

    def moment_at(self, pos: QPointF) -> tuple[int, float]:
        """(day column, minutes since that day's midnight) under ``pos``."""
        return self.columns().index_at(pos.x()), max(0.0, min(24 * 60.0, pos.y() / HOUR_HEIGHT * 60))

    def at(self, day: int, minutes: float) -> datetime:
        return day_start(self.days[day]) + timedelta(minutes=minutes)

    # ---- mouse ---------------------------------------------------------------------------------------
    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return super().mousePressEvent(event)
        pos = event.position()
        day, minutes = self.moment_at(pos)
        item = self.hit(pos)
        if item is None:
            self.drag = Drag("create", pos, day, snap(minutes - SNAP_MINUTES / 2))
        else:
            self.selected = (item.occurrence.appointment_id, item.occurrence.starts_at)
            resize = item.ends_here and pos.y() >= item.rect.bottom() - EDGE
            self.drag = Drag("resize" if resize else "move", pos, day, minutes, item)
        self.update()

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        pos = event.position()
        drag = self.drag
        if drag is None:
            item = self.hit(pos)
            edge = item is not None and item.ends_here and pos.y() >= item.rect.bottom() - EDGE
            self.setCursor(Qt.CursorShape.SizeVerCursor if edge else Qt.CursorShape.ArrowCursor)
            return
        self._track(drag, pos)
        self.update()

    def _track(self, drag: Drag, pos: QPointF) -> None:
        """The dragged range for the mouse at ``pos`` (nothing until it moved past the drag distance)."""
        if not drag.active and (pos - drag.press).manhattanLength() < QApplication.startDragDistance():
            return
        drag.active = True
        day, minutes = self.moment_at(pos)
        if drag.mode == "create":
            a, b = sorted((drag.minutes, float(snap(minutes))))
            drag.start, drag.end = self.at(drag.day, a), self.at(drag.day, max(b, a + SNAP_MINUTES))
        elif drag.placed is not None:
            o = drag.placed.occurrence
            if drag.mode == "move":
                shift = timedelta(days=day - drag.day, minutes=snap(minutes - drag.minutes))
                drag.start, drag.end = o.starts_at + shift, o.ends_at + shift
            else:
                end = self.at(day, snap(minutes))
                drag.start, drag.end = o.starts_at, max(end, o.starts_at + timedelta(minutes=SNAP_MINUTES))

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        drag, self.drag = self.drag, None
        if drag is None or event.button() != Qt.MouseButton.LeftButton:
            return super().mouseReleaseEvent(event)
        self._track(drag, event.position())
        if drag.active and drag.start is not None and drag.end is not None:
            if drag.mode == "create":
                self.create_requested.emit(drag.start, drag.end, False)
            elif drag.placed is not None:
                o = drag.placed.occurrence
                if (drag.start, drag.end) != (o.starts_at, o.ends_at):
                    self.move_requested.emit(o, drag.start, drag.end)
        self.update()

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        if event.button() != Qt.MouseButton.LeftButton or not self.days:
            return
        self.drag = None
        item = self.hit(event.position())
        if item is not None:
            self.open_requested.emit(item.occurrence)
            return
        day, minutes = self.moment_at(event.position())
        start = self.at(day, snap(minutes - 30))
        self.create_requested.emit(start, start + timedelta(hours=1), False)

    # ---- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setLayoutDirection(self.layoutDirection())
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        cols = self.columns()
        palette = self.palette()
        painter.fillRect(self.rect(), palette.color(QPalette.ColorRole.Base))
        today = date.today()
        for index, day in enumerate(self.days):
            if day == today:
                tint = QColor(palette.color(QPalette.ColorRole.Highlight))
                tint.setAlpha(28)
                painter.fillRect(QRectF(cols.left(index), 0, cols.column_width, self.height()), tint)
        grid = QColor(palette.color(QPalette.ColorRole.Mid))
        half = QColor(grid)
        half.setAlpha(90)
        text = palette.color(QPalette.ColorRole.PlaceholderText)
        gutter = QRectF(cols.gutter_left(), 0, GUTTER, HOUR_HEIGHT)
        for hour in range(24):
            y = hour * HOUR_HEIGHT
            painter.setPen(QPen(grid, 1))
            painter.drawLine(QPointF(0, y), QPointF(cols.width, y))
            painter.setPen(QPen(half, 1, Qt.PenStyle.DotLine))
            x0, x1 = (0, cols.width - GUTTER) if cols.rtl else (GUTTER, cols.width)
            painter.drawLine(QPointF(x0, y + HOUR_HEIGHT / 2), QPointF(x1, y + HOUR_HEIGHT / 2))
            if hour:
                painter.setPen(text)
                label_rect = gutter.translated(0, y - 8).adjusted(4, 0, -6, 0)
                painter.drawText(label_rect, Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignRight, self._hour(hour))
        painter.setPen(QPen(grid, 1))
        for index in range(len(self.days)):
            x = cols.left(index) + (cols.column_width if cols.rtl else 0)
            painter.drawLine(QPointF(x, 0), QPointF(x, self.height()))
        dragged = self.drag.placed.occurrence if self.drag and self.drag.active and self.drag.placed else None
        exposed = QRectF(event.rect())  # the scrolled-in hours only: a busy week has hundreds of items
        for item in self.placed:
            if item.rect.intersects(exposed):
                self._paint_item(painter, item.rect, item.occurrence, cols.rtl, faded=item.occurrence is dragged)
        self._paint_now(painter, cols, today)
        self._paint_preview(painter)
        painter.end()

    def _hour(self, hour: int) -> str:
        return digits(f"{hour:02d}:00", self.settings)

    def _paint_item(self, painter: QPainter, rect: QRectF, o: OccurrenceDTO, rtl: bool, *, faded: bool = False) -> None:
        colour, fill = item_colours(o.owner_id)
        if faded:
            fill = QColor(fill)
            fill.setAlpha(90)
        selected = self.selected == (o.appointment_id, o.starts_at)
        if (rect.width() < 18 or rect.height() < 10) and not selected:
            # A sliver in a crowded hour: a plain fill in its colour (an antialiased rounded outline for each of
            # hundreds of slivers was a third of painting a busy week) and no text, which would be unreadable.
            painter.fillRect(rect, fill)
            painter.fillRect(QRectF(rect.right() - 2 if rtl else rect.left(), rect.top(), 2, rect.height()), colour)
            return
        painter.setPen(QPen(colour.darker(130) if selected else colour, 2 if selected else 1))
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.fillRect(QRectF(rect.right() - 3 if rtl else rect.left(), rect.top(), 3, rect.height()), colour)
        if rect.width() < 18 or rect.height() < 10:
            return  # a sliver in a crowded hour: its colour shows it is there, text would be unreadable
        painter.setPen(QColor("#1b1f24"))
        inner = rect.adjusted(6, 1, -6, -1)
        metrics, width = painter.fontMetrics(), int(inner.width())
        title = o.title + (" \u21bb" if o.recurring else "")
        elide = Qt.TextElideMode.ElideRight  # the reading end in RTL too: a clipped word would lose its start
        start = format_time(o.starts_at, self.settings, tz=local_zone())
        if inner.height() >= 2 * metrics.height():  # time on the first line, the title under it
            text = f"{start}\n{metrics.elidedText(title, elide, width)}"
        else:
            text = metrics.elidedText(f"{start} {title}", elide, width)
        painter.drawText(inner, int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), text)

    def _paint_now(self, painter: QPainter, cols: Columns, today: date) -> None:
        if today not in self.days:
            return
        index = self.days.index(today)
        y = (datetime.now(local_zone()) - day_start(today)).total_seconds() / 3600 * HOUR_HEIGHT
        painter.setPen(QPen(NOW_LINE, 2))
        left = cols.left(index)
        painter.drawLine(QPointF(left, y), QPointF(left + cols.column_width, y))
        painter.setBrush(NOW_LINE)
        painter.drawEllipse(QPointF(left + (cols.column_width if cols.rtl else 0), y), 4, 4)

    def _paint_preview(self, painter: QPainter) -> None:
        drag = self.drag
        if drag is None or not drag.active or drag.start is None or drag.end is None:
            return
        cols = self.columns()
        start = local(drag.start)
        day = start.date()
        if day not in self.days:
            return
        index = self.days.index(day)
        top = self._minutes_in(day, drag.start) / 60 * HOUR_HEIGHT
        bottom = min(24 * 60, self._minutes_in(day, drag.end)) / 60 * HOUR_HEIGHT
        rect = QRectF(cols.left(index) + 2, top, cols.column_width - 5, max(MIN_HEIGHT, bottom - top))
        highlight = self.palette().color(QPalette.ColorRole.Highlight)
        painter.setPen(QPen(highlight, 2, Qt.PenStyle.DashLine))
        fill = QColor(highlight)
        fill.setAlpha(50)
        painter.setBrush(fill)
        painter.drawRoundedRect(rect, 3, 3)
        painter.setPen(self.palette().color(QPalette.ColorRole.Text))
        times = (
            f"{ltr(digits(f'{start:%H:%M}', self.settings))} – {ltr(digits(f'{local(drag.end):%H:%M}', self.settings))}"
        )
        painter.drawText(
            rect.adjusted(6, 1, -6, -1), int(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft), times
        )


class TimeGrid(QWidget):
    """Day header with the all-day row on top, the scrolling hour grid below; columns line up."""

    def __init__(self, settings: object, parent: QWidget | None = None):
        super().__init__(parent)
        self.header = DayHeader(settings, GUTTER)
        self.body = TimeGridBody(settings)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.body)
        self.scroll.setWidgetResizable(True)
        self.scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.scroll.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOn)
        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.setSpacing(0)
        top.addWidget(self.header, 1)
        self._spacer = QWidget()  # as wide as the scroll bar, on its side, so header and grid columns align
        self._spacer.setFixedWidth(self.scroll.verticalScrollBar().sizeHint().width())
        top.addWidget(self._spacer)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        self.scroll.verticalScrollBar().setValue(8 * HOUR_HEIGHT)

    def set_data(self, days: list[date], occurrences: list[OccurrenceDTO]) -> None:
        self.header.set_data(days, occurrences)
        self.body.set_data(days, occurrences)

    def scroll_to_hour(self, hour: int) -> None:
        self.scroll.verticalScrollBar().setValue(hour * HOUR_HEIGHT)
