"""Help › User guide, Help › About and the crash handler, offscreen with real files."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtWidgets import QLabel
from pytestqt.qtbot import QtBot

from crm_desktop import __version__
from crm_desktop.ui import crash
from crm_desktop.ui.about import AboutDialog
from crm_desktop.ui.help import HELP_DIR, HelpDialog, guide_path


@pytest.mark.parametrize("lang, word", [("en", "Getting started"), ("ar", "البداية"), ("fa", "شروع کار")])
def test_guide_in_each_language(qtbot: QtBot, lang: str, word: str) -> None:
    assert guide_path(lang) == HELP_DIR / f"guide_{lang}.html"
    dialog = HelpDialog(lang)
    qtbot.addWidget(dialog)
    assert word in dialog.browser.toPlainText()
    assert "Ctrl+K" in dialog.browser.toPlainText()


def test_unknown_language_falls_back_to_english() -> None:
    assert guide_path("de").name == "guide_en.html"


def test_about_names_version_and_folders(qtbot: QtBot, tmp_path: Path) -> None:
    dialog = AboutDialog(str(tmp_path / "shop.sqlite3"))
    qtbot.addWidget(dialog)
    text = " ".join(label.text() for label in dialog.findChildren(QLabel))
    assert __version__ in text and "shop.sqlite3" in text and "Crash reports" in text


@pytest.fixture
def log_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "state"))  # platformdirs' user_log_dir on Linux
    return tmp_path / "state"


def test_main_thread_exception_writes_a_report(log_home: Path) -> None:
    try:
        raise ValueError("bad thing")
    except ValueError as exc:
        crash._excepthook(ValueError, exc, exc.__traceback__)
    (report,) = log_home.rglob("crash-*.txt")
    text = report.read_text(encoding="utf-8")
    assert f"Rafiq CRM {__version__}" in text and "ValueError: bad thing" in text and "main thread" in text


def test_worker_thread_exception_writes_a_report(log_home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(threading, "excepthook", crash._thread_hook)

    def work() -> None:
        raise RuntimeError("worker failed")

    thread = threading.Thread(target=work, name="importer")
    thread.start()
    thread.join()
    (report,) = log_home.rglob("crash-*.txt")
    assert "thread importer" in report.read_text(encoding="utf-8")


def test_unwritable_log_folder_falls_back_to_temp(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    blocker = tmp_path / "file"
    blocker.write_text("x")
    monkeypatch.setenv("XDG_STATE_HOME", str(blocker))  # a file where the folder should be
    monkeypatch.setenv("TMPDIR", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    import tempfile

    monkeypatch.setattr(tempfile, "tempdir", None)  # re-read TMPDIR
    try:
        raise KeyError("x")
    except KeyError as exc:
        report = crash.write_report(KeyError, exc, exc.__traceback__, "test")
    assert report.parent == tmp_path / "tmp" / "RafiqCRM" and report.is_file()


def test_old_reports_are_pruned(log_home: Path) -> None:
    for _ in range(crash.KEEP_REPORTS + 5):
        crash.write_report(OSError, OSError("x"), None, "test")
    assert len(list(log_home.rglob("crash-*.txt"))) == crash.KEEP_REPORTS


@pytest.mark.parametrize("button, expected", [("&Retry", "retry"), ("&Quit", "quit")])
def test_database_on_a_vanished_drive_offers_a_way_out(
    qtbot: QtBot, tmp_path: Path, button: str, expected: str
) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QMessageBox

    from crm_desktop.db.engine import open_database
    from crm_desktop.errors import CrmError

    with pytest.raises(CrmError) as info:
        open_database(tmp_path / "unplugged-usb" / "shop.sqlite3")
    seen: list[str] = []

    def answer() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        seen.append(box.informativeText())
        next(b for b in box.buttons() if b.text() == button).click()

    QTimer.singleShot(50, answer)
    assert crash.database_way_out(info.value) == expected
    assert "unplugged-usb" in seen[0] and "Retry" in seen[0]
