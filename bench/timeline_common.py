"""Shared set-up of the 360-degree-view timeline benchmarks (gui_timeline, mail_timeline): one contact in a
fresh database file, and the product side that opens and paints it in RecordDetail."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.dto import ContactDTO
from crm_desktop.services.people import ContactService
from crm_desktop.ui.pages.record_detail import RecordDetail
from crm_desktop.ui.workspace import Workspace

from .gui_common import app
from .harness import Benchmark, Options, Side


def fresh_contact(options: Options, file_name: str) -> tuple[Path, Database, ContactDTO]:
    """A new database file (any earlier one and its WAL removed) holding the one contact the bench opens."""
    app()
    path = options.out / file_name
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(path)
    contact = ContactService(db).create({"display_name": "مریم کاظمی", "emails": ["maryam@example.ir"]})
    return path, db, contact


def timeline_benchmark(
    name: str,
    description: str,
    db: Database,
    contact_id: int,
    *,
    shown: int,
    baseline: tuple[str, Callable[[None], None]],
    target_seconds: float,
) -> Benchmark:
    """Product: RecordDetail.show_record of the contact, painted, showing ``shown`` top-level items."""
    detail = RecordDetail(Workspace(db, None, "bench"), "contacts")
    detail.resize(700, 800)
    detail.show()

    def product(_state: None) -> None:
        detail.show_record(None)
        detail.show_record(contact_id)
        app().processEvents()
        detail.grab()
        assert detail.timeline.tree.topLevelItemCount() == min(shown, detail.timeline.limit)

    return Benchmark(
        name,
        description,
        Side("RecordDetail.show_record + paint", product),
        Side(baseline[0], baseline[1]),
        repeat=7,
        target_seconds=target_seconds,
    )
