"""The global search index: one normalised (title, body) document per searchable record, kept in sync in the
same transaction as the change.

Storage, chosen by measurement (bench/bench_search.py, the report of issue 5):

* SQLite: an FTS5 table ``search_fts(title, body)`` with the **trigram** tokenizer, ``case_sensitive 1``
  (the text is already folded by ``normalize_for_search``; FTS must not fold it a second, different way)
  and ``detail=none``. Trigrams give substring matches at any position (inside names, phone digits, email
  fragments), which a unicode61 prefix index cannot; ``detail=none`` keeps the index under half the size of
  ``detail=full``. It cannot run phrase queries, so a query token is matched as the AND of (a few of) its
  trigrams and then confirmed with ``instr()`` on the stored text: exact substring semantics.
* PostgreSQL: a plain table ``search_documents(id, title, body)`` with GIN ``gin_trgm_ops`` indexes; a token
  is ``title LIKE '%tok%' OR body LIKE '%tok%'``. Same documents, same substring semantics: same results.

A document's id encodes what it is: ``((entity_code * 2 + deleted) << 40) + record_id``. So each type and
the Trash are contiguous id ranges, a group's first screen is ``rowid BETWEEN lo AND hi ORDER BY rowid DESC
LIMIT n`` (FTS5 walks its doclist backwards and stops early), and soft-deleted records simply move to the
Trash range. The tables are not in ``Base.metadata`` (an FTS5 table cannot be): ``create_search_schema``
makes them and ``is_search_object`` lets Alembic's comparisons skip them.

Sync: ORM changes through ``sync_after_flush`` (called by the audited session's flush listener, so no
service can forget it); bulk writers call ``index_new_contacts`` or ``index_records`` for the rows they
inserted. The documents themselves are built in db/search_docs.py.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from typing import Any

from sqlalchemy import Connection, inspect, select
from sqlalchemy.orm import Session

from .models import Activity, Company, Contact, Document, EmailAddress, EmailMessage, Opportunity, PhoneNumber
from .search_docs import (  # noqa: F401 - re-exported: the index's vocabulary
    ENTITIES,
    ENTITY_CODES,
    MODELS,
    Doc,
    build_documents,
    contact_document,
    doc_id,
    id_range,
    phone_terms,
    record_id_of,
)

FTS_TABLE = "search_fts"
PG_TABLE = "search_documents"
CHUNK = 20_000  # records per read when (re)indexing many
_SELECT_IN = 900  # ids per IN list (SQLite's default limit on host parameters is high, but keep lists small)


def is_search_object(name: str | None) -> bool:
    """True for the index's tables (and FTS5 shadow tables) and indexes, which Alembic must leave alone."""
    return bool(name) and (name.startswith("search_") or name.startswith("ix_search_"))  # type: ignore[union-attr]


def include_name(name: str | None, kind: str, _parents: object) -> bool:
    """Alembic ``include_name`` hook: compare and migrate everything except the search index."""
    return not (kind in ("table", "index") and is_search_object(name))


# ---- schema ----------------------------------------------------------------------------------------------
def create_search_schema(conn: Connection) -> None:
    """Create the index tables if missing (new databases and the initial migration call this)."""
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(_SQLITE_DDL)
        conn.exec_driver_sql(_SQLITE_HASHSIZE)
    elif conn.dialect.name == "postgresql":
        ops = f"{_pg_trgm_schema(conn)}.gin_trgm_ops"
        conn.exec_driver_sql(_PG_TABLE_DDL)
        # One pair of trigram indexes per type's live documents: a type's matches are found without
        # wading through another type's (the query repeats the same literal id range, so the planner can
        # use them). The Trash is small; its ranges are read through the primary key.
        for entity in ENTITIES:
            low, high = id_range(entity)
            for column in ("title", "body"):
                conn.exec_driver_sql(
                    f"CREATE INDEX IF NOT EXISTS ix_{PG_TABLE}_{entity}_{column} ON {PG_TABLE} "
                    f"USING gin ({column} {ops}) WHERE id BETWEEN {low} AND {high}"
                )


_PG_TABLE_DDL = (
    f"CREATE TABLE IF NOT EXISTS {PG_TABLE} "
    "(id bigint PRIMARY KEY, title text NOT NULL DEFAULT '', body text NOT NULL DEFAULT '')"
)
# Pending index data held in memory before it is written as a segment (persistent FTS5 setting; default
# 1 MiB): bulk inserts and rebuilds write fewer, larger segments, ~20% faster and smaller (measured).
_SQLITE_HASHSIZE = f"INSERT INTO {FTS_TABLE}({FTS_TABLE}, rank) VALUES ('hashsize', {32 * 1024 * 1024})"
_SQLITE_DDL = (
    f"CREATE VIRTUAL TABLE IF NOT EXISTS {FTS_TABLE} USING fts5("
    "title, body, tokenize='trigram case_sensitive 1', detail=none)"
)


