"""What the Emails section reads: folders as paged id lists, one message with its attachments, recipient
suggestions, merge fields and saved templates.

The list follows ListingService's shape (``count`` / ``page_ids`` / ``position``) so the GUI's lazy table
model pages it: a page of ids, then only the shown columns of those ids; bodies are read for one message at
a time, when it is opened.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select, update

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Company, Contact, Document, EmailAddress, EmailMessage, Setting, email_contacts
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.text.normalize import normalize_for_search

FOLDERS = ("all", "inbox", "sent", "outbox", "drafts")
TEMPLATES_KEY = "mail_templates"
MAX_SUGGESTIONS = 20


@dataclass(frozen=True)
class MailRow:
    id: int
    subject: str
    from_address: str | None
    to_addresses: str
    when: datetime | None
    direction: str
    state: str
    send_attempts: int
    last_error: str | None
    attachments: int


@dataclass(frozen=True)
class AttachmentInfo:
    document_id: int
    file_name: str
    mime_type: str
    size: int
    content_id: str | None  # "<...>" of an inline part, for cid: images in the HTML body


@dataclass(frozen=True)
class MailView:
    id: int
    version: int
    account_id: int | None
    message_id: str | None
    references: str | None
    subject: str
    from_address: str | None
    to_addresses: str
    cc_addresses: str
    bcc_addresses: str
    when: datetime | None
    direction: str
    state: str
    send_attempts: int
    last_error: str | None
    text_body: str | None
    html_body: str | None
    attachments: tuple[AttachmentInfo, ...]
    in_reply_to: str | None = None
    thread_key: str | None = None


@dataclass(frozen=True)
class Suggestion:
    name: str
    address: str
    contact_id: int | None


def _when() -> Any:
    return func.coalesce(EmailMessage.sent_at, EmailMessage.created_at)


def folder_conditions(filters: Mapping[str, Any]) -> list[Any]:
    folder = filters.get("folder") or "all"
    if folder not in FOLDERS:
        raise ValidationError({"folder": f"must be one of {', '.join(FOLDERS)}"})
    conditions: list[Any] = [EmailMessage.deleted_at.is_(None)]
    conditions += {
        "all": [EmailMessage.state != "draft"],
        "inbox": [EmailMessage.direction == "in"],
        "sent": [EmailMessage.direction == "out", EmailMessage.state == "sent"],
        "outbox": [EmailMessage.state.in_(("outbox", "sending", "failed"))],
        "drafts": [EmailMessage.state == "draft"],
    }[folder]
    if filters.get("contact_id"):  # driven from the link table's contact index, not a walk of every message
        linked = select(email_contacts.c.email_id).where(email_contacts.c.contact_id == int(filters["contact_id"]))
        conditions.append(EmailMessage.id.in_(linked))
    return conditions


class MailBoxService:
    def __init__(self, db: Database, user_id: int | None = None) -> None:
        self.db, self.user_id = db, user_id

    # ---- the list (ListingService's interface, entity "emails") ------------------------------------------
    def _query(self, filters: Mapping[str, Any], descending: bool) -> Select[Any]:
        # By sent_at, which has an index: the newest page is read from it without sorting the mailbox (the
        # folder columns sit after the bodies in each row, so anything that reads every row is slow).
        # Unsent messages (no sent_at) come after the dated ones.
        if descending:
            order = (EmailMessage.sent_at.desc().nulls_last(), EmailMessage.id.desc())
        else:
            order = (EmailMessage.sent_at.asc().nulls_last(), EmailMessage.id.asc())
        return select(EmailMessage.id).where(*folder_conditions(filters)).order_by(*order)

    def count(self, entity: str, filters: Mapping[str, Any]) -> int:
        with self.db.read() as session:
            return int(session.scalar(select(func.count()).where(*folder_conditions(filters))) or 0)

    def page_ids(
        self, entity: str, filters: Mapping[str, Any], sort: str, descending: bool, offset: int, limit: int
    ) -> list[int]:
        with self.db.read() as session:
            return list(session.scalars(self._query(filters, not descending).offset(offset).limit(limit)))

    def position(
        self, entity: str, filters: Mapping[str, Any], sort: str, descending: bool, record_id: int
    ) -> int | None:
        ids = select(self._query(filters, not descending).subquery().c.id)
        with self.db.read() as session:
            for number, found in enumerate(session.scalars(ids)):
                if found == record_id:
                    return number
        return None

    def rows(self, ids: list[int]) -> list[MailRow]:
        if not ids:
            return []
        files = (
            select(func.count(Document.id))
            .where(Document.email_id == EmailMessage.id, Document.deleted_at.is_(None))
            .scalar_subquery()
        )
        query = select(
            EmailMessage.id, EmailMessage.subject, EmailMessage.from_address, EmailMessage.to_addresses, _when(),
            EmailMessage.direction, EmailMessage.state, EmailMessage.send_attempts, EmailMessage.last_error, files,
        ).where(EmailMessage.id.in_(ids))  # fmt: skip
        with self.db.read() as session:
            found = {r[0]: MailRow(*r[:7], r[7] or 0, *r[8:]) for r in session.execute(query)}
        return [found[i] for i in ids if i in found]

    # ---- one message ---------------------------------------------------------------------------------
    def message(self, email_id: int) -> MailView:
        with self.db.read() as session:
            row = session.get(EmailMessage, email_id)
            if row is None or row.deleted_at is not None:
                raise NotFoundError("email", email_id)
            docs = session.execute(
                select(Document.id, Document.file_name, Document.mime_type, Document.size, Document.notes)
                .where(Document.email_id == email_id, Document.deleted_at.is_(None))
                .order_by(Document.id)
            ).all()
            attachments = tuple(
                AttachmentInfo(d[0], d[1], d[2], d[3], d[4][4:] if d[4] and d[4].startswith("cid:") else None)
                for d in docs
            )
            return MailView(
                id=row.id, version=row.version, account_id=row.account_id, message_id=row.message_id,
                references=row.references, subject=row.subject, from_address=row.from_address,
                to_addresses=row.to_addresses, cc_addresses=row.cc_addresses, bcc_addresses=row.bcc_addresses,
                when=row.sent_at or row.created_at, direction=row.direction, state=row.state,
                send_attempts=row.send_attempts or 0, last_error=row.last_error, text_body=row.text_body,
                html_body=row.html_body, attachments=attachments, in_reply_to=row.in_reply_to,
                thread_key=row.thread_key,
            )  # fmt: skip

    def delete(self, email_id: int) -> None:
        """To the Trash (restorable there)."""
        self._set(email_id, deleted_at=datetime.now(UTC))

    def retry(self, email_id: int) -> None:
        """A failed or draft message goes (back) to the outbox; the next send attempt takes it."""
        self._set(email_id, state="outbox")

    def _set(self, email_id: int, **values: Any) -> None:
        def work(session: Any) -> None:
            done = session.execute(
                update(EmailMessage)
                .where(EmailMessage.id == email_id, EmailMessage.deleted_at.is_(None))
                .values(**values, version=EmailMessage.version + 1, updated_at=datetime.now(UTC))
            )
            if done.rowcount == 0:
                raise NotFoundError("email", email_id)

        self.db.run_write(work, self.user_id)

    # ---- composing --------------------------------------------------------------------------------
    def suggestions(self, typed: str, limit: int = MAX_SUGGESTIONS) -> list[Suggestion]:
        """Contacts whose name (any script, folded like the search) or address starts a word with ``typed``."""
        term = normalize_for_search(typed)
        if not term:
            return []
        escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
        query = (
            select(Contact.display_name, EmailAddress.address, Contact.id)
            .join(EmailAddress, EmailAddress.contact_id == Contact.id)
            .where(
                Contact.deleted_at.is_(None),
                or_(
                    Contact.name_search.like(f"{escaped}%", escape="\\"),
                    Contact.name_search.like(f"% {escaped}%", escape="\\"),
                    EmailAddress.address_norm.like(f"{escaped}%", escape="\\"),
                ),
            )
            .order_by(EmailAddress.is_primary.desc(), Contact.sort_key, EmailAddress.position)
            .limit(limit)
        )
        with self.db.read() as session:
            return [Suggestion(name, address, cid) for name, address, cid in session.execute(query)]

    def merge_fields(self, address: str) -> dict[str, str]:
        """Fields for render_template from the contact owning ``address`` ({first_name}, {company}, …)."""
        wanted = address.strip().lower()
        with self.db.read() as session:
            row = session.execute(
                select(Contact, Company.name)
                .join(EmailAddress, EmailAddress.contact_id == Contact.id)
                .outerjoin(Company, Company.id == Contact.company_id)
                .where(EmailAddress.address_norm == wanted, Contact.deleted_at.is_(None))
                .limit(1)
            ).first()
            if row is None:
                return {"email": address}
            contact, company = row
            return {
                "first_name": contact.given_name or contact.display_name, "last_name": contact.family_name or "",
                "name": contact.display_name, "display_name": contact.display_name, "company": company or "",
                "job_title": contact.job_title or "", "email": address,
            }  # fmt: skip

    def templates(self) -> dict[str, dict[str, str]]:
        with self.db.read() as session:
            row = session.get(Setting, TEMPLATES_KEY)
            return dict(row.value.get("v") or {}) if row is not None else {}

    def save_template(self, name: str, subject: str, body: str) -> None:
        title = name.strip()
        if not title:
            raise ValidationError({"template": "a template needs a name"})
        self._put_templates(lambda t: {**t, title: {"subject": subject, "body": body}})

    def delete_template(self, name: str) -> None:
        self._put_templates(lambda t: {k: v for k, v in t.items() if k != name})

    def _put_templates(self, change: Any) -> None:
        def work(session: Any) -> None:
            row = session.get(Setting, TEMPLATES_KEY)
            current = dict(row.value.get("v") or {}) if row is not None else {}
            value = {"v": change(current)}
            if row is None:
                session.add(Setting(key=TEMPLATES_KEY, value=value))
            else:
                row.value = value

        self.db.run_write(work, self.user_id)

    def documents(self, typed: str = "", limit: int = 200) -> list[tuple[int, str, int]]:
        """Stored documents (id, file name, size) to attach, newest first; filtered by name when typed."""
        query = select(Document.id, Document.file_name, Document.size).where(Document.deleted_at.is_(None))
        if typed.strip():
            escaped = typed.strip().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                or_(Document.file_name.ilike(f"%{escaped}%", escape="\\"), Document.title.ilike(f"%{escaped}%"))
            )
        with self.db.read() as session:
            return [tuple(r) for r in session.execute(query.order_by(Document.id.desc()).limit(limit))]  # type: ignore[misc]

    def contacts_with_mail(self, typed: str = "", limit: int = 50) -> list[tuple[int, str]]:
        """Contacts for the page's filter box: (id, name)."""
        term = normalize_for_search(typed)
        query = select(Contact.id, Contact.display_name).where(
            Contact.deleted_at.is_(None),
            exists(select(email_contacts.c.email_id).where(email_contacts.c.contact_id == Contact.id)),
        )
        if term:
            escaped = term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
            query = query.where(
                and_(or_(Contact.name_search.like(f"{escaped}%", escape="\\"),
                         Contact.name_search.like(f"% {escaped}%", escape="\\")))
            )  # fmt: skip
        with self.db.read() as session:
            return [(r[0], r[1]) for r in session.execute(query.order_by(Contact.sort_key).limit(limit))]
