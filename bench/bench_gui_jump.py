"""gui_jump: jump to the end of the 1M-contact list, and re-sort it by name (descending).

Product: the lazy model fetching the last row after a jump, then after a re-sort the first row.
Baseline: the same two raw sqlite3 page queries (OFFSET at the end; ORDER BY ... DESC LIMIT).
Target (issue 3): each < 1 s; both are timed together here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt

from crm_desktop.ui.pages.contacts_page import ContactsPage

from .gui_common import app, big_database, raw, workspace
from .harness import Benchmark, Options, Side


def benchmark(options: Options) -> Benchmark:
    count, path = big_database(options)
    app()
    ws = workspace(path)
    page = ContactsPage(ws)
    page.resize(1280, 800)
    page.show()
    app().processEvents()
    bench = Benchmark(
        "gui_jump",
        f"jump to the end, then re-sort by name, on {count:,} contacts",
        Side("model: last row, then sort desc + first row", lambda _: None),
        Side("sqlite3: OFFSET page at the end + DESC page", lambda _: None),
        repeat=5,
        target_seconds=1.0,
    )

    def product(_state: None) -> None:
        page.model.sort(0, Qt.SortOrder.AscendingOrder)
        page.table.scrollToBottom()
        last = page.model.row(page.model.rowCount() - 1)
        page.model.sort(0, Qt.SortOrder.DescendingOrder)
        first = page.model.row(0)
        assert last is not None and first is not None and last.id == first.id

    def baseline(_state: None) -> None:
        conn = raw(path)
        total = conn.execute("SELECT count(*) FROM contacts WHERE deleted_at IS NULL").fetchone()[0]
        conn.execute(
            "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY sort_key, id LIMIT 200 OFFSET ?",
            ((total - 1) // 200 * 200,),
        ).fetchall()
        conn.execute(
            "SELECT id FROM contacts WHERE deleted_at IS NULL ORDER BY sort_key DESC, id DESC LIMIT 200"
        ).fetchall()
        conn.close()

    bench.product.run, bench.baseline.run = product, baseline
    return bench
