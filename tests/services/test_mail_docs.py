"""Email messages and documents."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Blob
from crm_desktop.errors import ValidationError
from crm_desktop.services.mail_docs import DocumentService, EmailMessageService
from crm_desktop.services.people import ContactService


def test_documents_share_one_blob_per_content(db: Database, tmp_path: Path) -> None:
    contact = ContactService(db).create({"display_name": "Mina"})
    file = tmp_path / "قرارداد.txt"
    file.write_text("متن قرارداد\n", encoding="utf-8")
    docs = DocumentService(db)
    first = docs.add_file(file, contact_id=contact.id)
    second = docs.add(file.read_bytes(), "copy.txt")
    assert first.sha256 == second.sha256 and first.file_name == "قرارداد.txt"
    assert first.mime_type == "text/plain" and first.contact_id == contact.id
    assert docs.content(second.id) == file.read_bytes()
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1


def test_unreadable_document_is_a_clear_error(db: Database, tmp_path: Path) -> None:
    with pytest.raises(ValidationError, match="cannot be read"):
        DocumentService(db).add_file(tmp_path / "missing.pdf")


def test_email_links_contacts_and_refuses_duplicate_message_id(db: Database) -> None:
    people = ContactService(db)
    a, b = people.create({"display_name": "A"}), people.create({"display_name": "B"})
    mails = EmailMessageService(db)
    msg = mails.create(
        {
            "message_id": "<abc@example.com>",
            "subject": "عرض سعر",
            "from_address": "a@example.com",
            "to_addresses": "b@example.com",
            "text_body": "مرحبا",
            "contact_ids": [a.id, b.id],
        }
    )
    assert msg.contact_ids == (a.id, b.id) and msg.thread_key == "<abc@example.com>"
    assert mails.has_message_id("<abc@example.com>")
    with pytest.raises(ValidationError) as raised:
        mails.create({"message_id": "<abc@example.com>", "subject": "again"})
    assert "message_id" in raised.value.errors


def test_purging_the_last_document_frees_its_content(db: Database) -> None:
    docs = DocumentService(db)
    first, second = docs.add(b"same bytes", "a.txt"), docs.add(b"same bytes", "b.txt")
    for doc in (first, second):
        docs.delete(doc.id)
    docs.purge(first.id)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 1  # b.txt still needs it
    docs.purge(second.id)
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Blob)) == 0
