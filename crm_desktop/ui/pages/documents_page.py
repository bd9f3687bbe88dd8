"""The Documents section: every document in the database, filtered, previewed, opened, renamed, versioned,
deleted to the Trash; files dropped on the page are attached; letters (mail merge) start here.

All database work goes through ``run_op``; the list pages itself in as the view scrolls (ui/documents/model).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.services.document_list import (
    DocumentList,
    DocumentRow,
    RecordChoice,
    safe_file_name,
    shown_name,
)
from crm_desktop.services.documents import DocumentFiles

from ..dates import digits
from ..documents.drop import install_file_drop
from ..documents.filter_bar import DocumentFilterBar
from ..documents.model import (
    ADDED,
    ADDED_BY,
    KIND,
    LINKED,
    ROW_ROLE,
    SIZE,
    SORT_COLUMNS,
    TITLE,
    DocumentsModel,
    describe,
)
from ..documents.preview import PREVIEW_BYTES, PreviewPane
from ..documents.record_picker import RecordPicker
from ..documents.versions import VersionsDialog
from ..ops import run_op
from ..widgets.row_table import setup_row_table
from ..workspace import Workspace

LINK_KEYS = {"contact": "contact_id", "company": "company_id", "opportunity": "opportunity_id"}


class DocumentsPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.files = DocumentFiles(workspace.db, workspace.user_id)
        self.listing = DocumentList(workspace.db)
        self._select_after: int | None = None  # the document to select when the list has reloaded
        self.model = DocumentsModel(workspace, self)
        self.model.loaded.connect(self._after_load)
        self.model.failed.connect(lambda exc: self.count_label.setText(describe(exc, workspace)))

        title = QLabel(self.tr("Documents"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.add_button = QPushButton(self.tr("&Add files…"))
        self.add_button.clicked.connect(lambda: self.add_files())
        self.open_button = QPushButton(self.tr("&Open"))
        self.open_button.clicked.connect(lambda: self.open_selected())
        self.save_button = QPushButton(self.tr("&Save a copy…"))
        self.save_button.clicked.connect(lambda: self.save_copy())
        self.rename_button = QPushButton(self.tr("Re&name…"))
        self.rename_button.clicked.connect(lambda: self.rename_selected())
        self.versions_button = QPushButton(self.tr("&Versions…"))
        self.versions_button.clicked.connect(lambda: self.show_versions())
        self.delete_button = QPushButton(self.tr("&Delete"))
        self.delete_button.clicked.connect(lambda: self.delete_selected())
        self.letters_button = QPushButton(self.tr("&Letters…"))
        self.letters_button.clicked.connect(lambda: self.open_letters())
        actions = QHBoxLayout()
        actions.addWidget(title)
        actions.addStretch(1)
        for button in (self.add_button, self.open_button, self.save_button, self.rename_button,
                       self.versions_button, self.delete_button, self.letters_button):  # fmt: skip
            actions.addWidget(button)

        self.filters = DocumentFilterBar(workspace)
        self.filters.changed.connect(self.apply_filters)

        self.table = QTableView()
        self.table.setModel(self.model)
        # Narrow fixed columns so the stretching title keeps ~200 px even at 1100 px wide.
        header = setup_row_table(self.table, TITLE)
        for column, width in ((KIND, 60), (SIZE, 75), (LINKED, 160), (ADDED_BY, 100), (ADDED, 85)):
            self.table.setColumnWidth(column, width)
        # Sorted in the database: newest first until a sortable header (Title, Size, Added) is clicked.
        header.setSortIndicator(self.model.sort_column, self.model.sort_order)
        self.table.setSortingEnabled(True)
        header.sortIndicatorChanged.connect(self._sort_indicator_changed)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.doubleClicked.connect(lambda _: self.open_selected())
        self.preview = PreviewPane(workspace)
        splitter = QSplitter()
        splitter.addWidget(self.table)
        splitter.addWidget(self.preview)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        self.preview.setMaximumWidth(360)  # a preview, not a viewer: the list keeps the room
        self.count_label = QLabel()
        self.drop_hint = QLabel(self.tr("Drop files here to attach them."))
        self.drop_hint.setStyleSheet("color: palette(mid);")
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        bottom.addWidget(self.drop_hint)
        layout = QVBoxLayout(self)
        layout.addLayout(actions)
        layout.addWidget(self.filters)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)
        self.drop_filter = install_file_drop(self, self.add_files)
        install_file_drop(self.table.viewport(), self.add_files)
        workspace.changes.changed.connect(self._on_change)
        self._update_buttons()
        self.load_users()
        self.apply_filters()

    # ---- filters -------------------------------------------------------------------------------------
    @property
    def record(self) -> RecordChoice | None:
        return self.filters.record

    def apply_filters(self) -> None:
        self.model.set_filters(self.filters.current())

    def _sort_indicator_changed(self, column: int, _order: Qt.SortOrder) -> None:
        if column not in SORT_COLUMNS:  # the model ignored it: show the order the list really has
            header = self.table.horizontalHeader()
            header.blockSignals(True)
            header.setSortIndicator(self.model.sort_column, self.model.sort_order)
            header.blockSignals(False)

    def set_record_filter(self, record: RecordChoice | None) -> None:
        self.filters.set_record(record)

    def load_users(self) -> None:
        run_op(self, self.listing.users, self.filters.set_users, lambda _exc: None)

    def _after_load(self) -> None:
        text = QCoreApplication.translate("DocumentsPage", "%n document(s)", "", self.model.total)
        self.count_label.setText(digits(text, self.workspace))  # plurals: see ui/dates.py digits()
        wanted, self._select_after = self._select_after, None
        if wanted is not None:
            self.select_document(wanted)
        self._selection_changed()

    # ---- selection and preview -----------------------------------------------------------------------
    def selected_row(self) -> DocumentRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.data(rows[0], ROW_ROLE) if rows else None

    def select_document(self, document_id: int) -> bool:
        position = self.model.position_of(document_id)
        if position is None:
            return False
        # Not selectRow(): in a right-to-left layout Qt 6 selects nothing with it (see ui/screenshot.py).
        flags = QItemSelectionModel.SelectionFlag
        index = self.model.index(position, 0)
        self.table.selectionModel().setCurrentIndex(index, flags.ClearAndSelect | flags.Rows)
        return True

    def _selection_changed(self) -> None:
        row = self.selected_row()
        self._update_buttons()
        if row is None:
            self.preview.clear()
            return
        if self.preview.row is not None and self.preview.row == row:
            return
        self.preview.show_row(row)
        listing, document_id = self.listing, row.id
        run_op(
            self,
            lambda: listing.head(document_id, PREVIEW_BYTES),
            lambda data: self.preview.show_content(document_id, data),
            lambda _exc: None,  # deleted meanwhile: the details stay, the list reloads on the change
        )

    def _update_buttons(self) -> None:
        chosen = self.selected_row() is not None
        for button in (self.open_button, self.save_button, self.rename_button, self.versions_button,
                       self.delete_button):  # fmt: skip
            button.setEnabled(chosen)

    # ---- actions -------------------------------------------------------------------------------------
    def _link_for_new_files(self) -> dict[str, int] | None:
        record = self.record
        if record is None or record.kind not in LINK_KEYS:
            picker = RecordPicker(
                self.workspace, self.tr("Attach to"), self.tr("Which record should the files belong to?"), self
            )
            if not picker.exec() or picker.chosen is None:
                return None
            record = picker.chosen
        return {LINK_KEYS[record.kind]: record.id}

    def add_files(self, paths: list[Path] | None = None, links: dict[str, int] | None = None) -> None:
        """Attach files (chosen in a dialog, or dropped) to the filtered record, else to one the user picks."""
        if paths is None:
            chosen, _ = QFileDialog.getOpenFileNames(self, self.tr("Add files"))
            paths = [Path(p) for p in chosen]
        if not paths:
            return
        links = links or self._link_for_new_files()
        if not links:
            return
        files = self.files

        def work() -> tuple[list[int], list[tuple[str, Exception]]]:
            done, problems = [], []
            for path in paths:
                try:
                    done.append(files.attach(path, **links).document.id)
                except Exception as exc:  # one bad file must not stop the others
                    problems.append((path.name, exc))
            return done, problems

        def finished(result: tuple[list[int], list[tuple[str, Exception]]]) -> None:
            done, problems = result
            if done:
                self.workspace.notify("documents", done[-1])
            if problems:
                lines = [self.tr("{0}: {1}").format(shown_name(n), describe(e, self.workspace)) for n, e in problems]
                QMessageBox.warning(self, self.tr("Add files"), "\n".join(lines))

        run_op(self, work, finished, busy_text=self.tr("Attaching files…"))

    def open_selected(self) -> None:
        row = self.selected_row()
        if row is None:
            return
        listing = self.listing
        run_op(
            self,
            lambda: listing.temporary_copy(row.id),
            lambda path: QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))),
            self._error(self.tr("Open")),
        )

    def save_copy(self, path: str | None = None) -> None:
        row = self.selected_row()
        if row is None:
            return
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save a copy"), safe_file_name(row.file_name))
        if not path:
            return
        listing, target = self.listing, Path(path)
        run_op(self, lambda: listing.write_copy(row.id, target), None, self._error(self.tr("Save a copy")))

    def rename_selected(self, title: str | None = None) -> None:
        row = self.selected_row()
        if row is None:
            return
        if title is None:
            title, ok = QInputDialog.getText(self, self.tr("Rename"), self.tr("Title:"), text=row.title)
            if not ok:
                return
        files, listing, new_title = self.files, self.listing, title

        def work() -> DocumentRow | None:
            files.rename(row.id, new_title)
            return listing.row(row.id)

        def done(updated: DocumentRow | None) -> None:
            if updated is not None:
                self.model.replace_row(updated)
                self.preview.row = None
                self._selection_changed()
            self.workspace.notify("documents", row.id)

        run_op(self, work, done, self._error(self.tr("Rename")))

    def show_versions(self) -> None:
        row = self.selected_row()
        if row is not None:
            VersionsDialog(self.workspace, row.id, row.title, self).exec()

    def delete_selected(self, confirm: bool = True) -> None:
        row = self.selected_row()
        if row is None:
            return
        question = self.tr("Move {0} to the Trash?").format(shown_name(row.title))
        if confirm and QMessageBox.question(self, self.tr("Delete"), question) != QMessageBox.StandardButton.Yes:
            return
        files = self.files
        run_op(
            self,
            lambda: files.delete(row.id),
            lambda _dto: self.workspace.notify("documents", row.id),
            self._error(self.tr("Delete")),
        )

    def open_letters(self) -> None:
        from ..documents.letter_dialog import LetterDialog

        LetterDialog(self.workspace, self).exec()

    def _error(self, title: str) -> Any:
        return lambda exc: QMessageBox.warning(self, title, describe(exc, self.workspace))

    # ---- live refresh --------------------------------------------------------------------------------
    def _on_change(self, entity: str, record_id: int) -> None:
        if entity in ("documents", "contacts", "companies", "opportunities", "users"):
            current = self.selected_row()
            self._select_after = record_id if entity == "documents" and record_id else None
            if self._select_after is None and current is not None:
                self._select_after = current.id  # keep the selection (a deleted row simply is not found)
            self.model.reload()
            if entity in ("documents", "users"):
                self.load_users()
