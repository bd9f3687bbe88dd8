"""Compose a message: recipients completed from contacts (any script), plain or rich body, attachments from
disk or stored documents, templates with merge fields; Send queues it in the outbox, Save draft keeps it.

Send only queues (one unit of work through run_op); the page then asks the outbox to send off the GUI
thread, so a refused or unreachable server leaves the message in the Outbox with its error, never lost.
"""

from __future__ import annotations

import mimetypes
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QStringListModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QTextEdit,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.mail_accounts import MailAccountDTO
from crm_desktop.services.mail_box import MailBoxService, MailView
from crm_desktop.services.mail_docs import MAX_DOCUMENT_BYTES, DocumentService
from crm_desktop.services.outbox import MailThread, OutboxService, html_from_text, is_rtl, render_template
from crm_desktop.text.bidi import isolate

from ..error_text import error_text
from ..first_run import ErrorLabel, with_error
from ..ops import run_op
from ..workspace import Workspace
from .documents_picker import pick_documents


@dataclass(frozen=True)
class Attachment:
    name: str
    path: str | None = None  # a file on disk, read when the message is queued
    document_id: int | None = None  # or a stored document


class AddressCompleter(QCompleter):
    """Completes the address being typed after the last comma; suggestions come from the database."""

    def __init__(self, edit: QLineEdit, workspace: Workspace) -> None:
        self.list_model = QStringListModel()
        super().__init__(self.list_model, edit)
        self.edit, self.workspace = edit, workspace
        # The database already matched the typed text in any script (folded like the search): show all.
        self.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        edit.setCompleter(self)
        edit.textEdited.connect(self._typed)
        self.activated[str].connect(self._chosen)
        self.asked = ""

    def splitPath(self, path: str) -> list[str]:
        return [path.rsplit(",", 1)[-1].strip()]

    def pathFromIndex(self, index: object) -> str:
        return self.edit.text()  # _chosen puts the address in; keep what is there meanwhile

    def _typed(self, text: str) -> None:
        token = text.rsplit(",", 1)[-1].strip()
        self.asked = token
        if not token:
            return
        service = MailBoxService(self.workspace.db)

        def show(found: list) -> None:
            if token != self.asked:
                return  # the user typed on meanwhile
            self.list_model.setStringList([f"{s.name} <{s.address}>" for s in found])
            if found:
                self.complete()

        run_op(self.edit, lambda: service.suggestions(token), show, lambda exc: None)

    def _chosen(self, text: str) -> None:
        head = self.edit.text().rsplit(",", 1)[0] if "," in self.edit.text() else ""
        self.edit.setText((head + ", " if head else "") + text + ", ")


