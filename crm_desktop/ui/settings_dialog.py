"""Settings: this computer's (language, calendar, user, database) and the office's (name, region, currency,
custom fields, users). Office values are saved to the database on OK; custom fields and new users at once.

Recently used databases are kept in ``recent_databases.json`` next to ``settings.json`` (services.first_run),
so the first-run wizard and scripts see the same list; the ``settings`` argument is kept for callers.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QRegularExpression, QSettings, Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.config import default_database_path, load_settings, save_settings
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services import first_run as checks
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.dto import CustomFieldDTO
from crm_desktop.services.settings import SettingsService

from .error_text import error_text
from .first_run import LANGUAGE_NAMES, ErrorLabel, button_row, combo, ltr, note, stack, with_error
from .login_dialog import OfficeSecurityBox, users_tab_buttons
from .mail.accounts import MailTab
from .office_tools import is_admin
from .settings_currencies_tab import CurrenciesTab
from .settings_pipelines_tab import PipelinesTab
from .workspace import Workspace

LTR = "\u2066{}\u2069"  # paths and URLs keep their order inside right-to-left text (LRI ... PDI)


class SettingsDialog(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, settings: QSettings | None = None):
        super().__init__(parent)
        self.workspace, self.settings, self.local = workspace, settings, load_settings()
        self.errors: dict[str, ErrorLabel] = {}
        self.notices: list[str] = []
        self.setWindowTitle(self.tr("Settings"))
        self.tabs = QTabWidget()
        self.tab_of_field: dict[str, int] = {}
        for builder, title in (
            (self._general_tab, self.tr("&General")),
            (self._office_tab, self.tr("&Office")),
            (self._fields_tab, self.tr("Custom &fields")),
            (self._users_tab, self.tr("&Users")),
            (self._database_tab, self.tr("&Database")),
            (lambda: PipelinesTab(self.workspace), self.tr("&Pipelines")),
            (lambda: CurrenciesTab(self.workspace), self.tr("Currenc&ies")),
            (lambda: MailTab(self.workspace), self.tr("&Mail")),
        ):
            before = set(self.errors)
            self.tabs.addTab(builder(), title)
            self.tab_of_field.update(dict.fromkeys(set(self.errors) - before, self.tabs.count() - 1))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.tabs)
        layout.addWidget(buttons)
        self.resize(640, 520)

    def _error(self, key: str) -> ErrorLabel:
        self.errors[key] = ErrorLabel()
        return self.errors[key]

    # ---- tabs ------------------------------------------------------------------------------------------
    def _general_tab(self) -> QWidget:
        self.language = combo(list(LANGUAGE_NAMES.items()), self.local.language)
        calendars = [("gregorian", self.tr("Gregorian")), ("jalali", self.tr("Persian (Jalali)"))]
        self.calendar = combo([*calendars, ("hijri", self.tr("Hijri (tabular)"))], self.local.calendar)
        digit_choices = [
            ("native", self.tr("Persian or Arabic digits (۱۲۳ / ١٢٣)")),
            ("latin", self.tr("Latin digits (123)")),
        ]
        self.digits = combo(digit_choices, self.local.digits)
        form = QFormLayout()
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(self.tr("&Calendar:"), self.calendar)
        form.addRow(self.tr("&Digits:"), self.digits)
        digits_note = self.tr("Digits apply to Arabic and Persian; every field accepts any digits when typing. ")
        restart = self.tr("Language and calendar changes apply the next time you start Rafiq CRM.")
        return stack(form, note(digits_note + restart))

    def _office_tab(self) -> QWidget:
        self.business_name = QLineEdit(maxLength=checks.MAX_BUSINESS_NAME)
        self.phone_region = ltr(QLineEdit(maxLength=2, placeholderText="IR, SA, DE"))
        self.currency = ltr(QLineEdit(maxLength=3, placeholderText="EUR, IRR, SAR"))
        letters = QRegularExpressionValidator(QRegularExpression("[A-Za-z]*"), self)
        self.phone_region.setValidator(letters)
        self.currency.setValidator(letters)
        try:
            self.office = SettingsService(self.workspace.db).all()
        except CrmError as exc:
            self.office = {}
            QMessageBox.warning(self, self.tr("Settings"), error_text(exc, self.workspace))
        self.business_name.setText(self.office.get("business_name") or "")
        self.phone_region.setText(self.office.get("phone_region") or "")
        self.currency.setText(self.office.get("base_currency") or "")
        form = QFormLayout()
        form.addRow(self.tr("&Business name:"), with_error(self.business_name, self._error("business_name")))
        form.addRow(self.tr("Default phone &region:"), with_error(self.phone_region, self._error("phone_region")))
        form.addRow(self.tr("Base c&urrency:"), with_error(self.currency, self._error("base_currency")))
        shared = self.tr("These settings are shared by everyone who opens this database. ")
        self.security = OfficeSecurityBox(self.workspace, is_admin(self.workspace))  # passwords, Trash purge
        region = self.tr("The phone region reads numbers typed without a country code.")
        return stack(form, self.security, note(shared + region))

    def _fields_tab(self) -> QWidget:
        self.field_entity = combo([("contacts", self.tr("Contacts")), ("companies", self.tr("Companies"))])
        self.field_entity.currentIndexChanged.connect(lambda _: self.load_fields())
        self.field_list = QListWidget()
        self.field_list.itemDoubleClicked.connect(lambda _: self.edit_field())
        buttons = button_row(
            (self.tr("&Add…"), self.add_field),
            (self.tr("&Edit…"), self.edit_field),
            (self.tr("De&lete"), self.delete_field),
        )
        form = QFormLayout()
        form.addRow(self.tr("Fields &for:"), self.field_entity)
        self.load_fields()
        saved = note(self.tr("Changes to custom fields are saved at once."))
        return stack(form, self.field_list, buttons, saved, stretch=False)

    def _users_tab(self) -> QWidget:
        self.user_list = QTreeWidget()
        self.user_list.setHeaderLabels([self.tr("Name"), self.tr("Login"), self.tr("Role")])
        self.user_list.setRootIsDecorated(False)
        self.this_user = QComboBox()
        self.new_login = ltr(QLineEdit(maxLength=100))
        self.new_name = QLineEdit(maxLength=200)
        self.new_role = combo([("user", self.tr("User")), ("admin", self.tr("Administrator"))])
        self.add_user_button = QPushButton(self.tr("Add &user"))
        self.add_user_button.clicked.connect(lambda: self.add_user())
        form, add_form = QFormLayout(), QFormLayout()
        form.addRow(self.tr("&This computer's user:"), self.this_user)
        add_form.addRow(self.tr("L&ogin:"), with_error(self.new_login, self._error("login")))
        add_form.addRow(self.tr("Display &name:"), with_error(self.new_name, self._error("display_name")))
        add_form.addRow(self.tr("&Role:"), with_error(self.new_role, self._error("role")))
        add_form.addRow("", self.add_user_button)
        adding = QGroupBox(self.tr("Add a user"))
        adding.setLayout(add_form)
        self.load_users()
        next_start = note(self.tr("Used the next time Rafiq CRM starts on this computer."))
        return stack(None, self.user_list, users_tab_buttons(self), form, next_start, adding, stretch=False)

    def _database_tab(self) -> QWidget:
        db = self.workspace.db
        modes = {"local": self.tr("Local file"), "shared": self.tr("Shared folder"), "server": self.tr("Server")}
        current = QLabel(f"{LTR.format(db.display_name)}\n{modes.get(db.mode, db.mode)}")
        current.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        stored = self.local.database
        self.db_path = ltr(QLineEdit("" if "://" in stored else stored or str(default_database_path())))
        self.db_url = ltr(QLineEdit(stored if "://" in stored else ""))
        self.db_url.setPlaceholderText("postgresql://user@host/crm")
        self.db_shared = QCheckBox(self.tr("The file is on a &shared folder used by several computers"))
        self.db_shared.setChecked(self.local.shared)
        buttons = button_row(
            (self.tr("&Open another…"), lambda: self.choose_file(QFileDialog.getOpenFileName)),
            (self.tr("&Create new…"), lambda: self.choose_file(QFileDialog.getSaveFileName)),
        )
        self.recent = QListWidget()
        for item in checks.recent_databases():
            entry = QListWidgetItem(LTR.format(item.target) + (self.tr(" (shared)") if item.shared else ""))
            entry.setData(Qt.ItemDataRole.UserRole, (item.target, item.shared))
            self.recent.addItem(entry)
        self.recent.itemClicked.connect(self.use_recent)
        form = QFormLayout()
        form.addRow(self.tr("Open now:"), current)
        form.addRow(self.tr("&File:"), with_error(self.db_path, self._error("path")))
        form.addRow("", buttons)
        form.addRow("", self.db_shared)
        form.addRow(self.tr("&PostgreSQL server:"), with_error(self.db_url, self._error("url")))
        form.addRow(self.tr("&Recent:"), self.recent)
        server = self.tr("A server address, when filled in, is used instead of the file. ")
        return stack(form, note(server + self.tr("Switching takes effect the next time you start Rafiq CRM.")))

    # ---- custom fields -----------------------------------------------------------------------------------
    def fields_service(self) -> CustomFieldService:
        return CustomFieldService(self.workspace.db, self.workspace.user_id)

    def load_fields(self) -> None:
        self.field_list.clear()
        try:
            fields = self.fields_service().list(self.field_entity.currentData())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Custom fields"), error_text(exc, self.workspace))
            return
        types = self.field_type_names()
        for definition in fields:
            text = f"{definition.label} — {types.get(definition.field_type, definition.field_type)}"
            if definition.choices:
                text += ": " + self.tr(", ").join(definition.choices)  # Persian and Arabic use "، "
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, definition)
            self.field_list.addItem(item)

    def field_type_names(self) -> dict[str, str]:
        names = (self.tr("Text"), self.tr("Number"), self.tr("Date"), self.tr("Choice"))
        return dict(zip(("text", "number", "date", "choice"), names, strict=True))

    def selected_field(self) -> CustomFieldDTO | None:
        item = self.field_list.currentItem()
        return item.data(Qt.ItemDataRole.UserRole) if item else None

    def add_field(self) -> None:
        if FieldDialog(self, None).exec():
            self.load_fields()

    def edit_field(self) -> None:
        if (definition := self.selected_field()) is not None and FieldDialog(self, definition).exec():
            self.load_fields()

    def delete_field(self, confirm: bool = True) -> None:
        definition = self.selected_field()
        if definition is None:
            return
        question = self.tr(
            "Delete the field “{0}”? Values already entered are kept and come back if the field is added again."
        ).format(definition.label)
        if confirm and QMessageBox.question(self, self.tr("Delete field"), question) != QMessageBox.StandardButton.Yes:
            return
        try:
            self.fields_service().delete(definition.id)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Delete field"), error_text(exc, self.workspace))
        self.load_fields()

    # ---- users -------------------------------------------------------------------------------------------
    def load_users(self) -> None:
        self.user_list.clear()
        self.this_user.clear()
        try:
            users = self.workspace.users().list(limit=1000)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Users"), error_text(exc, self.workspace))
            users = []
        roles = {"admin": self.tr("Administrator"), "user": self.tr("User")}
        me = next((u for u in users if u.id == self.workspace.user_id), None)
        for user in users:
            role = roles.get(user.role, "") + ("" if user.active else self.tr(" (inactive)"))
            self.user_list.addTopLevelItem(QTreeWidgetItem([user.display_name, user.login, role]))
            if user.active:
                self.this_user.addItem(f"{user.display_name} ({user.login})", user.login)
        wanted = self.local.last_user or (me.login if me else "")
        self.this_user.setCurrentIndex(max(0, self.this_user.findData(wanted)))
        can_add = (me is not None and me.role == "admin") or not users
        self.add_user_button.setEnabled(can_add)
        if not can_add:
            self.add_user_button.setToolTip(self.tr("Only an administrator can add users."))

    def add_user(self) -> bool:
        for key in ("login", "display_name", "role"):
            self.errors[key].show_error(None)
        values = {"login": self.new_login.text().strip(), "display_name": self.new_name.text().strip()}
        values["role"] = self.new_role.currentData()
        try:
            self.workspace.users().create(values)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                self.errors.get(key, self.errors["login"]).show_error(message)
            return False
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Add user"), error_text(exc, self.workspace))
            return False
        self.new_login.clear()
        self.new_name.clear()
        self.load_users()
        return True

    # ---- database ----------------------------------------------------------------------------------------
    def choose_file(self, ask: Any) -> None:
        kinds = self.tr("Rafiq CRM database (*.sqlite3 *.sqlite *.db);;All files (*)")
        path, _ = ask(self, self.tr("Database file"), self.db_path.text(), kinds)
        if path:
            self.db_path.setText(path)
            self.db_url.clear()

    def use_recent(self, item: QListWidgetItem) -> None:
        target, shared = item.data(Qt.ItemDataRole.UserRole)
        (self.db_url if "://" in target else self.db_path).setText(target)
        (self.db_path if "://" in target else self.db_url).clear()
        self.db_shared.setChecked(shared)

    # ---- OK ----------------------------------------------------------------------------------------------
    def accept(self) -> None:
        if self.save():
            super().accept()
            for text in self.notices:
                QMessageBox.information(self.parentWidget(), self.tr("Settings"), text)

    def save(self) -> bool:
        """Check every tab, show all problems inline; save only when everything is valid."""
        for label in self.errors.values():
            label.show_error(None)
        problems: dict[str, str] = {}
        office, choice = {}, None
        try:
            office = checks.check_office(self.business_name.text(), self.phone_region.text(), self.currency.text())
        except ValidationError as exc:
            problems.update(exc.errors)
        try:
            choice = checks.next_database(
                self.db_path.text(), self.db_url.text(), self.db_shared.isChecked(), self.local
            )
        except ValidationError as exc:
            problems.update(exc.errors)
        if problems:
            for key, message in problems.items():
                self.errors[key].show_error(message)
            self.tabs.setCurrentIndex(self.tab_of_field[next(iter(problems))])
            return False
        try:
            for key, value in office.items():
                if self.office and value != self.office.get(key):
                    SettingsService(self.workspace.db, self.workspace.user_id).set(key, value)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Settings"), error_text(exc, self.workspace))
            return False
        if not self.security.save():
            self.tabs.setCurrentIndex(1)
            return False
        self._save_local(choice)
        return True

    def _save_local(self, choice: checks.DatabaseChoice | None) -> None:
        old, new = self.local, load_settings()
        new.language, new.calendar = self.language.currentData(), self.calendar.currentData()
        new.digits = self.digits.currentData()
        new.last_user = self.this_user.currentData() or old.last_user
        self.notices = []
        if (new.language, new.calendar, new.digits) != (old.language, old.calendar, old.digits):
            self.notices.append(self.tr("The new language and calendar apply the next time you start Rafiq CRM."))
        if choice is not None:
            location = choice.location(default_database_path())
            new.database, new.shared = checks.stored_target(choice), choice.shared
            checks.remember_database(location, choice.shared)
            self.notices.append(
                self.tr("Rafiq CRM will open {0} the next time it starts.").format(LTR.format(location))
            )
        save_settings(new)
        self.local = new


class FieldDialog(QDialog):
    """Add or edit one custom field; the type of an existing field is fixed (stored values depend on it)."""

    def __init__(self, owner: SettingsDialog, definition: CustomFieldDTO | None):
        super().__init__(owner)
        self.owner, self.definition = owner, definition
        self.setWindowTitle(self.tr("Custom field"))
        self.label = QLineEdit(definition.label if definition else "", maxLength=200)
        types = list(owner.field_type_names().items())
        self.field_type = combo(types, definition.field_type if definition else "")
        self.field_type.setEnabled(definition is None)
        self.choices = QPlainTextEdit("\n".join(definition.choices) if definition else "")
        self.choices.setPlaceholderText(self.tr("One choice per line"))
        self.errors = {key: ErrorLabel() for key in ("label", "field_type", "choices", "key")}
        form = QFormLayout(self)
        form.addRow(self.tr("&Label:"), with_error(self.label, self.errors["label"]))
        form.addRow(self.tr("&Type:"), with_error(self.field_type, self.errors["field_type"]))
        form.addRow(self.tr("&Choices:"), with_error(self.choices, self.errors["choices"]))
        form.addRow("", self.errors["key"])
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)
        self.field_type.currentIndexChanged.connect(lambda _: self._choices_visible())
        self._choices_visible()

    def _choices_visible(self) -> None:
        self.choices.setEnabled(self.field_type.currentData() == "choice")

    def accept(self) -> None:
        for label in self.errors.values():
            label.show_error(None)
        service = self.owner.fields_service()
        kind = self.field_type.currentData()
        choices = [line for line in self.choices.toPlainText().splitlines() if line.strip()]
        choices = choices if kind == "choice" else []
        try:
            if self.definition is None:
                service.create(self.owner.field_entity.currentData(), self.label.text(), kind, choices)
            else:
                service.update(self.definition.id, label=self.label.text(), choices=choices)
        except ValidationError as exc:
            for key, message in exc.errors.items():
                self.errors.get(key, self.errors["key"]).show_error(message)
            return
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Custom field"), error_text(exc, self.owner.workspace))
            return
        super().accept()
