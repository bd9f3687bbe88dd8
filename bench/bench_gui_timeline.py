"""gui_timeline: open a contact with 2,000 timeline items in the 360-degree view.

Product: RecordDetail.show_record (header + the merged timeline of activities, appointments, emails,
documents and deals), painted. Baseline: the raw sqlite3 query of that contact's 2,000 activities.
Target (issue 3): < 200 ms.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import Activity

from .gui_common import raw
from .harness import Benchmark, Options
from .timeline_common import fresh_contact, timeline_benchmark

ITEMS = 2_000


def benchmark(options: Options) -> Benchmark:
    path, db, contact = fresh_contact(options, "gui-timeline.sqlite3")
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

    def baseline(_state: None) -> None:
        conn = raw(path)
        conn.execute(
            "SELECT id, kind, occurred_at, subject FROM activities WHERE contact_id = ? ORDER BY occurred_at DESC",
            (contact.id,),
        ).fetchall()
        conn.close()

    return timeline_benchmark(
        "gui_timeline",
        f"open a contact with {ITEMS:,} timeline items",
        db,
        contact.id,
        shown=ITEMS,
        baseline=(f"sqlite3: the contact's {ITEMS:,} activities", baseline),
        target_seconds=0.2,
    )
