"""Rotating backups, the daily quick_check guard and network-folder detection (real files, no mocks)."""

from __future__ import annotations

from pathlib import Path

import pytest

from bench.office_damage import damage
from crm_desktop.db.engine import network_filesystem, open_database
from crm_desktop.errors import DatabaseError
from crm_desktop.services.backups import (
    DamagedDatabaseError,
    daily_guard,
    list_backups,
    make_backup,
    quick_check,
    restore_newest_good,
)
from crm_desktop.services.people import ContactService


def _database(tmp_path: Path, contacts: int = 50) -> Path:
    path = tmp_path / "office.sqlite3"
    db = open_database(path, shared=True)
    service = ContactService(db)
    for n in range(contacts):
        service.create({"display_name": f"contact {n}", "notes": "x" * 500})
    db.close()
    return path


def test_backups_rotate_keeping_the_newest(tmp_path: Path) -> None:
    path = _database(tmp_path, 2)
    made = [make_backup(path, "manual", keep=3) for _ in range(5)]
    assert list_backups(path) == made[:1:-1]
    assert all(not quick_check(b) for b in list_backups(path))


def test_daily_guard_backs_up_once_a_day_and_refuses_a_damaged_file(tmp_path: Path) -> None:
    path = _database(tmp_path)
    first = daily_guard(path, today="20260101")
    assert first is not None and not quick_check(first)
    assert daily_guard(path, today=first.name[:8]) is None  # already done today
    damage(path)
    with pytest.raises(DamagedDatabaseError) as caught:
        daily_guard(path, today="20990101")
    assert caught.value.backup == first and "restore" in str(caught.value)
    assert len(list_backups(path)) == 1  # the damaged file never entered the rotation
    used, kept = restore_newest_good(path)
    assert used == first and kept.exists() and not quick_check(path)
    db = open_database(path, shared=True)
    assert ContactService(db).count() == 50
    db.close()


def test_a_file_that_is_not_a_backup_is_never_restored(tmp_path: Path) -> None:
    path = _database(tmp_path, 1)
    folder = path.with_name("office-backups")
    folder.mkdir()
    (folder / "29990101-000000-000000-fake.sqlite3").write_bytes(b"not a database at all" * 100)
    damage(path, offset_pages=0, pages=2)
    with pytest.raises(DatabaseError, match="no sound backup"):
        restore_newest_good(path)


def test_network_filesystems_are_recognised(tmp_path: Path) -> None:
    mounts = tmp_path / "mounts"
    mounts.write_text(
        "/dev/vda / ext4 rw 0 0\n"
        "//server/office /mnt/office cifs rw 0 0\n"
        "server:/export /mnt/nfs\\040share nfs4 rw 0 0\n"
        "me@host:/x /home/me/remote fuse.sshfs rw 0 0\n"
    )
    assert network_filesystem(Path("/mnt/office/crm.sqlite3"), str(mounts)) == "cifs"
    assert network_filesystem(Path("/mnt/nfs share/crm.sqlite3"), str(mounts)) == "nfs4"
    assert network_filesystem(Path("/home/me/remote/a/crm.sqlite3"), str(mounts)) == "fuse.sshfs"
    assert network_filesystem(Path("/mnt/officer/crm.sqlite3"), str(mounts)) is None
    assert network_filesystem(Path("/home/me/crm.sqlite3"), str(mounts)) is None
    assert network_filesystem(tmp_path / "x.sqlite3") is None  # this machine's temp folder is local
