"""The Emails section: folders (All, Inbox, Sent, Outbox, Drafts), a contact filter, a paged list and the
reading pane; the toolbar writes, sends the outbox, fetches over IMAP and imports .eml/.mbox (also dropped).

The list is the lazy table model over MailBoxService (ids by page, columns for those ids only; bodies are
read for the one message opened). Every database or network step runs through run_op, off the GUI thread.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QSplitter,
    QTableView,
    QToolBar,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.imap_fetch import FetchReport, ImapFetcher
from crm_desktop.services.mail_accounts import MailAccountDTO, MailAccountService
from crm_desktop.services.mail_box import MailBoxService, MailRow, MailView
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.services.mail_import import MailImporter, is_mail_file
from crm_desktop.services.outbox import OutboxService, SendReport, thread_after
from crm_desktop.text.bidi import isolate

from ..dates import format_datetime
from ..error_text import error_text
from ..lazy_table import Column, LazyTableModel
from ..mail.compose import ComposeDialog
from ..mail.fetch_bar import FetchBar
from ..mail.viewer import MessageViewer
from ..ops import run_op
from ..workspace import Workspace

MAX_INLINE_BYTES = 10 * 1024 * 1024  # cid: images read with a message; a larger total is shown as attachments


class MailListModel(LazyTableModel):
    """Counts off the GUI thread: a folder count reads every row (~0.25 s at 100,000 messages), a page does not."""

    def __init__(self, page: QWidget, *args: object) -> None:
        super().__init__(*args)  # type: ignore[arg-type]
        self.page = page
        self.counted: Callable[[], None] = lambda: None

    def refresh(self) -> None:
        filters = dict(self.filters)

        def show(total: int) -> None:
            if filters != self.filters:
                return  # the user chose another folder meanwhile; its own count follows
            self.beginResetModel()
            self._pages.clear()
            self._total = total
            self.endResetModel()
            self.counted()

        run_op(self.page, lambda: self.listing.count(self.entity, filters), show)


class EmailsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.box = MailBoxService(workspace.db, workspace.user_id)
        self.accounts: list[MailAccountDTO] = []
        self.last_status = ""
        self.reopen: int | None = None  # the message to select again after the list is counted anew
        self.setAcceptDrops(True)
        self.folders = QListWidget()
        self.folders.setObjectName("mailFolders")
        for key, title in (
            ("all", self.tr("All")), ("inbox", self.tr("Inbox")), ("sent", self.tr("Sent")),
            ("outbox", self.tr("Outbox")), ("drafts", self.tr("Drafts")),
        ):  # fmt: skip
            item = QListWidgetItem(title)
            item.setData(Qt.ItemDataRole.UserRole, key)
            self.folders.addItem(item)
        self.folders.setMaximumWidth(180)
        self.folders.currentRowChanged.connect(lambda _: self.refresh())
        self.contact = QComboBox()
        self.contact.setObjectName("contactFilter")
        self.contact.addItem(self.tr("All contacts"), None)
        self.contact.activated.connect(lambda _: self.refresh())
        self.model = MailListModel(self, self.box, "emails", self._columns(), self.box.rows)
        self.model.counted = self._select_again
        self.model.failed.connect(self._status)
        self.table = QTableView()
        self.table.setObjectName("mailList")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setStretchLastSection(True)
        for number, column in enumerate(self.model.columns):
            self.table.setColumnWidth(number, column.width)
        self.table.selectionModel().currentRowChanged.connect(lambda current, _: self.open_row(current.row()))
        self.viewer = MessageViewer(
            lambda document_id: DocumentService(workspace.db).content(document_id), display=workspace
        )
        self.status = QLabel()
        self.status.setObjectName("mailStatus")
        self.status.setWordWrap(True)
        self.toolbar = self._toolbar()
        self.fetch_bar = FetchBar(workspace)
        side = QWidget()
        side_layout = QVBoxLayout(side)
        side_layout.setContentsMargins(0, 0, 0, 0)
        side_layout.addWidget(self.folders, 1)
        side_layout.addWidget(QLabel(self.tr("Contact:")))
        side_layout.addWidget(self.contact)
        right = QSplitter(Qt.Orientation.Vertical)
        right.addWidget(self.table)
        right.addWidget(self.viewer)
        right.setSizes([300, 500])
        body = QHBoxLayout()
        body.addWidget(side)
        body.addWidget(right, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.toolbar)
        layout.addLayout(body, 1)
        layout.addWidget(self.fetch_bar)
        layout.addWidget(self.status)
        workspace.changes.changed.connect(self._on_change)
        self.folders.setCurrentRow(0)
        self.load_side()

    def _columns(self) -> list[Column]:
        def when(row: MailRow) -> str:
            return format_datetime(row.when, self.workspace) if row.when else ""

        def who(row: MailRow) -> str:
            return row.to_addresses if row.direction == "out" else (row.from_address or "")

        return [
            Column("who", self.tr("From / To"), lambda r: isolate(who(r)), width=200),
            Column("subject", self.tr("Subject"), lambda r: isolate(r.subject or self.tr("(no subject)")), width=260),
            Column(
                "when", self.tr("Date"), lambda r: format_datetime(r.when, self.workspace) if r.when else "", width=140
            ),
            Column("state", self.tr("Status"), self._state_text, width=260),
        ]

    def _state_text(self, row: MailRow) -> str:
        clip = f" {isolate('📎')}" if row.attachments else ""
        if row.state in ("outbox", "sending", "failed"):
            text = self.tr("Queued, %n attempt(s)", "", row.send_attempts)
            if row.last_error:
                text += ": " + isolate(row.last_error)
            return text + clip
        names = {"draft": self.tr("Draft"), "sent": self.tr("Sent"), "received": self.tr("Received")}
        return names.get(row.state, row.state) + clip

    def _toolbar(self) -> QToolBar:
        bar = QToolBar()
        self.actions_by_name = {}
        for name, text, slot in (
            ("new", self.tr("&New message"), self.new_message),
            ("reply", self.tr("&Reply"), lambda: self.reply(forward=False)),
            ("forward", self.tr("&Forward"), lambda: self.reply(forward=True)),
            ("send", self.tr("&Send outbox now"), self.send_outbox),
            ("send_one", self.tr("Send this one &now"), self.send_selected),
            ("fetch", self.tr("F&etch mail"), self.fetch_mail),
            ("import", self.tr("&Import .eml/.mbox…"), self.import_files),
            ("retry", self.tr("Re&try"), self.retry),
            ("edit", self.tr("&Edit"), self.edit),
            ("delete", self.tr("&Delete"), self.delete),
        ):
            action = bar.addAction(text)
            action.triggered.connect(lambda _=False, s=slot: s())
            action.setObjectName(f"mail_{name}")
            self.actions_by_name[name] = action
        return bar

    # ---- list --------------------------------------------------------------------------------------
    def folder(self) -> str:
        item = self.folders.currentItem()
        return str(item.data(Qt.ItemDataRole.UserRole)) if item else "all"

    def refresh(self) -> None:
        """Count again (off the GUI thread); the open message is selected again once the count is in."""
        self.reopen = self.viewer.message.id if self.viewer.message else None
        self.model.set_filters({"folder": self.folder(), "contact_id": self.contact.currentData()})
        queued = self.folder() in ("outbox", "drafts")
        for name in ("retry", "edit"):
            self.actions_by_name[name].setEnabled(queued)
        self.actions_by_name["send_one"].setEnabled(self.folder() == "outbox")

    def _select_again(self) -> None:
        current, self.reopen = self.reopen, None
        self.model.row(0)  # the first page, where a refreshed message usually is (no search of the mailbox)
        row = self.model.find_row(current) if current is not None else None
        if row is None and current is None and self.model.rowCount():
            row = 0  # nothing was open: show the newest message, as mail programs do
        if row is not None:
            self.table.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.viewer.show_message(None)

    def load_side(self) -> None:
        """Accounts (for compose and fetch) and the contacts that have mail (for the filter)."""
        accounts = MailAccountService(self.workspace.db)

        def show(result: tuple[list[MailAccountDTO], list[tuple[int, str]]]) -> None:
            self.accounts, contacts = result
            chosen = self.contact.currentData()
            self.contact.blockSignals(True)
            while self.contact.count() > 1:
                self.contact.removeItem(1)
            for contact_id, name in contacts:
                self.contact.addItem(isolate(name), contact_id)
            self.contact.setCurrentIndex(max(0, self.contact.findData(chosen)))
            self.contact.blockSignals(False)
            self.actions_by_name["fetch"].setEnabled(any(a.imap_host for a in self.accounts))

        run_op(self, lambda: (accounts.list(), self.box.contacts_with_mail(limit=1000)), show)

    def selected_id(self) -> int | None:
        index = self.table.selectionModel().currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def open_row(self, row: int) -> None:
        email_id = self.model.row_id(row)
        if email_id is None:
            self.viewer.show_message(None)
            return
        box, db = self.box, self.workspace.db

        def work() -> tuple[MailView, dict[str, bytes]]:
            message = box.message(email_id)
            inline, total = {}, 0
            for att in message.attachments:
                if att.content_id and total + att.size <= MAX_INLINE_BYTES:
                    inline[att.content_id.strip("<>")] = DocumentService(db).content(att.document_id)
                    total += att.size
            return message, inline

        def show(result: tuple[MailView, dict[str, bytes]]) -> None:
            if self.selected_id() == email_id:
                self.viewer.show_message(*result)

        run_op(self, work, show)

    # ---- actions -----------------------------------------------------------------------------------
    def compose(self, draft: MailView | None = None, replaces: int | None = None) -> ComposeDialog:
        dialog = ComposeDialog(self.workspace, self.accounts, self, draft=draft, replaces=replaces)
        dialog.on_queued = self._queued
        dialog.open()
        return dialog

    def new_message(self) -> ComposeDialog:
        return self.compose()

    def reply(self, forward: bool) -> ComposeDialog | None:
        message = self.viewer.message
        if message is None:
            return None
        dialog = self.compose()
        prefix = "Fwd: " if forward else "Re: "
        subject = message.subject if message.subject.lower().startswith(prefix.lower()) else prefix + message.subject
        quoted = "\n".join("> " + line for line in (message.text_body or "").splitlines())
        sent = format_datetime(message.when, self.workspace, wrap=False) if message.when else ""
        header = self.tr("On {0}, {1} wrote:").format(sent, message.from_address or "")
        dialog.subject.setText(subject)
        dialog.body.setPlainText(f"\n\n{header}\n{quoted}")
        dialog.thread = thread_after(message.message_id, message.references, message.thread_key, forward=forward)
        if forward:
            for att in message.attachments:
                dialog.attach_stored(att.document_id, att.file_name)
        else:
            dialog.to.setText(message.from_address or "")
        return dialog

    def edit(self) -> ComposeDialog | None:
        message = self.viewer.message
        if message is None or message.state not in ("outbox", "failed", "draft"):
            return None
        return self.compose(draft=message, replaces=message.id)

    def _queued(self, email_id: int, send: bool) -> None:
        self.workspace.notify("email_messages", email_id)
        if send:
            self.send_outbox()
        else:
            self.refresh()

    def send_selected(self) -> None:
        """The Outbox's selected message only (the others wait for "Send outbox now" or the next send)."""
        email_id = self.selected_id()
        if email_id is not None and self.folder() == "outbox":
            self.send_outbox(only=[email_id])

    def send_outbox(self, only: list[int] | None = None) -> None:
        outbox = OutboxService(self.workspace.db, self.workspace.user_id)
        passwords = MailAccountService(self.workspace.db)

        def done(report: SendReport) -> None:
            text = self.tr("%n message(s) sent", "", report.sent)
            if report.failed:
                text += " — " + self.tr("%n still in the Outbox (see the error there)", "", report.failed)
            self._status(text)
            self.workspace.notify("email_messages")
            self.refresh()

        run_op(self, lambda: outbox.send_pending(passwords.password, only=only), done, busy_text=self.tr("Sending…"))

    def fetch_mail(self) -> None:
        """Off the GUI thread, with progress per batch; Cancel keeps the batches stored so far (see imap_fetch)."""
        fetcher = ImapFetcher(self.workspace.db, self.workspace.user_id)
        stop, emit = self.fetch_bar.start(), self.fetch_bar.progressed.emit
        self.actions_by_name["fetch"].setEnabled(False)

        def done(results: list) -> None:
            added = sum(r.added for r in results if isinstance(r, FetchReport))
            if stop.is_set():
                text = self.tr("Fetching cancelled: %n new message(s) kept; the next fetch goes on from there", "",
                               added)  # fmt: skip
            else:
                text = self.tr("%n new message(s) fetched", "", added)
            failures = [str(r) for r in results if not isinstance(r, FetchReport)]
            if failures:
                text += " — " + self.tr("failed: {0}").format("; ".join(isolate(f) for f in failures))
            self._status(text)
            finish()
            self.workspace.notify("email_messages")
            self.refresh()
            self.load_side()

        def finish(exc: Exception | None = None) -> None:
            self.fetch_bar.finish()
            self.actions_by_name["fetch"].setEnabled(True)
            if exc is not None:  # e.g. the database was locked: said in the status line, stored batches stay
                self._status(error_text(exc, self.workspace) if isinstance(exc, CrmError) else str(exc))

        def work() -> list:
            return fetcher.fetch_all(cancelled=stop.is_set, progress=emit)

        run_op(self, work, done, finish, busy_text=self.tr("Fetching mail…"))

    def import_files(self, paths: list[str] | None = None) -> None:
        if paths is None:
            paths, _ = QFileDialog.getOpenFileNames(
                self, self.tr("Import mail"), "", self.tr("Mail files (*.eml *.mbox *.mbx);;All files (*)")
            )
        if not paths:
            return
        importer = MailImporter(self.workspace.db, self.workspace.user_id)

        def done(reports: list) -> None:
            added = sum(r.added for r in reports)
            self._status(self.tr("%n message(s) imported", "", added))
            self.workspace.notify("email_messages")
            self.refresh()
            self.load_side()

        run_op(self, lambda: [importer.import_file(p) for p in paths], done, busy_text=self.tr("Importing mail…"))

    def retry(self) -> None:
        email_id = self.selected_id()
        if email_id is not None:
            run_op(self, lambda: self.box.retry(email_id), lambda _: self.send_outbox(only=[email_id]))

    def delete(self, confirm: bool = True) -> None:
        email_id = self.selected_id()
        if email_id is None:
            return
        if confirm:
            asked = QMessageBox.question(self, self.tr("Delete message"), self.tr("Move this message to the Trash?"))
            if asked != QMessageBox.StandardButton.Yes:
                return
        run_op(self, lambda: self.box.delete(email_id), lambda _: self.refresh())

    def _status(self, text: str) -> None:
        self.last_status = text
        self.status.setText(text)

    def _on_change(self, entity: str, _record_id: int) -> None:
        if entity in ("email_messages", "emails", "documents", "") and self.isVisible():
            self.refresh()

    # ---- drag and drop of .eml/.mbox files ----------------------------------------------------------
    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if any(is_mail_file(url.toLocalFile()) for url in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = [url.toLocalFile() for url in event.mimeData().urls() if is_mail_file(url.toLocalFile())]
        if paths:
            event.acceptProposedAction()
            self.import_files(paths)
