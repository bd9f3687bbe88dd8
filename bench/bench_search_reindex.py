"""search_reindex: index the 1,000,000 contacts of bench_search's database into an emptied search index
(``search_index.rebuild(conn, ["contacts"])``) vs raw sqlite3 filling the same FTS5 table straight from SQL
(``INSERT ... SELECT`` with the text concatenated by SQLite: no normalisation, no phone digits; the
cheapest index of about the same text). Target (issue 5): re-indexing 1M contacts < 60 s.

Everything runs inside transactions that are rolled back, so the file stays as it was. The notes add one
full rebuild (every type: 1M contacts, 1M activities and the rest) and its split per type.
"""

from __future__ import annotations

import sqlite3
import time
from typing import Any

from crm_desktop.db import search_index
from crm_desktop.db.engine import Database, open_database

from .bench_search import search_file
from .harness import Benchmark, Options, Side

RAW = [
    "DROP TABLE search_fts",
    "CREATE VIRTUAL TABLE search_fts USING fts5(title, body, tokenize='trigram case_sensitive 1', detail=none)",
    "INSERT INTO search_fts(search_fts, rank) VALUES ('hashsize', 33554432)",
    "INSERT INTO search_fts(rowid, title, body) SELECT (2 << 40) + c.id, c.name_search, "
    "coalesce((SELECT group_concat(address_norm, ' ') FROM email_addresses e WHERE e.contact_id = c.id), '') || ' ' || "
    "coalesce((SELECT group_concat(substr(e164, 2), ' ') FROM phone_numbers p WHERE p.contact_id = c.id), '') || ' ' "
    "|| lower(coalesce(c.job_title, '')) || ' ' || coalesce(co.name_search, '') || ' ' || lower(coalesce(c.notes, '')) "
    "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id",
    "-- the other types: only for the full rebuild in the notes",
    "INSERT INTO search_fts(rowid, title, body) SELECT (4 << 40) + id, name_search, "
    "lower(coalesce(industry, '') || ' ' || coalesce(website, '') || ' ' || coalesce(notes, '')) FROM companies",
    "INSERT INTO search_fts(rowid, title, body) SELECT (8 << 40) + id, lower(subject), "
    "lower(coalesce(body, '') || ' ' || coalesce(outcome, '')) FROM activities",
    "INSERT INTO search_fts(rowid, title, body) SELECT (6 << 40) + id, lower(title), lower(coalesce(notes, '')) "
    "FROM opportunities",
    "INSERT INTO search_fts(rowid, title, body) SELECT (10 << 40) + id, lower(subject), "
    "lower(coalesce(from_address, '') || ' ' || coalesce(text_body, '')) FROM email_messages",
    "INSERT INTO search_fts(rowid, title, body) SELECT (12 << 40) + id, lower(title || ' ' || file_name), "
    "lower(coalesce(extracted_text, '')) FROM documents",
]


CONTACTS_ONLY = RAW[: RAW.index("-- the other types: only for the full rebuild in the notes")]


def benchmark(options: Options) -> Benchmark:
    count, path = search_file(options)
    bench = Benchmark(
        "search_reindex",
        f"index {count:,} contacts into an emptied search index, one transaction",
        Side('search_index.rebuild(conn, ["contacts"])', lambda _: None),
        Side("sqlite3: INSERT INTO search_fts SELECT (text joined in SQL)", lambda _: None),
        repeat=3,
        target_seconds=60.0,
    )

    def product_setup() -> tuple[Database, Any]:
        db = open_database(path)
        session = db.write().__enter__()  # rolled back in teardown: the file is left as it was
        conn = session.connection()
        search_index.drop_search_schema(conn)
        search_index.create_search_schema(conn)
        return db, session

    def product(state: tuple[Database, Any]) -> None:
        search_index.rebuild(state[1].connection(), ["contacts"])

    def product_teardown(state: tuple[Database, Any]) -> None:
        db, session = state
        session.rollback()
        session.close()
        db.close()

    def baseline_setup() -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        return conn

    def baseline(conn: sqlite3.Connection) -> None:
        for sql in CONTACTS_ONLY:
            conn.execute(sql)

    def baseline_teardown(conn: sqlite3.Connection) -> None:
        conn.execute("ROLLBACK")
        conn.close()
        if len(bench.notes) == 0:
            bench.notes.extend(_full_rebuild(path))

    bench.product = Side(bench.product.label, product, product_setup, product_teardown)
    bench.baseline = Side(bench.baseline.label, baseline, baseline_setup, baseline_teardown)
    return bench


def _full_rebuild(path: Any) -> list[str]:
    """One full rebuild (every type) and one raw fill of every type, for the notes; both rolled back."""
    db = open_database(path)
    ends: dict[str, float] = {}
    try:
        with db.write() as session:
            started = time.perf_counter()
            search_index.rebuild(
                session.connection(), progress=lambda kind, _n: ends.__setitem__(kind, time.perf_counter())
            )
            total = time.perf_counter() - started
            session.rollback()
    finally:
        db.close()
    split, previous = [], started
    for kind, end in ends.items():
        split.append(f"{kind} {end - previous:.1f} s")
        previous = end
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("BEGIN IMMEDIATE")
    begun = time.perf_counter()
    for sql in RAW:
        if not sql.startswith("--"):
            conn.execute(sql)
    raw = time.perf_counter() - begun
    conn.execute("ROLLBACK")
    conn.close()
    return [
        f"full rebuild of every type: {total:.1f} s ({', '.join(split)}); raw SQL fill of the same: {raw:.1f} s",
    ]
