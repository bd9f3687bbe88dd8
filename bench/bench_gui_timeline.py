"""gui_timeline: open a contact with 2,000 timeline items in the 360-degree view.

Product: RecordDetail.show_record (header + the merged timeline of activities, appointments, emails,
documents and deals), painted. Baseline: the raw sqlite3 query of that contact's 2,000 activities.
Target (issue 3): < 200 ms.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm_desktop.db.engine import open_database
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import Activity
from crm_desktop.services.people import ContactService
from crm_desktop.ui.pages.record_detail import RecordDetail
from crm_desktop.ui.workspace import Workspace

from .gui_common import app, raw
from .harness import Benchmark, Options, Side

ITEMS = 2_000


def benchmark(options: Options) -> Benchmark:
    app()
    path = options.out / "gui-timeline.sqlite3"
    for suffix in ("", "-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    db = open_database(path)
    contact = ContactService(db).create({"display_name": "مریم کاظمی", "emails": ["maryam@example.ir"]})
    start = datetime(2024, 1, 1, tzinfo=UTC)
    kinds = ("call", "note", "meeting", "task", "email", "sms")
    with db.write() as session:
        insert_rows(
            session.connection(),
            Activity.__table__,
            [
                {
                    "kind": kinds[i % len(kinds)],
                    "subject": f"پیگیری شماره {i}",
                    "contact_id": contact.id,
                    "occurred_at": start + timedelta(hours=7 * i),
                    "version": 1,
                    "done": False,
                    "is_private": False,
                    "priority": 2,
                    "uid": f"bench-{i}",
                    "created_at": start,
                    "updated_at": start,
                }
                for i in range(ITEMS)
            ],
        )
    detail = RecordDetail(Workspace(db, None, "bench"), "contacts")
    detail.resize(700, 800)
    detail.show()
    bench = Benchmark(
        "gui_timeline",
        f"open a contact with {ITEMS:,} timeline items",
        Side("RecordDetail.show_record + paint", lambda _: None),
        Side(f"sqlite3: the contact's {ITEMS:,} activities", lambda _: None),
        repeat=7,
        target_seconds=0.2,
    )

    def product(_state: None) -> None:
        detail.show_record(None)
        detail.show_record(contact.id)
        app().processEvents()
        detail.grab()
        assert detail.timeline.tree.topLevelItemCount() == min(ITEMS, detail.timeline.limit)

    def baseline(_state: None) -> None:
        conn = raw(path)
        conn.execute(
            "SELECT id, kind, occurred_at, subject FROM activities WHERE contact_id = ? ORDER BY occurred_at DESC",
            (contact.id,),
        ).fetchall()
        conn.close()

    bench.product.run, bench.baseline.run = product, baseline
    return bench
