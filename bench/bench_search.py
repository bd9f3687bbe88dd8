"""search: a 3-character as-you-type query (first screen of every group) on 1M contacts + 1M activities,
``SearchService.search`` vs the same screen with raw sqlite3 (the FTS5 queries on the same index, plus
the display columns of the hits).

The database (bench/out/search-1000000.sqlite3, cached) is ``fill_demo(contacts=1M)`` with its activities
topped up to 1M by copying the demo's own (new uids, other contacts), then the whole index rebuilt.
Targets (issue 5): median <= 30 ms and <= 2x raw. Runs alternate over the queries below, so the median
is a per-query latency. The notes give the index's share of the file (target <= 60% added).
"""

from __future__ import annotations

import sqlite3
import statistics
import sys
import time
from pathlib import Path

from crm_desktop.db import search_index
from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.search import DEFAULT_LIMIT, SearchService, fts_expression, parse_query

from .common import remove_database
from .harness import Benchmark, Options, Side

FULL, QUICK = 1_000_000, 100_000
# What people type first: name starts in three scripts, an email part, phone digits, a subject word.
QUERIES = ("ali", "علی", "رضا", "moh", "sar", "محم", "کری", "sch", "exa", "912", "050", "cal", "پیش", "عرض", "lin")


def search_file(options: Options) -> tuple[int, Path]:
    """The cached 1M/1M database, built (slowly, once) if a complete one is not there yet."""
    count = QUICK if options.quick else FULL
    path = options.out / f"search-{count}.sqlite3"
    marker = path.with_suffix(".complete")
    if marker.exists() and path.exists():
        return count, path
    log = lambda text: print(f"  search: {text}", file=sys.stderr, flush=True)  # noqa: E731
    path.parent.mkdir(parents=True, exist_ok=True)
    remove_database(path)
    db = open_database(path)
    try:
        from crm_desktop.cli.database_cmd import ensure_basics

        ensure_basics(db)
        started = time.perf_counter()
        fill_demo(db, contacts=count)
        log(f"fill_demo({count:,}) {time.perf_counter() - started:.0f} s")
        _top_up_activities(db, count)
        started = time.perf_counter()
        with db.write() as session:
            counts = search_index.rebuild(session.connection())
        log(f"index rebuilt in {time.perf_counter() - started:.0f} s: {counts}")
    finally:
        db.close()
    conn = sqlite3.connect(path)
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    marker.write_text(f"{count}\n")
    return count, path


def _top_up_activities(db: Database, count: int) -> None:
    """Copies of the demo's activities (same texts, other contacts, new uids) until there are ``count``."""
    with db.write() as session:
        conn = session.connection()
        have = conn.exec_driver_sql("SELECT count(*) FROM activities").scalar() or 0
        contacts = conn.exec_driver_sql("SELECT max(id) FROM contacts").scalar() or 1
        shift = 1
        while have < count:
            conn.exec_driver_sql(
                "INSERT INTO activities (uid, version, created_at, updated_at, kind, subject, body, occurred_at, "
                "due_at, done, priority, done_at, duration_minutes, outcome, contact_id, company_id, is_private) "
                "SELECT lower(hex(randomblob(16))), 1, created_at, updated_at, kind, subject, body, occurred_at, "
                "due_at, done, priority, done_at, duration_minutes, outcome, (contact_id * 7919 + ?) % ? + 1, NULL, "
                "is_private "
                "FROM activities ORDER BY id LIMIT ?",
                (shift, contacts, count - have),
            )
            have = conn.exec_driver_sql("SELECT count(*) FROM activities").scalar() or 0
            shift += 1


def index_share(path: Path) -> tuple[int, int]:
    """(bytes of the search index, bytes of everything else) from SQLite's dbstat."""
    conn = sqlite3.connect(path)
    try:
        rows = conn.execute("SELECT name, sum(pgsize) FROM dbstat GROUP BY name").fetchall()
    finally:
        conn.close()
    index = sum(size for name, size in rows if search_index.is_search_object(name))
    return index, sum(size for _, size in rows) - index


