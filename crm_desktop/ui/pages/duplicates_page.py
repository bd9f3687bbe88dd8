"""Duplicates: review likely duplicate pairs (merge, not a duplicate, skip) and the merge dialog.

The scan runs on a worker thread (100,000 contacts take a few seconds); the merge dialog is a thin view over
``services.merge.MergeFlow``: choose the surviving record, then per differing field whose value to keep.
"""

from __future__ import annotations

from datetime import date, datetime
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QThread, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, CrmError
from crm_desktop.services.duplicates import DuplicatePair, DuplicateScan, DuplicateService, Reason
from crm_desktop.services.merge import MergeFlow, MergeService
from crm_desktop.text.bidi import isolate

from ..dates import digits, format_date, format_datetime
from ..error_text import error_text
from ..workspace import Workspace

PAIR_ROLE = Qt.ItemDataRole.UserRole
FIELD_LABELS = {
    "display_name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "prefix": QT_TRANSLATE_NOOP("MergeDialog", "Prefix"),
    "given_name": QT_TRANSLATE_NOOP("MergeDialog", "Given name"),
    "middle_name": QT_TRANSLATE_NOOP("MergeDialog", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("MergeDialog", "Family name"),
    "company_id": QT_TRANSLATE_NOOP("MergeDialog", "Company"),
    "job_title": QT_TRANSLATE_NOOP("MergeDialog", "Job title"),
    "lifecycle_stage": QT_TRANSLATE_NOOP("MergeDialog", "Stage"),
    "owner_id": QT_TRANSLATE_NOOP("MergeDialog", "Owner"),
    "birthday": QT_TRANSLATE_NOOP("MergeDialog", "Birthday"),
    "source": QT_TRANSLATE_NOOP("MergeDialog", "Source"),
    "notes": QT_TRANSLATE_NOOP("MergeDialog", "Notes"),
    "is_private": QT_TRANSLATE_NOOP("MergeDialog", "Private"),
    "name": QT_TRANSLATE_NOOP("MergeDialog", "Name"),
    "parent_id": QT_TRANSLATE_NOOP("MergeDialog", "Parent company"),
    "industry": QT_TRANSLATE_NOOP("MergeDialog", "Industry"),
    "website": QT_TRANSLATE_NOOP("MergeDialog", "Website"),
    "size": QT_TRANSLATE_NOOP("MergeDialog", "Size"),
}
LINKED_LABELS = {
    "activities": QT_TRANSLATE_NOOP("MergeDialog", "activities"),
    "opportunities": QT_TRANSLATE_NOOP("MergeDialog", "deals"),
    "documents": QT_TRANSLATE_NOOP("MergeDialog", "documents"),
    "contacts": QT_TRANSLATE_NOOP("MergeDialog", "people"),
    "emails": QT_TRANSLATE_NOOP("MergeDialog", "emails"),
    "appointments": QT_TRANSLATE_NOOP("MergeDialog", "appointments"),
    "child_companies": QT_TRANSLATE_NOOP("MergeDialog", "branch companies"),
    "appointment_attendance": QT_TRANSLATE_NOOP("MergeDialog", "appointment invitations"),
    "email_links": QT_TRANSLATE_NOOP("MergeDialog", "emails"),
    "email_addresses": QT_TRANSLATE_NOOP("MergeDialog", "email addresses"),
    "phone_numbers": QT_TRANSLATE_NOOP("MergeDialog", "phone numbers"),
}
_D = "DuplicatesPage"
# lupdate reads only a literal context in QT_TRANSLATE_NOOP (a variable one left these strings out of the .ts)
REASONS = {
    "same_email": QT_TRANSLATE_NOOP("DuplicatesPage", "same email"),
    "same_phone": QT_TRANSLATE_NOOP("DuplicatesPage", "same phone"),
    "same_website": QT_TRANSLATE_NOOP("DuplicatesPage", "same website"),
    "same_name": QT_TRANSLATE_NOOP("DuplicatesPage", "same name"),
    "same_company": QT_TRANSLATE_NOOP("DuplicatesPage", "same company"),
}


def reason_text(reason: Reason, settings: Any = None) -> str:
    if reason.code == "similar_name":
        text = QCoreApplication.translate("DuplicatesPage", "similar name {0}%")
        return text.format(digits(str(reason.detail), settings))
    return QCoreApplication.translate(_D, REASONS[reason.code]) if reason.code in REASONS else reason.code


class _Scan(QThread):
    done = Signal(object)
    failed = Signal(str)

    def __init__(self, workspace: Workspace, entity: str):
        super().__init__()
        self.workspace, self.entity = workspace, entity

    def run(self) -> None:
        try:
            self.done.emit(DuplicateService(self.workspace.db).find(self.entity))
        except CrmError as exc:
            self.failed.emit(error_text(exc))


class DuplicatesPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.scan: DuplicateScan | None = None
        self._worker: _Scan | None = None
        self.entity = QComboBox()
        self.entity.addItem(self.tr("Contacts"), "contacts")
        self.entity.addItem(self.tr("Companies"), "companies")
        self.entity.currentIndexChanged.connect(lambda _i: self.refresh())
        self.rescan = QPushButton(self.tr("Look again"))
        self.rescan.clicked.connect(lambda: self.refresh())
        self.status = QLabel()
        top = QHBoxLayout()
        top.addWidget(self.entity)
        top.addWidget(self.rescan)
        top.addWidget(self.status, 1)
        self.pairs = QTreeWidget()
        self.pairs.setHeaderLabels([self.tr("Score"), self.tr("First"), self.tr("Second"), self.tr("Why")])
        self.pairs.setRootIsDecorated(False)
        self.pairs.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.pairs.itemActivated.connect(lambda _item, _col: self.merge_current())
        self.merge_button = QPushButton(self.tr("&Merge…"))
        self.dismiss_button = QPushButton(self.tr("&Not a duplicate"))
        self.skip_button = QPushButton(self.tr("&Skip"))
        self.merge_button.clicked.connect(lambda: self.merge_current())
        self.dismiss_button.clicked.connect(lambda: self.dismiss_current())
        self.skip_button.clicked.connect(lambda: self.skip())
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        for button in (self.merge_button, self.dismiss_button, self.skip_button):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.pairs, 1)
        layout.addLayout(buttons)
        self.pairs.currentItemChanged.connect(lambda *_: self._update_buttons())
        self.refresh()

    # ---- scanning --------------------------------------------------------------------------------
    def current_entity(self) -> str:
        return str(self.entity.currentData())

    def refresh(self, wait: bool = False) -> None:
        """Scan again on a worker thread (``wait`` for tests and screenshots)."""
        if self._worker is not None and self._worker.isRunning():
            return
        self.status.setText(self.tr("Looking for duplicates…"))
        self.rescan.setEnabled(False)
        self._worker = _Scan(self.workspace, self.current_entity())
        self._worker.done.connect(self._show)
        self._worker.failed.connect(self._failed)
        self._worker.start()
        if wait:
            self._worker.wait()
            QCoreApplication.processEvents()

    def _failed(self, message: str) -> None:
        self.rescan.setEnabled(True)
        self.status.setText(self.tr("Could not look for duplicates: {0}").format(message))

    def _show(self, scan: DuplicateScan) -> None:
        self.rescan.setEnabled(True)
        if scan.entity != self.current_entity():
            return  # the choice changed while this scan ran; another is on its way
        self.scan = scan
        self.pairs.clear()
        for pair in scan.pairs:
            item = QTreeWidgetItem(
                [
                    digits(str(pair.score), self.workspace),
                    isolate(pair.first.title),
                    isolate(pair.second.title),
                    self.tr(", ").join(reason_text(r, self.workspace) for r in pair.reasons),
                ]
            )
            item.setToolTip(1, pair.first.subtitle)
            item.setToolTip(2, pair.second.subtitle)
            item.setData(0, PAIR_ROLE, pair)
            self.pairs.addTopLevelItem(item)
        for column in range(3):
            self.pairs.resizeColumnToContents(column)
        self._update_count()
        if self.pairs.topLevelItemCount():
            self.pairs.setCurrentItem(self.pairs.topLevelItem(0))
        self._update_buttons()

    def _update_count(self) -> None:
        count = self.pairs.topLevelItemCount()
        text = QCoreApplication.translate("DuplicatesPage", "%n likely duplicate pair(s)", "", count)
        self.status.setText(digits(text, self.workspace) if count else self.tr("No likely duplicates."))

    def _update_buttons(self) -> None:
        chosen = self.current_pair() is not None
        for button in (self.merge_button, self.dismiss_button, self.skip_button):
            button.setEnabled(chosen)

    # ---- decisions -------------------------------------------------------------------------------
    def current_pair(self) -> DuplicatePair | None:
        item = self.pairs.currentItem()
        return item.data(0, PAIR_ROLE) if item is not None else None

    def skip(self) -> None:
        """On to the next pair; nothing is remembered."""
        index = self.pairs.indexOfTopLevelItem(self.pairs.currentItem())
        if index + 1 < self.pairs.topLevelItemCount():
            self.pairs.setCurrentItem(self.pairs.topLevelItem(index + 1))

    def dismiss_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        try:
            DuplicateService(self.workspace.db, self.workspace.user_id).dismiss(
                pair.entity, pair.first.id, pair.second.id
            )
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Not a duplicate"), error_text(exc))
            return
        self._drop(lambda p: {p.first.id, p.second.id} == {pair.first.id, pair.second.id})

    def merge_current(self) -> None:
        pair = self.current_pair()
        if pair is None:
            return
        dialog = MergeDialog(self.workspace, pair.entity, [pair.first.id, pair.second.id], self)
        if dialog.exec() and dialog.result_ is not None:
            gone = set(dialog.result_.merged_ids)
            self._drop(lambda p: bool(gone & {p.first.id, p.second.id}))
            self.workspace.notify(pair.entity)

    def _drop(self, matches) -> None:  # type: ignore[no-untyped-def]
        index = self.pairs.indexOfTopLevelItem(self.pairs.currentItem())
        for row in reversed(range(self.pairs.topLevelItemCount())):
            if matches(self.pairs.topLevelItem(row).data(0, PAIR_ROLE)):
                self.pairs.takeTopLevelItem(row)
        if self.pairs.topLevelItemCount():
            self.pairs.setCurrentItem(self.pairs.topLevelItem(min(index, self.pairs.topLevelItemCount() - 1)))
        self._update_count()
        self._update_buttons()


