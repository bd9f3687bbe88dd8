"""Gregorian, Persian (Jalali) and Hijri dates: conversion, names, formatting and parsing.

Dates are stored as Gregorian ``datetime.date``; this module converts them for display, typing and grouping
(month ranges in reports). It must give exactly what the GUI's ``QCalendar`` gives, or a date typed in a
report filter would not match the date picked in a form; ``tests/ui/test_calendar_agreement.py`` checks
every day from 1930 to 2100 against Qt.

* **jalali** is Qt's ``QCalendar.System.Jalali``: the arithmetic 2820-year cycle (Birashk), year ``y`` leap
  when ``(y + 2346) * 683 mod 2820 < 683``, epoch 1 Farvardin 1 = 19 March 622 Julian (Julian day 1948321).
  Iran's official calendar is astronomical (Nowruz follows the equinox at Tehran). The 33-year rule
  fitted to it (Borkowski, used by jalaali-js) puts the leap day in 1436 and 1469 where the 2820 cycle
  puts it in 1437 and 1470, so for the whole of 1437 (March 2058 - March 2059) and of 1470 (2091-92)
  Qt and this module are probably one day off the official calendar; 1930-2057 agree. Switching would
  need a custom calendar in the UI as well, so we follow Qt.
* **hijri** is the tabular Islamic *civil* calendar, Qt's ``QCalendar.System.IslamicCivil``: 30-year cycle
  with leap years 2, 5, 7, 10, 13, 16, 18, 21, 24, 26, 29 (Dhu al-Hijjah gets 30 days), odd months 30 days,
  even months 29, epoch Friday 16 July 622 Julian (Julian day 1948440). So 1 Muharram 1446 = 2024-07-08.
  Saudi Arabia's official Umm al-Qura calendar is based on astronomical calculation and differs from
  the civil calendar by one day in some months (1 Muharram 1446 was 2024-07-07 there). It can only be
  computed from published tables, which Qt does not ship. We use civil, so the date pickers, lists and
  PDF reports always agree. A later option could add Umm al-Qura from the ``hijridate`` package (tables
  for 1343-1500 AH) together with a matching ``QCalendar`` backend in the UI.

Week conventions (first day, weekend) follow CLDR as Qt 6.12 reports them: Saturday starts the week in Iran
and in most Arab countries (Egypt, Iraq, the Gulf except the UAE), Sunday in Saudi Arabia and Yemen,
Monday in the UAE, Morocco, Tunisia and Lebanon. A bare ``"ar"`` means the common case (Saturday).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from datetime import date
from typing import Literal, NamedTuple

from .digits import lang_code, to_latin_digits, to_native_digits

System = Literal["gregorian", "jalali", "hijri"]
SYSTEMS: tuple[str, ...] = ("gregorian", "jalali", "hijri")

# date.toordinal() is 1 on 0001-01-01 (proleptic Gregorian); Julian day number = ordinal + 1721425.
_JALALI_EPOCH = 1948321 - 1721425  # 1 Farvardin 1 AP
_HIJRI_EPOCH = 1948440 - 1721425  # 1 Muharram 1 AH (civil)
# Day of year (0-based) on which each month starts.
_JALALI_STARTS = (0, 31, 62, 93, 124, 155, 186, 216, 246, 276, 306, 336)
_HIJRI_STARTS = tuple((59 * m + 1) // 2 for m in range(12))  # 0, 30, 59, 89, ... alternating 30/29


class CalendarDate(NamedTuple):
    """A date as written in one calendar system (not comparable across systems)."""

    year: int
    month: int
    day: int


class InvalidCalendarDate(ValueError):
    """A date that does not exist in its calendar, or text that is not a date; the message says why."""


def _check_system(system: str) -> None:
    if system not in SYSTEMS:
        raise ValueError(f"unknown calendar system {system!r}; expected one of {', '.join(SYSTEMS)}")


# --- Jalali (Qt's 2820-year arithmetic cycle) ---------------------------------------------------------


def _jalali_leap(year: int) -> bool:
    return (year + 2346) * 683 % 2820 < 683


def _jalali_year_start(year: int) -> int:
    # Leap years in [1, year - 1]: each leap year is a step of floor((k + 2346) * 683 / 2820).
    leaps = (year - 1 + 2346) * 683 // 2820 - 2346 * 683 // 2820
    return _JALALI_EPOCH + 365 * (year - 1) + leaps


# --- Hijri (tabular, civil epoch) -----------------------------------------------------------------------


def _hijri_leap(year: int) -> bool:
    return (11 * year + 14) % 30 < 11


def _hijri_year_start(year: int) -> int:
    return _HIJRI_EPOCH + 354 * (year - 1) + (11 * year + 3) // 30


# --- conversion --------------------------------------------------------------------------------------


def is_leap_year(year: int, system: str) -> bool:
    """Whether ``year`` has a leap day in ``system`` (Feb 29, 30 Esfand, or 30 Dhu al-Hijjah)."""
    _check_system(system)
    if system == "jalali":
        return _jalali_leap(year)
    if system == "hijri":
        return _hijri_leap(year)
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int, system: str) -> int:
    """Number of days in ``month`` of ``year``; raises InvalidCalendarDate for a month outside 1-12."""
    _check_system(system)
    if not 1 <= month <= 12:
        raise InvalidCalendarDate(f"month {month} does not exist: a year has 12 months")
    if system == "jalali":
        return 31 if month <= 6 else 30 if month <= 11 else 30 if _jalali_leap(year) else 29
    if system == "hijri":
        return 30 if month % 2 else 30 if month == 12 and _hijri_leap(year) else 29
    if month == 2:
        return 29 if is_leap_year(year, system) else 28
    return 30 if month in (4, 6, 9, 11) else 31


def to_calendar(d: date, system: str) -> CalendarDate:
    """The (year, month, day) of Gregorian date ``d`` in ``system``."""
    _check_system(system)
    if system == "gregorian":
        return CalendarDate(d.year, d.month, d.day)
    ordinal = d.toordinal()
    if system == "jalali":
        epoch, start_of, starts, cycle = _JALALI_EPOCH, _jalali_year_start, _JALALI_STARTS, (2820, 1029983)
    else:
        epoch, start_of, starts, cycle = _HIJRI_EPOCH, _hijri_year_start, _HIJRI_STARTS, (30, 10631)
    if ordinal < epoch:
        raise InvalidCalendarDate(f"{d.isoformat()} is before year 1 of the {system} calendar")
    # Estimate from the mean year length, then correct by at most a year either way.
    year = (ordinal - epoch) * cycle[0] // cycle[1] + 1
    while start_of(year) > ordinal:
        year -= 1
    while start_of(year + 1) <= ordinal:
        year += 1
    day_of_year = ordinal - start_of(year)
    month = bisect_right(starts, day_of_year)
    return CalendarDate(year, month, day_of_year - starts[month - 1] + 1)


def from_calendar(year: int, month: int, day: int, system: str) -> date:
    """The Gregorian date of ``year/month/day`` in ``system``; InvalidCalendarDate if there is no such day."""
    _check_system(system)
    text = f"{year:04d}/{month:02d}/{day:02d}"
    if year < 1:
        raise InvalidCalendarDate(f"{text} is not a date: years start at 1")
    if not 1 <= month <= 12:
        raise InvalidCalendarDate(f"{text} is not a date: a year has 12 months")
    length = days_in_month(year, month, system)
    if not 1 <= day <= length:
        reason = "days start at 1" if day < 1 else f"{month_name(month, system, 'en')} {year} has {length} days"
        raise InvalidCalendarDate(f"{text} is not a date: {reason}")
    try:
        if system == "gregorian":
            return date(year, month, day)
        if system == "jalali":
            return date.fromordinal(_jalali_year_start(year) + _JALALI_STARTS[month - 1] + day - 1)
        return date.fromordinal(_hijri_year_start(year) + _HIJRI_STARTS[month - 1] + day - 1)
    except (ValueError, OverflowError):
        raise InvalidCalendarDate(f"{text} is not a date: it is beyond the year 9999 AD") from None


def month_range(year: int, month: int, system: str) -> tuple[date, date]:
    """First and last Gregorian day of a month in ``system`` (inclusive), for grouping reports by month."""
    first = from_calendar(year, month, 1, system)
    return first, from_calendar(year, month, days_in_month(year, month, system), system)


# --- names -----------------------------------------------------------------------------------------

# Month names, "|"-separated to keep the tables readable.
_MONTHS: dict[tuple[str, str], tuple[str, ...]] = {
    (system, lang): tuple(names.split("|"))
    for system, lang, names in (
        ("gregorian", "en", "January|February|March|April|May|June|July|August|September|October|November|December"),
        # Egyptian/Saudi usage (CLDR ar); the Levant's كانون الثاني… names are not used here.
        ("gregorian", "ar", "يناير|فبراير|مارس|أبريل|مايو|يونيو|يوليو|أغسطس|سبتمبر|أكتوبر|نوفمبر|ديسمبر"),
        ("gregorian", "fa", "ژانویه|فوریه|مارس|آوریل|مه|ژوئن|ژوئیه|اوت|سپتامبر|اکتبر|نوامبر|دسامبر"),
        ("jalali", "en", "Farvardin|Ordibehesht|Khordad|Tir|Mordad|Shahrivar|Mehr|Aban|Azar|Dey|Bahman|Esfand"),
        ("jalali", "fa", "فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند"),
        # The Persian names in Arabic spelling (CLDR's ar list has misspellings such as تار for Tir).
        ("jalali", "ar", "فروردين|أرديبهشت|خرداد|تير|مرداد|شهريور|مهر|آبان|آذر|دي|بهمن|إسفند"),
        (
            "hijri",
            "en",
            "Muharram|Safar|Rabi al-Awwal|Rabi al-Thani|Jumada al-Ula|Jumada al-Akhirah|"
            "Rajab|Shaban|Ramadan|Shawwal|Dhu al-Qadah|Dhu al-Hijjah",
        ),
        (
            "hijri",
            "ar",
            "محرم|صفر|ربيع الأول|ربيع الآخر|جمادى الأولى|جمادى الآخرة|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة",
        ),
        # The same Arabic names in Persian spelling, as Iranian calendars print them (CLDR fa).
        (
            "hijri",
            "fa",
            "محرم|صفر|ربیع\u200cالاول|ربیع\u200cالثانی|جمادی\u200cالاول|جمادی\u200cالثانی|"
            "رجب|شعبان|رمضان|شوال|ذیقعده|ذیحجه",
        ),
    )
}
# Monday first, so that names[d.weekday()] is the name of d.
_WEEKDAYS: dict[str, tuple[str, ...]] = {
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "ar": ("الاثنين", "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد"),
    "fa": ("دوشنبه", "سه\u200cشنبه", "چهارشنبه", "پنجشنبه", "جمعه", "شنبه", "یکشنبه"),
}
# Era marks for Hijri years, which would otherwise be mistaken for Gregorian or Jalali years.
_HIJRI_ERA = {"en": " AH", "ar": " هـ", "fa": " ق"}
MONDAY, THURSDAY, FRIDAY, SATURDAY, SUNDAY = 0, 3, 4, 5, 6
# (first day of week, weekend) by region, from CLDR via Qt 6.12.
_WEEK_BY_REGION: dict[str, tuple[int, frozenset[int]]] = {
    "IR": (SATURDAY, frozenset({FRIDAY})),
    "AF": (SATURDAY, frozenset({THURSDAY, FRIDAY})),
    "SA": (SUNDAY, frozenset({FRIDAY, SATURDAY})),
    "YE": (SUNDAY, frozenset({FRIDAY, SATURDAY})),
    "AE": (MONDAY, frozenset({SATURDAY, SUNDAY})),
    "MA": (MONDAY, frozenset({SATURDAY, SUNDAY})),
    "TN": (MONDAY, frozenset({SATURDAY, SUNDAY})),
    "LB": (MONDAY, frozenset({SATURDAY, SUNDAY})),
    "US": (SUNDAY, frozenset({SATURDAY, SUNDAY})),
    "CA": (SUNDAY, frozenset({SATURDAY, SUNDAY})),
}
_WEEK_BY_LANG = {"fa": _WEEK_BY_REGION["IR"], "ar": (SATURDAY, frozenset({FRIDAY, SATURDAY}))}
_DEFAULT_WEEK = (MONDAY, frozenset({SATURDAY, SUNDAY}))


def month_name(month: int, system: str, lang: str) -> str:
    """The standalone name of ``month`` (1-12) of ``system`` in ``lang`` (en, ar or fa)."""
    _check_system(system)
    if not 1 <= month <= 12:
        raise InvalidCalendarDate(f"month {month} does not exist: a year has 12 months")
    language = lang_code(lang)
    names = _MONTHS.get((system, language)) or _MONTHS[(system, "en")]
    return names[month - 1]


def weekday_names(lang: str) -> tuple[str, ...]:
    """Day names Monday to Sunday, indexed like ``date.weekday()``; reorder with ``first_day_of_week``."""
    return _WEEKDAYS[lang_code(lang)]


def _week(lang_or_locale: str) -> tuple[int, frozenset[int]]:
    parts = lang_or_locale.replace("-", "_").split("_")
    region = parts[1].upper() if len(parts) > 1 else ""
    if region in _WEEK_BY_REGION:
        return _WEEK_BY_REGION[region]
    return _WEEK_BY_LANG.get(parts[0].lower(), _DEFAULT_WEEK)


def first_day_of_week(lang_or_locale: str) -> int:
    """First day of the week as a ``date.weekday()`` number (0 = Monday, 5 = Saturday, 6 = Sunday).

    ``"fa"`` and ``"ar"`` give Saturday (Iran, and most Arab countries); ``"ar_SA"`` Sunday, ``"ar_AE"``
    Monday; ``"en"`` and ``"de"`` Monday (ISO), ``"en_US"`` Sunday.
    """
    return _week(lang_or_locale)[0]


def weekend_days(lang_or_locale: str) -> frozenset[int]:
    """Weekend days as ``date.weekday()`` numbers (Friday in Iran, Friday+Saturday in most Arab countries)."""
    return _week(lang_or_locale)[1]


# --- formatting and parsing ----------------------------------------------------------------------------


def format_date(
    d: date,
    system: str,
    lang: str,
    digits: Literal["native", "latin"] = "native",
    style: Literal["short", "long"] = "short",
) -> str:
    """``d`` written in ``system`` for ``lang``: short ``1403/01/15`` (year first, which ``parse_date``
    reads back) or long ``15 Farvardin 1403``. English Gregorian short dates are ISO ``2024-04-03``.
    """
    language = lang_code(lang)
    year, month, day = to_calendar(d, system)
    if style == "long":
        text = f"{day} {month_name(month, system, language)} {year}"
        if system == "hijri":
            text += _HIJRI_ERA[language]
    elif style == "short":
        sep = "-" if system == "gregorian" and language == "en" else "/"
        text = f"{year:04d}{sep}{month:02d}{sep}{day:02d}"
    else:
        raise ValueError(f"unknown date style {style!r}; expected 'short' or 'long'")
    return to_native_digits(text, language) if digits == "native" else text


# Bidi controls and spaces that copy-paste from RTL text brings along.
_INVISIBLE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
# Era marks a user may type after the year: هـ / ه.ق / ه‍.ش (Hijri / solar Hijri), AH, AP.
_ERA = re.compile(r"\s*(?:ه\u200d?ـ?\.?\s*[قش]\.?|هـ|ه|ق|ش|A\.?H\.?|A\.?P\.?|S\.?H\.?)\s*$", re.IGNORECASE)
_DATE = re.compile(r"(\d+)\s*([/\-.])\s*(\d+)\s*\2\s*(\d+)")


def parse_date(text: str, system: str) -> date:
    """Read a typed ``year/month/day`` in ``system`` (any digits; ``/``, ``-`` or ``.``) as a Gregorian date.

    The year comes first and has four digits, as ``format_date`` writes it; ``15/01/1403`` is refused with
    a hint rather than guessed, because day-month order differs between countries.
    """
    _check_system(system)
    cleaned = _ERA.sub("", to_latin_digits(_INVISIBLE.sub("", text)).replace("\u00a0", " ").strip())
    match = _DATE.fullmatch(cleaned)
    if not match:
        raise InvalidCalendarDate(f"{text.strip()!r} is not a date: write it as year/month/day, e.g. 1403/01/15")
    first, _, middle, last = match.groups()
    if len(first) != 4:
        hint = "write the year first" if len(last) == 4 else "write the year with four digits"
        raise InvalidCalendarDate(f"{text.strip()!r} is not a date: {hint}, e.g. 1403/01/15")
    return from_calendar(int(first), int(middle), int(last), system)
