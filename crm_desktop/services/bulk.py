"""Bulk creation of contacts for imports and demo data: validated like a form, written like a loader.

The ORM's unit of work costs ~19x raw inserts (PLATFORM-NOTES.md); here every row is validated with the
same rules as ``ContactService`` and then written with Core ``executemany`` in one transaction, so an
import lands whole or not at all.

Besides the contact's columns, emails and phones, a row may carry ``addresses`` (dicts as the form takes
them), ``tags`` (names, created when missing), ``company`` (a name: the live company of that name, else a
new one), ``photo`` (image bytes, stored once as a blob) and ``uid`` (kept when it is a UUID nobody uses
yet, so re-importing an exported vCard or archive keeps identities).
"""

from __future__ import annotations

import functools
import hashlib
import uuid
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import Connection, String, Text, func, insert, select
from sqlalchemy.orm import Session

from crm_desktop.db import search_index
from crm_desktop.db.engine import Database
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import (
    LIFECYCLE_STAGES,
    AuditEntry,
    Blob,
    Company,
    Contact,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    Tag,
    contact_tags,
    utcnow,
)
from crm_desktop.db.models.base import new_uid
from crm_desktop.errors import ValidationError
from crm_desktop.text.normalize import normalize_for_search
from crm_desktop.text.sorting import sort_key

from .crud import SYSTEM_COLUMNS
from .custom_fields import definitions_for, validate_custom_values
from .dto import CustomFieldDTO
from .people import join_name_parts
from .settings import phone_region
from .validation import (
    MAX_TEXT_CHARS,
    FieldErrors,
    clean_column_value,
    clean_text,
    normalize_email,
    normalize_phone,
)

BATCH = 5_000
_CONTACT_COLUMNS = {c.name: c for c in Contact.__table__.c if c.name not in SYSTEM_COLUMNS}
# Text columns and their limits: a non-empty, short enough string without NUL is what ``clean_column_value``
# would return as it is, so the common cell is checked inline (the full check runs for anything else).
_TEXT_LIMITS = {
    name: getattr(c.type, "length", None) or MAX_TEXT_CHARS
    for name, c in _CONTACT_COLUMNS.items()
    if isinstance(c.type, String | Text) and name not in ("addresses", "tags", "company", "photo", "uid")
}
_EMAIL_FIELDS = tuple(f"emails[{i}]" for i in range(32))
_PHONE_FIELDS = tuple(f"phones[{i}]" for i in range(32))
_ADDRESS_LIMITS = {"street": 500, "city": 200, "region": 200, "postal_code": 40}
MAX_PHOTO_BYTES = 5 * 1024 * 1024  # a contact picture; anything larger is not a photo from a phone book


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
    contact: dict[str, Any]  # every column of the contacts table (None where not given)
    emails: list[dict[str, Any]]
    phones: list[dict[str, Any]]
    addresses: list[dict[str, Any]] = field(default_factory=list)
    tags: list[tuple[str, str]] = field(default_factory=list)  # (name as written, search form)
    company: str | None = None  # a company name to link (found or created)
    photo: bytes | None = None
    uid: str | None = None


def prepare_contact(
    row: Mapping[str, Any], region: str | None, errors: FieldErrors, custom: list[CustomFieldDTO] | None = None
) -> _Prepared | None:
    """One input row checked with the contact form's rules; None (and ``errors``) if it cannot be saved."""
    contact: dict[str, Any] = {}
    emails, phones, extras = [], [], _Prepared({}, [], [])
    for name, value in row.items():
        limit = _TEXT_LIMITS.get(name)
        if limit is not None and type(value) is str:
            text = value.strip()
            if text and len(text) <= limit and "\x00" not in text:
                contact[name] = text
                continue
        if name == "emails":
            for i, (text, label, primary) in enumerate(_point_items(value, "address")):
                where = _EMAIL_FIELDS[i] if i < 32 else f"emails[{i}]"
                checked = normalize_email(text, where, errors)
                if checked:
                    emails.append(
                        {"label": label, "is_primary": primary, "position": i, "address": checked[0],
                         "address_norm": checked[1]}
                    )  # fmt: skip
        elif name == "phones":
            for i, (text, label, primary) in enumerate(_point_items(value, "number")):
                where = _PHONE_FIELDS[i] if i < 32 else f"phones[{i}]"
                checked = normalize_phone(text, where, region, errors)
                if checked:
                    phones.append(
                        {"label": label, "is_primary": primary, "position": i, "raw": checked[0], "e164": checked[1]}
                    )
        elif name == "custom_fields":
            contact[name] = validate_custom_values(custom or [], value, errors)
        elif name in ("addresses", "tags", "company", "photo", "uid"):
            _prepare_extra(extras, name, value, errors)
        elif name in _CONTACT_COLUMNS:
            contact[name] = clean_column_value(_CONTACT_COLUMNS[name], value, name, errors)
        else:
            errors.add(name, "is not a field of a contact")
    stage = contact["lifecycle_stage"] = contact.get("lifecycle_stage") or "lead"
    if stage not in LIFECYCLE_STAGES:
        errors.add("lifecycle_stage", f"must be one of {', '.join(LIFECYCLE_STAGES)}")
    name = contact.get("display_name") or join_name_parts(contact)
    name = name or (emails[0]["address"] if emails else phones[0]["raw"] if phones else None)
    if not name and not errors.errors:
        errors.add("display_name", "a contact needs a name, an email address or a phone number")
    if errors.errors:
        return None
    if emails:
        _mark_primary(emails)
    if phones:
        _mark_primary(phones)
    contact["display_name"] = name
    contact["name_search"], contact["sort_key"] = _name_keys(name)
    if contact.get("is_private") is None:
        contact["is_private"] = False
    if contact.get("custom_fields") is None:
        contact["custom_fields"] = {}
    if extras.addresses:
        _mark_primary(extras.addresses)
    extras.contact, extras.emails, extras.phones = contact, emails, phones
    return extras


