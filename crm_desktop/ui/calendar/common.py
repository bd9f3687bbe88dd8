"""What the calendar views share: a colour per user, local day boundaries, mirrored columns, item text."""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from functools import lru_cache
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QTimeZone
from PySide6.QtGui import QColor

from crm_desktop.services.calendar import OccurrenceDTO
from crm_desktop.text.calendar_periods import owner_colour

from ..dates import format_time, local_moment, ui_locale

NOW_LINE = QColor("#d0021b")
SNAP_MINUTES = 15


def user_colour(owner_id: int | None) -> QColor:
    return QColor(owner_colour(owner_id))


@lru_cache(maxsize=256)
def item_colours(owner_id: int | None) -> tuple[QColor, QColor]:
    """An owner's colour and the lighter fill of their items, made once: a busy week paints ~2,000 items and
    making both colours per item was a fifth of it. Shared objects: copy before changing one."""
    colour = user_colour(owner_id)
    return colour, colour.lighter(175)


@lru_cache(maxsize=1)
def local_zone() -> tzinfo:
    """This computer's zone as a ZoneInfo: converting thousands of occurrences with it is several times
    faster than ``astimezone()`` without an argument, which asks the C library for every value."""
    name = QTimeZone.systemTimeZoneId().data().decode()
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return datetime.now().astimezone().tzinfo or ZoneInfo("UTC")


def day_start(day: date) -> datetime:
    """Midnight at the start of ``day`` on this computer's clock, as an aware datetime."""
    return datetime.combine(day, time(0), local_zone())


def day_bounds(first: date, last: date) -> tuple[datetime, datetime]:
    """From the start of ``first`` to the start of the day after ``last`` (both local, aware)."""
    return day_start(first), day_start(last + timedelta(days=1))


def local(moment: datetime) -> datetime:
    return local_moment(moment, local_zone())


def is_all_day_row(occurrence: OccurrenceDTO) -> bool:
    """All-day appointments and anything a day or longer go to the all-day row, not the hour grid."""
    return occurrence.all_day or occurrence.ends_at - occurrence.starts_at >= timedelta(days=1)


def occurrence_days(occurrence: OccurrenceDTO) -> tuple[date, date]:
    """First and last local day an occurrence touches (an item ending at midnight does not touch the next)."""
    start, end = local(occurrence.starts_at), local(occurrence.ends_at)
    last = (end - timedelta(microseconds=1)).date() if end > start else start.date()
    return start.date(), last


def moved_by_days(occurrence: OccurrenceDTO, days: int) -> tuple[datetime, datetime]:
    """The occurrence ``days`` later on the wall clock, keeping its time of day across a DST change: an
    all-day item on its own zone's calendar (midnight stays midnight), a timed one on this computer's."""
    zone: tzinfo = local_zone()
    if occurrence.all_day:
        with contextlib.suppress(ZoneInfoNotFoundError, ValueError):
            zone = ZoneInfo(occurrence.time_zone or "UTC")
    start, end = occurrence.starts_at.astimezone(zone), occurrence.ends_at.astimezone(zone)
    shift = timedelta(days=days)  # aware + timedelta moves the wall clock; the offset is looked up again
    return (start + shift).astimezone(UTC), (end + shift).astimezone(UTC)


def label(occurrence: OccurrenceDTO, settings: object, *, with_time: bool = True) -> str:
    """``09:30 Title`` (the time in the user's digits) or the title alone for an all-day item."""
    if not with_time or is_all_day_row(occurrence):
        return occurrence.title
    return f"{format_time(occurrence.starts_at, settings, tz=local_zone())} {occurrence.title}"


@dataclass(frozen=True)
class Columns:
    """x positions of day columns beside a time gutter; in right-to-left the gutter is on the right and
    the first day is the rightmost column (custom painting has to mirror itself)."""

    width: float
    count: int
    gutter: float
    rtl: bool

    @property
    def column_width(self) -> float:
        return max(1.0, (self.width - self.gutter) / max(1, self.count))

    def left(self, index: int) -> float:
        w = self.column_width
        return self.width - self.gutter - (index + 1) * w if self.rtl else self.gutter + index * w

    def gutter_left(self) -> float:
        return self.width - self.gutter if self.rtl else 0.0

    def index_at(self, x: float) -> int:
        """The day column under ``x`` (clamped to the grid, so a drag past the edge stays on the last day)."""
        offset = (self.width - self.gutter - x) if self.rtl else (x - self.gutter)
        return min(self.count - 1, max(0, int(offset // self.column_width)))


def week_locale(settings: object) -> str:
    """The locale the week conventions come from ("fa_IR": Saturday first, Friday off; "en_US")."""
    return ui_locale(settings).name()
