"""The Documents section's list: pages of rows over every document, filtered and sorted in the database.

Paging is keyset, never OFFSET (which reads and drops every earlier row, PLATFORM-NOTES.md): by date the
key is the primary key (``id < :last``; documents get their date when they are added, so id order is date
order) and the first page and the thousandth cost the same index walk; by name or size the key is
``(value, id)`` compared as a row value, which has no index (no schema change) and so costs a scan and a
top-N sort of the matching rows per page, bounded by the page size. Rows select columns only (no ORM
entities) with the linked record's name joined in, so a page never lazy-loads. Safe file names live in
``file_names`` (re-exported here).
"""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sqlalchemy import ColumnElement, Select, and_, func, not_, or_, select, tuple_
from sqlalchemy.orm import aliased

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Company, Contact, Document, EmailMessage, Opportunity, User
from crm_desktop.errors import ValidationError

from .file_names import safe_file_name as safe_file_name  # re-exported: the views import them from here
from .file_names import shown_name as shown_name
from .listing import ListingService
from .mail_docs import DocumentService

PAGE = 100
LINK_KINDS = ("contact", "company", "opportunity", "email", "none")
# File-type groups the filter offers, by MIME type (what attach() guessed from the name).
OFFICE = (
    "application/msword",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    "application/vnd.oasis.opendocument.text",
    "application/rtf",
)
SHEETS = (
    "application/vnd.ms-excel",
    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    "application/vnd.oasis.opendocument.spreadsheet",
    "text/csv",
)
FILE_KINDS = ("pdf", "image", "text", "word", "spreadsheet", "other")
SORTS = ("date", "name", "size")
Cursor = tuple[Any, int]  # (the last row's sort value, its id): where the next page starts


# ---- rows and filters ---------------------------------------------------------------------------------
@dataclass(frozen=True)
class DocumentRow:
    id: int
    title: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    created_at: datetime
    added_by: str | None
    link_kind: str  # contact, company, opportunity, email or none
    link_id: int | None
    link_name: str | None
    version: int  # row version (for a stale rename)


@dataclass(frozen=True)
class DocumentFilter:
    link_kind: str | None = None  # one of LINK_KINDS
    record_id: int | None = None  # a specific contact/company/opportunity/email (needs link_kind)
    file_kind: str | None = None  # one of FILE_KINDS
    added_from: datetime | None = None  # aware; inclusive
    added_before: datetime | None = None  # aware; exclusive
    added_by: int | None = None  # user id
    query: str = ""  # part of the title or file name


@dataclass(frozen=True)
class DocumentPage:
    rows: tuple[DocumentRow, ...]
    after: Cursor | None  # pass as ``after`` (with the same sort) for the next page; None at the end
    total: int | None = None  # filled on the first page only


@dataclass(frozen=True)
class RecordChoice:
    kind: str
    id: int
    name: str


@dataclass(frozen=True)
class UserChoice:
    id: int
    name: str


_LINK_COLUMN = {
    "contact": Document.contact_id,
    "company": Document.company_id,
    "opportunity": Document.opportunity_id,
    "email": Document.email_id,
}


def _escape_like(text: str) -> str:
    return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")


def _kind_condition(kind: str) -> ColumnElement[bool]:
    mime = Document.mime_type
    groups: dict[str, ColumnElement[bool]] = {
        "pdf": mime == "application/pdf",
        "image": mime.like("image/%"),
        "text": and_(mime.like("text/%"), mime != "text/csv"),
        "word": mime.in_(OFFICE),
        "spreadsheet": mime.in_(SHEETS),
    }
    if kind == "other":
        return not_(or_(*groups.values()))
    return groups[kind]


