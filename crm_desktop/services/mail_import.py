"""Store parsed emails (from .eml files and mbox mailboxes): linked, threaded, de-duplicated, with attachments.

Messages are written in batches, each batch one unit of work: a crash or a cancel keeps the batches already
written, and importing again skips them (same Message-ID), so nothing is lost and nothing doubles.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Blob, Contact, Document, EmailAddress, EmailMessage
from crm_desktop.errors import ImportFileError
from crm_desktop.io.eml import ParsedMail, parse_message, read_eml
from crm_desktop.io.mbox import iter_mbox

BATCH = 500
MAIL_SUFFIXES = (".eml", ".mbox", ".mbx")


@dataclass(frozen=True)
class MailImportReport:
    file: str
    read: int = 0
    added: int = 0
    duplicates: int = 0
    attachments: int = 0
    linked: int = 0  # messages linked to at least one contact
    problems: tuple[str, ...] = field(default=())


def is_mail_file(path: str | Path) -> bool:
    return Path(path).suffix.lower() in MAIL_SUFFIXES


class MailImporter:
    def __init__(self, db: Database, user_id: int | None = None) -> None:
        self.db, self.user_id = db, user_id

    def import_file(
        self,
        path: str | Path,
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MailImportReport:
        """Import a .eml file or an mbox mailbox (by suffix; an mbox may also have no suffix)."""
        file = Path(path)
        if file.suffix.lower() == ".eml":
            return self.import_messages(str(file), [(1, read_eml(file))], progress, cancelled)
        numbered = ((raw.number, parse_message(raw.data)) for raw in iter_mbox(file))
        return self.import_messages(str(file), numbered, progress, cancelled)

    def import_messages(
        self,
        source: str,
        messages: Iterable[tuple[int, ParsedMail]],
        progress: Callable[[int], None] | None = None,
        cancelled: Callable[[], bool] | None = None,
    ) -> MailImportReport:
        totals = {"read": 0, "added": 0, "duplicates": 0, "attachments": 0, "linked": 0}
        problems: list[str] = []
        batch: list[tuple[int, ParsedMail]] = []
        seen: set[str] = set()

        def flush() -> None:
            if batch:
                counts = self.db.run_write(lambda s: _store(s, batch), self.user_id)
                for key, value in counts.items():
                    totals[key] += value
                batch.clear()

        for number, mail in messages:
            totals["read"] += 1
            if mail.message_id in seen:
                totals["duplicates"] += 1
                continue
            seen.add(mail.message_id)
            problems.extend(f"message {number}: {p}" for p in mail.problems)
            batch.append((number, mail))
            if len(batch) >= BATCH:
                flush()
                if progress:
                    progress(totals["read"])
                if cancelled and cancelled():
                    break
        flush()
        if progress:
            progress(totals["read"])
        if totals["read"] == 0:
            raise ImportFileError(source, "the mailbox holds no messages")
        return MailImportReport(file=source, problems=tuple(problems), **totals)


def _store(session: Session, batch: list[tuple[int, ParsedMail]]) -> dict[str, int]:
    ids = [mail.message_id for _, mail in batch]
    existing = set(session.scalars(select(EmailMessage.message_id).where(EmailMessage.message_id.in_(ids))))
    fresh = [mail for _, mail in batch if mail.message_id not in existing]
    owners = _owners(session, {a for mail in fresh for a in mail.addresses})
    contacts = {
        c.id: c for c in session.scalars(select(Contact).where(Contact.id.in_({i for i, _ in owners.values() if i})))
    }
    stored: list[tuple[EmailMessage, ParsedMail, int | None]] = []
    linked = 0
    for mail in fresh:
        people = [owners[a][0] for a in mail.addresses if a in owners and owners[a][0]]
        companies = [owners[a][1] for a in mail.addresses if a in owners and owners[a][1]]
        msg = EmailMessage(
            message_id=mail.message_id,
            in_reply_to=mail.in_reply_to,
            references=" ".join(mail.references) or None,
            thread_key=mail.thread_key,
            subject=mail.subject,
            from_address=mail.from_display or mail.from_address,
            to_addresses=mail.to_display,
            cc_addresses=mail.cc_display,
            bcc_addresses=", ".join(mail.bcc),
            sent_at=mail.sent_at,
            text_body=mail.text_body,
            html_body=mail.html_body,
            raw_headers=mail.raw_headers,
            direction="in",
            state="received",
            send_attempts=0,
            is_private=False,
            company_id=companies[0] if companies else None,
        )
        msg.contacts = [contacts[i] for i in dict.fromkeys(people) if i in contacts]
        linked += bool(msg.contacts)
        session.add(msg)
        stored.append((msg, mail, msg.contacts[0].id if msg.contacts else None))
    session.flush()
    attachments = 0
    known_blobs: set[str] = set()
    for msg, mail, contact_id in stored:
        for att in mail.attachments:
            digest = hashlib.sha256(att.data).hexdigest()
            if digest not in known_blobs and session.get(Blob, digest) is None:
                session.add(Blob(sha256=digest, size=len(att.data), data=att.data))
            known_blobs.add(digest)
            session.add(
                Document(
                    title=Path(att.file_name).stem or att.file_name,
                    file_name=att.file_name,
                    mime_type=att.mime_type,
                    size=len(att.data),
                    sha256=digest,
                    email_id=msg.id,
                    contact_id=contact_id,
                    company_id=msg.company_id,
                    is_private=False,
                    notes=f"cid:{att.content_id}" if att.inline and att.content_id else None,
                )
            )
            attachments += 1
    session.flush()
    return {"added": len(stored), "duplicates": len(batch) - len(stored), "attachments": attachments, "linked": linked}


def _owners(session: Session, addresses: set[str]) -> dict[str, tuple[int | None, int | None]]:
    """Address -> (contact id, company id) of a live owner; the first owner found wins."""
    found: dict[str, tuple[int | None, int | None]] = {}
    chunk = sorted(addresses)
    for start in range(0, len(chunk), 2000):
        part = chunk[start : start + 2000]
        rows = session.execute(
            select(EmailAddress.address_norm, EmailAddress.contact_id, EmailAddress.company_id)
            .outerjoin(Contact, Contact.id == EmailAddress.contact_id)
            .where(EmailAddress.address_norm.in_(part), Contact.deleted_at.is_(None))
            .order_by(EmailAddress.id)
        )
        for address, contact_id, company_id in rows:
            found.setdefault(address, (contact_id, company_id))
    return found
