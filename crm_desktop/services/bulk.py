"""Bulk creation of contacts for imports and demo data: validated like a form, written like a loader.

The ORM's unit of work costs ~19x raw inserts (PLATFORM-NOTES.md); here every row is validated with the
same rules as ``ContactService`` and then written with Core ``executemany`` in one transaction, so an
import lands whole or not at all.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, func, insert, select

from crm_desktop.db.engine import Database
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import LIFECYCLE_STAGES, AuditEntry, Contact, EmailAddress, PhoneNumber, utcnow
from crm_desktop.db.models.base import new_uid
from crm_desktop.errors import ValidationError
from crm_desktop.text.normalize import normalize_for_search
from crm_desktop.text.sorting import sort_key

from .crud import SYSTEM_COLUMNS
from .custom_fields import definitions_for, validate_custom_values
from .dto import CustomFieldDTO
from .people import join_name_parts
from .settings import phone_region
from .validation import FieldErrors, clean_column_value, normalize_email, normalize_phone

BATCH = 5_000
_CONTACT_COLUMNS = {c.name: c for c in Contact.__table__.c if c.name not in SYSTEM_COLUMNS}


@dataclass(frozen=True)
class RowError:
    index: int  # position in the input (an importer maps it to the file's line)
    field: str
    message: str


@dataclass
class BulkResult:
    created_ids: list[int] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)

    @property
    def created(self) -> int:
        return len(self.created_ids)


@dataclass
class _Prepared:
    contact: dict[str, Any]
    emails: list[dict[str, Any]]
    phones: list[dict[str, Any]]


def prepare_contact(
    row: Mapping[str, Any], region: str | None, errors: FieldErrors, custom: list[CustomFieldDTO] | None = None
) -> _Prepared | None:
    """One input row checked with the contact form's rules; None (and ``errors``) if it cannot be saved."""
    contact: dict[str, Any] = {}
    emails, phones = [], []
    for name, value in row.items():
        if name == "emails":
            for i, item in enumerate(_as_list(value, "address")):
                checked = normalize_email(item.get("address"), f"emails[{i}]", errors)
                if checked:
                    emails.append(_point(item, i, address=checked[0], address_norm=checked[1]))
        elif name == "phones":
            for i, item in enumerate(_as_list(value, "number")):
                checked = normalize_phone(item.get("number"), f"phones[{i}]", region, errors)
                if checked:
                    phones.append(_point(item, i, raw=checked[0], e164=checked[1]))
        elif name == "custom_fields":
            contact[name] = validate_custom_values(custom or [], value, errors)
        elif name in _CONTACT_COLUMNS:
            contact[name] = clean_column_value(_CONTACT_COLUMNS[name], value, name, errors)
        else:
            errors.add(name, "is not a field of a contact")
    stage = contact.setdefault("lifecycle_stage", "lead") or "lead"
    if stage not in LIFECYCLE_STAGES:
        errors.add("lifecycle_stage", f"must be one of {', '.join(LIFECYCLE_STAGES)}")
    name = contact.get("display_name") or join_name_parts(contact)
    name = name or (emails[0]["address"] if emails else phones[0]["raw"] if phones else None)
    if not name and not errors.errors:
        errors.add("display_name", "a contact needs a name, an email address or a phone number")
    if errors.errors:
        return None
    _mark_primary(emails)
    _mark_primary(phones)
    contact["display_name"] = name
    contact["name_search"] = normalize_for_search(name)
    contact["sort_key"] = sort_key(name)
    contact.setdefault("is_private", False)
    contact.setdefault("custom_fields", {})
    return _Prepared(contact, emails, phones)