# The hand-written equivalent of SearchService's display queries, one per group.
_RAW_DISPLAY = {
    "contacts": "SELECT c.id, c.display_name, c.job_title, co.name, "
    "(SELECT address FROM email_addresses e WHERE e.contact_id = c.id ORDER BY is_primary DESC, position LIMIT 1), "
    "(SELECT raw FROM phone_numbers p WHERE p.contact_id = c.id ORDER BY is_primary DESC, position LIMIT 1) "
    "FROM contacts c LEFT JOIN companies co ON co.id = c.company_id WHERE c.id IN ({})",
    "companies": "SELECT id, name, industry, website FROM companies WHERE id IN ({})",
    "opportunities": "SELECT o.id, o.title, o.status, c.display_name FROM opportunities o "
    "LEFT JOIN contacts c ON c.id = o.contact_id WHERE o.id IN ({})",
    "activities": "SELECT a.id, a.subject, a.kind, coalesce(a.occurred_at, a.due_at, a.created_at), c.display_name, "
    "co.name FROM activities a LEFT JOIN contacts c ON c.id = a.contact_id "
    "LEFT JOIN companies co ON co.id = a.company_id WHERE a.id IN ({})",
    "emails": "SELECT id, subject, from_address FROM email_messages WHERE id IN ({})",
    "documents": "SELECT id, title, file_name FROM documents WHERE id IN ({})",
}


def raw_screen(conn: sqlite3.Connection, query: str, display: bool = True) -> int:
    """The first screen of ``query`` with plain sqlite3: per group, the FTS5 match and the hits' columns."""
    expression = fts_expression(parse_query(query))
    shown = 0
    for entity, display_sql in _RAW_DISPLAY.items():
        low, high = search_index.id_range(entity)
        rowids = [
            r[0]
            for r in conn.execute(
                "SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid BETWEEN ? AND ? "
                "ORDER BY rowid DESC LIMIT ?",
                (expression, low, high, DEFAULT_LIMIT + 1),
            )
        ]
        ids = [search_index.record_id_of(r) for r in rowids[:DEFAULT_LIMIT]]
        if display and ids:
            shown += len(conn.execute(display_sql.format(", ".join("?" * len(ids))), ids).fetchall())
    return shown


def benchmark(options: Options) -> Benchmark:
    count, path = search_file(options)
    index, rest = index_share(path)
    bench = Benchmark(
        "search",
        f"3-character global search, first screen of all 6 groups, {count:,} contacts + {count:,} activities",
        Side("SearchService.search(q)", lambda _: None),
        Side("sqlite3: FTS5 MATCH per group + display columns", lambda _: None),
        repeat=2 * len(QUERIES),
        target_ratio=2.0,
        target_seconds=0.030,
    )
    bench.notes.append(
        f"index {index / 1e6:,.0f} MB = {100 * index / rest:.0f}% added to the other {rest / 1e6:,.0f} MB "
        "(target <= 60%)"
    )
    db = open_database(path)
    raw = sqlite3.connect(path, isolation_level=None)
    turn = {"product": 0, "baseline": 0}
    shown: dict[str, int] = {}
    # Untimed warm-up, every query once on each side: otherwise the product, timed first, pays the disk reads
    # of pages the OS evicted and the baseline then finds them cached (measured: 5.9 ms wall at 2.2 ms CPU).
    for query in QUERIES:
        shown[query] = SearchService(db).search(query).total
        raw_screen(raw, query)

    def product(_state: None) -> None:
        query = QUERIES[turn["product"] % len(QUERIES)]
        turn["product"] += 1
        shown[query] = SearchService(db).search(query).total

    def baseline(_state: None) -> None:
        query = QUERIES[turn["baseline"] % len(QUERIES)]
        turn["baseline"] += 1
        raw.execute("BEGIN")
        found = raw_screen(raw, query)
        raw.execute("COMMIT")
        assert found == shown[query], (query, found, shown[query])  # the same screen

    def summary(_state: None) -> None:
        if turn["product"] == bench.repeat:
            started = time.perf_counter()
            for query in QUERIES:
                raw_screen(raw, query, display=False)
            fts_only = (time.perf_counter() - started) / len(QUERIES)
            bench.notes.append(
                f"bare FTS5 queries alone (6 groups, no display columns): {fts_only * 1000:.2f} ms/query"
            )
            bench.notes.append("hits per query: " + ", ".join(f"{q} {n}" for q, n in shown.items()))
            # The GUI searches as the logged-in user: the privacy rule then asks the users table first.
            for user in (1, 2):  # the demo's administrator and a plain user (private records filtered)
                cpu = []
                for query in QUERIES * 2:
                    begun = time.process_time()
                    SearchService(db, user).search(query)
                    cpu.append(time.process_time() - begun)
                bench.notes.append(f"as user {user}: {1000 * statistics.median(cpu):.2f} ms CPU median")

    bench.product = Side(bench.product.label, product)
    bench.baseline = Side(bench.baseline.label, baseline, teardown=summary)
    return bench
