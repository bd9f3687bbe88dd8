"""The change watcher sees commits made through another connection (as another instance would make them)."""

from __future__ import annotations

from crm_desktop.db.engine import Database, open_database
from crm_desktop.services.changes import MANY, ChangeWatcher
from crm_desktop.services.people import ContactService


def test_commits_from_another_instance_are_reported_by_table_and_id(db: Database, db_target: str) -> None:
    watcher = ChangeWatcher(db)
    assert watcher.poll() == []
    other = open_database(db_target)  # the same mode as the fixture
    try:
        created = ContactService(other).create({"display_name": "Laila"})
        assert watcher.poll() == [("contacts", created.id)]
        assert watcher.poll() == []  # reported once
        service = ContactService(other)
        for n in range(MANY + 1):
            service.create({"display_name": f"bulk {n}"})
        assert watcher.poll() == [("contacts", 0)]
    finally:
        other.close()
        watcher.close()
