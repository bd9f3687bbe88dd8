"""The Documents list's filters: quick text, linked record type or one record, file type, who added it,
and an optional date range in the user's calendar. Emits ``changed`` (typing is debounced)."""

from __future__ import annotations

from datetime import datetime, time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QDateEdit, QHBoxLayout, QLineEdit, QPushButton, QToolButton, QWidget

from crm_desktop.services.document_list import FILE_KINDS, DocumentFilter, RecordChoice, UserChoice, shown_name

from ..dates import setup_date_edit
from ..workspace import Workspace
from .model import KIND_LABELS
from .record_picker import RecordPicker

# Strings keep the page's translation context ("DocumentsPage"), where they were first translated.
LINK_FILTERS = (
    (None, QT_TRANSLATE_NOOP("DocumentsPage", "Any record")),
    ("contact", QT_TRANSLATE_NOOP("DocumentsPage", "Contacts")),
    ("company", QT_TRANSLATE_NOOP("DocumentsPage", "Companies")),
    ("opportunity", QT_TRANSLATE_NOOP("DocumentsPage", "Deals")),
    ("email", QT_TRANSLATE_NOOP("DocumentsPage", "Emails")),
    ("none", QT_TRANSLATE_NOOP("DocumentsPage", "Not linked")),
)


def _tr(text: str) -> str:
    return QCoreApplication.translate("DocumentsPage", text)


class DocumentFilterBar(QWidget):
    changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.record: RecordChoice | None = None  # a specific record the list is filtered to
        self.quick_filter = QLineEdit()
        self.quick_filter.setPlaceholderText(
            QCoreApplication.translate("DocumentsPage", "Filter by title or file name…")
        )
        self.quick_filter.setClearButtonEnabled(True)
        self.link_filter = QComboBox()
        for key, label in LINK_FILTERS:
            self.link_filter.addItem(_tr(label), key)
        self.record_button = QPushButton()
        self.record_button.clicked.connect(lambda: self.choose_record())
        self.clear_record = QToolButton()
        self.clear_record.setText("×")
        self.clear_record.setToolTip(QCoreApplication.translate("DocumentsPage", "Show the documents of every record"))
        self.clear_record.clicked.connect(lambda: self.set_record(None))
        self.kind_filter = QComboBox()
        self.kind_filter.addItem(QCoreApplication.translate("DocumentsPage", "All types"), None)
        for kind in FILE_KINDS:
            self.kind_filter.addItem(QCoreApplication.translate("DocumentsModel", KIND_LABELS[kind]), kind)
        self.user_filter = QComboBox()
        self.user_filter.addItem(QCoreApplication.translate("DocumentsPage", "Anyone"), None)
        self.from_check = QCheckBox(QCoreApplication.translate("DocumentsPage", "From"))
        self.to_check = QCheckBox(QCoreApplication.translate("DocumentsPage", "To"))
        self.from_date, self.to_date = self._date_edit(), self._date_edit()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.quick_filter, 2)
        for widget in (self.link_filter, self.record_button, self.clear_record, self.kind_filter, self.user_filter,
                       self.from_check, self.from_date, self.to_check, self.to_date):  # fmt: skip
            layout.addWidget(widget)
        self._debounce = QTimer(self, singleShot=True, interval=250)
        self._debounce.timeout.connect(self._changed)
        self.quick_filter.textChanged.connect(lambda _: self._debounce.start())
        for combo in (self.link_filter, self.kind_filter, self.user_filter):
            combo.currentIndexChanged.connect(lambda _: self._changed())
        for check in (self.from_check, self.to_check):
            check.toggled.connect(lambda _: self._changed())
        for edit in (self.from_date, self.to_date):
            edit.dateChanged.connect(lambda _: self._debounce.start())
        self._update_widgets()

    def _date_edit(self) -> QDateEdit:
        edit = QDateEdit(QDate.currentDate())
        setup_date_edit(edit, self.workspace)
        return edit

    def current(self) -> DocumentFilter:
        def day_start(edit: QDateEdit, days: int = 0) -> datetime:
            day = edit.date().addDays(days).toPython()
            return datetime.combine(day, time(0)).astimezone()  # midnight in this computer's zone

        record = self.record
        return DocumentFilter(
            link_kind=record.kind if record else self.link_filter.currentData(),
            record_id=record.id if record else None,
            file_kind=self.kind_filter.currentData(),
            added_from=day_start(self.from_date) if self.from_check.isChecked() else None,
            added_before=day_start(self.to_date, 1) if self.to_check.isChecked() else None,
            added_by=self.user_filter.currentData(),
            query=self.quick_filter.text(),
        )

    def set_record(self, record: RecordChoice | None) -> None:
        self.record = record
        self._changed()

    def choose_record(self) -> None:
        picker = RecordPicker(self.workspace, _tr("Show the documents of"), parent=self)
        if picker.exec() and picker.chosen is not None:
            self.set_record(picker.chosen)

    def set_users(self, users: list[UserChoice]) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        while self.user_filter.count() > 1:
            self.user_filter.removeItem(1)
        for user in users:
            self.user_filter.addItem(shown_name(user.name), user.id)
        self.user_filter.setCurrentIndex(max(0, self.user_filter.findData(current)))
        self.user_filter.blockSignals(False)

    def _changed(self) -> None:
        self._update_widgets()
        self.changed.emit()

    def _update_widgets(self) -> None:
        self.link_filter.setEnabled(self.record is None)
        self.from_date.setEnabled(self.from_check.isChecked())
        self.to_date.setEnabled(self.to_check.isChecked())
        self.clear_record.setVisible(self.record is not None)
        if self.record is None:
            self.record_button.setText(QCoreApplication.translate("DocumentsPage", "Choose a record…"))
        else:
            self.record_button.setText(shown_name(self.record.name))