def bulk_create_contacts(
    db: Database,
    rows: Iterable[Mapping[str, Any]],
    *,
    user_id: int | None = None,
    skip_invalid: bool = True,
    progress: Callable[[int], bool] | None = None,
) -> BulkResult:
    """Validate every row, then insert the valid ones in one transaction.

    ``skip_invalid=False`` makes any invalid row abort the whole call (ValidationError naming the row).
    ``progress(done)`` is called per batch; returning False cancels and nothing is written.
    """
    result = BulkResult()
    with db.write(user_id) as session:
        region = phone_region(session)
        custom = definitions_for(session, "contacts")
        conn = session.connection()
        next_id = _next_id(conn)
        pending: list[_Prepared] = []
        for index, row in enumerate(rows):
            errors = FieldErrors()
            prepared = prepare_contact(row, region, errors, custom)
            if prepared is None:
                if not skip_invalid:
                    first = next(iter(errors.errors.items()))
                    raise ValidationError({f"row {index + 1}: {first[0]}": first[1]})
                result.errors.extend(RowError(index, f, m) for f, m in errors.errors.items())
                continue
            pending.append(prepared)
            if len(pending) >= BATCH:
                next_id = _write_batch(conn, pending, next_id, user_id, result)
                pending.clear()
                if progress is not None and progress(index + 1) is False:
                    raise BulkCancelled
        if pending:
            _write_batch(conn, pending, next_id, user_id, result)
    return result


class BulkCancelled(Exception):
    """The caller cancelled; raised inside the transaction so that nothing is written."""


def _next_id(conn: Connection) -> int | None:
    # Inside BEGIN IMMEDIATE nobody else can insert, so SQLite ids can be assigned up front and emails and
    # phones linked without RETURNING (which grows superlinearly). PostgreSQL uses its sequence.
    if conn.dialect.name != "sqlite":
        return None
    return (conn.scalar(select(func.max(Contact.id))) or 0) + 1


def _write_batch(
    conn: Connection, batch: list[_Prepared], next_id: int | None, user_id: int | None, result: BulkResult
) -> int | None:
    now = utcnow()
    via_bulk = {"via": "bulk"}
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": user_id, "updated_by_id": user_id}
    contacts = [{**p.contact, **stamp, "uid": new_uid()} for p in batch]
    if next_id is not None:
        ids = list(range(next_id, next_id + len(batch)))
        for contact, new_id in zip(contacts, ids, strict=True):
            contact["id"] = new_id
        insert_rows(conn, Contact.__table__, contacts)
        next_id += len(batch)
    else:
        returned = conn.execute(insert(Contact.__table__).returning(Contact.id, sort_by_parameter_order=True), contacts)
        ids = list(returned.scalars())
    emails = [{**e, "contact_id": cid} for p, cid in zip(batch, ids, strict=True) for e in p.emails]
    phones = [{**ph, "contact_id": cid} for p, cid in zip(batch, ids, strict=True) for ph in p.phones]
    if emails:
        insert_rows(conn, EmailAddress.__table__, emails)
    if phones:
        insert_rows(conn, PhoneNumber.__table__, phones)
    insert_rows(
        conn,
        AuditEntry.__table__,
        [
            {
                "at": now,
                "user_id": user_id,
                "entity": "contacts",
                "entity_id": cid,
                "action": "create",
                "changes": via_bulk,
            }
            for c, cid in zip(contacts, ids, strict=True)
        ],
    )
    result.created_ids.extend(ids)
    return next_id


def _as_list(value: Any, key: str) -> list[dict[str, Any]]:
    if value is None:
        return []
    if isinstance(value, str | dict):
        value = [value]
    return [{key: item} if isinstance(item, str) else dict(item) for item in value]


def _point(item: Mapping[str, Any], position: int, **values: Any) -> dict[str, Any]:
    return {
        "label": str(item.get("label") or "")[:50],
        "is_primary": bool(item.get("is_primary")),
        "position": position,
        **values,
    }


def _mark_primary(points: list[dict[str, Any]]) -> None:
    if points and not any(p["is_primary"] for p in points):
        points[0]["is_primary"] = True
