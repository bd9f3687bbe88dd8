"""Attaching files to records: streamed into the database, versioned by name, text extracted for search.

A 50 MB file must not need 150 MB: the file is hashed in 1 MB chunks first (the content key decides whether
anything is written at all); on SQLite the blob row is created with ``zeroblob(size)`` and filled through
incremental blob I/O in chunks, hashing again while writing so a file that changes or disappears meanwhile
aborts the whole unit (nothing half stored). PostgreSQL's driver needs the value at once: one copy.

Where the memory of a 50 MB attach on SQLite goes (bench/bench_documents.py, VmHWM): Python holds ~2.5 MB
(tracemalloc); SQLite builds the INSERT's record in memory, and because ``data`` is not the table's last
column (``created_at`` follows) it expands the zeroblob first: ~100 MB for that one statement, freed when it
ends. The rest was the connection's 64 MB page cache holding every new page until commit (~50 MB). For this
unit of work the cache is lowered to SQLite's default 2 MB, so the pages go on to the WAL as they are made:
peak ~100 MB (2.0x the file) instead of ~150 MB (3.0x). The zero pages written to the WAL on the way cost
CPU (+17-32%) but little time (+2-11% wall, interleaved runs). Getting near 1x would need ``data`` as the
last column, where SQLite keeps a zeroblob unexpanded (a schema change).
"""

from __future__ import annotations

import hashlib
import io
import mimetypes
import re
import zipfile
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from sqlalchemy import select, text
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Blob, Document
from crm_desktop.errors import ValidationError

from .dto import DocumentDTO
from .mail_docs import DocumentService

CHUNK = 1024 * 1024
SPILL_CACHE_KIB = 2048  # page cache while a blob is written (SQLite's default; the app's is 64 MB)
DEFAULT_LIMIT = 100 * 1024 * 1024
LINKS = ("contact_id", "company_id", "opportunity_id", "appointment_id")
MAX_TEXT = 200_000  # characters of extracted text kept for search


@dataclass(frozen=True)
class Attached:
    document: DocumentDTO
    version: int  # 1 for a new name on the record, n for its n-th upload
    stored_bytes: int  # 0 when identical content was already in the database


def _hash_file(path: Path, limit: int) -> tuple[str, int]:
    digest, size = hashlib.sha256(), 0
    try:
        with path.open("rb") as handle:
            while chunk := handle.read(CHUNK):
                size += len(chunk)
                if size > limit:
                    raise ValidationError({"file": f"{path.name} is larger than the limit of {limit / 1e6:,.0f} MB"})
                digest.update(chunk)
    except OSError as exc:
        raise ValidationError({"file": f"{path} cannot be read: {exc.strerror or exc}"}) from exc
    return digest.hexdigest(), size


def _write_blob(session: Session, path: Path, digest: str, size: int) -> int:
    if session.get(Blob, digest) is not None:
        return 0
    conn = session.connection()
    try:
        if conn.dialect.name != "sqlite":
            data = path.read_bytes()
            if hashlib.sha256(data).hexdigest() != digest:
                raise ValidationError({"file": f"{path.name} changed while it was being attached; try again"})
            session.add(Blob(sha256=digest, size=size, data=data))
            session.flush()
            return size
        raw = conn.connection.driver_connection
        cache = raw.execute("PRAGMA cache_size").fetchone()[0]  # type: ignore[union-attr]
        raw.execute(f"PRAGMA cache_size = -{SPILL_CACHE_KIB}")  # type: ignore[union-attr]
        try:
            check = _fill_blob(conn, raw, path, digest, size)
        finally:
            raw.execute(f"PRAGMA cache_size = {int(cache)}")  # type: ignore[union-attr]
    except OSError as exc:
        raise ValidationError({"file": f"{path} could not be read to the end: {exc.strerror or exc}"}) from exc
    if check.hexdigest() != digest:
        raise ValidationError({"file": f"{path.name} changed while it was being attached; try again"})
    return size


