"""History of one record (who changed which field from what to what, and when) and the office's recent
changes (administrators), both read from the audit log through services/privacy.py off the GUI thread."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.history import HistoryEntry
from crm_desktop.services.privacy import recent_changes_for, record_history_for
from crm_desktop.text.bidi import isolate, ltr

from .dates import format_datetime
from .error_text import error_text
from .ops import run_op
from .pages.contacts_page import stage_label
from .pages.duplicates_page import FIELD_LABELS
from .workspace import Workspace

translate = QCoreApplication.translate  # spelled out per string, so lupdate files each under its context

ACTIONS = {
    "create": QT_TRANSLATE_NOOP("HistoryDialog", "Created"),
    "update": QT_TRANSLATE_NOOP("HistoryDialog", "Changed"),
    "delete": QT_TRANSLATE_NOOP("HistoryDialog", "Moved to the Trash"),
    "restore": QT_TRANSLATE_NOOP("HistoryDialog", "Restored from the Trash"),
    "purge": QT_TRANSLATE_NOOP("HistoryDialog", "Deleted for good"),
}
MORE_FIELDS = {
    "login": QT_TRANSLATE_NOOP("HistoryDialog", "Login"),
    "role": QT_TRANSLATE_NOOP("HistoryDialog", "Role"),
    "active": QT_TRANSLATE_NOOP("HistoryDialog", "Active"),
    "password": QT_TRANSLATE_NOOP("HistoryDialog", "Password"),
    "email": QT_TRANSLATE_NOOP("HistoryDialog", "Email"),
    "title": QT_TRANSLATE_NOOP("HistoryDialog", "Title"),
    "subject": QT_TRANSLATE_NOOP("HistoryDialog", "Subject"),
    "deleted_at": QT_TRANSLATE_NOOP("HistoryDialog", "In the Trash since"),
    "custom_fields": QT_TRANSLATE_NOOP("HistoryDialog", "Custom fields"),
    "photo_sha256": QT_TRANSLATE_NOOP("HistoryDialog", "Photo"),
    "last_contacted_at": QT_TRANSLATE_NOOP("HistoryDialog", "Last contacted"),
    "emails": QT_TRANSLATE_NOOP("HistoryDialog", "Emails"),
    "phones": QT_TRANSLATE_NOOP("HistoryDialog", "Phones"),
    "addresses": QT_TRANSLATE_NOOP("HistoryDialog", "Addresses"),
    "tags": QT_TRANSLATE_NOOP("HistoryDialog", "Tags"),
}
RECORDS = {
    "contacts": QT_TRANSLATE_NOOP("HistoryDialog", "Contact"),
    "companies": QT_TRANSLATE_NOOP("HistoryDialog", "Company"),
    "opportunities": QT_TRANSLATE_NOOP("HistoryDialog", "Deal"),
    "activities": QT_TRANSLATE_NOOP("HistoryDialog", "Activity"),
    "appointments": QT_TRANSLATE_NOOP("HistoryDialog", "Appointment"),
    "email_messages": QT_TRANSLATE_NOOP("HistoryDialog", "Email"),
    "documents": QT_TRANSLATE_NOOP("HistoryDialog", "Document"),
    "users": QT_TRANSLATE_NOOP("HistoryDialog", "User"),
    "pipelines": QT_TRANSLATE_NOOP("HistoryDialog", "Pipeline"),
    "stages": QT_TRANSLATE_NOOP("HistoryDialog", "Stage"),
}
ROLES = {
    "admin": QT_TRANSLATE_NOOP("HistoryDialog", "Administrator"),
    "user": QT_TRANSLATE_NOOP("HistoryDialog", "User"),
}
HIDDEN_FIELDS = {"id"}  # the audit snapshot of a new record repeats its id, which the dialog already names
PAGE = 200


def _tr(text: str) -> str:
    return translate("HistoryDialog", text)


def field_label(name: str) -> str:
    if name in FIELD_LABELS:
        return translate("MergeDialog", FIELD_LABELS[name])
    return _tr(MORE_FIELDS[name]) if name in MORE_FIELDS else name


def shown_value(value: Any, field: str = "") -> str:
    """A stored value as a person reads it; names, emails and numbers isolated so RTL rows keep them whole."""
    if field == "lifecycle_stage" and isinstance(value, str):
        return stage_label(value)
    if field == "role" and value in ROLES:
        return translate("HistoryDialog", ROLES[value])
    if value is None or value == "":
        return "—"
    if isinstance(value, bool):
        return translate("HistoryDialog", "Yes") if value else translate("HistoryDialog", "No")
    if value == "changed":
        return translate("HistoryDialog", "(changed)")
    text = str(value)
    text = text if len(text) <= 200 else text[:199] + "…"
    return ltr(text) if field in ("phones", "emails") else isolate(text)  # a phone has no letters to set its way


def _who(entry: HistoryEntry) -> str:
    return entry.user_name or translate("HistoryDialog", "(unknown)")


class _HistoryBase(QDialog):
    def __init__(self, workspace: Workspace, parent: QWidget | None):
        super().__init__(parent)
        self.workspace = workspace
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setRootIsDecorated(True)
        self.tree.setAlternatingRowColors(True)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.status)
        layout.addWidget(self.tree)
        layout.addWidget(self.buttons)
        self.resize(820, 520)

    def _failed(self, exc: Exception) -> None:
        unexpected = translate("HistoryDialog", "The history cannot be read: {0}").format(exc)
        self.status.setText(error_text(exc, self.workspace) if isinstance(exc, CrmError) else unexpected)
        self.status.setVisible(True)

    def _changes(self, parent: QTreeWidgetItem, entry: HistoryEntry, first: int) -> None:
        for change in entry.changes:
            if change.field in HIDDEN_FIELDS:
                continue
            old, new = shown_value(change.old, change.field), shown_value(change.new, change.field)
            row = [""] * first + [field_label(change.field), old, new]
            QTreeWidgetItem(parent, row)


class HistoryDialog(_HistoryBase):
    """Oldest change first, each with its fields as children: From → To."""

    def __init__(self, workspace: Workspace, entity: str, record_id: int, title: str, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.entity, self.record_id = entity, record_id
        self.setWindowTitle(self.tr("History of {0}").format(isolate(title)))
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("What"), self.tr("From"), self.tr("To")])
        self.status.setText(self.tr("Loading…"))
        user = workspace.user_id
        run_op(self, lambda: record_history_for(workspace.db, user, entity, record_id), self.show_entries, self._failed)

    def show_entries(self, entries: list[HistoryEntry]) -> None:
        self.tree.clear()
        for entry in entries:
            when = format_datetime(entry.at, self.workspace)
            item = QTreeWidgetItem(self.tree, [when, _who(entry), _tr(ACTIONS.get(entry.action, entry.action))])
            self._changes(item, entry, 2)
        self.tree.expandAll()
        for column in range(5):
            self.tree.resizeColumnToContents(column)  # a record's history is short (limit 1,000)
        self.status.setText(self.tr("No changes recorded.") if not entries else "")
        self.status.setVisible(not entries)


class RecentChangesDialog(_HistoryBase):
    """The office's newest changes first (administrators), a page at a time."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(workspace, parent)
        self.setWindowTitle(self.tr("Recent changes"))
        labels = [self.tr("When"), self.tr("Who"), self.tr("Record"), self.tr("What"), self.tr("From"), self.tr("To")]
        self.tree.setHeaderLabels(labels)
        self.more = QPushButton(self.tr("Load &older changes"))
        self.more.clicked.connect(self.load_more)
        self.buttons.addButton(self.more, QDialogButtonBox.ButtonRole.ActionRole)
        self.oldest: int | None = None
        self.load_more()

    def load_more(self) -> None:
        self.more.setEnabled(False)
        self.status.setText(self.tr("Loading…"))
        db, user, before = self.workspace.db, self.workspace.user_id, self.oldest
        run_op(self, lambda: recent_changes_for(db, user, limit=PAGE, before_id=before), self.add_entries, self._failed)

    def add_entries(self, entries: list[HistoryEntry]) -> None:
        for entry in entries:
            kind = RECORDS.get(entry.entity)
            record = f"{_tr(kind) if kind else entry.entity} {isolate('#' + str(entry.entity_id))}"
            action = _tr(ACTIONS.get(entry.action, entry.action))
            item = QTreeWidgetItem(self.tree, [format_datetime(entry.at, self.workspace), _who(entry), record, action])
            self._changes(item, entry, 3)
        if entries:
            self.oldest = entries[-1].id
        self.more.setEnabled(len(entries) == PAGE)
        self.status.setText(self.tr("No changes recorded.") if self.tree.topLevelItemCount() == 0 else "")
        self.status.setVisible(self.tree.topLevelItemCount() == 0)
        if self.oldest is not None and len(entries) == self.tree.topLevelItemCount():
            for column in range(6):
                self.tree.resizeColumnToContents(column)  # first page only: later pages keep the widths