def conditions(filters: DocumentFilter) -> list[ColumnElement[bool]]:
    """WHERE terms of a filter; ValidationError names the field that cannot be used."""
    errors: dict[str, str] = {}
    where: list[ColumnElement[bool]] = [Document.deleted_at.is_(None)]
    if filters.link_kind is not None:
        if filters.link_kind not in LINK_KINDS:
            errors["link_kind"] = f"must be one of {', '.join(LINK_KINDS)}"
        elif filters.link_kind == "none":
            where.extend(column.is_(None) for column in _LINK_COLUMN.values())
        elif filters.record_id is not None:
            where.append(_LINK_COLUMN[filters.link_kind] == filters.record_id)
        else:
            where.append(_LINK_COLUMN[filters.link_kind].is_not(None))
    elif filters.record_id is not None:
        errors["record_id"] = f"must be one of {', '.join(LINK_KINDS)}"
    if filters.file_kind is not None:
        if filters.file_kind not in FILE_KINDS:
            errors["file_kind"] = f"must be one of {', '.join(FILE_KINDS)}"
        else:
            where.append(_kind_condition(filters.file_kind))
    for name in ("added_from", "added_before"):
        value = getattr(filters, name)
        if value is not None and value.tzinfo is None:
            errors[name] = "needs a time zone"
    if not errors and filters.added_from and filters.added_before and filters.added_before <= filters.added_from:
        errors["added_before"] = "must be after the start of the range"
    if filters.added_from is not None and "added_from" not in errors:
        where.append(Document.created_at >= filters.added_from)
    if filters.added_before is not None and "added_before" not in errors:
        where.append(Document.created_at < filters.added_before)
    if filters.added_by is not None:
        where.append(Document.created_by_id == filters.added_by)
    text = filters.query.strip()
    if text:
        pattern = f"%{_escape_like(text.casefold())}%"
        where.append(
            or_(
                func.lower(Document.title).like(pattern, escape="\\"),
                func.lower(Document.file_name).like(pattern, escape="\\"),
            )
        )
    if errors:
        raise ValidationError(errors)
    return where


def _link(row: Any) -> tuple[str, int | None, str | None]:
    for kind, link_id, name in (
        ("contact", row.contact_id, row.contact_name),
        ("company", row.company_id, row.company_name),
        ("opportunity", row.opportunity_id, row.opportunity_title),
        ("email", row.email_id, row.email_subject),
    ):
        if link_id is not None:
            return kind, link_id, name
    return "none", None, None


def _sort_value(sort: str) -> ColumnElement[Any]:
    return {"date": Document.id, "name": func.lower(Document.title), "size": Document.size}[sort]


def _keyset(sort: str, descending: bool, after: Cursor) -> ColumnElement[bool]:
    value, last_id = after
    if sort == "date":
        return Document.id < last_id if descending else Document.id > last_id
    left, right = tuple_(_sort_value(sort), Document.id), tuple_(value, last_id)
    return left < right if descending else left > right


def _rows_query(where: list[ColumnElement[bool]], sort: str = "date", descending: bool = True) -> Select[Any]:
    adder = aliased(User)
    keys = [Document.id] if sort == "date" else [_sort_value(sort), Document.id]
    return (
        select(
            Document.id,
            Document.title,
            Document.file_name,
            Document.mime_type,
            Document.size,
            Document.sha256,
            Document.created_at,
            adder.display_name.label("added_by"),
            Document.contact_id,
            Contact.display_name.label("contact_name"),
            Document.company_id,
            Company.name.label("company_name"),
            Document.opportunity_id,
            Opportunity.title.label("opportunity_title"),
            Document.email_id,
            EmailMessage.subject.label("email_subject"),
            Document.version,
            _sort_value(sort).label("sort_value"),
        )
        .outerjoin(adder, adder.id == Document.created_by_id)
        .outerjoin(Contact, Contact.id == Document.contact_id)
        .outerjoin(Company, Company.id == Document.company_id)
        .outerjoin(Opportunity, Opportunity.id == Document.opportunity_id)
        .outerjoin(EmailMessage, EmailMessage.id == Document.email_id)
        .where(*where)
        .order_by(*(key.desc() if descending else key.asc() for key in keys))
    )


def _row(r: Any) -> DocumentRow:
    kind, link_id, name = _link(r)
    return DocumentRow(
        r.id, r.title, r.file_name, r.mime_type, r.size, r.sha256, r.created_at, r.added_by, kind, link_id, name,
        r.version,
    )  # fmt: skip


