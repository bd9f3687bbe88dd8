"""Mail accounts in Settings: the "Mail" tab (list, add, edit, delete) and the account editor.

The password goes only to PasswordStore: the system keyring, or, where none exists, a private file the user
has to choose explicitly (the editor says so and offers the choice). Accounts are saved at once, like custom
fields, not on the Settings dialog's OK.
"""

from __future__ import annotations

from PySide6.QtCore import QLocale, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.imap_fetch import ImapFetcher
from crm_desktop.services.mail_accounts import MailAccountDTO, MailAccountService, password_file, unsaved
from crm_desktop.services.mail_secrets import NoKeyringError, keyring_available
from crm_desktop.text.bidi import isolate
from crm_desktop.text.digits import to_latin_digits

from ..error_text import error_text, translate_errors
from ..first_run import ErrorLabel, button_row, combo, ltr, note, stack, with_error
from ..ops import run_op
from ..workspace import Workspace


class TechnicalNumberBox(QSpinBox):
    """A port and the like: a technical value, written left to right in Latin digits in every language (as
    mail providers print it), with no grouping; Persian or Arabic-Indic digits typed are taken as the same."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setLocale(QLocale.c())
        self.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.setGroupSeparatorShown(False)

    def validate(self, text: str, pos: int) -> object:
        return super().validate(to_latin_digits(text), pos)

    def valueFromText(self, text: str) -> int:
        return super().valueFromText(to_latin_digits(text))


class AccountDialog(QDialog):
    def __init__(self, workspace: Workspace, account: MailAccountDTO | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace, self.account = workspace, account
        self.service = MailAccountService(workspace.db, workspace.user_id)
        self.setWindowTitle(self.tr("Mail account"))
        securities = [
            ("ssl", self.tr("SSL/TLS")), ("starttls", self.tr("STARTTLS")), ("none", self.tr("None (local only)"))
        ]  # fmt: skip
        self.name = QLineEdit()
        self.address = ltr(QLineEdit(placeholderText="office@example.com"))
        self.smtp_host = ltr(QLineEdit(placeholderText="smtp.example.com"))
        self.smtp_port = self._port()
        self.smtp_security = combo(securities, "starttls")
        self.username = ltr(QLineEdit())
        self.password = ltr(QLineEdit(echoMode=QLineEdit.EchoMode.Password))
        self.use_file = QCheckBox(self.tr("Store the password in a private file (readable only by you, not encrypted)"))
        self.imap_host = ltr(QLineEdit(placeholderText="imap.example.com"))
        self.imap_port = self._port()
        self.imap_security = combo(securities, "ssl")
        self.folders = ltr(QLineEdit(placeholderText="INBOX, Archive"))
        self.list_button = QPushButton(self.tr("&List the server's folders"))
        self.list_button.clicked.connect(self.load_server_folders)
        self.server_folders = QListWidget()  # ticked folders are fetched; names decoded from modified UTF-7
        self.server_folders.setObjectName("serverFolders")
        self.server_folders.setMaximumHeight(110)
        self.server_folders.hide()
        self.server_folders.itemChanged.connect(self._folder_ticked)
        folders_row = QHBoxLayout()
        folders_row.addWidget(self.folders, 1)
        folders_row.addWidget(self.list_button)
        folders_box = QVBoxLayout()
        folders_box.addLayout(folders_row)
        folders_box.addWidget(self.server_folders)
        self.store_all = combo(
            [("known", self.tr("Only messages involving known contacts")), ("all", self.tr("All messages"))]
        )
        self.errors: dict[str, ErrorLabel] = {}
        form = QFormLayout()
        for label, widget, key in (
            (self.tr("&Name:"), self.name, "name"),
            (self.tr("&Address:"), self.address, "address"),
            (self.tr("&SMTP server:"), self.smtp_host, "smtp_host"),
            (self.tr("SMTP &port:"), self.smtp_port, "smtp_port"),
            (self.tr("SMTP s&ecurity:"), self.smtp_security, "smtp_security"),
            (self.tr("&User name:"), self.username, "username"),
            (self.tr("Pass&word:"), self.password, "password"),
            (self.tr("&IMAP server:"), self.imap_host, "imap_host"),
            (self.tr("IMAP p&ort:"), self.imap_port, "imap_port"),
            (self.tr("IMAP se&curity:"), self.imap_security, "imap_security"),
            (self.tr("&Folders:"), folders_box, "folders"),
            (self.tr("S&tore:"), self.store_all, "store_all"),
        ):
            self.errors[key] = ErrorLabel()
            form.addRow(label, with_error(widget, self.errors[key]))
        self.keyring_note = note(
            self.tr("The password is kept in the system keyring.")
            if keyring_available()
            else self.tr("No system keyring is available on this computer to keep the password safely.")
        )
        self.use_file.setVisible(not keyring_available())
        self.other_error = ErrorLabel()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.save)
        buttons.rejected.connect(self.reject)
        stack(form, self.keyring_note, self.use_file, self.other_error, buttons, into=self)
        if account is not None:
            self.fill(account)
        self.resize(560, 640)

    def _port(self) -> QSpinBox:
        box = TechnicalNumberBox()
        box.setRange(0, 65535)
        box.setSpecialValueText(self.tr("Default"))
        return box

    def fill(self, account: MailAccountDTO) -> None:
        self.name.setText(account.name)
        self.address.setText(account.address)
        self.smtp_host.setText(account.smtp_host or "")
        self.smtp_port.setValue(account.smtp_port or 0)
        self.smtp_security.setCurrentIndex(max(0, self.smtp_security.findData(account.smtp_security)))
        self.username.setText(account.username or "")
        self.password.setPlaceholderText(self.tr("(unchanged)"))
        self.imap_host.setText(account.imap_host or "")
        self.imap_port.setValue(account.imap_port or 0)
        self.imap_security.setCurrentIndex(max(0, self.imap_security.findData(account.imap_security)))
        self.folders.setText(", ".join(account.folders))
        self.store_all.setCurrentIndex(1 if account.store_all else 0)

    def values(self) -> dict[str, object]:
        return {
            "name": self.name.text(), "address": self.address.text(), "smtp_host": self.smtp_host.text(),
            "smtp_port": self.smtp_port.value() or None, "smtp_security": self.smtp_security.currentData(),
            "username": self.username.text(), "imap_host": self.imap_host.text(),
            "imap_port": self.imap_port.value() or None, "imap_security": self.imap_security.currentData(),
            "folders": self.folders.text(), "store_all": self.store_all.currentData() == "all",
        }  # fmt: skip

    def save(self) -> None:
        for label in (*self.errors.values(), self.other_error):
            label.show_error(None)
        values, password, opt_in = self.values(), self.password.text(), self.use_file.isChecked()
        service, account = self.service, self.account

        def work() -> MailAccountDTO:
            saved = service.save(values, account.id if account else None, account.version if account else None)
            if password:
                try:
                    service.set_password(saved, password, opt_in_file=opt_in)
                except NoKeyringError:
                    if account is None:  # a new account without its password would only fail later
                        service.delete(saved.id)
                    raise
            return saved

        run_op(self, work, lambda saved: self._saved(saved), self._failed, busy_text=self.tr("Saving…"))

    def load_server_folders(self) -> None:
        """Connect with the settings as typed (the typed password, else the stored one) and list the folders."""
        for label in (*self.errors.values(), self.other_error):
            label.show_error(None)
        values, typed, account, service = self.values(), self.password.text(), self.account, self.service
        no_server, no_password = self.tr("Type the IMAP server first."), self.tr("Type the password first.")

        def work() -> list[str]:
            target = unsaved(values, account)
            if not target.imap_host:
                raise ValidationError({"imap_host": no_server})
            secret = typed or (service.password(account) if account else None)
            if not secret:
                raise ValidationError({"password": no_password})
            return ImapFetcher(service.db).list_folders(target, secret)

        run_op(self, work, self.show_server_folders, self._failed, busy_text=self.tr("Listing folders…"))

    def show_server_folders(self, names: list[str]) -> None:
        chosen = {n.strip() for n in self.folders.text().split(",") if n.strip()} or {"INBOX"}  # the default
        self.server_folders.blockSignals(True)
        self.server_folders.clear()
        for name in names:
            item = QListWidgetItem(isolate(name))
            item.setData(Qt.ItemDataRole.UserRole, name)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked if name in chosen else Qt.CheckState.Unchecked)
            self.server_folders.addItem(item)
        self.server_folders.blockSignals(False)
        self.server_folders.show()

    def _folder_ticked(self, _item: QListWidgetItem) -> None:
        items = (self.server_folders.item(row) for row in range(self.server_folders.count()))
        ticked = [i.data(Qt.ItemDataRole.UserRole) for i in items if i.checkState() == Qt.CheckState.Checked]
        self.folders.setText(", ".join(ticked))

    def _saved(self, saved: MailAccountDTO) -> None:
        self.account = saved
        self.accept()

    def _failed(self, exc: Exception) -> None:
        if isinstance(exc, ValidationError):
            for key, message in translate_errors(exc.errors, self.workspace).items():
                self.errors.get(key, self.other_error).show_error(message)
            return
        if isinstance(exc, NoKeyringError):
            self.use_file.show()
            self.errors["password"].setText(
                self.tr(
                    "No system keyring is available to keep the password safely. Install one (for example "
                    "GNOME Keyring or KWallet), or tick “Store the password in a private file” below: {0}"
                ).format(isolate(str(password_file())))
            )
            self.errors["password"].show()
            return
        self.other_error.setText(error_text(exc, self.workspace) if isinstance(exc, CrmError) else str(exc))
        self.other_error.show()


class MailTab(QWidget):
    """Settings → Mail: the accounts of this database."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.service = MailAccountService(workspace.db, workspace.user_id)
        self.list = QListWidget()
        self.list.setObjectName("mailAccounts")
        self.list.itemDoubleClicked.connect(lambda _: self.edit())
        buttons = button_row(
            (self.tr("&Add account…"), self.add), (self.tr("&Edit…"), self.edit), (self.tr("De&lete"), self.delete)
        )
        where = (
            self.tr("Passwords are kept in the system keyring, never in the database.")
            if keyring_available()
            else self.tr("No system keyring was found: a password can only be kept in a private file if you choose so.")
        )
        stack(None, self.list, buttons, note(self.tr("Accounts are saved at once.") + " " + where),
              stretch=False, into=self)  # fmt: skip
        self.accounts: list[MailAccountDTO] = []
        self.load()

    def load(self) -> None:
        def show(accounts: list[MailAccountDTO]) -> None:
            self.accounts = accounts
            self.list.clear()
            for account in accounts:
                imap = f" · IMAP {account.imap_host}" if account.imap_host else ""
                item = QListWidgetItem(
                    f"{isolate(account.name)} — \u2066{account.address} · SMTP {account.smtp_host}{imap}\u2069"
                )
                item.setData(Qt.ItemDataRole.UserRole, account.id)
                self.list.addItem(item)

        run_op(self, self.service.list, show)

    def selected(self) -> MailAccountDTO | None:
        item = self.list.currentItem()
        wanted = item.data(Qt.ItemDataRole.UserRole) if item else None
        return next((a for a in self.accounts if a.id == wanted), None)

    def add(self) -> AccountDialog:
        return self._open(None)

    def edit(self) -> AccountDialog | None:
        account = self.selected()
        return self._open(account) if account else None

    def _open(self, account: MailAccountDTO | None) -> AccountDialog:
        dialog = AccountDialog(self.workspace, account, self)
        dialog.accepted.connect(self.load)
        dialog.open()
        return dialog

    def delete(self, confirm: bool = True) -> None:
        account = self.selected()
        if account is None:
            return
        if confirm:
            asked = QMessageBox.question(
                self, self.tr("Delete account"), self.tr("Delete the account {0}? Its stored messages stay.").format(
                    isolate(account.name))
            )  # fmt: skip
            if asked != QMessageBox.StandardButton.Yes:
                return

        def work() -> None:
            self.service.delete(account.id)
            self.service.forget_password(account)

        run_op(self, work, lambda _: self.load())
