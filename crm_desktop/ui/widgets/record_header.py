"""The top of the 360-degree view: who this is, how to reach them, and the quick actions."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from .photo_editor import AVATAR, avatar_pixmap

# Marked for lupdate; RecordHeader.tr() translates them where shown.
QUICK_ACTIONS = (
    ("call", QT_TRANSLATE_NOOP("RecordHeader", "Log call")),
    ("note", QT_TRANSLATE_NOOP("RecordHeader", "Add note")),
    ("task", QT_TRANSLATE_NOOP("RecordHeader", "Add task")),
    ("appointment", QT_TRANSLATE_NOOP("RecordHeader", "Schedule")),
    ("deal", QT_TRANSLATE_NOOP("RecordHeader", "New opportunity")),
    ("file", QT_TRANSLATE_NOOP("RecordHeader", "Attach file")),
)


class RecordHeader(QWidget):
    action = Signal(str)
    edit_requested = Signal()
    history_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.subtitle = QLabel()
        self.facts = QLabel()
        self.channels = QLabel()
        self.channels.setOpenExternalLinks(True)
        self.channels.setTextFormat(Qt.TextFormat.RichText)
        self.avatar = QLabel()
        self.avatar.setFixedSize(AVATAR, AVATAR)
        edit = QPushButton(self.tr("&Edit…"))
        edit.clicked.connect(self.edit_requested)
        top = QHBoxLayout()
        top.addWidget(self.title, 1)
        top.addWidget(edit)
        self.history_button = QPushButton(self.tr("&History…"))  # who changed what, from the audit log
        self.history_button.clicked.connect(self.history_requested)
        self.history_button.setToolTip(self.tr("Who changed what in this record, and when"))
        top.addWidget(self.history_button)
        buttons = QHBoxLayout()
        self.buttons: dict[str, QPushButton] = {}
        for key, label in QUICK_ACTIONS:
            button = QPushButton(self.tr(label))
            button.clicked.connect(lambda _=False, k=key: self.action.emit(k))
            self.buttons[key] = button
            buttons.addWidget(button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for widget in (self.subtitle, self.facts, self.channels):
            widget.setWordWrap(True)
        text = QVBoxLayout()
        text.addLayout(top)
        text.addWidget(self.subtitle)
        text.addWidget(self.facts)
        text.addWidget(self.channels)
        beside = QHBoxLayout()  # the avatar at the start of the line (right in Arabic and Persian)
        beside.addWidget(self.avatar, 0, Qt.AlignmentFlag.AlignTop)
        beside.addLayout(text, 1)
        layout.addLayout(beside)
        layout.addLayout(buttons)

    def show_record(
        self,
        title: str,
        subtitle: str,
        facts: str,
        emails: list[str],
        phones: list[str],
        photo: bytes | None = None,
        name: str = "",
    ) -> None:
        """``photo`` (or the first letter of ``name`` on a colour) is shown as the round avatar."""
        self.avatar.setPixmap(avatar_pixmap(photo, name or title))
        # Lines that start with an isolated name have no strong direction of their own; a mark of the
        # page's direction makes a wrapped label align with the page (right in Arabic and Persian).
        mark = "\u200f" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "\u200e"
        self.title.setText(mark + title)
        self.subtitle.setText(mark + subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.facts.setText(mark + facts)
        links = [f'<a href="mailto:{e}">{e}</a>' for e in emails] + [
            f'<a href="tel:{p.replace(" ", "")}">{p.replace(" ", "&nbsp;")}</a>' for p in phones
        ]  # a number never wraps inside itself ("+98" alone at the end of a line)
        # Addresses and numbers are left-to-right text: isolate each, whatever the page direction.
        self.channels.setText(mark + " · ".join(f"&#x2066;{link}&#x2069;" for link in links))
        self.channels.setVisible(bool(links))
