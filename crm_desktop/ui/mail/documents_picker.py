"""Pick stored documents to attach: a filter box over their names, several can be chosen."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.mail_box import MailBoxService
from crm_desktop.text.bidi import isolate

from ..dates import format_count
from ..ops import run_op


class DocumentPicker(QDialog):
    def __init__(self, service: MailBoxService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.setWindowTitle(self.tr("Attach stored documents"))
        self.filter = QLineEdit()
        self.filter.setPlaceholderText(self.tr("Filter by name"))
        self.filter.textChanged.connect(self.load)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.list.itemDoubleClicked.connect(lambda _: self.accept())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(self.list, 1)
        layout.addWidget(buttons)
        self.resize(460, 420)
        self.load()

    def load(self) -> None:
        typed = self.filter.text()

        def show(rows: list[tuple[int, str, int]]) -> None:
            if typed != self.filter.text():
                return
            self.list.clear()
            for document_id, name, size in rows:
                kb = self.tr("{0} KB").format(format_count(max(1, size // 1024)))
                item = QListWidgetItem(f"{isolate(name)}  ({kb})")
                item.setData(Qt.ItemDataRole.UserRole, (document_id, name))
                self.list.addItem(item)

        run_op(self, lambda: self.service.documents(typed), show)

    def chosen(self) -> list[tuple[int, str]]:
        return [tuple(item.data(Qt.ItemDataRole.UserRole)) for item in self.list.selectedItems()]  # type: ignore[misc]


def pick_documents(parent: QWidget, service: MailBoxService) -> list[tuple[int, str]]:
    dialog = DocumentPicker(service, parent)
    return dialog.chosen() if dialog.exec() == QDialog.DialogCode.Accepted else []
