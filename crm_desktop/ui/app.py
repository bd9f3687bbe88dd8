"""Start-up of the desktop app: open the database, pick the user, show the main window."""

from __future__ import annotations

import getpass
import sys
from typing import Any

from PySide6.QtWidgets import QApplication

from crm_desktop.config import load_settings, resolve_database
from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import CrmError
from crm_desktop.services.maintenance import ensure_basics

from .language import LANGS, apply_language, remove_language
from .main_window import MainWindow
from .workspace import Workspace


def current_workspace(
    db: Database, login: str | None = None, *, lang: str | None = None, calendar: str | None = None
) -> Workspace:
    """The user remembered on this computer, else the computer's login, else the first administrator;
    with this computer's language, calendar and digits (``lang``/``calendar`` override the settings)."""
    from crm_desktop.services.people import UserService

    settings = load_settings()
    workspace = _workspace_for_user(db, UserService(db), login, settings.last_user)
    workspace.lang = lang if lang in LANGS else settings.language if settings.language in LANGS else "en"
    workspace.calendar = calendar or settings.calendar
    workspace.digits = settings.digits
    return workspace


def _workspace_for_user(db: Database, users: Any, login: str | None, last_user: str) -> Workspace:
    for candidate in (login, last_user, getpass.getuser()):
        user = users.by_login(candidate) if candidate else None
        if user is not None and user.active:
            return Workspace(db, user.id, user.display_name)
    admins = [u for u in users.list(limit=1000) if u.role == "admin" and u.active]
    return Workspace(db, admins[0].id, admins[0].display_name) if admins else Workspace(db)


def run_gui(db: str | None = None, shared: bool | None = None, lang: str | None = None) -> int:
    app = QApplication.instance() or QApplication(sys.argv)
    app.setApplicationName("Rafiq CRM")
    app.setOrganizationName("Rafiq")
    from .theme import app_icon, apply_theme

    app.setWindowIcon(app_icon())  # taskbar, title bar and dialogs
    apply_theme(app)  # one palette, light or dark as the system is (and follows its switch)
    from . import crash

    crash.install()  # an unexpected error: a report in the log folder and a message, not a vanished app
    from .single_instance import SingleInstance, bring_to_front

    instance = SingleInstance(parent=app)
    if not instance.claim():
        return 0  # the running app was asked to come to the front
    applied = apply_language(app, lang or load_settings().language)
    from crm_desktop.services.first_run import needs_first_run

    if needs_first_run(db):
        from .first_run import run_first_run

        if not run_first_run():
            return 0
        remove_language(app, applied)  # the wizard may have chosen another language
        applied = apply_language(app, lang or load_settings().language)
    while True:  # a database on a drive that is gone: retry, choose another, or quit
        target, is_shared = resolve_database(db, shared)
        try:
            database = open_database(target, shared=is_shared)
            ensure_basics(database)
            break
        except (CrmError, OSError) as exc:
            choice = crash.database_way_out(exc)
            if choice == "quit":
                return 2
            if choice == "choose":  # the wizard saved the new choice in the settings
                db, shared = None, None
    from .login_dialog import start_workspace  # passwords when the office requires them; Trash purge

    workspace = start_workspace(database, applied.lang)
    if workspace is None:
        database.close()
        return 0
    window = MainWindow(workspace)
    window.show()
    from .office_tools import start_daily_backup

    start_daily_backup(window)  # first start of the day: quick_check, then the rotating backup
    instance.activated.connect(lambda: bring_to_front(window))
    code = app.exec()
    database.close()
    return code
