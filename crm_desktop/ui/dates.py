"""The one place the UI writes, types and picks dates (and the counts shown beside them).

Dates are stored in UTC (moments) or as Gregorian days; what a user sees follows three per-computer
choices carried by the Workspace (from ``config.LocalSettings``): the language, the calendar system
(Gregorian, Persian/Jalali, tabular Hijri) and whether digits are native (Persian ۰-۹, Arabic-Indic ٠-٩)
or Latin. The text comes from ``crm_desktop.text.calendars``, the same module reports and the CLI use,
which a test keeps in agreement with Qt's ``QCalendar`` for every day from 1930 to 2100, so a date in a
list, in a date field and in a PDF is always the same day.

Direction: a short date is wrapped in a left-to-right isolate (``1403/01/15`` reads year-month-day from
the left in Persian too, and cannot pull neighbouring text into its run); a date and a time are two
isolates side by side, so in a right-to-left row the date comes first on the reading side.

Date fields (``setup_date_edit``): Qt lays out the sections of a ``QDateTimeEdit`` in the widget's
direction, which would show ``15/01/1403`` in a right-to-left form, so the edit is made left-to-right
*before* its display format is set; it gets the ``QCalendar`` of the setting (``QDateEdit.setCalendar``
also sets its popup), a locale that writes the chosen digits, and a key filter so Latin, Persian and
Arabic-Indic digits can all be typed (Qt's parser accepts only Latin and the locale's own). The popup
(``setup_calendar_widget``) reads right-to-left in Arabic and Persian, starts the week on the locale's
first day (Saturday in Iran), paints the locale's weekend (Friday in Iran, Friday and Saturday in most
Arab countries, where Qt paints Saturday and Sunday everywhere) and hides the Gregorian week numbers.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime, tzinfo
from typing import Any

from PySide6.QtCore import QCalendar, QEvent, QLocale, QObject, Qt
from PySide6.QtGui import QColor, QKeyEvent, QTextCharFormat
from PySide6.QtWidgets import QAbstractSpinBox, QCalendarWidget, QDateTimeEdit, QWidget

from crm_desktop.text import calendars
from crm_desktop.text.bidi import isolate, ltr
from crm_desktop.text.digits import format_number, lang_code, to_latin_digits, to_native_digits

QT_SYSTEMS = {
    "gregorian": QCalendar.System.Gregorian,
    "jalali": QCalendar.System.Jalali,
    "hijri": QCalendar.System.IslamicCivil,  # tabular (civil) Hijri, as text/calendars.py explains
}
WEEKEND_COLOUR = QColor("#b00020")
# Locales whose own digits are Latin, for a user who keeps Latin digits (fa has no such variant).
_LATIN_DIGIT_LOCALES = {"en": "en_US", "ar": "ar_AE", "fa": "en_US"}


@dataclass(frozen=True)
class DisplayPrefs:
    """How this computer shows dates and numbers: language (en/ar/fa), calendar system, digits."""

    lang: str = "en"
    calendar: str = "gregorian"
    digits: str = "native"  # or "latin"


def prefs(settings: Any = None) -> DisplayPrefs:
    """``DisplayPrefs`` from a Workspace (``lang``), ``LocalSettings`` (``language``) or DisplayPrefs.

    Unknown values fall back to the defaults, so a damaged settings file never breaks a screen.
    """
    if isinstance(settings, DisplayPrefs):
        return settings
    if settings is None:
        return DisplayPrefs()
    lang = getattr(settings, "lang", None) or getattr(settings, "language", None) or "en"
    calendar = getattr(settings, "calendar", None) or "gregorian"
    digits = getattr(settings, "digits", None) or "native"
    return DisplayPrefs(
        lang_code(lang),
        calendar if calendar in calendars.SYSTEMS else "gregorian",
        "latin" if digits == "latin" else "native",
    )


# ---- text ----------------------------------------------------------------------------------------


def local_moment(moment: datetime, tz: tzinfo | None = None) -> datetime:
    """A stored moment in the user's zone (``tz``, else the computer's); naive values are UTC."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone(tz)


def digits(text: str, settings: Any = None) -> str:
    """``text`` with its digits in the user's script (native for ar/fa unless Latin was chosen).

    Also for translated sentences with a count: ``digits(QCoreApplication.translate("ListPage",
    "%Ln record(s)", "", n), workspace)``. Plural messages go through ``QCoreApplication.translate`` with
    the context spelled out, not ``self.tr(text, "", n)``: PySide6 6.12 looks those up under the
    subclass's name (ContactsPage) and misses what lupdate filed under the class holding the code.
    """
    p = prefs(settings)
    return to_native_digits(text, p.lang) if p.digits == "native" else to_latin_digits(text)


def format_count(value: int, settings: Any = None) -> str:
    """A count with thousands grouped, in the user's digits: ``1,234``, ``۱٬۲۳۴``, ``١٬٢٣٤``."""
    p = prefs(settings)
    return format_number(value, p.lang, "latin" if p.digits == "latin" else "native")


def format_date(value: date | datetime | None, settings: Any = None, *, style: str = "short", wrap: bool = True) -> str:
    """A day in the user's calendar: ``2024-04-03`` (en), ``۱۴۰۳/۰۱/۱۵`` (fa, Jalali), ``١٤٤٥/٠٩/٢٤``
    (ar, Hijri); ``style="long"`` spells the month (``15 فروردین 1403``). A datetime is shown as its
    day in the computer's zone. ``wrap`` isolates the text so it keeps its order in any row.
    """
    if value is None:
        return ""
    if isinstance(value, datetime):
        value = local_moment(value).date()
    p = prefs(settings)
    text = calendars.format_date(value, p.calendar, p.lang, "latin" if p.digits == "latin" else "native", style)
    if not wrap:
        return text
    return ltr(text) if style == "short" else isolate(text)


