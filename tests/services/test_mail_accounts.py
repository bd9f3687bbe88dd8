"""Mail accounts: validation names the fields, extras live in the settings table, passwords never in the database."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backends import fail
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import MailAccount, Setting
from crm_desktop.errors import ConflictError, ValidationError
from crm_desktop.services.mail_accounts import MailAccountService, password_file
from crm_desktop.services.mail_secrets import NoKeyringError

GOOD = {
    "name": "دفتر", "address": "office@shop.example.com", "smtp_host": "smtp.shop.example.com",
    "smtp_security": "ssl", "username": "office", "imap_host": "imap.shop.example.com", "imap_security": "starttls",
    "folders": "INBOX, Archive", "store_all": True,
}  # fmt: skip


@pytest.fixture
def file_keyring(tmp_path: Path) -> Iterator[None]:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    try:
        yield
    finally:
        keyring.set_keyring(previous)


def test_save_validates_every_field_and_changes_nothing(db: Database) -> None:
    service = MailAccountService(db)
    bad = {"name": " ", "address": "not-an-address", "smtp_host": "", "smtp_port": "70000", "smtp_security": "tls9",
           "imap_host": "imap host", "imap_port": "abc", "folders": ['In"box']}  # fmt: skip
    with pytest.raises(ValidationError) as caught:
        service.save(bad)
    assert set(caught.value.errors) == {
        "name",
        "address",
        "smtp_host",
        "smtp_port",
        "smtp_security",
        "imap_host",
        "imap_port",
        "folders",
    }
    assert service.list() == []


def test_extras_round_trip_and_fetch_state_survives_edits(db: Database) -> None:
    service = MailAccountService(db)
    account = service.save(GOOD)
    assert (account.smtp_port, account.imap_port) == (465, 143)  # defaults for the chosen security
    assert account.folders == ("INBOX", "Archive") and account.store_all and account.imap_security == "starttls"
    service.record_fetch(account.id, "INBOX", 77, 12)
    service.record_fetch(account.id, "Archive", 5, 3)
    again = service.get(account.id)
    assert again.state["INBOX"].uidvalidity == 77 and again.state["INBOX"].last_uid == 12
    edited = service.save({**GOOD, "folders": ["INBOX"], "store_all": False}, account.id, again.version)
    assert set(edited.state) == {"INBOX"} and not edited.store_all  # a dropped folder's state is forgotten
    with pytest.raises(ConflictError):
        service.save(GOOD, account.id, account.version)  # stale version
    with db.read() as session:
        stored = session.get(Setting, f"mail_account:{account.uid}").value
        assert stored["folders"] == ["INBOX"]
        columns = session.scalars(select(MailAccount)).one()
        assert columns.smtp_host == "smtp.shop.example.com" and columns.imap_host == "imap.shop.example.com"
    service.delete(account.id)
    assert service.list() == []


def test_password_goes_to_the_keyring_never_the_database(db: Database, file_keyring: None) -> None:
    service = MailAccountService(db)
    account = service.save(GOOD)
    where = service.set_password(account, "كلمة-سر")
    assert "keyring" in where
    assert service.password(account) == "كلمة-سر"
    with db.read() as session:
        dumped = repr([(s.key, s.value) for s in session.scalars(select(Setting))])
    assert "كلمة-سر" not in dumped
    service.forget_password(account)
    assert service.password(account) is None


def test_without_a_keyring_the_file_needs_an_explicit_opt_in(db: Database) -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        service = MailAccountService(db)
        account = service.save(GOOD)
        with pytest.raises(NoKeyringError, match="no system keyring"):
            service.set_password(account, "s3cret")
        assert not password_file().exists()
        assert "private file" in service.set_password(account, "s3cret", opt_in_file=True)
        assert (password_file().stat().st_mode & 0o777) == 0o600
        assert service.password(account) == "s3cret"
    finally:
        service.forget_password(account)
        password_file().unlink(missing_ok=True)
        keyring.set_keyring(previous)
