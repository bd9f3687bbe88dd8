"""Mixing a local (WAL) user and a shared-folder (rollback journal) user of one file is refused clearly."""

from __future__ import annotations

from pathlib import Path

import pytest

from crm_desktop.db.engine import open_database
from crm_desktop.errors import DatabaseError
from crm_desktop.services.people import ContactService


def test_a_shared_open_while_another_instance_uses_wal_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "office.sqlite3"
    local = open_database(path)
    ContactService(local).create({"display_name": "kept"})
    with local.read() as session:  # an instance holding the file open, as a running app does
        session.connection().exec_driver_sql("SELECT 1")
        with pytest.raises(DatabaseError, match="different mode"):
            open_database(path, shared=True)
    local.close()
    shared = open_database(path, shared=True)  # once the other instance is gone
    assert ContactService(shared).count() == 1
    shared.close()
