"""open_info: open a 1M-contact database and compute ``database_info`` vs sqlite3 connect + count(*).

Uses the file the demo_1m benchmark leaves in bench/out/ (built here with fill_demo when missing).
Target: the product under one second, absolute: that is what a user waits for on start-up and
``crm-desktop info``.
"""

from __future__ import annotations

import sqlite3
import sys
import time
from pathlib import Path

from crm_desktop.db.engine import open_database
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.maintenance import DatabaseInfo, database_info

from .bench_demo_1m import demo_file
from .common import remove_database
from .harness import Benchmark, Options, Side


def ensure_demo_file(options: Options) -> tuple[int, Path]:
    """The cached demo database, built (slowly, once) if a complete one is not there yet."""
    count, path, marker = demo_file(options)
    if not (marker.exists() and path.exists()):
        print(f"  open_info: building {path} with fill_demo(contacts={count:,}) (once; cached)", file=sys.stderr)
        path.parent.mkdir(parents=True, exist_ok=True)
        remove_database(path)
        db = open_database(path)
        try:
            fill_demo(db, contacts=count)
        finally:
            db.close()
        marker.write_text(f"{count}\n")
    return count, path


def benchmark(options: Options) -> Benchmark:
    count, path = ensure_demo_file(options)
    bench = Benchmark(
        "open_info",
        f"open a {count:,}-contact database and summarise it",
        Side("database_info(open_database(path))", lambda _: None),
        Side("sqlite3.connect + SELECT count(*) FROM contacts", lambda _: None),
        repeat=5,
        target_seconds=1.0,
    )
    split: list[tuple[float, float]] = []

    def product_run(_state: None) -> None:
        started = time.perf_counter()
        db = open_database(path)
        opened = time.perf_counter()
        try:
            info: DatabaseInfo = database_info(db)
        finally:
            db.close()
        split.append((opened - started, time.perf_counter() - opened))
        assert info.counts["contacts"] == count, info.counts

    def baseline_run(_state: None) -> None:
        conn = sqlite3.connect(path)
        try:
            found = conn.execute("SELECT count(*) FROM contacts").fetchone()[0]
        finally:
            conn.close()
        assert found == count

    def summary(_state: None) -> None:
        opens, infos = sorted(o for o, _ in split), sorted(i for _, i in split)
        bench.notes[:] = [
            f"median split: open_database {opens[len(opens) // 2]:.3f} s + database_info {infos[len(infos) // 2]:.3f} s"
        ]

    bench.product = Side(bench.product.label, product_run, teardown=summary)
    bench.baseline = Side(bench.baseline.label, baseline_run)
    return bench
