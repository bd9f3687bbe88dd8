"""A damaged database file (bytes overwritten) is detected and restored from the newest good backup."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from crm_desktop.db.engine import open_database
from crm_desktop.services.backups import make_backup, quick_check, restore_newest_good


def damage(path: Path, offset_pages: int = 2, pages: int = 4) -> None:
    """Overwrite a few pages in the middle of the file, as a failing disk or a bad copy would."""
    size = path.stat().st_size
    page = 4096
    offset = min(offset_pages * page, max(size - pages * page, page))
    with path.open("r+b") as fh:
        fh.seek(offset)
        fh.write(b"\xab" * page * pages)


def run_damage(target: str) -> dict[str, Any]:
    from crm_desktop.services.people import ContactService

    path = Path(target)
    db = open_database(path, shared=True)
    try:
        service = ContactService(db)
        service.create({"display_name": "before the backup"})
        at_backup = service.count()
        backup = make_backup(path, "test")
        service.create({"display_name": "after the backup (lost with the damage)"})
    finally:
        db.close()
    damage(path)
    problems = quick_check(path)
    used, kept = restore_newest_good(path)
    db = open_database(path, shared=True)
    try:
        after = ContactService(db).count()
    finally:
        db.close()
    return {
        "detected": bool(problems),
        "first_problem": problems[0] if problems else "",
        "restored_from": used.name,
        "backup_was_newest": used == backup,
        "damaged_copy_kept": kept.exists(),
        "contacts_at_backup": at_backup,
        "contacts_after_restore": after,
        "sound_after_restore": not quick_check(path),
    }
