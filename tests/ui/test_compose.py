"""Compose dialog on a real SQLite file, offscreen: completer in any script, templates, attachments, and
Send through the outbox to a real aiosmtpd server on loopback."""

from __future__ import annotations

import email
from email import policy
from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop.services.mail_accounts import MailAccountDTO, MailAccountService
from crm_desktop.services.mail_box import MailBoxService
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.ui.mail.compose import ComposeDialog
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.emails_page import EmailsPage
from crm_desktop.ui.workspace import Workspace
from tests.smtp_server import SmtpHandler


def make_account(ws: Workspace, port: int) -> MailAccountDTO:
    values = {"name": "Office", "address": "office@shop.example.com", "smtp_host": "127.0.0.1", "smtp_port": port,
              "smtp_security": "none"}  # fmt: skip
    return MailAccountService(ws.db).save(values)


def test_completer_finds_contacts_in_any_script(workspace: Workspace, qtbot: QtBot) -> None:
    ContactService(workspace.db).create({"display_name": "علي كريمي", "emails": [{"address": "ali@example.com"}]})
    ContactService(workspace.db).create({"display_name": "Sara Lind", "emails": [{"address": "sara@example.com"}]})
    found = MailBoxService(workspace.db).suggestions("کریمی")  # Persian ی ک for an Arabic-spelt name
    assert [(s.name, s.address) for s in found] == [("علي كريمي", "ali@example.com")]
    dialog = ComposeDialog(workspace, [])
    qtbot.addWidget(dialog)
    dialog.to.setText("sara@example.com, علی")
    dialog.to.textEdited.emit(dialog.to.text())
    wait_for_ops()
    completer = dialog.completers[0]
    assert completer.list_model.stringList() == ["علي كريمي <ali@example.com>"]
    completer.activated[str].emit("علي كريمي <ali@example.com>")
    assert dialog.to.text() == "sara@example.com, علي كريمي <ali@example.com>, "
    assert not dialog.send_button.isEnabled()  # no account yet: said in the dialog, nothing to send with


def test_send_from_template_reaches_the_server_with_attachments(
    workspace: Workspace, qtbot: QtBot, smtp: tuple[SmtpHandler, int], tmp_path: Path
) -> None:
    handler, port = smtp
    company = CompanyService(workspace.db).create({"name": "نخل"})
    ContactService(workspace.db).create({"given_name": "مینا", "display_name": "مینا رضایی", "company_id": company.id,
                                        "emails": [{"address": "mina@example.com"}]})  # fmt: skip
    stored = DocumentService(workspace.db).add(b"%PDF-1.4 offer", "offer.pdf")
    on_disk = tmp_path / "price-list.csv"
    on_disk.write_text("a,b\n", encoding="utf-8")
    account = make_account(workspace, port)
    MailBoxService(workspace.db).save_template("پیش‌فاکتور", "پیش‌فاکتور {company}", "سلام {first_name}،\nپیوست است.")
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    wait_for_ops()
    dialog = page.new_message()
    wait_for_ops()
    assert dialog.account.currentData() == account.id
    dialog.template.setCurrentIndex(dialog.template.findData("پیش‌فاکتور"))
    dialog.template.activated.emit(dialog.template.currentIndex())
    assert dialog.body.layoutDirection().name == "RightToLeft"  # the Persian body is detected as RTL
    dialog.to.setText("Mina <mina@example.com>")
    dialog.bcc.setText("boss@example.com")
    dialog.attach_files([str(on_disk)])
    dialog.attach_stored(stored.id, "offer.pdf")
    dialog.submit(send=True)
    wait_for_ops()
    assert len(handler.received) == 1
    rcpts, content = handler.received[0]
    assert sorted(rcpts) == ["boss@example.com", "mina@example.com"]
    sent = email.message_from_bytes(content, policy=policy.default)
    assert sent["Subject"] == "پیش‌فاکتور نخل"
    assert sent.get_body(("plain",)).get_content().startswith("سلام مینا،")
    assert 'dir="rtl"' in sent.get_body(("html",)).get_content()
    assert sorted(p.get_filename() for p in sent.iter_attachments()) == ["offer.pdf", "price-list.csv"]
    page.folders.setCurrentRow(2)  # Sent
    wait_for_ops()
    assert page.model.rowCount() == 1


def test_refused_send_stays_in_the_outbox_with_its_error_shown(
    workspace: Workspace, qtbot: QtBot, smtp: tuple[SmtpHandler, int]
) -> None:
    handler, port = smtp
    handler.mode = "refuse"
    make_account(workspace, port)
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    wait_for_ops()
    dialog = page.new_message()
    dialog.to.setText("reza@example.com")
    dialog.subject.setText("Hello")
    dialog.body.setPlainText("Hi Reza")
    dialog.submit(send=True)
    wait_for_ops()
    assert not handler.received
    assert "1 still in the Outbox" in page.last_status
    page.folders.setCurrentRow(3)  # Outbox
    wait_for_ops()
    assert page.model.rowCount() == 1
    status = page.model.data(page.model.index(0, 3))
    assert "554" in status and "1 attempt" in status
    page.table.selectRow(0)
    wait_for_ops()
    assert "554" in page.viewer.header_labels["status"].text()
    handler.mode = "accept"
    page.retry()
    wait_for_ops()
    assert len(handler.received) == 1
    assert page.model.rowCount() == 0  # gone from the Outbox once sent


