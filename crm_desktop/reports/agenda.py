"""Appointment agenda for a day, a week (starting on the language's first weekday) or a month of the
chosen calendar, one table per day.

Recurring appointments: the app stores a series as one row with its RRULE (the calendar expands
them); ``AppointmentService.between`` returns every series, so this report prints the series that can
fall in the period once, in their own section, with the rule in words, rather than inventing an
expansion the calendar screen might not agree with.
"""

from __future__ import annotations

import contextlib
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.db.models import Appointment
from crm_desktop.services import persian_months
from crm_desktop.services.activities import AppointmentService
from crm_desktop.services.dto import AppointmentDTO
from crm_desktop.services.recurrence import RuleError, parse_rule
from crm_desktop.text.calendars import first_day_of_week, month_range, to_calendar, weekday_names

from .context import LANGS, ReportContext
from .document import Story
from .errors import ReportError
from .flowables import Column
from .names import company_names, contact_names, user_name
from .queries import hidden_ids

FILTERS = ("period", "date", "user_id")
PERIODS = ("day", "week", "month")
_DAYS = {"MO": 0, "TU": 1, "WE": 2, "TH": 3, "FR": 4, "SA": 5, "SU": 6}
_FREQ_DAYS = {"DAILY": 1, "WEEKLY": 7, "MONTHLY": 31, "YEARLY": 366}
# FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI in words ({0} months, on day {1}): once a month, every n months
_PERSIAN_MONTHLY = (
    (
        "monthly on day {1} of the Persian month",
        "شهرياً في اليوم {1} من الشهر الهجري الشمسي",
        "ماهانه، روز {1} هر ماه شمسی",
    ),
    (
        "every {0} months on day {1} of the Persian month",
        "كل {0} أشهر في اليوم {1} من الشهر الهجري الشمسي",
        "هر {0} ماه یک بار، روز {1} ماه شمسی",
    ),
)


def date_range(ctx: ReportContext, period: str, anchor: date) -> tuple[date, date]:
    """First and last day (inclusive) of the day, week or calendar month around ``anchor``."""
    if period == "day":
        return anchor, anchor
    if period == "week":
        start = anchor - timedelta(days=(anchor.weekday() - first_day_of_week(ctx.lang)) % 7)
        return start, start + timedelta(days=6)
    year, month, _ = to_calendar(anchor, ctx.options.calendar)
    return month_range(year, month, ctx.options.calendar)


def _rule(text: str) -> dict[str, str]:
    parts = {}
    for part in text.upper().split(";"):
        key, _, value = part.partition("=")
        parts[key.strip()] = value.strip()
    return parts


def _last_possible(appointment: AppointmentDTO) -> datetime | None:
    """An upper bound for the series' last start (None: it never ends)."""
    rule = _rule(appointment.recurrence_rule or "")
    if persian_months.is_persian(rule):  # months of 29-31 days, some skipped: its own (bounded) list says
        try:
            starts = parse_rule(appointment.recurrence_rule or "", appointment.starts_at, appointment.time_zone)
        except RuleError:
            return None  # a rule the calendar refuses: listed, its text printed as it is
        return list(starts)[-1] + timedelta(days=1)
    if "UNTIL" in rule:
        value = rule["UNTIL"]
        try:
            day = datetime.strptime(value[:8], "%Y%m%d")
        except ValueError:
            return None
        return day.replace(tzinfo=appointment.starts_at.tzinfo) + timedelta(days=1)
    if "COUNT" in rule and rule["COUNT"].isdigit():
        interval = int(rule["INTERVAL"]) if rule.get("INTERVAL", "").isdigit() else 1
        step = _FREQ_DAYS.get(rule.get("FREQ", ""), 366)
        return appointment.starts_at + timedelta(days=step * interval * int(rule["COUNT"]))
    return None


def _persian_month_day(appointment: AppointmentDTO | None) -> int | None:
    """The day of the Persian month a Persian-month series repeats on: its first start on its own clock."""
    if appointment is None:
        return None
    try:
        local = appointment.starts_at.astimezone(ZoneInfo(appointment.time_zone or "UTC"))
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return to_calendar(local.date(), "jalali").day


