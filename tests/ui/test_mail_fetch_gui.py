"""Fetch mail from the Emails page against a real Dovecot: progress per batch, Cancel keeps whole batches and
the next fetch resumes after them."""

from __future__ import annotations

from collections.abc import Iterator
from email.message import EmailMessage as Mime
from email.utils import make_msgid
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import Qt
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.imap_fetch import BATCH, FetchProgress
from crm_desktop.services.mail_accounts import MailAccountService
from crm_desktop.services.mail_box import MailBoxService
from crm_desktop.ui.mail.fetch_bar import FetchBar
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.emails_page import EmailsPage
from crm_desktop.ui.workspace import Workspace
from tests.dovecot import running_dovecot


@pytest.fixture
def workspace(sqlite_path: Path, tmp_path: Path) -> Iterator[Workspace]:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    db = open_database(sqlite_path)
    yield Workspace(db)
    db.close()
    keyring.set_keyring(previous)


def mail(number: int) -> bytes:
    mime = Mime()
    mime["From"], mime["To"], mime["Subject"] = "x@elsewhere.example.com", "office@shop.example.com", f"پیام {number}"
    mime["Message-ID"] = make_msgid(domain="example.com")
    mime.set_content("سلام")
    return mime.as_bytes()


def test_fetch_shows_progress_and_cancel_keeps_whole_batches(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    total = 2 * BATCH + 10
    with running_dovecot(tmp_path / "dovecot") as server:
        for number in range(total):
            server.append(mail(number), folder="مشتریان")
        service = MailAccountService(workspace.db)
        account = service.save({"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1",
                                "username": server.user, "imap_host": server.host, "imap_port": server.port,
                                "imap_security": "none", "store_all": True, "folders": "مشتریان"})  # fmt: skip
        service.set_password(account, server.password)
        page = EmailsPage(workspace)
        qtbot.addWidget(page)
        wait_for_ops()
        seen: list[FetchProgress] = []

        def on_progress(progress: FetchProgress) -> None:  # on the database thread, like a click at that moment
            seen.append(progress)
            if progress.done >= BATCH:
                page.fetch_bar.cancel_event.set()

        page.fetch_bar.progressed.connect(on_progress, Qt.ConnectionType.DirectConnection)
        page.fetch_mail()
        assert page.fetch_bar.isVisibleTo(page) and not page.actions_by_name["fetch"].isEnabled()
        wait_for_ops(timeout=30)
        assert [(p.folder, p.done, p.total) for p in seen] == [("مشتریان", 0, total), ("مشتریان", BATCH, total)]
        assert f"Fetching cancelled: {BATCH} new message" in page.last_status
        assert not page.fetch_bar.isVisibleTo(page) and page.actions_by_name["fetch"].isEnabled()
        assert MailBoxService(workspace.db).count("emails", {"folder": "inbox"}) == BATCH
        assert service.get(account.id).state["مشتریان"].last_uid == BATCH

        page.fetch_bar.progressed.disconnect(on_progress)
        page.fetch_mail()
        wait_for_ops(timeout=30)
        assert f"{total - BATCH} new message" in page.last_status
        assert MailBoxService(workspace.db).count("emails", {"folder": "inbox"}) == total


def test_progress_text_in_persian_and_the_cancel_button(qtbot: QtBot) -> None:
    class Persian:
        lang, calendar, digits = "fa", "jalali", "native"

    bar = FetchBar(Persian())
    qtbot.addWidget(bar)
    stop = bar.start()
    bar.show_progress(FetchProgress("دفتر", "مشتریان", 1250, 4000))
    assert "۱٬۲۵۰" in bar.text.text() and "۴٬۰۰۰" in bar.text.text() and "مشتریان" in bar.text.text()
    assert (bar.bar.value(), bar.bar.maximum()) == (1250, 4000)
    bar.cancel_button.click()
    assert stop.is_set() and not bar.cancel_button.isEnabled()
    bar.show_progress(FetchProgress("دفتر", "مشتریان", 1275, 4000))  # late news of the last batch: not shown
    assert "۱٬۲۷۵" not in bar.text.text()
