"""Opening databases: modes, pragmas, and every way a file can be wrong."""

from __future__ import annotations

import os
import sqlite3
import stat
from contextlib import closing
from pathlib import Path

import pytest
from sqlalchemy import text

from crm_desktop.db.engine import open_database
from crm_desktop.errors import DatabaseError, SchemaTooNewError
from crm_desktop.services.people import ContactService


def _journal_mode(path: Path) -> str:
    with closing(sqlite3.connect(path)) as conn:  # sqlite3's own context manager does not close
        return conn.execute("PRAGMA journal_mode").fetchone()[0]


def test_local_file_uses_wal_and_foreign_keys(sqlite_path: Path) -> None:
    db = open_database(sqlite_path)
    with db.read() as session:
        assert session.execute(text("PRAGMA foreign_keys")).scalar() == 1
        assert session.execute(text("PRAGMA busy_timeout")).scalar() >= 5000
    db.close()
    assert db.mode == "local" and _journal_mode(sqlite_path) == "wal"


def test_shared_file_uses_rollback_journal_even_if_it_was_wal(sqlite_path: Path) -> None:
    open_database(sqlite_path).close()
    assert _journal_mode(sqlite_path) == "wal"
    db = open_database(sqlite_path, shared=True)
    ContactService(db).create({"display_name": "x"})
    db.close()
    assert db.mode == "shared" and _journal_mode(sqlite_path) == "delete"


def test_writes_take_the_lock_up_front(sqlite_path: Path) -> None:
    db = open_database(sqlite_path)
    with db.write() as session:
        session.execute(text("SELECT 1"))  # a read first: the transaction must already hold the write lock
        other = sqlite3.connect(sqlite_path, timeout=0)
        with pytest.raises(sqlite3.OperationalError, match="locked"):
            other.execute("BEGIN IMMEDIATE")
        other.close()
    db.close()


def test_missing_folder_is_named(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="does not exist"):
        open_database(tmp_path / "nope" / "crm.sqlite3")
    assert not (tmp_path / "nope").exists()


def test_file_that_is_not_a_database_is_left_alone(tmp_path: Path) -> None:
    path = tmp_path / "notes.txt"
    path.write_bytes(b"Dear customer,\n" * 100)
    with pytest.raises(DatabaseError, match="not a Rafiq CRM database"):
        open_database(path)
    assert path.read_bytes() == b"Dear customer,\n" * 100


def test_other_apps_sqlite_database_is_refused_untouched(tmp_path: Path) -> None:
    path = tmp_path / "other.db"
    with closing(sqlite3.connect(path)) as conn:
        conn.execute("CREATE TABLE songs (title TEXT)")
    before = path.read_bytes()
    with pytest.raises(DatabaseError, match="not a Rafiq CRM database"):
        open_database(path)
    assert path.read_bytes() == before


def test_newer_schema_is_refused_and_file_untouched(sqlite_path: Path) -> None:
    open_database(sqlite_path).close()
    with closing(sqlite3.connect(sqlite_path, isolation_level=None)) as conn:
        conn.execute("PRAGMA journal_mode=DELETE")
        conn.execute("UPDATE alembic_version SET version_num = '9999_from_the_future'")
    before = sqlite_path.read_bytes()
    with pytest.raises(SchemaTooNewError, match="newer version"):
        open_database(sqlite_path)
    assert sqlite_path.read_bytes() == before
    assert not list(sqlite_path.parent.glob("*before-upgrade*"))


def test_read_only_file_opens_for_reading_and_refuses_writes(sqlite_path: Path) -> None:
    db = open_database(sqlite_path, shared=True)  # rollback journal: no -wal file needed to read
    ContactService(db).create({"display_name": "Kept"})
    db.close()
    os.chmod(sqlite_path, stat.S_IRUSR | stat.S_IRGRP)
    before = sqlite_path.read_bytes()
    try:
        db = open_database(sqlite_path)
        assert db.read_only
        contacts = ContactService(db)
        assert [c.display_name for c in contacts.list()] == ["Kept"]
        with pytest.raises(DatabaseError, match="read-only"):
            contacts.create({"display_name": "New"})
        db.close()
    finally:
        os.chmod(sqlite_path, stat.S_IRUSR | stat.S_IWUSR)
    assert sqlite_path.read_bytes() == before


def test_unreachable_server_gives_a_clear_message() -> None:
    with pytest.raises(DatabaseError, match="Cannot connect"):
        open_database("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2")


def test_folder_instead_of_file(tmp_path: Path) -> None:
    with pytest.raises(DatabaseError, match="folder"):
        open_database(tmp_path)


def test_file_deleted_while_open_stops_saving(sqlite_path: Path) -> None:
    db = open_database(sqlite_path)
    contacts = ContactService(db)
    contacts.create({"display_name": "Saved before"})
    sqlite_path.unlink()
    with pytest.raises(DatabaseError, match="disappeared"):
        contacts.create({"display_name": "Would be lost"})
    with pytest.raises(DatabaseError, match="disappeared"):
        contacts.list()
    db.close()
