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

import re
import sqlite3
import unicodedata
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from typing import Any
from weakref import WeakKeyDictionary

from sqlalchemy import Connection, Engine
from sqlalchemy.orm import Session

from crm_desktop.db import search_index as ix
from crm_desktop.db.engine import Database
from crm_desktop.db.search_docs import fold
from crm_desktop.errors import DatabaseBusyError, DatabaseError, ValidationError
from crm_desktop.text.normalize import digits_only, normalize_for_search

from .privacy import sql_fragment

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
    """A phone-like token also matches as bare digits without leading zeros (unless that leaves fewer than
    three, which no trigram index can look up: "050" is then only itself)."""
    if _phone_like(token):
        digits = digits_only(token).lstrip("0")
        return tuple(dict.fromkeys(a for a in (digits, token) if len(a) >= min(3, len(token))))
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


# ---- SQL ------------------------------------------------------------------------------------------------
# One statement per search: for each wanted type, the hits' display columns for the ids a subquery picks
# (the index match, newest first, limit + 1), glued with UNION ALL. Built from constant fragments and
# placeholders only; every value the user typed is a bound parameter.
_TEXT, _INT = "CAST(NULL AS VARCHAR)", "CAST(NULL AS BIGINT)"
# Column slots of a hit row; typed NULLs where a type has nothing to show (PostgreSQL types UNION columns).
_SLOTS = {"id": "x.id", "title": _TEXT, "s1": _TEXT, "s2": _TEXT, "s3": _TEXT, "s4": _TEXT, "kind": _TEXT,
          "at": "CAST(NULL AS TIMESTAMP)", "amount": _INT, "currency": _TEXT, "contact_id": _INT,
          "company_id": _INT, "deleted": "x.deleted_at IS NOT NULL"}  # fmt: skip
_TABLES = {"emails": "email_messages"}  # search type -> table, where they differ
# @alias@ marks where a linked record's privacy condition goes (its name and id are NULL for one the user may
# not see): filled in by _display, in text order, which is also the order of its parameters.
_LINKED = "LEFT JOIN contacts lc ON lc.id = x.contact_id@lc@ LEFT JOIN companies lo ON lo.id = x.company_id@lo@"
_LINKED_TABLES = {"co": "companies", "lc": "contacts", "lo": "companies"}
_MARK = re.compile(r"@(\w+)@")


def _primary(value: str, table: str, owner: str) -> str:
    return f"(SELECT {value} FROM {table} p WHERE p.{owner} = x.id ORDER BY p.is_primary DESC, p.position LIMIT 1)"


def _select(entity: str, source: str, **columns: str) -> str:
    return f"SELECT '{entity}', " + ", ".join(columns.get(k, v) for k, v in _SLOTS.items()) + f" FROM {source}"


_DISPLAY = {
    "contacts": _select(
        "contacts", "contacts x LEFT JOIN companies co ON co.id = x.company_id@co@", title="x.display_name",
        s1="x.job_title", s2="co.name", s3=_primary("address", "email_addresses", "contact_id"),
        s4=_primary("raw", "phone_numbers", "contact_id"), contact_id="x.id", company_id="co.id",
    ),
    "companies": _select(
        "companies", "companies x", title="x.name", s1="x.industry", s2="x.website",
        s3=_primary("raw", "phone_numbers", "company_id"), company_id="x.id",
    ),
    "opportunities": _select(
        "opportunities", f"opportunities x {_LINKED}", title="x.title", s1="lc.display_name", s2="lo.name",
        kind="x.status", amount="x.amount_minor", currency="x.currency", contact_id="lc.id", company_id="lo.id",
    ),
    "activities": _select(
        "activities", f"activities x {_LINKED}", title="x.subject", s1="lc.display_name", s2="lo.name",
        kind="x.kind", at="coalesce(x.occurred_at, x.due_at, x.created_at)", contact_id="lc.id", company_id="lo.id",
    ),
    "emails": _select(
        "emails", "email_messages x", title="coalesce(x.subject, '')",
        s1="CASE WHEN x.direction = 'in' THEN x.from_address ELSE x.to_addresses END", kind="x.direction",
        at="coalesce(x.sent_at, x.created_at)", company_id="x.company_id",
        contact_id="(SELECT min(ec.contact_id) FROM email_contacts ec WHERE ec.email_id = x.id)",
    ),
    "documents": _select(
        "documents", f"documents x {_LINKED}", title="coalesce(nullif(x.title, ''), x.file_name)", s1="x.file_name",
        s2="lc.display_name", s3="lo.name", at="x.created_at", contact_id="lc.id", company_id="lo.id",
    ),
}  # fmt: skip


