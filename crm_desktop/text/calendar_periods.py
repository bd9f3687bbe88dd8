"""The days a calendar view or a printed calendar shows: a day, a week, a work week, a month grid.

Pure date arithmetic over ``calendars`` (no Qt, no I/O), shared by the Calendar section and its PDF so
the screen and the paper always show the same days. A month is a month *of the user's calendar*: the
Persian month grid starts on 1 Farvardin, the Hijri one on 1 Muharram; weeks start on the locale's first
day (``calendars.first_day_of_week``: Saturday in Iran) and a work week is the week minus the weekend.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import date, timedelta
from typing import Literal

from .calendars import days_in_month, from_calendar, month_range, to_calendar

View = Literal["day", "week", "workweek", "month", "agenda"]
VIEWS: tuple[str, ...] = ("day", "week", "workweek", "month", "agenda")
# A user's colour on screen and on paper (by user id): distinct hues readable as a light fill with dark text.
OWNER_COLOURS = ("#1f77b4", "#2ca02c", "#d62728", "#9467bd", "#8c564b", "#e377c2", "#17becf", "#bcbd22", "#ff7f0e")
NO_OWNER_COLOUR = "#7f7f7f"


def owner_colour(owner_id: int | None) -> str:
    """The same colour for a user in every view, every session and every PDF (by id, not load order)."""
    return NO_OWNER_COLOUR if owner_id is None else OWNER_COLOURS[(owner_id - 1) % len(OWNER_COLOURS)]


def week_start(day: date, first_weekday: int) -> date:
    """The first day of the week holding ``day`` (``first_weekday`` as ``date.weekday()``: 5 = Saturday)."""
    return day - timedelta(days=(day.weekday() - first_weekday) % 7)


def month_weeks(day: date, system: str, first_weekday: int) -> tuple[date, date, list[list[date]]]:
    """(first, last day of the month holding ``day`` in ``system``, the weeks that cover it, 7 days each)."""
    year, month, _ = to_calendar(day, system)
    first, last = month_range(year, month, system)
    weeks: list[list[date]] = []
    start = week_start(first, first_weekday)
    while start <= last:
        weeks.append([start + timedelta(days=i) for i in range(7)])
        start += timedelta(days=7)
    return first, last, weeks


def view_days(view: str, anchor: date, system: str, first_weekday: int, weekend: Iterable[int] = ()) -> list[date]:
    """The days a view shows around ``anchor``, in reading order (the month view: its whole grid)."""
    if view == "day":
        return [anchor]
    if view in ("week", "workweek"):
        start = week_start(anchor, first_weekday)
        days = [start + timedelta(days=i) for i in range(7)]
        if view == "workweek":
            off = set(weekend)
            days = [d for d in days if d.weekday() not in off] or days
        return days
    if view == "month":
        return [d for week in month_weeks(anchor, system, first_weekday)[2] for d in week]
    if view == "agenda":
        first, last = month_range(*to_calendar(anchor, system)[:2], system)
        return [first + timedelta(days=i) for i in range((last - first).days + 1)]
    raise ValueError(f"unknown calendar view {view!r}; expected one of {', '.join(VIEWS)}")


def add_months(day: date, months: int, system: str) -> date:
    """``day`` moved by whole months of ``system``, the day of month clamped (31 Shahrivar + 1 = 30 Mehr)."""
    year, month, dom = to_calendar(day, system)
    index = year * 12 + (month - 1) + months
    year, month = divmod(index, 12)
    month += 1
    return from_calendar(year, month, min(dom, days_in_month(year, month, system)), system)


def step(view: str, anchor: date, delta: int, system: str) -> date:
    """The anchor of the previous (``delta`` -1) or next (+1) period of ``view``."""
    if view == "day":
        return anchor + timedelta(days=delta)
    if view in ("week", "workweek"):
        return anchor + timedelta(days=7 * delta)
    if view in ("month", "agenda"):
        return add_months(anchor, delta, system)
    raise ValueError(f"unknown calendar view {view!r}; expected one of {', '.join(VIEWS)}")
