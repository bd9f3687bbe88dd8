"""Restoring a full-data archive (``archive.py`` writes it) into an empty database, exactly, in one transaction.

The ZIP is checked first: no member path may leave the archive (../, absolute, drive letters), sizes and
compression ratios are bounded (zip bombs), and every file must match its checksum in manifest.json. Archives
written by an older version of the app are read too: columns added since are left empty or rebuilt from what
they summarise; an archive of a newer version is refused.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import zipfile
from collections.abc import Callable, Iterator
from pathlib import Path, PurePosixPath
from typing import Any

from sqlalchemy import Table, func, insert, select, true, update

from crm_desktop.db.engine import Database
from crm_desktop.db.migrate import head_revision, known_revisions
from crm_desktop.db.models import Base
from crm_desktop.errors import CrmError, ImportFileError
from crm_desktop.services import stage_reach
from crm_desktop.services.maintenance import _reset_sequences

from .archive_format import BATCH, FORMAT, FORMAT_VERSION, ArchiveSummary, archive_columns, decode_cell

MAX_MEMBERS = 5_000_000
MAX_TOTAL_BYTES = 256 * 1024**3
MAX_MEMBER_BYTES = 8 * 1024**3
MAX_RATIO = 1_000  # deflate reaches ~1030:1 at most on real data; more means a crafted bomb
MAX_MANIFEST_BYTES = 256 * 1024**2


def safe_member_name(name: str) -> bool:
    """A path that stays inside the archive: relative, no '..', no backslashes or drive letters."""
    if not name or "\\" in name or "\x00" in name or name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return False
    return ".." not in PurePosixPath(name).parts


def check_zip(path: str, archive: zipfile.ZipFile) -> dict[str, zipfile.ZipInfo]:
    infos = archive.infolist()
    if len(infos) > MAX_MEMBERS:
        raise ImportFileError(path, f"has {len(infos):,} files; at most {MAX_MEMBERS:,}")
    total = 0
    for info in infos:
        if not safe_member_name(info.filename):
            raise ImportFileError(path, f"holds a file with an unsafe path {info.filename!r} (it points outside "
                                  "the archive): refused")  # fmt: skip
        ratio = info.file_size / max(info.compress_size, 1)
        if info.file_size > MAX_MEMBER_BYTES or (info.file_size > 10 * 1024**2 and ratio > MAX_RATIO):
            raise ImportFileError(path, f"{info.filename!r} would unpack to {info.file_size:,} bytes "
                                  f"({ratio:,.0f} times its packed size): refused as a ZIP bomb")  # fmt: skip
        total += info.file_size
    if total > MAX_TOTAL_BYTES:
        raise ImportFileError(path, f"would unpack to {total:,} bytes in all: refused as a ZIP bomb")
    return {info.filename: info for info in infos}


class _Bounded(io.RawIOBase):
    """Reads a member and refuses to give more bytes than its header promised (a lying header is a bomb)."""

    def __init__(self, path: str, archive: zipfile.ZipFile, info: zipfile.ZipInfo):
        self.path, self.info, self.raw = path, info, archive.open(info)
        self.read_bytes, self.digest = 0, hashlib.sha256()

    def readable(self) -> bool:
        return True

    def readinto(self, buffer: Any) -> int:
        data = self.raw.read(len(buffer))
        self.read_bytes += len(data)
        if self.read_bytes > self.info.file_size:
            raise ImportFileError(self.path, f"{self.info.filename!r} holds more than its header says: refused")
        self.digest.update(data)
        buffer[: len(data)] = data
        return len(data)


def import_archive(
    db: Database, path: str | Path, *, user_id: int | None = None, progress: Callable[[str, int], bool] | None = None
) -> ArchiveSummary:
    """Restore the archive into the empty database ``db``, exactly; all or nothing."""
    path = str(path)
    report = progress or (lambda _what, _done: True)
    _require_empty(db)
    try:
        archive = zipfile.ZipFile(path)
    except FileNotFoundError:
        raise ImportFileError(path, "does not exist") from None
    except (zipfile.BadZipFile, OSError) as exc:
        raise ImportFileError(path, f"is not a readable ZIP archive (damaged or truncated?): {exc}") from None
    with archive:
        members = check_zip(path, archive)
        manifest = _manifest(path, archive, members)
        tables = manifest["tables"]
        with db.write(user_id) as session:
            conn = session.connection()
            counts: dict[str, int] = {}
            missing: dict[str, set[str]] = {}  # columns an older app's archive does not have yet
            for table in Base.metadata.sorted_tables:
                if table.name not in tables:
                    raise ImportFileError(path, f"manifest.json lists no table {table.name!r}")
                counts[table.name], missing[table.name] = _restore_table(
                    path, archive, members, manifest, table, conn, report
                )
            if "reached_stages" in missing["opportunities"]:  # derived from the stage history (0003)
                stage_reach.refresh(conn, true())
            _reset_sequences(conn)
            _rebuild_search(conn)
    return ArchiveSummary(path, counts, len(manifest["blobs"]))


def _require_empty(db: Database) -> None:
    with db.read() as session:
        used = {
            t.name: n for t in Base.metadata.sorted_tables if (n := session.scalar(select(func.count()).select_from(t)))
        }
    if used:
        held = ", ".join(f"{n:,} {name}" for name, n in list(used.items())[:5])
        raise CrmError(f"import-archive restores into an empty database, but {db.display_name} holds {held}; "
                       "create a new database for it")  # fmt: skip


def _manifest(path: str, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo]) -> dict[str, Any]:
    info = members.get("manifest.json")
    if info is None:
        raise ImportFileError(path, "has no manifest.json: it is not a Rafiq CRM archive")
    if info.file_size > MAX_MANIFEST_BYTES:
        raise ImportFileError(path, "manifest.json is too large: refused")
    try:
        manifest = json.loads(_Bounded(path, archive, info).read())
    except (ValueError, zipfile.BadZipFile) as exc:
        raise ImportFileError(path, f"manifest.json cannot be read: {exc}") from None
    if manifest.get("format") != FORMAT:
        raise ImportFileError(path, "is not a Rafiq CRM archive (manifest.json names another format)")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise ImportFileError(
            path, f"is archive format {manifest.get('format_version')}; this app reads {FORMAT_VERSION}"
        )
    if manifest.get("schema_revision") not in known_revisions():  # a newer app's archive, or not ours
        raise ImportFileError(path, f"was written with database schema {manifest.get('schema_revision')}; this app "
                              f"has {head_revision()}: open it with that version or a newer one")  # fmt: skip
    return manifest


def _restore_table(
    path: str, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any],
    table: Table, conn: Any, report: Callable[[str, int], bool],
) -> tuple[int, set[str]]:  # fmt: skip
    """Rows restored, and the table's columns the archive lacks (written by an older app: left NULL)."""
    entry = manifest["tables"][table.name]
    name = entry["file"]
    if name not in members:
        raise ImportFileError(path, f"{name} is missing")
    columns = {c.name: c for c in archive_columns(table)}
    self_refs = [c.name for c in table.c if any(fk.column.table is table for fk in c.foreign_keys)]
    key = [c.name for c in table.primary_key.columns]
    raw = _Bounded(path, archive, members[name])
    reader = csv.reader(io.TextIOWrapper(io.BufferedReader(raw), encoding="utf-8", newline=""))
    later: list[tuple[dict[str, Any], dict[str, Any]]] = []
    count = 0
    try:
        header = next(reader, [])
        absent = set(columns) - set(header)
        if (
            header != entry["columns"]
            or not set(header) <= set(columns)
            or any(not columns[c].nullable for c in absent)
        ):
            raise ImportFileError(path, f"{name} has columns {header}; expected {list(columns)}", line=1)
        batch: list[dict[str, Any]] = []
        for row in reader:
            if len(row) != len(header):
                raise ImportFileError(
                    path, f"{name} has a row of {len(row)} cells; expected {len(header)}", reader.line_num
                )
            try:
                values = {h: decode_cell(v, columns[h]) for h, v in zip(header, row, strict=True)}
            except (ValueError, TypeError) as exc:
                raise ImportFileError(path, f"{name}: a value cannot be read: {exc}", reader.line_num) from None
            if self_refs:
                refs = {c: values[c] for c in self_refs if values[c] is not None}
                if refs:
                    later.append(({k: values[k] for k in key}, refs))
                    values.update(dict.fromkeys(refs))
            if table.name == "blobs":
                values["data"] = _blob_data(path, archive, members, manifest, values)
            batch.append(values)
            count += 1
            if len(batch) >= (16 if table.name == "blobs" else BATCH):
                conn.execute(insert(table), batch)
                batch.clear()
                if report(table.name, count) is False:
                    raise CrmError("the restore was cancelled; the database is as it was")
        if batch:
            conn.execute(insert(table), batch)
    except (csv.Error, UnicodeDecodeError) as exc:
        raise ImportFileError(path, f"{name} is not valid UTF-8 CSV: {exc}", reader.line_num) from None
    for where, refs in later:
        conn.execute(update(table).where(*(table.c[k] == v for k, v in where.items())).values(refs))
    if count != entry["rows"] or raw.digest.hexdigest() != entry["sha256"]:
        raise ImportFileError(path, f"{name} does not match manifest.json (damaged archive): "
                              f"{count:,} rows, manifest says {entry['rows']:,}")  # fmt: skip
    return count, absent


def _blob_data(
    path: str, archive: zipfile.ZipFile, members: dict[str, zipfile.ZipInfo], manifest: dict[str, Any], values: dict
) -> bytes:
    entry = manifest["blobs"].get(values["sha256"])
    if entry is None or entry["file"] not in members:
        raise ImportFileError(path, f"the file of blob {values['sha256']} is missing")
    data = _Bounded(path, archive, members[entry["file"]]).read()
    if hashlib.sha256(data).hexdigest() != values["sha256"] or len(data) != values["size"]:
        raise ImportFileError(path, f"{entry['file']} is damaged (its SHA-256 does not match)")
    return data


def _rebuild_search(conn: Any) -> None:
    """The global search index is not a table of the model: rebuilt from the restored rows when present."""
    try:
        from crm_desktop.db import search_index
    except ImportError:  # the search index is not part of this build
        return
    rebuild = getattr(search_index, "rebuild", None)
    if rebuild is not None:
        rebuild(conn)


def archive_entries(path: str | Path) -> Iterator[str]:
    with zipfile.ZipFile(path) as archive:
        yield from archive.namelist()
