"""Status-bar text "2 others working: Sara (PC-2), Omid (PC-3)": this app's heartbeat every 30 s and the
others seen in the last 2 minutes (services/presence.py), both on the database thread (ui/ops.run_op)."""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QTimer
from PySide6.QtWidgets import QLabel, QWidget

from crm_desktop.errors import CrmError
from crm_desktop.services.presence import BEAT_SECONDS, Presence, PresenceEntry
from crm_desktop.text.bidi import isolate

from .dates import digits, format_datetime
from .ops import run_op
from .workspace import Workspace


class PresenceIndicator(QLabel):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None, *, computer: str | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.presence = Presence(workspace.db, workspace.user_id, workspace.user_name, computer)
        self.others: list[PresenceEntry] = []
        self.timer = QTimer(self)
        self.timer.setInterval(BEAT_SECONDS * 1000)
        self.timer.timeout.connect(self.beat)
        self.hide()

    def start(self) -> None:
        self.beat()
        self.timer.start()

    def stop(self) -> None:
        """On quit: the heartbeat row goes at once, so others stop listing us (a failure is not worth a box)."""
        self.timer.stop()
        with contextlib.suppress(CrmError):
            self.presence.leave()

    def beat(self) -> None:
        presence = self.presence

        def work() -> list[PresenceEntry]:
            presence.beat()
            return presence.others()

        run_op(self, work, self.show_others, lambda _exc: None)  # no heartbeat this time: the next one retries

    def show_others(self, others: list[PresenceEntry]) -> None:
        self.others = others
        if not others:
            self.hide()
            return
        names = self.tr(", ").join(f"{isolate(o.user_name)} ({isolate(o.computer)})" for o in others)
        counted = QCoreApplication.translate("PresenceIndicator", "%n other(s) working: {0}", "", len(others))
        self.setText(digits(counted, self.workspace).format(names))  # the count in the user's digits, not names
        lines = [
            self.tr("{0} on {1}, process {2}, last seen {3}").format(
                isolate(o.user_name), isolate(o.computer), isolate(o.pid), format_datetime(o.last_seen, self.workspace)
            )
            for o in others
        ]
        self.setToolTip("\n".join(lines))
        self.show()
