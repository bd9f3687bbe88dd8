"""What every report needs besides its data: language, direction, calendar, digits, time zone, the
business name and logo, and formatters that write dates, times, numbers and money the user's way."""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo
from pathlib import Path
from typing import Any, Literal
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from crm_desktop.db.engine import Database
from crm_desktop.services.settings import SettingsService
from crm_desktop.text.calendars import SYSTEMS, format_date
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


def local_zone() -> tzinfo:
    return datetime.now().astimezone().tzinfo or UTC


@dataclass
class ReportContext:
    db: Database
    options: ReportOptions
    business_name: str = ""
    zone: tzinfo = UTC
    now: datetime = field(default_factory=lambda: datetime.now(UTC))
    cancel_event: threading.Event | None = None

    @classmethod
    def create(cls, db: Database, options: ReportOptions, cancel: threading.Event | None = None) -> ReportContext:
        options = options.checked()
        if options.time_zone:
            try:
                zone: tzinfo = ZoneInfo(options.time_zone)
            except (ZoneInfoNotFoundError, ValueError):
                raise ReportError(f"{options.time_zone!r} is not a known time zone (e.g. Asia/Tehran)") from None
        else:
            zone = local_zone()
        name = SettingsService(db).all().get("business_name") or ""
        now = (options.now or datetime.now(UTC)).astimezone(zone)
        return cls(db, options, str(name), zone, now, cancel)

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

    # ---- long work ----------------------------------------------------------------------------------
    def check_cancel(self) -> None:
        if self.cancel_event is not None and self.cancel_event.is_set():
            raise ReportCancelled()


def describe(value: Any) -> str:
    return "" if value is None else str(value)
