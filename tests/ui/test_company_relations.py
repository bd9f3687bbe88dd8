"""The company 360 view lists its people and sub-companies (others' private and deleted ones left out);
a click opens the person in Contacts or the sub-company in Companies. Real SQLite file, real main window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.listing import ListingService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.companies_page import CompaniesPage
from crm_desktop.ui.widgets.company_relations import load_related
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, sqlite_path: Path, tmp_path: Path) -> Iterator[MainWindow]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara Ahmadi", "role": "admin"})
    win = MainWindow(
        Workspace(db, user.id, "Sara Ahmadi"), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat)
    )
    qtbot.addWidget(win)
    win.show()
    yield win
    db.close()


def _texts(widget) -> list[str]:
    return [widget.list.item(r).text().replace("\u2068", "").replace("\u2069", "") for r in range(widget.list.count())]


def _group(window: MainWindow) -> dict[str, int]:
    ws = window.workspace
    companies, people = CompanyService(ws.db, ws.user_id), ContactService(ws.db, ws.user_id)
    group = companies.create({"name": "گروه صنعتی البرز"})
    ids = {"group": group.id, "other": companies.create({"name": "Other Co"}).id}
    ids["steel"] = companies.create({"name": "Alborz Steel", "parent_id": group.id}).id
    ids["textile"] = companies.create({"name": "نساجی البرز", "parent_id": group.id}).id
    ids["reza"] = people.create({"display_name": "رضا کریمی", "job_title": "مدیر فروش", "company_id": group.id}).id
    ids["ali"] = people.create({"display_name": "Ali", "company_id": group.id}).id
    people.delete(people.create({"display_name": "Gone", "company_id": group.id}).id)
    people.create({"display_name": "Elsewhere", "company_id": ids["other"]})
    return ids


def _companies(window: MainWindow) -> CompaniesPage:
    page = window.show_section("companies")
    assert isinstance(page, CompaniesPage)
    return page


def test_people_and_sub_companies_are_listed_and_open_on_click(window: MainWindow, qtbot: QtBot) -> None:
    ids = _group(window)
    page = _companies(window)
    page.apply_filters()
    page.select_id(ids["group"])
    wait_for_ops()
    relations = page.detail.relations
    assert relations.isVisible() and relations.people.isVisible() and relations.subsidiaries.isVisible()
    assert _texts(relations.people) == ["Ali", "رضا کریمی · مدیر فروش"]  # deleted and other companies' left out
    assert _texts(relations.subsidiaries) == ["Alborz Steel", "نساجی البرز"]
    assert relations.people.heading.text() == "People (2)"

    # A sub-company opens in the same list; its own 360 view has no people or sub-companies: the lists hide.
    rect = relations.subsidiaries.list.visualItemRect(relations.subsidiaries.list.item(1))
    qtbot.mouseClick(relations.subsidiaries.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_ops()
    assert page.detail.record_id == ids["textile"] and not relations.isVisible()

    # A person opens in Contacts.
    page.select_id(ids["group"])
    wait_for_ops()
    rect = relations.people.list.visualItemRect(relations.people.list.item(1))
    qtbot.mouseClick(relations.people.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    wait_for_ops()
    contacts = window.current_page()
    assert contacts is window.page("contacts") and contacts.detail.record_id == ids["reza"]


def test_a_company_without_people_shows_no_lists(window: MainWindow) -> None:
    ids = _group(window)
    page = _companies(window)
    page.apply_filters()
    page.select_id(ids["steel"])
    wait_for_ops()
    assert page.detail.record_id == ids["steel"] and not page.detail.relations.isVisible()


def test_only_the_first_are_read_and_the_rest_counted(window: MainWindow) -> None:
    ws = window.workspace
    company = CompanyService(ws.db, ws.user_id).create({"name": "Big"})
    people = ContactService(ws.db, ws.user_id)
    for n in range(7):
        people.create({"display_name": f"P{n}", "company_id": company.id})
    related = load_related(ListingService(ws.db, ws.user_id), company.id, shown=5)
    assert (len(related.people), related.people_count, related.subsidiary_count) == (5, 7, 0)
    page = _companies(window)
    relations = page.detail.relations
    relations.company_id = company.id
    relations._show(related)
    assert relations.people.list.count() == 6 and _texts(relations.people)[-1] == "and 2 more"
    assert not relations.people.list.item(5).flags() & Qt.ItemFlag.ItemIsEnabled  # a note, not a record


def test_lists_follow_changes_made_elsewhere(window: MainWindow) -> None:
    ids = _group(window)
    page = _companies(window)
    page.apply_filters()
    page.select_id(ids["group"])
    wait_for_ops()
    ws = window.workspace
    added = ContactService(ws.db, ws.user_id).create({"display_name": "Zahra", "company_id": ids["group"]})
    ws.notify("contacts", added.id)
    wait_for_ops()
    assert _texts(page.detail.relations.people) == ["Ali", "Zahra", "رضا کریمی · مدیر فروش"]
    assert page.detail.relations.people.heading.text() == "People (3)"