def _display(entity: str, linked: dict[str, tuple[str, list[Any]]] | None = None) -> tuple[str, list[Any]]:
    """The entity's display SELECT with the linked records' privacy conditions (``linked``: alias -> the
    fragment and its parameters; none: every linked name shown) and those parameters, in order."""
    sql, params = _DISPLAY[entity], []
    for alias in _MARK.findall(sql):
        fragment, values = (linked or {}).get(alias, ("", []))
        sql, params = sql.replace(f"@{alias}@", fragment, 1), [*params, *values]
    return sql, params


def _index_subquery(tokens: Sequence[Sequence[str]], entity: str, deleted: bool, limit: int):
    """SQLite: SQL selecting the record ids of up to ``limit`` matching documents, newest first, and its
    parameters (FTS5 walks the rowid range backwards and stops at the limit)."""
    low, high = ix.id_range(entity, deleted)
    condition, params = _match(tuple(map(tuple, tokens)))
    return (
        f"SELECT rowid - {low} FROM {ix.FTS_TABLE} WHERE {ix.FTS_TABLE} MATCH ? AND rowid BETWEEN ? AND ?"
        f"{condition} ORDER BY rowid DESC LIMIT ?",
        [params[0], low, high, *params[1:], limit],
    )


@lru_cache(maxsize=64)
def _match(tokens: tuple[tuple[str, ...], ...]) -> tuple[str, tuple[str, ...]]:
    """The index condition of a query, the same for every type: built once (as-you-type repeats queries)."""
    sql, params = [], [fts_expression(tokens)]
    for alternatives in tokens:
        if len(alternatives) == 1 and len(alternatives[0]) == 3:
            continue  # a single trigram: the index match is already exact
        sql.append(" AND (" + " OR ".join(["instr(title, ?) > 0 OR instr(body, ?) > 0"] * len(alternatives)) + ")")
        params.extend(a for a in alternatives for _ in range(2))
    return "".join(sql), tuple(params)


PG_RECENT = 2_000  # newest documents of a type checked directly before asking the trigram indexes


def _pg_ids(conn: Connection, tokens: Sequence[Sequence[str]], entity: str, deleted: bool, limit: int) -> list[int]:
    """PostgreSQL: the same ids as SQLite's FTS5 query, in two steps. A planner that expects many matches
    walks the primary key backwards and filters, which is fast for a common word and a full scan for one
    that is common elsewhere but absent here (measured: 0.4 s on 300k documents). So: first the newest
    ``PG_RECENT`` documents of the type, filtered; only when they hold fewer than ``limit`` matches, the
    type's GIN trigram indexes."""
    low, high = ix.id_range(entity, deleted)
    where, params = [], []
    for alternatives in tokens:
        where.append("(" + " OR ".join(["title LIKE %s OR body LIKE %s"] * len(alternatives)) + ")")
        params.extend(like_pattern(a) for a in alternatives for _ in range(2))
    condition = " AND ".join(where)
    # The id range is written out (our own integers), never bound: a partial index is only used when the
    # planner can see that the query's range is the index's.
    recent = (
        f"SELECT id - {low} FROM (SELECT id, title, body FROM {ix.PG_TABLE} WHERE id BETWEEN {low} AND {high} "
        f"ORDER BY id DESC LIMIT {PG_RECENT}) r WHERE {condition} ORDER BY id DESC LIMIT %s"
    )
    ids = [row[0] for row in conn.exec_driver_sql(recent, (*params, limit))]
    if len(ids) < limit:
        indexed = (
            f"SELECT id - {low} FROM {ix.PG_TABLE} WHERE id BETWEEN {low} AND {high} AND {condition} "
            "ORDER BY id DESC LIMIT %s"
        )
        # The planner guesses a LIKE '%x%' matches a few percent of rows and would walk the primary key
        # (0.35 s on 100k documents for a word that is not there): bitmap scans of the trigram index only.
        conn.exec_driver_sql("SET LOCAL enable_indexscan = off")
        conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
        try:
            ids = [row[0] for row in conn.exec_driver_sql(indexed, (*params, limit))]
        finally:
            conn.exec_driver_sql("SET LOCAL enable_indexscan = on")
            conn.exec_driver_sql("SET LOCAL enable_seqscan = on")
    return ids


