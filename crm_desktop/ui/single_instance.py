"""One running app per user: a second start hands over to the first, which comes to the front.

The first instance listens on a QLocalServer (a named pipe on Windows, a Unix socket elsewhere) named after
the user; a later start connects, says "raise" and exits. A socket left behind by a crashed instance is
removed when no one answers on it, so a crash never blocks the next start.
"""

from __future__ import annotations

import getpass
import re

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket
from PySide6.QtWidgets import QWidget

CONNECT_MS = 500


def server_name(suffix: str = "") -> str:
    try:
        user = getpass.getuser()
    except (KeyError, OSError):  # no login name (some containers): one instance per machine then
        user = "user"
    return "RafiqCRM-" + re.sub(r"[^A-Za-z0-9_.-]", "_", user + suffix)


class SingleInstance(QObject):
    """``claim()`` False means another instance runs and was asked to come forward: leave quietly."""

    activated = Signal()

    def __init__(self, name: str | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.name = name or server_name()
        self.server: QLocalServer | None = None

    def claim(self) -> bool:
        socket = QLocalSocket()
        socket.connectToServer(self.name)
        if socket.waitForConnected(CONNECT_MS):
            socket.write(b"raise\n")
            socket.waitForBytesWritten(CONNECT_MS)
            socket.disconnectFromServer()
            return False
        server = QLocalServer(self)
        if not server.listen(self.name):
            QLocalServer.removeServer(self.name)  # stale socket file of an instance that crashed
            if not server.listen(self.name):
                return True  # cannot listen (odd file system): run anyway, just without the hand-over
        server.newConnection.connect(self._on_connection)
        self.server = server
        return True

    def _on_connection(self) -> None:
        assert self.server is not None
        while (connection := self.server.nextPendingConnection()) is not None:
            connection.disconnected.connect(connection.deleteLater)
            self.activated.emit()

    def close(self) -> None:
        if self.server is not None:
            self.server.close()
            self.server = None


def bring_to_front(window: QWidget) -> None:
    if window.isMinimized():
        window.setWindowState(window.windowState() & ~Qt.WindowState.WindowMinimized)
    window.show()
    window.raise_()
    window.activateWindow()
