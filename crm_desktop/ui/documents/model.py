"""The Documents list as a Qt model: pages of rows fetched as the view scrolls (keyset, newest first).

Clicking the Title, Size or Added header sorts in the database (``DocumentList.page(sort=…)``): the list
starts again from the top in the new order; the other columns do not sort.

Only the rows scrolled to are held; every page is read through ``run_op`` on the database thread. A
generation number drops pages that arrive for a filter the user has already changed.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt, Signal

from crm_desktop.errors import CrmError
from crm_desktop.services.document_list import (
    OFFICE,
    SHEETS,
    Cursor,
    DocumentFilter,
    DocumentList,
    DocumentPage,
    DocumentRow,
    shown_name,
)
from crm_desktop.text.digits import format_number

from ..dates import digits, format_date, prefs
from ..error_text import error_text
from ..ops import run_op
from ..workspace import Workspace

TITLE, KIND, SIZE, LINKED, ADDED_BY, ADDED = range(6)
HEADERS = (
    QT_TRANSLATE_NOOP("DocumentsModel", "Title"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Type"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Size"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Linked to"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Added by"),
    QT_TRANSLATE_NOOP("DocumentsModel", "Added"),
)
KIND_LABELS = {
    "pdf": QT_TRANSLATE_NOOP("DocumentsModel", "PDF"),
    "image": QT_TRANSLATE_NOOP("DocumentsModel", "Image"),
    "text": QT_TRANSLATE_NOOP("DocumentsModel", "Text"),
    "word": QT_TRANSLATE_NOOP("DocumentsModel", "Word document"),
    "spreadsheet": QT_TRANSLATE_NOOP("DocumentsModel", "Spreadsheet"),
    "other": QT_TRANSLATE_NOOP("DocumentsModel", "Other file"),
}
LINK_LABELS = {
    "contact": QT_TRANSLATE_NOOP("DocumentsModel", "Contact"),
    "company": QT_TRANSLATE_NOOP("DocumentsModel", "Company"),
    "opportunity": QT_TRANSLATE_NOOP("DocumentsModel", "Deal"),
    "email": QT_TRANSLATE_NOOP("DocumentsModel", "Email"),
}
ROW_ROLE = Qt.ItemDataRole.UserRole
SORT_COLUMNS = {TITLE: "name", SIZE: "size", ADDED: "date"}  # the columns the database can sort by


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsModel", text)


def file_kind(mime: str) -> str:
    """The filter's file-type group of a MIME type (the same groups the service filters by)."""
    if mime == "application/pdf":
        return "pdf"
    if mime.startswith("image/"):
        return "image"
    if mime in SHEETS:
        return "spreadsheet"
    if mime.startswith("text/"):
        return "text"
    return "word" if mime in OFFICE else "other"


def format_size(size: int, settings: Any) -> str:
    """``12 KB``, ``3.4 MB`` in the user's digits (bytes below a kilobyte)."""
    if size < 1024:
        return digits(QCoreApplication.translate("DocumentsModel", "{0} bytes").format(size), settings)
    p = prefs(settings)
    if size < 1024 * 1024:
        return QCoreApplication.translate("DocumentsModel", "{0} KB").format(
            format_number(size / 1024, p.lang, p.digits, 0)
        )
    return QCoreApplication.translate("DocumentsModel", "{0} MB").format(
        format_number(size / 1024 / 1024, p.lang, p.digits, 1)
    )


