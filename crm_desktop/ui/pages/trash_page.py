"""The Trash: every deleted record in one list, restored or deleted for good from here.

Restore and purge go through TrashService (so each entity's own rules apply); after a restore the page
tells the workspace, so the contact and company lists show the record again without a manual refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QTimer
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.dto import TrashItem
from crm_desktop.services.trash import TrashService
from crm_desktop.text.bidi import isolate

from ..dates import digits, format_datetime
from ..error_text import error_text
from ..widgets.row_table import setup_row_table
from ..workspace import Workspace

# Entity (table name) -> a person's word for one record of it; marked for lupdate, shown through tr().
TYPE_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("TrashPage", "Contact"),
    "companies": QT_TRANSLATE_NOOP("TrashPage", "Company"),
    "opportunities": QT_TRANSLATE_NOOP("TrashPage", "Opportunity"),
    "activities": QT_TRANSLATE_NOOP("TrashPage", "Activity"),
    "appointments": QT_TRANSLATE_NOOP("TrashPage", "Appointment"),
    "emails": QT_TRANSLATE_NOOP("TrashPage", "Email"),
    "documents": QT_TRANSLATE_NOOP("TrashPage", "Document"),
}
TYPE, NAME, DELETED_AT, DELETED_BY = range(4)
KEY_ROLE = Qt.ItemDataRole.UserRole
SORT_ROLE = Qt.ItemDataRole.UserRole + 1


class _Cell(QTableWidgetItem):
    """Sorts by SORT_ROLE: the exact deletion time (not the minute shown), names without case."""

    def __lt__(self, other: QTableWidgetItem) -> bool:
        return self.data(SORT_ROLE) < other.data(SORT_ROLE)


class TrashPage(QWidget):
    """Deleted records of every kind, newest deletion first; several can be restored or purged at once."""

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.items: list[TrashItem] = []
        self._dirty = True

        title = QLabel(self.tr("Trash"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.type_filter = QComboBox()
        self.type_filter.addItem(self.tr("All types"), None)
        for entity, label in TYPE_LABELS.items():
            self.type_filter.addItem(self.tr(label), entity)
        self.type_filter.currentIndexChanged.connect(lambda _: self.refresh())
        type_label = QLabel(self.tr("&Type:"))
        type_label.setBuddy(self.type_filter)
        self.restore_button = QPushButton(self.tr("&Restore"))
        self.restore_button.clicked.connect(lambda: self.restore_selected())
        self.purge_button = QPushButton(self.tr("&Delete for good…"))
        self.purge_button.clicked.connect(lambda: self.purge_selected())
        self.empty_button = QPushButton(self.tr("&Empty trash…"))
        self.empty_button.clicked.connect(lambda: self.empty_trash())
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(type_label)
        top.addWidget(self.type_filter)
        buttons = QHBoxLayout()
        buttons.addWidget(self.restore_button)
        buttons.addWidget(self.purge_button)
        buttons.addStretch(1)
        buttons.addWidget(self.empty_button)

        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Type"), self.tr("Name"), self.tr("Deleted at"), self.tr("Deleted by")]
        )
        header = setup_row_table(self.table, NAME, multi=True)
        header.setSortIndicator(DELETED_AT, Qt.SortOrder.DescendingOrder)  # newest first until the user sorts
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.empty = QLabel(
            self.tr("The Trash is empty. Records you delete wait here until you restore them or delete them for good.")
        )
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.count_label = QLabel()
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty, 1)
        bottom = QHBoxLayout()  # in a layout, so the count sits on the reading side in either direction
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        layout.addLayout(bottom)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(lambda: self._dirty and self.refresh())
        workspace.changes.changed.connect(self._on_change)
        self.refresh()

    def service(self) -> TrashService:
        return TrashService(self.workspace.db, self.workspace.user_id)

    # ---- data --------------------------------------------------------------------------------------
    def refresh(self) -> None:
        self._dirty = False
        try:
            self.items = self.service().list(self.type_filter.currentData())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Trash"), error_text(exc, self.workspace))
            return
        self.table.setSortingEnabled(False)
        self.table.clearSelection()
        self.table.setRowCount(len(self.items))
        for row, item in enumerate(self.items):
            deleted_by = item.deleted_by_name or self.tr("(unknown)")
            cells = (
                self.tr(TYPE_LABELS.get(item.entity, item.entity)),
                item.title,
                format_datetime(item.deleted_at, self.workspace),  # naive values from SQLite are UTC
                deleted_by,
            )
            for column, text in enumerate(cells):
                cell = _Cell(text)
                cell.setData(KEY_ROLE, (item.entity, item.id))
                cell.setData(SORT_ROLE, item.deleted_at.isoformat() if column == DELETED_AT else text.casefold())
                self.table.setItem(row, column, cell)
        self.table.setSortingEnabled(True)
        for column in (TYPE, DELETED_AT, DELETED_BY):
            self.table.resizeColumnToContents(column)
        self.table.setVisible(bool(self.items))
        self.empty.setVisible(not self.items)
        count = QCoreApplication.translate("TrashPage", "%Ln deleted record(s)", "", len(self.items))
        self.count_label.setText(digits(count, self.workspace))  # plurals: see ui/dates.py digits()
        self.count_label.setVisible(bool(self.items))
        self._update_buttons()

    def selected(self) -> list[tuple[str, int, str]]:
        """(entity, id, title) of the selected rows, in the order shown."""
        rows = sorted({index.row() for index in self.table.selectionModel().selectedRows()})
        chosen = []
        for row in rows:
            entity, record_id = self.table.item(row, TYPE).data(KEY_ROLE)
            chosen.append((entity, record_id, self.table.item(row, NAME).text()))
        return chosen

    def _update_buttons(self) -> None:
        has_selection = bool(self.table.selectionModel().selectedRows())
        self.restore_button.setEnabled(has_selection)
        self.purge_button.setEnabled(has_selection)
        self.empty_button.setEnabled(bool(self.items) or self.type_filter.currentData() is not None)

    # ---- actions -----------------------------------------------------------------------------------
    def restore_selected(self) -> int:
        """Bring the selected records back; each restored one is announced so open lists update."""
        service, restored, problems = self.service(), 0, []
        for entity, record_id, title in self.selected():
            try:
                service.restore(entity, record_id)
            except CrmError as exc:  # e.g. purged by someone else meanwhile: report and carry on
                problems.append(self.tr("{0}: {1}").format(isolate(title), error_text(exc, self.workspace)))
                continue
            restored += 1
            self.workspace.notify(entity, record_id)
        self._finish(self.tr("Restore"), problems)
        return restored

    def purge_selected(self, confirm: bool = True) -> int:
        chosen = self.selected()
        if not chosen:
            return 0
        if confirm and not self._ask(
            self.tr("Delete for good"),
            digits(
                QCoreApplication.translate(
                    "TrashPage", "Delete %Ln record(s) for good? This cannot be undone.", "", len(chosen)
                ),
                self.workspace,
            ),
        ):
            return 0
        service, purged, problems = self.service(), 0, []
        for entity, record_id, title in chosen:
            try:
                service.purge(entity, record_id)
            except CrmError as exc:
                problems.append(self.tr("{0}: {1}").format(isolate(title), error_text(exc, self.workspace)))
                continue
            purged += 1
        self._finish(self.tr("Delete for good"), problems)
        return purged

    def empty_trash(self, confirm: bool = True) -> int:
        """Purge everything in the Trash (every type, whatever the filter shows), all or nothing."""
        service = self.service()
        try:
            total = service.count()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Empty trash"), str(exc))
            return 0
        if total == 0:
            self.refresh()
            return 0
        question = QCoreApplication.translate(
            "TrashPage",
            "Delete all %Ln record(s) in the Trash for good, of every type? This cannot be undone.",
            "",
            total,
        )
        if confirm and not self._ask(self.tr("Empty trash"), digits(question, self.workspace)):
            return 0
        try:
            purged = service.empty()
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Empty trash"), str(exc))
            purged = 0
        self.refresh()
        return purged

    def _ask(self, title: str, text: str) -> bool:
        answer = QMessageBox.question(self, title, text)
        return answer == QMessageBox.StandardButton.Yes

    def _finish(self, title: str, problems: list[str]) -> None:
        self.refresh()
        if problems:
            QMessageBox.warning(
                self,
                title,
                self.tr("Some records could not be changed; the list was reloaded.") + "\n\n" + "\n".join(problems),
            )

    # ---- live refresh ------------------------------------------------------------------------------
    def _on_change(self, _entity: str, _record_id: int) -> None:
        self._dirty = True  # any delete anywhere may add a row here
        if self.isVisible():
            self._refresh_timer.start()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