def test_bad_input_is_shown_beside_the_field_and_nothing_is_queued(
    workspace: Workspace, qtbot: QtBot, tmp_path: Path
) -> None:
    account = make_account(workspace, 1)
    dialog = ComposeDialog(workspace, [account])
    qtbot.addWidget(dialog)
    dialog.submit(send=False)
    wait_for_ops()
    assert dialog.errors["to"].isVisibleTo(dialog) and dialog.errors["to"].text()
    dialog.to.setText("x@example.com")
    dialog.attach_files([str(tmp_path / "vanished.pdf")])
    dialog.submit(send=False)
    wait_for_ops()
    assert "vanished.pdf" in dialog.errors["attachments"].text()
    assert MailBoxService(workspace.db).count("emails", {"folder": "drafts"}) == 0
    dialog.files.setCurrentRow(0)
    dialog.remove_attachment()
    dialog.submit(send=False)
    wait_for_ops()
    assert MailBoxService(workspace.db).count("emails", {"folder": "drafts"}) == 1


def test_reply_and_forward_are_threaded_on_the_wire_and_in_the_database(
    workspace: Workspace, qtbot: QtBot, smtp: tuple[SmtpHandler, int]
) -> None:
    from sqlalchemy import select

    from crm_desktop.db.models import EmailMessage
    from crm_desktop.io.eml import parse_message
    from crm_desktop.services.mail_import import MailImporter

    handler, port = smtp
    make_account(workspace, port)
    original = (
        "From: Mina <mina@example.com>\r\nTo: office@shop.example.com\r\n"
        "Subject: =?utf-8?b?2b7bjNi02YHYp9qp2KrZiNix?=\r\n"
        "Message-ID: <second@example.com>\r\nIn-Reply-To: <root@example.com>\r\n"
        "References: <root@example.com>\r\nDate: Mon, 2 Dec 2024 10:00:00 +0000\r\n\r\nسلام\r\n"
    ).encode()
    MailImporter(workspace.db).import_messages("test", [(1, parse_message(original))])
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    wait_for_ops()
    page.table.selectRow(0)
    wait_for_ops()
    assert page.viewer.message is not None and page.viewer.message.message_id == "<second@example.com>"
    for forward in (False, True):
        dialog = page.reply(forward=forward)
        assert dialog is not None
        if forward:
            dialog.to.setText("boss@example.com")
        dialog.submit(send=True)
        wait_for_ops()
    assert len(handler.received) == 2
    reply, forwarded = (email.message_from_bytes(c, policy=policy.default) for _, c in handler.received)
    assert reply["In-Reply-To"] == "<second@example.com>"
    assert reply["References"].split() == ["<root@example.com>", "<second@example.com>"]
    assert reply["Subject"] == "Re: پیشفاکتور"
    assert forwarded["In-Reply-To"] is None  # a forward is a new message about it: References only
    assert forwarded["References"].split() == ["<root@example.com>", "<second@example.com>"]
    with workspace.db.read() as session:
        rows = session.execute(select(EmailMessage.message_id, EmailMessage.thread_key, EmailMessage.state)).all()
    assert {key for _, key, _ in rows} == {"<root@example.com>"}  # all three in the original's thread
    assert sorted(state for *_, state in rows) == ["received", "sent", "sent"]
    assert {reply["Message-ID"], forwarded["Message-ID"]} <= {mid for mid, *_ in rows}


def test_send_now_on_a_selected_outbox_message_sends_just_that_one(
    workspace: Workspace, qtbot: QtBot, smtp: tuple[SmtpHandler, int]
) -> None:
    from crm_desktop.services.outbox import OutboxService

    handler, port = smtp
    account = make_account(workspace, port)
    outbox = OutboxService(workspace.db)
    first = outbox.queue(account.id, "a@example.com", "اولی", "۱")
    second = outbox.queue(account.id, "b@example.com", "دومی", "۲")
    draft = outbox.queue(account.id, "c@example.com", "پیش‌نویس", "۳", draft=True)
    assert outbox.send_pending(lambda a: None, only=[draft]).sent == 0  # a draft is not sent by "only"
    page = EmailsPage(workspace)
    qtbot.addWidget(page)
    wait_for_ops()
    assert not page.actions_by_name["send_one"].isEnabled()  # only in the Outbox
    page.folders.setCurrentRow(3)  # Outbox
    wait_for_ops()
    assert page.actions_by_name["send_one"].isEnabled() and page.model.rowCount() == 2
    row = next(r for r in range(page.model.rowCount()) if page.model.row_id(r) == second)
    page.table.selectRow(row)
    wait_for_ops()
    page.actions_by_name["send_one"].trigger()
    wait_for_ops()
    assert [rcpts for rcpts, _ in handler.received] == [["b@example.com"]]
    assert "1 message" in page.last_status
    assert MailBoxService(workspace.db).count("emails", {"folder": "outbox"}) == 1
    assert outbox.pending() == [first]
