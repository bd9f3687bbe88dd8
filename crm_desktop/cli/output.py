"""Printing results for people (aligned text) and for scripts (``--json``)."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any

from crm_desktop.text import calendars
from crm_desktop.text.digits import to_native_digits


def to_jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): to_jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [to_jsonable(v) for v in value]
    if isinstance(value, datetime | date):
        return value.isoformat()
    if isinstance(value, Decimal | Path):
        return str(value)
    return value


# The --lang/--calendar of this run: readable output writes dates in that calendar and language's digits.
_display = {"lang": "en", "calendar": "gregorian"}


def set_display(lang: str | None, calendar: str | None) -> None:
    """Called once per command line; --json output stays ISO 8601 whatever is chosen here."""
    _display["lang"] = lang or "en"
    _display["calendar"] = calendar or ("jalali" if lang == "fa" else "gregorian")


def shown_date(value: date | datetime) -> str:
    """A date (or a moment, as its date and time in its own zone) for people, per --lang/--calendar."""
    lang, system = _display["lang"], _display["calendar"]
    if lang == "en" and system == "gregorian":
        return value.isoformat()
    day = value.date() if isinstance(value, datetime) else value
    text = calendars.format_date(day, system, lang)
    if not isinstance(value, datetime):
        return text
    offset = value.utcoffset()
    zone = "" if offset is None else " UTC" if not offset else f" {value:%z}"
    return f"{text} {to_native_digits(f'{value:%H:%M}', lang)}{zone}"


def _for_text(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: _for_text(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(k): _for_text(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_for_text(v) for v in value]
    return shown_date(value) if isinstance(value, datetime | date) else value


def emit(value: Any, as_json: bool, text: str | None = None) -> None:
    """``value`` as JSON on stdout, or ``text`` (default: a readable rendering of value)."""
    if as_json:
        json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(text if text is not None else render(value))


def render(value: Any, indent: str = "") -> str:
    data = to_jsonable(_for_text(value))
    if isinstance(data, dict):
        lines = []
        for key, item in data.items():
            if isinstance(item, dict | list) and item:
                lines.append(f"{indent}{key}:")
                lines.append(render(item, indent + "  "))
            else:
                lines.append(f"{indent}{key}: {'' if item in (None, [], {}) else item}")
        return "\n".join(lines)
    if isinstance(data, list):
        return "\n".join(render(item, indent) if isinstance(item, dict) else f"{indent}- {item}" for item in data)
    return f"{indent}{data}"


def table(rows: list[list[str]], headers: list[str]) -> str:
    widths = [max(len(str(r[i])) for r in [headers, *rows]) for i in range(len(headers))]
    line = lambda r: "  ".join(str(c).ljust(w) for c, w in zip(r, widths, strict=True)).rstrip()  # noqa: E731
    return "\n".join([line(headers), line(["-" * w for w in widths]), *(line(r) for r in rows)])
