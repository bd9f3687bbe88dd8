"""The Emails page's fetch progress: "Fetching Office — مشتریان: 25 of 60 messages", a bar and Cancel.

The fetch runs through run_op on the database thread; ``progressed`` is emitted there and, being a queued
signal to this GUI-thread object, is shown here. Cancel only sets an event the fetcher checks between
batches: the batch being stored finishes (it is one unit of work with the folder's position), nothing after.
"""

from __future__ import annotations

import threading

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QProgressBar, QPushButton, QWidget

from crm_desktop.services.imap_fetch import FetchProgress
from crm_desktop.text.bidi import isolate

from ..dates import format_count


class FetchBar(QWidget):
    progressed = Signal(object)  # FetchProgress, emitted on the database thread

    def __init__(self, settings: object, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings
        self.cancel_event = threading.Event()
        self.text = QLabel()
        self.text.setObjectName("fetchProgress")
        self.bar = QProgressBar()
        self.bar.setTextVisible(False)
        self.bar.setMaximumWidth(240)
        self.cancel_button = QPushButton(self.tr("&Cancel fetching"))
        self.cancel_button.clicked.connect(self.cancel)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.text, 1)
        layout.addWidget(self.bar)
        layout.addWidget(self.cancel_button)
        self.progressed.connect(self.show_progress)
        self.hide()

    def start(self) -> threading.Event:
        self.cancel_event = threading.Event()
        self.cancel_button.setEnabled(True)
        self.text.setText(self.tr("Connecting to the mail server…"))
        self.bar.setRange(0, 0)  # busy until the first folder says how many messages are new
        self.show()
        return self.cancel_event

    def cancel(self) -> None:
        self.cancel_event.set()
        self.cancel_button.setEnabled(False)
        self.text.setText(self.text.text() + " — " + self.tr("stopping after this batch…"))

    def show_progress(self, progress: FetchProgress) -> None:
        if self.cancel_event.is_set():
            return
        self.text.setText(
            self.tr("Fetching {0} — {1}: {2} of {3} messages").format(
                isolate(progress.account), isolate(progress.folder),
                format_count(progress.done, self.settings), format_count(progress.total, self.settings),
            )
        )  # fmt: skip
        self.bar.setRange(0, max(progress.total, 1))
        self.bar.setValue(progress.done if progress.total else 1)

    def finish(self) -> None:
        self.hide()
