"""Shared set-up of the GUI benchmarks: an offscreen QApplication and the cached 1M-contact database."""

from __future__ import annotations

import os
import sqlite3
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from crm_desktop.db.engine import open_database
from crm_desktop.ui.workspace import Workspace

from .bench_open_info import ensure_demo_file
from .harness import Options

# The list's first page and the raw query that yields the same ids.
FIRST_PAGE_SQL = "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 200"
COUNT_SQL = "SELECT count(*) FROM contacts WHERE deleted_at IS NULL"


def app() -> QApplication:
    return QApplication.instance() or QApplication([])


def big_database(options: Options) -> tuple[int, Path]:
    return ensure_demo_file(options)


def workspace(path: Path) -> Workspace:
    return Workspace(open_database(path), None, "bench")


def raw(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(path)


def rss_mb() -> float:
    """Resident memory of this process now (Linux /proc), in MB."""
    with open("/proc/self/statm") as handle:
        pages = int(handle.read().split()[1])
    return pages * os.sysconf("SC_PAGE_SIZE") / 1e6
