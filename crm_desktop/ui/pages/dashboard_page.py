"""Dashboard: what the database holds and what needs doing today."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtWidgets import QFormLayout, QLabel, QVBoxLayout, QWidget

from crm_desktop.services.maintenance import database_info

from ..dates import format_count
from ..workspace import Workspace

# Marked for lupdate; DashboardPage.tr() translates them where shown.
COUNT_LABELS = {
    "contacts": QT_TRANSLATE_NOOP("DashboardPage", "Contacts"),
    "companies": QT_TRANSLATE_NOOP("DashboardPage", "Companies"),
    "opportunities": QT_TRANSLATE_NOOP("DashboardPage", "Opportunities"),
    "activities": QT_TRANSLATE_NOOP("DashboardPage", "Activities"),
    "appointments": QT_TRANSLATE_NOOP("DashboardPage", "Appointments"),
    "emails": QT_TRANSLATE_NOOP("DashboardPage", "Emails"),
    "documents": QT_TRANSLATE_NOOP("DashboardPage", "Documents"),
    "users": QT_TRANSLATE_NOOP("DashboardPage", "Users"),
}


class DashboardPage(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("What this database holds"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(title)
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for key, label in COUNT_LABELS.items():
            value = QLabel()
            value.setObjectName(f"count_{key}")
            self.count_labels[key] = value
            form.addRow(self.tr(label), value)
        layout.addLayout(form)
        note = QLabel(self.tr("Sales figures and the forecast appear here once the pipeline section is built."))
        note.setWordWrap(True)
        layout.addWidget(note)
        layout.addStretch(1)
        self.refresh()
        workspace.changes.changed.connect(lambda *_: self.refresh())

    def refresh(self) -> None:
        info = database_info(self.workspace.db)
        for key, label in self.count_labels.items():
            label.setText(format_count(info.counts[key], self.workspace))
