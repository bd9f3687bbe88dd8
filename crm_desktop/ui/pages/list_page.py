"""Contacts and Companies: filter bar, a lazy list of any length, the 360-degree view beside it.

One class serves both; what differs (columns, filters, form, bulk actions) is passed in by the
contacts_page and companies_page modules.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QItemSelectionModel, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError

from ..dates import digits
from ..error_text import error_text
from ..lazy_table import Column, LazyTableModel
from ..ops import run_op
from ..workspace import Workspace
from .record_detail import RecordDetail


class ListPage(QWidget):
    selection_changed = Signal(int)

    def __init__(
        self,
        workspace: Workspace,
        entity: str,
        columns: Callable[[QWidget], list[Column]],
        fetch_rows: Callable[[list[int]], list[Any]],
        open_form: Callable[[QWidget, int | None], Any],
        settings: QSettings | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.workspace, self.entity, self.open_form, self.settings = workspace, entity, open_form, settings
        self.model = LazyTableModel(workspace.listing(), entity, columns(self), fetch_rows)
        self.extra_filters: dict[str, Any] = {}
        self.model.failed.connect(lambda message: QMessageBox.warning(self, self.tr("Database"), message))
        self.saved_filters: dict[str, Any] = {}  # a smart group chosen in the navigation

        self.quick_filter = QLineEdit()
        self.quick_filter.setPlaceholderText(self.tr("Filter by name…"))
        self.quick_filter.setClearButtonEnabled(True)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self.apply_filters)
        self.quick_filter.textChanged.connect(lambda _: self._debounce.start())
        self.filter_bar = QHBoxLayout()  # the section's own filters, on a row under the quick filter
        self.count_label = QLabel()
        self.save_search_button = QPushButton(self.tr("Save search…"))
        self.save_search_button.clicked.connect(lambda: self.save_search())

        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(0, Qt.SortOrder.AscendingOrder)
        self.table.verticalHeader().hide()
        self.table.verticalHeader().setDefaultSectionSize(24)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.horizontalHeader().setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.horizontalHeader().customContextMenuRequested.connect(self._column_chooser)
        self.table.horizontalHeader().sectionResized.connect(lambda *_: self.save_layout())
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._row_menu)
        self.table.doubleClicked.connect(lambda index: self.edit(self.model.row_id(index.row())))
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)

        self.detail = RecordDetail(workspace, entity)
        self.detail.edit_requested.connect(self.edit)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.quick_filter)
        left_layout.addLayout(self.filter_bar)
        left_layout.addWidget(self.table, 1)
        bottom = QHBoxLayout()
        bottom.addWidget(self.count_label, 1)
        bottom.addWidget(self.save_search_button)
        left_layout.addLayout(bottom)
        self.splitter = QSplitter()
        self.splitter.addWidget(left)
        self.splitter.addWidget(self.detail)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.splitter)
        self.bulk_actions: list[tuple[str, Callable[[list[int]], None]]] = []
        workspace.changes.changed.connect(self._on_change)
        self.restore_layout()

    # ---- data ------------------------------------------------------------------------------------
    def filters(self) -> dict[str, Any]:
        live = {"query": self.quick_filter.text().strip(), **self.extra_filters}
        return {**self.saved_filters, **{k: v for k, v in live.items() if v not in (None, "")}}

    def apply_saved_search(self, filters: dict[str, Any] | None) -> None:
        """Show the list narrowed by a smart group (None: the whole list again)."""
        self.saved_filters = dict(filters or {})
        self.apply_filters()

    def save_search(self, name: str | None = None) -> None:
        """Keep the current filter combination as a smart group in the navigation."""
        from crm_desktop.services.saved_searches import SavedSearchService

        filters = {k: v for k, v in self.filters().items() if v not in (None, "")}
        if not filters:
            QMessageBox.information(self, self.tr("Save search"), self.tr("Set a filter first, then save it."))
            return
        if name is None:
            name, ok = QInputDialog.getText(self, self.tr("Save search"), self.tr("Name of the smart group:"))
            if not ok:
                return
        try:
            saved = SavedSearchService(self.workspace.db, self.workspace.user_id).create(name, self.entity, filters)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Save search"), error_text(exc, self.workspace))
            return
        self.workspace.notify("saved_searches", saved.id)

    def apply_filters(self) -> None:
        current = self.current_id()
        try:
            self.model.set_filters(self.filters())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Filter"), error_text(exc, self.workspace))
            return
        # %Ln: the count in the locale's digits and grouping; Arabic has six plural forms, Persian one.
        # QCoreApplication.translate, not self.tr, for plurals: see ui/dates.py digits().
        count = QCoreApplication.translate("ListPage", "%Ln record(s)", "", self.model.rowCount())
        self.count_label.setText(digits(count, self.workspace))
        self.select_id(current)

    refresh = apply_filters

    def current_id(self) -> int | None:
        index = self.table.currentIndex()
        return self.model.row_id(index.row()) if index.isValid() else None

    def selected_ids(self) -> list[int]:
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        return [i for i in (self.model.row_id(r) for r in rows) if i is not None]

    def select_id(self, record_id: int | None) -> None:
        position = self.model.position_of(record_id) if record_id is not None else None
        if position is None:
            self.detail.show_record(None)
            return
        # selectRow() selects nothing in a right-to-left layout (PySide6 6.12); the selection model does.
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows
        self.table.selectionModel().setCurrentIndex(self.model.index(position, 0), flags)

    def _current_changed(self, current: Any, _previous: Any) -> None:
        record_id = self.model.row_id(current.row()) if current.isValid() else None
        self.detail.show_record(record_id)
        if record_id is not None:
            self.selection_changed.emit(record_id)

    def _on_change(self, entity: str, record_id: int) -> None:
        if entity == self.entity:
            self.apply_filters()
        elif self.detail.record_id is not None:
            self.detail.reload_timeline()

    # ---- actions ---------------------------------------------------------------------------------
    def new_record(self) -> None:
        saved = self.open_form(self, None)
        if saved is not None:
            self.apply_filters()
            self.select_id(saved.id)

    def edit(self, record_id: int | None = None) -> None:
        record_id = record_id or self.current_id()
        if record_id is None:
            return
        if self.open_form(self, record_id) is not None:
            self.apply_filters()
            self.detail.show_record(record_id)

    def delete_selected(self, confirm: bool = True) -> int:
        ids = self.selected_ids()
        if not ids:
            return 0
        if confirm:
            answer = QMessageBox.question(
                self,
                self.tr("Move to Trash"),
                digits(
                    QCoreApplication.translate(
                        "ListPage", "Move %Ln record(s) to the Trash? You can restore them from there.", "", len(ids)
                    ),
                    self.workspace,
                ),
            )
            if answer != QMessageBox.StandardButton.Yes:
                return 0
        service = self.workspace.contacts() if self.entity == "contacts" else self.workspace.companies()

        def work() -> list[str]:
            problems = []
            for record_id in ids:
                try:
                    service.delete(record_id)
                except CrmError as exc:  # e.g. already deleted elsewhere: report, carry on with the rest
                    problems.append(str(exc))
            return problems

        def done(problems: list[str]) -> None:
            self.workspace.notify(self.entity)
            if problems:
                QMessageBox.warning(self, self.tr("Move to Trash"), "\n".join(problems))

        # On the database thread: a locked shared file makes the Trash wait, never the window.
        run_op(self, work, done, busy_text=self.tr("Moving to the Trash…"))
        return len(ids)

    def run_bulk(self, title: str, work: Callable[[], object]) -> None:
        """A bulk change on the database thread; the list refreshes when it is done, a refusal is shown."""

        def failed(exc: Exception) -> None:
            self.workspace.notify(self.entity)
            QMessageBox.warning(self, title, error_text(exc, self.workspace))

        run_op(self, work, lambda _result: self.workspace.notify(self.entity), failed, busy_text=self.tr("Saving…"))

    def _row_menu(self, position: Any) -> None:
        menu = QMenu(self)
        menu.addAction(self.tr("Edit…"), self.edit)
        for label, handler in self.bulk_actions:
            menu.addAction(label, lambda h=handler: h(self.selected_ids()))
        menu.addSeparator()
        menu.addAction(self.tr("Move to Trash"), self.delete_selected)
        menu.exec(self.table.viewport().mapToGlobal(position))

    def _column_chooser(self, position: Any) -> None:
        header = self.table.horizontalHeader()
        menu = QMenu(self)
        for column in range(self.model.columnCount()):
            action = QAction(self.model.columns[column].title, menu, checkable=True)
            action.setChecked(not header.isSectionHidden(column))
            action.setEnabled(column != 0)  # the name always stays
            action.toggled.connect(lambda on, c=column: (header.setSectionHidden(c, not on), self.save_layout()))
            menu.addAction(action)
        menu.exec(header.mapToGlobal(position))

    # ---- remembered layout -------------------------------------------------------------------------
    def save_layout(self) -> None:
        if self.settings is not None:
            self.settings.setValue(f"{self.entity}/header", self.table.horizontalHeader().saveState())
            self.settings.setValue(f"{self.entity}/splitter", self.splitter.saveState())

    def restore_layout(self) -> None:
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for number, column in enumerate(self.model.columns):
            header.resizeSection(number, column.width)
        if self.settings is None:
            return
        state = self.settings.value(f"{self.entity}/header")
        if state is not None:
            header.restoreState(state)
        splitter = self.settings.value(f"{self.entity}/splitter")
        if splitter is not None:
            self.splitter.restoreState(splitter)