def format_time(moment: datetime, settings: Any = None, *, tz: tzinfo | None = None) -> str:
    """``14:30`` in the user's zone and digits (24-hour clock, as business software in the region uses)."""
    return digits(f"{local_moment(moment, tz):%H:%M}", settings)


def format_datetime(
    moment: datetime | None, settings: Any = None, *, tz: tzinfo | None = None, wrap: bool = True
) -> str:
    """Date and time of a stored moment in the user's zone, calendar and digits: ``۱۴۰۳/۰۱/۱۵ ۱۴:۳۰``.

    With ``wrap`` each part is a left-to-right isolate, so in a right-to-left row the date stands on
    the reading (right) side and the time after it, and neither part is ever reversed.
    """
    if moment is None:
        return ""
    local = local_moment(moment, tz)
    day = format_date(local.date(), settings, wrap=False)  # the day in ``tz``, not re-read in the computer's zone
    time = format_time(local, settings, tz=local.tzinfo)
    return f"{ltr(day)} {ltr(time)}" if wrap else f"{day} {time}"


def parse_date(text: str, settings: Any = None) -> date:
    """A typed ``year/month/day`` in the user's calendar, in any digits; InvalidCalendarDate says why not."""
    return calendars.parse_date(text, prefs(settings).calendar)


# ---- date fields and calendar popups ---------------------------------------------------------------


def qt_calendar(settings: Any = None) -> QCalendar:
    return QCalendar(QT_SYSTEMS[prefs(settings).calendar])


def ui_locale(settings: Any = None) -> QLocale:
    """The locale of the language (month and day names), as ``ui.language`` sets the default."""
    return QLocale(prefs(settings).lang)


def digit_locale(settings: Any = None) -> QLocale:
    """A locale that writes the user's digits: the language's own, or one with Latin digits."""
    p = prefs(settings)
    return QLocale(_LATIN_DIGIT_LOCALES[p.lang]) if p.digits == "latin" else QLocale(p.lang)


def edit_format(settings: Any = None, *, with_time: bool = False) -> str:
    """The display format of a date field, matching ``format_date``'s short style (year first)."""
    p = prefs(settings)
    text = "yyyy-MM-dd" if p.calendar == "gregorian" and p.lang == "en" else "yyyy/MM/dd"
    return text + " HH:mm" if with_time else text


class _AnyDigits(QObject):
    """Turns a typed Persian, Arabic-Indic or Latin digit into the digit the field's locale writes.

    Qt's date parser accepts only Latin digits and the locale's own, so without this a Persian user on
    an Arabic keyboard layout (or the reverse) could not type a date at all.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() != QEvent.Type.KeyPress or not isinstance(event, QKeyEvent):
            return False
        text = event.text()
        if len(text) != 1 or unicodedata.decimal(text, None) is None:
            return False
        zero = watched.locale().zeroDigit() if isinstance(watched, QWidget) else "0"
        wanted = chr(ord(zero) + unicodedata.decimal(text)) if len(zero) == 1 else text
        if wanted == text:
            return False
        key = Qt.Key(int(Qt.Key.Key_0) + unicodedata.decimal(text))
        # Straight to the widget's handler: event() does not pass through this filter again.
        watched.event(QKeyEvent(QEvent.Type.KeyPress, key, event.modifiers(), wanted))
        return True


def accept_any_digits(widget: QWidget) -> QWidget:
    """Let ``widget`` (a date or number field) take Latin, Persian and Arabic-Indic digits alike."""
    if widget.findChild(_AnyDigits) is None:
        widget.installEventFilter(_AnyDigits(widget))
    return widget


def setup_number_edit(edit: QAbstractSpinBox, settings: Any = None) -> Any:
    """A spin box that shows the user's digits and accepts any (minutes, quantities)."""
    edit.setLocale(digit_locale(settings))
    accept_any_digits(edit)
    return edit


def setup_calendar_widget(widget: QCalendarWidget, settings: Any = None) -> QCalendarWidget:
    """Calendar system, names, reading direction, first day of week and weekend of the user's locale."""
    p = prefs(settings)
    locale = ui_locale(p)
    widget.setCalendar(qt_calendar(p))
    widget.setLocale(locale)
    widget.setLayoutDirection(locale.textDirection())
    widget.setVerticalHeaderFormat(QCalendarWidget.VerticalHeaderFormat.NoVerticalHeader)  # Gregorian weeks
    region = locale.name()  # "fa_IR", "ar_EG", "en_US"
    first = calendars.first_day_of_week(region)
    widget.setFirstDayOfWeek(Qt.DayOfWeek(first + 1))  # date.weekday() 0 = Monday; Qt's Monday is 1
    weekend = calendars.weekend_days(region)
    for day in range(7):
        text_format = QTextCharFormat()
        if day in weekend:
            text_format.setForeground(WEEKEND_COLOUR)
        widget.setWeekdayTextFormat(Qt.DayOfWeek(day + 1), text_format)
    return widget


def setup_date_edit(edit: QDateTimeEdit, settings: Any = None, *, with_time: bool = False) -> QDateTimeEdit:
    """Make a QDateEdit/QDateTimeEdit show, accept and pick dates in the user's calendar and digits."""
    p = prefs(settings)
    # Direction before the format: Qt orders the sections for the direction current when it is set.
    edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
    edit.setLocale(digit_locale(p))
    edit.setCalendar(qt_calendar(p))
    edit.setDisplayFormat(edit_format(p, with_time=with_time))
    edit.setCalendarPopup(True)
    accept_any_digits(edit)
    popup = edit.calendarWidget()
    if popup is not None:
        setup_calendar_widget(popup, p)
    return edit
