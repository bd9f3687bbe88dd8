"""The global search box and the duplicates review in the real main window, offscreen."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.pages.duplicates_page import DuplicatesPage, MergeDialog
from crm_desktop.ui.workspace import Workspace


@pytest.fixture
def window(qtbot: QtBot, sqlite_path: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> MainWindow:
    for name in ("warning", "critical", "information"):  # any dialog here is a failure
        monkeypatch.setattr(QMessageBox, name, lambda *a, **k: pytest.fail(f"unexpected dialog {a[1:]}"))
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "sara", "display_name": "Sara Ahmadi", "role": "admin"})
    company = CompanyService(db, user.id).create({"name": "شركة النخبة"})
    people = ContactService(db, user.id)
    people.create({"display_name": "علي رضائي", "company_id": company.id, "phones": ["+98 912 123 4567"]})
    people.create({"display_name": "Sven Müller", "emails": ["sven@beispiel.de"]})
    lena = people.create({"display_name": "Lena Vogel", "emails": ["lena@vogel.de"], "job_title": "Buyer"})
    people.create({"display_name": "lena vogel", "emails": ["LENA@vogel.de"], "phones": ["+49 30 1234567"]})
    ActivityService(db, user.id).create({"kind": "note", "subject": "Quarterly review", "contact_id": lena.id})
    settings = QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat)
    win = MainWindow(Workspace(db, user.id, "Sara Ahmadi"), settings)
    qtbot.addWidget(win)
    win.show()
    yield win
    db.close()


def type_query(window: MainWindow, qtbot: QtBot, text: str) -> None:
    box = window.search_box
    window.global_search()
    box.setText(text)
    qtbot.waitUntil(lambda: not box._debounce.isActive(), timeout=2000)


def test_ctrl_f_and_ctrl_k_open_the_global_search(window: MainWindow) -> None:
    shortcuts = window.actions_by_name["find"].shortcuts()
    assert QKeySequence("Ctrl+K") in shortcuts and QKeySequence(QKeySequence.StandardKey.Find) in shortcuts
    assert window.actions_by_name["filter"].shortcut() == QKeySequence("Ctrl+Shift+F")  # the list's filter
    window.actions_by_name["find"].trigger()
    assert window.search_box.hasFocus() or window.focusWidget() is window.search_box


def test_results_grouped_and_enter_opens_the_record(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "۰۹۱۲۱۲۳")  # Persian digits find the phone
    popup = window.search_box.popup
    assert popup.isVisible()
    assert [popup.topLevelItem(i).text(0) for i in range(popup.topLevelItemCount())] == ["Contacts"]
    assert popup.current_hit() is not None and popup.current_hit().title == "علي رضائي"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert not popup.isVisible()
    page = window.current_page()
    assert page is window.page("contacts") and page.detail.record_id == popup.current_hit().id


def test_keyboard_moves_through_groups_and_opens_an_activitys_contact(window: MainWindow, qtbot: QtBot) -> None:
    type_query(window, qtbot, "نخبه")
    popup = window.search_box.popup
    groups = [popup.topLevelItem(i).text(0) for i in range(popup.topLevelItemCount())]
    assert groups == ["Contacts", "Companies"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    assert popup.current_hit().entity == "companies"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Down)  # wraps around
    assert popup.current_hit().entity == "contacts"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert not popup.isVisible() and window.search_box.text() == "نخبه"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Escape)
    assert window.search_box.text() == ""
    window.search_box.setText("quarterly")
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)  # Enter right after typing searches at once
    hit = ContactService(window.workspace.db).list(filters={"query": "lena"})[0]
    assert window.current_page() is window.page("contacts") and window.page("contacts").detail.record_id == hit.id


def test_trash_search_and_opening_a_trashed_record(window: MainWindow, qtbot: QtBot) -> None:
    sven = ContactService(window.workspace.db).list(filters={"query": "sven"})[0]
    ContactService(window.workspace.db).delete(sven.id)
    type_query(window, qtbot, "beispiel")
    assert window.search_box.results.groups == ()
    window.search_box.set_trash(True)
    [hit] = window.search_box.results.hits()
    assert hit.id == sven.id and hit.deleted
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_page() is window.page("trash")


def test_hostile_input_shows_results_or_nothing(window: MainWindow, qtbot: QtBot) -> None:
    for text in ('"', "NEAR(*", "-^", "x" * 10_000, "%_\\", "🙂", "a"):
        type_query(window, qtbot, text)
        popup = window.search_box.popup
        assert popup.isVisible() and popup.topLevelItemCount() >= 1, text


def test_duplicates_page_dismiss_and_merge(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_section("duplicates")
    assert isinstance(page, DuplicatesPage)
    qtbot.waitUntil(lambda: page.scan is not None, timeout=5000)
    assert page.pairs.topLevelItemCount() == 1
    assert "same email" in page.pairs.topLevelItem(0).text(3) and page.merge_button.isEnabled()
    pair = page.current_pair()
    dialog = MergeDialog(window.workspace, pair.entity, [pair.first.id, pair.second.id], page)
    qtbot.addWidget(dialog)
    assert dialog.survivors.checkedId() == pair.first.id
    dialog.survivors.button(pair.second.id).click()  # keep the second record instead
    assert dialog.flow.plan.survivor_id == pair.second.id
    dialog.field_groups["display_name"].button(pair.first.id).click()
    dialog.merge()
    assert dialog.result_ is not None and dialog.result_.merged_ids == (pair.first.id,)
    survivor = ContactService(window.workspace.db).get(pair.second.id)
    assert survivor.display_name == "Lena Vogel" and survivor.job_title == "Buyer"
    page.refresh(wait=True)
    qtbot.waitUntil(lambda: page.pairs.topLevelItemCount() == 0, timeout=5000)
    assert not page.merge_button.isEnabled()


def test_not_a_duplicate_is_remembered(window: MainWindow, qtbot: QtBot) -> None:
    page = window.show_section("duplicates")
    qtbot.waitUntil(lambda: page.scan is not None, timeout=5000)
    page.dismiss_current()
    assert page.pairs.topLevelItemCount() == 0
    page.scan = None
    page.refresh(wait=True)
    qtbot.waitUntil(lambda: page.scan is not None, timeout=5000)
    assert page.pairs.topLevelItemCount() == 0
    page.entity.setCurrentIndex(1)  # companies: none
    qtbot.waitUntil(lambda: page.scan is not None and page.scan.entity == "companies", timeout=5000)
    assert page.pairs.topLevelItemCount() == 0