def _fill_blob(conn: Any, raw: Any, path: Path, digest: str, size: int) -> Any:
    """Insert a zero-filled blob of ``size`` bytes and write the file into it chunk by chunk."""
    conn.execute(
        text("INSERT INTO blobs (sha256, size, data, created_at) VALUES (:k, :n, zeroblob(:n), CURRENT_TIMESTAMP)"),
        {"k": digest, "n": size},
    )
    rowid = conn.execute(text("SELECT rowid FROM blobs WHERE sha256 = :k"), {"k": digest}).scalar_one()
    check = hashlib.sha256()
    with path.open("rb") as handle, raw.blobopen("blobs", "data", rowid) as blob:
        while chunk := handle.read(CHUNK):
            if blob.tell() + len(chunk) > size:
                raise ValidationError({"file": f"{path.name} grew while it was being attached; try again"})
            check.update(chunk)
            blob.write(chunk)
    return check


def extract_text(data: bytes, mime_type: str, file_name: str = "") -> str | None:
    """Searchable text of PDF, DOCX and plain-text files; None for other types or unreadable files."""
    try:
        if mime_type == "application/pdf":
            from pypdf import PdfReader

            reader = PdfReader(io.BytesIO(data))
            found = "\n".join(page.extract_text() or "" for page in reader.pages[:200])
        elif file_name.lower().endswith(".docx"):
            with zipfile.ZipFile(io.BytesIO(data)) as archive:
                xml = archive.read("word/document.xml").decode("utf-8", "replace")
            xml = re.sub(r"</w:p>", "\n", xml)
            found = re.sub(r"<[^>]+>", "", xml)
        elif mime_type.startswith("text/"):
            try:
                found = data.decode("utf-8")
            except UnicodeDecodeError:
                found = data.decode("cp1256", "replace")
        else:
            return None
    except Exception:
        return None
    found = found.strip()
    return found[:MAX_TEXT] or None


class DocumentFiles:
    """Attach/rename/version documents on records; deleting goes through DocumentService (to the Trash)."""

    def __init__(self, db: Database, user_id: int | None = None, limit: int = DEFAULT_LIMIT) -> None:
        self.db, self.user_id, self.limit = db, user_id, limit
        self.service = DocumentService(db, user_id)

    def attach(self, path: str | Path, **links: Any) -> Attached:
        file = Path(path)
        unknown = set(links) - set(LINKS)
        if unknown or not links:
            raise ValidationError({"record": f"attach to one of {', '.join(LINKS)}"})
        digest, size = _hash_file(file, self.limit)
        mime = mimetypes.guess_type(file.name)[0] or "application/octet-stream"
        links = {k: v for k, v in links.items() if hasattr(Document, k)}

        def work(session: Session) -> Attached:
            stored = _write_blob(session, file, digest, size)
            same = select(Document.id).where(Document.file_name == file.name, Document.deleted_at.is_(None))
            for key, value in links.items():
                same = same.where(getattr(Document, key) == value)
            earlier = len(session.scalars(same).all())
            sample = session.scalar(select(Blob.data).where(Blob.sha256 == digest)) if size <= 20 * CHUNK else None
            doc = Document(title=file.stem or file.name, file_name=file.name, mime_type=mime, size=size,
                           sha256=digest, is_private=False, **links)  # fmt: skip
            if sample is not None:
                doc.extracted_text = extract_text(sample, mime, file.name)
            if earlier:
                doc.notes = f"version {earlier + 1}"
            session.add(doc)
            session.flush()
            return Attached(self.service._to_dto(doc), earlier + 1, stored)

        return self.db.run_write(work, self.user_id)

    def history(self, document_id: int) -> list[DocumentDTO]:
        """Every upload of this document's name on the same record, newest first."""
        with self.db.read() as session:
            doc = session.get(Document, document_id)
            if doc is None:
                return []
            query = select(Document).where(Document.file_name == doc.file_name, Document.deleted_at.is_(None))
            for key in LINKS:
                if hasattr(Document, key):
                    query = query.where(getattr(Document, key).is_(getattr(doc, key)) if getattr(doc, key) is None
                                        else getattr(Document, key) == getattr(doc, key))  # fmt: skip
            return [self.service._to_dto(d) for d in session.scalars(query.order_by(Document.id.desc()))]

    def rename(self, document_id: int, title: str) -> DocumentDTO:
        current = self.service.get(document_id)
        return self.service.update(document_id, current.version, {"title": title})

    def delete(self, document_id: int) -> DocumentDTO:
        """To the Trash (restorable); the content is freed only when purged and unused."""
        return self.service.delete(document_id)
