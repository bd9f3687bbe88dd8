"""bulk_create: 100,000 validated contacts (1-2 emails, 1-2 phones each) vs raw sqlite3 executemany.

The baseline inserts the very rows the product ends up writing (normalised, with ids), so the ratio is
the price of validation, normalisation, audit rows and SQLAlchemy on top of SQLite. Target: <= 3.
"""

from __future__ import annotations

import sqlite3
from typing import Any

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.bulk import bulk_create_contacts

from .common import FinalRows, final_rows, fresh_schema, input_rows, raw_connect
from .harness import Benchmark, Options, Side

FULL, QUICK = 100_000, 20_000


def benchmark(options: Options) -> Benchmark:
    count = QUICK if options.quick else FULL
    rows = input_rows(count)
    final: FinalRows = final_rows(rows)
    product_path = options.out / "bulk_create-product.sqlite3"
    baseline_path = options.out / "bulk_create-baseline.sqlite3"
    bench = Benchmark(
        "bulk_create",
        f"{count:,} contacts with 1-2 emails and 1-2 phones each, one transaction, fresh WAL file",
        Side("bulk_create_contacts()", lambda db: None),
        Side("sqlite3 executemany of the final rows", lambda conn: None),
        target_ratio=3.0,
    )
    emails, phones = (len(final.tables[t][1]) for t in ("email_addresses", "phone_numbers"))
    bench.notes.append(f"{count:,} contacts, {emails:,} emails, {phones:,} phones ({final.count:,} rows)")

    def product_setup() -> Database:
        return open_database(fresh_schema(product_path))

    def product_run(db: Database) -> None:
        result = bulk_create_contacts(db, rows, skip_invalid=False)
        assert result.created == count, result.errors[:3]

    def product_check(db: Database) -> None:
        with db.read() as session:
            found = session.connection().exec_driver_sql("SELECT count(*) FROM contacts").scalar()
        db.close()
        assert found == count, f"product wrote {found} contacts, expected {count}"

    def baseline_run(conn: sqlite3.Connection) -> None:
        final.insert(conn)

    def baseline_check(conn: Any) -> None:
        found = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        conn.close()
        assert found == count, f"baseline wrote {found} contacts, expected {count}"

    bench.product = Side(bench.product.label, product_run, product_setup, product_check)
    bench.baseline = Side(
        bench.baseline.label, baseline_run, lambda: raw_connect(fresh_schema(baseline_path)), baseline_check
    )
    return bench
