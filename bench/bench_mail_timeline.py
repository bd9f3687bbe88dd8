"""mail_timeline: open a contact with 5,000 linked e-mails in the 360-degree view.

Product: RecordDetail.show_record (header + the merged timeline), painted, for a contact whose 5,000 stored
e-mails (3 KB text + HTML bodies each, as real mail is) are linked through email_contacts. Baseline: the raw
sqlite3 query of that contact's 5,000 email rows (id, date, subject, sender). Target (issue 9): < 300 ms.
The view shows the newest page (ui/widgets/timeline_view.PAGE items; "Show older items" adds more) and
reads no bodies: the product reads the page, the baseline reads all 5,000 rows.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import EmailMessage, email_contacts

from .gui_common import raw
from .harness import Benchmark, Options
from .timeline_common import fresh_contact, timeline_benchmark

EMAILS = 5_000
BODY = "سلام، پیش‌فاکتور سفارش این ماه پیوست است. لطفاً بررسی کنید و نظرتان را بفرمایید. " * 36  # ~3 KB

BASELINE_SQL = (
    "SELECT m.id, coalesce(m.sent_at, m.created_at) AS at, m.subject, m.from_address FROM email_messages m "
    "JOIN email_contacts l ON l.email_id = m.id WHERE l.contact_id = ? AND m.deleted_at IS NULL ORDER BY at DESC"
)


def benchmark(options: Options) -> Benchmark:
    path, db, contact = fresh_contact(options, "mail-timeline.sqlite3")
    start = datetime(2023, 1, 1, tzinfo=UTC)
    html = f'<!DOCTYPE html><html><body><div dir="rtl">{BODY}</div></body></html>'
    with db.write() as session:
        conn = session.connection()
        insert_rows(
            conn,
            EmailMessage.__table__,
            [
                {
                    "message_id": f"<bench-{i}@example.ir>",
                    "thread_key": f"<bench-{i - i % 4}@example.ir>",
                    "subject": f"پیش‌فاکتور شماره {i}",
                    "from_address": "Maryam <maryam@example.ir>",
                    "to_addresses": "office@example.com",
                    "cc_addresses": "",
                    "bcc_addresses": "",
                    "sent_at": start + timedelta(hours=3 * i),
                    "text_body": BODY,
                    "html_body": html,
                    "direction": "in" if i % 3 else "out",
                    "state": "received" if i % 3 else "sent",
                    "folder": "INBOX",
                    "send_attempts": 0,
                    "is_private": False,
                    "version": 1,
                    "uid": f"bench-mail-{i}",
                    "created_at": start,
                    "updated_at": start,
                }
                for i in range(EMAILS)
            ],
        )
        ids = [r[0] for r in conn.exec_driver_sql("SELECT id FROM email_messages ORDER BY id")]
        insert_rows(conn, email_contacts, [{"email_id": i, "contact_id": contact.id} for i in ids])

    def baseline(_state: None) -> None:
        conn = raw(path)
        rows = conn.execute(BASELINE_SQL, (contact.id,)).fetchall()
        conn.close()
        assert len(rows) == EMAILS

    return timeline_benchmark(
        "mail_timeline",
        f"open a contact with {EMAILS:,} linked e-mails",
        db,
        contact.id,
        shown=EMAILS,  # more than a page: the view shows the newest page
        baseline=(f"sqlite3: the contact's {EMAILS:,} email rows", baseline),
        target_seconds=0.3,
    )
