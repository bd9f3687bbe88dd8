"""info, check, backup and restore, including PostgreSQL -> SQLite file -> PostgreSQL."""

from __future__ import annotations

import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import DatabaseError
from crm_desktop.services import maintenance
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.services.people import CompanyService, ContactService


def _fill(db: Database) -> None:
    company = CompanyService(db).create({"name": "Nour Trading"})
    contacts = ContactService(db)
    for name in ("سارا", "Omar", "Lena"):
        contacts.create({"display_name": name, "company_id": company.id, "emails": [f"{len(name)}x@nour.sa"]})
    gone = contacts.create({"display_name": "Trashed"})
    contacts.delete(gone.id)
    DocumentService(db).add(b"%PDF-1.4 tiny", "offer.pdf", company_id=company.id)


def test_info_counts_live_and_trashed_records(db: Database) -> None:
    _fill(db)
    info = maintenance.database_info(db)
    assert info.counts["contacts"] == 3 and info.in_trash["contacts"] == 1
    assert info.counts["companies"] == 1 and info.counts["documents"] == 1
    assert info.schema_revision is not None and info.mode in ("local", "server")


def test_check_is_clean_and_finds_a_broken_reference(sqlite_path: Path) -> None:
    db = open_database(sqlite_path)
    _fill(db)
    assert maintenance.check_database(db).ok
    db.close()
    with closing(sqlite3.connect(sqlite_path, isolation_level=None)) as conn:
        conn.execute("PRAGMA foreign_keys=OFF")
        conn.execute("UPDATE contacts SET company_id = 777 WHERE id = 1")
    db = open_database(sqlite_path)
    report = maintenance.check_database(db)
    db.close()
    assert not report.ok and any("refer to records" in p for p in report.problems)


def test_backup_and_restore_round_trip(db: Database, tmp_path: Path) -> None:
    _fill(db)
    target = tmp_path / "backup.sqlite3"
    maintenance.backup(db, target)
    with pytest.raises(DatabaseError, match="already exists"):
        maintenance.backup(db, target)
    contacts = ContactService(db)
    contacts.create({"display_name": "After the backup"})
    assert contacts.count() == 4
    maintenance.restore(db, target)
    reopened = open_database(db.url.render_as_string(hide_password=False) if db.path is None else db.path)
    try:
        names = sorted(c.display_name for c in ContactService(reopened).list())
        assert names == sorted(["سارا", "Omar", "Lena"])
        assert ContactService(reopened).count(deleted=True) == 1
        doc = DocumentService(reopened).list()[0]
        assert DocumentService(reopened).content(doc.id) == b"%PDF-1.4 tiny"
        # New rows after a restore get fresh ids (sequences moved past the restored rows).
        assert ContactService(reopened).create({"display_name": "New"}).id > 4
    finally:
        reopened.close()


def test_backup_is_an_openable_database(db: Database, tmp_path: Path) -> None:
    _fill(db)
    copy = open_database(maintenance.backup(db, tmp_path / "copy.sqlite3"))
    try:
        assert maintenance.database_info(copy).counts == maintenance.database_info(db).counts
    finally:
        copy.close()


def test_restore_refuses_a_file_that_is_not_a_backup(db: Database, tmp_path: Path) -> None:
    _fill(db)
    bogus = tmp_path / "photo.jpg"
    bogus.write_bytes(b"\xff\xd8\xff\xe0 not a database")
    with pytest.raises(DatabaseError):
        maintenance.restore(db, bogus)
    assert ContactService(db).count() == 3
