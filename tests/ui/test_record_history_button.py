"""The 360-degree view's "History…" button (next to Edit) opens the record's history, which lists the changes
to its emails, phones and tags; shown and screenshotted in English, Arabic and Persian (CRM_SHOTS=folder)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.ui.history_dialog import HistoryDialog
from crm_desktop.ui.language import apply_language, remove_language
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.record_detail import RecordDetail
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def workspace(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    admin = UserService(db).create({"login": "laila", "display_name": "لیلا", "role": "admin"}).id
    yield Workspace(db, admin, "لیلا")
    db.close()


@pytest.fixture(params=["en", "ar", "fa"])
def lang(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    direction, locale, font = qapp.layoutDirection(), QLocale(), qapp.font()
    applied = apply_language(qapp, request.param) if request.param != "en" else None
    yield request.param
    if applied is not None:
        remove_language(qapp, applied)
    qapp.setLayoutDirection(direction)
    qapp.setFont(font)
    QLocale.setDefault(locale)


def _shot(widget: QWidget, name: str, tmp_path: Path) -> None:
    QApplication.processEvents()
    folder = Path(os.environ.get("CRM_SHOTS") or tmp_path)
    folder.mkdir(parents=True, exist_ok=True)
    assert widget.grab().save(str(folder / f"{name}.png"), "PNG")


def _rows(dialog: HistoryDialog) -> list[list[str]]:
    tree, rows = dialog.tree, []
    for top in range(tree.topLevelItemCount()):
        item = tree.topLevelItem(top)
        rows.append([item.text(c) for c in range(5)])
        rows.extend([item.child(i).text(c) for c in range(5)] for i in range(item.childCount()))
    return rows


def _plain(text: str) -> str:
    return text.translate({ord(c): None for c in "\u2066\u2067\u2068\u2069\u200e\u200f"})


def test_history_button_opens_the_contacts_history_with_emails_and_tags(
    workspace: Workspace, lang: str, qtbot: QtBot, tmp_path: Path
) -> None:
    contacts = workspace.contacts()
    made = contacts.create({"display_name": "مریم رضایی", "emails": ["a@x.ir"], "phones": ["+98 912 111 2233"]})
    contacts.update(made.id, made.version, {"emails": ["b@x.ir"], "phones": [], "tags": ["مشتری ویژه"]})
    detail = RecordDetail(workspace, "contacts")
    qtbot.addWidget(detail)
    detail.resize(900, 420)
    detail.show_record(made.id)
    button = detail.header.history_button
    assert button.isVisibleTo(detail) and (button.text() == "&History…") == (lang == "en")  # translated
    _shot(detail, f"record-header-{lang}", tmp_path)
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = detail.history_dialog
    wait_for_ops()
    qtbot.waitUntil(lambda: dialog.tree.topLevelItemCount() == 2)
    rows = [[_plain(cell) for cell in row] for row in _rows(dialog)]
    emails = {"en": "Emails", "ar": "عناوين البريد الإلكتروني", "fa": "ایمیل‌ها"}[lang]
    tags = {"en": "Tags", "ar": "الوسوم", "fa": "برچسب‌ها"}[lang]
    assert ["", "", emails, "a@x.ir", "b@x.ir"] in rows
    assert ["", "", tags, "—", "مشتری ویژه"] in rows
    assert ["", "", {"en": "Phones", "ar": "أرقام الهاتف", "fa": "تلفن‌ها"}[lang], "+98 912 111 2233", "—"] in rows
    assert "مریم رضایی" in dialog.windowTitle() and dialog.layoutDirection() == QApplication.layoutDirection()
    dialog.resize(760, 380)
    _shot(dialog, f"record-history-{lang}", tmp_path)
    dialog.close()


def test_history_button_on_a_company_and_nothing_without_a_record(workspace: Workspace, qtbot: QtBot) -> None:
    company = CompanyService(workspace.db, workspace.user_id).create({"name": "Acme", "emails": ["info@acme.ir"]})
    detail = RecordDetail(workspace, "companies")
    qtbot.addWidget(detail)
    detail.show_record(None)
    detail.show_history()  # no record chosen: nothing opens
    assert not hasattr(detail, "history_dialog")
    detail.show_record(company.id)
    detail.header.history_button.click()
    wait_for_ops()
    qtbot.waitUntil(lambda: detail.history_dialog.tree.topLevelItemCount() == 1)
    rows = [[_plain(c) for c in row] for row in _rows(detail.history_dialog)]
    assert ["", "", "Emails", "—", "info@acme.ir"] in rows
    assert ContactService(workspace.db, workspace.user_id).count() == 0
    detail.history_dialog.close()


def test_a_contact_of_another_users_private_company_opens_without_its_name(workspace: Workspace, qtbot: QtBot) -> None:
    db = workspace.db
    users = UserService(db, workspace.user_id)
    sara = users.create({"login": "sara", "display_name": "Sara"}).id
    omid = users.create({"login": "omid", "display_name": "Omid"}).id
    secret = CompanyService(db, sara).create({"name": "Secret Holdings", "is_private": True}).id
    contact = ContactService(db, sara).create({"display_name": "Reza", "job_title": "Buyer", "company_id": secret}).id
    shown: dict[int, str] = {}
    for user in (omid, sara):
        detail = RecordDetail(Workspace(db, user, str(user)), "contacts")
        qtbot.addWidget(detail)
        detail.show_record(contact)
        assert detail.record_id == contact and detail.header.isVisibleTo(detail)  # the public contact opens
        shown[user] = _plain(detail.header.subtitle.text())
        assert detail.company_id == (secret if user == sara else None)
    assert shown == {omid: "Buyer", sara: "Buyer · Secret Holdings"}
