"""What the search index stores: one normalised (title, body) document per record, and its id.

A document's id encodes what it is: ``((entity_code * 2 + deleted) << 40) + record_id``, so each type and the
Trash are contiguous id ranges (db/search_index.py explains why). Built here, in one place, for the ORM
sync, bulk creation and rebuilds alike: the same record always gets the same document.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from functools import lru_cache
from typing import Any, NamedTuple

from sqlalchemy import Connection, select

from crm_desktop.text.normalize import normalize_for_search

from .models import Activity, Company, Contact, Document, EmailAddress, EmailMessage, Opportunity, PhoneNumber

ENTITY_CODES = {"contacts": 1, "companies": 2, "opportunities": 3, "activities": 4, "emails": 5, "documents": 6}
ENTITIES = tuple(ENTITY_CODES)
SHIFT = 40
MAX_TITLE = 2_000
MAX_BODY = 100_000  # characters of one document's body (a long PDF's text is searchable in its first part)
_HTML_TAG = re.compile(r"<[^>]*>")


def doc_id(entity: str, record_id: int, deleted: bool = False) -> int:
    return ((ENTITY_CODES[entity] * 2 + int(deleted)) << SHIFT) + record_id


def id_range(entity: str, deleted: bool = False) -> tuple[int, int]:
    low = (ENTITY_CODES[entity] * 2 + int(deleted)) << SHIFT
    return low, low + (1 << SHIFT) - 1


def record_id_of(document_id: int) -> int:
    return document_id & ((1 << SHIFT) - 1)


# ---- documents -------------------------------------------------------------------------------------------
class Doc(NamedTuple):  # a tuple: built a million times per rebuild and handed to executemany as it is
    id: int
    title: str
    body: str


_SHORT = 300


@lru_cache(maxsize=1 << 16)
def _fold_short(text: str) -> str:
    return normalize_for_search(text)


def fold(text: str | None) -> str:
    """``normalize_for_search``, remembered for short texts (subjects, titles, job titles repeat a lot)."""
    if not text:
        return ""
    return _fold_short(text) if len(text) < _SHORT else normalize_for_search(text[:MAX_BODY])


def _join(parts: Iterable[str | None]) -> str:
    return " ".join(f for f in (fold(p) for p in parts) if f)


_DIGIT_TABLE = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {
    ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")
}
_NON_DIGITS = re.compile("[^0-9]")
_PUNCTUATION = str.maketrans("", "", " +-().‐–/\u00a0")


def phone_terms(raw: str | None, e164: str | None) -> list[str]:
    """Digits a phone is found by, whatever format or digit script the query uses: the E.164 digits (country
    code included) and, when different, the typed digits without leading zeros (trunk or 00 prefix).
    (``digits_only`` semantics, written for speed: a rebuild calls this millions of times.)"""
    international = e164[1:] if e164 and e164[1:].isdigit() else _NON_DIGITS.sub("", e164 or "")
    typed = ""
    if raw:
        typed = raw.translate(_PUNCTUATION)  # the usual + - ( ) . / and spaces, without a regex
        if not typed.isdigit() or not typed.isascii():
            typed = _NON_DIGITS.sub("", raw.translate(_DIGIT_TABLE))
        typed = typed.lstrip("0")
    terms = [international] if international else []
    if typed and typed not in international:
        terms.append(typed)
    return terms


def contact_document(
    record_id: int,
    deleted: bool,
    name_search: str,
    display_name: str,
    name_parts: Sequence[str | None],
    job_title: str | None,
    company_search: str | None,
    notes: str | None,
    emails: Sequence[str],
    phones: Sequence[tuple[str | None, str | None]],
) -> Doc:
    """The one definition of a contact's document, used by the ORM sync, bulk creation and rebuilds.
    ``name_search``, ``company_search`` and ``emails`` (``address_norm``) are already normalised.
    (Written for speed: a rebuild makes a million of these.)"""
    body = [fold(part) for part in name_parts if part and part not in display_name]  # a typed display name
    if len(emails) == 1:  # most contacts: no sorting, no generator
        body.append(emails[0] if emails[0].isascii() else normalize_for_search(emails[0]))
    elif emails:
        body += sorted([e if e.isascii() else normalize_for_search(e) for e in emails])  # one canonical order
    if len(phones) == 1:
        terms = phone_terms(*phones[0])
        body += sorted(terms) if len(terms) > 1 else terms
    elif phones:
        body += sorted({term for raw, e164 in phones for term in phone_terms(raw, e164)})
    if job_title:
        body.append(fold(job_title))
    if company_search:
        body.append(company_search)
    if notes:
        body.append(fold(notes))
    return Doc(((_CONTACTS * 2 + deleted) << SHIFT) + record_id, name_search[:MAX_TITLE], " ".join(body)[:MAX_BODY])


_CONTACTS = ENTITY_CODES["contacts"]


def rows(conn: Connection, query: Any) -> list[tuple[Any, ...]]:
    """Plain tuples straight from the driver's cursor, on this connection and transaction: a rebuild reads
    millions of rows, and SQLAlchemy's result rows cost more than the reading. The query's values are our own
    ids and ranges, rendered as literals; only "is it set" is asked of the columns that would need a type."""
    sql = str(query.compile(dialect=conn.dialect, compile_kwargs={"literal_binds": True}))
    cursor = conn.connection.driver_connection.cursor()
    try:
        cursor.execute(sql)
        return cursor.fetchall()
    finally:
        cursor.close()


def _points(conn: Connection, owner: Any, ids: Sequence[int], span: tuple[int, int] | None) -> tuple[dict, dict]:
    """Emails (normalised) and phones (raw, e164) per owner id."""
    emails: dict[int, list[str]] = defaultdict(list)
    phones: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    e_owner = getattr(EmailAddress, owner)
    p_owner = getattr(PhoneNumber, owner)
    e_cond = e_owner.between(*span) if span else e_owner.in_(ids)
    p_cond = p_owner.between(*span) if span else p_owner.in_(ids)
    for owner_id, address in rows(conn, select(e_owner, EmailAddress.address_norm).where(e_cond)):
        emails[owner_id].append(address)
    for owner_id, raw, e164 in rows(conn, select(p_owner, PhoneNumber.raw, PhoneNumber.e164).where(p_cond)):
        phones[owner_id].append((raw, e164))
    return emails, phones


def _contacts(conn: Connection, ids: Sequence[int], span: tuple[int, int] | None) -> Build:
    cond = Contact.id.between(*span) if span else Contact.id.in_(ids)
    found = rows(
        conn,
        select(
            Contact.id,
            Contact.deleted_at,
            Contact.name_search,
            Contact.display_name,
            Contact.prefix,
            Contact.given_name,
            Contact.middle_name,
            Contact.family_name,
            Contact.job_title,
            Company.name_search,
            Contact.notes,
        )
        .outerjoin(Company, Company.id == Contact.company_id)
        .where(cond),
    )
    emails, phones = _points(conn, "contact_id", ids, span)

    def build() -> list[Doc]:
        return [
            contact_document(
                cid,
                deleted_at is not None,
                name_search or "",
                display_name or "",
                (prefix, given, middle, family),
                job,
                company,
                notes,
                emails.get(cid, ()),
                phones.get(cid, ()),
            )
            for cid, deleted_at, name_search, display_name, prefix, given, middle, family, job, company, notes in found
        ]

    return build


def _companies(conn: Connection, ids: Sequence[int], span: tuple[int, int] | None) -> Build:
    cond = Company.id.between(*span) if span else Company.id.in_(ids)
    found = rows(
        conn,
        select(
            Company.id, Company.deleted_at, Company.name_search, Company.industry, Company.website, Company.notes
        ).where(cond),
    )
    emails, phones = _points(conn, "company_id", ids, span)

    def build() -> list[Doc]:
        docs = []
        for cid, deleted_at, name_search, industry, website, notes in found:
            body = sorted(e if e.isascii() else normalize_for_search(e) for e in emails.get(cid, ()))
            body += sorted({term for raw, e164 in phones.get(cid, ()) for term in phone_terms(raw, e164)})
            body.append(_join((industry, website, notes)))
            docs.append(
                Doc(
                    doc_id("companies", cid, deleted_at is not None),
                    (name_search or "")[:MAX_TITLE],
                    " ".join(b for b in body if b)[:MAX_BODY],
                )
            )
        return docs

    return build


def _simple(model: Any, entity: str, title: Callable[[Any], Any], body: Callable[[Any], list[Any]]) -> Fetch:
    def fetch(conn: Connection, ids: Sequence[int], span: tuple[int, int] | None) -> Build:
        cond = model.id.between(*span) if span else model.id.in_(ids)
        columns = [model.id, model.deleted_at, *title(model), *body(model)]
        split = 2 + len(title(model))
        found = rows(conn, select(*columns).where(cond))
        return lambda: [
            Doc(
                doc_id(entity, row[0], row[1] is not None),
                _join(row[2:split])[:MAX_TITLE],
                _join(row[split:])[:MAX_BODY],
            )
            for row in found
        ]

    return fetch


def _emails(conn: Connection, ids: Sequence[int], span: tuple[int, int] | None) -> Build:
    m = EmailMessage
    cond = m.id.between(*span) if span else m.id.in_(ids)
    found = rows(
        conn,
        select(
            m.id, m.deleted_at, m.subject, m.from_address, m.to_addresses, m.cc_addresses, m.text_body, m.html_body
        ).where(cond),
    )

    def build() -> list[Doc]:
        docs = []
        for eid, deleted_at, subject, sender, to, cc, body, html in found:
            content = body or (_HTML_TAG.sub(" ", html[: MAX_BODY * 2]) if html else "")
            docs.append(
                Doc(
                    doc_id("emails", eid, deleted_at is not None),
                    fold(subject)[:MAX_TITLE],
                    _join((sender, to, cc, content[:MAX_BODY]))[:MAX_BODY],
                )
            )
        return docs

    return build


Build = Callable[[], list[Doc]]
Fetch = Callable[[Connection, Sequence[int], tuple[int, int] | None], Build]
# Each reads what the documents of some records need (on the caller's connection, in its transaction) and
# returns the pure-Python step that builds them. (Overlapping that step with the previous chunk's inserts on
# a helper thread was measured: no gain, the sqlite3 module holds the GIL for most of an executemany.)
FETCHERS: dict[str, Fetch] = {
    "contacts": _contacts,
    "companies": _companies,
    "opportunities": _simple(Opportunity, "opportunities", lambda m: [m.title], lambda m: [m.next_step, m.notes]),
    "activities": _simple(Activity, "activities", lambda m: [m.subject], lambda m: [m.body, m.outcome]),
    "emails": _emails,
    "documents": _simple(
        Document, "documents", lambda m: [m.title, m.file_name], lambda m: [m.extracted_text, m.notes]
    ),
}


def build_documents(
    conn: Connection, entity: str, ids: Sequence[int], span: tuple[int, int] | None = None
) -> list[Doc]:
    """The documents of ``entity`` records ``ids`` (or the id range ``span``) as they are now."""
    return FETCHERS[entity](conn, ids, span)()


MODELS = {
    "contacts": Contact,
    "companies": Company,
    "opportunities": Opportunity,
    "activities": Activity,
    "emails": EmailMessage,
    "documents": Document,
}
