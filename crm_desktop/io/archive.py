"""The full-data archive: one ZIP with every table as CSV, documents as files, contacts as vCard, a manifest.

Nothing is locked in: ``tables/<table>.csv`` (UTF-8, a header of column names) hold every row of every
table, exactly; ``documents/<id> - <file name>`` the stored files (photos and other blobs nobody named are
``blobs/<sha256>``); ``contacts.vcf`` every live contact as vCard 4.0 and ``appointments.ics`` every live
appointment (series with their RRULE, exceptions and changed occurrences) as iCalendar, for other programs.
``manifest.json`` lists each file with its row count and SHA-256. The restore reads only the tables: the
vCard and iCalendar copies are for leaving, not for coming back.

CSV cells are written reversibly (``archive_format.py``). ``archive_restore.import_archive`` restores into an
EMPTY database, exactly (same ids, uids, versions, times and bytes), in one transaction, after checking the ZIP.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import os
import re
import zipfile
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from sqlalchemy import select

from crm_desktop import __version__
from crm_desktop.db.engine import Database
from crm_desktop.db.migrate import current_revision
from crm_desktop.db.models import Base, Blob, Document
from crm_desktop.errors import CrmError

from .archive_format import BATCH, FORMAT, FORMAT_VERSION, NULL, ArchiveSummary, archive_columns, encode_cell
from .export import contact_cards
from .ics_export import export_ics
from .vcard_write import write_vcards

_UNSAFE_NAME = re.compile(r'[\\/:*?"<>|\x00-\x1f]+')


class _HashingWriter(io.RawIOBase):
    def __init__(self, target: Any):
        self.target, self.digest, self.size = target, hashlib.sha256(), 0

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.digest.update(data)
        self.size += len(data)
        self.target.write(data)
        return len(data)


def export_archive(
    db: Database, path: str | Path, *, progress: Callable[[str, int], bool] | None = None
) -> ArchiveSummary:
    """Write the whole database to the ZIP ``path`` (via a temporary file: never a half archive)."""
    path = Path(path)
    partial = path.with_name(path.name + ".partial")
    manifest: dict[str, Any] = {
        "format": FORMAT, "format_version": FORMAT_VERSION, "app_version": __version__,
        "schema_revision": current_revision(db), "created_at": datetime.now(UTC).isoformat(),
        "null": NULL, "text_prefix": "'", "tables": {}, "blobs": {}, "contacts_vcard": "contacts.vcf",
        "appointments_icalendar": "appointments.ics",
    }  # fmt: skip
    report = progress or (lambda _what, _done: True)
    try:
        with zipfile.ZipFile(partial, "w", zipfile.ZIP_DEFLATED, allowZip64=True) as archive, db.read() as session:
            options = {"isolation_level": "REPEATABLE READ"} if db.url.get_backend_name() == "postgresql" else {}
            conn = session.connection(execution_options=options)  # one snapshot for every table
            for table in Base.metadata.sorted_tables:
                columns = archive_columns(table)
                name = f"tables/{table.name}.csv"
                with archive.open(name, "w", force_zip64=True) as member:
                    hashing = _HashingWriter(member)
                    text = io.TextIOWrapper(hashing, encoding="utf-8", newline="")
                    writer = csv.writer(text)
                    writer.writerow([c.name for c in columns])
                    count = 0
                    query = select(*columns).order_by(*table.primary_key.columns)
                    for rows in conn.execution_options(yield_per=BATCH).execute(query).partitions(BATCH):
                        writer.writerows([encode_cell(v) for v in row] for row in rows)
                        count += len(rows)
                        if report(table.name, count) is False:
                            raise CrmError("the archive was cancelled; no file was written")
                    text.flush()
                    text.detach()
                manifest["tables"][table.name] = {"file": name, "rows": count, "sha256": hashing.digest.hexdigest(),
                                                  "columns": [c.name for c in columns]}  # fmt: skip
            manifest["blobs"] = _write_blobs(archive, conn)
            with archive.open("contacts.vcf", "w", force_zip64=True) as member:
                text = io.TextIOWrapper(member, encoding="utf-8", newline="")
                manifest["contacts_in_vcard"] = write_vcards(text, contact_cards(db), "4.0")
                text.flush()
                text.detach()
            manifest["appointments_in_icalendar"] = _write_icalendar(archive, db, path)
            archive.writestr("manifest.json", json.dumps(manifest, ensure_ascii=False, indent=1))
        os.replace(partial, path)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    counts = {name: info["rows"] for name, info in manifest["tables"].items()}
    return ArchiveSummary(str(path), counts, len(manifest["blobs"]))


def _write_icalendar(archive: zipfile.ZipFile, db: Database, path: Path) -> int:
    """Every live appointment as ``appointments.ics`` (through a temporary file next to the archive)."""
    ics = path.with_name(path.name + ".ics.partial")
    try:
        count = export_ics(db, ics)
        archive.write(ics, "appointments.ics")
    finally:
        ics.unlink(missing_ok=True)
    return count


def _write_blobs(archive: zipfile.ZipFile, conn: Any) -> dict[str, dict[str, Any]]:
    named: dict[str, str] = {}
    for doc_id, sha, file_name in conn.execute(
        select(Document.id, Document.sha256, Document.file_name).order_by(Document.id)
    ):
        safe = _UNSAFE_NAME.sub("_", file_name).strip(" .")[:120] or "file"
        named.setdefault(sha, f"documents/{doc_id} - {safe}")
    blobs: dict[str, dict[str, Any]] = {}
    query = select(Blob.sha256, Blob.size, Blob.data).order_by(Blob.sha256)
    for sha, size, data in conn.execution_options(yield_per=16).execute(query):
        name = named.get(sha, f"blobs/{sha}")
        archive.writestr(zipfile.ZipInfo(name, date_time=(2000, 1, 1, 0, 0, 0)), data, zipfile.ZIP_DEFLATED)
        blobs[sha] = {"file": name, "size": size}
    return blobs