class DocumentsModel(QAbstractTableModel):
    loaded = Signal()  # a page arrived (tests and the count label wait for it)
    failed = Signal(object)  # the exception of a page that could not be read

    def __init__(self, workspace: Workspace, parent: QObject | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.service = DocumentList(workspace.db)
        self.filters = DocumentFilter()
        self.rows: list[DocumentRow] = []
        self.total = 0
        self.sort_column, self.sort_order = ADDED, Qt.SortOrder.DescendingOrder
        self._after: Cursor | None = None
        self._loading = False
        self._generation = 0

    # ---- Qt API ---------------------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(HEADERS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return _tr(HEADERS[section])
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        if role == ROW_ROLE:
            return row
        if role == Qt.ItemDataRole.ToolTipRole and index.column() == TITLE:
            return shown_name(row.file_name)
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() == SIZE:
            return int(Qt.AlignmentFlag.AlignTrailing | Qt.AlignmentFlag.AlignVCenter)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        column = index.column()
        if column == TITLE:
            return shown_name(row.title)
        if column == KIND:
            return _tr(KIND_LABELS[file_kind(row.mime_type)])
        if column == SIZE:
            return format_size(row.size, self.workspace)
        if column == LINKED:
            if row.link_kind == "none":
                return ""
            return QCoreApplication.translate("DocumentsModel", "{0}: {1}").format(
                _tr(LINK_LABELS[row.link_kind]), shown_name(row.link_name or "?")
            )
        if column == ADDED_BY:
            return shown_name(row.added_by) if row.added_by else ""
        return format_date(row.created_at, self.workspace)

    def canFetchMore(self, parent: QModelIndex = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._after is not None and not self._loading

    def fetchMore(self, parent: QModelIndex = QModelIndex()) -> None:  # noqa: B008
        if self.canFetchMore(parent):
            self._load(self._after)

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sort by Title, Size or Added in the database; other columns keep the current order."""
        if column not in SORT_COLUMNS or (column, order) == (self.sort_column, self.sort_order):
            return
        self.sort_column, self.sort_order = column, order
        self.reload()

    # ---- ours ----------------------------------------------------------------------------------------
    def set_filters(self, filters: DocumentFilter) -> None:
        self.filters = filters
        self.reload()

    def reload(self) -> None:
        """From the top with the current filters (the old rows stay until the first page arrives)."""
        self._generation += 1
        self._loading = False
        self._load(None)

    def _load(self, after: Cursor | None) -> None:
        self._loading = True
        generation, filters, service = self._generation, self.filters, self.service
        sort, descending = SORT_COLUMNS[self.sort_column], self.sort_order == Qt.SortOrder.DescendingOrder
        run_op(
            self,
            lambda: service.page(filters, after, sort, descending),
            lambda page: self._arrived(generation, after, page),
            lambda exc: self._failed(generation, exc),
        )

    def _arrived(self, generation: int, after: Cursor | None, page: DocumentPage) -> None:
        if generation != self._generation:
            return
        self._loading = False
        if after is None:
            self.beginResetModel()
            self.rows = list(page.rows)
            self.total = page.total or 0
            self.endResetModel()
        elif page.rows:
            self.beginInsertRows(QModelIndex(), len(self.rows), len(self.rows) + len(page.rows) - 1)
            self.rows.extend(page.rows)
            self.endInsertRows()
        self._after = page.after
        self.loaded.emit()

    def _failed(self, generation: int, exc: Exception) -> None:
        if generation == self._generation:
            self._loading = False
            self._after = None
            self.failed.emit(exc)

    def position_of(self, document_id: int) -> int | None:
        return next((i for i, row in enumerate(self.rows) if row.id == document_id), None)

    def replace_row(self, row: DocumentRow) -> None:
        """A renamed document shown without reloading the list (the position is kept)."""
        position = self.position_of(row.id)
        if position is not None:
            self.rows[position] = row
            self.dataChanged.emit(self.index(position, 0), self.index(position, len(HEADERS) - 1))


def size_text(size: int, settings: Any) -> str:
    """Exact byte count for the preview's details (``1,234,567 bytes``)."""
    p = prefs(settings)
    return QCoreApplication.translate("DocumentsModel", "{0} bytes").format(format_number(size, p.lang, p.digits))


def describe(exc: Exception, settings: Any) -> str:
    """A failed operation's message in the user's language (ours translated; anything else as it is)."""
    if isinstance(exc, CrmError):
        return error_text(exc, settings)
    return QCoreApplication.translate("ops", "Unexpected error: {error}").format(error=exc)
