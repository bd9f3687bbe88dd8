"""Monthly repeats in the Persian (Jalali) calendar: "on day 1 of each month" is Farvardin 1, Ordibehesht 1, ...

RRULE counts Gregorian months and cannot say this. The stored rule is RRULE text with a private part,
``FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI`` (+ INTERVAL, and COUNT or UNTIL), and is expanded here into the
explicit list of starts (an RDATE list: .ics export writes them as RDATE). The day of month and the time of
day come from the first start on the appointment's wall clock; a month without that day (31 in Mehr, 30 in
a common Esfand) is skipped, as RRULE skips 31 February. The list is bounded: the series must end (COUNT or
UNTIL) within MAX_YEARS of its start, else it is refused with a message saying so.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from dateutil.rrule import MONTHLY, rruleset

from crm_desktop.text.calendars import InvalidCalendarDate, from_calendar, to_calendar

MARK = "X-RAFIQ-CALENDAR"
SYSTEM = "JALALI"
MAX_YEARS = 10
_ALLOWED = {"FREQ", "INTERVAL", "COUNT", "UNTIL", MARK}


class PersianMonthly(rruleset):
    """The starts as a dateutil rule set with the attributes the rule cache reads: a COUNT rule (its starts
    generated once and searched), anchored at the first start."""

    def __init__(self, starts: list[datetime], interval: int):
        super().__init__(cache=False)
        for moment in starts:
            self.rdate(moment)
        self._dtstart = starts[0]
        self._count = len(starts)
        self._until = None
        self._freq = MONTHLY
        self._interval = interval


def is_persian(parts: dict[str, str]) -> bool:
    return parts.get(MARK) == SYSTEM


def build(parts: dict[str, str], first: datetime, until_utc: datetime | None) -> PersianMonthly:
    """The rule's starts (``first`` is the local first start); ValueError says what is wrong."""
    other = sorted(set(parts) - _ALLOWED)
    # Fixed texts with {0} for values: ui/error_text.py TEMPLATES translates them (tests/ui/test_error_text_persian.py).
    if other:
        raise ValueError(
            f"a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL "
            f"({', '.join(other)} cannot be used)"
        )
    if parts.get("FREQ") != "MONTHLY":
        raise ValueError("a repeat in the Persian calendar is monthly (FREQ=MONTHLY), with INTERVAL, COUNT or UNTIL")
    interval = int(parts.get("INTERVAL", "1"))
    count = int(parts["COUNT"]) if "COUNT" in parts else None
    if interval < 1 or (count is not None and count < 1):
        raise ValueError("INTERVAL and COUNT must be 1 or more")
    if count is None and until_utc is None:
        raise ValueError(
            f"a monthly repeat in the Persian calendar needs an end (a number of times or a last day) "
            f"within {MAX_YEARS} years"
        )
    too_long = f"a monthly repeat in the Persian calendar can last at most {MAX_YEARS} years"
    limit = first.astimezone(UTC) + timedelta(days=366 * MAX_YEARS)
    if until_utc is not None and until_utc > limit:
        raise ValueError(f"{too_long}; end it sooner")
    start = to_calendar(first.date(), "jalali")
    starts: list[datetime] = []
    for step in range(0, 12 * MAX_YEARS + 1, interval):
        year, month = divmod(start.month - 1 + step, 12)
        try:
            day = from_calendar(start.year + year, month + 1, start.day, "jalali")
        except InvalidCalendarDate:
            continue  # this month has no such day
        moment = datetime.combine(day, first.time(), first.tzinfo)
        if until_utc is not None and moment.astimezone(UTC) > until_utc:
            break
        starts.append(moment)
        if count is not None and len(starts) == count:
            break
    if count is not None and len(starts) < count:
        raise ValueError(f"{too_long}; repeat fewer times")
    return PersianMonthly(starts, interval)
