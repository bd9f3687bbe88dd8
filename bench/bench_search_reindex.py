"""search_reindex: rebuild the whole search index of the 1M-contact + 1M-activity database (bench_search's
file) vs raw sqlite3 filling the same FTS5 table straight from SQL (``INSERT ... SELECT`` with the text
concatenated by SQLite: no normalisation, no phone digits; the cheapest index of about the same text).

Both run inside a transaction that is rolled back, so the file stays as it was. Target (issue 5):
re-indexing 1M contacts < 60 s; the notes give the time per record type (contacts on their own).
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


def benchmark(options: Options) -> Benchmark:
    count, path = search_file(options)
    bench = Benchmark(
        "search_reindex",
        f"rebuild the search index: {count:,} contacts, {count:,} activities and the rest, one transaction",
        Side("search_index.rebuild(conn)", lambda _: None),
        Side("sqlite3: INSERT INTO search_fts SELECT (text joined in SQL)", lambda _: None),
        repeat=3,
        target_seconds=60.0,
    )
    splits: list[dict[str, float]] = []

    def product_setup() -> tuple[Database, Any]:
        db = open_database(path)
        session = db.write().__enter__()  # rolled back in teardown: the file is left as it was
        return db, session

    def product(state: tuple[Database, Any]) -> None:
        _db, session = state
        started, last, split = time.perf_counter(), {}, {}

        def progress(entity: str, _done: int) -> None:
            last[entity] = time.perf_counter()

        search_index.rebuild(session.connection(), progress=progress)
        previous = started
        for entity, at in last.items():
            split[entity], previous = at - previous, at
        splits.append(split)

    def product_teardown(state: tuple[Database, Any]) -> None:
        db, session = state
        session.rollback()
        session.close()
        db.close()
        if len(splits) == bench.repeat:
            contacts = sorted(s["contacts"] for s in splits)[len(splits) // 2]
            bench.notes[:] = [
                f"median time for the contacts' documents alone: {contacts:.1f} s (target < 60 s)",
                "last run per type: " + ", ".join(f"{k} {v:.1f} s" for k, v in splits[-1].items()),
            ]

    def baseline_setup() -> sqlite3.Connection:
        conn = sqlite3.connect(path, isolation_level=None)
        conn.execute("BEGIN IMMEDIATE")
        return conn

    def baseline(conn: sqlite3.Connection) -> None:
        for sql in RAW:
            conn.execute(sql)

    def baseline_teardown(conn: sqlite3.Connection) -> None:
        conn.execute("ROLLBACK")
        conn.close()

    bench.product = Side(bench.product.label, product, product_setup, product_teardown)
    bench.baseline = Side(bench.baseline.label, baseline, baseline_setup, baseline_teardown)
    return bench
