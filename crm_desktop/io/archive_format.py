"""The archive's format, shared by the export (``archive.py``) and the restore (``archive_restore.py``).

CSV cells, reversibly: NULL is ``\\N``; a text starting with = + - @ tab, CR, ' or \\ gets a leading ' (so a
spreadsheet never runs it as a formula, and "\\N" the text differs from NULL), which the restore removes;
booleans are true/false, times ISO 8601 UTC, JSON columns JSON.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import JSON, BigInteger, Boolean, Date, Integer, LargeBinary, Numeric, Table

from crm_desktop.db.models.base import UTCDateTime

FORMAT = "rafiq-crm-archive"
FORMAT_VERSION = 1
NULL = "\\N"
_PREFIXED = ("=", "+", "-", "@", "\t", "\r", "'", "\\")
BATCH = 2_000


@dataclass(frozen=True)
class ArchiveSummary:
    path: str
    tables: dict[str, int]
    files: int


def encode_cell(value: Any) -> str:
    if value is None:
        return NULL
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict | list):
        text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    elif isinstance(value, str):
        text = value
    else:
        return str(value)
    return "'" + text if text.startswith(_PREFIXED) else text


def decode_cell(text: str, column: Any) -> Any:
    if text == NULL:
        return None
    if text.startswith("'"):
        text = text[1:]
    kind = column.type
    if isinstance(kind, Boolean):
        return text == "true"
    if isinstance(kind, Integer | BigInteger):
        return int(text)
    if isinstance(kind, UTCDateTime):
        return datetime.fromisoformat(text)
    if isinstance(kind, Date):
        return date.fromisoformat(text)
    if isinstance(kind, JSON):
        return json.loads(text)
    if isinstance(kind, Numeric):
        return Decimal(text)
    return text


def archive_columns(table: Table) -> list[Any]:
    return [c for c in table.c if not isinstance(c.type, LargeBinary)]
