"""Checking a record's custom field values against their definitions: pure, no database.

Kept apart from the definitions' service so imports and forms can check values without a session,
and so the rules for what a value may be sit in one short file: numbers are stored as numbers (typed
with Persian or Arabic digits or not), dates as ISO text, choices in their defined spelling.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping
from datetime import date, datetime
from decimal import Decimal
from typing import Any

from crm_desktop.text.normalize import normalize_for_search

from .dto import CustomFieldDTO
from .validation import FieldErrors, clean_text

MAX_TEXT_VALUE = 2000
_UNSET: Any = object()


def validate_custom_values(
    definitions: Iterable[CustomFieldDTO],
    values: Any,
    errors: FieldErrors,
    *,
    previous: Mapping[str, Any] | None = None,
) -> dict[str, Any]:
    """``values`` as they should be stored; problems go to ``errors`` as ``custom_fields.<key>``.

    Empty values (None, blank text) clear the field. Keys without a definition, and values equal to
    ``previous`` (what the record already holds), are kept as they are.
    """
    if values is None:
        return {}
    if not isinstance(values, Mapping):
        errors.add("custom_fields", "must map field keys to values")
        return {}
    by_key = {d.key: d for d in definitions}
    old = previous or {}
    cleaned: dict[str, Any] = {}
    for key, value in values.items():
        if not isinstance(key, str):
            errors.add("custom_fields", f"field key {key!r} must be text")
            continue
        field = f"custom_fields.{key}"
        definition = by_key.get(key)
        if key in old and type(old[key]) is type(value) and old[key] == value:
            cleaned[key] = value
        elif definition is None:
            kept = _as_json(value)
            if kept is _UNSET:
                errors.add(field, "cannot be stored: use text, a number or yes/no")
            else:
                cleaned[key] = kept
        else:
            result = _CHECKS[definition.field_type](definition, value, field, errors)
            if result is not None:
                cleaned[key] = result
    return cleaned


# ---- one check per field type: return the stored form, or None (empty, or an error was recorded) ----
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩۰۱۲۳۴۵۶۷۸۹٫٬−", "01234567890123456789.,-")
_NUMBER = re.compile(r"[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?")
_GROUPED = re.compile(r"[+-]?\d{1,3}(?:,\d{3})+(?:\.\d+)?")


def _check_number(_d: CustomFieldDTO, value: Any, field: str, errors: FieldErrors) -> int | float | None:
    if isinstance(value, str):
        text = value.strip().translate(_DIGITS)
        if not text:
            return None
        if _GROUPED.fullmatch(text):  # 1,234,567 (a comma elsewhere could be a decimal comma: refused)
            text = text.replace(",", "")
        if len(text) > 100 or not _NUMBER.fullmatch(text):
            errors.add(field, f"{value!r} is not a number")
            return None
        value = int(text) if text.lstrip("+-").isdigit() else float(text)
    elif isinstance(value, Decimal):
        value = int(value) if value.is_finite() and value == value.to_integral_value() else float(value)
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, int | float):
        errors.add(field, "must be a number")
    elif isinstance(value, float) and not math.isfinite(value):
        errors.add(field, "must be a finite number")
    elif abs(value) >= 2**63:
        errors.add(field, "is too large")
    else:
        return value
    return None


def _check_date(_d: CustomFieldDTO, value: Any, field: str, errors: FieldErrors) -> str | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        text = value.strip().translate(_DIGITS)
        for parse in (date.fromisoformat, lambda t: datetime.fromisoformat(t).date()):
            try:
                return parse(text).isoformat()
            except ValueError:
                continue
    errors.add(field, f"{value!r} is not a date (use YYYY-MM-DD)")
    return None


def _check_choice(definition: CustomFieldDTO, value: Any, field: str, errors: FieldErrors) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if value is None or (isinstance(value, str) and not value.strip()):
        return None
    if isinstance(value, str):
        text = value.strip()
        if text in definition.choices:
            return text
        # Typed on another keyboard or in another case (ي/ی, VIP/vip): the defined spelling is stored.
        folded = normalize_for_search(text)
        for choice in definition.choices:
            if normalize_for_search(choice) == folded:
                return choice
    shown = ", ".join(definition.choices[:10]) + (" …" if len(definition.choices) > 10 else "")
    errors.add(field, f"{value!r} is not one of the choices ({shown})")
    return None


def _check_text(_d: CustomFieldDTO, value: Any, field: str, errors: FieldErrors) -> str | None:
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)  # a code or number in a spreadsheet's text column
    return clean_text(value, field, MAX_TEXT_VALUE, errors)


_CHECKS: dict[str, Callable[[CustomFieldDTO, Any, str, FieldErrors], Any]] = {
    "text": _check_text,
    "number": _check_number,
    "date": _check_date,
    "choice": _check_choice,
}


def _as_json(value: Any) -> Any:
    """A value without a definition, if the JSON column can hold it (dates become ISO text); else _UNSET."""
    if value is None or isinstance(value, bool | int | str) or (isinstance(value, float) and math.isfinite(value)):
        return value
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, list | tuple):
        items = [_as_json(v) for v in value]
        return _UNSET if any(i is _UNSET for i in items) else items
    if isinstance(value, Mapping) and all(isinstance(k, str) for k in value):
        inner = {k: _as_json(v) for k, v in value.items()}
        return _UNSET if any(v is _UNSET for v in inner.values()) else inner
    return _UNSET
