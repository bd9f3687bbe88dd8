"""Importing contacts: the bulk path plus a duplicate policy, a dry run, and an outcome for every row.

Rows come validated by ``bulk.prepare_contact`` (the contact form's rules) and are written by the bulk
writer in ONE transaction: cancel, a failure, or (in strict mode) any invalid row rolls everything back.

Duplicates are found with an exact, indexed lookup: same uid, same normalised email, or same E.164 phone
as a live contact, including contacts created earlier in the same import (the lookup runs inside the
import's own transaction, and within a batch an in-memory index covers rows not yet written). Policies:
``skip`` (keep what is there), ``update`` (fill the existing contact: given fields replace, emails, phones,
addresses and tags are added) and ``create`` (a new contact anyway).

A dry run does the whole import in a write transaction and rolls it back: its counts are exactly what the
real run will do.
"""

from __future__ import annotations

import gc
from array import array
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Contact, EmailAddress, PhoneNumber, PostalAddress, Tag
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.text.normalize import normalize_for_search
from crm_desktop.text.sorting import sort_key

from .bulk import BulkCancelled, BulkResult, Links, RowError, _next_id, _Prepared, _write_batch, prepare_contact
from .custom_fields import definitions_for
from .people import join_name_parts
from .settings import phone_region
from .validation import FieldErrors

POLICIES = ("skip", "update", "create")
BATCH = 2_000
MAX_KEPT_PROBLEMS = 10_000  # a garbage file must not fill memory with messages; the count stays exact
_NAME_PARTS = ("prefix", "given_name", "middle_name", "family_name")


@dataclass(frozen=True)
class Match:
    contact_id: int | None  # None: a row earlier in this batch (its id is known once it is written)
    reason: str
    batch_position: int = -1


@dataclass
class ImportOutcome:
    """What happened to each input row (by index); created rows are kept compactly as two int arrays."""

    created_index: array = field(default_factory=lambda: array("q"))
    created_ids: array = field(default_factory=lambda: array("q"))
    updated: list[tuple[int, int, str]] = field(default_factory=list)  # (index, contact id, why it matched)
    skipped: list[tuple[int, int, str]] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    failed: int = 0  # rows with at least one problem (errors may be capped)
    total: int = 0
    dry_run: bool = False

    @property
    def created(self) -> int:
        return len(self.created_ids)

    def counts(self) -> dict[str, int]:
        return {
            "rows": self.total,
            "created": self.created,
            "updated": len(self.updated),
            "skipped": len(self.skipped),
            "failed": self.failed,
        }


@dataclass(frozen=True)
class RejectedRow:
    """A row the reader could not turn into fields (ragged, an unreadable date): counted as failed."""

    errors: Mapping[str, str]


class ImportRejected(CrmError):
    """Strict mode: some rows are invalid, so nothing was written; ``outcome.errors`` says which."""

    def __init__(self, outcome: ImportOutcome):
        self.outcome = outcome
        super().__init__(f"{outcome.failed:,} of {outcome.total:,} rows have problems; nothing was imported")


class _DryRunDone(Exception):
    pass


