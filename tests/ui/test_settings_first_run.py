"""The settings dialog and the first-run wizard on real databases, offscreen."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QApplication, QMessageBox, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.config import LocalSettings, load_settings, save_settings
from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.first_run import FirstRunFlow, recent_databases
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.settings import SettingsService
from crm_desktop.ui.first_run import BusinessPage, DatabasePage, FirstRunWizard
from crm_desktop.ui.main_window import MainWindow
from crm_desktop.ui.settings_dialog import FieldDialog, SettingsDialog
from crm_desktop.ui.workspace import Workspace


@pytest.fixture(autouse=True)
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Settings and recent databases of this test only; message boxes recorded instead of shown."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("CRM_HOME", str(folder))
    return folder


@pytest.fixture
def shown(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    texts: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: texts.append(text))
    return texts


@pytest.fixture
def db(sqlite_path: Path) -> Iterator[Database]:
    database = open_database(sqlite_path)
    yield database
    database.close()


def workspace(db: Database, role: str = "admin", login: str = "sara") -> Workspace:
    users = UserService(db)
    user = users.by_login(login) or users.create({"login": login, "display_name": login.title(), "role": role})
    return Workspace(db, user.id, user.display_name)


@pytest.fixture
def dialog(qtbot: QtBot, db: Database) -> SettingsDialog:
    SettingsService(db).set("business_name", "Nakhl Trading")
    save_settings(LocalSettings(language="fa", calendar="jalali"))
    dlg = SettingsDialog(workspace(db))
    qtbot.addWidget(dlg)
    return dlg


def test_loads_current_values(dialog: SettingsDialog) -> None:
    assert dialog.language.currentData() == "fa" and dialog.calendar.currentData() == "jalali"
    assert dialog.business_name.text() == "Nakhl Trading" and dialog.currency.text() == "EUR"
    assert dialog.this_user.currentData() == "sara" and dialog.add_user_button.isEnabled()
    titles = [dialog.tabs.tabText(i).replace("&", "") for i in range(dialog.tabs.count())]
    assert len(titles) == 8 and len(set(titles)) == 8  # general, office, fields, users, database, pipelines, ...


def test_bad_office_values_are_shown_inline_and_nothing_is_saved(dialog: SettingsDialog, db: Database) -> None:
    dialog.phone_region.setText("XX")
    dialog.currency.setText("EU")
    dialog.language.setCurrentIndex(dialog.language.findData("ar"))
    dialog.accept()
    assert dialog.result() == 0 and dialog.tabs.currentIndex() == 1
    assert "not a known country" in dialog.errors["phone_region"].text()
    assert not dialog.errors["phone_region"].isHidden() and not dialog.errors["base_currency"].isHidden()
    assert load_settings().language == "fa" and SettingsService(db).all()["phone_region"] is None


def test_ok_saves_office_and_computer_settings(dialog: SettingsDialog, db: Database, shown: list[str]) -> None:
    dialog.business_name.setText("  نخل  ")
    dialog.phone_region.setText("ir")
    dialog.currency.setText("irr")
    dialog.language.setCurrentIndex(dialog.language.findData("en"))
    dialog.accept()
    assert dialog.result() == 1
    office = SettingsService(db).all()
    assert (office["business_name"], office["phone_region"], office["base_currency"]) == ("نخل", "IR", "IRR")
    saved = load_settings()
    assert saved.language == "en" and saved.last_user == "sara" and saved.database == ""
    assert any("next time" in text for text in shown)


def test_custom_fields_add_edit_delete(dialog: SettingsDialog, db: Database) -> None:
    dialog.field_entity.setCurrentIndex(dialog.field_entity.findData("companies"))
    editor = FieldDialog(dialog, None)
    editor.label.setText("Tier")
    editor.field_type.setCurrentIndex(editor.field_type.findData("choice"))
    editor.accept()
    assert editor.result() == 0 and "at least one choice" in editor.errors["choices"].text()
    editor.choices.setPlainText("Gold\n\nSilver\ngold")
    editor.accept()
    assert editor.result() == 1
    dialog.load_fields()
    assert dialog.field_list.count() == 1 and "Gold, Silver" in dialog.field_list.item(0).text()
    dialog.field_list.setCurrentRow(0)
    editor = FieldDialog(dialog, dialog.selected_field())
    assert not editor.field_type.isEnabled()  # the type of a field with values is fixed
    editor.label.setText("Customer tier")
    editor.accept()
    assert CustomFieldService(db).list("companies")[0].label == "Customer tier"
    dialog.load_fields()
    dialog.field_list.setCurrentRow(0)
    dialog.delete_field(confirm=False)
    assert dialog.field_list.count() == 0 and CustomFieldService(db).list() == []


def test_users_add_choose_and_refuse(dialog: SettingsDialog, db: Database, qtbot: QtBot) -> None:
    dialog.new_login.setText("Reza")
    dialog.new_name.setText("رضا")
    assert dialog.add_user()
    assert dialog.this_user.findData("reza") >= 0 and dialog.user_list.topLevelItemCount() == 2
    dialog.new_login.setText("reza")
    dialog.new_name.setText("Another")
    assert not dialog.add_user() and "already taken" in dialog.errors["login"].text()
    dialog.this_user.setCurrentIndex(dialog.this_user.findData("reza"))
    assert dialog.save() and load_settings().last_user == "reza"
    plain = SettingsDialog(workspace(db, role="user", login="omid"))
    qtbot.addWidget(plain)
    assert not plain.add_user_button.isEnabled()


def test_database_switch_is_checked_and_remembered(dialog: SettingsDialog, tmp_path: Path, shown: list[str]) -> None:
    dialog.db_url.setText("mysql://host/crm")
    assert not dialog.save() and dialog.tabs.currentIndex() == 4
    assert "postgresql://" in dialog.errors["url"].text()
    dialog.db_url.clear()
    dialog.db_path.setText(str(tmp_path / "missing" / "x.sqlite3"))
    assert not dialog.save() and "does not exist" in dialog.errors["path"].text()
    new_file = tmp_path / "office.sqlite3"
    dialog.db_path.setText(str(new_file))
    dialog.db_shared.setChecked(True)
    dialog.accept()
    saved = load_settings()
    assert saved.database == str(new_file) and saved.shared
    assert recent_databases()[0].target == str(new_file)
    assert any(str(new_file) in text for text in shown)
    assert not new_file.exists()  # created at the next start, not now


def test_right_to_left_keeps_codes_left_to_right(qtbot: QtBot, db: Database, qapp: QApplication) -> None:
    qapp.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    try:
        dlg = SettingsDialog(workspace(db))
        qtbot.addWidget(dlg)
        assert dlg.layoutDirection() == Qt.LayoutDirection.RightToLeft
        assert dlg.phone_region.layoutDirection() == Qt.LayoutDirection.LeftToRight
        assert dlg.db_url.layoutDirection() == Qt.LayoutDirection.LeftToRight
    finally:
        qapp.setLayoutDirection(Qt.LayoutDirection.LeftToRight)


def test_main_window_has_the_settings_action(qtbot: QtBot, db: Database, tmp_path: Path) -> None:
    window = MainWindow(workspace(db), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    action = window.actions_by_name["settings"]
    assert action.shortcut() == QKeySequence("Ctrl+,")
    assert action in window.menuBar().actions()[0].menu().actions()


# ---- first-run wizard ------------------------------------------------------------------------------------
@pytest.fixture
def wizard(qtbot: QtBot, tmp_path: Path) -> FirstRunWizard:
    wiz = FirstRunWizard(FirstRunFlow(default_path=tmp_path / "data" / "rafiq.sqlite3"))
    qtbot.addWidget(wiz)
    wiz.show()
    return wiz


def test_wizard_creates_a_filled_database(wizard: FirstRunWizard, qtbot: QtBot) -> None:
    wizard.flow.demo_contacts = 15
    language = wizard.currentPage()
    language.language.setCurrentIndex(language.language.findData("fa"))
    assert wizard.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert language.calendar.currentData() == "jalali"
    wizard.next()
    assert isinstance(wizard.currentPage(), DatabasePage)
    wizard.next()  # a new database in the default place
    wizard.currentPage().demo.setChecked(True)
    wizard.next()
    business = wizard.currentPage()
    assert isinstance(business, BusinessPage) and business.phone_region.text() == "IR"
    business.business_name.setText("شرکت نخل")
    with qtbot.waitSignal(wizard.applied, timeout=60_000) as outcome:
        wizard.button(QWizard.WizardButton.FinishButton).click()
    assert outcome.args == [""] and wizard.result() == 1
    saved = load_settings()
    assert saved.language == "fa" and saved.calendar == "jalali" and saved.database == ""
    db = open_database(wizard.flow.default_path, create=False)
    try:
        assert ContactService(db).count() == 15 and SettingsService(db).all()["business_name"] == "شرکت نخل"
    finally:
        db.close()


def test_wizard_open_existing_skips_demo_and_checks_input(
    wizard: FirstRunWizard, tmp_path: Path, sqlite_path: Path
) -> None:
    open_database(sqlite_path).close()
    wizard.next()
    page = wizard.currentPage()
    assert isinstance(page, DatabasePage)
    page.buttons["open_file"].setChecked(True)
    page.path.setText(str(tmp_path / "nothing.sqlite3"))
    wizard.next()
    assert wizard.currentPage() is page and "does not exist" in page.errors["path"].text()
    assert not page.errors["path"].isHidden()
    page.path.setText(str(sqlite_path))
    wizard.next()
    assert isinstance(wizard.currentPage(), BusinessPage) and wizard.flow.step == "business"
    wizard.back()
    assert wizard.currentPage() is page and wizard.flow.step == "database"
    page.buttons["server"].setChecked(True)
    assert page.url.isEnabled() and not page.path.isEnabled()
