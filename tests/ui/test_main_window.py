"""The main window on a real database, offscreen: sections, menus, the contact list and 360-degree view."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.ui.main_window import SECTIONS, MainWindow
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.pages.contacts_page import ContactsPage
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, sqlite_path: Path, tmp_path: Path) -> MainWindow:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara Ahmadi", "role": "admin"})
    company = CompanyService(db, user.id).create({"name": "شركة النخبة"})
    people = ContactService(db, user.id)
    for name in ("Ali", "لیلا", "Sven", "پرویز"):
        people.create({"display_name": name, "company_id": company.id, "emails": [f"{len(name)}@x.com"]})
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Workspace(db, user.id, "Sara Ahmadi"), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    db.close()


def test_status_bar_and_sections(window: MainWindow, sqlite_path: Path) -> None:
    assert window.database_label.text() == "\u2066" + str(sqlite_path) + "\u2069"  # kept LTR in RTL layouts
    assert window.mode_label.text() == "Local file" and window.user_label.text() == "Sara Ahmadi"
    assert window.navigation.count() == len(SECTIONS)
    dashboard = window.show_section("dashboard")
    assert dashboard.count_labels["contacts"].text() == "4"
    for key, _label in SECTIONS:  # every section is a working page now, none a placeholder label
        page = window.show_section(key)
        assert window.current_page() is page and not isinstance(page, QLabel), key


def test_contact_list_sorted_and_detail_shows_timeline(window: MainWindow) -> None:
    page = window.show_section("contacts")
    assert isinstance(page, ContactsPage)
    names = [page.model.row(i).display_name for i in range(page.model.rowCount())]
    assert names == ["Ali", "Sven", "پرویز", "لیلا"]
    ActivityService(page.workspace.db, page.workspace.user_id).create(
        {"kind": "call", "subject": "Called about the offer", "contact_id": page.model.row_id(0)}
    )
    page.table.selectRow(0)
    assert page.detail.record_id == page.model.row_id(0)
    assert page.detail.timeline.tree.topLevelItemCount() == 1
    assert "Called about the offer" in page.detail.timeline.tree.topLevelItem(0).text(2)


def test_quick_filter_and_bulk_delete_to_trash(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_section("contacts")
    page.quick_filter.setText("لي")  # Arabic yeh finds the Persian-spelled لیلا
    page.apply_filters()
    assert page.model.rowCount() == 1 and page.model.row(0).display_name == "لیلا"
    page.quick_filter.clear()
    page.apply_filters()
    page.table.selectAll()
    assert page.delete_selected(confirm=False) == 4
    wait_for_ops()
    assert page.model.rowCount() == 0
    assert ContactService(page.workspace.db).count(deleted=True) == 4


def test_bulk_stage_and_tag(window: MainWindow) -> None:
    page = window.show_section("contacts")
    ids = [page.model.row_id(0), page.model.row_id(1)]
    page.bulk_stage(ids, "customer")
    page.bulk_tag(ids, "VIP")
    wait_for_ops()
    contacts = ContactService(page.workspace.db)
    assert [contacts.get(i).lifecycle_stage for i in ids] == ["customer", "customer"]
    assert all(contacts.get(i).tags == ("VIP",) for i in ids)
    page.extra_filters = {"tag": "vip"}
    page.apply_filters()
    assert page.model.rowCount() == 2


def test_export_selection_writes_utf8_csv(window: MainWindow, tmp_path: Path) -> None:
    page = window.show_section("contacts")
    out = tmp_path / "sel.csv"
    page.export_selection([page.model.row_id(2), page.model.row_id(3)], str(out))
    text = out.read_text(encoding="utf-8-sig")
    assert "پرویز" in text and "لیلا" in text and "شركة النخبة" in text and "Ali" not in text


def test_geometry_and_section_are_remembered(window: MainWindow, tmp_path: Path, qtbot: QtBot) -> None:
    window.show_section("companies")
    window.resize(900, 600)
    window.close()
    again = MainWindow(window.workspace, window.settings)
    qtbot.addWidget(again)
    assert again.navigation.currentRow() == [k for k, _ in SECTIONS].index("companies")


def test_saved_search_appears_in_navigation_and_filters(window: MainWindow) -> None:
    page = window.show_section("contacts")
    page.quick_filter.setText("پر")
    page.apply_filters()
    page.save_search("Persian P")
    row = next(r for r in range(window.navigation.count()) if "Persian P" in window.navigation.item(r).text())
    page.quick_filter.clear()
    window.show_section("dashboard")
    window.navigation.setCurrentRow(row)
    assert window.current_page() is page
    assert [page.model.row(i).display_name for i in range(page.model.rowCount())] == ["پرویز"]
    window.show_section("contacts")
    assert page.model.rowCount() == 4


def test_open_task_count_in_navigation(window: MainWindow) -> None:
    from crm_desktop.services.activities import ActivityService

    ws = window.workspace
    ActivityService(ws.db, ws.user_id).create({"kind": "task", "subject": "Call back", "assignee_id": ws.user_id})
    ws.notify("activities")
    texts = [window.navigation.item(r).text() for r in range(window.navigation.count())]
    assert "My tasks (1)" in texts


def test_last_contacted_filter(window: MainWindow) -> None:
    from datetime import UTC, datetime, timedelta

    page = window.show_section("contacts")
    ws = page.workspace
    ActivityService(ws.db, ws.user_id).create(
        {
            "kind": "call",
            "subject": "hi",
            "contact_id": page.model.row_id(0),
            "occurred_at": datetime.now(UTC) - timedelta(days=2),
        }
    )
    page.last_contacted.setCurrentIndex(1)  # contacted in the last 30 days
    assert page.model.rowCount() == 1
    page.last_contacted.setCurrentIndex(2)  # not contacted for 90 days (never counts)
    assert page.model.rowCount() == 3


def test_selection_survives_a_refresh_even_far_down_the_list(window: MainWindow) -> None:
    from crm_desktop.ui import lazy_table

    page = window.show_section("contacts")
    ws = page.workspace
    for i in range(30):
        ContactService(ws.db, ws.user_id).create({"display_name": f"Zz {i:02d}"})
    page.refresh()
    last = page.model.rowCount() - 1
    old_page_size = lazy_table.PAGE_SIZE
    lazy_table.PAGE_SIZE = 5  # the selected row sits on a page that a refresh throws away
    try:
        page.refresh()
        target = page.model.row_id(last)
        page.select_id(target)
        page.refresh()
        assert page.current_id() == target and page.detail.record_id == target
    finally:
        lazy_table.PAGE_SIZE = old_page_size


def test_another_instance_s_contact_appears_and_the_selection_stays(window: MainWindow, sqlite_path: Path) -> None:
    page = window.show_section("contacts")
    page.table.selectRow(1)
    selected = page.current_id()
    other = open_database(sqlite_path)  # a second copy of the app on the same file
    try:
        ContactService(other).create({"display_name": "Aaron"})
    finally:
        other.close()
    assert window.live_refresh.poll() and page.model.rowCount() == 5
    assert page.model.row(0).display_name == "Aaron" and page.current_id() == selected
