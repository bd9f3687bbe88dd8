"""File > Export archive… speaks the user's language: its window titles and messages were filed under a context
Qt never looked up (``parent.tr`` in a module function), so Arabic and Persian showed English titles.
Screenshots of the messages go to CRM_SHOTS (a folder) when set."""

from __future__ import annotations

import os
import zipfile
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.auth import AuthService
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.ui.import_wizard import export_archive_dialog
from crm_desktop.ui.workspace import Workspace

from .test_record_history_button import lang  # noqa: F401  (the en/ar/fa fixture, applied and undone)

TITLES = {"en": "Export archive", "ar": "تصدير الأرشيف", "fa": "خروجی بایگانی"}
SAVED = {"en": "Saved", "ar": "تم الحفظ", "fa": "ذخیره شد"}


def _answer_message(seen: list[tuple[str, str, bool]], shot: Path) -> None:
    """Reads, photographs and closes the message box the dialog opens (polled: it runs its own event loop)."""

    def poll() -> None:
        box = QApplication.activeModalWidget()
        if isinstance(box, QMessageBox):
            box.grab().save(str(shot), "PNG")
            seen.append((box.windowTitle(), box.text(), box.isRightToLeft()))
            box.done(QMessageBox.StandardButton.Ok)
        else:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)


def test_export_archive_titles_and_messages_are_translated(
    lang: str,  # noqa: F811  (the imported fixture)
    sqlite_path: Path,
    tmp_path: Path,
    qtbot: QtBot,
) -> None:
    db = open_database(sqlite_path)
    try:
        admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
        omid = UserService(db, admin).create({"login": "omid", "display_name": "Omid", "password": "omid-pw-1"}).id
        ContactService(db, admin).create({"display_name": "مریم رضایی"})
        parent = QWidget()
        qtbot.addWidget(parent)
        folder = Path(os.environ.get("CRM_SHOTS") or tmp_path)
        folder.mkdir(parents=True, exist_ok=True)
        seen: list[tuple[str, str, bool]] = []
        target = tmp_path / "archive.zip"
        _answer_message(seen, folder / f"archive-saved-{lang}.png")
        assert export_archive_dialog(parent, Workspace(db, admin), str(target)) == ""
        assert zipfile.is_zipfile(target)
        title, text, rtl = seen[0]
        assert title == TITLES[lang] and SAVED[lang] in text and str(target) in text
        assert rtl == (lang != "en")
        # Refused (a non-administrator while passwords are on): the same title, the message translated.
        AuthService(db, admin).set_password(admin, "laila-pw-1")
        AuthService(db, admin).set_office(passwords_required=True)
        _answer_message(seen, folder / f"archive-refused-{lang}.png")
        assert export_archive_dialog(parent, Workspace(db, omid), str(tmp_path / "no.zip")) == "refused"
        title, text, _ = seen[1]
        assert title == TITLES[lang] and ("administrator" in text) == (lang == "en")
        assert not (tmp_path / "no.zip").exists()
    finally:
        db.close()
