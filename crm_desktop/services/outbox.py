"""The outbox: messages are queued in the database first, then sent over SMTP when a connection exists.

A send that fails (offline, refused, dropped mid-send, wrong password) leaves the message queued with the
error and one more attempt counted; the next ``send_pending`` retries it. A sent message stays stored, linked
to every contact whose address it names. The MIME always has a plain part and an HTML part; an RTL body gets
``dir="rtl"`` in the HTML so mail programs lay it out right to left.
"""

from __future__ import annotations

import html
import smtplib
import ssl
import string
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.message import EmailMessage as Mime
from email.utils import format_datetime, getaddresses, make_msgid

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Blob, Contact, Document, EmailAddress, EmailMessage, MailAccount, email_contacts
from crm_desktop.errors import NotFoundError, ValidationError

from .mail_docs import store_blob

SMTP_TIMEOUT = 30.0
_RTL_RANGES = ((0x0590, 0x08FF), (0xFB1D, 0xFDFF), (0xFE70, 0xFEFF))


@dataclass(frozen=True)
class SendReport:
    sent: int
    failed: int
    errors: tuple[tuple[int, str], ...]  # (email id, what went wrong)


def is_rtl(text: str) -> bool:
    """True when the first strong letter is Hebrew/Arabic-script (how mail programs pick a direction)."""
    for ch in text:
        code = ord(ch)
        if any(lo <= code <= hi for lo, hi in _RTL_RANGES):
            return True
        if ch.isalpha():
            return False
    return False


@dataclass(frozen=True)
class MailThread:
    """Where a reply or forward belongs: the headers it carries and the conversation (thread_key) it joins."""

    in_reply_to: str | None
    references: str | None
    thread_key: str | None


MAX_REFERENCES = 20  # the thread's first id and the newest ones, as RFC 5322 §3.6.4 suggests for long threads


def thread_after(
    message_id: str | None, references: str | None, thread_key: str | None, *, forward: bool = False
) -> MailThread:
    """The thread of an answer to a message: References = its References + its Message-ID; a reply also says
    In-Reply-To (a forward is a new message about it, so only References, as Thunderbird does)."""
    ids = (references or "").split() + ([message_id] if message_id else [])
    ids = list(dict.fromkeys(ids))
    if len(ids) > MAX_REFERENCES:
        ids = ids[:1] + ids[-(MAX_REFERENCES - 1) :]
    return MailThread(
        in_reply_to=None if forward else message_id,
        references=" ".join(ids) or None,
        thread_key=thread_key or (ids[0] if ids else None),
    )


class _Blank(dict[str, str]):
    def __missing__(self, key: str) -> str:
        return ""


def render_template(template: str, fields: Mapping[str, str | None]) -> str:
    """Fill ``{first_name}``, ``{company}``, ... ; unknown or empty fields become empty text, never an error."""
    try:
        return string.Formatter().vformat(template, (), _Blank({k: v or "" for k, v in fields.items()}))
    except (ValueError, IndexError) as exc:
        raise ValidationError({"template": f"the template cannot be filled: {exc}"}) from exc


def html_from_text(text: str) -> str:
    direction = "rtl" if is_rtl(text) else "ltr"
    body = html.escape(text).replace("\n", "<br>\n")
    return f'<!DOCTYPE html><html><body><div dir="{direction}">{body}</div></body></html>'


def _addresses(text: str) -> list[str]:
    return [addr.lower() for _, addr in getaddresses([text]) if "@" in addr]


