"""Log in at start (when the office requires passwords), edit a user (admins), and the office's security
switches (passwords required, purge the Trash after N days) for the Settings dialog.

All rules live in services/auth.py; these widgets only ask and show the service's answer in the user's
language. Password hashing takes ~0.2 s (Argon2id), short enough to run on the GUI thread at login.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.engine import Database
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.auth import MAX_PURGE_DAYS, AuthService, OfficeSecurity
from crm_desktop.services.dto import UserDTO
from crm_desktop.services.people import UserService
from crm_desktop.text.bidi import isolate

from .error_text import error_text, translate_errors
from .first_run import ErrorLabel, combo, ltr, with_error
from .workspace import Workspace


def _password_edit() -> QLineEdit:
    edit = ltr(QLineEdit(maxLength=1000))
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    return edit


class LoginDialog(QDialog):
    """Choose who you are and type your password; ``user`` is set when accepted."""

    def __init__(self, db: Database, remembered: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.db, self.user = db, None
        self.setWindowTitle(self.tr("Log in to Rafiq CRM"))
        self.who = QComboBox()
        for user in UserService(db).list(limit=1000):
            if user.active:
                self.who.addItem(f"{user.display_name} ({isolate(user.login)})", user.login)
        self.who.setCurrentIndex(max(0, self.who.findData(remembered)))
        self.password = _password_edit()
        self.error = ErrorLabel()
        form = QFormLayout()
        form.addRow(self.tr("&User:"), self.who)
        form.addRow(self.tr("&Password:"), with_error(self.password, self.error))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Log in"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("This office database asks everyone for a password."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self.password.setFocus()
        self.resize(420, self.sizeHint().height())

    def accept(self) -> None:
        try:
            self.user = AuthService(self.db).login(self.who.currentData() or "", self.password.text())
        except CrmError as exc:
            self.error.show_error(str(exc))
            self.password.selectAll()
            self.password.setFocus()
            return
        super().accept()


class UserDialog(QDialog):
    """An administrator edits a user: name, login, role, active, and optionally a new password."""

    def __init__(self, workspace: Workspace, user: UserDTO, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.user = workspace, user
        self.setWindowTitle(self.tr("User"))
        self.name = QLineEdit(user.display_name, maxLength=200)
        self.login = ltr(QLineEdit(user.login, maxLength=100))
        self.role = combo([("user", self.tr("User")), ("admin", self.tr("Administrator"))], user.role)
        self.active = QCheckBox(self.tr("&Active (may log in and save)"))
        self.active.setChecked(user.active)
        self.password = _password_edit()
        self.password.setPlaceholderText(self.tr("Leave empty to keep the current password"))
        self.errors = {key: ErrorLabel() for key in ("display_name", "login", "role", "password", "other")}
        form = QFormLayout()
        form.addRow(self.tr("Display &name:"), with_error(self.name, self.errors["display_name"]))
        form.addRow(self.tr("L&ogin:"), with_error(self.login, self.errors["login"]))
        form.addRow(self.tr("&Role:"), with_error(self.role, self.errors["role"]))
        form.addRow("", self.active)
        form.addRow(self.tr("New &password:"), with_error(self.password, self.errors["password"]))
        form.addRow("", self.errors["other"])
        _lay_out(self, form)

    def accept(self) -> None:
        for label in self.errors.values():
            label.show_error(None)
        values = {"display_name": self.name.text().strip(), "login": self.login.text().strip()}
        values.update(role=self.role.currentData(), active=self.active.isChecked())
        if self.password.text():
            values["password"] = self.password.text()
        users, user = self.workspace.users(), self.user
        if _saved(self.errors, "other", self.workspace, lambda: users.update(user.id, user.version, values)):
            super().accept()


def _lay_out(dialog: QDialog, form: QFormLayout) -> None:
    """The form above OK and Cancel (Enter saves through ``accept``, which may refuse)."""
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addLayout(form)
    layout.addWidget(buttons)


def _saved(errors: dict[str, ErrorLabel], fallback: str, workspace: Workspace, save: Callable[[], object]) -> bool:
    """Runs ``save``; a refusal is shown in the user's language under its field (else under ``fallback``)."""
    try:
        save()
    except ValidationError as exc:
        for key, message in translate_errors(exc.errors, workspace).items():
            errors.get(key, errors[fallback]).show_error(message)
        return False
    except CrmError as exc:
        errors[fallback].show_error(error_text(exc, workspace))
        return False
    return True