def import_contacts(
    db: Database,
    rows: Iterable[Mapping[str, Any] | RejectedRow],
    *,
    user_id: int | None = None,
    on_duplicate: str = "skip",
    skip_invalid: bool = True,
    dry_run: bool = False,
    progress: Callable[[int], bool] | None = None,
) -> ImportOutcome:
    """Import ``rows`` (dicts as ``bulk_create_contacts`` takes them) in one transaction.

    ``skip_invalid=False``: any invalid row rejects the whole import (ImportRejected, listing every problem).
    ``progress(rows_done)`` after each batch; returning False cancels (BulkCancelled, nothing written).
    """
    if on_duplicate not in POLICIES:
        raise ValidationError({"on_duplicate": f"must be one of {', '.join(POLICIES)}"})
    outcome = ImportOutcome(dry_run=dry_run)
    try:
        with _no_automatic_gc(), db.write(user_id) as session, _import_page_cache(session.connection()):
            run = _Run(session, user_id, on_duplicate, outcome)
            pending: list[tuple[int, _Prepared, frozenset[str]]] = []
            for index, row in enumerate(rows):
                outcome.total += 1
                errors = FieldErrors()
                if isinstance(row, RejectedRow):
                    errors.errors.update(row.errors)
                    prepared = None
                else:
                    prepared = prepare_contact(row, run.region, errors, run.custom)
                if prepared is None:
                    outcome.failed += 1
                    if len(outcome.errors) < MAX_KEPT_PROBLEMS:
                        outcome.errors.extend(RowError(index, f, m) for f, m in errors.errors.items())
                    continue
                pending.append((index, prepared, frozenset(row)))
                if len(pending) >= BATCH:
                    run.flush(pending)
                    pending.clear()
                    if progress is not None and progress(index + 1) is False:
                        raise BulkCancelled
            if pending:
                run.flush(pending)
            if progress is not None and progress(outcome.total) is False:
                raise BulkCancelled
            if outcome.failed and not skip_invalid:
                raise ImportRejected(outcome)
            if dry_run:
                raise _DryRunDone
    except _DryRunDone:
        pass
    return outcome


IMPORT_CACHE_KIB = 256 * 1024


@contextmanager
def _import_page_cache(conn: Any) -> Iterator[None]:
    """SQLite: a 256 MB page cache for the import's transaction, back to the connection's own before commit.

    The rows, their indexes and the search index of 100k contacts outgrow the usual 64 MB within the one
    transaction, and SQLite then spills pages to the WAL and reads them back: 8-10 % of the import's CPU
    (measured interleaved, 100k rows; peak RSS 230 MB instead of 171 MB). The cache holds pages only as
    they are used, so a small import stays small, and the limit keeps a large one bounded. The limit is put
    back before the commit: lowering it frees only clean pages, the transaction's own are written as usual."""
    if conn.dialect.name != "sqlite":
        yield
        return
    before = conn.exec_driver_sql("PRAGMA cache_size").scalar()
    conn.exec_driver_sql(f"PRAGMA cache_size = -{IMPORT_CACHE_KIB}")
    try:
        yield
    finally:
        conn.exec_driver_sql(f"PRAGMA cache_size = {int(before)}")


