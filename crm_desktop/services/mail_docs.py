"""Email messages (linked to every contact involved) and documents over de-duplicated blobs."""

from __future__ import annotations

import hashlib
import mimetypes
from pathlib import Path
from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import EMAIL_DIRECTIONS, EMAIL_STATES, Blob, Contact, Document, EmailMessage
from crm_desktop.errors import NotFoundError, ValidationError

from .contact_points import resolve_contacts
from .crud import CrudService
from .dto import DocumentDTO, EmailMessageDTO
from .validation import FieldErrors

MAX_DOCUMENT_BYTES = 512 * 1024 * 1024  # one file in the database; larger belongs on a file server


class EmailMessageService(CrudService[EmailMessage, EmailMessageDTO]):
    model = EmailMessage
    dto = EmailMessageDTO
    entity = "email"
    children = ("contacts",)
    sort_column = "id"

    def _apply_special(self, session: Session, obj: EmailMessage, name: str, value: Any, errors: FieldErrors) -> None:
        if name != "contact_ids":
            super()._apply_special(session, obj, name, value, errors)
            return
        contacts = resolve_contacts(session, value, "contact_ids", errors)
        if contacts is not None:
            obj.contacts = contacts

    def _derive(self, session: Session, obj: EmailMessage, errors: FieldErrors) -> None:
        if obj.direction not in EMAIL_DIRECTIONS:
            errors.add("direction", "must be 'in' or 'out'")
        if obj.state not in EMAIL_STATES:
            errors.add("state", f"must be one of {', '.join(EMAIL_STATES)}")
        if obj.message_id:
            duplicate = select(EmailMessage.id).where(EmailMessage.message_id == obj.message_id)
            if obj.id is not None:
                duplicate = duplicate.where(EmailMessage.id != obj.id)
            if session.scalar(select(exists(duplicate))):
                errors.add("message_id", "this message is already stored")
        obj.thread_key = obj.thread_key or obj.in_reply_to or obj.message_id

    def _extra_dto_fields(self, obj: EmailMessage) -> dict[str, Any]:
        return {"contact_ids": tuple(sorted(c.id for c in obj.contacts))}

    def has_message_id(self, message_id: str) -> bool:
        with self.db.read() as session:
            return bool(session.scalar(select(exists().where(EmailMessage.message_id == message_id))))


def store_blob(session: Session, data: bytes) -> str:
    """Store ``data`` once, keyed by SHA-256; returns the key."""
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()
    return digest


def delete_unused_blob(session: Session, digest: str) -> None:
    used = (
        select(Document.id)
        .where(Document.sha256 == digest)
        .union_all(select(Contact.id).where(Contact.photo_sha256 == digest))
    )
    if session.scalar(select(exists(used.subquery().select()))) is False:
        blob = session.get(Blob, digest)
        if blob is not None:
            session.delete(blob)
            session.flush()


class DocumentService(CrudService[Document, DocumentDTO]):
    model = Document
    dto = DocumentDTO
    entity = "document"
    sort_column = "id"

    def _after_purge(self, session: Session, obj: Document) -> None:
        # Blobs are shared by identical files: delete the content only when nothing refers to it any more.
        delete_unused_blob(session, obj.sha256)

    def add(self, data: bytes, file_name: str, **links: Any) -> DocumentDTO:
        """Store a file's bytes (de-duplicated) and a document row pointing at them."""
        if len(data) > MAX_DOCUMENT_BYTES:
            raise ValidationError({"file": f"{file_name} is {len(data):,} bytes; at most {MAX_DOCUMENT_BYTES:,}"})
        mime = mimetypes.guess_type(file_name)[0] or "application/octet-stream"

        def work(session: Session) -> DocumentDTO:
            digest = store_blob(session, data)
            values = {"title": Path(file_name).stem or file_name, "mime_type": mime, **links}
            obj = Document(file_name=file_name, size=len(data), sha256=digest)
            self._apply(session, obj, values, creating=True)
            session.add(obj)
            session.flush()
            return self._to_dto(obj)

        return self.db.run_write(work, self.user_id)

    def add_file(self, path: str | Path, **links: Any) -> DocumentDTO:
        file = Path(path)
        try:
            size = file.stat().st_size
            if size > MAX_DOCUMENT_BYTES:
                raise ValidationError({"file": f"{file} is {size:,} bytes; at most {MAX_DOCUMENT_BYTES:,}"})
            data = file.read_bytes()
        except OSError as exc:
            raise ValidationError({"file": f"{file} cannot be read: {exc.strerror}"}) from exc
        return self.add(data, file.name, **links)

    def content(self, document_id: int) -> bytes:
        with self.db.read() as session:
            data = session.scalar(
                select(Blob.data).join(Document, Document.sha256 == Blob.sha256).where(Document.id == document_id)
            )
        if data is None:
            raise NotFoundError("document", document_id)
        return data
