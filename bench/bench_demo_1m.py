"""demo_1m: wall time of ``crm-desktop demo --contacts 1000000`` (fill_demo) vs raw inserts of 1M contacts.

The product is the whole demo (companies, contacts with emails/phones/tags/addresses, deals, appointments,
capped activities, mail, documents); the baseline only writes 1,000,000 bare contact rows with sqlite3,
so the ratio says how far the complete demo is from the cheapest possible million. The product file
is kept in bench/out/ for the open_info benchmark.
"""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.demo import fill_demo

from .common import FinalRows, contact_tuples, fresh_schema, raw_connect, remove_database
from .harness import Benchmark, Options, Side

FULL, QUICK = 1_000_000, 100_000


def demo_file(options: Options) -> tuple[int, Path, Path]:
    """(contacts, database file, marker written once the file is complete): shared with open_info."""
    count = QUICK if options.quick else FULL
    path = options.out / f"demo-{count}.sqlite3"
    return count, path, path.with_suffix(".complete")


def benchmark(options: Options) -> Benchmark:
    count, path, marker = demo_file(options)
    baseline_path = options.out / "demo-baseline.sqlite3"
    bench = Benchmark(
        "demo_1m",
        f"fill_demo(contacts={count:,}) on a fresh file vs sqlite3 executemany of {count:,} contact rows",
        Side(f"fill_demo(db, contacts={count:,})", lambda db: None),
        Side(f"sqlite3 executemany, {count:,} contacts", lambda conn: None),
        repeat=1,
    )
    rows: list[FinalRows] = []  # built on first use, kept for further repeats

    def product_setup() -> Database:
        marker.unlink(missing_ok=True)
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_database(path)
        return open_database(path)

    def product_run(db: Database) -> None:
        started = time.perf_counter()
        first: dict[str, float] = {}
        last: dict[str, float] = {}

        def progress(step: str, _done: int) -> None:
            now = time.perf_counter() - started
            first.setdefault(step, now)
            last[step] = now

        counts = fill_demo(db, contacts=count, progress=progress)
        bench.notes.append("created: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()))
        previous = 0.0
        steps = []
        for step, end in last.items():
            if step != "done":
                steps.append(f"{step} {end - previous:.1f} s")
                previous = end
        bench.notes.append("time per step (until its last progress report): " + ", ".join(steps))

    def product_teardown(db: Database) -> None:
        db.close()
        marker.write_text(f"{count}\n")

    def baseline_setup() -> sqlite3.Connection:
        if not rows:
            rows.append(contact_tuples(count))
        return raw_connect(fresh_schema(baseline_path))

    def baseline_run(conn: sqlite3.Connection) -> None:
        rows[0].insert(conn)

    bench.product = Side(bench.product.label, product_run, product_setup, product_teardown)
    bench.baseline = Side(bench.baseline.label, baseline_run, baseline_setup, lambda conn: conn.close())
    return bench
