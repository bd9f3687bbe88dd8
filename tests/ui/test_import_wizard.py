"""The import wizard on a real database, offscreen: every page, the worker, cancel, the report; Persian pages
grabbed to PNG (CRM_SHOTS=folder keeps them, to look at)."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWizard
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.settings import SettingsService
from crm_desktop.ui.import_wizard import CheckPage, ImportWizard, MappingPage, ReportPage, SourcePage
from crm_desktop.ui.language import apply_language, remove_language
from crm_desktop.ui.workspace import Workspace

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


def plain(text: str) -> str:
    """A cell's text without the bidi isolates the wizard wraps it in."""
    return text.strip("\u2066\u2067\u2068\u2069")


@pytest.fixture
def workspace(tmp_path: Path) -> Iterator[Workspace]:
    db: Database = open_database(tmp_path / "wizard.sqlite3")
    SettingsService(db).set("phone_region", "IR")
    user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    yield Workspace(db, user.id, user.display_name)
    db.close()


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    direction, locale, font = qapp.layoutDirection(), QLocale(), qapp.font()
    applied = apply_language(qapp, "fa")
    yield
    remove_language(qapp, applied)
    qapp.setLayoutDirection(direction)
    qapp.setFont(font)
    QLocale.setDefault(locale)


def shot(wizard: ImportWizard, name: str, folder: Path) -> Path:
    QApplication.processEvents()
    path = Path(os.environ.get("CRM_SHOTS") or folder) / f"import-{name}.png"
    path.parent.mkdir(parents=True, exist_ok=True)
    assert wizard.grab().save(str(path), "PNG")
    return path


def test_walk_through_with_persian_data(qtbot: QtBot, workspace: Workspace, persian: None, tmp_path: Path) -> None:
    ContactService(workspace.db).create({"display_name": "قدیمی", "emails": ["zahra@example.ir"]})
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(FIXTURES / "excel_unicode_text_utf16.txt"))
    shot(wizard, "1-file-fa", tmp_path)
    wizard.next()
    source = wizard.currentPage()
    assert isinstance(source, SourcePage) and source.encoding.currentText() == "utf-16"
    assert plain(source.preview.item(0, 0).text()) == "علی" and source.preview.rowCount() == 3
    shot(wizard, "2-source-fa", tmp_path)
    wizard.next()
    mapping = wizard.currentPage()
    assert isinstance(mapping, MappingPage)
    assert [c.currentData() for c in mapping.combos] == [
        "given_name", "family_name", "phone", "email", "company", "birthday", "tags",
    ]  # fmt: skip
    mapping.save_preset("اکسل فارسی")
    assert workspace.db and "اکسل فارسی" in wizard.flow.presets()
    shot(wizard, "3-mapping-fa", tmp_path)
    wizard.next()
    shot(wizard, "4-options-fa", tmp_path)
    wizard.next()
    check = wizard.currentPage()
    assert isinstance(check, CheckPage)
    qtbot.waitUntil(check.isComplete, timeout=10_000)
    assert check.report.counts["skipped"] == 1 and ContactService(workspace.db).count() == 1  # nothing written yet
    shot(wizard, "5-check-fa", tmp_path)
    wizard.next()
    report = wizard.currentPage()
    assert isinstance(report, ReportPage)
    qtbot.waitUntil(lambda: report.report is not None, timeout=10_000)
    assert report.report.counts == {"rows": 3, "created": 2, "updated": 0, "skipped": 1, "failed": 0}
    assert ContactService(workspace.db).count() == 3
    shot(wizard, "6-report-fa", tmp_path)
    saved = tmp_path / "report.csv"
    report.save_report(str(saved))
    assert saved.read_text(encoding="utf-8-sig").count("\n") == 4


