"""Help › About: version, licences and where this computer keeps the data, settings and crash reports."""

from __future__ import annotations

import html

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from crm_desktop import __version__
from crm_desktop.config import config_dir, data_dir, log_dir

from .theme import app_icon


class AboutDialog(QDialog):
    def __init__(self, database: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("About Rafiq CRM"))
        icon = QLabel(self)
        icon.setPixmap(app_icon().pixmap(96, 96))
        icon.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        rows = [
            (self.tr("Database"), database),
            (self.tr("Data folder"), str(data_dir())),
            (self.tr("Settings"), str(config_dir())),
            (self.tr("Crash reports"), str(log_dir())),
        ]
        # Paths are shown left-to-right (dir="ltr") even in Arabic and Persian, so slashes stay in place.
        places = "".join(
            f"<tr><td><b>{html.escape(k)}</b>&nbsp;</td><td dir='ltr'>{html.escape(v)}</td></tr>" for k, v in rows
        )
        text = QLabel(
            f"<h2>{html.escape(self.tr('Rafiq CRM'))} {__version__}</h2>"
            f"<p>{html.escape(self.tr('An offline-first CRM for small businesses.'))}</p>"
            f"<table>{places}</table>"
            f"<p>{html.escape(self.tr('Licence: proprietary; all rights reserved.'))}<br>"
            + html.escape(
                self.tr("Uses Qt {0} (LGPL v3), PySide6, SQLAlchemy, ReportLab and the Vazirmatn font (OFL).")
            ).format(pyside_version)
            + "</p>",
            self,
        )
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        text.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok, self)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(icon)
        layout.addWidget(text)
        layout.addWidget(buttons)
