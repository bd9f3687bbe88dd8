"""Printing results for people (aligned text) and for scripts (``--json``)."""

from __future__ import annotations

import dataclasses
import json
import sys
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path
from typing import Any


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


def emit(value: Any, as_json: bool, text: str | None = None) -> None:
    """``value`` as JSON on stdout, or ``text`` (default: a readable rendering of value)."""
    if as_json:
        json.dump(to_jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
        sys.stdout.write("\n")
    else:
        print(text if text is not None else render(value))


def render(value: Any, indent: str = "") -> str:
    data = to_jsonable(value)
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
