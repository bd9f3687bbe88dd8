"""Every upload of one document (same file name on the same record), newest first; any version can be
saved as a copy. The list is read on the database thread."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.document_list import DocumentList, safe_file_name, shown_name
from crm_desktop.services.documents import DocumentFiles
from crm_desktop.services.dto import DocumentDTO

from ..dates import digits, format_datetime
from ..ops import run_op
from ..workspace import Workspace
from .model import describe, size_text


class VersionsDialog(QDialog):
    def __init__(self, workspace: Workspace, document_id: int, title: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Versions of {0}").format(shown_name(title)))
        self.versions: list[DocumentDTO] = []
        self.list = QListWidget()
        self.list.currentItemChanged.connect(
            lambda *_: self.save_button.setEnabled(self.list.currentItem() is not None)
        )
        self.status = QLabel()
        self.status.setWordWrap(True)
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(lambda: self.save_copy())
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list, 1)
        layout.addWidget(self.status)
        layout.addWidget(buttons)
        self.resize(460, 320)
        files = DocumentFiles(workspace.db, workspace.user_id)
        run_op(self, lambda: files.history(document_id), self._show, self._failed)

    def _show(self, versions: list[DocumentDTO]) -> None:
        self.versions = versions
        count = len(versions)
        for position, dto in enumerate(versions):
            number = digits(str(count - position), self.workspace)
            text = self.tr("Version {0} · {1} · {2}").format(
                number, format_datetime(dto.created_at, self.workspace), size_text(dto.size, self.workspace)
            )
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, dto.id)
            self.list.addItem(item)
        if versions:
            self.list.setCurrentRow(0)

    def _failed(self, exc: Exception) -> None:
        self.status.setText(describe(exc, self.workspace))

    def save_copy(self, path: str | None = None) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        document_id = item.data(Qt.ItemDataRole.UserRole)
        dto = next(v for v in self.versions if v.id == document_id)
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), safe_file_name(dto.file_name))
        if not path:
            return
        listing = DocumentList(self.workspace.db)
        target = Path(path)
        run_op(
            self,
            lambda: listing.write_copy(document_id, target),
            lambda written: self.status.setText(self.tr("Saved {0}").format(shown_name(str(written)))),
            self._failed,
        )
