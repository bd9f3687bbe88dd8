"""Rotating automatic backups of a SQLite database file, damage detection and restore of the newest good one.

Backups are made with SQLite's online backup API (db/migrate.copy_sqlite), so they are consistent while
other users write. They live next to the database in ``<name>-backups/`` (on the shared folder too, so any
computer of the office can restore them). PostgreSQL is backed up with pg_dump by the server's owner.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from crm_desktop.db.migrate import copy_sqlite
from crm_desktop.errors import DatabaseError

KEEP = 10
SUFFIX = ".sqlite3"


def backup_folder(db_path: Path) -> Path:
    return db_path.with_name(f"{db_path.stem}-backups")


def list_backups(db_path: Path) -> list[Path]:
    """Automatic backups, newest first (names sort by their UTC time stamp)."""
    folder = backup_folder(db_path)
    if not folder.is_dir():
        return []
    return sorted((p for p in folder.glob(f"*{SUFFIX}") if p.is_file()), reverse=True)


def make_backup(db_path: Path, reason: str = "auto", keep: int = KEEP) -> Path:
    """A consistent copy of ``db_path`` in the backup folder; only the ``keep`` newest are kept."""
    folder = backup_folder(db_path)
    try:
        folder.mkdir(exist_ok=True)
        stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S-%f")
        target = folder / f"{stamp}-{reason}{SUFFIX}"
        partial = target.with_name(target.name + ".partial")
        copy_sqlite(db_path, partial)
        os.replace(partial, target)
    except (OSError, sqlite3.Error) as exc:
        raise DatabaseError(f"Cannot back up {db_path} into {folder}: {exc}") from exc
    for old in list_backups(db_path)[keep:]:
        old.unlink(missing_ok=True)
    return target


def quick_check(path: Path) -> list[str]:
    """The problems ``PRAGMA quick_check`` finds (an empty list: the file looks sound)."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return [str(exc)]
    try:
        rows = [r[0] for r in conn.execute("PRAGMA quick_check").fetchall()]
        return [] if rows == ["ok"] else rows[:20]
    except sqlite3.Error as exc:  # "database disk image is malformed", "file is not a database"
        return [str(exc)]
    finally:
        conn.close()


def newest_good_backup(db_path: Path) -> Path | None:
    for candidate in list_backups(db_path):
        if not quick_check(candidate):
            return candidate
    return None


def restore_newest_good(db_path: Path) -> tuple[Path, Path]:
    """Put the newest sound backup in place of a damaged file (kept aside as ``.damaged-<time>``).

    Only for a file nobody has open: call it before opening, never under another user's feet.
    Returns (the backup used, where the damaged file was kept).
    """
    source = newest_good_backup(db_path)
    if source is None:
        raise DatabaseError(f"{db_path} is damaged and no sound backup was found in {backup_folder(db_path)}")
    stamp = datetime.now(UTC).strftime("%Y%m%d-%H%M%S")
    kept = db_path.with_name(f"{db_path.name}.damaged-{stamp}")
    staged = db_path.with_name(db_path.name + ".restoring")
    try:
        shutil.copyfile(source, staged)
        if db_path.exists():
            os.replace(db_path, kept)
        for suffix in ("-wal", "-shm", "-journal"):
            Path(str(db_path) + suffix).unlink(missing_ok=True)
        os.replace(staged, db_path)
    except OSError as exc:
        raise DatabaseError(f"Cannot restore {db_path} from {source}: {exc.strerror}") from exc
    return source, kept


class DamagedDatabaseError(DatabaseError):
    """The file failed quick_check; ``backup`` is the newest sound backup to restore (None if there is none)."""

    def __init__(self, path: Path, problems: list[str], backup: Path | None):
        self.path, self.problems, self.backup = path, problems, backup
        hint = (
            f"Restore the newest good backup {backup} (crm-desktop restore --db {path} {backup})."
            if backup
            else f"No sound backup was found in {backup_folder(path)}."
        )
        super().__init__(f"{path} is damaged ({problems[0]}). {hint}")


def daily_guard(db_path: Path, keep: int = KEEP, today: str | None = None) -> Path | None:
    """At the first open of the day: quick_check the file, then take the day's rotating backup.

    Raises DamagedDatabaseError (naming the newest good backup) instead of backing up a damaged file, which
    would push a good backup out of the rotation. Returns the new backup, or None if today's exists.
    """
    day = today or datetime.now(UTC).strftime("%Y%m%d")
    if any(p.name.startswith(day) for p in list_backups(db_path)):
        return None
    problems = quick_check(db_path)
    if problems:
        raise DamagedDatabaseError(db_path, problems, newest_good_backup(db_path))
    return make_backup(db_path, "daily", keep)
