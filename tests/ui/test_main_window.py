"""The main window on a real database, offscreen."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.people import ContactService
from crm_desktop.ui.main_window import SECTIONS, MainWindow


def test_dashboard_shows_counts_and_database(qtbot: QtBot, sqlite_path: Path, tmp_path: Path) -> None:
    db = open_database(sqlite_path)
    for name in ("Ali", "لیلا", "Sven"):
        ContactService(db).create({"display_name": name})
    window = MainWindow(db)
    qtbot.addWidget(window)
    window.show()
    assert window.count_labels["contacts"].text() == "3"
    assert str(sqlite_path) in window.statusBar().currentMessage()
    assert window.navigation.count() == len(SECTIONS)
    window.navigation.setCurrentRow(SECTIONS.index("Calendar"))
    assert window.pages.currentIndex() == SECTIONS.index("Calendar")
    assert not window.grab().isNull()
    db.close()
