"""The core calendars (used by reports, the CLI and parsing) must agree with Qt's (used by date pickers).

Every day from 1930-01-01 to 2100-12-31 (~62,500 days) in both directions, plus month lengths.
"""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QCalendar, QDate

from crm_desktop.text.calendars import days_in_month, from_calendar, to_calendar

FIRST, LAST = date(1930, 1, 1), date(2100, 12, 31)
QT_SYSTEMS = {"jalali": QCalendar.System.Jalali, "hijri": QCalendar.System.IslamicCivil}


@pytest.mark.parametrize("system", sorted(QT_SYSTEMS))
def test_every_day_agrees_with_qt(system: str) -> None:
    calendar = QCalendar(QT_SYSTEMS[system])
    start = QDate(FIRST.year, FIRST.month, FIRST.day)
    disagreements = []
    for offset in range((LAST - FIRST).days + 1):
        day = FIRST + timedelta(days=offset)
        parts = calendar.partsFromDate(start.addDays(offset))
        qt = (parts.year, parts.month, parts.day)
        ours = to_calendar(day, system)
        if ours != qt or from_calendar(*qt, system) != day:
            disagreements.append((day.isoformat(), qt, tuple(ours)))
    assert not disagreements, f"{len(disagreements)} days differ, first: {disagreements[:5]}"


@pytest.mark.parametrize("system", sorted(QT_SYSTEMS))
def test_month_lengths_agree_with_qt(system: str) -> None:
    calendar = QCalendar(QT_SYSTEMS[system])
    first, last = to_calendar(FIRST, system).year, to_calendar(LAST, system).year
    for year in range(first, last + 1):
        assert calendar.isLeapYear(year) == (days_in_month(year, 12, system) == 30)
        for month in range(1, 13):
            assert calendar.daysInMonth(month, year) == days_in_month(year, month, system), (year, month)