@functools.lru_cache(maxsize=1 << 16)
def _name_keys(name: str) -> tuple[str, str]:
    """(search form, sort key) of a display name: names repeat a lot in a phone book (first names, families)."""
    folded = normalize_for_search(name)
    return folded, sort_key(name, folded)


def _prepare_extra(prepared: _Prepared, name: str, value: Any, errors: FieldErrors) -> None:
    """Addresses, tags, company name, photo bytes and uid of one row, checked like the form checks them."""
    if name == "addresses":
        for i, item in enumerate(_as_list(value, "street")):
            parts = {k: clean_text(item.get(k), f"addresses[{i}].{k}", n, errors) for k, n in _ADDRESS_LIMITS.items()}
            country = clean_text(item.get("country"), f"addresses[{i}].country", 2, errors)
            if country and not (country.isascii() and country.isalpha()):
                errors.add(f"addresses[{i}].country", "must be a two-letter ISO country code, e.g. IR, SA, DE")
            if any(parts.values()) or country:
                country = country.upper() if country else None
                prepared.addresses.append(_point(item, i, **parts, country=country))
    elif name == "tags":
        seen: set[str] = set()
        for i, tag in enumerate([value] if isinstance(value, str) else value or []):
            text = clean_text(tag, f"tags[{i}]", 100, errors)
            key = normalize_for_search(text)
            if text and key and key not in seen:
                seen.add(key)
                prepared.tags.append((text, key))
    elif name == "company":
        prepared.company = clean_text(value, "company", 300, errors)
    elif name == "photo":
        if value is not None and not isinstance(value, bytes):
            errors.add("photo", "must be image bytes")
        elif value and len(value) > MAX_PHOTO_BYTES:
            errors.add("photo", f"is {len(value):,} bytes; at most {MAX_PHOTO_BYTES:,}")
        else:
            prepared.photo = value or None
    elif name == "uid" and isinstance(value, str):
        try:  # anything but a UUID (a phone's own ids) is not ours to keep: the contact gets a new one
            prepared.uid = str(uuid.UUID(value.strip().removeprefix("urn:uuid:")))
        except ValueError:
            prepared.uid = None


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
        links = Links(session)
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
                next_id = _write_batch(conn, pending, next_id, user_id, result, links)
                pending.clear()
                if progress is not None and progress(index + 1) is False:
                    raise BulkCancelled
        if pending:
            _write_batch(conn, pending, next_id, user_id, result, links)
    return result


class BulkCancelled(Exception):
    """The caller cancelled; raised inside the transaction so that nothing is written."""


def _next_id(conn: Connection) -> int | None:
    # Inside BEGIN IMMEDIATE nobody else can insert, so SQLite ids can be assigned up front and emails and
    # phones linked without RETURNING (which grows superlinearly). PostgreSQL uses its sequence.
    if conn.dialect.name != "sqlite":
        return None
    return (conn.scalar(select(func.max(Contact.id))) or 0) + 1


