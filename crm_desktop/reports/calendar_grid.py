"""The Calendar section printed: a day (one tall column), a work week (the week without its weekend), a
week (seven tall columns) or a month grid of the user's calendar on a landscape page, as the screen shows it
(``text.calendar_periods`` gives both the same days).

Occurrences come from ``CalendarService.occurrences`` (series expanded, as on screen). Each day lists
``09:30 Title`` lines with the owner's colour; what does not fit ends with "+N more". The grid is one
flowable that fills the rest of the first page; in Arabic and Persian the first weekday is the rightmost
column and every line is shaped and ordered by ``fonts.fit_line``.
"""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from typing import Any

from reportlab.lib import colors
from reportlab.platypus import Flowable

from crm_desktop.db.models import Appointment
from crm_desktop.services.calendar import CalendarService, OccurrenceDTO
from crm_desktop.text.calendar_periods import month_weeks, owner_colour, view_days
from crm_desktop.text.calendars import first_day_of_week, month_name, to_calendar, weekday_names, weekend_days
from crm_desktop.text.digits import lang_code

from .context import ReportContext
from .document import Story
from .errors import ReportError
from .flowables import HEADER_FILL, INK, MUTED, RULE, ZEBRA
from .fonts import BOLD, REGULAR, fit_line
from .names import user_name
from .queries import hidden_ids

FILTERS = ("period", "date", "user_id", "week_start", "weekend")
PERIODS = ("day", "workweek", "week", "month")
WEEKEND_INK = colors.HexColor("#b00020")
_TEXTS = {  # (English, Arabic, Persian); the shared phrases come from reports/texts.py
    "title": ("Calendar", "التقويم", "تقویم"),
    "more": ("+{0} more", "+{0} أخرى", "+{0} مورد دیگر"),
    "all_day": ("all day", "طوال اليوم", "تمام روز"),
}


def _t(ctx: ReportContext, key: str, *args: object) -> str:
    text = _TEXTS[key][("en", "ar", "fa").index(lang_code(ctx.lang))]
    return text.format(*args) if args else text


def _first_weekday(ctx: ReportContext, value: Any) -> int:
    if value in (None, ""):
        return first_day_of_week(ctx.lang)
    try:
        day = int(value)
    except (TypeError, ValueError):
        day = -1
    if not 0 <= day <= 6:
        raise ReportError(f"week_start must be a weekday number from 0 (Monday) to 6 (Sunday), not {value!r}")
    return day


def _weekend(ctx: ReportContext, value: Any) -> frozenset[int]:
    """The days a work week leaves out: weekday numbers ("5,6", [4]) or the language's weekend."""
    if value in (None, ""):
        return frozenset(weekend_days(ctx.lang))
    items = str(value).replace(" ", "").split(",") if isinstance(value, str | int) else list(value)
    try:
        days = frozenset(int(item) for item in items)
    except (TypeError, ValueError):
        days = frozenset({-1})
    if not days or not all(0 <= day <= 6 for day in days):
        raise ReportError(f"weekend must be weekday numbers from 0 (Monday) to 6 (Sunday), e.g. 5,6; not {value!r}")
    return days


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    period = str(filters.get("period") or "month")
    if period not in PERIODS:
        raise ReportError(f"unknown period {period!r} for the calendar; choose day, workweek, week or month")
    anchor = ctx.parse_day(filters["date"], "date") if filters.get("date") else ctx.today
    first_weekday = _first_weekday(ctx, filters.get("week_start"))
    owner = int(filters["user_id"]) if filters.get("user_id") not in (None, "") else None
    system = ctx.options.calendar
    if period == "month":
        first, last, weeks = month_weeks(anchor, system, first_weekday)
        year, month, _ = to_calendar(anchor, system)
        heading = ctx.digits(f"{month_name(month, system, ctx.lang)} {year}")
    else:
        weeks = [view_days(period, anchor, system, first_weekday, _weekend(ctx, filters.get("weekend")))]
        first, last = weeks[0][0], weeks[0][-1]
        heading = f"{ctx.date(first, 'long')} – {ctx.date(last, 'long')}"
        if period == "day":
            heading = f"{weekday_names(ctx.lang)[first.weekday()]} {ctx.date(first, 'long')}"
    lines = [ctx.t("f_period", ctx.date(first, "long"), ctx.date(last, "long"))]
    if owner is not None:
        lines.append(ctx.t("f_owner", user_name(ctx, owner)))
    grid_first, grid_last = weeks[0][0], weeks[-1][-1]
    found = CalendarService(ctx.db, ctx.options.user_id).occurrences(
        ctx.day_start(grid_first), ctx.day_start(grid_last + timedelta(days=1)), [owner] if owner is not None else None
    )
    hidden = hidden_ids(ctx.db, Appointment, ctx.options.user_id, (o.appointment_id for o in found if o.is_private))
    found = [o for o in found if o.appointment_id not in hidden]  # others' private appointments stay off the grid
    ctx.check_cancel()
    printed = {day for week in weeks for day in week if period != "month" or first <= day <= last}
    in_period = [o for o in found if _touches(ctx, o, printed)]
    story.wide = True
    story.opening(f"{_t(ctx, 'title')}: {heading}", lines, ctx.t("n_appointments", ctx.number(len(in_period))))
    if not in_period:
        story.empty()
    story.items.append(CalendarGrid(ctx, weeks, first, last, _by_day(ctx, found, grid_first, grid_last)))
    return len(in_period)


def _touches(ctx: ReportContext, o: OccurrenceDTO, days: set[date]) -> bool:
    """Whether the occurrence is on one of the printed days (a work week may leave a day out between two)."""
    start, end = ctx.local(o.starts_at), ctx.local(o.ends_at)
    day, last = start.date(), (end - timedelta(microseconds=1)).date() if end > start else start.date()
    while day <= last:
        if day in days:
            return True
        day += timedelta(days=1)
    return False


