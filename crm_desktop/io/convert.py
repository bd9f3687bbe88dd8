"""One row of cells -> one contact as the bulk importer takes it, following the column mapping.

Compiled once per import (column positions per field), then applied to every row: at 100,000 rows each
microsecond here is a tenth of a second. Values are read the way spreadsheets and phone exports write
them: several emails or phones in one cell (Google's " ::: ", ";"), labels such as "* Work" (the star
marks Google's primary entry), dates as ISO, D.M.YYYY, M/D/YYYY, Persian year/month/day, "--MM-DD" (no
year: stored as 1604, Apple's convention, and written back without a year), and country names.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, datetime
from typing import Any

from crm_desktop.services.contact_import import RejectedRow
from crm_desktop.text.calendars import InvalidCalendarDate, from_calendar
from crm_desktop.text.digits import to_latin_digits
from crm_desktop.text.normalize import normalize_for_search

from .mapping import ADDRESS_PARTS, Target

NO_YEAR = 1604  # Apple's placeholder year for a birthday without one (X-APPLE-OMIT-YEAR=1604)
_TEXT_FIELDS = ("display_name", "prefix", "given_name", "middle_name", "family_name", "company", "job_title",
                "notes", "source")  # fmt: skip
_SPLIT_EMAILS = re.compile(r"\s*(?::::|[;,\s])\s*")
_SPLIT_PHONES = re.compile(r"\s*(?::::|[;\n]| / )\s*")
_SPLIT_TAGS = re.compile(r"\s*(?::::|[,;،؛|\n])\s*")
_DATE = re.compile(r"(\d{1,4})\s*([./\-])\s*(\d{1,2})\s*\2\s*(\d{1,4})")
_NO_YEAR_DATE = re.compile(r"--(\d{2})-?(\d{2})")
_STAGES = {
    **{s: s for s in ("lead", "prospect", "customer", "vip", "inactive")},
    "client": "customer", "عميل": "customer", "زبون": "customer", "مشتری": "customer", "kunde": "customer",
    "عميل محتمل": "prospect", "مشتری بالقوه": "prospect", "مشتری احتمالی": "prospect", "interessent": "prospect",
    "سرنخ": "lead", "عميل متوقع": "lead", "غير نشط": "inactive", "غیرفعال": "inactive", "ویژه": "vip", "مميز": "vip",
}  # fmt: skip
_COUNTRIES = {
    "iran": "IR", "ایران": "IR", "إيران": "IR", "ir": "IR", "islamic republic of iran": "IR",
    "saudi arabia": "SA", "السعودية": "SA", "المملكة العربية السعودية": "SA", "عربستان": "SA", "ksa": "SA",
    "united arab emirates": "AE", "uae": "AE", "الإمارات": "AE", "الامارات العربية المتحدة": "AE", "امارات": "AE",
    "germany": "DE", "deutschland": "DE", "ألمانيا": "DE", "آلمان": "DE",
    "iraq": "IQ", "العراق": "IQ", "عراق": "IQ", "egypt": "EG", "مصر": "EG", "kuwait": "KW", "الكويت": "KW",
    "qatar": "QA", "قطر": "QA", "bahrain": "BH", "البحرين": "BH", "oman": "OM", "عمان": "OM", "jordan": "JO",
    "الأردن": "JO", "lebanon": "LB", "لبنان": "LB", "syria": "SY", "سوريا": "SY", "turkey": "TR", "türkiye": "TR",
    "ترکیه": "TR", "تركيا": "TR", "afghanistan": "AF", "افغانستان": "AF", "pakistan": "PK", "india": "IN",
    "united states": "US", "usa": "US", "united states of america": "US", "united kingdom": "GB", "uk": "GB",
    "great britain": "GB", "france": "FR", "austria": "AT", "österreich": "AT", "switzerland": "CH", "schweiz": "CH",
    "netherlands": "NL", "canada": "CA", "china": "CN", "russia": "RU", "italy": "IT", "spain": "ES",
}  # fmt: skip
_COUNTRIES = {normalize_for_search(k): v for k, v in _COUNTRIES.items()}
_STAGES = {normalize_for_search(k): v for k, v in _STAGES.items()}


@dataclass(frozen=True)
class ConvertOptions:
    date_order: str = "auto"  # auto (by value and separator) | dmy | mdy
    calendar: str = "auto"  # year-first dates before 1700: auto/jalali | hijri


def text_of(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, str):
        return value.strip()
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, datetime):
        return value.date().isoformat() if not (value.hour or value.minute or value.second) else value.isoformat()
    if isinstance(value, date):
        return value.isoformat()
    return str(value).strip()


def label_of(text: str) -> tuple[str, bool]:
    """A label as people and programs write it -> (our label, primary?): '* Work' -> ('work', True).

    Only whole known words are translated (Work, Mobile, _$!<Home>!$_, خانه, الجوال ...): a label someone
    typed ("Jeddah office") is kept as it is."""
    primary = text.startswith("*")
    shown = text.lstrip("* ").replace("_$!<", "").replace(">!$_", "").strip()
    key = normalize_for_search(shown)
    if not key:
        return "", primary
    if key in _NO_LABEL:
        return "", primary or key in ("pref", "preferred")
    if key in _LABELS:
        return _LABELS[key], primary
    if "fax" in key.split():
        return "fax", primary
    return shown[:50], primary


_NO_LABEL = {"main", "pref", "preferred", "internet", "voice", "x400", "smtp", "ex", "primary"}
_LABELS = {
    normalize_for_search(word): label
    for label, words in (
        ("fax", ("fax", "فاکس", "فاكس", "نمابر", "work fax", "home fax", "other fax")),
        ("mobile", ("mobile", "cell", "iphone", "handy", "mobil", "موبایل", "همراه", "تلفن همراه", "جوال", "الجوال",
                    "محمول", "المحمول", "موبايل", "الموبايل")),
        ("work", ("work", "business", "office", "company", "کار", "محل کار", "شرکت", "عمل", "العمل", "geschäftlich",
                  "dienstlich", "arbeit")),
        ("home", ("home", "personal", "private", "خانه", "منزل", "المنزل", "شخصی", "privat")),
        ("other", ("other", "دیگر", "سایر", "آخر", "أخرى", "غیره", "sonstige", "andere")),
    )
    for word in words
}  # fmt: skip


def country_code(text: str) -> str | None:
    if len(text) == 2 and text.isascii() and text.isalpha():
        return text.upper()
    return _COUNTRIES.get(normalize_for_search(text))


def parse_birthday(value: Any, options: ConvertOptions = ConvertOptions()) -> date | None:
    """A date from a cell; ValueError with a message saying what was expected."""
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    text = to_latin_digits(text_of(value))
    if not text or text in ("0/0/00", "0.0.00", "00.00.0000"):
        return None
    try:
        return date.fromisoformat(text[:10]) if len(text) >= 10 and text[4] == "-" else _parse_date_text(text, options)
    except ValueError:
        return _parse_date_text(text, options)


def _parse_date_text(text: str, options: ConvertOptions) -> date:
    no_year = _NO_YEAR_DATE.fullmatch(text)
    if no_year:
        return date(NO_YEAR, int(no_year.group(1)), int(no_year.group(2)))
    match = _DATE.fullmatch(text.split("T")[0].split(" ")[0])
    if not match:
        raise ValueError(f"{text!r} is not a date (write it as YYYY-MM-DD, DD.MM.YYYY or MM/DD/YYYY)")
    first, sep, middle, last = match.groups()
    a, b, c = int(first), int(middle), int(last)
    try:
        if len(first) == 4:  # year first: ISO-like, or a Persian / Hijri date before 1700
            if a < 1700:
                system = "hijri" if options.calendar == "hijri" else "jalali"
                return from_calendar(a, b, c, system)
            return date(a, b, c)
        year = c + (1900 if c >= 30 else 2000) if len(last) <= 2 else c
        order = options.date_order
        if order == "auto":
            order = "dmy" if a > 12 else "mdy" if b > 12 else ("mdy" if sep == "/" else "dmy")
        month, day = (a, b) if order == "mdy" else (b, a)
        return date(year, month, day)
    except (ValueError, InvalidCalendarDate) as exc:
        raise ValueError(f"{text!r} is not a valid date ({exc})") from None


class RowConverter:
    """Turns cells into a contact dict (or a RejectedRow saying why not), per the column targets."""

    def __init__(self, header: list[str], targets: list[Target], options: ConvertOptions | None = None):
        self.header, self.width = header, len(header)
        self.options = options or ConvertOptions()
        self.text = [(i, t.field) for i, t in enumerate(targets) if t.field in _TEXT_FIELDS]
        self.points: dict[str, list[tuple[int, str, int]]] = {"email": [], "phone": []}
        self.point_labels: dict[str, dict[int, int]] = {"email": {}, "phone": {}, "address": {}}
        self.addresses: dict[int, dict[str, list[int]]] = {}
        self.birthday = [i for i, t in enumerate(targets) if t.field == "birthday"]
        self.stage = [i for i, t in enumerate(targets) if t.field == "lifecycle_stage"]
        self.tags = [i for i, t in enumerate(targets) if t.field == "tags"]
        self.custom = [(i, t.field[7:]) for i, t in enumerate(targets) if t.field.startswith("custom:")]
        self.address_label_text: dict[int, str] = {}
        for i, t in enumerate(targets):
            if t.field in ("email", "phone"):
                self.points[t.field].append((i, t.label, t.group))
            elif t.field.endswith("_label"):
                self.point_labels[t.field[:-6]].setdefault(t.group, i)
            elif t.field in ADDRESS_PARTS:
                self.addresses.setdefault(t.group, {}).setdefault(t.field, []).append(i)
                if t.label:
                    self.address_label_text.setdefault(t.group, t.label)

    def column(self, index: int) -> str:
        return self.header[index] if index < self.width else f"Column {index + 1}"

    def convert(self, cells: list[Any]) -> dict[str, Any] | RejectedRow:
        problems: dict[str, str] = {}
        if len(cells) > self.width and any(text_of(c) for c in cells[self.width :]):
            problems["row"] = f"has {len(cells)} cells but the header has {self.width}: check delimiter and quotes"
        size = len(cells)
        row: dict[str, Any] = {}
        for i, field in self.text:  # text_of() inlined for str cells (CSV's only kind): six calls per row saved
            if i < size and (value := cell.strip() if type(cell := cells[i]) is str else text_of(cell)):
                row[field] = f"{row[field]} {value}" if field in row else value
        for kind, key, splitter in (("email", "address", _SPLIT_EMAILS), ("phone", "number", _SPLIT_PHONES)):
            items = []
            for i, label, group in self.points[kind]:
                if i >= size:
                    continue
                value = cell.strip() if type(cell := cells[i]) is str else text_of(cell)
                if not value:
                    continue
                label_column = self.point_labels[kind].get(group)
                label_text = text_of(cells[label_column]) if label_column is not None and label_column < size else ""
                own_label, primary = label_of(label_text) if label_text else (label, False)
                for part in splitter.split(value) if (":::" in value or ";" in value or "\n" in value) else [value]:
                    if part:
                        items.append({key: part, "label": own_label, "is_primary": primary and not items})
            if items:
                row[kind + "s"] = items
        # Each part below only when some column maps to it: an empty comprehension still costs per row.
        if self.addresses:
            addresses = [a for group, parts in self.addresses.items() if (a := self._address(group, parts, cells))]
            if addresses:
                row["addresses"] = addresses
        for i in self.birthday:
            if i < size and text_of(cells[i]):
                try:
                    birthday = parse_birthday(cells[i], self.options)
                except ValueError as exc:
                    problems[self.column(i)] = str(exc)
                else:
                    if birthday is not None:
                        row["birthday"] = birthday
        for i in self.stage:
            if i < size and (value := text_of(cells[i])):
                row["lifecycle_stage"] = _STAGES.get(normalize_for_search(value), value)
        if self.tags:
            tags = [t for i in self.tags if i < size for t in _SPLIT_TAGS.split(text_of(cells[i])) if _real_tag(t)]
            if tags:
                row["tags"] = tags
        if self.custom:
            custom = {key: cells[i] for i, key in self.custom if i < size and text_of(cells[i])}
            if custom:
                row["custom_fields"] = {
                    k: v if isinstance(v, int | float | date) else text_of(v) for k, v in custom.items()
                }
        return RejectedRow(problems) if problems else row

    def _address(self, group: int, parts: dict[str, list[int]], cells: list[Any]) -> dict[str, Any] | None:
        size = len(cells)
        values = {
            part: "\n".join(v for i in indexes if i < size and (v := text_of(cells[i])))
            for part, indexes in parts.items()
        }
        if not any(values.values()):
            return None
        country = values.pop("country", "")
        if country:
            code = country_code(country)
            if code:
                values["country"] = code
            else:  # an unknown country name is kept where a person will see it
                values["region"] = ", ".join(v for v in (values.get("region"), country) if v)
        label_column = self.point_labels["address"].get(group)
        label_text = text_of(cells[label_column]) if label_column is not None and label_column < size else ""
        label, primary = label_of(label_text) if label_text else (self.address_label_text.get(group, ""), False)
        return {**{k: v for k, v in values.items() if v}, "label": label, "is_primary": primary}


def _real_tag(tag: str) -> bool:
    """Google's system groups ('* myContacts', '* starred') are not the user's tags."""
    return bool(tag) and not tag.startswith("*") and tag.casefold() not in ("mycontacts", "my contacts")
