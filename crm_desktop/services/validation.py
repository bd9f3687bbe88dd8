"""Field-level validation shared by all services: text limits, emails, phones, dates, money.

Every check names the field it failed on, so forms can show the message beside the field and
imports can report file, line and column.
"""

from __future__ import annotations

import functools
import re
from datetime import UTC, date, datetime
from typing import Any

import phonenumbers
from email_validator import EmailNotValidError, validate_email
from sqlalchemy import Boolean, Date, Integer, String, Text
from sqlalchemy.sql.schema import Column

from crm_desktop.db.models.base import UTCDateTime
from crm_desktop.errors import ValidationError
from crm_desktop.text.normalize import digits_only

# Large enough for any real note, small enough that a hostile file cannot bloat the database.
MAX_TEXT_CHARS = 200_000


class FieldErrors:
    """Collects errors so a form shows all of them at once, not one per save attempt."""

    def __init__(self) -> None:
        self.errors: dict[str, str] = {}

    def add(self, field: str, message: str) -> None:
        self.errors.setdefault(field, message)

    def raise_if_any(self) -> None:
        if self.errors:
            raise ValidationError(self.errors)


def clean_text(
    value: Any, field: str, max_chars: int | None, errors: FieldErrors, required: bool = False
) -> str | None:
    if value is None:
        text = ""
    elif isinstance(value, str):
        text = value.strip()
    else:
        errors.add(field, "must be text")
        return None
    if "\x00" in text:
        errors.add(field, "contains a NUL character, which cannot be stored")
        return None
    limit = max_chars or MAX_TEXT_CHARS
    if len(text) > limit:
        errors.add(field, f"is too long ({len(text):,} characters; at most {limit:,})")
        return None
    if required and not text:
        errors.add(field, "is required")
        return None
    return text or None


def _plain_text(value: Any, max_chars: int) -> str | None:
    """``value`` stripped if ``clean_text`` would accept it as it is (non-empty, short, no NUL), else None:
    the common case without the full check's branches (imports call this for every email and phone)."""
    if type(value) is str:
        text = value.strip()
        if text and len(text) <= max_chars and "\x00" not in text:
            return text
    return None


def clean_column_value(column: Column[Any], value: Any, field: str, errors: FieldErrors) -> Any:
    """Check ``value`` against the column's own type, length and nullability."""
    col_type = column.type
    required = not column.nullable and column.default is None
    if isinstance(col_type, String | Text):
        text = clean_text(value, field, getattr(col_type, "length", None), errors, required)
        return text if text is not None or column.nullable else ""
    if value is None or value == "":
        if required:
            errors.add(field, "is required")
        return None
    if isinstance(col_type, Boolean):
        if isinstance(value, bool):
            return value
        errors.add(field, "must be yes or no")
    elif isinstance(col_type, Integer):
        if isinstance(value, int) and not isinstance(value, bool):
            if abs(value) < 2**63:
                return value
            errors.add(field, "is too large")
        else:
            errors.add(field, "must be a whole number")
    elif isinstance(col_type, UTCDateTime):
        return parse_datetime(value, field, errors)
    elif isinstance(col_type, Date):
        return parse_date(value, field, errors)
    else:
        return value
    return None


def parse_date(value: Any, field: str, errors: FieldErrors) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value))
    except ValueError:
        errors.add(field, f"{value!r} is not a date (use YYYY-MM-DD)")
        return None


def parse_datetime(value: Any, field: str, errors: FieldErrors) -> datetime | None:
    if isinstance(value, str):
        try:
            value = datetime.fromisoformat(value)
        except ValueError:
            errors.add(field, f"{value!r} is not a date and time (use ISO 8601, e.g. 2026-01-31T09:30+03:30)")
            return None
    if not isinstance(value, datetime):
        errors.add(field, "must be a date and time")
        return None
    if value.tzinfo is None:
        errors.add(field, "needs a time zone")
        return None
    return value.astimezone(UTC)


