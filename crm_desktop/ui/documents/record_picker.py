"""Choose a contact, company or deal by typing part of its name: which record new files are attached to,
or which record's documents the list shows. Searches run on the database thread as the user types."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, QTimer
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.document_list import DocumentList, RecordChoice
from crm_desktop.text.bidi import isolate

from ..ops import run_op
from ..workspace import Workspace
from .model import describe

KINDS = (
    ("contact", QT_TRANSLATE_NOOP("RecordPicker", "Contact")),
    ("company", QT_TRANSLATE_NOOP("RecordPicker", "Company")),
    ("opportunity", QT_TRANSLATE_NOOP("RecordPicker", "Deal")),
)


class RecordPicker(QDialog):
    def __init__(self, workspace: Workspace, title: str, prompt: str = "", parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.workspace = workspace
        self.service = DocumentList(workspace.db)
        self.chosen: RecordChoice | None = None
        self._asked = 0
        self.kind = QComboBox()
        for key, label in KINDS:
            self.kind.addItem(self.tr(label), key)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Part of the name…"))
        self.search.setClearButtonEnabled(True)
        self.results = QListWidget()
        self.results.itemDoubleClicked.connect(lambda _item: self.accept())
        self.results.currentItemChanged.connect(lambda *_: self._update_ok())
        self.status = QLabel()
        self.status.setWordWrap(True)
        form = QFormLayout()
        kind_label = QLabel(self.tr("&Record type:"))
        kind_label.setBuddy(self.kind)
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        form.addRow(kind_label, self.kind)
        form.addRow(search_label, self.search)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        if prompt:
            intro = QLabel(prompt)
            intro.setWordWrap(True)
            layout.addWidget(intro)
        layout.addLayout(form)
        layout.addWidget(self.results, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self.find)
        self.search.textChanged.connect(lambda _: self._debounce.start())
        self.kind.currentIndexChanged.connect(lambda _: self.find())
        self.resize(420, 420)
        self._update_ok()
        self.find()

    def find(self) -> None:
        self._asked += 1
        asked, kind, text, service = self._asked, self.kind.currentData(), self.search.text(), self.service
        run_op(
            self,
            lambda: service.find_records(kind, text),
            lambda found: self._show(asked, found),
            lambda exc: self.status.setText(describe(exc, self.workspace)),
        )

    def _show(self, asked: int, found: list[RecordChoice]) -> None:
        if asked != self._asked:
            return  # the user typed on: an older answer
        self.results.clear()
        for choice in found:
            item = QListWidgetItem(isolate(choice.name))
            item.setData(Qt.ItemDataRole.UserRole, choice)
            self.results.addItem(item)
        if found:
            self.results.setCurrentRow(0)
        self.status.setText("" if found else self.tr("Nothing found."))
        self._update_ok()

    def _update_ok(self) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(self.results.currentItem() is not None)

    def accept(self) -> None:
        item = self.results.currentItem()
        if item is None:
            return
        self.chosen = item.data(Qt.ItemDataRole.UserRole)
        super().accept()
