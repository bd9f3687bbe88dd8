"""Schema creation and migration at open time (Alembic, configured in code, shipped in the package).

New database: ``create_all`` + stamp head. Older schema: back up the file, then ``upgrade head`` in one
transaction with foreign keys off (a batch table copy with them on cascades deletes into child rows:
PLATFORM-NOTES.md), check foreign keys after, restore the backup on any failure. Newer schema: refuse
and touch nothing.
"""

from __future__ import annotations

import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, inspect

from crm_desktop.errors import DatabaseError, SchemaTooNewError

from .engine import Database
from .models import Base
from .search_index import create_search_schema

MIGRATIONS_DIR = Path(__file__).with_name("migrations")


def alembic_config(connection: Connection | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(MIGRATIONS_DIR))
    cfg.attributes["connection"] = connection
    return cfg


def head_revision() -> str:
    head = ScriptDirectory.from_config(alembic_config()).get_current_head()
    assert head is not None, "the package ships no migrations"
    return head


def known_revisions() -> list[str]:
    """Every schema revision this app knows, the newest first (head, then what it upgrades from)."""
    script = ScriptDirectory.from_config(alembic_config())
    return [revision.revision for revision in script.walk_revisions()]


def current_revision(db: Database) -> str | None:
    with db.engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def schema_status(db: Database) -> str:
    """'empty', 'current', 'old', 'newer' or 'foreign' (tables that are not ours)."""
    with db.engine.connect() as conn:
        tables = set(inspect(conn).get_table_names())
        revision = MigrationContext.configure(conn).get_current_revision() if tables else None
    if not tables:
        return "empty"
    if revision is None:
        return "foreign"
    if revision == head_revision():
        return "current"
    known = {script.revision for script in ScriptDirectory.from_config(alembic_config()).walk_revisions()}
    return "old" if revision in known else "newer"


def ensure_schema(db: Database) -> None:
    status = schema_status(db)
    if status == "current":
        return
    where = db.display_name
    if status == "newer":
        raise SchemaTooNewError(
            f"{where} was saved by a newer version of Rafiq CRM (schema {current_revision(db)}); "
            "update the app to open it. The file was not changed."
        )
    if status == "foreign":
        raise DatabaseError(f"{where} is a database, but not a Rafiq CRM database; it was not changed")
    if db.read_only:
        raise DatabaseError(f"{where} is read-only and needs to be {'created' if status == 'empty' else 'upgraded'}")
    if status == "empty":
        with db.engine.begin() as conn:
            Base.metadata.create_all(conn)
            create_search_schema(conn)  # not in the metadata (an FTS5 table cannot be): see search_index
            command.stamp(alembic_config(conn), "head")
        return
    _upgrade(db)


def _upgrade(db: Database) -> None:
    backup = backup_sqlite_before_migration(db) if db.path else None
    sqlite = db.url.get_backend_name() == "sqlite"
    try:
        with db.engine.connect() as conn:
            raw = conn.connection.driver_connection
            if sqlite:
                raw.execute("PRAGMA foreign_keys = OFF")  # outside any transaction, where it takes effect
            try:
                with conn.begin():
                    command.upgrade(alembic_config(conn), "head")
                    if sqlite:
                        broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
                        if broken:
                            raise DatabaseError(f"Upgrade would break {len(broken)} references; nothing was changed")
            finally:
                if sqlite:
                    raw.execute("PRAGMA foreign_keys = ON")  # the pooled connection goes back as it came
    except Exception:
        if backup is not None and db.path is not None:
            db.engine.dispose()
            shutil.copyfile(backup, db.path)
        raise


def backup_sqlite_before_migration(db: Database) -> Path:
    assert db.path is not None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    target = db.path.with_name(f"{db.path.stem}.before-upgrade-{stamp}{db.path.suffix}")
    copy_sqlite(db.path, target)
    return target


def copy_sqlite(source: Path, target: Path) -> None:
    """A consistent copy of a live SQLite file (the online backup API, not a file copy)."""
    src = sqlite3.connect(f"file:{source}?mode=ro", uri=True)
    try:
        dst = sqlite3.connect(target)
        try:
            src.backup(dst)
        finally:
            dst.close()
    finally:
        src.close()
