"""gui_list: the Contacts view on a 1M-contact database, from construction to its first rows painted.

Product: build ContactsPage (count, first page of ids, the shown columns), paint it offscreen.
Baseline: the raw sqlite3 queries behind it (count + the first page of ids in sort order).
Targets (issue 3): first rows <= 300 ms; the notes also give the resident memory the view adds over
an empty database (target <= 150 MB).
"""

from __future__ import annotations

from crm_desktop.db.engine import open_database
from crm_desktop.ui.pages.contacts_page import ContactsPage
from crm_desktop.ui.workspace import Workspace

from .gui_common import COUNT_SQL, FIRST_PAGE_SQL, app, big_database, raw, rss_mb, workspace
from .harness import Benchmark, Options, Side


def _show(page: ContactsPage) -> None:
    page.resize(1280, 800)
    page.show()
    app().processEvents()
    page.grab()


def benchmark(options: Options) -> Benchmark:
    count, path = big_database(options)
    app()
    bench = Benchmark(
        "gui_list",
        f"Contacts view first rows on {count:,} contacts",
        Side("ContactsPage(...) shown and painted", lambda _: None),
        Side("sqlite3: count + first page of ids", lambda _: None),
        repeat=5,
        target_seconds=0.3,
    )
    ws = workspace(path)

    def product(_state: None) -> None:
        page = ContactsPage(ws)
        _show(page)
        assert page.model.rowCount() > 0 and page.model.row(0) is not None
        page.deleteLater()

    def baseline(_state: None) -> None:
        conn = raw(path)
        conn.execute(COUNT_SQL).fetchone()
        conn.execute(FIRST_PAGE_SQL).fetchall()
        conn.close()

    bench.product.run, bench.baseline.run = product, baseline
    # Memory the view adds: the same page on an empty database vs on the big one, in this process.
    empty_path = options.out / "gui-empty.sqlite3"
    empty_path.unlink(missing_ok=True)
    empty = open_database(empty_path)
    before = rss_mb()
    small_page = ContactsPage(Workspace(empty, None, "bench"))
    _show(small_page)
    on_empty = rss_mb()
    big_page = ContactsPage(ws)
    _show(big_page)
    big_page.table.scrollToBottom()
    app().processEvents()
    on_big = rss_mb()
    bench.notes.append(
        f"resident memory: +{on_empty - before:.0f} MB for the view on an empty database, "
        f"+{on_big - on_empty:.0f} MB more on {count:,} contacts (target <= 150 MB); "
        f"rows held: {big_page.model.cached_rows():,}"
    )
    return bench
