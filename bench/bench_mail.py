"""mail: a 10,000-message mbox (Persian/Arabic/English, multipart/alternative, every third message with a 30 KB
PDF attachment) imported into a database of 1,000 contacts (links, threads, attachments as documents, search
index); target < 60 s. Baseline: the stdlib alone, ``mailbox.mbox`` iterated (compat32 parsing) with every part's
payload decoded — what reading the mailbox costs before anything is stored.

Memory (notes): the import streams, so a child process importing the 10,000-message mbox must not need much
more peak memory than one importing 2,000 (VmHWM from /proc/self/status: the child's own peak since it
started; ru_maxrss would report the benchmark parent's peak, which Linux carries over exec into the child).
"""

from __future__ import annotations

import mailbox
import subprocess
import sys
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage as Mime
from email.utils import format_datetime
from pathlib import Path

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.bulk import bulk_create_contacts
from crm_desktop.services.mail_import import MailImporter

from .common import fresh_schema
from .harness import Benchmark, Options, Side

FULL, QUICK, CONTACTS = 10_000, 2_000, 1_000
_SUBJECTS = ("پیش‌فاکتور سفارش", "عرض سعر للمشروع", "Meeting next week")


def write_mbox(path: Path, count: int) -> None:
    start = datetime(2025, 1, 1, tzinfo=UTC)
    pdf = b"%PDF-1.4\n" + bytes(range(256)) * 120
    with open(path, "wb") as out:
        for i in range(count):
            msg = Mime()
            msg["From"] = f"Customer {i % CONTACTS} <customer{i % CONTACTS}@example.com>"
            msg["To"] = "sales@shop.example.com"
            msg["Subject"] = f"{_SUBJECTS[i % 3]} {i}"
            msg["Message-ID"] = f"<bench{i}@example.com>"
            msg["Date"] = format_datetime(start + timedelta(minutes=i))
            if i % 5:
                msg["In-Reply-To"] = msg["References"] = f"<bench{i - i % 5}@example.com>"
            msg.set_content(f"سلام،\nلطفاً پیش‌فاکتور {i} را بررسی کنید.\n" * 5)
            msg.add_alternative(f'<div dir="rtl"><p>سلام، پیش‌فاکتور {i}</p></div>', subtype="html")
            if i % 3 == 0:
                msg.add_attachment(pdf, maintype="application", subtype="pdf", filename=f"offer-{i}.pdf")
            out.write(b"From customer@example.com Wed Jan  1 00:00:00 2025\n")
            out.write(bytes(msg).replace(b"\r\n", b"\n").rstrip(b"\n") + b"\n\n")


def with_contacts(path: Path) -> Database:
    db = open_database(fresh_schema(path))
    rows = [
        {"display_name": f"Customer {i}", "emails": [{"address": f"customer{i}@example.com"}]} for i in range(CONTACTS)
    ]
    bulk_create_contacts(db, rows, skip_invalid=False)
    return db


_CHILD = """
import sys
from crm_desktop.db.engine import open_database
from crm_desktop.services.mail_import import MailImporter
db = open_database(sys.argv[2])
MailImporter(db).import_file(sys.argv[1])
print(next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")))  # KiB
"""


def child_peak_mb(mbox: Path, db_path: Path) -> float:
    fresh_schema(db_path)
    out = subprocess.run([sys.executable, "-c", _CHILD, str(mbox), str(db_path)], capture_output=True, text=True)
    if out.returncode:
        raise RuntimeError(out.stderr[-2000:])
    return int(out.stdout.split()[-1]) / 1024


def benchmark(options: Options) -> Benchmark:
    count = QUICK if options.quick else FULL
    source = options.out / f"mail-{count}.mbox"
    write_mbox(source, count)
    product_path = options.out / "mail-product.sqlite3"
    bench = Benchmark(
        "mail",
        f"{count:,}-message mbox (1/3 with a PDF) into {CONTACTS:,} contacts, fresh WAL file",
        Side("MailImporter.import_file", lambda db: None),
        Side("stdlib mailbox.mbox parse + decode", lambda _: None),
        repeat=3,
        target_seconds=60.0,
    )
    bench.notes.append(f"{count:,} messages, {source.stat().st_size / 1e6:.1f} MB")

    def product_run(db: Database) -> None:
        report = MailImporter(db).import_file(source)
        assert report.added == count and report.linked == count, report

    def baseline_run(_: object) -> None:
        box = mailbox.mbox(source, create=False)
        for msg in box.itervalues():  # compat32 parsing, every leaf part decoded
            for part in msg.walk():
                if not part.is_multipart():
                    part.get_payload(decode=True)
        box.close()

    bench.product = Side(bench.product.label, product_run, lambda: with_contacts(product_path), lambda db: db.close())
    bench.baseline = Side(bench.baseline.label, baseline_run)
    small = options.out / "mail-small.mbox"
    write_mbox(small, count // 5)
    peaks = [
        child_peak_mb(small, options.out / "mail-mem.sqlite3"),
        child_peak_mb(source, options.out / "mail-mem.sqlite3"),
    ]
    bench.notes.append(
        f"peak RSS importing {count // 5:,} vs {count:,} messages: {peaks[0]:.0f} MB vs {peaks[1]:.0f} MB"
    )
    return bench
