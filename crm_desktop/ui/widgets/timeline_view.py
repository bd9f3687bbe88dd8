"""The timeline of one contact or company: newest first, filterable by type."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QTreeWidget, QTreeWidgetItem, QVBoxLayout, QWidget

from crm_desktop.services.timeline import TIMELINE_KINDS, TimelineItem
from crm_desktop.text.bidi import isolate, ltr

KIND_LABELS = {
    "note": "Note",
    "call": "Call",
    "meeting": "Meeting",
    "task": "Task",
    "email": "Email",
    "fax": "Fax",
    "sms": "SMS",
    "appointment": "Appointment",
    "document": "Document",
    "deal": "Deal",
}


class TimelineView(QWidget):
    kind_filter_changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.filter = QComboBox()
        self.filter.addItem(self.tr("Everything"), None)
        for kind in TIMELINE_KINDS:
            self.filter.addItem(self.tr(KIND_LABELS[kind]), kind)
        self.filter.currentIndexChanged.connect(self.kind_filter_changed)
        self.tree = QTreeWidget()
        self.tree.setHeaderLabels([self.tr("When"), self.tr("Type"), self.tr("What"), self.tr("Details")])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.empty = QLabel(self.tr("Nothing here yet. Use the buttons above to log a call, add a note or a task."))
        self.empty.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("History")))
        top.addStretch(1)
        top.addWidget(self.filter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty)

    def kinds(self) -> set[str] | None:
        kind = self.filter.currentData()
        return None if kind is None else {kind}

    def show_items(self, items: list[TimelineItem]) -> None:
        self.tree.clear()
        rows = []
        for item in items:
            when = ltr(item.when.astimezone().strftime("%Y-%m-%d %H:%M"))
            title = isolate(item.title)
            if item.done is not None:
                title = ("✓ " if item.done else "☐ ") + title
            row = QTreeWidgetItem([when, self.tr(KIND_LABELS[item.kind]), title, isolate(item.detail)])
            row.setData(0, Qt.ItemDataRole.UserRole, (item.entity, item.id))
            rows.append(row)
        self.tree.addTopLevelItems(rows)
        for column in range(3):
            self.tree.resizeColumnToContents(column)
        self.empty.setVisible(not items)
        self.tree.setVisible(bool(items))
