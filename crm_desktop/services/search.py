"""Global search: one query over contacts, companies, deals, activities, emails and documents, grouped by type.

The query is folded with the same ``normalize_for_search`` as the index, split into tokens, and every token
must occur (as a substring, in the title or the body of a record's document). A token that looks like a
phone number also matches as bare digits without leading zeros, so ``+98 912 123 4567``, ``09121234567``
and ``۰۹۱۲۱۲۳۴۵۶۷`` find the same contact. Tokens shorter than three characters cannot use a trigram index:
a query made only of such tokens searches the names of contacts and companies (word starts) instead.

Nothing the user types is ever SQL or FTS syntax: trigrams are quoted FTS strings, LIKE patterns are
escaped, and queries are cut to a sane length, so any input gives results or none, never an error.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Connection, Select, case, func, or_, select

from crm_desktop.db import search_index as ix
from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Activity,
    Company,
    Contact,
    Document,
    EmailAddress,
    EmailMessage,
    Opportunity,
    PhoneNumber,
    email_contacts,
)
from crm_desktop.errors import ValidationError
from crm_desktop.text.normalize import digits_only, normalize_for_search

SEARCH_TYPES = ix.ENTITIES
DEFAULT_LIMIT = 8
MAX_LIMIT = 200
MAX_QUERY = 200  # characters of the normalised query that are used
MAX_TOKENS = 8
MAX_TRIGRAMS = 6  # per alternative: enough to narrow the candidates; instr()/LIKE makes the match exact
_PHONE_PUNCTUATION = set(" +-().‐–/")


@dataclass(frozen=True)
class SearchHit:
    entity: str  # one of SEARCH_TYPES
    id: int
    title: str  # as stored (not normalised): a name, a subject, a file's title
    subtitle: str  # data that tells equal titles apart: company, email, phone, sender, file name
    kind: str | None = None  # activity kind, deal status
    when: datetime | None = None  # activity, email and deal dates
    amount_minor: int | None = None
    currency: str | None = None
    contact_id: int | None = None  # who the record belongs to: what opening it shows when it has no list
    company_id: int | None = None
    deleted: bool = False


@dataclass(frozen=True)
class SearchGroup:
    entity: str
    hits: tuple[SearchHit, ...]
    more: bool  # more matches than shown


@dataclass(frozen=True)
class SearchResults:
    query: str
    groups: tuple[SearchGroup, ...]  # only types with hits, in SEARCH_TYPES order
    names_only: bool = False  # the query was too short for the index: names of contacts/companies searched

    @property
    def total(self) -> int:
        return sum(len(g.hits) for g in self.groups)

    def hits(self) -> list[SearchHit]:
        return [hit for group in self.groups for hit in group.hits]


# ---- the query -------------------------------------------------------------------------------------------
def _phone_like(token: str) -> bool:
    return sum(ch.isdigit() for ch in token) >= 3 and all(ch.isdigit() or ch in _PHONE_PUNCTUATION for ch in token)


def _alternatives(token: str) -> tuple[str, ...]:
    if _phone_like(token):
        digits = digits_only(token).lstrip("0")
        return tuple(dict.fromkeys(a for a in (digits, token) if a))
    return (token,)


def parse_query(query: str) -> tuple[tuple[str, ...], ...]:
    """Tokens to match, each a tuple of alternatives. A whole query that looks like a phone number (digits,
    spaces, + - ( ) . /) is one token: ``0912 123 4567`` is one number, not three."""
    cleaned = "".join(" " if unicodedata.category(ch)[0] in "CZ" else ch for ch in (query or "")[: MAX_QUERY * 4])
    text = normalize_for_search(cleaned)[:MAX_QUERY]
    if not text:
        return ()
    if _phone_like(text):
        return (_alternatives(text.replace(" ", "")),)
    tokens = list(dict.fromkeys(text.split(" ")))[:MAX_TOKENS]
    return tuple(_alternatives(t) for t in tokens)


def trigrams(term: str) -> list[str]:
    """A few trigrams covering ``term`` (every character at least once), evenly spread."""
    starts = list(range(0, len(term) - 2, 3))
    if starts and starts[-1] != len(term) - 3:
        starts.append(len(term) - 3)
    if len(starts) > MAX_TRIGRAMS:
        step = (len(starts) - 1) / (MAX_TRIGRAMS - 1)
        starts = [starts[round(i * step)] for i in range(MAX_TRIGRAMS)]
    return [term[i : i + 3] for i in starts]


def _indexable(alternatives: Sequence[str]) -> bool:
    return bool(alternatives) and all(len(a) >= 3 for a in alternatives)


def fts_expression(tokens: Sequence[Sequence[str]]) -> str:
    """The FTS5 MATCH text: each trigram a quoted string, so nothing typed is read as FTS syntax."""
    parts = []
    for alternatives in tokens:
        if _indexable(alternatives):
            options = [" AND ".join('"' + g.replace('"', '""') + '"' for g in trigrams(a)) for a in alternatives]
            parts.append("(" + " OR ".join(f"({o})" for o in options) + ")")
    return " AND ".join(parts)


def like_pattern(term: str, *, prefix: bool = False) -> str:
    """A LIKE pattern (backslash escapes, PostgreSQL's default and our ESCAPE on SQLite) matching ``term``."""
    escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return escaped + "%" if prefix else "%" + escaped + "%"


# ---- matching --------------------------------------------------------------------------------------------
def match(conn: Connection, tokens: Sequence[Sequence[str]], entity: str, deleted: bool, limit: int) -> list[int]:
    """Ids of up to ``limit`` records of ``entity`` whose document contains every token, newest first."""
    low, high = ix.id_range(entity, deleted)
    if conn.dialect.name == "sqlite":
        sql = [f"SELECT rowid FROM {ix.FTS_TABLE} WHERE {ix.FTS_TABLE} MATCH ? AND rowid BETWEEN ? AND ?"]
        params: list[Any] = [fts_expression(tokens), low, high]
        for alternatives in tokens:
            if len(alternatives) == 1 and len(alternatives[0]) == 3:
                continue  # a single trigram: the index match is already exact
            sql.append("AND (" + " OR ".join(["instr(title, ?) > 0 OR instr(body, ?) > 0"] * len(alternatives)) + ")")
            params.extend(a for a in alternatives for _ in range(2))
        sql.append("ORDER BY rowid DESC LIMIT ?")
    else:
        sql = [f"SELECT id FROM {ix.PG_TABLE} WHERE id BETWEEN %s AND %s"]
        params = [low, high]
        for alternatives in tokens:
            sql.append("AND (" + " OR ".join(["title LIKE %s OR body LIKE %s"] * len(alternatives)) + ")")
            params.extend(like_pattern(a) for a in alternatives for _ in range(2))
        sql.append("ORDER BY id DESC LIMIT %s")
    params.append(limit)
    return [ix.record_id_of(row[0]) for row in conn.exec_driver_sql(" ".join(sql), tuple(params))]


def match_names(conn: Connection, tokens: Sequence[Sequence[str]], entity: str, deleted: bool, limit: int) -> list[int]:
    """Short queries: contacts or companies whose normalised name has a word starting with every token."""
    model = Contact if entity == "contacts" else Company
    query = select(model.id).where(model.deleted_at.is_not(None) if deleted else model.deleted_at.is_(None))
    for alternatives in tokens:
        words = []
        for a in alternatives:
            words += [
                model.name_search.like(like_pattern(a, prefix=True), escape="\\"),
                model.name_search.like("% " + like_pattern(a, prefix=True), escape="\\"),
            ]
        query = query.where(or_(*words))
    return list(conn.execute(query.order_by(model.id.desc()).limit(limit)).scalars())


# ---- the service -----------------------------------------------------------------------------------------
class SearchService:
    def __init__(self, db: Database):
        self.db = db

    def search(
        self, query: str, types: Iterable[str] | None = None, *, limit: int = DEFAULT_LIMIT, trash: bool = False
    ) -> SearchResults:
        """Up to ``limit`` hits per type, newest first, names that start with the query ahead.
        ``trash=True`` searches the records in the Trash instead of the live ones."""
        wanted = list(SEARCH_TYPES if types is None else dict.fromkeys(types))
        unknown = [t for t in wanted if t not in SEARCH_TYPES]
        if unknown:
            raise ValidationError({"type": f"{', '.join(unknown)}: choose from {', '.join(SEARCH_TYPES)}"})
        limit = max(1, min(int(limit), MAX_LIMIT))
        tokens = parse_query(query)
        if not tokens:
            return SearchResults(query, ())
        names_only = not any(_indexable(t) for t in tokens)
        if names_only:
            wanted = [t for t in wanted if t in ("contacts", "companies")]
        groups = []
        with self.db.read() as session:
            conn = session.connection()
            for entity in wanted:
                finder = match_names if names_only else match
                ids = finder(conn, tokens, entity, trash, limit + 1)
                if ids:
                    hits = display_hits(conn, entity, ids[:limit])
                    groups.append(SearchGroup(entity, tuple(_ranked(hits, tokens[0][-1])), len(ids) > limit))
        return SearchResults(query, tuple(groups), names_only)


def _ranked(hits: list[SearchHit], first: str) -> list[SearchHit]:
    """Stable: titles starting with the first token, then with a word starting with it, then the rest."""

    def rank(hit: SearchHit) -> int:
        title = normalize_for_search(hit.title)
        return 0 if title.startswith(first) else 1 if f" {first}" in title else 2

    return sorted(hits, key=rank)


# ---- what a hit shows ------------------------------------------------------------------------------------
# Columns are labelled as SearchHit fields; s1..s4 are joined into the subtitle.
def _primary(model: Any, value: Any, owner: Any) -> Any:
    return select(value).where(owner).order_by(model.is_primary.desc(), model.position).limit(1).scalar_subquery()


def _contacts() -> Select[Any]:
    email = _primary(EmailAddress, EmailAddress.address, EmailAddress.contact_id == Contact.id)
    phone = _primary(PhoneNumber, PhoneNumber.raw, PhoneNumber.contact_id == Contact.id)
    c = Contact
    return select(
        c.id, c.display_name.label("title"), c.job_title.label("s1"), Company.name.label("s2"), email.label("s3"),
        phone.label("s4"), c.id.label("contact_id"), c.company_id, c.deleted_at,
    ).outerjoin(Company, Company.id == c.company_id)  # fmt: skip


def _companies() -> Select[Any]:
    phone = _primary(PhoneNumber, PhoneNumber.raw, PhoneNumber.company_id == Company.id)
    c = Company
    return select(
        c.id, c.name.label("title"), c.industry.label("s1"), c.website.label("s2"), phone.label("s3"),
        c.id.label("company_id"), c.deleted_at,
    )  # fmt: skip


def _linked(model: Any, *columns: Any) -> Select[Any]:
    """A record with the names of the contact and company it belongs to."""
    return (
        select(
            model.id,
            *columns,
            Contact.display_name.label("s2"),
            Company.name.label("s3"),
            model.contact_id,
            model.company_id,
            model.deleted_at,
        )
        .outerjoin(Contact, Contact.id == model.contact_id)
        .outerjoin(Company, Company.id == model.company_id)
    )


def _emails() -> Select[Any]:
    m = EmailMessage
    first_contact = select(func.min(email_contacts.c.contact_id)).where(email_contacts.c.email_id == m.id)
    other = case((m.direction == "in", m.from_address), else_=m.to_addresses)
    return select(
        m.id, func.coalesce(m.subject, "").label("title"), other.label("s1"), m.direction.label("kind"),
        func.coalesce(m.sent_at, m.created_at).label("when"), first_contact.scalar_subquery().label("contact_id"),
        m.company_id, m.deleted_at,
    )  # fmt: skip


_QUERIES: dict[str, Any] = {
    "contacts": _contacts,
    "companies": _companies,
    "opportunities": lambda: _linked(
        Opportunity,
        Opportunity.title.label("title"),
        Opportunity.status.label("kind"),
        Opportunity.amount_minor,
        Opportunity.currency,
    ),
    "activities": lambda: _linked(
        Activity,
        Activity.subject.label("title"),
        Activity.kind,
        func.coalesce(Activity.occurred_at, Activity.due_at, Activity.created_at).label("when"),
    ),
    "emails": _emails,
    "documents": lambda: _linked(
        Document,
        func.coalesce(func.nullif(Document.title, ""), Document.file_name).label("title"),
        Document.file_name.label("s1"),
        Document.created_at.label("when"),
    ),
}


def display_hits(conn: Connection, entity: str, ids: list[int]) -> list[SearchHit]:
    """Hits for ``ids`` in the same order, built from one query (ids gone meanwhile are left out)."""
    model = ix.MODELS[entity]
    found = {}
    for row in conn.execute(_QUERIES[entity]().where(model.id.in_(ids))):
        values = dict(row._mapping)
        parts = [values.pop(key) for key in ("s1", "s2", "s3", "s4") if key in values]
        values["deleted"] = values.pop("deleted_at") is not None
        if "when" in values:
            values["when"] = _aware(values["when"])
        found[values["id"]] = SearchHit(entity=entity, subtitle=" · ".join(str(p) for p in parts if p), **values)
    return [found[i] for i in ids if i in found]


def _aware(value: Any) -> datetime | None:
    """coalesce() loses the column type on SQLite (a string comes back): parse, and attach UTC if naive."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
