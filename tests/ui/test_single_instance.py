"""A second start hands over to the running app (a real second process), and a crashed one's socket is reused."""

from __future__ import annotations

import subprocess
import sys
import uuid
from pathlib import Path

from PySide6.QtCore import QDir
from PySide6.QtWidgets import QMainWindow
from pytestqt.qtbot import QtBot

from crm_desktop.ui.single_instance import SingleInstance, bring_to_front

SECOND = """
import sys
from PySide6.QtCore import QCoreApplication
from crm_desktop.ui.single_instance import SingleInstance
app = QCoreApplication([])
print("second" if SingleInstance(sys.argv[1]).claim() else "handed over")
"""


def _name() -> str:
    return f"RafiqCRM-test-{uuid.uuid4().hex[:12]}"


def test_second_process_hands_over_and_first_comes_forward(qtbot: QtBot) -> None:
    first = SingleInstance(_name())
    assert first.claim()
    window = QMainWindow()
    qtbot.addWidget(window)
    window.showMinimized()
    first.activated.connect(lambda: bring_to_front(window))
    with qtbot.waitSignal(first.activated, timeout=5000):
        out = subprocess.run([sys.executable, "-c", SECOND, first.name], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "handed over"
    assert not window.isMinimized()
    first.close()


def test_after_the_first_closes_a_new_start_runs(qtbot: QtBot) -> None:
    name = _name()
    first = SingleInstance(name)
    assert first.claim()
    first.close()
    second = SingleInstance(name)
    assert second.claim()
    second.close()


def test_stale_socket_of_a_crashed_instance_is_replaced() -> None:
    name = _name()
    stale = Path(QDir.tempPath()) / name  # where QLocalServer puts its Unix socket for a plain name
    stale.write_text("left by a crash")
    try:
        instance = SingleInstance(name)
        assert instance.claim() and instance.server is not None and instance.server.isListening()
        instance.close()
    finally:
        stale.unlink(missing_ok=True)