class MergeDialog(QDialog):
    """Choose the surviving record, then per field whose value to keep; everything linked follows."""

    def __init__(self, workspace: Workspace, entity: str, record_ids: list[int], parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.result_ = None
        self.setWindowTitle(self.tr("Merge duplicates"))
        self.flow = MergeFlow(MergeService(workspace.db, workspace.user_id), entity, record_ids)
        self.survivors = QButtonGroup(self)
        self.survivor_box = QGroupBox(self.tr("Keep this record (the others go to the Trash)"))
        QVBoxLayout(self.survivor_box)
        self.fields_box = QGroupBox(self.tr("Values to keep"))
        self.grid = QGridLayout(self.fields_box)
        self.linked = QLabel()
        self.linked.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Merge"))
        buttons.accepted.connect(self.merge)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (self.survivor_box, self.fields_box, self.linked, buttons):
            layout.addWidget(widget)
        self.survivors.idClicked.connect(self._survivor_chosen)
        self._build()

    def _build(self) -> None:
        plan = self.flow.plan
        box = self.survivor_box.layout()
        while box.count():
            box.takeAt(0).widget().deleteLater()
        for record in sorted(plan.records, key=lambda r: r.id):
            button = QRadioButton(f"{isolate(record.title)} (#{digits(str(record.id), self.workspace)})")
            button.setChecked(record.id == plan.survivor_id)
            self.survivors.addButton(button, record.id)
            box.addWidget(button)
        while self.grid.count():
            self.grid.takeAt(0).widget().deleteLater()
        self.field_groups: dict[str, QButtonGroup] = {}
        for row, choice in enumerate(plan.fields):
            key = choice.field.removeprefix("custom_fields.")
            label = self.tr(FIELD_LABELS[choice.field]) if choice.field in FIELD_LABELS else key
            self.grid.addWidget(QLabel(label), row, 0)
            group = QButtonGroup(self)
            values = zip(plan.records, choice.values, choice.texts, strict=True)
            for column, (record, value, text) in enumerate(values, start=1):
                button = QRadioButton(self.value_text(value, text) if text else self.tr("(empty)"))
                button.setChecked(self.flow.choices[choice.field] == record.id)
                group.addButton(button, record.id)
                self.grid.addWidget(button, row, column)
            group.idClicked.connect(lambda record_id, name=choice.field: self.flow.choose(name, record_id))
            self.field_groups[choice.field] = group
        self.fields_box.setVisible(bool(plan.fields))
        moving = ", ".join(
            f"{digits(str(n), self.workspace)} {self.tr(LINKED_LABELS.get(kind, kind))}"
            for kind, n in plan.linked.items()
        )
        self.linked.setText(self.tr("Moves to the kept record: {0}").format(moving) if moving else "")

    def value_text(self, value: Any, text: str) -> str:
        """A value as the user reads it: dates in their calendar, yes/no and numbers in their language."""
        if isinstance(value, bool):
            return self.tr("Yes") if value else self.tr("No")
        if isinstance(value, datetime):
            return format_datetime(value, self.workspace)
        if isinstance(value, date):
            return format_date(value, self.workspace)
        if isinstance(value, int | float) and text == str(value):
            return digits(text, self.workspace)
        return isolate(text)

    def _survivor_chosen(self, record_id: int) -> None:
        if record_id != self.flow.plan.survivor_id:
            self.flow.set_survivor(record_id)
            self._build()

    def merge(self) -> None:
        try:
            self.result_ = self.flow.finish()
        except ConflictError:
            QMessageBox.warning(
                self, self.tr("Merge"), self.tr("Someone changed these records meanwhile. Check the values again.")
            )
            self.flow = MergeFlow(self.flow.service, self.flow.entity, self.flow.record_ids)
            self._build()
            return
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Merge"), error_text(exc))
            return
        self.accept()
