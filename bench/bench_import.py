"""import: a 100,000-row CSV (names in three scripts, 2 emails and 2 phones each) through the whole import,
vs parsing the same file with the csv module and inserting the final rows with raw sqlite3 executemany.

The product side is what File > Import… and ``crm-desktop import`` do: encoding/delimiter/header detection,
column mapping, conversion, validation with the form's rules, the duplicate lookup (policy "skip"), audit
rows and one transaction. Target: ratio <= 3.

Memory (notes): the same import streams, so reading a file ten times larger must not need ten times the
memory; a child process reads and converts a 1,000,000-row file (200,000 with --quick) and its peak RSS is
compared with a 100,000-row one. A second benchmark, ``import_vcard``, imports 10,000 vCards (target < 10 s).
"""

from __future__ import annotations

import csv
import random
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import Database, open_database
from crm_desktop.io.import_flow import ImportFlow
from crm_desktop.services import demo_names as names

from .common import FinalRows, final_rows, fresh_schema, raw_connect
from .harness import Benchmark, Options, Side

FULL, QUICK = 100_000, 20_000
HEADER = ["First Name", "Last Name", "E-mail 1 - Value", "E-mail 2 - Value", "Phone 1 - Value", "Phone 2 - Value"]


_PHONES = {"en": ("+49 151 1", "+49 30 1"), "ar": ("+966 50", "+966 11"), "fa": ("+98 912", "+98 21 1")}


def contact_rows(count: int, seed: int = 7) -> list[dict[str, Any]]:
    """Names in English, Arabic and Persian; always two emails and two phones (international form)."""
    rng = random.Random(seed)
    rows = []
    for i in range(count):
        lang = names.LANGS[i % 3]
        given, given_latin = rng.choice(names.GIVEN_NAMES[lang])
        family, family_latin = rng.choice(names.FAMILY_NAMES[lang])
        mobile, landline = _PHONES[lang]  # unique numbers: a random clash would be skipped as a duplicate
        rows.append(
            {
                "given_name": given,
                "family_name": family,
                "emails": [f"{given_latin}.{family_latin}{i}@example.com", f"{given_latin}{i}@example.net"],
                "phones": [f"{mobile} {i:07d}", f"{landline} {i:07d}"],
            }
        )
    return rows


def write_csv(path: Path, rows: list[dict[str, Any]]) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for r in rows:
            writer.writerow([r["given_name"], r["family_name"], *r["emails"], *r["phones"]])


def run_import(db: Database, path: Path) -> Any:
    flow = ImportFlow(db)
    flow.submit_file(path)
    if "source" in flow.steps():
        flow.submit_source()
        flow.submit_mapping()
    flow.submit_options("skip", skip_invalid=False)
    return flow.run()


_STREAM_CHILD = """
import sys
from crm_desktop.io.import_flow import open_source, suggest
from crm_desktop.io.convert import RowConverter

def high_water_kb():
    for line in open("/proc/self/status"):
        if line.startswith("VmHWM:"):
            return int(line.split()[1])

# The peak RSS a forked child inherits is its parent's: start counting here (Linux: clear_refs 5).
with open("/proc/self/clear_refs", "w") as refs:
    refs.write("5")
source = open_source(sys.argv[1])
convert = RowConverter(source.header, suggest(source.header)).convert
count = sum(1 for row in source.rows() if convert(row.cells))
print(count, high_water_kb())
"""


def stream_peak_kb(path: Path) -> tuple[int, int]:
    """(rows read, peak RSS in KB) of a child process that streams and converts the whole file."""
    out = subprocess.run([sys.executable, "-c", _STREAM_CHILD, str(path)], capture_output=True, text=True, check=True)
    rows, peak = out.stdout.split()
    return int(rows), int(peak)


def benchmark(options: Options) -> Benchmark:
    count = QUICK if options.quick else FULL
    rows = contact_rows(count)
    final: FinalRows = final_rows(rows)
    source = options.out / f"import-{count}.csv"
    write_csv(source, rows)
    product_path = options.out / "import-product.sqlite3"
    baseline_path = options.out / "import-baseline.sqlite3"
    bench = Benchmark(
        "import",
        f"{count:,}-row CSV (en/ar/fa names, 2 emails, 2 phones) through the import flow, fresh WAL file",
        Side("ImportFlow: detect, map, convert, validate, dedupe, bulk insert", lambda db: None),
        Side("csv.reader over the file + sqlite3 executemany of the final rows", lambda conn: None),
        target_ratio=3.0,
    )
    size_mb = source.stat().st_size / 1e6
    bench.notes.append(f"{count:,} rows, {size_mb:.1f} MB, {final.count:,} rows written in 3 tables")

    def product_run(db: Database) -> None:
        report = run_import(db, source)
        assert report.counts["created"] == count, report.problems(3)

    def product_check(db: Database) -> None:
        with db.read() as session:
            found = session.connection().exec_driver_sql("SELECT count(*) FROM email_addresses").scalar()
        db.close()
        assert found == 2 * count, f"product wrote {found} emails, expected {2 * count}"

    def baseline_run(conn: sqlite3.Connection) -> None:
        with open(source, encoding="utf-8", newline="") as handle:
            parsed = sum(1 for _ in csv.reader(handle))
        assert parsed == count + 1
        final.insert(conn)

    def baseline_check(conn: sqlite3.Connection) -> None:
        found = conn.execute("SELECT count(*) FROM email_addresses").fetchone()[0]
        conn.close()
        assert found == 2 * count

    bench.product = Side(
        bench.product.label, product_run, lambda: open_database(fresh_schema(product_path)), product_check
    )
    bench.baseline = Side(
        bench.baseline.label, baseline_run, lambda: raw_connect(fresh_schema(baseline_path)), baseline_check
    )
    _memory_notes(bench, options, count)
    return bench


def _memory_notes(bench: Benchmark, options: Options, count: int) -> None:
    big = 200_000 if options.quick else 1_000_000
    small_path, big_path = options.out / "stream-small.csv", options.out / "stream-big.csv"
    write_csv(small_path, contact_rows(big // 10, seed=3))
    with open(big_path, "w", encoding="utf-8", newline="") as handle:  # written in slices: the writer stays small
        writer = csv.writer(handle)
        writer.writerow(HEADER)
        for start in range(0, big, 50_000):
            for r in contact_rows(50_000, seed=start):
                writer.writerow([r["given_name"], r["family_name"], *r["emails"], *r["phones"]])
    small_rows, small_kb = stream_peak_kb(small_path)
    big_rows, big_kb = stream_peak_kb(big_path)
    bench.notes.append(
        f"streaming read+convert: {small_rows:,} rows peak {small_kb / 1024:.0f} MB RSS; {big_rows:,} rows "
        f"({big_path.stat().st_size / 1e6:.0f} MB file) peak {big_kb / 1024:.0f} MB RSS"
    )
    small_path.unlink()
    big_path.unlink()
