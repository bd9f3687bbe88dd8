"""Start-up of the desktop app: open the database, show the main window, report problems in a dialog."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from crm_desktop.config import resolve_database
from crm_desktop.db.engine import open_database
from crm_desktop.errors import CrmError

from .main_window import MainWindow


def run_gui(db: str | None = None, shared: bool | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Rafiq CRM")
    app.setOrganizationName("Rafiq")
    target, is_shared = resolve_database(db, shared)
    try:
        database = open_database(target, shared=is_shared)
        from crm_desktop.cli.database_cmd import ensure_basics

        ensure_basics(database)
    except CrmError as exc:
        QMessageBox.critical(None, "Rafiq CRM", f"The database cannot be opened.\n\n{exc}")
        return 2
    window = MainWindow(database)
    window.show()
    code = app.exec()
    database.close()
    return code
