"""import_vcard: 10,000 vCards (3.0, as phones export them: names in three scripts, 2 emails, 2 phones, ORG,
BDAY, NOTE, CATEGORIES) through the import flow; target < 10 s. Baseline: sqlite3 executemany of the final
rows (what the cards become), to show what parsing and validation add.
"""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.db.engine import Database, open_database
from crm_desktop.io.vcard_write import vcard_text
from crm_desktop.services.dto import ContactDTO, EmailDTO, PhoneDTO

from .bench_import import contact_rows, run_import
from .common import final_rows, fresh_schema, raw_connect
from .harness import Benchmark, Options, Side

COUNT = 10_000


def write_cards(path: Path, count: int) -> None:
    now = datetime.now(UTC)
    with open(path, "w", encoding="utf-8", newline="") as handle:
        for i, row in enumerate(contact_rows(count, seed=11)):
            contact = ContactDTO(
                id=i + 1, uid=f"00000000-0000-4000-8000-{i:012d}", version=1, created_at=now, updated_at=now,
                created_by_id=None, updated_by_id=None, deleted_at=None, prefix=None, given_name=row["given_name"],
                middle_name=None, family_name=row["family_name"],
                display_name=f"{row['given_name']} {row['family_name']}", company_id=None, job_title="Buyer",
                lifecycle_stage="lead", owner_id=None, birthday=None, source=None, notes="Met at the fair",
                is_private=False, last_contacted_at=None, custom_fields={},
                emails=tuple(EmailDTO(address=a, label="work", is_primary=not j) for j, a in enumerate(row["emails"])),
                phones=tuple(PhoneDTO(raw=p, e164=None, label="mobile", is_primary=not j)
                             for j, p in enumerate(row["phones"])),
                addresses=(), tags=("customers",),
            )  # fmt: skip
            handle.write(vcard_text(contact, "Nakhl Trading", None, "3.0"))


def benchmark(options: Options) -> Benchmark:
    count = COUNT
    source = options.out / "import-cards.vcf"
    write_cards(source, count)
    final = final_rows(contact_rows(count, seed=11))
    product_path = options.out / "import_vcard-product.sqlite3"
    baseline_path = options.out / "import_vcard-baseline.sqlite3"
    bench = Benchmark(
        "import_vcard",
        f"{count:,} vCards 3.0 through the import flow, fresh WAL file",
        Side("ImportFlow on a .vcf", lambda db: None),
        Side("sqlite3 executemany of the final rows", lambda conn: None),
        repeat=3,
        target_seconds=10.0,
    )
    bench.notes.append(f"{count:,} cards, {source.stat().st_size / 1e6:.1f} MB")

    def product_run(db: Database) -> None:
        report = run_import(db, source)
        assert report.counts["created"] == count, report.problems(3)

    def product_done(db: Database) -> None:
        db.close()

    def baseline_run(conn: sqlite3.Connection) -> None:
        final.insert(conn)

    bench.product = Side(
        bench.product.label, product_run, lambda: open_database(fresh_schema(product_path)), product_done
    )
    bench.baseline = Side(
        bench.baseline.label, baseline_run, lambda: raw_connect(fresh_schema(baseline_path)), lambda c: c.close()
    )
    return bench
