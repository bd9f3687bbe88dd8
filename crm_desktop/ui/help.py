"""Help › User guide: the short guide shipped in the package (crm_desktop/help/guide_<lang>.html)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

HELP_DIR = Path(__file__).resolve().parents[1] / "help"  # package data; in the bundle via the spec's datas


def guide_path(lang: str) -> Path:
    """The guide in ``lang``, else the English one (FileNotFoundError only if the package lacks both)."""
    for name in (f"guide_{lang}.html", "guide_en.html"):
        if (HELP_DIR / name).is_file():
            return HELP_DIR / name
    raise FileNotFoundError(f"the user guide is missing from {HELP_DIR}")


class HelpDialog(QDialog):
    def __init__(self, lang: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Rafiq CRM user guide"))
        self.resize(720, 640)
        self.browser = QTextBrowser(self)
        self.browser.setOpenExternalLinks(True)
        try:
            self.browser.setHtml(guide_path(lang).read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError) as exc:
            self.browser.setPlainText(self.tr("The user guide cannot be shown: {0}").format(exc))
        if lang in ("ar", "fa"):
            self.browser.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
