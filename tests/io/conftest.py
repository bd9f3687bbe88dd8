"""Fixtures for the import/export tests: the crafted files, and a SQLite database with a phone region."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Base
from crm_desktop.services.settings import SettingsService

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"


@pytest.fixture
def sdb(tmp_path: Path) -> Iterator[Database]:
    """A SQLite database (most io tests are about files, not engines); phone region IR."""
    database = open_database(tmp_path / "io.sqlite3")
    SettingsService(database).set("phone_region", "IR")
    yield database
    database.close()


def all_counts(db: Database) -> dict[str, int]:
    """Rows in every table: 'the database is unchanged' means this is equal before and after."""
    with db.read() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}
