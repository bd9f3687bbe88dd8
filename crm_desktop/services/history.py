"""Who changed which field of a record, from what to what, and when (read from the audit log).

Also the office-wide recent changes, for admins. Both return frozen DTOs; the GUI never sees the ORM.
A contact's or company's emails, phones, addresses and tags are logged on the record's own rows as lists
(services/audit_points.py); here they become one line of text ("a@x.ir (work); b@x.ir"), an empty list None.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import AuditEntry, User
from crm_desktop.errors import ValidationError


@dataclass(frozen=True)
class FieldChange:
    field: str
    old: Any
    new: Any


@dataclass(frozen=True)
class HistoryEntry:
    id: int
    at: dt.datetime
    user_id: int | None
    user_name: str  # "" when unknown (a bulk import without a user, or a deleted user)
    entity: str
    entity_id: int
    action: str  # create, update, delete, restore, purge
    changes: tuple[FieldChange, ...]


LIST_FIELDS = frozenset({"emails", "phones", "addresses", "tags"})


def _value(field: str, value: Any) -> Any:
    if field in LIST_FIELDS and isinstance(value, list):
        return "; ".join(str(item) for item in value) or None
    return value


def _change(field: str, value: Any) -> FieldChange:
    old, new = value if isinstance(value, list) and len(value) == 2 else (None, value)
    return FieldChange(field, _value(field, old), _value(field, new))


def _entries(db: Database, query: Any) -> list[HistoryEntry]:
    query = query.add_columns(User.display_name).outerjoin(User, User.id == AuditEntry.user_id)
    with db.read() as session:
        rows = session.execute(query).all()
    out = []
    for entry, name in rows:
        changes = tuple(_change(key, value) for key, value in sorted((entry.changes or {}).items()))
        out.append(
            HistoryEntry(
                entry.id, entry.at, entry.user_id, name or "", entry.entity, entry.entity_id, entry.action, changes
            )
        )
    return out


def record_history(db: Database, entity: str, record_id: int, limit: int = 1_000) -> list[HistoryEntry]:
    """The record's changes, oldest first (the dialog reads it top to bottom like a story)."""
    if not entity or not isinstance(record_id, int) or record_id <= 0:
        raise ValidationError({"record": "choose a saved record to see its history"})
    query = (
        select(AuditEntry)
        .where(AuditEntry.entity == entity, AuditEntry.entity_id == record_id)
        .order_by(AuditEntry.id)
        .limit(limit)
    )
    return _entries(db, query)


def recent_changes(
    db: Database, *, limit: int = 200, before_id: int | None = None, user_id: int | None = None
) -> list[HistoryEntry]:
    """The office's newest changes first; page with ``before_id`` (the last id shown)."""
    if not 1 <= limit <= 10_000:
        raise ValidationError({"limit": "must be between 1 and 10,000"})
    query = select(AuditEntry).order_by(AuditEntry.id.desc()).limit(limit)
    if before_id is not None:
        query = query.where(AuditEntry.id < before_id)
    if user_id is not None:
        query = query.where(AuditEntry.user_id == user_id)
    return _entries(db, query)