def describe_rule(ctx: ReportContext, text: str, appointment: AppointmentDTO | None = None) -> str:
    """The rule in words; a Persian-month rule names the day of the Persian month (from ``appointment``)."""
    rule = _rule(text)
    interval = int(rule["INTERVAL"]) if rule.get("INTERVAL", "").isdigit() else 1
    freq = rule.get("FREQ", "")
    unit = {"DAILY": "days", "WEEKLY": "weeks", "MONTHLY": "months", "YEARLY": "years"}.get(freq)
    if unit is None:
        return text
    day = _persian_month_day(appointment) if persian_months.is_persian(rule) and freq == "MONTHLY" else None
    if day is not None:
        words = _PERSIAN_MONTHLY[interval > 1][LANGS.index(ctx.lang)]
        parts = [words.format(ctx.number(interval), ctx.number(day))]
    else:
        parts = [ctx.t(f"r_{unit}", ctx.number(interval)) if interval > 1 else ctx.t(f"r_{freq.lower()}")]
    names = weekday_names(ctx.lang)
    days = [names[_DAYS[d[-2:]]] for d in rule.get("BYDAY", "").split(",") if d[-2:] in _DAYS]
    if days:
        parts.append(ctx.join(days))
    if rule.get("COUNT", "").isdigit():
        parts.append(ctx.t("r_count", ctx.number(int(rule["COUNT"]))))
    elif "UNTIL" in rule:
        with contextlib.suppress(ValueError):
            parts.append(ctx.t("r_until", ctx.date(datetime.strptime(rule["UNTIL"][:8], "%Y%m%d").date())))
    return ctx.t("list_sep").join(parts)


def _when(ctx: ReportContext, appointment: AppointmentDTO) -> str:
    if appointment.all_day:
        return ctx.t("all_day")
    start, end = ctx.local(appointment.starts_at), ctx.local(appointment.ends_at)
    if end.date() != start.date():
        return f"{ctx.time(start)} – {ctx.datetime(end)}"
    return f"{ctx.time(start)} – {ctx.time(end)}"


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    period = str(filters.get("period") or "week")
    if period not in PERIODS:
        raise ReportError(f"unknown period {period!r}; choose day, week or month")
    anchor = ctx.parse_day(filters["date"], "date") if filters.get("date") else ctx.today
    first, last = date_range(ctx, period, anchor)
    owner = int(filters["user_id"]) if filters.get("user_id") not in (None, "") else None
    lines = [ctx.t("f_period", ctx.date(first, "long"), ctx.date(last, "long"))]
    if owner is not None:
        lines.append(ctx.t("f_owner", user_name(ctx, owner)))
    start, end = ctx.day_start(first), ctx.day_start(last + timedelta(days=1))
    found = AppointmentService(ctx.db, ctx.options.user_id).between(start, end)
    hidden = hidden_ids(ctx.db, Appointment, ctx.options.user_id, (a.id for a in found if a.is_private))
    found = [a for a in found if a.id not in hidden]  # between() reads every row: others' private ones go here
    if owner is not None:
        found = [a for a in found if a.owner_id == owner]
    single = [a for a in found if not a.recurrence_rule]
    series = []
    for a in found:
        if a.recurrence_rule and a.starts_at < end:
            bound = _last_possible(a)
            if bound is None or bound >= start:
                series.append(a)
    story.opening(ctx.t("agenda"), lines, ctx.t("n_appointments", ctx.number(len(single) + len(series))))
    if not single and not series:
        story.empty()
        return 0
    people = contact_names(ctx, (i for a in found for i in a.attendee_ids))
    companies = company_names(ctx, (a.company_id for a in found))

    def who(a: AppointmentDTO) -> str:
        names = [people[i] for i in a.attendee_ids if i in people]
        if a.company_id and a.company_id in companies:
            names.append(companies[a.company_id])
        return ctx.join(names)

    by_day: dict[date, list[AppointmentDTO]] = defaultdict(list)
    for a in single:
        day = max(ctx.local(a.starts_at).date(), first)  # one that began before the period shows on day one
        by_day[day].append(a)
    names = weekday_names(ctx.lang)
    # Fixed widths, so the tables of successive days line up.
    columns = [Column(ctx.t(k), w) for k, w in (("time", 1.3), ("title", 2.2), ("location", 1.6), ("attendees", 3.4))]
    for day in sorted(by_day):
        ctx.check_cancel()
        story.heading(f"{names[day.weekday()]} {ctx.date(day, 'long')}", size=11)
        rows = [
            [_when(ctx, a), a.title, a.location or "", who(a)] for a in sorted(by_day[day], key=lambda a: a.starts_at)
        ]
        story.table(columns, rows, auto=False)
    if series:
        story.heading(ctx.t("s_recurring"), size=11)
        story.table(
            [Column(ctx.t(k)) for k in ("first", "repeats", "title", "location", "attendees")],
            [
                [
                    ctx.datetime(a.starts_at),
                    describe_rule(ctx, a.recurrence_rule or "", a),
                    a.title,
                    a.location or "",
                    who(a),
                ]
                for a in sorted(series, key=lambda a: a.starts_at)
            ],
        )
    return len(single) + len(series)
