"""The Reports section: filters to report options, a PDF made off the GUI thread, preview, errors shown."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QLabel

from crm_desktop.ui.pages.reports_page import ReportsPage
from crm_desktop.ui.workspace import Workspace

from .conftest import Office

pytest.importorskip("pytestqt")


@pytest.fixture
def page(qtbot, office: Office, tmp_path: Path) -> ReportsPage:  # type: ignore[no-untyped-def]
    settings = QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat)
    widget = ReportsPage(Workspace(office.db, office.sara, "sara", lang="fa", calendar="jalali"), settings)
    qtbot.addWidget(widget)
    return widget


def _select(page: ReportsPage, key: str) -> None:
    for row in range(page.reports.count()):
        if page.reports.item(row).data(Qt.ItemDataRole.UserRole) == key:
            page.reports.setCurrentRow(row)
            return
    raise AssertionError(key)


def _run(qtbot, page: ReportsPage, action) -> None:  # type: ignore[no-untyped-def]
    action()
    assert page.job is not None
    with qtbot.waitSignal(page.job.finished, timeout=60_000):
        pass
    # The page's own slot on ``finished`` ran first. (No waitUntil: it polls processEvents(), and each
    # processEvents() call in PySide6 6.12.0 on Python 3.11 drops a reference to None.)
    assert page.job is None


def test_defaults_follow_the_workspace(page: ReportsPage) -> None:
    assert page.language.currentData() == "fa" and page.calendar.currentData() == "jalali"
    options = page.options()
    assert options.lang == "fa" and options.digits == "native" and options.time_zone
    assert page.filters()["columns"] == ["name", "company", "email", "phone", "stage", "owner"]


def test_preview_and_save(qtbot, page: ReportsPage, office: Office, tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    _select(page, "directory")
    page.fields["directory"]["tag"].setText("VIP")  # type: ignore[attr-defined]
    _run(qtbot, page, page.preview)
    assert page.last_pdf is not None and page.last_pdf.exists()
    assert "فهرست مخاطبان: ۱ " in page.status.text() and page.open_button.isEnabled()  # fa digits
    if shutil.which("pdftoppm"):
        assert any(label.pixmap() is not None and not label.pixmap().isNull() for label in page.preview_images)
    target = tmp_path / "out" / "vip"
    target.parent.mkdir()
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_args, **_kw: (str(target), ""))
    _run(qtbot, page, page.save)
    assert (tmp_path / "out" / "vip.pdf").read_bytes().startswith(b"%PDF-")


def test_profile_needs_a_record_and_finds_one(qtbot, page: ReportsPage, office: Office) -> None:  # type: ignore[no-untyped-def]
    _select(page, "profile")
    fields = page.fields["profile"]
    fields["find"].setText("ليلى")  # type: ignore[attr-defined]
    page._find_records()
    assert fields["record"].currentData() == office.layla  # type: ignore[attr-defined]
    assert page.filters() == {"contact_id": office.layla}
    _run(qtbot, page, page.preview)
    assert page.last_pdf is not None


def test_errors_are_shown_not_raised(qtbot, page: ReportsPage, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    _select(page, "tasks")
    logo = tmp_path / "logo.png"
    logo.write_text("not a picture")
    page.logo.setText(str(logo))
    _run(qtbot, page, page.preview)
    assert "not an image" in page.status.text() and page.preview_button.isEnabled()
    assert page.last_pdf is None


def test_no_preview_without_a_renderer(page: ReportsPage) -> None:
    page.show_preview(None)
    assert len(page.preview_images) == 1 and isinstance(page.preview_images[0], QLabel)
    assert "Open PDF" in page.preview_images[0].text()
