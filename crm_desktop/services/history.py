"""Who changed which field of a record, from what to what, and when (read from the audit log).

Also the office-wide recent changes, for admins. Both return frozen DTOs; the GUI never sees the ORM.
A contact's or company's emails, phones, addresses and tags are logged on the record's own rows as lists
(services/audit_points.py); here they become one line of text ("a@x.ir (work); b@x.ir"), an empty list None.
Saves logged before that (an older database) are read from the email/phone/address rows' own "create" rows,
gathered by the parent id: the list after each save is known, removals that added nothing are not.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from types import SimpleNamespace
from typing import Any

from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import AuditEntry, Setting, User
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
_CHILD_TABLES = {"email_addresses": "emails", "phone_numbers": "phones", "postal_addresses": "addresses"}
_PARENT_KEYS = {"contacts": "contact_id", "companies": "company_id"}
_POINT_COLUMNS = ("address", "raw", "street", "postal_code", "city", "region", "country", "label", "position", "id")


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
    entries = _entries(db, query)
    if entity in _PARENT_KEYS:
        entries = _with_older_points(db, entity, record_id, entries)
    return entries


def _with_older_points(db: Database, entity: str, record_id: int, entries: list[HistoryEntry]) -> list[HistoryEntry]:
    """Add the contact points of saves logged before the record's rows carried them (see module docstring)."""
    from .audit_points import SINCE_KEY, point_text

    with db.read() as session:
        marker = session.get(Setting, SINCE_KEY)
    parent = AuditEntry.changes[(_PARENT_KEYS[entity], 1)].as_integer()
    query = select(AuditEntry).where(
        AuditEntry.entity.in_(list(_CHILD_TABLES)), AuditEntry.action == "create", parent == record_id
    )
    if marker is not None:  # later saves carry their lists on the record's own rows
        if entries and entries[0].id > int(marker.value.get("v") or 0):
            return entries  # the record is younger than the lists on its rows: nothing older to gather
        query = query.where(AuditEntry.id <= int(marker.value.get("v") or 0))
    saves: dict[tuple[Any, Any], list[HistoryEntry]] = {}
    for child in _entries(db, query.order_by(AuditEntry.id)):
        saves.setdefault((child.at, child.user_id), []).append(child)
    if not saves:
        return entries
    by_save = {(e.at, e.user_id): i for i, e in enumerate(entries)}
    before: dict[str, list[str]] = {}
    for (at, user), children in saves.items():
        after: dict[str, list[tuple[int, int, str]]] = {}
        for child in children:
            values = {name: None for name in _POINT_COLUMNS} | {c.field: c.new for c in child.changes}
            kind = _CHILD_TABLES[child.entity]
            item = point_text(kind, SimpleNamespace(**values))
            after.setdefault(kind, []).append((values["position"] or 0, child.entity_id, item))
        changes = []
        for kind, items in after.items():
            new = [text for _p, _i, text in sorted(items)]
            if new != before.get(kind, []):
                changes.append(FieldChange(kind, "; ".join(before.get(kind, [])) or None, "; ".join(new)))
            before[kind] = new
        if not changes:
            continue
        if (at, user) in by_save:
            index = by_save[(at, user)]
            entries[index] = replace(
                entries[index], changes=tuple(sorted((*entries[index].changes, *changes), key=lambda c: c.field))
            )
        else:
            first = children[0]
            entries.append(
                HistoryEntry(first.id, at, user, first.user_name, entity, record_id, "update", tuple(changes))
            )
    return sorted(entries, key=lambda e: e.id)


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
