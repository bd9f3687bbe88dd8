"""Fetch new mail over IMAP (stdlib ``imaplib``): only UIDs above the last one fetched, per folder.

A folder's position is (UIDVALIDITY, last UID), kept per account (services.mail_accounts). When the server
reports another UIDVALIDITY its UIDs mean other messages, so the folder is read again from the start; the
Message-ID de-duplication of the import path keeps that from doubling anything. Messages are parsed and stored
by the same code as .eml/.mbox imports (io.eml, services.mail_import): threaded, linked to contacts, with their
attachments as documents. Unless the account stores everything, a message none of whose addresses belongs to
a known contact is skipped (and not fetched again). Folders are opened read-only: nothing is marked as seen.
"""

from __future__ import annotations

import imaplib
import re
import socket
import ssl
from collections.abc import Callable
from dataclasses import dataclass, field

from sqlalchemy import update
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import EmailMessage
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.io.eml import ParsedMail, parse_message

from .imap_utf7 import decode_folder, encode_folder
from .mail_accounts import MailAccountDTO, MailAccountService, record_position
from .mail_import import _owners  # the importer's own address -> contact lookup
from .mail_import import _store as _store_mails  # the .eml/.mbox path: threaded, linked, de-duplicated

IMAP_TIMEOUT = 30.0
# Messages per FETCH and per unit of work. Each batch is stored in ONE transaction together with the folder's
# new position (last UID): stored mail and position never disagree, so a cancel, a crash or a dropped
# connection keeps every finished batch and the next fetch resumes right after it (an unfinished batch rolls
# back and is fetched again). Not one commit per message: a commit (fsync) each would slow a first fetch of
# thousands of messages several times; not one per folder: a cancel would throw away a big folder's work.
BATCH = 25


class MailFetchError(CrmError):
    """The server could not be reached, refused the login or a command; says which account and why."""


@dataclass(frozen=True)
class FetchProgress:
    account: str
    folder: str
    done: int  # messages of this folder handled (stored, skipped or already there) in this fetch
    total: int  # new messages the folder had when the fetch began


Progress = Callable[[FetchProgress], None]


@dataclass(frozen=True)
class FetchReport:
    account: str
    seen: int = 0  # new messages the server had
    added: int = 0
    duplicates: int = 0
    skipped: int = 0  # no known contact involved (and the account does not store everything)
    attachments: int = 0
    linked: int = 0
    folders: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=())
    cancelled: bool = False  # stopped by the user: what was stored stays, the next fetch goes on from there


_UID_RE = re.compile(rb"UID (\d+)")
_LIST_RE = re.compile(rb'\((?P<flags>[^)]*)\) (?:"(?:[^"\\]|\\.)*"|NIL) (?P<name>.*)')


def _connect(account: MailAccountDTO, timeout: float, context: ssl.SSLContext | None) -> imaplib.IMAP4:
    host, security = account.imap_host or "", account.imap_security
    context = context or ssl.create_default_context()
    if security == "ssl":
        return imaplib.IMAP4_SSL(host, account.imap_port or 993, ssl_context=context, timeout=timeout)
    imap = imaplib.IMAP4(host, account.imap_port or 143, timeout=timeout)
    if security == "starttls":
        imap.starttls(ssl_context=context)
    return imap


def _describe(exc: BaseException, account: MailAccountDTO) -> str:
    where = f"{account.name} ({account.imap_host}:{account.imap_port})"
    if isinstance(exc, imaplib.IMAP4.error) and b"AUTHENTICATIONFAILED" in str(exc).encode():
        return f"{where}: the server refused the user name or password"
    if isinstance(exc, ssl.SSLError):
        return f"{where}: the secure connection failed: {exc.reason or exc}"
    if isinstance(exc, socket.timeout | TimeoutError):
        return f"{where}: the server did not answer in time"
    if isinstance(exc, imaplib.IMAP4.abort):
        return f"{where}: the server closed the connection: {exc}"
    if isinstance(exc, OSError):
        return f"{where}: cannot reach the mail server: {exc.strerror or exc}"
    return f"{where}: the server refused a command: {exc}"


