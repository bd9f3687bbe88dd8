"""The 360-degree view of a contact with many e-mails: the newest page first, older ones on request."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import EmailMessage, email_contacts
from crm_desktop.services.people import ContactService
from crm_desktop.ui.pages.record_detail import RecordDetail
from crm_desktop.ui.widgets.timeline_view import PAGE
from crm_desktop.ui.workspace import Workspace

COUNT = 2 * PAGE + 40


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    yield Workspace(db)
    db.close()


def test_contact_with_many_emails_opens_on_the_newest_page_and_shows_older_on_request(
    workspace: Workspace, qtbot: QtBot
) -> None:
    contact = ContactService(workspace.db).create({"display_name": "مریم", "emails": ["maryam@example.ir"]})
    start = datetime(2024, 1, 1, tzinfo=UTC)
    with workspace.db.write() as session:
        conn = session.connection()
        insert_rows(conn, EmailMessage.__table__, [
            {"message_id": f"<m{i}@x>", "subject": f"پیام {i}", "from_address": "maryam@example.ir",
             "to_addresses": "", "cc_addresses": "", "bcc_addresses": "", "sent_at": start + timedelta(hours=i),
             "text_body": "متن " * 500, "direction": "out" if i % 2 else "in", "state": "received",
             "send_attempts": 0, "is_private": False, "version": 1, "uid": f"u{i}", "created_at": start,
             "updated_at": start}
            for i in range(COUNT)
        ])  # fmt: skip
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM email_messages")]
        insert_rows(conn, email_contacts, [{"email_id": i, "contact_id": contact.id} for i in ids])
    detail = RecordDetail(workspace, "contacts")
    qtbot.addWidget(detail)
    detail.show_record(contact.id)
    tree = detail.timeline.tree
    assert tree.topLevelItemCount() == PAGE and detail.timeline.more.isVisibleTo(detail)
    assert f"پیام {COUNT - 1}" in tree.topLevelItem(0).text(2)  # newest first
    assert "Sent from" in tree.topLevelItem(0).text(3) and "From" in tree.topLevelItem(1).text(3)
    detail.timeline.more.click()
    assert tree.topLevelItemCount() == 2 * PAGE
    detail.timeline.more.click()
    assert tree.topLevelItemCount() == COUNT and not detail.timeline.more.isVisibleTo(detail)
    assert "پیام 0" in tree.topLevelItem(COUNT - 1).text(2)
    detail.timeline.filter.setCurrentIndex(detail.timeline.filter.findData("email"))  # a new filter: first page
    assert tree.topLevelItemCount() == PAGE