def _by_day(
    ctx: ReportContext, found: list[OccurrenceDTO], first: date, last: date
) -> dict[date, list[tuple[str, str]]]:
    """Each day's lines as (text, colour), all-day items first, an item longer than a day on every day."""
    days: dict[date, list[tuple[bool, Any, str, str]]] = defaultdict(list)
    for o in found:
        start, end = ctx.local(o.starts_at), ctx.local(o.ends_at)
        last_day = (end - timedelta(microseconds=1)).date() if end > start else start.date()
        whole = o.all_day or end - start >= timedelta(days=1)
        text = f"{_t(ctx, 'all_day')}: {o.title}" if whole else f"{ctx.time(o.starts_at)} {o.title}"
        day = max(start.date(), first)
        while day <= min(last_day, last):
            days[day].append((not whole, o.starts_at, text, owner_colour(o.owner_id)))
            day += timedelta(days=1)
    return {day: [(text, colour) for _, _, text, colour in sorted(items)] for day, items in days.items()}


class CalendarGrid(Flowable):
    """Weeks x days cells (7 a week; fewer for a work week, one for a day) filling the space left on the page;
    mirrored for right-to-left reports."""

    NAMES_HEIGHT = 16
    SIZE = 7.5
    LEADING = 10.5
    PAD = 3

    def __init__(
        self,
        ctx: ReportContext,
        weeks: list[list[date]],
        first: date,
        last: date,
        by_day: dict[date, list[tuple[str, str]]],
    ):
        super().__init__()
        self.ctx, self.weeks, self.first, self.last, self.by_day = ctx, weeks, first, last, by_day
        self.width = self.height = 0.0

    def wrap(self, avail_width: float, avail_height: float) -> tuple[float, float]:
        minimum = self.NAMES_HEIGHT + len(self.weeks) * 4 * self.LEADING
        self.width, self.height = avail_width, max(avail_height, minimum)
        return self.width, self.height

    def _left(self, column: int) -> float:
        w = self.width / len(self.weeks[0])
        return self.width - (column + 1) * w if self.ctx.rtl else column * w

    def draw(self) -> None:
        canvas, ctx = self.canv, self.ctx
        w = self.width / len(self.weeks[0])
        row_height = (self.height - self.NAMES_HEIGHT) / len(self.weeks)
        names = weekday_names(ctx.lang)
        weekend = weekend_days(ctx.lang)
        canvas.setFillColor(HEADER_FILL)
        canvas.rect(0, self.height - self.NAMES_HEIGHT, self.width, self.NAMES_HEIGHT, stroke=0, fill=1)
        canvas.setFont(BOLD, 8)
        for column, day in enumerate(self.weeks[0]):
            canvas.setFillColor(WEEKEND_INK if day.weekday() in weekend else INK)
            line = fit_line(names[day.weekday()], w - 2 * self.PAD, BOLD, 8, ctx.base)
            canvas.drawCentredString(self._left(column) + w / 2, self.height - self.NAMES_HEIGHT + 5, line)
        for row, week in enumerate(self.weeks):
            top = self.height - self.NAMES_HEIGHT - row * row_height
            for column, day in enumerate(week):
                self._cell(self._left(column), top, w, row_height, day)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.6)
        canvas.rect(0, 0, self.width, self.height, stroke=1, fill=0)

    def _cell(self, left: float, top: float, w: float, h: float, day: date) -> None:
        canvas, ctx = self.canv, self.ctx
        outside = not self.first <= day <= self.last
        if outside:
            canvas.setFillColor(ZEBRA)
            canvas.rect(left, top - h, w, h, stroke=0, fill=1)
        canvas.setStrokeColor(RULE)
        canvas.setLineWidth(0.5)
        canvas.rect(left, top - h, w, h, stroke=1, fill=0)
        _, month, dom = to_calendar(day, ctx.options.calendar)
        number = ctx.digits(str(dom))
        if dom == 1 or day == self.weeks[0][0]:  # say which month a row starts or changes in
            number = ctx.digits(f"{dom} {month_name(month, ctx.options.calendar, ctx.lang)}")
        inner = w - 2 * self.PAD
        canvas.setFont(BOLD, 8)
        canvas.setFillColor(MUTED if outside else INK)
        self._text(fit_line(number, inner, BOLD, 8, ctx.base), left, top - 10, w)
        items = self.by_day.get(day, [])
        room = max(0, int((h - 14) // self.LEADING))
        shown = items if len(items) <= room else items[: max(0, room - 1)]
        y = top - 14 - self.LEADING + 3
        canvas.setFont(REGULAR, self.SIZE)
        for text, colour in shown:
            chip_x = left + w - self.PAD - 2 if ctx.rtl else left + self.PAD
            canvas.setFillColor(colors.HexColor(colour))
            canvas.rect(chip_x, y - 1, 2, self.SIZE + 1, stroke=0, fill=1)
            canvas.setFillColor(INK)
            line = fit_line(text, inner - 5, REGULAR, self.SIZE, "R" if ctx.rtl else None)
            self._text(line, left + (0 if ctx.rtl else 4), y, w - 4)
            y -= self.LEADING
        if len(shown) < len(items):
            canvas.setFillColor(MUTED)
            more = _t(ctx, "more", ctx.number(len(items) - len(shown)))
            self._text(fit_line(more, inner, REGULAR, self.SIZE, ctx.base), left, y, w)

    def _text(self, line: str, left: float, y: float, w: float) -> None:
        if self.ctx.rtl:
            self.canv.drawRightString(left + w - self.PAD, y, line)
        else:
            self.canv.drawString(left + self.PAD, y, line)
