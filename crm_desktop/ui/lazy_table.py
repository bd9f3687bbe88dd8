"""A table model over a list of any size: it holds the row count and a few pages, never the table.

Pages of ids come from ListingService (index scans), rows are fetched on first paint of a page and kept
in a small LRU cache; sorting and filtering happen in the database (DESIGN.md, after Anki's browser).
"""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal

from crm_desktop.errors import CrmError
from crm_desktop.services.listing import ListingService
from crm_desktop.text.bidi import ltr

PAGE_SIZE = 200
MAX_PAGES = 25  # at most 5,000 rows held, whatever the list's length

Index = QModelIndex | QPersistentModelIndex


@dataclass(frozen=True)
class Column:
    key: str
    title: str
    value: Callable[[Any], Any]
    sort: str | None = None  # ListingService sort name, if this column can sort the list
    align_ltr: bool = False  # emails, phones: always left-to-right
    width: int = 120  # default width in pixels, until the user resizes (remembered per computer)


class LazyTableModel(QAbstractTableModel):
    # A page could not be read (database gone, server down): said once, painted as empty rows, no crash.
    failed = Signal(str)

    def __init__(
        self, listing: ListingService, entity: str, columns: list[Column], fetch_rows: Callable[[list[int]], list[Any]]
    ):
        super().__init__()
        self.listing, self.entity, self.columns, self._fetch_rows = listing, entity, columns, fetch_rows
        self.filters: dict[str, Any] = {}
        self.sort_name, self.descending = "name", False
        self._total = 0
        self._counted = False  # sort() counts only the first time; refresh() always
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()
        self.pages_fetched = 0  # for tests and benchmarks: how much was read

    # ---- Qt API --------------------------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else self._total

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.columns)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid():
            return None
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            row = self.row(index.row())
            if row is None:
                return None
            value = column.value(row)
            if value is None:
                return ""
            # Emails and phone numbers read left-to-right even in an Arabic or Persian row ("+49 …").
            return ltr(value) if column.align_ltr else str(value)
        if role == Qt.ItemDataRole.TextAlignmentRole and column.align_ltr:
            return int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignAbsolute)
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.columns[section].title
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        name = self.columns[column].sort
        if name is None:
            return  # this column has no index to sort a large list by
        descending = order == Qt.SortOrder.DescendingOrder
        unchanged = (name, descending) == (self.sort_name, self.descending)
        self.sort_name, self.descending = name, descending
        if not self._counted:
            self.refresh()
        elif not unchanged:  # the same rows in another order: the count (a scan on big lists) stays valid
            self.beginResetModel()
            self._pages.clear()
            self.endResetModel()

    # ---- ours ------------------------------------------------------------------------------------
    def set_filters(self, filters: dict[str, Any]) -> None:
        self.filters = {k: v for k, v in filters.items() if v not in (None, "")}
        self.refresh()

    def refresh(self) -> None:
        self.beginResetModel()
        self._pages.clear()
        self._total = self.listing.count(self.entity, self.filters)
        self._counted = True
        self.endResetModel()

    def row(self, position: int) -> Any | None:
        if not 0 <= position < self._total:
            return None
        page_no, offset = divmod(position, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            try:
                page = self._load_page(page_no)
            except CrmError as exc:
                self._pages[page_no] = page = []  # do not retry on every paint; refresh() tries again
                self.failed.emit(str(exc))
        else:
            self._pages.move_to_end(page_no)
        return page[offset] if offset < len(page) else None

    def row_id(self, position: int) -> int | None:
        row = self.row(position)
        return row.id if row is not None else None

    def find_row(self, record_id: int) -> int | None:
        """Position of a record among the pages already loaded (None if not loaded or filtered out)."""
        for page_no, page in self._pages.items():
            for offset, row in enumerate(page):
                if row.id == record_id:
                    return page_no * PAGE_SIZE + offset
        return None

    def position_of(self, record_id: int) -> int | None:
        """The row of a record in the whole list: from the loaded pages, else asked of the database."""
        found = self.find_row(record_id)
        if found is not None:
            return found
        try:
            return self.listing.position(self.entity, self.filters, self.sort_name, self.descending, record_id)
        except CrmError:
            return None

    def cached_rows(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def _load_page(self, page_no: int) -> list[Any]:
        ids = self.listing.page_ids(
            self.entity, self.filters, self.sort_name, self.descending, page_no * PAGE_SIZE, PAGE_SIZE
        )
        page = self._fetch_rows(ids)
        self.pages_fetched += 1
        self._pages[page_no] = page
        while len(self._pages) > MAX_PAGES:
            self._pages.popitem(last=False)
        return page
