"""documents: the Documents list's first page on 20,000 documents, and storing a 50 MB document.

* ``documents`` (list): ``DocumentList.page()`` — the first 100 rows newest first with the linked record's
  and the adder's names joined, plus the total for the count label — against the same two SQL statements
  run with plain ``sqlite3`` on the same file. Target: under 50 ms; the note gives the deepest page too
  (keyset paging: the 200th page costs what the first does), and the first and 51st page sorted by name
  and by size (a header click).
* ``documents_store``: ``DocumentFiles.attach`` of a 50 MB file (streamed: hashed, then written through
  incremental blob I/O) against plain ``sqlite3`` inserting the file's bytes read at once. Each side runs
  in a child process that reports its own peak RSS growth over its state before the call, so the note
  says how much memory storing the file needs compared with its size.

``python -m bench.bench_documents [--quick]`` runs both.
"""

from __future__ import annotations

import hashlib
import json
import sqlite3
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from sqlalchemy import insert

from crm_desktop.db.engine import open_database
from crm_desktop.db.models import Blob, Document
from crm_desktop.db.models.base import new_uid
from crm_desktop.services.bulk import bulk_create_contacts
from crm_desktop.services.document_list import DocumentList
from crm_desktop.services.documents import DocumentFiles
from crm_desktop.services.people import ContactService, UserService

from .common import fresh_schema, raw_connect
from .harness import Benchmark, Options, Side, run_benchmark, table

DOCUMENTS, QUICK_DOCUMENTS, CONTACTS = 20_000, 5_000, 1_000
BIG_MB = 50

PAGE_SQL = """
SELECT d.id, d.title, d.file_name, d.mime_type, d.size, d.sha256, d.created_at, u.display_name,
       d.contact_id, c.display_name, d.company_id, co.name, d.opportunity_id, o.title, d.email_id, e.subject, d.version
FROM documents d
LEFT JOIN users u ON u.id = d.created_by_id
LEFT JOIN contacts c ON c.id = d.contact_id
LEFT JOIN companies co ON co.id = d.company_id
LEFT JOIN opportunities o ON o.id = d.opportunity_id
LEFT JOIN email_messages e ON e.id = d.email_id
WHERE d.deleted_at IS NULL ORDER BY d.id DESC LIMIT 101
"""
COUNT_SQL = "SELECT count(id) FROM documents WHERE deleted_at IS NULL"


def make_documents(path: Path, count: int) -> Path:
    """``count`` documents over 1,000 contacts (each a distinct small blob), added by one user."""
    db = open_database(fresh_schema(path))
    try:
        user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
        rows = [{"display_name": f"مشتری {i}", "emails": [{"address": f"c{i}@example.com"}]} for i in range(CONTACTS)]
        bulk_create_contacts(db, rows, skip_invalid=False)
        start = datetime(2025, 1, 1, tzinfo=UTC)
        blobs, docs = [], []
        for i in range(count):
            data = f"document {i}".encode()
            digest = hashlib.sha256(data).hexdigest()
            when = start + timedelta(minutes=i)
            blobs.append({"sha256": digest, "size": len(data), "data": data, "created_at": when})
            docs.append(
                {"uid": new_uid(), "version": 1, "created_at": when, "updated_at": when, "created_by_id": user.id,
                 "title": f"پیش‌فاکتور {i}", "file_name": f"offer-{i}.pdf", "mime_type": "application/pdf",
                 "size": len(data), "sha256": digest, "is_private": False, "contact_id": 1 + i % CONTACTS}
            )  # fmt: skip
        with db.write() as session:
            session.execute(insert(Blob), blobs)
            session.execute(insert(Document), docs)
    finally:
        db.close()
    return path


def list_benchmark(options: Options) -> Benchmark:
    count = QUICK_DOCUMENTS if options.quick else DOCUMENTS
    path = make_documents(options.out / "documents.sqlite3", count)
    bench = Benchmark(
        "documents",
        f"Documents list: first page (100 rows + total) of {count:,} documents",
        Side("DocumentList.page()", lambda _: None),
        Side("raw sqlite3: same SELECT + COUNT", lambda _: None),
        repeat=15,
        target_seconds=0.05,
    )

    def product(listing: DocumentList) -> None:
        page = listing.page()
        assert len(page.rows) == 100 and page.total == count

    def baseline(conn: sqlite3.Connection) -> None:
        rows = conn.execute(PAGE_SQL).fetchall()
        total = conn.execute(COUNT_SQL).fetchone()[0]
        assert len(rows) == 101 and total == count

    db = open_database(path)
    listing = DocumentList(db)
    listing.page()  # warm the engine's statement cache, as a running app has
    after, pages = None, 0
    deepest = 0.0
    while True:
        started = time.perf_counter()
        page = listing.page(after=after)
        deepest = time.perf_counter() - started
        pages += 1
        if page.after is None:
            break
        after = page.after
    bench.notes.append(f"keyset walk: {pages} pages; the last page took {deepest * 1000:.1f} ms")
    for sort in ("name", "size"):  # no index on these (no schema change): each page scans and top-N sorts
        timings, cursor = [], None
        for _ in range(5):
            started = time.perf_counter()
            found = listing.page(sort=sort, descending=False)
            timings.append(time.perf_counter() - started)
        for _ in range(50):
            found = listing.page(after=cursor, sort=sort, descending=False)
            cursor = found.after
        started = time.perf_counter()
        listing.page(after=cursor, sort=sort, descending=False)
        deep = time.perf_counter() - started
        bench.notes.append(
            f"sorted by {sort}: first page {statistics.median(timings) * 1000:.1f} ms median, "
            f"the 51st page {deep * 1000:.1f} ms"
        )
    conn = raw_connect(path)
    bench.product = Side(bench.product.label, product, lambda: listing)
    bench.baseline = Side(bench.baseline.label, baseline, lambda: conn)
    return bench