@contextmanager
def _no_automatic_gc() -> Iterator[None]:
    """Automatic cyclic collection off while the import runs (restored after, if it was on).

    An import allocates millions of short-lived acyclic objects (dicts, tuples, strings) that reference
    counting frees; each of them still counts towards the collector's thresholds, so it walked the heap
    thousands of times: 3.2 s of 14 s CPU for 100k rows (measured). The GUI already runs with automatic
    collection off (ui/ops.py collects on the GUI thread), so this changes nothing there."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


class _Run:
    """One import's state inside its transaction."""

    def __init__(self, session: Session, user_id: int | None, policy: str, outcome: ImportOutcome):
        self.session, self.user_id, self.policy, self.outcome = session, user_id, policy, outcome
        self.conn = session.connection()
        self.region = phone_region(session)
        self.custom = definitions_for(session, "contacts")
        self.links = Links(session)
        self.next_id = _next_id(self.conn)

    def flush(self, pending: list[tuple[int, _Prepared, frozenset[str]]]) -> None:
        matches = find_matches(self.conn, [p for _, p, _ in pending]) if self.policy != "create" else []
        resolved: dict[int, int] = {}  # row index -> the contact it created, updated or was skipped for
        creates: list[tuple[int, _Prepared]] = []
        later: list[tuple[int, _Prepared, frozenset[str], Match]] = []
        for position, (index, prepared, given) in enumerate(pending):
            match = matches[position] if matches else None
            if match is None:
                creates.append((index, prepared))
            elif self.policy == "skip" and match.contact_id is not None:
                self.outcome.skipped.append((index, match.contact_id, match.reason))
                resolved[index] = match.contact_id
            else:  # an update, or a match with an earlier row of this batch (its id is known after the write)
                later.append((index, prepared, given, match))
        if creates:
            result = BulkResult()
            batch = [p for _, p in creates]
            self.next_id = _write_batch(self.conn, batch, self.next_id, self.user_id, result, self.links)
            for (index, _), contact_id in zip(creates, result.created_ids, strict=True):
                self.outcome.created_index.append(index)
                self.outcome.created_ids.append(contact_id)
                resolved[index] = contact_id
        to_update: list[tuple[int, _Prepared, frozenset[str], int, str]] = []
        for index, prepared, given, match in later:
            contact_id = match.contact_id or resolved.get(pending[match.batch_position][0])
            if self.policy == "skip" or contact_id is None:
                self.outcome.skipped.append((index, contact_id or 0, match.reason))
            else:
                to_update.append((index, prepared, given, contact_id, match.reason))
            if contact_id is not None:
                resolved[index] = contact_id
        if to_update:
            self._update(to_update)

    def _update(self, items: list[tuple[int, _Prepared, frozenset[str], int, str]]) -> None:
        ids = list(dict.fromkeys(contact_id for *_, contact_id, _ in items))
        query = (
            select(Contact)
            .where(Contact.id.in_(ids))
            .options(*(selectinload(getattr(Contact, r)) for r in ("emails", "phones", "addresses", "tags")))
        )
        loaded = {c.id: c for c in self.session.scalars(query)}
        for index, prepared, given, contact_id, reason in items:
            merge_into(self.session, loaded[contact_id], prepared, given, self.links)
            self.outcome.updated.append((index, contact_id, reason))
        self.session.flush()  # audited and versioned like an edit in the form


def find_matches(conn: Any, batch: list[_Prepared]) -> list[Match | None]:
    """For each prepared row: the live contact (or earlier row of the batch) it duplicates, if any."""
    flat = {
        "uid": [p.uid for p in batch if p.uid],
        "email": [e["address_norm"] for p in batch for e in p.emails],
        "phone": [e164 for p in batch for ph in p.phones if (e164 := ph["e164"])],
    }
    wanted = {kind: set(keys) for kind, keys in flat.items()}
    found = {kind: hits for kind, keys in wanted.items() if keys and (hits := _lookup(conn, kind, keys))}
    if not found and all(len(wanted[kind]) == len(keys) for kind, keys in flat.items()):
        return [None] * len(batch)  # the usual case: nothing known yet and no key twice in the batch
    keyed = [_keys(p) for p in batch]
    seen: dict[tuple[str, str], int] = {}
    result: list[Match | None] = []
    for position, keys in enumerate(keyed):
        match = None
        if found:
            for kind, key in keys:
                table = found.get(kind)
                if table and key in table:
                    match = Match(table[key], f"same {kind} {key} as contact {table[key]}")
                    break
        if match is None:
            for item in keys:
                if item in seen:
                    match = Match(None, f"same {item[0]} {item[1]} as an earlier row of this file", seen[item])
                    break
        for item in keys:
            seen.setdefault(item, position)
        result.append(match)
    return result


def _keys(p: _Prepared) -> list[tuple[str, str]]:
    """The row's duplicate keys in the order they are tried: uid, emails, phones."""
    keys = [("uid", p.uid)] if p.uid else []
    keys += [("email", e["address_norm"]) for e in p.emails]
    keys += [("phone", e164) for ph in p.phones if (e164 := ph["e164"])]
    return keys


_CHUNK = 2_000  # keys per IN list: few round trips, far below SQLite's and PostgreSQL's parameter limits
# The lookups as plain SQL through the driver: SQLAlchemy's expanding IN re-renders and re-processes 2,000
# parameters per query (a third of the lookup's time, measured). Table and column names are our own.
_LOOKUPS = {
    "uid": ("contacts", "uid", "id", " AND deleted_at IS NULL"),
    "email": ("email_addresses", "address_norm", "contact_id", ""),
    "phone": ("phone_numbers", "e164", "contact_id", ""),
}