class ComposeDialog(QDialog):
    """``queued(email_id, send)`` is called after the message was stored (``send``: ask the outbox to send)."""

    def __init__(
        self,
        workspace: Workspace,
        accounts: list[MailAccountDTO],
        parent: QWidget | None = None,
        *,
        draft: MailView | None = None,
        replaces: int | None = None,
    ) -> None:
        super().__init__(parent)
        self.workspace, self.replaces = workspace, replaces
        self.setWindowTitle(self.tr("New message"))
        self.attachments: list[Attachment] = []
        self.from_template = False
        self.thread: MailThread | None = None  # set for a reply or forward (EmailsPage.reply)
        self.on_queued = lambda email_id, send: None
        self.account = QComboBox()
        for account in accounts:
            self.account.addItem(f"{isolate(account.name)} <{account.address}>", account.id)
        self.to, self.cc, self.bcc = QLineEdit(), QLineEdit(), QLineEdit()
        self.completers = []
        for edit in (self.to, self.cc, self.bcc):
            edit.setPlaceholderText(self.tr("Name or address; several separated by commas"))
            self.completers.append(AddressCompleter(edit, workspace))
        self.subject = QLineEdit()
        self.template = QComboBox()
        self.template.setObjectName("templates")
        self.template.activated.connect(self._use_template)
        save_template = QPushButton(self.tr("Save as &template…"))
        save_template.clicked.connect(self.save_template)
        template_row = QHBoxLayout()
        template_row.addWidget(self.template, 1)
        template_row.addWidget(save_template)
        self.rich = QCheckBox(self.tr("&Formatted text"))
        self.rich.toggled.connect(self.body_changed)
        self.body = QTextEdit()
        self.body.setAcceptRichText(False)
        self.body.textChanged.connect(self.body_changed)
        self.files = QListWidget()
        self.files.setMaximumHeight(80)
        attach = QPushButton(self.tr("Attach &file…"))
        attach.clicked.connect(self.attach_files)
        attach_doc = QPushButton(self.tr("Attach &document…"))
        attach_doc.clicked.connect(self.attach_documents)
        remove = QPushButton(self.tr("&Remove attachment"))
        remove.clicked.connect(self.remove_attachment)
        file_buttons = QVBoxLayout()
        for button in (attach, attach_doc, remove):
            file_buttons.addWidget(button)
        file_buttons.addStretch(1)
        files_row = QHBoxLayout()
        files_row.addWidget(self.files, 1)
        files_row.addLayout(file_buttons)
        self.errors = {key: ErrorLabel() for key in ("account", "to", "template", "attachments", "other")}
        form = QFormLayout()
        form.addRow(self.tr("&From:"), with_error(self.account, self.errors["account"]))
        form.addRow(self.tr("&To:"), with_error(self.to, self.errors["to"]))
        form.addRow(self.tr("&Cc:"), self.cc)
        form.addRow(self.tr("&Bcc:"), self.bcc)
        form.addRow(self.tr("&Subject:"), self.subject)
        form.addRow(self.tr("Te&mplate:"), with_error(template_row, self.errors["template"]))
        for edit in (self.to, self.cc, self.bcc):  # addresses read left to right in any window
            edit.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.send_button = QPushButton(self.tr("&Send"))
        self.send_button.setDefault(True)
        self.send_button.clicked.connect(lambda: self.submit(send=True))
        self.draft_button = QPushButton(self.tr("Save &draft"))
        self.draft_button.clicked.connect(lambda: self.submit(send=False))
        cancel = QPushButton(self.tr("Cancel"))
        cancel.clicked.connect(self.reject)
        buttons = QHBoxLayout()
        buttons.addWidget(self.rich)
        buttons.addStretch(1)
        for button in (self.draft_button, cancel, self.send_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.body, 1)
        layout.addWidget(with_error(files_row, self.errors["attachments"]))
        layout.addWidget(self.errors["other"])
        layout.addLayout(buttons)
        self.resize(720, 620)
        if not accounts:
            self.errors["account"].show_error(self.tr("Add a mail account in Settings → Mail first."))
            self.send_button.setEnabled(False)
            self.draft_button.setEnabled(False)
        if draft is not None:
            self.fill(draft)
        self.load_templates()

    # ---- filling ---------------------------------------------------------------------------------
    def fill(self, message: MailView, *, keep_attachments: bool = True) -> None:
        if message.account_id is not None and self.account.findData(message.account_id) >= 0:
            self.account.setCurrentIndex(self.account.findData(message.account_id))
        self.to.setText(message.to_addresses)
        self.cc.setText(message.cc_addresses)
        self.bcc.setText(message.bcc_addresses)
        self.subject.setText(message.subject)
        self.body.setPlainText(message.text_body or "")
        if message.in_reply_to or message.references:  # an edited reply stays in its thread
            self.thread = MailThread(message.in_reply_to, message.references, message.thread_key)
        if keep_attachments:
            for att in message.attachments:
                self._add_attachment(Attachment(att.file_name, document_id=att.document_id))

    def body_changed(self) -> None:
        self.body.setAcceptRichText(self.rich.isChecked())
        rtl = is_rtl(self.body.toPlainText())
        direction = Qt.LayoutDirection.RightToLeft if rtl else Qt.LayoutDirection.LeftToRight
        if self.body.layoutDirection() != direction:
            self.body.setLayoutDirection(direction)
            option = self.body.document().defaultTextOption()
            option.setTextDirection(direction)
            self.body.document().setDefaultTextOption(option)

    # ---- attachments ---------------------------------------------------------------------------------
    def _add_attachment(self, attachment: Attachment) -> None:
        self.attachments.append(attachment)
        self.files.addItem(QListWidgetItem(isolate(attachment.name)))

    def attach_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(self, self.tr("Attach files"))
        for path in paths:
            self._add_attachment(Attachment(Path(path).name, path=path))

    def attach_stored(self, document_id: int, name: str) -> None:
        self._add_attachment(Attachment(name, document_id=document_id))

    def attach_documents(self) -> None:
        for document_id, name in pick_documents(self, MailBoxService(self.workspace.db)):
            self._add_attachment(Attachment(name, document_id=document_id))

    def remove_attachment(self) -> None:
        row = self.files.currentRow()
        if row >= 0:
            self.files.takeItem(row)
            del self.attachments[row]

    # ---- templates -------------------------------------------------------------------------------
    def load_templates(self) -> None:
        service = MailBoxService(self.workspace.db)

        def show(templates: dict) -> None:
            self.templates = templates
            self.template.clear()
            self.template.addItem(self.tr("(no template)"), "")
            for name in sorted(templates):
                self.template.addItem(isolate(name), name)

        self.templates: dict[str, dict[str, str]] = {}
        run_op(self, service.templates, show, lambda exc: None)

    def _use_template(self, index: int) -> None:
        chosen = self.templates.get(self.template.itemData(index) or "")
        if chosen:
            self.subject.setText(chosen.get("subject", ""))
            self.body.setPlainText(chosen.get("body", ""))
            self.from_template = True  # merge fields are filled for the first recipient when queued

    def save_template(self, name: str | None = None) -> None:
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save as template"), self.tr("Template name:"))
            if not ok:
                return
        service = MailBoxService(self.workspace.db, self.workspace.user_id)
        subject, body = self.subject.text(), self.body.toPlainText()
        run_op(self, lambda: service.save_template(name, subject, body), lambda _: self.load_templates(), self._failed)

    # ---- queueing --------------------------------------------------------------------------------
    def submit(self, send: bool) -> None:
        for label in self.errors.values():
            label.show_error(None)
        account_id = self.account.currentData()
        if account_id is None:
            self.errors["account"].show_error(self.tr("Add a mail account in Settings → Mail first."))
            return
        to, cc, bcc = self.to.text().strip(" ,"), self.cc.text().strip(" ,"), self.bcc.text().strip(" ,")
        subject, text = self.subject.text(), self.body.toPlainText()
        html = self.body.toHtml() if self.rich.isChecked() else None
        attachments, from_template, replaces = list(self.attachments), self.from_template, self.replaces
        thread = self.thread
        db, user_id = self.workspace.db, self.workspace.user_id

        def work() -> int:
            nonlocal subject, text, html
            boxes = MailBoxService(db, user_id)
            if from_template:
                fields = boxes.merge_fields(to.split(",")[0].rpartition("<")[2].strip(" >"))
                subject, text = render_template(subject, fields), render_template(text, fields)
                html = html_from_text(text) if html is None else render_template(html, fields)
            files = [_read(a, db) for a in attachments]
            email_id = OutboxService(db, user_id).queue(
                account_id,
                to,
                subject,
                text,
                cc=cc,
                bcc=bcc,
                html_body=html,
                attachments=files,
                draft=not send,
                thread=thread,
            )
            if replaces is not None:  # an edited outbox message or draft: the new copy replaces it
                boxes.delete(replaces)
            return email_id

        def done(email_id: int) -> None:
            self.accept()
            self.on_queued(email_id, send)

        self.send_button.setEnabled(False)
        self.draft_button.setEnabled(False)
        run_op(self, work, done, self._failed, busy_text=self.tr("Saving…"))

    def _failed(self, exc: Exception) -> None:
        self.send_button.setEnabled(True)
        self.draft_button.setEnabled(True)
        if isinstance(exc, ValidationError):
            for key, message in exc.errors.items():
                self.errors.get(key, self.errors["other"]).show_error(message)
        else:
            text = error_text(exc, self.workspace) if isinstance(exc, CrmError) else str(exc)
            self.errors["other"].setText(text)
            self.errors["other"].show()


def _read(attachment: Attachment, db: object) -> tuple[str, bytes, str]:
    """Worker thread: the bytes of one attachment; a file that cannot be read is a named field error."""
    mime = mimetypes.guess_type(attachment.name)[0] or "application/octet-stream"
    if attachment.document_id is not None:
        return attachment.name, DocumentService(db).content(attachment.document_id), mime  # type: ignore[arg-type]
    path = Path(attachment.path or "")
    try:
        if path.stat().st_size > MAX_DOCUMENT_BYTES:
            raise ValidationError({"attachments": f"{path} is larger than {MAX_DOCUMENT_BYTES:,} bytes"})
        return attachment.name, path.read_bytes(), mime
    except OSError as exc:
        raise ValidationError({"attachments": f"{path} cannot be read: {exc.strerror or exc}"}) from exc