class ChangePasswordDialog(QDialog):
    """Anyone changes their own password (the current one is asked when there is one)."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Change my password"))
        self.current, self.new, self.again = _password_edit(), _password_edit(), _password_edit()
        self.errors = {key: ErrorLabel() for key in ("current_password", "password", "again")}
        form = QFormLayout()
        has_one = workspace.user_id is not None and AuthService(workspace.db).has_password(workspace.user_id)
        if has_one:
            form.addRow(self.tr("&Current password:"), with_error(self.current, self.errors["current_password"]))
        form.addRow(self.tr("&New password:"), with_error(self.new, self.errors["password"]))
        form.addRow(self.tr("&Repeat it:"), with_error(self.again, self.errors["again"]))
        _lay_out(self, form)

    def accept(self) -> None:
        for label in self.errors.values():
            label.show_error(None)
        if self.new.text() != self.again.text():
            self.errors["again"].setText(self.tr("The two new passwords differ."))
            self.errors["again"].show()
            return
        me = self.workspace.user_id
        auth, new, current = AuthService(self.workspace.db, me), self.new.text(), self.current.text()
        if _saved(self.errors, "password", self.workspace, lambda: auth.set_password(me or 0, new, current)):
            super().accept()


class OfficeSecurityBox(QGroupBox):
    """Passwords required + purge the Trash after N days; saved by ``save()`` (admins only, else disabled)."""

    def __init__(self, workspace: Workspace, is_admin: bool, parent: QWidget | None = None):
        super().__init__(self.tr("Security and Trash"), parent)
        self.workspace = workspace
        try:
            self.loaded: OfficeSecurity | None = AuthService(workspace.db).office()
        except CrmError:
            self.loaded = None
        office = self.loaded or OfficeSecurity(False, None)
        self.passwords = QCheckBox(self.tr("Everyone logs in with a &password"))
        self.passwords.setChecked(office.passwords_required)
        self.purge = QCheckBox(self.tr("Empty the Trash of records deleted more than"))
        self.days = QSpinBox(minimum=1, maximum=MAX_PURGE_DAYS, value=office.trash_purge_days or 30)
        self.days.setSuffix(self.tr(" days ago, at start"))
        self.purge.setChecked(office.trash_purge_days is not None)
        self.error = ErrorLabel()
        form = QFormLayout(self)
        form.addRow(self.passwords)
        form.addRow(self.purge, self.days)
        form.addRow(self.error)
        if not is_admin:
            for widget in (self.passwords, self.purge, self.days):
                widget.setEnabled(False)
            self.setToolTip(self.tr("Only an administrator can change these settings."))

    def wanted(self) -> OfficeSecurity:
        return OfficeSecurity(self.passwords.isChecked(), self.days.value() if self.purge.isChecked() else None)

    def save(self) -> bool:
        """Save what changed; False (with the reason shown) when the service refuses."""
        self.error.show_error(None)
        wanted = self.wanted()
        if self.loaded is None or wanted == self.loaded or not self.passwords.isEnabled():
            return True
        try:
            AuthService(self.workspace.db, self.workspace.user_id).set_office(
                passwords_required=wanted.passwords_required, trash_purge_days=wanted.trash_purge_days
            )
        except ValidationError as exc:
            self.error.show_error(next(iter(exc.errors.values())))
            return False
        except CrmError as exc:
            QMessageBox.warning(self, self.title(), error_text(exc, self.workspace))
            return False
        self.loaded = wanted
        return True


def start_workspace(db: Database, lang: str, parent: QWidget | None = None) -> Workspace | None:
    """At start: purge the Trash as the office asks, pick the remembered user, or ask for a login when the
    office requires passwords (None: the user cancelled). The chosen login is remembered on this computer."""
    from crm_desktop.config import load_settings, save_settings
    from crm_desktop.services.auth import office_security, purge_old_trash

    from .app import current_workspace

    workspace = current_workspace(db, lang=lang)
    with contextlib.suppress(CrmError):  # a locked or read-only file: purge another day
        purge_old_trash(db)
    if not office_security(db).passwords_required:
        return workspace
    settings = load_settings()
    dialog = LoginDialog(db, settings.last_user, parent)
    if not dialog.exec() or dialog.user is None:
        return None
    workspace.user_id, workspace.user_name = dialog.user.id, dialog.user.display_name
    if settings.last_user != dialog.user.login:
        settings.last_user = dialog.user.login
        save_settings(settings)
    return workspace


def edit_selected_user(owner: QWidget, workspace: Workspace, login: str | None) -> bool:
    """The Users tab's Edit…: the user whose login is ``login`` in a UserDialog (True when saved)."""
    user = workspace.users().by_login(login) if login else None
    return user is not None and bool(UserDialog(workspace, user, owner).exec())


def users_tab_buttons(dialog: Any) -> QWidget:
    """An "Edit user…" button (and double-click) for the Settings dialog's user list; reloads it after a save."""
    button = QPushButton(QCoreApplication.translate("UserDialog", "&Edit user…"))

    def edit(*_: object) -> None:
        item = dialog.user_list.currentItem()
        if item is not None and edit_selected_user(dialog, dialog.workspace, item.text(1)):
            dialog.load_users()

    button.clicked.connect(edit)
    dialog.user_list.itemDoubleClicked.connect(edit)
    return button