def _names_subquery(tokens: Sequence[Sequence[str]], entity: str, deleted: bool, limit: int):
    """Short queries: contacts or companies whose normalised name has a word starting with every token."""
    table = "contacts" if entity == "contacts" else "companies"
    sql = [f"SELECT id FROM {table} WHERE deleted_at IS {'NOT ' if deleted else ''}NULL"]
    params: list[Any] = []
    for alternatives in tokens:
        sql.append("AND (" + " OR ".join(["name_search LIKE ? ESCAPE '\\' OR name_search LIKE ? ESCAPE '\\'"]
                                         * len(alternatives)) + ")")  # fmt: skip
        for a in alternatives:
            params += [like_pattern(a, prefix=True), "% " + like_pattern(a, prefix=True)]
    sql.append("ORDER BY id DESC LIMIT ?")
    return " ".join(sql), [*params, limit]


def _fetch(cursor: Any, parts: list[tuple[str, list[Any]]], placeholder: str = "?") -> list[SearchHit]:
    """Runs the parts glued with UNION ALL on a driver cursor and builds the hits."""
    sql = " UNION ALL ".join(part for part, _ in parts)
    if placeholder != "?":
        sql = sql.replace("?", placeholder)  # the fragments hold no literal ? or %
    cursor.execute(sql, tuple(p for _, values in parts for p in values))
    return [_hit(row) for row in cursor.fetchall()]


def _hit(row: Any) -> SearchHit:
    entity, id_, title, *subtitle, kind, at, amount, currency, contact_id, company_id, deleted = row
    return SearchHit(entity, id_, title or "", " · ".join(filter(None, subtitle)), kind, _aware(at), amount,
                     currency, contact_id, company_id, bool(deleted))  # fmt: skip


def display_hits(conn: Connection, entity: str, ids: Sequence[int]) -> list[SearchHit]:
    """Hits for ``ids`` in the same order (ids gone meanwhile are left out)."""
    if not ids:
        return []
    display, _ = _display(entity)
    sql = f"{display} WHERE x.id IN ({', '.join('?' * len(ids))})"
    if conn.dialect.paramstyle != "qmark":
        sql = sql.replace("?", "%s")
    found = {hit.id: hit for hit in map(_hit, conn.exec_driver_sql(sql, tuple(ids)))}
    return [found[i] for i in ids if i in found]


# ---- the service -----------------------------------------------------------------------------------------
class SearchService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db, self.user_id = db, user_id  # others' private records are never hits (services/privacy.py)

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
        if self.db.url.get_backend_name() == "sqlite":
            hits = self._search_sqlite(tokens, wanted, names_only, trash, limit)
        else:
            hits = self._search_postgres(tokens, wanted, names_only, trash, limit)
        by_type: dict[str, list[SearchHit]] = {}
        for hit in hits:
            by_type.setdefault(hit.entity, []).append(hit)
        groups = []
        for entity in wanted:
            found = sorted(by_type.get(entity, ()), key=lambda h: h.id, reverse=True)
            if found:
                groups.append(SearchGroup(entity, tuple(_ranked(found[:limit], tokens[0][-1])), len(found) > limit))
        return SearchResults(query, tuple(groups), names_only)

    def _privacy(
        self, session: Session, entities: Iterable[str], sqlite: bool = False
    ) -> dict[str, tuple[str, list[Any], str, list[Any]]]:
        """Per type: its display SELECT and parameters (linked private names left out), then the hits' own
        privacy condition and parameters."""

        def fragment(table: str, alias: str) -> tuple[str, list[Any]]:
            sql, params = sql_fragment(session, table, alias, self.user_id)
            return _probed(sql, params, table, alias) if sqlite else (sql, params)

        linked = {alias: fragment(table, alias) for alias, table in _LINKED_TABLES.items()}
        return {e: (*_display(e, linked), *fragment(_TABLES.get(e, e), "x")) for e in entities}

    def _search_sqlite(
        self, tokens: Sequence[Sequence[str]], wanted: list[str], names_only: bool, trash: bool, limit: int
    ) -> list[SearchHit]:
        """One statement on a pooled driver connection, no ORM session: a session's begin/commit machinery
        cost as much CPU as the FTS5 queries themselves (measured ~0.5 of the 1 ms raw screen)."""
        self.db.check_file()
        raw = self.db.engine.raw_connection()
        try:
            cursor = raw.cursor()
            cursor.execute("BEGIN")  # one snapshot for all groups (the connection runs in autocommit mode)
            try:
                private = self._privacy_for(cursor, wanted)
                parts = []
                for entity in wanted:
                    make = _names_subquery if names_only else _index_subquery
                    sub, params = make(tokens, entity, trash, limit + 1)
                    display, shown, fragment, fragment_params = private[entity]
                    parts.append((f"{display} WHERE x.id IN ({sub}){fragment}", [*shown, *params, *fragment_params]))
                return _fetch(cursor, parts)
            finally:
                cursor.execute("COMMIT")
        except sqlite3.Error as exc:
            raise _database_error(self.db, exc) from exc
        finally:
            raw.close()

    def _privacy_for(
        self, cursor: sqlite3.Cursor, wanted: list[str]
    ) -> dict[str, tuple[str, list[Any], str, list[Any]]]:
        """``_privacy`` remembered per state of the user's account row: asking services/auth through an ORM
        session cost ~0.5 ms per search (more than the whole raw screen), reading the row here ~20 us. The
        rule itself stays privacy's and auth's: on any change of the row (role, active, deleted, or any edit,
        which moves its version) they are asked again."""
        account = None
        if self.user_id is not None:
            account = cursor.execute(
                "SELECT version, role, active, deleted_at FROM users WHERE id = ?", (self.user_id,)
            ).fetchone()
        remembered = _PRIVACY.setdefault(self.db.engine, {})
        key = (self.user_id, account, tuple(wanted))
        private = remembered.get(key)
        if private is None:
            with Session(self.db.engine) as session:  # with nobody logged in it never connects
                private = self._privacy(session, wanted, sqlite=True)
            if len(remembered) > 256:
                remembered.clear()
            remembered[key] = private
        return private

    def _search_postgres(
        self, tokens: Sequence[Sequence[str]], wanted: list[str], names_only: bool, trash: bool, limit: int
    ) -> list[SearchHit]:
        with self.db.read() as session:
            conn = session.connection()
            private = self._privacy(session, wanted)
            parts = []
            for entity in wanted:
                if names_only:
                    sub, params = _names_subquery(tokens, entity, trash, limit + 1)
                else:
                    ids = _pg_ids(conn, tokens, entity, trash, limit + 1)
                    if not ids:
                        continue
                    sub, params = ", ".join("?" * len(ids)), ids
                display, shown, fragment, fragment_params = private[entity]
                parts.append((f"{display} WHERE x.id IN ({sub}){fragment}", [*shown, *params, *fragment_params]))
            if not parts:
                return []
            cursor = conn.connection.cursor()  # the driver's own: SQLAlchemy's result machinery costs ~0.1 ms
            try:
                return _fetch(cursor, parts, "%s")
            finally:
                cursor.close()