@dataclass
class DocumentList:
    """Read side of the Documents section (writes go through ``documents.DocumentFiles``)."""

    db: Database
    page_size: int = PAGE
    _listing: ListingService | None = field(default=None, repr=False)

    def page(
        self,
        filters: DocumentFilter | None = None,
        after: Cursor | None = None,
        sort: str = "date",
        descending: bool = True,
    ) -> DocumentPage:
        """Up to ``page_size`` rows sorted by ``sort`` (date added, name or size; newest first by default),
        after the cursor of the previous page (None: from the top)."""
        if sort not in SORTS:
            raise ValidationError({"sort": f"must be one of {', '.join(SORTS)}"})
        filters = filters or DocumentFilter()
        where = conditions(filters)
        keyset = [*where, _keyset(sort, descending, after)] if after is not None else where
        with self.db.read() as session:
            found = session.execute(_rows_query(keyset, sort, descending).limit(self.page_size + 1)).all()
            total = None
            if after is None:
                total = session.scalar(select(func.count(Document.id)).where(*where))
        more = len(found) > self.page_size
        rows = tuple(_row(r) for r in found[: self.page_size])
        last = found[self.page_size - 1] if more else None
        return DocumentPage(rows, (last.sort_value, last.id) if last is not None else None, total)

    def row(self, document_id: int) -> DocumentRow | None:
        """One row as the list shows it (after a rename or an upload), or None if gone or deleted."""
        where = [Document.id == document_id, Document.deleted_at.is_(None)]
        with self.db.read() as session:
            found = session.execute(_rows_query(where)).first()
        return _row(found) if found is not None else None

    def users(self) -> list[UserChoice]:
        """People who added documents, for the "added by" filter."""
        query = (
            select(User.id, User.display_name)
            .where(User.id.in_(select(Document.created_by_id).where(Document.deleted_at.is_(None)).distinct()))
            .order_by(User.display_name)
        )
        with self.db.read() as session:
            return [UserChoice(i, n) for i, n in session.execute(query)]

    def find_records(self, kind: str, text: str, limit: int = 20) -> list[RecordChoice]:
        """Records of ``kind`` whose name contains ``text``, for choosing what to link or filter by."""
        if kind not in ("contact", "company", "opportunity"):
            raise ValidationError({"kind": f"must be one of {', '.join(('contact', 'company', 'opportunity'))}"})
        listing = self._listing or ListingService(self.db)
        filters = {"query": text.strip()} if text.strip() else {}
        if kind == "contact":
            ids = listing.page_ids("contacts", filters, "name", False, 0, limit)
            return [RecordChoice(kind, r.id, r.display_name) for r in listing.contact_rows(ids)]
        if kind == "company":
            ids = listing.page_ids("companies", filters, "name", False, 0, limit)
            return [RecordChoice(kind, r.id, r.name) for r in listing.company_rows(ids)]
        query = select(Opportunity.id, Opportunity.title).where(Opportunity.deleted_at.is_(None))
        if text.strip():
            pattern = f"%{_escape_like(text.strip().casefold())}%"
            query = query.where(func.lower(Opportunity.title).like(pattern, escape="\\"))
        with self.db.read() as session:
            rows = session.execute(query.order_by(Opportunity.id.desc()).limit(limit)).all()
        return [RecordChoice(kind, i, t) for i, t in rows]

    def write_copy(self, document_id: int, target: str | Path) -> Path:
        """The document's content written to ``target`` (a file path or an existing folder, where the
        stored name is made safe); the file appears complete or not at all."""
        service = DocumentService(self.db)
        data = service.content(document_id)
        path = Path(target)
        if path.is_dir():
            path = path / safe_file_name(service.get(document_id).file_name)
        if not path.parent.is_dir():
            raise ValidationError({"file": f"the folder {path.parent} does not exist"})
        partial = path.with_name(f".{path.name}.part")
        try:
            partial.write_bytes(data)
            partial.replace(path)
        except OSError as exc:
            partial.unlink(missing_ok=True)
            raise ValidationError({"file": f"the folder {path.parent} is not writable"}) from exc
        return path

    def temporary_copy(self, document_id: int, root: str | Path | None = None) -> Path:
        """A copy under a private temporary folder (one per document) to hand to the system's viewer."""
        base = Path(root) if root is not None else Path(tempfile.gettempdir()) / "rafiq-crm-open"
        folder = base / str(int(document_id))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        return self.write_copy(document_id, folder)

    def head(self, document_id: int, limit: int) -> bytes | None:
        """The whole content if it is at most ``limit`` bytes (previews), else None."""
        service = DocumentService(self.db)
        if service.get(document_id).size > limit:
            return None
        return service.content(document_id)
