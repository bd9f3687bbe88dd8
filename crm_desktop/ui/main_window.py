"""The main window: navigation on the side, one page per section, the open database in the status bar.

This is the frame the workspace issue fills in; sections not built yet say so plainly.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QLabel,
    QListWidget,
    QMainWindow,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.db.engine import Database
from crm_desktop.services.maintenance import database_info

SECTIONS = ("Dashboard", "Contacts", "Companies", "Calendar", "Pipeline", "Emails", "Documents", "Reports", "Trash")
MODE_LABELS = {"local": "local file", "shared": "shared folder", "server": "server"}


class MainWindow(QMainWindow):
    def __init__(self, db: Database):
        super().__init__()
        self.db = db
        self.setWindowTitle(self.tr("Rafiq CRM"))
        self.resize(1100, 700)
        self.navigation = QListWidget()
        self.pages = QStackedWidget()
        for name in SECTIONS:
            self.navigation.addItem(self.tr(name))
            self.pages.addWidget(self._dashboard() if name == "Dashboard" else self._not_yet(name))
        self.navigation.currentRowChanged.connect(self.pages.setCurrentIndex)
        self.navigation.setCurrentRow(0)
        self.navigation.setMaximumWidth(200)
        splitter = QSplitter()
        splitter.addWidget(self.navigation)
        splitter.addWidget(self.pages)
        splitter.setStretchFactor(1, 1)
        self.setCentralWidget(splitter)
        mode = MODE_LABELS[db.mode] + (", read-only" if db.read_only else "")
        self.statusBar().showMessage(f"{db.display_name}  ·  {self.tr(mode)}")

    def _dashboard(self) -> QWidget:
        info = database_info(self.db)
        page = QWidget()
        layout = QVBoxLayout(page)
        title = QLabel(self.tr("What this database holds"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        layout.addWidget(title)
        form = QFormLayout()
        self.count_labels: dict[str, QLabel] = {}
        for name, count in info.counts.items():
            label = QLabel(f"{count:,}")
            label.setObjectName(f"count_{name}")
            self.count_labels[name] = label
            form.addRow(self.tr(name.capitalize()), label)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _not_yet(self, name: str) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        label = QLabel(
            self.tr(
                "The {0} section is not built yet. Your data is safe and can be used from the command line "
                "(crm-desktop --help)."
            ).format(self.tr(name))
        )
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(label)
        return page
