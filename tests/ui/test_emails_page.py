"""The Emails section on a real SQLite file, offscreen: the HTML viewer never fetches a remote URL until allowed
(a real HTTP server on loopback counts requests), folders and the contact filter, paging over thousands of
messages, drag-and-drop import, fetching from a real Dovecot, drafts edited and deleted."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from email.message import EmailMessage as Mime
from email.utils import make_msgid
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDropEvent, QTextDocument
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.io.eml import parse_message
from crm_desktop.services.mail_accounts import MailAccountService
from crm_desktop.services.mail_box import MailBoxService
from crm_desktop.services.mail_import import MailImporter
from crm_desktop.services.outbox import OutboxService
from crm_desktop.services.people import ContactService
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.emails_page import EmailsPage
from crm_desktop.ui.workspace import Workspace
from tests.dovecot import running_dovecot

# A 1x1 PNG.
PIXEL = bytes.fromhex(
    "89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d49444154789c6360f8cf"
    "c0f01f0005000201e5270ede0000000049454e44ae426082"
)


class Counter(BaseHTTPRequestHandler):
    paths: list[str] = []

    def do_GET(self) -> None:
        Counter.paths.append(self.path)
        self.send_response(200)
        self.send_header("Content-Type", "image/png")
        self.send_header("Content-Length", str(len(PIXEL)))
        self.end_headers()
        self.wfile.write(PIXEL)

    def log_message(self, *args: object) -> None:
        pass


@pytest.fixture
def http_server() -> Iterator[tuple[str, list[str]]]:
    Counter.paths = []
    server = ThreadingHTTPServer(("127.0.0.1", 0), Counter)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}", Counter.paths
    finally:
        server.shutdown()
        server.server_close()


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    yield Workspace(db)
    db.close()


def html_mail(base: str, sender: str = "mina@example.com", subject: str = "خبرنامه") -> bytes:
    mime = Mime()
    mime["From"], mime["To"], mime["Subject"] = sender, "office@shop.example.com", subject
    mime["Message-ID"] = make_msgid(domain="example.com")
    mime.set_content("سلام، متن ساده")
    html = (
        f'<html><head><link rel="stylesheet" href="{base}/style.css"></head><body dir="rtl">'
        f'<p>سلام</p><img src="{base}/pixel.png?to=office"><img src="cid:logo@shop">'
        f'<table background="{base}/bg.png"><tr><td>x</td></tr></table>'
        f'<img src="file:///etc/hostname"></body></html>'
    )
    mime.add_alternative(html, subtype="html")
    mime.get_payload()[1].add_related(PIXEL, maintype="image", subtype="png", cid="<logo@shop>")
    return mime.as_bytes()


def open_first(page: EmailsPage) -> None:
    page.table.selectRow(0)
    wait_for_ops()


def test_viewer_fetches_nothing_remote_until_the_user_allows_it(
    workspace: Workspace, qtbot: QtBot, http_server: tuple[str, list[str]]
) -> None:
    base, requests = http_server
    MailImporter(workspace.db).import_messages("test", [(1, parse_message(html_mail(base)))])
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    wait_for_ops()
    open_first(page)
    viewer = page.viewer
    assert viewer.message is not None and viewer.message.subject == "خبرنامه"
    qtbot.wait(50)  # let the document lay out and ask for its resources
    viewer.body.grab()  # painting asks for images too
    assert requests == []
    refused = viewer.body.refused
    assert f"{base}/pixel.png?to=office" in refused and any(u.startswith("file:") for u in refused)
    image = QTextDocument.ResourceType.ImageResource
    assert viewer.body.document().resource(image, QUrl(f"{base}/pixel.png?to=office")) is None
    assert viewer.body.document().resource(image, QUrl("cid:logo@shop")) is not None  # the message's own part
    assert viewer.load_remote.isVisibleTo(page) and viewer.blocked.isVisibleTo(page)
    viewer.plain.setChecked(True)
    assert "متن ساده" in viewer.body.toPlainText()
    viewer.plain.setChecked(False)
    assert requests == []

    viewer.load_remote.click()
    wait_for_ops()
    assert requests == ["/pixel.png?to=office"]  # only that message's images, only on request
    assert viewer.body.document().resource(image, QUrl(f"{base}/pixel.png?to=office")) is not None
    assert not viewer.load_remote.isVisibleTo(page)


def test_folders_contact_filter_and_paging_over_thousands(workspace: Workspace, qtbot: QtBot) -> None:
    mina = ContactService(workspace.db).create({"display_name": "مینا", "emails": [{"address": "mina@example.com"}]})
    mails = []
    for number in range(1500):
        mime = Mime()
        sender = "mina@example.com" if number % 100 == 0 else f"p{number}@example.com"
        mime["From"], mime["To"], mime["Subject"] = sender, "office@shop.example.com", f"پیام {number}"
        mime["Message-ID"] = f"<m{number}@example.com>"
        mime["Date"] = f"Mon, 01 Jan 2024 {number // 3600:02d}:{number // 60 % 60:02d}:{number % 60:02d} +0000"
        mime.set_content("x" * 2000)
        mails.append((number, parse_message(mime.as_bytes())))
    MailImporter(workspace.db).import_messages("bulk", mails)
    account = MailAccountService(workspace.db).save(
        {"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1"}
    )
    OutboxService(workspace.db).queue(account.id, "mina@example.com", "پیش‌نویس", "متن", draft=True)
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    wait_for_ops()
    assert page.model.rowCount() == 1500  # All: drafts are not in it
    page.table.grab()
    assert page.model.pages_fetched == 1 and page.model.cached_rows() == 200  # one page, not the mailbox
    assert "پیام 1499" in page.model.data(page.model.index(0, 1))  # newest first
    page.folders.setCurrentRow(4)  # Drafts
    wait_for_ops()
    assert page.model.rowCount() == 1
    page.folders.setCurrentRow(0)
    wait_for_ops()
    page.contact.setCurrentIndex(page.contact.findData(mina.id))
    page.contact.activated.emit(page.contact.currentIndex())
    wait_for_ops()
    assert page.model.rowCount() == 15  # received from her; the draft to her is not in All
    page.folders.setCurrentRow(4)
    wait_for_ops()
    assert page.model.rowCount() == 1

    open_first(page)  # the draft: Edit opens it in the compose dialog, saving replaces the old copy
    dialog = page.edit()
    assert dialog is not None and dialog.subject.text() == "پیش‌نویس"
    dialog.subject.setText("پیش‌نویس ۲")
    dialog.submit(send=False)
    wait_for_ops()
    assert page.model.rowCount() == 1
    assert "پیش‌نویس ۲" in page.model.data(page.model.index(0, 1))
    open_first(page)
    page.delete(confirm=False)
    wait_for_ops()
    assert page.model.rowCount() == 0


def test_dropping_mail_files_imports_them(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    eml = tmp_path / "offer.eml"
    eml.write_bytes(html_mail("http://127.0.0.1:9", subject="پیشنهاد"))
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    wait_for_ops()
    data = QMimeData()
    data.setUrls([QUrl.fromLocalFile(str(eml)), QUrl.fromLocalFile(str(tmp_path / "notes.txt"))])
    event = QDropEvent(QPointF(10, 10), Qt.DropAction.CopyAction, data, Qt.MouseButton.LeftButton,
                       Qt.KeyboardModifier.NoModifier)  # fmt: skip
    page.dropEvent(event)
    wait_for_ops()
    assert page.model.rowCount() == 1 and "1 message" in page.last_status


def test_fetch_mail_button_reads_the_imap_account(workspace: Workspace, qtbot: QtBot, tmp_path: Path) -> None:
    previous = keyring.get_keyring()
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")
    keyring.set_keyring(backend)
    try:
        with running_dovecot(tmp_path / "dovecot") as server:
            service = MailAccountService(workspace.db)
            account = service.save({"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1",
                                    "username": server.user, "imap_host": server.host, "imap_port": server.port,
                                    "imap_security": "none", "store_all": True})  # fmt: skip
            service.set_password(account, server.password)
            server.append(html_mail("http://127.0.0.1:9", subject="از سرور"))
            page = EmailsPage(workspace)
            qtbot.addWidget(page)
            wait_for_ops()
            assert page.actions_by_name["fetch"].isEnabled()
            page.fetch_mail()
            wait_for_ops(timeout=30)
            assert "1 new message" in page.last_status
            assert page.model.rowCount() == 1
            page.folders.setCurrentRow(1)  # Inbox
            wait_for_ops()
            assert MailBoxService(workspace.db).count("emails", {"folder": "inbox"}) == page.model.rowCount() == 1
    finally:
        keyring.set_keyring(previous)


def test_account_editor_needs_a_keyring_or_the_explicit_file(workspace: Workspace, qtbot: QtBot) -> None:
    from keyring.backends import fail

    from crm_desktop.services.mail_accounts import password_file
    from crm_desktop.ui.mail.accounts import AccountDialog, MailTab

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        tab = MailTab(workspace)
        qtbot.addWidget(tab)
        dialog = tab.add()
        assert dialog.use_file.isVisibleTo(dialog) and not dialog.use_file.isChecked()
        dialog.name.setText("دفتر")
        dialog.address.setText("office at shop")
        dialog.smtp_host.setText("smtp.shop.example.com")
        dialog.password.setText("s3cret")
        dialog.save()
        wait_for_ops()
        assert dialog.errors["address"].isVisibleTo(dialog) and MailAccountService(workspace.db).list() == []
        dialog.address.setText("office@shop.example.com")
        dialog.save()
        wait_for_ops()
        assert "No system keyring" in dialog.errors["password"].text()
        assert MailAccountService(workspace.db).list() == [] and not password_file().exists()
        dialog.use_file.setChecked(True)
        dialog.save()
        wait_for_ops()
        [account] = MailAccountService(workspace.db).list()
        assert MailAccountService(workspace.db).password(account) == "s3cret"
        assert (password_file().stat().st_mode & 0o777) == 0o600
        assert tab.list.count() == 1 and "office@shop.example.com" in tab.list.item(0).text()
        edit = AccountDialog(workspace, account)
        qtbot.addWidget(edit)
        assert edit.folders.text() == "INBOX" and edit.password.text() == ""
        tab.list.setCurrentRow(0)
        tab.delete(confirm=False)
        wait_for_ops()
        assert tab.list.count() == 0 and MailAccountService(workspace.db).password(account) is None
    finally:
        password_file().unlink(missing_ok=True)
        keyring.set_keyring(previous)


def test_dates_follow_the_users_calendar_and_digits(workspace: Workspace, qtbot: QtBot) -> None:
    mime = Mime()
    mime["From"], mime["To"], mime["Subject"] = "mina@example.com", "office@shop.example.com", "نوروز"
    mime["Message-ID"], mime["Date"] = make_msgid(), "Wed, 20 Mar 2024 12:00:00 +0000"  # 1 Farvardin 1403
    mime.set_content("سلام")
    MailImporter(workspace.db).import_messages("one", [(0, parse_message(mime.as_bytes()))])
    workspace.lang, workspace.calendar = "fa", "jalali"
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    page.show()
    wait_for_ops()
    assert "۱۴۰۳/۰۱/۰۱" in page.model.data(page.model.index(0, 2))  # not 2024-03-20
    open_first(page)
    assert "۱۴۰۳/۰۱/۰۱" in page.viewer.header_labels["date"].text()
