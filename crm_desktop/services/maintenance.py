"""Whole-database use cases: summary, integrity check, backup and restore.

Backups are always SQLite files, whatever the engine: one file a user can keep, copy, and open
with the app (and a PostgreSQL office can restore from, or move back to a file).
"""

from __future__ import annotations

import getpass
import os
import shutil
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, func, insert, select

from crm_desktop import __version__
from crm_desktop.db import search_index
from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.migrate import copy_sqlite, current_revision, head_revision, schema_status
from crm_desktop.db.models import (
    Activity,
    Appointment,
    Base,
    Company,
    Contact,
    Document,
    EmailMessage,
    Opportunity,
    User,
)
from crm_desktop.errors import DatabaseError

COUNTED = {
    "contacts": Contact,
    "companies": Company,
    "opportunities": Opportunity,
    "activities": Activity,
    "appointments": Appointment,
    "emails": EmailMessage,
    "documents": Document,
    "users": User,
}


@dataclass(frozen=True)
class DatabaseInfo:
    location: str
    mode: str
    engine: str
    read_only: bool
    schema_revision: str | None
    app_version: str
    counts: dict[str, int]
    in_trash: dict[str, int]
    size_bytes: int | None


@dataclass
class CheckReport:
    problems: list[str] = field(default_factory=list)
    checks: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def ensure_basics(db: Database) -> None:
    """What every working database has: an administrator (this computer's login) and a sales pipeline."""
    from .people import UserService
    from .sales import PipelineService

    users = UserService(db)
    if users.count() == 0:
        login = getpass.getuser() or "admin"
        users.create({"login": login, "display_name": login, "role": "admin"})
    PipelineService(db).ensure_default()


def database_info(db: Database) -> DatabaseInfo:
    counts: dict[str, int] = {}
    trash: dict[str, int] = {}
    with db.read() as session:
        for name, model in COUNTED.items():
            total = session.scalar(select(func.count()).select_from(model)) or 0
            deleted = session.scalar(select(func.count()).where(model.deleted_at.is_not(None))) or 0
            counts[name], trash[name] = total - deleted, deleted
    return DatabaseInfo(
        location=db.display_name,
        mode=db.mode,
        engine=db.url.get_backend_name(),
        read_only=db.read_only,
        schema_revision=current_revision(db),
        app_version=__version__,
        counts=counts,
        in_trash=trash,
        size_bytes=db.path.stat().st_size if db.path else None,
    )


def check_database(db: Database) -> CheckReport:
    report = CheckReport()
    status = schema_status(db)
    report.checks.append(f"schema revision: {current_revision(db)} (app expects {head_revision()})")
    if status != "current":
        report.problems.append(f"schema is {status}, expected {head_revision()}")
    with db.engine.connect() as conn:
        # The search index lives outside the metadata on purpose (db/search_index.py).
        options = {"compare_type": False, "include_name": search_index.include_name}
        diff = compare_metadata(MigrationContext.configure(conn, opts=options), Base.metadata)
        report.checks.append("tables and columns match the app's model")
        if diff:
            report.problems.extend(f"schema differs from the app: {d}" for d in diff[:20])
        if db.url.get_backend_name() == "sqlite":
            result = [row[0] for row in conn.exec_driver_sql("PRAGMA integrity_check").fetchall()]
            report.checks.append("SQLite integrity check")
            if result != ["ok"]:
                report.problems.extend(f"integrity: {r}" for r in result[:20])
            broken = conn.exec_driver_sql("PRAGMA foreign_key_check").fetchall()
            report.checks.append("references between records")
            if broken:
                report.problems.append(f"{len(broken)} records refer to records that do not exist")
    return report


def backup(db: Database, target: str | os.PathLike[str], *, overwrite: bool = False) -> Path:
    """Write a consistent copy of the whole database to the SQLite file ``target``."""
    path = Path(target).expanduser().resolve()
    if path.exists() and not overwrite:
        raise DatabaseError(f"{path} already exists; choose another name or allow overwriting")
    if not path.parent.is_dir():
        raise DatabaseError(f"The folder {path.parent} does not exist")
    if db.path is not None and path == db.path:
        raise DatabaseError("A backup cannot overwrite the database it is made from")
    partial = path.with_name(path.name + ".partial")
    partial.unlink(missing_ok=True)
    try:
        if db.path is not None:
            copy_sqlite(db.path, partial)
        else:
            target_db = open_database(partial)
            try:
                with db.engine.connect() as source, target_db.engine.begin() as dest:
                    _copy_rows(source, dest)
            finally:
                target_db.close()
        os.replace(partial, path)  # never leave a half-written file under the real name
    except OSError as exc:
        partial.unlink(missing_ok=True)
        raise DatabaseError(f"Cannot write {path}: {exc.strerror}") from exc
    return path


def restore(db: Database, source: str | os.PathLike[str]) -> Path | None:
    """Replace the whole database with the backup ``source``; returns the safety copy of what was there."""
    path = Path(source).expanduser().resolve()
    backup_db = open_database(path, create=False)  # validates (and upgrades an older backup)
    backup_db.close()
    if db.path is None:
        backup_db = open_database(path, create=False)
        try:
            with backup_db.engine.connect() as src, db.engine.begin() as dest:
                for table in reversed(Base.metadata.sorted_tables):
                    dest.execute(table.delete())
                _copy_rows(src, dest)
                _reset_sequences(dest)
        finally:
            backup_db.close()
        return None
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    safety = db.path.with_name(f"{db.path.stem}.before-restore-{stamp}{db.path.suffix}")
    copy_sqlite(db.path, safety)
    db.engine.dispose()
    staged = db.path.with_name(db.path.name + ".restoring")
    shutil.copyfile(path, staged)
    for suffix in ("-wal", "-shm", "-journal"):
        Path(str(db.path) + suffix).unlink(missing_ok=True)
    os.replace(staged, db.path)
    db.reopened()
    return safety


def _copy_rows(source: Connection, dest: Connection, batch: int = 5_000) -> None:
    for table in Base.metadata.sorted_tables:
        result = source.execution_options(yield_per=batch).execute(select(table))
        for rows in result.partitions(batch):
            dest.execute(insert(table), [dict(row._mapping) for row in rows])
    search_index.rebuild(dest)  # the index is not copied row by row: rebuilt from what arrived


def _reset_sequences(conn: Connection) -> None:
    """After copying explicit ids into PostgreSQL, move each serial past the highest id."""
    for table in Base.metadata.sorted_tables:
        if "id" in table.c and table.c.id.primary_key and conn.dialect.name == "postgresql":
            sequence = func.pg_get_serial_sequence(table.name, "id")
            conn.execute(select(func.setval(sequence, func.coalesce(func.max(table.c.id), 0) + 1, False)))


def table_counts(db: Database) -> dict[str, Any]:
    with db.read() as session:
        return {t.name: session.scalar(select(func.count()).select_from(t)) for t in Base.metadata.sorted_tables}
