from __future__ import annotations

from datetime import date, timedelta
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.text.calendars import (
    SYSTEMS,
    CalendarDate,
    InvalidCalendarDate,
    days_in_month,
    first_day_of_week,
    format_date,
    from_calendar,
    is_leap_year,
    month_name,
    month_range,
    parse_date,
    to_calendar,
    weekday_names,
    weekend_days,
)

SATURDAY, SUNDAY, MONDAY, FRIDAY = 5, 6, 0, 4


@pytest.mark.parametrize(
    ("gregorian", "system", "parts"),
    [
        (date(2024, 3, 20), "jalali", (1403, 1, 1)),  # Nowruz 1403
        (date(2025, 3, 21), "jalali", (1404, 1, 1)),  # Nowruz 1404 (1403 was a leap year)
        (date(2025, 3, 20), "jalali", (1403, 12, 30)),
        (date(2024, 3, 19), "jalali", (1402, 12, 29)),
        (date(1979, 2, 11), "jalali", (1357, 11, 22)),
        (date(2024, 7, 8), "hijri", (1446, 1, 1)),  # civil; Umm al-Qura says 2024-07-07
        (date(2024, 3, 11), "hijri", (1445, 9, 1)),  # Ramadan 1445 (civil)
        (date(2000, 1, 1), "hijri", (1420, 9, 24)),
        (date(2024, 2, 29), "gregorian", (2024, 2, 29)),
    ],
)
def test_known_dates(gregorian: date, system: str, parts: tuple[int, int, int]) -> None:
    assert to_calendar(gregorian, system) == CalendarDate(*parts)
    assert from_calendar(*parts, system) == gregorian


@given(st.dates(min_value=date(700, 1, 1)), st.sampled_from(SYSTEMS))
def test_round_trip(d: date, system: str) -> None:
    assert from_calendar(*to_calendar(d, system), system) == d


@pytest.mark.parametrize("system", SYSTEMS)
def test_consecutive_days_advance_by_one(system: str) -> None:
    """No gaps or repeats across month and year ends, 1800-2200."""
    day, previous = date(1800, 1, 1), to_calendar(date(1800, 1, 1), system)
    while day < date(2200, 1, 1):
        day += timedelta(days=1)
        current = to_calendar(day, system)
        if current.day != 1:
            assert current == (previous.year, previous.month, previous.day + 1)
        elif current.month != 1:
            assert (current.year, current.month) == (previous.year, previous.month + 1)
            assert previous.day == days_in_month(previous.year, previous.month, system)
        else:
            assert (current.year, previous.month) == (previous.year + 1, 12)
        previous = current


def test_leap_years() -> None:
    assert is_leap_year(1403, "jalali") and not is_leap_year(1402, "jalali")
    assert days_in_month(1403, 12, "jalali") == 30
    assert days_in_month(1402, 12, "jalali") == 29
    assert from_calendar(1403, 12, 30, "jalali") == date(2025, 3, 20)
    with pytest.raises(InvalidCalendarDate, match="Esfand 1402 has 29 days"):
        from_calendar(1402, 12, 30, "jalali")
    # Hijri civil leap years: 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 of each 30-year cycle.
    cycle_start = 1440  # 48 full 30-year cycles
    leaps = [y - cycle_start for y in range(cycle_start + 1, cycle_start + 31) if is_leap_year(y, "hijri")]
    assert leaps == [2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29]
    assert days_in_month(1445, 12, "hijri") == 30 and days_in_month(1446, 12, "hijri") == 29
    assert is_leap_year(2024, "gregorian") and not is_leap_year(1900, "gregorian")


@pytest.mark.parametrize(
    ("parts", "system", "message"),
    [
        ((1402, 12, 30), "jalali", "1402/12/30 is not a date: Esfand 1402 has 29 days"),
        ((1403, 13, 1), "jalali", "a year has 12 months"),
        ((1403, 1, 0), "jalali", "days start at 1"),
        ((1446, 2, 30), "hijri", "Safar 1446 has 29 days"),
        ((2023, 2, 29), "gregorian", "February 2023 has 28 days"),
        ((0, 1, 1), "hijri", "years start at 1"),
    ],
)
def test_impossible_dates_say_why(parts: tuple[int, int, int], system: str, message: str) -> None:
    with pytest.raises(InvalidCalendarDate, match=message):
        from_calendar(*parts, system)


def test_invalid_date_is_a_value_error() -> None:
    assert issubclass(InvalidCalendarDate, ValueError)
    with pytest.raises(ValueError, match="unknown calendar system"):
        to_calendar(date.today(), "julian")


def test_month_range_covers_the_month() -> None:
    assert month_range(1403, 12, "jalali") == (date(2025, 2, 19), date(2025, 3, 20))
    assert month_range(1446, 1, "hijri") == (date(2024, 7, 8), date(2024, 8, 6))
    assert month_range(2024, 2, "gregorian") == (date(2024, 2, 1), date(2024, 2, 29))
    # Consecutive Jalali months tile the Gregorian timeline with no gap.
    ends = [month_range(1403, m, "jalali") for m in range(1, 13)]
    assert all(a[1] + timedelta(days=1) == b[0] for a, b in pairwise(ends))