_CHILD = """
import json, sqlite3, sys, time
from pathlib import Path
mode, source, target = sys.argv[1], Path(sys.argv[2]), sys.argv[3]

def peak_kb():  # VmHWM, not ru_maxrss: Linux carries the parent's ru_maxrss over exec into the child
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

if mode == "product":
    from crm_desktop.db.engine import open_database
    from crm_desktop.services.documents import DocumentFiles
    db = open_database(target)
    files = DocumentFiles(db)
    before = peak_kb()
    started = time.perf_counter()
    files.attach(source, contact_id=1)
else:
    import hashlib
    conn = sqlite3.connect(target, isolation_level=None)
    before = peak_kb()
    started = time.perf_counter()
    data = source.read_bytes()
    digest = hashlib.sha256(data).hexdigest()
    conn.execute("BEGIN IMMEDIATE")
    conn.execute("INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)",
                 (digest, len(data), data))
    conn.execute("COMMIT")
seconds = time.perf_counter() - started
peak = peak_kb()
print(json.dumps({"seconds": seconds, "growth_mb": (peak - before) / 1024}))
"""


def _child(mode: str, source: Path, target: Path) -> dict[str, float]:
    out = subprocess.run([sys.executable, "-c", _CHILD, mode, str(source), str(target)], capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return json.loads(out.stdout.strip().splitlines()[-1])


def store_benchmark(options: Options) -> Benchmark:
    size_mb = 10 if options.quick else BIG_MB
    source = options.out / f"document-{size_mb}mb.bin"
    if not source.exists() or source.stat().st_size != size_mb * 1024 * 1024:
        with source.open("wb") as out:  # incompressible, like a scanned PDF or a photo archive
            for i in range(size_mb):
                out.write(hashlib.sha256(str(i).encode()).digest() * (1024 * 1024 // 32))
    template = options.out / "documents-store-template.sqlite3"
    fresh_schema(template)
    db = open_database(template)
    ContactService(db).create({"display_name": "Layla"})
    db.close()
    bench = Benchmark(
        "documents_store",
        f"store one {size_mb} MB document into a fresh copy of a small database",
        Side("DocumentFiles.attach (streamed)", lambda _: None),
        Side("raw sqlite3 INSERT of the bytes", lambda _: None),
        repeat=3,
    )
    target = options.out / "documents-store.sqlite3"

    def fresh_copy() -> Path:
        for suffix in ("", "-wal", "-shm"):
            Path(f"{target}{suffix}").unlink(missing_ok=True)
        source_db, copy = sqlite3.connect(template), sqlite3.connect(target)
        source_db.backup(copy)
        source_db.close()
        copy.close()
        return target

    def product_setup() -> Any:
        return open_database(fresh_copy())

    def product(db: Any) -> None:
        DocumentFiles(db).attach(source, contact_id=1)

    def baseline_setup() -> sqlite3.Connection:
        return raw_connect(fresh_copy())

    def baseline(conn: sqlite3.Connection) -> None:
        data = source.read_bytes()
        digest = hashlib.sha256(data).hexdigest()
        conn.execute("BEGIN IMMEDIATE")
        sql = "INSERT INTO blobs (sha256, size, data, created_at) VALUES (?, ?, ?, CURRENT_TIMESTAMP)"
        conn.execute(sql, (digest, len(data), data))
        conn.execute("COMMIT")

    bench.product = Side(bench.product.label, product, product_setup, lambda db: db.close())
    bench.baseline = Side(bench.baseline.label, baseline, baseline_setup, lambda conn: conn.close())
    # Memory in child processes: a peak never goes down, so each side needs a process of its own.
    peaks = {mode: statistics.median(_child(mode, source, fresh_copy())["growth_mb"] for _ in range(3))
             for mode in ("product", "baseline")}  # fmt: skip
    bench.notes.append(
        f"peak RSS growth storing {size_mb} MB: attach {peaks['product']:.0f} MB "
        f"({peaks['product'] / size_mb:.1f}x the file), raw insert {peaks['baseline']:.0f} MB "
        f"({peaks['baseline'] / size_mb:.1f}x)"
    )
    return bench


def benchmark(options: Options) -> Benchmark:
    return list_benchmark(options)


def benchmarks(options: Options) -> list[Benchmark]:
    return [list_benchmark(options), store_benchmark(options)]


if __name__ == "__main__":
    opts = Options(quick="--quick" in sys.argv)
    opts.out.mkdir(parents=True, exist_ok=True)
    found = benchmarks(opts)
    results = [run_benchmark(b, None) for b in found]
    print(table(results))
