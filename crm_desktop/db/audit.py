"""Stamps who/when on every saved record and writes the audit log (and the search index) in the same
transaction.

Done once here, at flush time, so no service can forget it: whatever the ORM writes is audited.
(Bulk imports that bypass the ORM write their own audit rows: services/bulk.py.)
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal
from typing import Any

from sqlalchemy import event, insert, inspect
from sqlalchemy.orm import Session

from . import search_index
from .models import AuditEntry, Blob, Record, utcnow

# Columns that change on every save and say nothing a person wants to read in a history.
_NOISE = {"version", "updated_at", "updated_by_id", "created_at", "created_by_id", "name_search", "sort_key", "uid"}


class AuditedSession(Session):
    """A session that knows the acting user (``info["user_id"]``) and audits its flushes."""

    @property
    def user_id(self) -> int | None:
        return self.info.get("user_id")


def jsonable(value: Any) -> Any:
    """A value as it can be stored in the JSON audit column."""
    if value is None or isinstance(value, bool | int | float | str):
        return value
    if isinstance(value, dt.datetime | dt.date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, bytes):
        return f"<{len(value)} bytes>"
    if isinstance(value, list | tuple):
        return [jsonable(v) for v in value]
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    return str(value)


@event.listens_for(AuditedSession, "before_flush")
def _stamp(session: AuditedSession, _ctx: object, _instances: object) -> None:
    now, user = utcnow(), session.user_id
    for obj in session.new:
        if isinstance(obj, Record):
            obj.created_at = obj.updated_at = now
            obj.created_by_id = obj.updated_by_id = user
    for obj in session.dirty:
        if isinstance(obj, Record) and session.is_modified(obj, include_collections=False):
            obj.updated_at = now
            obj.updated_by_id = user
    search_index.note_before_flush(session)


@event.listens_for(AuditedSession, "after_flush")
def _write_audit(session: AuditedSession, _ctx: object) -> None:
    now, user = utcnow(), session.user_id
    rows: list[dict[str, Any]] = []
    for obj in session.new:
        if _audited(obj):
            rows.append(_row(obj, "create", _snapshot(obj), now, user))
    for obj in session.dirty:
        if _audited(obj):
            changes = _changes(obj)
            if changes:
                rows.append(_row(obj, _update_action(changes), changes, now, user))
    for obj in session.deleted:
        if _audited(obj):
            rows.append(_row(obj, "purge", {}, now, user))
    if rows:
        session.connection().execute(insert(AuditEntry), rows)
    # The search index follows every change in the same transaction (db/search_index.py).
    search_index.sync_after_flush(session)


def _audited(obj: object) -> bool:
    return not isinstance(obj, AuditEntry | Blob) and hasattr(obj, "id")


def _row(obj: Any, action: str, changes: dict[str, Any], now: dt.datetime, user: int | None) -> dict[str, Any]:
    return {
        "at": now,
        "user_id": user,
        "entity": obj.__tablename__,
        "entity_id": obj.id,
        "action": action,
        "changes": changes,
    }


def _snapshot(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    return {
        attr.key: [None, jsonable(attr.value)]
        for attr in state.attrs
        if attr.key in state.mapper.columns and attr.key not in _NOISE and attr.value not in (None, "", {}, [])
    }


def _changes(obj: Any) -> dict[str, Any]:
    state = inspect(obj)
    changes: dict[str, Any] = {}
    for attr in state.attrs:
        if attr.key not in state.mapper.columns or attr.key in _NOISE:
            continue
        history = attr.history
        if history.has_changes() and history.deleted != history.added:
            old = history.deleted[0] if history.deleted else None
            new = history.added[0] if history.added else None
            if old != new:
                changes[attr.key] = [jsonable(old), jsonable(new)]
    return changes


def _update_action(changes: dict[str, Any]) -> str:
    if "deleted_at" in changes:
        return "delete" if changes["deleted_at"][1] is not None else "restore"
    return "update"