def _lookup(conn: Any, kind: str, keys: set[str]) -> dict[str, int]:
    """key -> lowest live contact id having it, over the column's index.

    Most keys of an import match nothing, so the (rare) hits are checked for the Trash afterwards instead of
    joining every lookup with the contacts table."""
    table, key_column, id_column, live = _LOOKUPS[kind]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    hits: dict[str, list[int]] = {}
    ordered = sorted(keys)
    for start in range(0, len(ordered), _CHUNK):
        chunk = ordered[start : start + _CHUNK]
        sql = f"SELECT {key_column}, {id_column} FROM {table} WHERE {key_column} IN ({', '.join([mark] * len(chunk))})"
        for key, contact_id in conn.exec_driver_sql(sql + live, tuple(chunk)):
            if contact_id is not None:
                hits.setdefault(key, []).append(contact_id)
    if not hits:
        return {}
    candidates = sorted({i for ids in hits.values() for i in ids})
    alive: set[int] = set()
    for start in range(0, len(candidates), _CHUNK):
        chunk = candidates[start : start + _CHUNK]
        alive.update(conn.scalars(select(Contact.id).where(Contact.id.in_(chunk), Contact.deleted_at.is_(None))))
    return {key: min(live_ids) for key, ids in hits.items() if (live_ids := [i for i in ids if i in alive])}


def merge_into(session: Session, contact: Contact, p: _Prepared, given: frozenset[str], links: Links) -> None:
    """Given columns replace the contact's; new emails, phones, addresses and tags are added to its own."""
    old_parts_name = join_name_parts({k: getattr(contact, k) for k in _NAME_PARTS})
    for name, value in p.contact.items():
        if name in given and value is not None and name not in ("display_name", "custom_fields"):
            setattr(contact, name, value)
    if "custom_fields" in given and p.contact.get("custom_fields"):
        contact.custom_fields = {**(contact.custom_fields or {}), **p.contact["custom_fields"]}
    if "display_name" in given and p.contact.get("display_name"):
        name = p.contact["display_name"]
    elif given & set(_NAME_PARTS) and contact.display_name == old_parts_name:
        name = join_name_parts({k: getattr(contact, k) for k in _NAME_PARTS}) or contact.display_name
    else:
        name = contact.display_name
    if name != contact.display_name:
        contact.display_name, contact.name_search, contact.sort_key = name, normalize_for_search(name), sort_key(name)
    if p.company and "company_id" not in given:
        contact.company_id = links.company_id(p.company)
    if p.photo:
        contact.photo_sha256 = links.blob(p.photo)
    _add_points(contact.emails, p.emails, EmailAddress, lambda e: e["address_norm"], lambda e: e.address_norm)
    _add_points(contact.phones, p.phones, PhoneNumber, lambda ph: ph["e164"] or ph["raw"], lambda ph: ph.e164 or ph.raw)
    address_key = lambda a: tuple(a.get(k) if isinstance(a, dict) else getattr(a, k) for k in _ADDRESS_KEYS)  # noqa: E731
    _add_points(contact.addresses, p.addresses, PostalAddress, address_key, address_key)
    if p.tags:
        have = {t.id for t in contact.tags}
        for tag_id in links.tag_ids(p.tags):
            if tag_id not in have:
                contact.tags.append(session.get(Tag, tag_id))
                have.add(tag_id)


_ADDRESS_KEYS = ("street", "city", "region", "postal_code", "country")


def _add_points(existing: list[Any], incoming: list[dict[str, Any]], model: type, key_new: Any, key_old: Any) -> None:
    have = {key_old(point) for point in existing}
    for item in incoming:
        if key_new(item) in have:
            continue
        values = {k: v for k, v in item.items() if k not in ("is_primary", "position")}
        existing.append(model(**values, is_primary=not existing, position=len(existing)))
        have.add(key_new(item))