def test_problems_and_cancel(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "contacts.csv"
    rows = "".join(f"N{i},n{i}@example.com\n" for i in range(5_000))
    path.write_text("Name,Email\nبد,not-mail\n" + rows, encoding="utf-8")
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(path))
    for _ in range(4):
        wizard.next()
    check = wizard.currentPage()
    qtbot.waitUntil(check.isComplete, timeout=30_000)
    assert check.problems.rowCount() == 1 and plain(check.problems.item(0, 0).text()) == "2"
    wizard.next()
    report = wizard.currentPage()
    report.stop()  # Cancel straight away: the transaction is rolled back
    qtbot.waitUntil(lambda: report.worker is None, timeout=30_000)
    assert "Cancelled" in report.status.text() and report.report is None
    assert ContactService(workspace.db).count() == 0


def test_bad_file_shows_the_problem_on_the_first_page(qtbot: QtBot, workspace: Workspace, tmp_path: Path) -> None:
    path = tmp_path / "image.csv"
    path.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(100))
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(path))
    wizard.next()
    assert wizard.currentId() == 0 and "PNG" in wizard.pages[0].error.text()
    assert wizard.button(QWizard.WizardButton.NextButton).isEnabled()


def test_vcards_skip_the_column_pages(qtbot: QtBot, workspace: Workspace) -> None:
    wizard = ImportWizard(workspace)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.pages[0].path.setText(str(FIXTURES / "android_v21.vcf"))
    wizard.next()
    assert wizard.currentId() == 3  # options
    wizard.next()
    qtbot.waitUntil(wizard.currentPage().isComplete, timeout=10_000)
    wizard.next()
    qtbot.waitUntil(lambda: wizard.currentPage().report is not None, timeout=10_000)
    assert ContactService(workspace.db).count() == 3


def test_file_menu_import_and_export_archive(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.import_wizard import export_archive_dialog
    from crm_desktop.ui.main_window import MainWindow

    window = MainWindow(workspace, QSettings(str(tmp_path / "window.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(window)
    file_menu = window.menuBar().actions()[0].menu()
    assert {window.actions_by_name["import"], window.actions_by_name["export_archive"]} <= set(file_menu.actions())
    told: list[str] = []
    monkeypatch.setattr(QMessageBox, "information", lambda _parent, _title, text, *a: told.append(text))
    ContactService(workspace.db).create({"display_name": "مریم"})
    path = tmp_path / "all.zip"
    assert export_archive_dialog(window, workspace, str(path)) == ""
    assert path.is_file() and told and "all.zip" in told[0]


def test_contacts_list_exports_its_filter_with_its_visible_columns(
    qtbot: QtBot, workspace: Workspace, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QMessageBox

    from crm_desktop.ui.pages.contacts_page import ContactsPage

    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    contacts = ContactService(workspace.db)
    contacts.create({"display_name": "=HYPERLINK(1)", "tags": ["vip"], "job_title": "Boss"})
    contacts.create({"display_name": "مریم", "tags": ["vip"]})
    contacts.create({"display_name": "Not exported"})
    page = ContactsPage(workspace, QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(page)
    page.tag.setText("vip")
    page._filters_changed()
    page.table.horizontalHeader().setSectionHidden(2, True)  # job title hidden: not exported
    out = tmp_path / "vip.csv"
    assert page.export_all(path=str(out)) == ""
    lines = out.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0].startswith("Name,Company,Email") and "Job title" not in lines[0]
    assert lines[1].startswith("'=HYPERLINK(1)") and lines[2].startswith("مریم") and len(lines) == 3
    selection = tmp_path / "one.xlsx"
    page.export_selection([page.model.row_id(0)], str(selection))
    assert selection.is_file()


def test_cancelled_export_leaves_no_file(workspace: Workspace, tmp_path: Path) -> None:
    from crm_desktop.io.export import ExportCancelled, export_list

    ContactService(workspace.db).create({"display_name": "Ali"})
    for name in ("list.csv", "list.vcf"):
        with pytest.raises(ExportCancelled):
            export_list(workspace.db, tmp_path / name, progress=lambda _n: False)
        assert not (tmp_path / name).exists()
