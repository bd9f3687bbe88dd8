"""IMAP fetch against a real Dovecot on loopback (tests/dovecot.py): only new UIDs, contacts only unless store-all."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage as Mime
from email.utils import make_msgid
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Document, EmailMessage
from crm_desktop.services.imap_fetch import ImapFetcher, MailFetchError
from crm_desktop.services.mail_accounts import MailAccountService
from crm_desktop.services.people import ContactService
from tests.dovecot import Dovecot, running_dovecot


@pytest.fixture
def dovecot(tmp_path: Path) -> Iterator[Dovecot]:
    with running_dovecot(tmp_path / "dovecot") as server:
        yield server


@pytest.fixture
def sqlite_db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(str(tmp_path / "crm.sqlite3"))
    try:
        yield database
    finally:
        database.close()


def message(sender: str, subject: str, body: str = "سلام", attachment: bytes | None = None) -> bytes:
    mime = Mime()
    mime["From"], mime["To"], mime["Subject"] = sender, "office@shop.example.com", subject
    mime["Message-ID"] = make_msgid(domain="example.com")
    mime.set_content(body)
    if attachment is not None:
        mime.add_attachment(attachment, maintype="application", subtype="pdf", filename="فاکتور.pdf")
    return mime.as_bytes()


def account(db: Database, server: Dovecot, store_all: bool = False) -> int:
    values = {"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1",
              "username": server.user, "imap_host": server.host, "imap_port": server.port,
              "imap_security": "none", "folders": ["INBOX"], "store_all": store_all}  # fmt: skip
    return MailAccountService(db).save(values).id


def stored(db: Database) -> list[str]:
    with db.read() as session:
        return sorted(session.scalars(select(EmailMessage.subject)))


def test_fetch_stores_new_messages_once_and_skips_strangers(sqlite_db: Database, dovecot: Dovecot) -> None:
    mina = ContactService(sqlite_db).create({"display_name": "مینا", "emails": [{"address": "mina@example.com"}]})
    for number in range(3):
        dovecot.append(message("Mina <MINA@example.com>", f"پیام {number}", attachment=b"%PDF-1" if number else None))
    dovecot.append(message("spam@stranger.example.com", "Cheap watches"))
    fetcher = ImapFetcher(sqlite_db, timeout=10)
    account_id = account(sqlite_db, dovecot)

    first = fetcher.fetch(account_id, password=dovecot.password)
    assert (first.seen, first.added, first.skipped, first.attachments, first.linked) == (4, 3, 1, 2, 3)
    assert stored(sqlite_db) == ["پیام 0", "پیام 1", "پیام 2"]
    with sqlite_db.read() as session:
        row = session.scalars(select(EmailMessage).where(EmailMessage.subject == "پیام 1")).one()
        assert (row.account_id, row.folder, row.state, row.direction) == (account_id, "INBOX", "received", "in")
        names = session.scalars(select(Document.file_name).where(Document.email_id == row.id)).all()
        assert names == ["فاکتور.pdf"]
    assert MailAccountService(sqlite_db).get(account_id).state["INBOX"].last_uid == 4

    second = fetcher.fetch(account_id, password=dovecot.password)
    assert (second.seen, second.added, second.skipped) == (0, 0, 0)

    dovecot.append(message("mina@example.com", "پیام تازه"))
    third = fetcher.fetch(account_id, password=dovecot.password)
    assert (third.seen, third.added) == (1, 1)
    assert "پیام تازه" in stored(sqlite_db)
    with sqlite_db.read() as session:
        assert session.scalar(select(func.count()).select_from(EmailMessage)) == 4
    assert mina.id  # linked through the import path (counted in .linked above)


def test_store_all_keeps_strangers_and_a_new_uidvalidity_refetches_without_doubles(
    sqlite_db: Database, dovecot: Dovecot
) -> None:
    dovecot.append(message("someone@elsewhere.example.com", "Hello"))
    account_id = account(sqlite_db, dovecot, store_all=True)
    fetcher = ImapFetcher(sqlite_db, timeout=10)
    assert fetcher.fetch(account_id, password=dovecot.password).added == 1
    service = MailAccountService(sqlite_db)
    service.record_fetch(account_id, "INBOX", 1, 99)  # as if the server had renumbered the folder
    again = fetcher.fetch(account_id, password=dovecot.password)
    assert (again.seen, again.added, again.duplicates) == (1, 0, 1)
    assert stored(sqlite_db) == ["Hello"]


def test_wrong_password_and_no_server_say_what_went_wrong(sqlite_db: Database, dovecot: Dovecot) -> None:
    account_id = account(sqlite_db, dovecot)
    fetcher = ImapFetcher(sqlite_db, timeout=10)
    with pytest.raises(MailFetchError, match="refused the user name or password"):
        fetcher.fetch(account_id, password="wrong")
    service = MailAccountService(sqlite_db)
    dto = service.get(account_id)
    values = {"name": dto.name, "address": dto.address, "smtp_host": "127.0.0.1", "imap_host": "127.0.0.1",
              "imap_port": 1, "imap_security": "none"}  # fmt: skip
    service.save(values, account_id)
    with pytest.raises(MailFetchError, match="cannot reach"):
        fetcher.fetch(account_id, password=dovecot.password)
    assert stored(sqlite_db) == []


def test_cli_mail_fetch_uses_the_stored_password(
    tmp_path: Path, dovecot: Dovecot, capsys: pytest.CaptureFixture[str]
) -> None:
    import keyring
    from keyrings.alt.file import PlaintextKeyring

    from crm_desktop.cli import main

    path = tmp_path / "cli.sqlite3"
    db = open_database(str(path))
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    try:
        account_id = account(db, dovecot, store_all=True)
        service = MailAccountService(db)
        service.set_password(service.get(account_id), dovecot.password)
        db.close()
        dovecot.append(message("a@elsewhere.example.com", "از خط فرمان"))
        assert main(["--db", str(path), "mail", "fetch"]) == 0
        assert "Office: 1 new" in capsys.readouterr().out
        assert main(["--db", str(path), "mail", "fetch", "--json"]) == 0
        assert '"added": 0' in capsys.readouterr().out
    finally:
        keyring.set_keyring(previous)


@pytest.mark.parametrize("security", ["starttls", "ssl"])
def test_fetch_over_starttls_and_ssl(sqlite_db: Database, tmp_path: Path, security: str) -> None:
    pytest.importorskip("cryptography", reason="the test makes its own certificate with cryptography")
    import ssl

    with running_dovecot(tmp_path / "dovecot", tls=True) as server:
        server.append(message("x@elsewhere.example.com", "رمزنگاری‌شده"))
        values = {"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1",
                  "username": server.user, "imap_host": "127.0.0.1", "imap_security": security, "store_all": True,
                  "imap_port": server.ssl_port if security == "ssl" else server.port}  # fmt: skip
        account_id = MailAccountService(sqlite_db).save(values).id
        trusted = ssl.create_default_context(cafile=str(server.root / "cert.pem"))
        assert ImapFetcher(sqlite_db, timeout=10, ssl_context=trusted).fetch(account_id, server.password).added == 1
        with pytest.raises(MailFetchError, match="secure connection failed"):  # the system does not trust it
            ImapFetcher(sqlite_db, timeout=10).fetch(account_id, server.password)


def test_fetch_all_reports_an_account_without_password_and_goes_on(sqlite_db: Database, dovecot: Dovecot) -> None:
    import keyring
    from keyring.backends import fail

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        account(sqlite_db, dovecot)
        [result] = ImapFetcher(sqlite_db, timeout=10).fetch_all()
        assert isinstance(result, MailFetchError) and "no password is stored for office" in str(result)
    finally:
        keyring.set_keyring(previous)


def test_persian_and_german_folders_are_listed_and_fetched_by_their_names(
    sqlite_db: Database, dovecot: Dovecot
) -> None:
    import imaplib

    dovecot.append(message("a@elsewhere.example.com", "در پوشه مشتریان"), folder="مشتریان")
    dovecot.append(message("b@elsewhere.example.com", "Entwurf"), folder="Entwürfe")
    with imaplib.IMAP4(dovecot.host, dovecot.port, timeout=10) as imap:  # what the server itself holds
        imap.login(dovecot.user, dovecot.password)
        listed = b" ".join(line for line in imap.list()[1] if isinstance(line, bytes))
    assert b"&BkUGNAYqBjEGzAYnBkY-" in listed and b"Entw&APw-rfe" in listed
    account_id = account(sqlite_db, dovecot, store_all=True)
    fetcher = ImapFetcher(sqlite_db, timeout=10)
    dto = MailAccountService(sqlite_db).get(account_id)
    assert fetcher.list_folders(dto, dovecot.password) == ["INBOX", "Entwürfe", "مشتریان"]
    values = {"name": dto.name, "address": dto.address, "smtp_host": "127.0.0.1", "username": dovecot.user,
              "imap_host": dovecot.host, "imap_port": dovecot.port, "imap_security": "none",
              "folders": "مشتریان, Entwürfe", "store_all": True}  # fmt: skip
    MailAccountService(sqlite_db).save(values, account_id)
    report = fetcher.fetch(account_id, password=dovecot.password)
    assert (report.added, report.problems) == (2, ())
    assert stored(sqlite_db) == ["Entwurf", "در پوشه مشتریان"]
    state = MailAccountService(sqlite_db).get(account_id).state
    assert state["مشتریان"].last_uid == 1 and state["Entwürfe"].last_uid == 1
    with sqlite_db.read() as session:
        assert set(session.scalars(select(EmailMessage.folder))) == {"مشتریان", "Entwürfe"}


def test_a_cancelled_fetch_keeps_whole_batches_and_resumes_after_them(sqlite_db: Database, dovecot: Dovecot) -> None:
    from crm_desktop.services.imap_fetch import BATCH, FetchProgress

    inbox = 2 * BATCH + 10
    for number in range(inbox):
        dovecot.append(message("x@elsewhere.example.com", f"پیام {number:03}"))
    for number in range(3):
        dovecot.append(message("y@elsewhere.example.com", f"مشتری {number}"), folder="مشتریان")
    service = MailAccountService(sqlite_db)
    account_id = account(sqlite_db, dovecot, store_all=True)
    values = {"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1",
              "username": dovecot.user, "imap_host": dovecot.host, "imap_port": dovecot.port,
              "imap_security": "none", "folders": "INBOX, مشتریان", "store_all": True}  # fmt: skip
    service.save(values, account_id)
    seen: list[FetchProgress] = []
    report = ImapFetcher(sqlite_db, timeout=10).fetch(
        account_id, dovecot.password, cancelled=lambda: any(p.done for p in seen), progress=seen.append
    )
    assert report.cancelled and (report.seen, report.added) == (inbox, BATCH)
    assert [(p.folder, p.done, p.total) for p in seen] == [("INBOX", 0, inbox), ("INBOX", BATCH, inbox)]
    assert len(stored(sqlite_db)) == BATCH and service.get(account_id).state["INBOX"].last_uid == BATCH
    assert "مشتریان" not in service.get(account_id).state  # not reached: fetched from its start next time

    seen.clear()
    again = ImapFetcher(sqlite_db, timeout=10).fetch(account_id, dovecot.password, progress=seen.append)
    assert not again.cancelled and (again.seen, again.added, again.duplicates) == (
        inbox - BATCH + 3,
        inbox - BATCH + 3,
        0,
    )
    assert [(p.folder, p.done) for p in seen] == [("INBOX", 0), ("INBOX", BATCH), ("INBOX", inbox - BATCH),
                                                  ("مشتریان", 0), ("مشتریان", 3)]  # fmt: skip
    subjects = stored(sqlite_db)
    assert len(subjects) == len(set(subjects)) == inbox + 3
    state = service.get(account_id).state
    assert (state["INBOX"].last_uid, state["مشتریان"].last_uid) == (inbox, 3)


def test_a_batch_and_its_position_are_one_unit_of_work(sqlite_db: Database, dovecot: Dovecot) -> None:
    from sqlalchemy.exc import IntegrityError

    from crm_desktop.db.models import MailAccount
    from crm_desktop.errors import NotFoundError
    from crm_desktop.services.imap_fetch import BATCH, FetchProgress

    for number in range(BATCH + 5):
        dovecot.append(message("x@elsewhere.example.com", f"پیام {number:03}"))
    account_id = account(sqlite_db, dovecot, store_all=True)

    def remove_account(progress: FetchProgress) -> None:  # the position of the next batch cannot be saved
        if progress.done == BATCH:
            with sqlite_db.write() as session:
                session.delete(session.get(MailAccount, account_id))

    with pytest.raises((NotFoundError, IntegrityError)):  # the account link or its position fails
        ImapFetcher(sqlite_db, timeout=10).fetch(account_id, dovecot.password, progress=remove_account)
    assert len(stored(sqlite_db)) == BATCH  # the second batch's messages went back with its failed position