def test_month_names() -> None:
    assert month_name(1, "jalali", "en") == "Farvardin"
    assert month_name(1, "jalali", "fa") == "فروردین"
    assert month_name(12, "jalali", "fa_IR") == "اسفند"
    assert month_name(1, "hijri", "ar") == "محرم"
    assert month_name(9, "hijri", "fa") == "رمضان"
    assert month_name(12, "hijri", "en") == "Dhu al-Hijjah"
    assert month_name(1, "gregorian", "ar-SA") == "يناير"
    assert month_name(1, "gregorian", "fa") == "ژانویه"
    assert month_name(5, "gregorian", "de") == "May"  # other languages fall back to English
    with pytest.raises(InvalidCalendarDate):
        month_name(13, "gregorian", "en")


def test_weeks() -> None:
    assert weekday_names("fa")[date(2024, 3, 23).weekday()] == "شنبه"  # a Saturday
    assert weekday_names("ar")[date(2024, 3, 22).weekday()] == "الجمعة"
    assert weekday_names("en")[0] == "Monday"
    assert first_day_of_week("fa") == SATURDAY
    assert first_day_of_week("ar") == SATURDAY  # Egypt, Iraq, most of the Gulf
    assert first_day_of_week("ar_SA") == SUNDAY
    assert first_day_of_week("ar-AE") == MONDAY
    assert first_day_of_week("en") == MONDAY and first_day_of_week("de_DE") == MONDAY
    assert first_day_of_week("en_US") == SUNDAY
    assert weekend_days("fa_IR") == {FRIDAY}
    assert weekend_days("ar_SA") == {FRIDAY, SATURDAY}


@pytest.mark.parametrize(
    ("system", "lang", "digits", "style", "expected"),
    [
        ("jalali", "fa", "native", "short", "۱۴۰۳/۰۱/۱۵"),
        ("jalali", "fa", "latin", "short", "1403/01/15"),
        ("jalali", "en", "native", "long", "15 Farvardin 1403"),
        ("jalali", "fa", "native", "long", "۱۵ فروردین ۱۴۰۳"),
        ("hijri", "ar", "native", "short", "١٤٤٥/٠٩/٢٤"),
        ("hijri", "ar", "native", "long", "٢٤ رمضان ١٤٤٥ هـ"),
        ("hijri", "en", "native", "long", "24 Ramadan 1445 AH"),
        ("gregorian", "en", "native", "short", "2024-04-03"),
        ("gregorian", "ar", "native", "short", "٢٠٢٤/٠٤/٠٣"),
        ("gregorian", "fa", "native", "long", "۳ آوریل ۲۰۲۴"),
    ],
)
def test_format_date(system: str, lang: str, digits: str, style: str, expected: str) -> None:
    assert format_date(date(2024, 4, 3), system, lang, digits=digits, style=style) == expected


@pytest.mark.parametrize(
    ("text", "system", "expected"),
    [
        ("1403/01/15", "jalali", date(2024, 4, 3)),
        ("۱۴۰۳/۰۱/۱۵", "jalali", date(2024, 4, 3)),
        ("۱۴۰۳-۱-۱۵", "jalali", date(2024, 4, 3)),
        ("١٤٠٣.٠١.١٥", "jalali", date(2024, 4, 3)),
        (" 1403 / 1 / 15 ", "jalali", date(2024, 4, 3)),
        ("\u200f۱۴۰۳/۰۱/۱۵\u200f", "jalali", date(2024, 4, 3)),
        ("١٤٤٦/٠١/٠١ هـ", "hijri", date(2024, 7, 8)),
        ("1446-1-1 AH", "hijri", date(2024, 7, 8)),
        ("2024-04-03", "gregorian", date(2024, 4, 3)),
    ],
)
def test_parse_date(text: str, system: str, expected: date) -> None:
    assert parse_date(text, system) == expected


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("15/01/1403", "write the year first"),
        ("03/01/15", "four digits"),
        ("1403/01", "year/month/day"),
        ("1403/01-15", "year/month/day"),  # mixed separators
        ("tomorrow", "year/month/day"),
        ("", "year/month/day"),
        ("1402/12/30", "Esfand 1402 has 29 days"),
    ],
)
def test_parse_date_refuses(text: str, message: str) -> None:
    with pytest.raises(InvalidCalendarDate, match=message):
        parse_date(text, "jalali")


@given(st.dates(min_value=date(1000, 1, 1)), st.sampled_from(SYSTEMS), st.sampled_from(["en", "ar", "fa"]))
def test_short_format_parses_back(d: date, system: str, lang: str) -> None:
    assert parse_date(format_date(d, system, lang), system) == d
