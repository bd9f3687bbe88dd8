"""Opening an older database upgrades it in place, after a backup, without losing child rows.

A second migration is written into a copy of the packaged migrations for the test: a batch (table copy)
change to ``contacts``, the operation that silently cascaded deletes into child rows when foreign keys
were on (PLATFORM-NOTES.md).
"""

from __future__ import annotations

import shutil
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest

from crm_desktop.db import migrate
from crm_desktop.db.engine import open_database
from crm_desktop.services.people import ContactService

UPGRADE = """
from alembic import op
import sqlalchemy as sa

revision = "0002_test"
down_revision = "{head}"
branch_labels = None
depends_on = None


def upgrade():
    {body}


def downgrade():
    pass
"""


def _with_second_migration(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, body: str) -> None:
    scripts = tmp_path / "migrations"
    shutil.copytree(migrate.MIGRATIONS_DIR, scripts, ignore=shutil.ignore_patterns("__pycache__"))
    head = migrate.head_revision()
    (scripts / "versions" / "0002_test.py").write_text(UPGRADE.format(head=head, body=body))
    monkeypatch.setattr(migrate, "MIGRATIONS_DIR", scripts)


def _make_old_database(path: Path) -> int:
    db = open_database(path)
    contact = ContactService(db).create(
        {"display_name": "Old", "emails": ["old@example.com"], "phones": ["+4930123456"]}
    )
    db.close()
    return contact.id


def _rows(path: Path, sql: str) -> list[tuple]:
    with closing(sqlite3.connect(path)) as conn:
        return conn.execute(sql).fetchall()


def test_upgrade_keeps_child_rows_and_leaves_a_backup(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    contact_id = _make_old_database(path)
    body = (
        'with op.batch_alter_table("contacts", recreate="always") as batch:\n'
        '        batch.add_column(sa.Column("nickname", sa.String(50)))'
    )
    _with_second_migration(tmp_path, monkeypatch, body)
    db = open_database(path)
    db.close()
    assert _rows(path, "SELECT version_num FROM alembic_version") == [("0002_test",)]
    assert "nickname" in [r[1] for r in _rows(path, "PRAGMA table_info(contacts)")]
    assert _rows(path, "SELECT contact_id, address FROM email_addresses") == [(contact_id, "old@example.com")]
    assert _rows(path, "SELECT count(*) FROM phone_numbers") == [(1,)]
    backups = list(tmp_path.glob("crm.before-upgrade-*.sqlite3"))
    assert len(backups) == 1 and _rows(backups[0], "SELECT display_name FROM contacts") == [("Old",)]


def test_failed_upgrade_restores_the_file(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    path = tmp_path / "crm.sqlite3"
    _make_old_database(path)
    body = 'op.add_column("contacts", sa.Column("nickname", sa.String(50)))\n    raise RuntimeError("boom")'
    _with_second_migration(tmp_path, monkeypatch, body)
    with pytest.raises(RuntimeError, match="boom"):
        open_database(path)
    assert "nickname" not in [r[1] for r in _rows(path, "PRAGMA table_info(contacts)")]
    assert _rows(path, "SELECT display_name FROM contacts") == [("Old",)]
    monkeypatch.undo()
    open_database(path).close()  # still opens with the shipped migrations