# Plain dot-atom addresses with an LDH domain: by far the common case, and accepted without the
# (30 µs) full RFC check; anything else (quotes, IDN, odd TLDs) goes through email-validator.
# The local part and the domain are checked apart: an import's domains repeat, so each is matched once.
_SIMPLE_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(?:\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_SIMPLE_DOMAIN = re.compile(r"(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+[A-Za-z]{2,24}")
_SPECIAL_USE_TLDS = {"local", "localhost", "invalid", "test", "example", "onion", "arpa", "internal", "lan", "home"}
_SIMPLE_DOMAINS: dict[str, bool] = {}


def _simple_domain(domain: str) -> bool:
    known = _SIMPLE_DOMAINS.get(domain)
    if known is None:
        if len(_SIMPLE_DOMAINS) > 10_000:  # a file of random domains must not grow this without bound
            _SIMPLE_DOMAINS.clear()
        known = _SIMPLE_DOMAINS[domain] = bool(
            _SIMPLE_DOMAIN.fullmatch(domain) and domain.rsplit(".", 1)[-1].lower() not in _SPECIAL_USE_TLDS
        )
    return known


def normalize_email(address: Any, field: str, errors: FieldErrors) -> tuple[str, str] | None:
    """(address as typed, lower-cased search form), or None with an error recorded."""
    text = _plain_text(address, 320)
    if text is None:
        text = clean_text(address, field, 320, errors, required=True)
        if text is None:
            return None
    local, _, domain = text.rpartition("@")
    if len(local) <= 64 and len(text) <= 254 and _SIMPLE_LOCAL.fullmatch(local) and _simple_domain(domain):
        return text, text.lower()
    try:
        result = validate_email(text, check_deliverability=False)
    except EmailNotValidError as exc:
        errors.add(field, f"{text!r} is not a valid email address: {exc}")
        return None
    if len(result.local_part) > 64:  # RFC 5321: mail servers refuse longer local parts
        errors.add(field, f"{text!r} is not a valid email address: more than 64 characters before the @")
        return None
    return result.normalized, result.normalized.lower()


_PHONE_SEPARATORS = str.maketrans("", "", " -().\u00a0/")


def normalize_phone(raw: Any, field: str, region: str | None, errors: FieldErrors) -> tuple[str, str] | None:
    """(number as typed, E.164), or None with an error recorded. ``region`` parses national numbers."""
    text = _plain_text(raw, 64)
    if text is None:
        text = clean_text(raw, field, 64, errors, required=True)
        if text is None:
            return None
    # Written internationally (+CC…): accepted when its length is possible for the country, because numbering
    # plans open new ranges faster than the library's metadata follows and a CRM must never refuse a real
    # customer's number. Written nationally: must be valid, since "1234" is "possible" in variable-length plans.
    fast = _fast_international(text)
    if fast is not None:
        code, national = fast
        if _possible_length(code, len(national)):
            return text, f"+{code}{national}"  # what format_number(E164) gives for such a number
        number = None
    else:
        number = _parse_phone(text, region)
        international = text.lstrip().startswith(("+", "00"))
        if number is not None and (phonenumbers.is_valid_number(number) or (international and _possible(number))):
            return text, phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)
    hint = "" if region else " (include the country code, e.g. +98, or set the default phone region)"
    errors.add(field, f"{text!r} is not a valid phone number{hint}")
    return None


def _possible(number: phonenumbers.PhoneNumber) -> bool:
    # IS_POSSIBLE_LOCAL_ONLY (no area code) is not enough: such a number cannot be dialled from the CRM.
    return phonenumbers.is_possible_number_with_reason(number) == phonenumbers.ValidationResult.IS_POSSIBLE


@functools.lru_cache(maxsize=4096)
def _possible_length(code: int, length: int) -> bool:
    # The library's possible-number check looks only at the country code and the national number's length
    # (no leading zeros here), so one representative number per (code, length) answers for all of them.
    return _possible(phonenumbers.PhoneNumber(country_code=code, national_number=int("1" + "0" * (length - 1))))


def _parse_phone(text: str, region: str | None) -> phonenumbers.PhoneNumber | None:
    try:
        return phonenumbers.parse(text, region)
    except phonenumbers.NumberParseException:
        return None


def _fast_international(text: str) -> tuple[int, str] | None:
    """(country code, national digits) of '+CC NNN…' read directly (parse() costs 30 µs of regexes)."""
    compact = text.translate(_PHONE_SEPARATORS)
    if compact.startswith("00"):
        compact = "+" + compact[2:]
    if not compact.startswith("+") or not compact[1:].isdigit():
        return None
    digits = compact[1:] if compact.isascii() else digits_only(compact)
    if len(digits) != len(compact) - 1:
        return None  # digits of another kind ('²', other scripts) are left to the full parser
    size = _code_size(digits[:3])
    if size:
        national = digits[size:]
        if not national or national.startswith("0"):
            return None  # leading zeros (Italy) need the full parser
        return int(digits[:size]), national
    return None


@functools.lru_cache(maxsize=2048)
def _code_size(head: str) -> int:
    """How many of these first (up to three) digits are the country code; 0 if none is one."""
    for size in (1, 2, 3):
        if size <= len(head) and int(head[:size]) in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            return size
    return 0
