"""What every report needs besides its data: language, direction, calendar, digits, time zone, the
business name and logo, and formatters that write dates, times, numbers and money the user's way."""

from __future__ import annotations

import os
import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from datetime import time as time_of_day
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.db.engine import Database
from crm_desktop.services.settings import SettingsService
from crm_desktop.text.calendars import SYSTEMS, InvalidCalendarDate, format_date, parse_date
from crm_desktop.text.digits import format_number, lang_code, to_native_digits
from crm_desktop.text.money import UnknownCurrency, format_money

from .errors import ReportError
from .texts import tr

LANGS = ("en", "ar", "fa")
PAGE_SIZES = ("A4", "letter")


class ReportCancelled(ReportError):
    """The user cancelled; no file was written."""

    def __init__(self) -> None:
        super().__init__("the report was cancelled; no file was written")


@dataclass(frozen=True)
class ReportOptions:
    """How to print: ``digits`` native prints ۱۲۳ (fa) or ١٢٣ (ar); ``time_zone`` None is the computer's."""

    lang: str = "en"
    calendar: str = "gregorian"
    digits: Literal["native", "latin"] = "native"
    time_zone: str | None = None
    logo: str | Path | None = None
    page_size: str = "A4"
    now: datetime | None = None  # the print time (tests pin it)
    user_id: int | None = None  # acting user, for services that need one

    def checked(self) -> ReportOptions:
        if lang_code(self.lang) != self.lang or self.lang not in LANGS:
            raise ReportError(f"unknown report language {self.lang!r}; choose en, ar or fa")
        if self.calendar not in SYSTEMS:
            raise ReportError(f"unknown calendar {self.calendar!r}; choose {', '.join(SYSTEMS)}")
        if self.digits not in ("native", "latin"):
            raise ReportError("digits must be 'native' or 'latin'")
        if self.page_size not in PAGE_SIZES:
            raise ReportError(f"unknown page size {self.page_size!r}; choose A4 or letter")
        if self.now is not None and self.now.tzinfo is None:
            raise ReportError("the print time needs a time zone")
        return self


def local_zone_name() -> str:
    """The computer's IANA zone without Qt: ``TZ``, else the ``/etc/localtime`` link, else UTC.

    The GUI passes Qt's system zone instead (Windows has neither); the CLI takes ``--tz``.
    """
    candidates = [os.environ.get("TZ", "").lstrip(":")]
    try:
        link = os.path.realpath("/etc/localtime")
        if "zoneinfo/" in link:
            candidates.append(link.split("zoneinfo/", 1)[1])
    except OSError:
        pass
    for name in candidates:
        if name:
            try:
                ZoneInfo(name)
                return name
            except (ZoneInfoNotFoundError, ValueError):
                continue
    return "UTC"


@dataclass
class ReportContext:
    db: Database
    options: ReportOptions
    business_name: str = ""
    zone: ZoneInfo = field(default_factory=lambda: ZoneInfo("UTC"))
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    cancel_event: threading.Event | None = None

    @classmethod
    def create(cls, db: Database, options: ReportOptions, cancel: threading.Event | None = None) -> ReportContext:
        options = options.checked()
        name = options.time_zone or local_zone_name()
        try:
            zone = ZoneInfo(name)
        except (ZoneInfoNotFoundError, ValueError):
            raise ReportError(f"{name!r} is not a known time zone (e.g. Asia/Tehran)") from None
        business = SettingsService(db).all().get("business_name") or ""
        now = (options.now or datetime.now(UTC)).astimezone(zone)
        return cls(db, options, str(business), zone, now, cancel)

    @property
    def zone_name(self) -> str:
        return self.zone.key

    # ---- language -----------------------------------------------------------------------------------
    @property
    def lang(self) -> str:
        return self.options.lang

    @property
    def rtl(self) -> bool:
        return self.options.lang in ("ar", "fa")

    @property
    def base(self) -> Literal["L", "R"]:
        """Direction of the report's own prose (headings, labels): Arabic/Persian prose is always RTL."""
        return "R" if self.rtl else "L"

    def t(self, key: str, *args: object) -> str:
        return tr(key, self.lang, *args)

    def join(self, items: list[str] | tuple[str, ...]) -> str:
        return self.t("list_sep").join(item for item in items if item)

    # ---- numbers, dates, money ----------------------------------------------------------------------
    def digits(self, text: str) -> str:
        return to_native_digits(text, self.lang) if self.options.digits == "native" else text

    def number(self, value: int | float, decimals: int = 0) -> str:
        return format_number(value, self.lang, self.options.digits, decimals)

    def percent(self, value: int | float) -> str:
        """``10%``; Arabic and Persian use the Arabic percent sign ٪ (also with Latin digits)."""
        return self.number(value) + ("%" if self.lang == "en" else "\u066a")

    def local(self, moment: datetime) -> datetime:
        return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).astimezone(self.zone)

    def date(self, value: date | datetime | None, style: Literal["short", "long"] = "short") -> str:
        if value is None:
            return ""
        day = self.local(value).date() if isinstance(value, datetime) else value
        return format_date(day, self.options.calendar, self.lang, self.options.digits, style)

    def time(self, moment: datetime) -> str:
        return self.digits(f"{self.local(moment):%H:%M}")

    def datetime(self, moment: datetime | None) -> str:
        if moment is None:
            return ""
        return f"{self.date(moment)} {self.time(moment)}"

    def money(self, minor: int, currency: str) -> str:
        try:
            return format_money(minor, currency, self.lang, self.options.digits)
        except UnknownCurrency:
            return f"{self.number(minor)} {currency}"

    def size(self, size: int) -> str:
        if size < 1024:
            return self.t("bytes", self.number(size))
        if size < 1024 * 1024:
            return self.t("kb", self.number(size / 1024, 1))
        return self.t("mb", self.number(size / 1024 / 1024, 1))

    def parse_day(self, value: Any, what: str) -> date:
        """A filter date: a ``date``, or text written in the report's calendar (any digits), e.g. 1403/01/15."""
        if isinstance(value, datetime):
            return self.local(value).date()
        if isinstance(value, date):
            return value
        try:
            return parse_date(str(value), self.options.calendar)
        except InvalidCalendarDate as exc:
            raise ReportError(f"{what}: {exc}") from None

    def day_start(self, day: date) -> datetime:
        """Midnight at the start of ``day`` in the report's time zone (an aware datetime)."""
        return datetime.combine(day, time_of_day(0), tzinfo=self.zone)

    @property
    def today(self) -> date:
        return self.now.date()

    # ---- long work ----------------------------------------------------------------------------------
    def check_cancel(self) -> None:
        if self.cancel_event is not None and self.cancel_event.is_set():
            raise ReportCancelled()