def _pg_trgm_schema(conn: Connection) -> str:
    """Where pg_trgm lives, installing it if needed (a trusted extension: no superuser needed on PG 13+).

    Installed into ``public`` when possible rather than the current schema: an extension belongs to one
    schema, and dropping that schema would take every trigram index of the database with it.
    """
    find = (
        "SELECT n.nspname FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace WHERE e.extname = 'pg_trgm'"
    )
    schema = conn.exec_driver_sql(find).scalar()
    if schema is None:
        public = conn.exec_driver_sql("SELECT has_schema_privilege('public', 'CREATE')").scalar()
        try:
            with conn.begin_nested():
                conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm" + (" SCHEMA public" if public else ""))
        except Exception as exc:  # pragma: no cover - depends on the server's permissions
            from crm_desktop.errors import DatabaseError

            raise DatabaseError(
                "Search needs the PostgreSQL extension pg_trgm; ask the database administrator to run "
                "CREATE EXTENSION pg_trgm in this database"
            ) from exc
        schema = conn.exec_driver_sql(find).scalar()
    return '"' + str(schema).replace('"', '""') + '"'


def drop_search_schema(conn: Connection) -> None:
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {FTS_TABLE}")
    else:
        conn.exec_driver_sql(f"DROP TABLE IF EXISTS {PG_TABLE}")


def index_new_contacts(
    conn: Connection,
    ids: Sequence[int],
    contacts: Sequence[dict[str, Any]],
    emails: Sequence[dict[str, Any]],
    phones: Sequence[dict[str, Any]],
) -> None:
    """Documents of contacts a bulk writer just inserted, built from the rows it wrote (no read back):
    ``contacts`` in the order of ``ids``, ``emails``/``phones`` with their ``contact_id``."""
    by_email: dict[int, list[str]] = defaultdict(list)
    by_phone: dict[int, list[tuple[str | None, str | None]]] = defaultdict(list)
    for email in emails:
        by_email[email["contact_id"]].append(email["address_norm"])
    for phone in phones:
        by_phone[phone["contact_id"]].append((phone.get("raw"), phone.get("e164")))
    companies = {c["company_id"] for c in contacts if c.get("company_id")}
    names: dict[int, str] = {}
    if companies:
        names = dict(conn.execute(select(Company.id, Company.name_search).where(Company.id.in_(companies))).all())
    _insert(
        conn,
        [
            contact_document(
                cid,
                c.get("deleted_at") is not None,
                c.get("name_search") or "",
                c.get("display_name") or "",
                (c.get("prefix"), c.get("given_name"), c.get("middle_name"), c.get("family_name")),
                c.get("job_title"),
                names.get(c.get("company_id")),
                c.get("notes"),
                by_email.get(cid, ()),
                by_phone.get(cid, ()),
            )
            for cid, c in zip(ids, contacts, strict=True)
        ],
    )


# ---- writing ---------------------------------------------------------------------------------------------
def _marks(conn: Connection, count: int) -> str:
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    return ", ".join([mark] * count)


def _table_key(conn: Connection) -> tuple[str, str]:
    return (FTS_TABLE, "rowid") if conn.dialect.name == "sqlite" else (PG_TABLE, "id")


def _insert(conn: Connection, docs: list[Doc]) -> None:
    if not docs:
        return
    table, key = _table_key(conn)
    conn.exec_driver_sql(f"INSERT INTO {table} ({key}, title, body) VALUES ({_marks(conn, 3)})", docs)  # tuples


def _insert_counted(conn: Connection, docs: list[Doc]) -> int:
    _insert(conn, docs)
    return len(docs)


def _delete(conn: Connection, doc_ids: list[int]) -> None:
    table, key = _table_key(conn)
    for start in range(0, len(doc_ids), _SELECT_IN):
        part = doc_ids[start : start + _SELECT_IN]
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE {key} IN ({_marks(conn, len(part))})", tuple(part))


def _spans(ids: Sequence[int]) -> Iterator[tuple[list[int], tuple[int, int] | None]]:
    """Chunks of ids; a chunk that is a run of consecutive ids is read with BETWEEN (index range scan)."""
    ordered = sorted(set(ids))
    for start in range(0, len(ordered), CHUNK):
        part = ordered[start : start + CHUNK]
        if part[-1] - part[0] + 1 == len(part) and len(part) > _SELECT_IN:
            yield part, (part[0], part[-1])
        else:
            for small in range(0, len(part), _SELECT_IN):
                yield part[small : small + _SELECT_IN], None


