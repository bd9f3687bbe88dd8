"""Threading headers of replies and forwards (services.outbox.thread_after), and what build_mime writes."""

from __future__ import annotations

from crm_desktop.db.engine import Database
from crm_desktop.db.models import MailAccount
from crm_desktop.services.outbox import MAX_REFERENCES, MailThread, OutboxService, thread_after


def test_thread_after_a_message_without_references_starts_at_it() -> None:
    assert thread_after("<a@x>", None, None) == MailThread("<a@x>", "<a@x>", "<a@x>")
    assert thread_after("<b@x>", "<a@x>", "<a@x>", forward=True) == MailThread(None, "<a@x> <b@x>", "<a@x>")
    assert thread_after(None, None, "k") == MailThread(None, None, "k")


def test_long_threads_keep_the_root_and_the_newest_references() -> None:
    refs = " ".join(f"<{n}@x>" for n in range(40))
    thread = thread_after("<40@x>", refs, None)
    ids = (thread.references or "").split()
    assert len(ids) == MAX_REFERENCES and ids[0] == "<0@x>" and ids[-1] == "<40@x>"
    assert thread.thread_key == "<0@x>"


def test_queue_without_a_thread_is_unchanged_and_with_one_writes_the_headers(db: Database) -> None:
    with db.write() as session:
        account = MailAccount(name="Office", address="office@shop.example.com", smtp_host="127.0.0.1")
        session.add(account)
        session.flush()
        account_id = account.id
    outbox = OutboxService(db)
    plain = outbox.queue(account_id, "a@example.com", "Hi", "Hello")
    mime, _ = outbox.build_mime(plain)
    assert mime["In-Reply-To"] is None and mime["References"] is None
    answer = outbox.queue(account_id, "a@example.com", "Re: Hi", "Yes", thread=thread_after("<q@x>", "<r@x>", "<r@x>"))
    mime, _ = outbox.build_mime(answer)
    assert (mime["In-Reply-To"], mime["References"]) == ("<q@x>", "<r@x> <q@x>")