def _probed(sql: str, params: list[Any], table: str, alias: str) -> tuple[str, list[Any]]:
    """SQLite: privacy's "not private" test as a separate lookup of the record (``NOT EXISTS``) instead of a
    condition on the displayed row: measured 0.55 vs 1.29 ms for a first screen's SQL with the same plans
    (every row looked up by key), i.e. 2.4x for everyone not an administrator. The same rule for the 0/1
    column; any other fragment text is used as privacy wrote it."""
    public = f"({alias}.is_private IS NULL OR {alias}.is_private = ?)"
    first = sql.find(public)
    if first < 0 or sql.find("?") != first + len(public) - 2 or not params or params[0] is not False:
        return sql, params
    probe = f"NOT EXISTS (SELECT 1 FROM {table} pv WHERE pv.id = {alias}.id AND pv.is_private = 1)"
    return sql.replace(public, probe, 1), params[1:]


# Privacy SQL per (user, state of the user's account row, types) per database: see _privacy_for.
_PRIVACY: WeakKeyDictionary[Engine, dict[tuple[Any, ...], dict[str, tuple[str, list[Any], str, list[Any]]]]] = (
    WeakKeyDictionary()
)


def _database_error(db: Database, exc: sqlite3.Error) -> DatabaseError:
    """The driver's error as the project's own, naming the file (what ``Database.read`` does for sessions)."""
    message = str(exc).lower()
    if "locked" in message or "busy" in message:
        return DatabaseBusyError(f"{db.display_name} is busy: another user is saving; try again")
    return DatabaseError(f"{db.display_name}: {exc}")


def _ranked(hits: list[SearchHit], first: str) -> list[SearchHit]:
    """Stable: titles starting with the first token, then with a word starting with it, then the rest."""

    def rank(hit: SearchHit) -> int:
        title = fold(hit.title)  # remembered: the same names come back keystroke after keystroke
        return 0 if title.startswith(first) else 1 if f" {first}" in title else 2

    return sorted(hits, key=rank)


def _aware(value: Any) -> datetime | None:
    """coalesce() loses the column type on SQLite (a string comes back): parse, and attach UTC if naive."""
    if value is None:
        return None
    if isinstance(value, str):
        value = datetime.fromisoformat(value)
    return value if value.tzinfo else value.replace(tzinfo=UTC)
