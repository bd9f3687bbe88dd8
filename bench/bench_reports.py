"""reports: a 10,000-contact directory PDF in Arabic vs a plain ReportLab table of the same rows in Latin.

Product: ``make_report("directory", lang="ar")`` end to end on a demo database (reading the rows through
ListingService, shaping, line breaking, ordering each line, mirrored columns, page X of Y, embedded
Vazirmatn). Baseline: the same 10,000 rows already in memory, their Arabic letters replaced by Latin
ones, as ReportLab ``Table``s of 200 rows (one big Table is quadratic) in Helvetica: no shaping, no
bidi, no embedding. Target (issue 10): ratio <= 2.

Also measured, in the notes: peak memory of a fresh process making the Arabic directory (target
< 400 MB) and a contact profile with 2,000 timeline items (target < 5 s).
"""

from __future__ import annotations

import json
import statistics
import subprocess
import sys
import time
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.platypus import SimpleDocTemplate, Table, TableStyle

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import Activity
from crm_desktop.reports.context import ReportOptions
from crm_desktop.reports.engine import make_report
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.listing import ListingService
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.services.people import ContactService

from .common import remove_database
from .harness import Benchmark, Options, Side

FULL, QUICK = 10_000, 2_000
PROFILE_ITEMS = 2_000
_LATIN = str.maketrans({chr(c): chr(97 + c % 26) for c in range(0x0600, 0x0700)})
_MEMORY = """
import resource, sys
from crm_desktop.db.engine import open_database
from crm_desktop.reports.context import ReportOptions
from crm_desktop.reports.engine import make_report
db = open_database(sys.argv[1], create=False)
make_report(db, "directory", sys.argv[2], ReportOptions(lang="ar"))
print(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss)
"""


def _database(options: Options, count: int) -> tuple[Path, int]:
    """A demo office of ``count`` contacts plus one contact with 2,000 activities (kept between runs)."""
    path = options.out / f"reports-{count}.sqlite3"
    marker = path.with_suffix(".json")
    if path.exists() and marker.exists():
        return path, json.loads(marker.read_text())["profile_contact"]
    remove_database(path)
    db = open_database(path)
    ensure_basics(db)
    fill_demo(db, contacts=count, seed=7)
    contact = ContactService(db).create({"display_name": "مریم کاظمی", "emails": ["maryam@example.ir"]}).id
    start = datetime(2024, 1, 1, tzinfo=UTC)
    kinds = ("call", "note", "meeting", "task", "email", "sms")
    with db.write() as session:
        insert_rows(
            session.connection(),
            Activity.__table__,
            [
                {
                    "kind": kinds[i % len(kinds)],
                    "subject": f"پیگیری سفارش شماره {i} (فاکتور {1000 + i})",
                    "outcome": "پاسخ داد" if i % 3 == 0 else None,
                    "duration_minutes": 5 + i % 40,
                    "contact_id": contact,
                    "occurred_at": start + timedelta(hours=7 * i),
                    "version": 1,
                    "done": False,
                    "is_private": False,
                    "priority": 2,
                    "uid": f"bench-report-{i}",
                    "created_at": start,
                    "updated_at": start,
                }
                for i in range(PROFILE_ITEMS)
            ],
        )
    db.close()
    marker.write_text(json.dumps({"profile_contact": contact}))
    return path, contact


def _latin_rows(db: Database) -> list[list[str]]:
    listing = ListingService(db)
    ids = listing.page_ids("contacts", {}, "name", False, 0, 1_000_000)
    rows: list[list[str]] = []
    for start in range(0, len(ids), 1000):
        for r in listing.contact_rows(ids[start : start + 1000]):
            values = [r.display_name, r.company_name, r.email, r.phone, r.lifecycle_stage, r.owner_name]
            rows.append([(v or "").translate(_LATIN) for v in values])
    return rows


def _plain_table(rows: list[list[str]], out: Path) -> None:
    doc = SimpleDocTemplate(str(out), pagesize=landscape(A4))
    style = TableStyle(
        [
            ("FONT", (0, 0), (-1, -1), "Helvetica", 8),
            ("FONT", (0, 0), (-1, 0), "Helvetica-Bold", 8),
            ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.grey),
            ("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, colors.whitesmoke]),
        ]
    )
    header = ["Name", "Company", "Email", "Phone", "Stage", "Owner"]
    story = []
    for start in range(0, len(rows), 200):
        table = Table([header, *rows[start : start + 200]], colWidths=[130, 150, 210, 100, 60, 80], repeatRows=1)
        table.setStyle(style)
        story.append(table)
    doc.build(story)


def _peak_memory_mb(path: Path, out: Path) -> float:
    done = subprocess.run(
        [sys.executable, "-c", _MEMORY, str(path), str(out)],
        check=True,
        capture_output=True,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    return int(done.stdout.strip().splitlines()[-1]) / 1024  # ru_maxrss is in KiB on Linux


def benchmark(options: Options) -> Benchmark:
    count = QUICK if options.quick else FULL
    path, profile_contact = _database(options, count)
    db = open_database(path, create=False)
    latin = _latin_rows(db)
    product_out, baseline_out = options.out / "reports-directory-ar.pdf", options.out / "reports-plain.pdf"
    bench = Benchmark(
        "reports",
        f"{count:,}-contact directory PDF in Arabic vs a plain ReportLab table of the same rows in Latin",
        Side("make_report('directory', lang='ar') from the database", lambda _: None),
        Side("ReportLab Tables of 200 rows, Latin text, Helvetica, rows in memory", lambda _: None),
        repeat=3,
        target_ratio=2.0,
    )
    pages: dict[str, Any] = {}

    def product(_state: None) -> None:
        result = make_report(db, "directory", product_out, ReportOptions(lang="ar"))
        assert result.rows == count + 1, result  # the demo office and the profile contact
        pages["product"] = result.pages

    def baseline(_state: None) -> None:
        _plain_table(latin, baseline_out)

    bench.product.run, bench.baseline.run = product, baseline
    memory = _peak_memory_mb(path, options.out / "reports-memory.pdf")
    bench.notes.append(f"peak memory of a fresh process making the Arabic directory: {memory:.0f} MB (target < 400 MB)")
    timings = []
    for _ in range(3):
        started = time.perf_counter()
        result = make_report(
            db,
            "profile",
            options.out / "reports-profile.pdf",
            ReportOptions(lang="fa"),
            {"contact_id": profile_contact},
        )
        timings.append(time.perf_counter() - started)
    median = statistics.median(timings)
    bench.notes.append(
        f"contact profile with {PROFILE_ITEMS:,} timeline items (fa): median {median:.2f} s of 3, "
        f"{result.pages} pages (target < 5 s: {'met' if median < 5 else 'NOT met'})"
    )
    return bench
