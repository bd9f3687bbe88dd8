"""gui_start: from process start to a usable main window on the 1M-contact database.

Product: a fresh Python process that opens the database, builds MainWindow on the Contacts section and
paints it once. Baseline: a fresh process that shows a bare PySide6 QMainWindow and paints it once.
Target (issue 3): product <= 2x the baseline.
"""

from __future__ import annotations

import os
import subprocess
import sys

from .gui_common import big_database
from .harness import Benchmark, Options, Side

PRODUCT = """
import sys, tempfile
from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication
app = QApplication([])
from crm_desktop.db.engine import open_database
from crm_desktop.ui.app import current_workspace
from crm_desktop.ui.main_window import MainWindow
settings = QSettings(tempfile.mkdtemp() + "/w.ini", QSettings.Format.IniFormat)
window = MainWindow(current_workspace(open_database(sys.argv[1])), settings)
window.show()
window.grab()
"""
BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication([])
window = QMainWindow()
window.resize(1280, 800)
window.show()
window.grab()
"""


def _run(code: str, *args: str) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    subprocess.run([sys.executable, "-c", code, *args], check=True, env=env)


def benchmark(options: Options) -> Benchmark:
    count, path = big_database(options)
    return Benchmark(
        "gui_start",
        f"process start to painted main window, {count:,} contacts",
        Side("python -c: open database + MainWindow + paint", lambda _: _run(PRODUCT, str(path))),
        Side("python -c: bare QMainWindow + paint", lambda _: _run(BASELINE)),
        repeat=5,
        target_ratio=2.0,
    )
