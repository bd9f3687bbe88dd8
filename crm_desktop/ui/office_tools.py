"""The main window's small-office entries: History of this record (Ctrl+H), Recent changes (administrators),
Backups…, and the "who is working" status-bar indicator. Kept here so main_window.py gains a line per place."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu

from crm_desktop.errors import CrmError

from .presence_indicator import PresenceIndicator

translate = QCoreApplication.translate  # spelled out per string, so lupdate files each under its context


def is_admin(workspace: Any) -> bool:
    if workspace.user_id is None:
        return False
    try:
        return workspace.users().get(workspace.user_id).role == "admin"
    except CrmError:
        return False


def current_record(window: Any) -> tuple[str, int, str] | None:
    """(table, id, title) of the record selected in the contacts or companies list, if any."""
    page = window.current_page()
    entity = getattr(page, "entity", None)
    record_id = page.current_id() if entity in ("contacts", "companies") else None
    if record_id is None:
        return None
    try:
        if entity == "contacts":
            return entity, record_id, window.workspace.contacts().get(record_id).display_name
        return entity, record_id, window.workspace.companies().get(record_id).name
    except CrmError:
        return None


def show_record_history(window: Any) -> None:
    from .history_dialog import HistoryDialog

    record = current_record(window)
    if record is None:
        window.statusBar().showMessage(
            translate("OfficeTools", "Select a contact or a company to see its history."), 5000
        )
        return
    HistoryDialog(window.workspace, *record, parent=window).exec()


def show_recent_changes(window: Any) -> None:
    from .history_dialog import RecentChangesDialog

    RecentChangesDialog(window.workspace, window).exec()


def change_password(window: Any) -> None:
    from .login_dialog import ChangePasswordDialog

    if ChangePasswordDialog(window.workspace, window).exec():
        window.statusBar().showMessage(translate("OfficeTools", "Your password was changed."), 5000)


def show_backups(window: Any) -> None:
    from .backup_dialog import BackupDialog

    dialog = BackupDialog(window.workspace, window)
    dialog.restored.connect(lambda: _after_restore(window, dialog))
    dialog.exec()


def _after_restore(window: Any, dialog: Any) -> None:
    """Every open view holds data of the replaced file: close the app (the user starts it again)."""
    from PySide6.QtWidgets import QMessageBox

    text = (
        dialog.status.text()
        + "\n\n"
        + QCoreApplication.translate(
            "OfficeTools", "Rafiq CRM closes now; start it again to work with the restored data."
        )
    )
    box = QMessageBox(
        QMessageBox.Icon.Information,
        translate("OfficeTools", "Restore"),
        text,
        QMessageBox.StandardButton.Ok,
        window,
    )
    box.finished.connect(lambda _: window.close())
    dialog.accept()
    box.open()


def install_menus(window: QMainWindow, file_menu: QMenu, edit_menu: QMenu) -> dict[str, QAction]:
    actions = {
        "history": QAction(translate("OfficeTools", "&History of this record…"), window),
        "recent_changes": QAction(translate("OfficeTools", "Recent &changes…"), window),
        "backups": QAction(translate("OfficeTools", "&Backups…"), window),
        "password": QAction(translate("OfficeTools", "Change my &password…"), window),
    }
    actions["history"].setShortcut(QKeySequence("Ctrl+H"))
    actions["history"].triggered.connect(lambda _=False: show_record_history(window))
    actions["recent_changes"].triggered.connect(lambda _=False: show_recent_changes(window))
    actions["backups"].triggered.connect(lambda _=False: show_backups(window))
    actions["password"].triggered.connect(lambda _=False: change_password(window))
    actions["password"].setVisible(window.workspace.user_id is not None)  # type: ignore[attr-defined]
    actions["recent_changes"].setVisible(is_admin(window.workspace))  # type: ignore[attr-defined]
    edit_menu.addSeparator()
    edit_menu.addActions([actions["history"], actions["recent_changes"]])
    quit_action = file_menu.actions()[-1]
    file_menu.insertActions(quit_action, [actions["backups"], actions["password"]])
    file_menu.insertSeparator(quit_action)
    return actions


def install_presence(window: QMainWindow) -> PresenceIndicator:
    indicator = PresenceIndicator(window.workspace, window)  # type: ignore[attr-defined]
    window.statusBar().addPermanentWidget(indicator)
    indicator.start()
    return indicator


def start_daily_backup(window: Any) -> None:
    """The day's automatic backup of a database file, on the database thread; problems go to the status bar."""
    from crm_desktop.services.backups import daily_guard

    from .error_text import error_text
    from .ops import run_op

    path = window.workspace.db.path
    if path is None or window.workspace.db.read_only:
        return

    def failed(exc: Exception) -> None:
        text = error_text(exc, window.workspace) if isinstance(exc, CrmError) else str(exc)
        window.statusBar().showMessage(translate("OfficeTools", "Automatic backup failed: {0}").format(text))

    run_op(window, lambda: daily_guard(path), None, failed)
