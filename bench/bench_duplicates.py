"""duplicates: ``DuplicateService.find("contacts")`` over 100,000 contacts (bench_search's quick file:
``fill_demo(contacts=100_000)``) vs raw SQL listing the pairs that share a normalised email or an E.164
phone (the exact-match part of the work, as self-joins).

Target (issue 5): < 10 s, and never all pairs: the notes give how many candidate pairs blocking let
through against the n(n-1)/2 of comparing everything.
"""

from __future__ import annotations

import sqlite3
from collections import Counter

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.duplicates import DuplicateService

from .bench_search import search_file
from .harness import Benchmark, Options, Side

RAW = (
    "SELECT a.contact_id, b.contact_id FROM email_addresses a JOIN email_addresses b "
    "ON b.address_norm = a.address_norm AND b.contact_id > a.contact_id "
    "JOIN contacts ca ON ca.id = a.contact_id AND ca.deleted_at IS NULL "
    "JOIN contacts cb ON cb.id = b.contact_id AND cb.deleted_at IS NULL "
    "UNION SELECT a.contact_id, b.contact_id FROM phone_numbers a JOIN phone_numbers b "
    "ON b.e164 = a.e164 AND b.contact_id > a.contact_id "
    "JOIN contacts ca ON ca.id = a.contact_id AND ca.deleted_at IS NULL "
    "JOIN contacts cb ON cb.id = b.contact_id AND cb.deleted_at IS NULL"
)


def benchmark(options: Options) -> Benchmark:
    count, path = search_file(Options(repeat=options.repeat, quick=True, out=options.out))
    bench = Benchmark(
        "duplicates",
        f"find likely duplicate contacts among {count:,} (blocking, scoring, reasons)",
        Side("DuplicateService.find('contacts')", lambda _: None),
        Side("sqlite3: pairs sharing an email or a phone (self-joins)", lambda _: None),
        repeat=3,
        target_seconds=10.0,
    )
    db: Database = open_database(path)
    raw = sqlite3.connect(path)

    def product(_state: None) -> None:
        scan = DuplicateService(db).find("contacts")
        reasons = Counter(r.code for p in scan.pairs for r in p.reasons)
        bench.notes[:] = [
            f"{scan.records:,} contacts, {scan.compared:,} candidate pairs scored instead of "
            f"{scan.records * (scan.records - 1) // 2:,} (all pairs), {len(scan.pairs):,} pairs reported",
            "reasons: " + ", ".join(f"{k} {v:,}" for k, v in reasons.most_common()),
        ]

    def baseline(_state: None) -> None:
        pairs = raw.execute(RAW).fetchall()
        if len(bench.notes) == 2:
            bench.notes.append(f"raw: {len(pairs):,} pairs share an email or a phone")

    bench.product = Side(bench.product.label, product)
    bench.baseline = Side(bench.baseline.label, baseline)
    return bench
