"""Outbox against a real SMTP server (aiosmtpd) on loopback; passwords through keyring backends."""

from __future__ import annotations

import email
import json
from email import policy
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring

from crm_desktop.cli import main
from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import EmailMessage, MailAccount
from crm_desktop.services.mail_secrets import NoKeyringError, PasswordStore
from crm_desktop.services.outbox import OutboxService, render_template
from crm_desktop.services.people import ContactService
from tests.smtp_server import SmtpHandler


def _account(db: Database, port: int) -> int:
    with db.write() as session:
        account = MailAccount(name="Office", address="office@shop.example.com", smtp_host="127.0.0.1",
                              smtp_port=port, smtp_security="none")  # fmt: skip
        session.add(account)
        session.flush()
        return account.id


def test_send_links_contacts_and_writes_rtl_html(db: Database, smtp: tuple[SmtpHandler, int]) -> None:
    handler, port = smtp
    mina = ContactService(db).create({"display_name": "مینا", "emails": [{"address": "mina@example.com"}]})
    outbox = OutboxService(db)
    body = render_template("سلام {first_name}،\nپیش‌فاکتور {company} پیوست است.{missing}", {"first_name": "مینا",
                           "company": "نخل"})  # fmt: skip
    assert body == "سلام مینا،\nپیش‌فاکتور نخل پیوست است."
    email_id = outbox.queue(_account(db, port), "Mina <Mina@example.com>", "پیش‌فاکتور", body, bcc="boss@example.com",
                            attachments=[("offer.pdf", b"%PDF-1.4", "application/pdf")])  # fmt: skip
    report = outbox.send_pending(lambda account: None)
    assert (report.sent, report.failed) == (1, 0)
    rcpts, content = handler.received[0]
    assert sorted(rcpts) == ["boss@example.com", "mina@example.com"]
    sent = email.message_from_bytes(content, policy=policy.default)
    assert "Bcc" not in sent and sent["Subject"] == "پیش‌فاکتور"
    assert 'dir="rtl"' in sent.get_body(("html",)).get_content()
    assert sent.get_body(("plain",)).get_content().startswith("سلام مینا")
    assert [p.get_filename() for p in sent.iter_attachments()] == ["offer.pdf"]
    with db.read() as session:
        row = session.get(EmailMessage, email_id)
        assert row.state == "sent" and row.sent_at is not None and row.direction == "out"
    assert OutboxService(db).linked_contacts(email_id) == [mina.id]


@pytest.mark.parametrize("mode", ["refuse", "drop", "offline"])
def test_failed_send_stays_queued_with_its_error_and_is_retried(
    db: Database, smtp: tuple[SmtpHandler, int], mode: str
) -> None:
    handler, port = smtp
    outbox = OutboxService(db)
    account = _account(db, 1 if mode == "offline" else port)
    email_id = outbox.queue(account, "reza@example.com", "Hello", "Hi Reza")
    handler.mode = mode
    report = outbox.send_pending(lambda account: None, timeout=5)
    assert report.failed == 1 and not handler.received
    expected = {"refuse": "554", "drop": "closed the connection", "offline": "cannot reach"}[mode]
    assert expected in report.errors[0][1]
    with db.read() as session:
        row = session.get(EmailMessage, email_id)
        assert row.state == "outbox" and expected in row.last_error and row.send_attempts == 1
    if mode != "offline":
        handler.mode = "accept"
        assert outbox.send_pending(lambda account: None).sent == 1
        assert len(handler.received) == 1


def test_password_needs_a_keyring_or_an_explicit_fallback(tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    try:
        keyring.set_keyring(fail.Keyring())
        with pytest.raises(NoKeyringError, match="no system keyring"):
            PasswordStore().set("acc-1", "office", "s3cret")
        fallback = tmp_path / "private" / "mail-passwords.json"
        where = PasswordStore(fallback).set("acc-1", "office", "s3cret")
        assert "private file" in where and (fallback.stat().st_mode & 0o777) == 0o600
        assert PasswordStore(fallback).get("acc-1", "office") == "s3cret"
        backend = PlaintextKeyring()
        backend.file_path = str(tmp_path / "keyring.cfg")  # a real file backend, set programmatically
        keyring.set_keyring(backend)
        store = PasswordStore()
        assert "system keyring" in store.set("acc-2", "office", "كلمة-سر")
        assert store.get("acc-2", "office") == "كلمة-سر"
        store.delete("acc-2", "office")
        assert store.get("acc-2", "office") is None
    finally:
        keyring.set_keyring(previous)


def test_cli_mail_send_sends_the_queue_and_exits_1_while_a_message_stays(
    sqlite_path: Path, smtp: tuple[SmtpHandler, int], capsys: pytest.CaptureFixture[str]
) -> None:
    handler, port = smtp
    db = open_database(sqlite_path)
    try:
        OutboxService(db).queue(_account(db, port), "reza@example.com", "Hello", "Hi Reza")
    finally:
        db.close()
    handler.mode = "refuse"
    assert main(["--db", str(sqlite_path), "mail", "send"]) == 1
    assert "0 sent, 1 still queued" in capsys.readouterr().out and not handler.received
    handler.mode = "accept"
    assert main(["--db", str(sqlite_path), "mail", "send", "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["sent"] == 1 and len(handler.received) == 1