class OutboxService:
    def __init__(self, db: Database, user_id: int | None = None) -> None:
        self.db, self.user_id = db, user_id

    def queue(
        self,
        account_id: int,
        to: str,
        subject: str,
        text_body: str,
        *,
        cc: str = "",
        bcc: str = "",
        html_body: str | None = None,
        attachments: Sequence[tuple[str, bytes, str]] = (),
        draft: bool = False,
        thread: MailThread | None = None,
    ) -> int:
        """Store a message in the outbox (or as a draft); returns its id. Nothing is sent here.

        ``thread`` (see thread_after) makes it a reply or forward: its headers are sent and it joins that thread.
        """
        if not _addresses(to) + _addresses(cc) + _addresses(bcc):
            raise ValidationError({"to": "at least one recipient address is needed"})

        def work(session: Session) -> int:
            account = session.get(MailAccount, account_id)
            if account is None or account.deleted_at is not None:
                raise NotFoundError("mail account", account_id)
            domain = account.address.rpartition("@")[2] or None
            msg = EmailMessage(
                message_id=make_msgid(domain=domain), subject=subject, from_address=account.address,
                to_addresses=to, cc_addresses=cc, bcc_addresses=bcc, text_body=text_body,
                html_body=html_body or html_from_text(text_body), direction="out",
                state="draft" if draft else "outbox", account_id=account_id, send_attempts=0, is_private=False,
            )  # fmt: skip
            msg.thread_key = msg.message_id
            if thread is not None:
                msg.in_reply_to, msg.references = thread.in_reply_to, thread.references
                msg.thread_key = thread.thread_key or msg.message_id
            wanted = set(_addresses(to) + _addresses(cc) + _addresses(bcc))
            ids = session.scalars(
                select(EmailAddress.contact_id).where(
                    EmailAddress.address_norm.in_(wanted), EmailAddress.contact_id.is_not(None)
                )
            ).all()
            msg.contacts = list(session.scalars(select(Contact).where(Contact.id.in_(set(ids)))))
            session.add(msg)
            session.flush()
            for name, data, mime in attachments:
                digest = store_blob(session, data)
                session.add(Document(title=name, file_name=name, mime_type=mime, size=len(data), sha256=digest,
                                     email_id=msg.id, is_private=False))  # fmt: skip
            return msg.id

        return self.db.run_write(work, self.user_id)

    def build_mime(self, email_id: int) -> tuple[Mime, list[str]]:
        """The message as it will be sent, and its envelope recipients (To, Cc and Bcc)."""
        with self.db.read() as session:
            row = session.get(EmailMessage, email_id)
            if row is None:
                raise NotFoundError("email", email_id)
            files = session.execute(
                select(Document.file_name, Document.mime_type, Blob.data)
                .join(Blob, Blob.sha256 == Document.sha256)
                .where(Document.email_id == email_id, Document.deleted_at.is_(None))
            ).all()
            mime = Mime()
            mime["From"] = row.from_address or ""
            for header, value in (("To", row.to_addresses), ("Cc", row.cc_addresses)):
                if value:
                    mime[header] = value
            mime["Subject"] = row.subject
            mime["Message-ID"] = row.message_id or make_msgid()
            if row.in_reply_to:
                mime["In-Reply-To"] = row.in_reply_to
            if row.references:
                mime["References"] = row.references
            mime["Date"] = format_datetime(datetime.now(UTC))
            mime.set_content(row.text_body or "")
            mime.add_alternative(row.html_body or html_from_text(row.text_body or ""), subtype="html")
            for name, mime_type, data in files:
                main, _, sub = mime_type.partition("/")
                mime.add_attachment(data, maintype=main or "application", subtype=sub or "octet-stream", filename=name)
            recipients = _addresses(row.to_addresses) + _addresses(row.cc_addresses) + _addresses(row.bcc_addresses)
        return mime, recipients

    def linked_contacts(self, email_id: int) -> list[int]:
        with self.db.read() as session:
            rows = session.execute(select(email_contacts.c.contact_id).where(email_contacts.c.email_id == email_id))
            return sorted(r[0] for r in rows)

    def pending(self) -> list[int]:
        with self.db.read() as session:
            return list(
                session.scalars(
                    select(EmailMessage.id)
                    .where(EmailMessage.state.in_(("outbox", "failed")), EmailMessage.deleted_at.is_(None))
                    .order_by(EmailMessage.id)
                )
            )

    def send_pending(
        self,
        password: Callable[[MailAccount], str | None],
        timeout: float = SMTP_TIMEOUT,
        only: Sequence[int] | None = None,
    ) -> SendReport:
        """Try every queued message once (or those of ``only`` that are queued); failures stay queued."""
        sent, errors = 0, []
        queued = self.pending()
        if only is not None:
            wanted = set(only)
            queued = [email_id for email_id in queued if email_id in wanted]
        for email_id in queued:
            try:
                mime, recipients = self.build_mime(email_id)
                with self.db.read() as session:
                    account_id = session.scalar(select(EmailMessage.account_id).where(EmailMessage.id == email_id))
                    account = session.get(MailAccount, account_id) if account_id else None
                    if account is None or not account.smtp_host:
                        raise ValidationError({"account": "the message has no mail account with an SMTP server"})
                    session.expunge(account)
                _send(account, password(account), mime, recipients, timeout)
            except (OSError, smtplib.SMTPException, ValidationError, NotFoundError) as exc:
                message = _describe(exc)
                errors.append((email_id, message))
                self._mark(email_id, "outbox", message)
                continue
            sent += 1
            self._mark(email_id, "sent", None)
        return SendReport(sent=sent, failed=len(errors), errors=tuple(errors))

    def _mark(self, email_id: int, state: str, error: str | None) -> None:
        def work(session: Session) -> None:
            row = session.get(EmailMessage, email_id)
            if row is None:
                return
            row.state, row.last_error = state, error
            row.send_attempts = (row.send_attempts or 0) + 1
            if state == "sent":
                row.sent_at = datetime.now(UTC)

        self.db.run_write(work, self.user_id)


def _send(account: MailAccount, password: str | None, mime: Mime, recipients: list[str], timeout: float) -> None:
    host, security = account.smtp_host or "", account.smtp_security
    if security == "ssl":
        smtp: smtplib.SMTP = smtplib.SMTP_SSL(host, account.smtp_port or 465, timeout=timeout,
                                              context=ssl.create_default_context())  # fmt: skip
    else:
        smtp = smtplib.SMTP(host, account.smtp_port or 587, timeout=timeout)
    with smtp:
        smtp.ehlo()
        if security == "starttls":
            smtp.starttls(context=ssl.create_default_context())
            smtp.ehlo()
        if account.username:
            if password is None:
                raise ValidationError({"password": f"no password is stored for {account.username}"})
            smtp.login(account.username, password)
        smtp.send_message(mime, to_addrs=recipients)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, smtplib.SMTPAuthenticationError):
        return "the server refused the user name or password"
    if isinstance(exc, smtplib.SMTPRecipientsRefused):
        return "the server refused every recipient: " + ", ".join(exc.recipients)
    if isinstance(exc, smtplib.SMTPResponseException):
        return f"the server refused the message: {exc.smtp_code} {exc.smtp_error.decode('utf-8', 'replace')}"
    if isinstance(exc, smtplib.SMTPServerDisconnected):
        return "the server closed the connection before the message was accepted"
    if isinstance(exc, OSError):
        return f"cannot reach the mail server: {exc.strerror or exc}"
    return str(exc)