class ImapFetcher:
    def __init__(
        self,
        db: Database,
        user_id: int | None = None,
        *,
        timeout: float = IMAP_TIMEOUT,
        ssl_context: ssl.SSLContext | None = None,
    ) -> None:
        self.db, self.user_id, self.timeout, self.ssl_context = db, user_id, timeout, ssl_context
        self.accounts = MailAccountService(db, user_id)

    def fetch_all(
        self, cancelled: Callable[[], bool] | None = None, progress: Progress | None = None
    ) -> list[FetchReport | MailFetchError]:
        """Every account with an IMAP server; one account's failure does not stop the others."""
        results: list[FetchReport | MailFetchError] = []
        for account in self.accounts.list():
            if account.imap_host:
                try:
                    if cancelled and cancelled():
                        break
                    results.append(self.fetch(account.id, cancelled=cancelled, progress=progress))
                except MailFetchError as exc:
                    results.append(exc)
                except ValidationError as exc:  # e.g. no password stored: said for this account, others go on
                    results.append(MailFetchError(f"{account.name}: {'; '.join(exc.errors.values())}"))
        return results

    def fetch(
        self,
        account_id: int,
        password: str | None = None,
        cancelled: Callable[[], bool] | None = None,
        progress: Progress | None = None,
    ) -> FetchReport:
        account = self.accounts.get(account_id)
        if not account.imap_host:
            raise ValidationError({"imap_host": f"{account.name} has no IMAP server to fetch from"})
        secret = password if password is not None else self.accounts.password(account)
        if secret is None:
            raise ValidationError({"password": f"no password is stored for {account.login} ({account.name})"})
        totals = {"seen": 0, "added": 0, "duplicates": 0, "skipped": 0, "attachments": 0, "linked": 0}
        problems: list[str] = []
        try:
            with _connect(account, self.timeout, self.ssl_context) as imap:
                imap.login(account.login, secret)
                for folder in account.folders:
                    if cancelled and cancelled():
                        break
                    problems.extend(self._folder(imap, account, folder, totals, cancelled, progress))
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailFetchError(_describe(exc, account)) from exc
        stopped = bool(cancelled and cancelled())
        return FetchReport(account.name, folders=account.folders, problems=tuple(problems), cancelled=stopped, **totals)

    def list_folders(self, account: MailAccountDTO, password: str) -> list[str]:
        """The folders the server has (readable names, e.g. "مشتریان"), for choosing which to fetch."""
        try:
            with _connect(account, self.timeout, self.ssl_context) as imap:
                imap.login(account.login, password)
                status, data = imap.list()
        except (OSError, imaplib.IMAP4.error) as exc:
            raise MailFetchError(_describe(exc, account)) from exc
        if status != "OK":
            raise MailFetchError(f"{account.name}: the server refused to list the folders ({_text(data)})")
        return parse_list(data)

    def _folder(
        self,
        imap: imaplib.IMAP4,
        account: MailAccountDTO,
        folder: str,
        totals: dict[str, int],
        cancelled: Callable[[], bool] | None,
        progress: Progress | None = None,
    ) -> list[str]:
        status, detail = imap.select(_quoted(encode_folder(folder)), readonly=True)
        if status != "OK":
            return [f"{folder}: cannot open the folder ({_text(detail)})"]
        validity = int((imap.untagged_responses.get("UIDVALIDITY") or [b"0"])[0])
        known = account.state.get(folder)
        last = known.last_uid if known and known.uidvalidity == validity else 0
        status, data = imap.uid("SEARCH", "UID", f"{last + 1}:*")
        if status != "OK":
            return [f"{folder}: the server refused the search ({_text(data)})"]
        # "n:*" always includes the newest message, even when its UID is below n: keep only the new ones.
        uids = sorted(u for u in (int(x) for x in (data[0] or b"").split()) if u > last)
        totals["seen"] += len(uids)
        problems: list[str] = []
        if progress:
            progress(FetchProgress(account.name, folder, 0, len(uids)))
        for start in range(0, len(uids), BATCH):
            if cancelled and cancelled():
                break
            chunk = uids[start : start + BATCH]
            mails = self._download(imap, chunk, folder, problems)
            self._store(account, folder, (validity, chunk[-1]), mails, totals, problems)
            if progress:
                progress(FetchProgress(account.name, folder, start + len(chunk), len(uids)))
        if not uids and (known is None or known.uidvalidity != validity):
            self.accounts.record_fetch(account.id, folder, validity, last)
        return problems

    def _download(
        self, imap: imaplib.IMAP4, uids: list[int], folder: str, problems: list[str]
    ) -> list[tuple[int, ParsedMail]]:
        status, data = imap.uid("FETCH", ",".join(map(str, uids)), "(UID BODY.PEEK[])")
        if status != "OK":
            problems.append(f"{folder}: the server refused to send messages ({_text(data)})")
            return []
        mails: list[tuple[int, ParsedMail]] = []
        for item in data:
            if not isinstance(item, tuple) or len(item) < 2:
                continue  # the closing ")" of each message
            found = _UID_RE.search(item[0])
            mails.append((int(found.group(1)) if found else 0, parse_message(item[1])))
        return mails

    def _store(
        self,
        account: MailAccountDTO,
        folder: str,
        position: tuple[int, int],
        mails: list[tuple[int, ParsedMail]],
        totals: dict[str, int],
        problems: list[str],
    ) -> None:
        """One unit of work: the batch's messages, their account/folder and the folder's new position."""

        def work(session: Session) -> dict[str, int]:
            kept, counts = mails, {"skipped": 0, "added": 0, "duplicates": 0, "attachments": 0, "linked": 0}
            if not account.store_all and kept:
                owners = _owners(session, {a for _, mail in kept for a in mail.addresses})
                kept = [(uid, mail) for uid, mail in kept if any(owners.get(a, (None,))[0] for a in mail.addresses)]
                counts["skipped"] = len(mails) - len(kept)
            unique = list({mail.message_id: (uid, mail) for uid, mail in kept}.values())
            counts["duplicates"] += len(kept) - len(unique)  # the same Message-ID twice in one batch
            if unique:
                for key, value in _store_mails(session, unique).items():
                    counts[key] += value
                session.execute(
                    update(EmailMessage)
                    .where(EmailMessage.message_id.in_([m.message_id for _, m in unique]))
                    .where(EmailMessage.account_id.is_(None))
                    .values(account_id=account.id, folder=folder)
                )
            record_position(session, account.id, folder, *position)
            return counts

        for key, value in self.db.run_write(work, self.user_id).items():
            totals[key] += value
        problems.extend(f"{folder}: {p}" for _, mail in mails for p in mail.problems)


def parse_list(data: list) -> list[str]:
    """LIST responses -> folder names, decoded from modified UTF-7 and sorted (INBOX first); \\Noselect left out."""
    names: list[str] = []
    for item in data:
        if isinstance(item, tuple):  # the name came as a literal: {n} then the bytes
            head, raw = item[0], item[1]
            found = _LIST_RE.match(head)
        else:
            found = _LIST_RE.match(item or b"")
            raw = found.group("name") if found else b""
            if raw.startswith(b'"') and raw.endswith(b'"'):
                raw = re.sub(rb"\\(.)", rb"\1", raw[1:-1])
        if found is None or b"\\noselect" in found.group("flags").lower():
            continue
        text = raw.decode("ascii", "replace")
        try:
            names.append(decode_folder(text))
        except ValueError:
            names.append(text)  # not valid modified UTF-7: shown (and selected) as the server sent it
    return sorted(dict.fromkeys(names), key=lambda n: (n.upper() != "INBOX", n.casefold()))


def _quoted(folder: str) -> str:
    return '"' + folder.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(detail: object) -> str:
    if isinstance(detail, list | tuple) and detail:
        detail = detail[0]
    return detail.decode("utf-8", "replace") if isinstance(detail, bytes) else str(detail)
