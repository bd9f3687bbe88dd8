"""gui_start_lang: process start to a painted main window in Persian vs the same in English.

Both sides are the whole start of ``gui_start``'s product (open the 1M-contact database, MainWindow on the
Contacts section, one paint) with ``apply_language`` first, as ``run_gui`` does: Persian loads two .qm
translators and Qt's own, sets the locale, the bundled Vazirmatn font and the right-to-left layout.
Target (issue 4): switching language slows start-up by at most 10% (ratio <= 1.1).
"""

from __future__ import annotations

from .bench_gui_start import _run
from .gui_common import big_database
from .harness import Benchmark, Options, Side

PRODUCT = """
import sys, tempfile
from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication
app = QApplication([])
from crm_desktop.ui.language import apply_language
apply_language(app, sys.argv[2])
from crm_desktop.db.engine import open_database
from crm_desktop.ui.app import current_workspace
from crm_desktop.ui.main_window import MainWindow
settings = QSettings(tempfile.mkdtemp() + "/w.ini", QSettings.Format.IniFormat)
window = MainWindow(current_workspace(open_database(sys.argv[1]), lang=sys.argv[2]), settings)
window.show()
window.grab()
"""


def benchmark(options: Options) -> Benchmark:
    count, path = big_database(options)
    return Benchmark(
        "gui_start_lang",
        f"start to painted main window in Persian vs English, {count:,} contacts",
        Side("python -c: apply_language('fa') + open + MainWindow + paint", lambda _: _run(PRODUCT, str(path), "fa")),
        Side("python -c: apply_language('en') + open + MainWindow + paint", lambda _: _run(PRODUCT, str(path), "en")),
        repeat=7,
        target_ratio=1.1,
    )