class Links:
    """Finds or creates what imported rows refer to by name (companies, tags) or content (photos), once each.

    Lives for one transaction: what it created is visible to later batches of the same import."""

    def __init__(self, session: Session):
        self.session = session
        self.conn = session.connection()
        self.companies: dict[str, int] = {}
        self.tags: dict[str, int] = {}
        self.blobs: set[str] = set()

    def company_id(self, name: str) -> int:
        key = normalize_for_search(name)
        if key not in self.companies:
            found = self.conn.scalar(
                select(Company.id).where(Company.name_search == key, Company.deleted_at.is_(None)).order_by(Company.id)
            )
            if found is None:  # through the ORM: audited and indexed like a company made in the form
                company = Company(name=name, name_search=key, sort_key=sort_key(name), custom_fields={})
                self.session.add(company)
                self.session.flush()
                found = company.id
            self.companies[key] = found
        return self.companies[key]

    def tag_ids(self, tags: list[tuple[str, str]]) -> list[int]:
        missing = [key for _, key in tags if key not in self.tags]
        if missing:
            query = select(Tag.name_search, Tag.id).where(Tag.name_search.in_(missing))
            self.tags.update({key: tag_id for key, tag_id in self.conn.execute(query)})
        for name, key in tags:
            if key not in self.tags:
                statement = insert(Tag.__table__).returning(Tag.id)
                self.tags[key] = self.conn.execute(statement, {"name": name, "name_search": key}).scalar_one()
        return [self.tags[key] for _, key in tags]

    def blob(self, data: bytes) -> str:
        digest = hashlib.sha256(data).hexdigest()
        if digest not in self.blobs:
            if self.conn.scalar(select(func.count()).select_from(Blob).where(Blob.sha256 == digest)) == 0:
                insert_rows(self.conn, Blob.__table__, [{"sha256": digest, "size": len(data), "data": data}])
            self.blobs.add(digest)
        return digest

    def free_uids(self, wanted: list[str]) -> set[str]:
        """The uids among ``wanted`` that no contact has yet (used ones are replaced by new uids)."""
        used: set[str] = set()
        for start in range(0, len(wanted), 500):
            chunk = wanted[start : start + 500]
            used.update(self.conn.scalars(select(Contact.uid).where(Contact.uid.in_(chunk))))
        return set(wanted) - used


def _write_batch(
    conn: Connection,
    batch: list[_Prepared],
    next_id: int | None,
    user_id: int | None,
    result: BulkResult,
    links: Links,
) -> int | None:
    now = utcnow()
    via_bulk = {"via": "bulk"}
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": user_id, "updated_by_id": user_id}
    wanted = [p.uid for p in batch if p.uid]
    free = links.free_uids(wanted) if wanted else set()
    contacts = []
    for p in batch:  # the prepared dicts are this batch's own: completed in place, not copied
        uid = p.uid if p.uid in free else new_uid()
        free.discard(uid)  # the same uid twice in one file: the second row gets a new one
        contact = p.contact
        contact.update(stamp)
        contact["uid"] = uid
        if p.company and contact.get("company_id") is None:
            contact["company_id"] = links.company_id(p.company)
        if p.photo:
            contact["photo_sha256"] = links.blob(p.photo)
        contacts.append(contact)
    _same_keys(contacts)
    if next_id is not None:
        ids = list(range(next_id, next_id + len(batch)))
        for contact, new_id in zip(contacts, ids, strict=True):
            contact["id"] = new_id
        insert_rows(conn, Contact.__table__, contacts)
        next_id += len(batch)
    else:
        returned = conn.execute(insert(Contact.__table__).returning(Contact.id, sort_by_parameter_order=True), contacts)
        ids = list(returned.scalars())
    emails, phones = [], []
    for p, cid in zip(batch, ids, strict=True):
        for point in p.emails:
            point["contact_id"] = cid
        for point in p.phones:
            point["contact_id"] = cid
        emails += p.emails
        phones += p.phones
    if emails:
        insert_rows(conn, EmailAddress.__table__, emails)
    if phones:
        insert_rows(conn, PhoneNumber.__table__, phones)
    addresses = [{**a, "contact_id": cid} for p, cid in zip(batch, ids, strict=True) for a in p.addresses]
    if addresses:
        insert_rows(conn, PostalAddress.__table__, addresses)
    tagged = [(p, cid) for p, cid in zip(batch, ids, strict=True) if p.tags]
    if tagged:
        links_rows = [{"contact_id": cid, "tag_id": t} for p, cid in tagged for t in links.tag_ids(p.tags)]
        insert_rows(conn, contact_tags, links_rows)
    search_index.index_new_contacts(conn, ids, contacts, emails, phones)  # same transaction: found at once
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


def _same_keys(rows: list[dict[str, Any]]) -> None:
    """One executemany needs the same keys in every row: the batch's union, None where a row has none.

    Only the columns some row gives are inserted (about 10 of the 25), which keeps the insert fast."""
    keys = set(rows[0])
    if all(len(row) == len(keys) for row in rows) and all(keys.issuperset(row) for row in rows):
        return
    for row in rows:
        keys.update(row)
    for row in rows:
        for key in keys.difference(row):
            row[key] = None


def _point_items(value: Any, key: str) -> list[tuple[Any, str, bool]]:
    """(value, label, is primary) of each email or phone as ``_as_list`` and ``_point`` read them, without
    copying each item into new dicts (a hot path: every row of an import has a few)."""
    if value is None:
        return []
    if isinstance(value, (str, dict)):  # a tuple: ``str | dict`` would build a union object per call
        value = [value]
    items = []
    for item in value:
        if isinstance(item, str):
            items.append((item, "", False))
        else:
            if type(item) is not dict and not isinstance(item, Mapping):
                item = dict(item)  # pairs, as ``_as_list`` took them
            label = item.get("label")
            items.append((item.get(key), str(label)[:50] if label else "", bool(item.get("is_primary"))))
    return items


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
