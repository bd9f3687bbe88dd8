"""What the import's speed-ups must leave as they were: the collector's state, the connection's page cache,
and the duplicate lookup's answers when keys repeat within one batch (its fast path is for when none do)."""

from __future__ import annotations

import gc

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Contact
from crm_desktop.services import contact_import
from crm_desktop.services.bulk import BulkCancelled
from crm_desktop.services.contact_import import import_contacts

ROWS = [{"given_name": f"Name {i}", "emails": [f"n{i}@example.org"], "phones": [f"+49 30 {i:07d}"]} for i in range(5)]


def _cache_size(db: Database) -> int:
    with db.read() as session:
        return int(session.connection().exec_driver_sql("PRAGMA cache_size").scalar())


@pytest.mark.parametrize("enabled", [True, False])
def test_collector_state_is_restored(db: Database, enabled: bool) -> None:
    was = gc.isenabled()
    try:
        gc.enable() if enabled else gc.disable()
        seen: list[bool] = []
        import_contacts(db, ROWS, progress=lambda _done: seen.append(gc.isenabled()) or True)
        assert seen and not any(seen)  # off while importing
        assert gc.isenabled() is enabled
        with pytest.raises(BulkCancelled):
            import_contacts(db, ROWS, progress=lambda _done: False)
        assert gc.isenabled() is enabled
    finally:
        gc.enable() if was else gc.disable()


def test_page_cache_is_put_back_after_success_and_cancel(db: Database) -> None:
    if db.engine.dialect.name != "sqlite":
        pytest.skip("a SQLite setting")
    usual = _cache_size(db)
    assert usual != -contact_import.IMPORT_CACHE_KIB
    import_contacts(db, ROWS)
    assert _cache_size(db) == usual
    with pytest.raises(BulkCancelled):
        import_contacts(db, [{"given_name": "Later", "emails": ["later@example.org"]}], progress=lambda _d: False)
    assert _cache_size(db) == usual
    with db.read() as session:
        assert session.scalar(select(func.count()).select_from(Contact)) == 5  # the cancelled one rolled back


def test_repeats_within_a_batch_still_found(db: Database) -> None:
    rows = [*ROWS, {"given_name": "Again", "emails": ["N2@example.org"]}, {"given_name": "Same row twice",
            "emails": ["twice@example.org", "twice@example.org"]}]  # fmt: skip
    outcome = import_contacts(db, rows)
    assert outcome.counts()["created"] == 6 and [s[0] for s in outcome.skipped] == [5]
    assert "earlier row" in outcome.skipped[0][2]
