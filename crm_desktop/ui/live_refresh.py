"""Live refresh: changes committed by other instances reach the open views within about a second.

A QTimer polls the ChangeWatcher (PRAGMA data_version on SQLite, the newest audit id on PostgreSQL: well
under a millisecond when nothing changed) and re-emits what changed on ``workspace.changes``, the same signal
local saves use; pages already refresh from it while keeping selection, scroll and open forms.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, QTimer, Signal

from crm_desktop.errors import CrmError
from crm_desktop.services.changes import ChangeWatcher

from .workspace import Workspace

INTERVAL_MS = 1_000


class LiveRefresh(QObject):
    """Start it once per main window; ``problem`` carries a message when the database cannot be polled."""

    problem = Signal(str)

    def __init__(self, workspace: Workspace, parent: QObject | None = None, interval_ms: int = INTERVAL_MS):
        super().__init__(parent)
        self.workspace = workspace
        self.watcher = ChangeWatcher(workspace.db)
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.poll)
        self._failing = False

    def start(self) -> None:
        self.timer.start()

    def stop(self) -> None:
        self.timer.stop()
        self.watcher.close()

    def poll(self) -> list[tuple[str, int]]:
        try:
            changes = self.watcher.poll()
        except CrmError as exc:
            if not self._failing:  # say it once, not every second
                self.problem.emit(str(exc))
            self._failing = True
            return []
        self._failing = False
        for entity, record_id in changes:
            self.workspace.notify(entity, record_id)
        return changes