def index_records(conn: Connection, entity: str, ids: Iterable[int], *, replace: bool = True) -> int:
    """(Re)write the documents of ``entity`` records ``ids`` from their current rows; records that no longer
    exist lose their document. ``replace=False`` is for rows just inserted (nothing to remove first)."""
    written = 0
    for part, span in _spans(list(ids)):
        docs = build_documents(conn, entity, part, span)
        if replace:
            _delete(conn, [doc_id(entity, i, flag) for i in part for flag in (False, True)])
        _insert(conn, docs)
        written += len(docs)
    return written


def rebuild(
    conn: Connection, entities: Sequence[str] = ENTITIES, progress: Callable[[str, int], None] | None = None
) -> dict[str, int]:
    """Recreate the whole index (or the documents of some entities) from the tables."""
    report = progress or (lambda _entity, _done: None)
    if set(entities) == set(ENTITIES):
        drop_search_schema(conn)
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql(_PG_TABLE_DDL)  # its indexes come after the load: much faster than during it
        else:
            create_search_schema(conn)
        fresh = True
    else:
        fresh = False
    counts: dict[str, int] = {}
    for entity in entities:
        model = MODELS[entity]
        if not fresh:
            table, key = _table_key(conn)
            low, high = id_range(entity, False)[0], id_range(entity, True)[1]
            conn.exec_driver_sql(f"DELETE FROM {table} WHERE {key} BETWEEN {low} AND {high}")
        top = conn.scalar(select(model.id).order_by(model.id.desc()).limit(1)) or 0
        done = 0
        for start in range(1, top + 1, CHUNK):
            done += _insert_counted(conn, build_documents(conn, entity, [], (start, start + CHUNK - 1)))
            report(entity, done)
        counts[entity] = done
    if fresh:
        create_search_schema(conn)
    return counts


def count_documents(conn: Connection, entity: str, deleted: bool = False) -> int:
    low, high = id_range(entity, deleted)
    table, key = _table_key(conn)
    return conn.exec_driver_sql(f"SELECT count(*) FROM {table} WHERE {key} BETWEEN {low} AND {high}").scalar() or 0


# ---- the ORM path ----------------------------------------------------------------------------------------
# Columns whose change alters a document (deleted_at moves it to or from the Trash range).
_WATCHED: dict[type, set[str]] = {
    Contact: {"name_search", "prefix", "given_name", "middle_name", "family_name", "job_title", "company_id", "notes"},
    Company: {"name_search", "industry", "website", "notes"},
    Opportunity: {"title", "next_step", "notes"},
    Activity: {"subject", "body", "outcome"},
    EmailMessage: {"subject", "from_address", "to_addresses", "cc_addresses", "text_body", "html_body"},
    Document: {"title", "file_name", "extracted_text", "notes"},
}
_ENTITY_OF = {model: entity for entity, model in MODELS.items()}
_PENDING = "search_index_pending"


def note_before_flush(session: Session) -> None:
    """Remember what the flush will hide: contacts of a company about to be purged (the foreign key sets their
    company to NULL, and their documents still name it)."""
    purged = [obj.id for obj in session.deleted if isinstance(obj, Company) and obj.id is not None]
    if purged:
        ids = session.connection().execute(select(Contact.id).where(Contact.company_id.in_(purged))).scalars()
        session.info.setdefault(_PENDING, set()).update(ids)


def sync_after_flush(session: Session) -> None:
    """Rewrite the documents of every record this flush created, changed, deleted or purged."""
    touched: dict[str, set[int]] = defaultdict(set)
    touched["contacts"].update(session.info.pop(_PENDING, ()))
    renamed: list[int] = []
    for obj in (*session.new, *session.dirty, *session.deleted):
        entity = _ENTITY_OF.get(type(obj))
        if entity is not None:
            if obj in session.new or obj in session.deleted or _changed(obj, _WATCHED[type(obj)] | {"deleted_at"}):
                touched[entity].add(obj.id)
            if isinstance(obj, Company) and obj in session.dirty and _changed(obj, {"name_search"}):
                renamed.append(obj.id)
        elif isinstance(obj, EmailAddress | PhoneNumber):
            state = inspect(obj)
            for owner, entity_name in (("contact_id", "contacts"), ("company_id", "companies")):
                history = state.attrs[owner].history
                for value in (obj.__dict__.get(owner), *history.deleted, *history.added):
                    if value is not None:
                        touched[entity_name].add(value)
    if not renamed and not any(touched.values()):
        return
    conn = session.connection()
    if renamed:
        touched["contacts"].update(conn.execute(select(Contact.id).where(Contact.company_id.in_(renamed))).scalars())
    for entity, ids in touched.items():
        ids.discard(None)  # type: ignore[arg-type]
        if ids:
            index_records(conn, entity, ids)


def _changed(obj: Any, names: set[str]) -> bool:
    attrs = inspect(obj).attrs
    for name in names:
        history = attrs[name].history
        if history.has_changes() and list(history.added) != list(history.deleted):
            return True
    return False
