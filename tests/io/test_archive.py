"""Full-data archive: export, restore into an empty database, every row and blob equal; unsafe ZIPs refused."""

from __future__ import annotations

import csv
import hashlib
import io
import json
import uuid
import zipfile
from collections.abc import Iterator
from pathlib import Path

import icalendar
import pytest
from sqlalchemy import create_engine, func, select, text
from sqlalchemy.engine import make_url

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Appointment, Base, Opportunity
from crm_desktop.errors import CrmError, ImportFileError
from crm_desktop.io.archive import export_archive
from crm_desktop.io.archive_format import decode_cell, encode_cell
from crm_desktop.io.archive_restore import import_archive
from crm_desktop.services.contact_import import import_contacts
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.services.people import CompanyService
from crm_desktop.services.settings import SettingsService

from .conftest import all_counts


def every_row(db: Database) -> dict[str, list[tuple]]:
    with db.read() as session:
        return {
            t.name: [tuple(r) for r in session.execute(select(t).order_by(*t.primary_key.columns))]
            for t in Base.metadata.sorted_tables
        }


def populate(db: Database) -> None:
    fill_demo(db, contacts=25, seed=3)
    later = CompanyService(db).create({"name": "Child first"})
    parent = CompanyService(db).create({"name": "=Parent made later", "notes": "\\N is not NULL; 'quoted'"})
    CompanyService(db).update(later.id, later.version, {"parent_id": parent.id})
    SettingsService(db).set("business_name", 'نخل, "Nakhl"\nTrading')
    DocumentService(db).add(b"%PDF-1.4 contract", "قرارداد ۱۴۰۳.pdf")
    DocumentService(db).add(b"%PDF-1.4 contract", "copy of the same file.pdf")  # one blob, two documents
    import_contacts(db, [{"display_name": "With photo", "photo": b"\x89PNG photo bytes", "notes": "-1"}])


@pytest.fixture
def empty_target(db_target: str, tmp_path: Path) -> Iterator[Database]:
    """An empty database of the same engine as ``db`` (a second PostgreSQL schema, or another file)."""
    if "://" not in db_target:
        target = open_database(tmp_path / "restored.sqlite3")
        yield target
        target.close()
        return
    schema = f"t_{uuid.uuid4().hex[:12]}"
    admin = create_engine(db_target.split("?")[0])
    with admin.begin() as conn:
        conn.execute(text(f'CREATE SCHEMA "{schema}"'))
    url = make_url(db_target).update_query_dict({"options": f"-csearch_path={schema}"})
    target = open_database(url.render_as_string(hide_password=False))
    try:
        yield target
    finally:
        target.close()
        with admin.begin() as conn:
            conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()


def test_archive_round_trip_restores_every_row_and_blob(db: Database, empty_target: Database, tmp_path: Path) -> None:
    populate(db)
    path = tmp_path / "everything.zip"
    summary = export_archive(db, path)
    assert summary.tables["contacts"] == 26 and summary.files == summary.tables["blobs"] >= 2
    names = zipfile.ZipFile(path).namelist()
    assert {"manifest.json", "contacts.vcf", "tables/contacts.csv", "tables/blobs.csv"} <= set(names)
    assert any(n.startswith("documents/") and n.endswith("قرارداد ۱۴۰۳.pdf") for n in names)
    with zipfile.ZipFile(path) as archive:
        calendar = icalendar.Calendar.from_ical(archive.read("appointments.ics"))
        manifest = json.loads(archive.read("manifest.json"))
    with db.read() as session:
        live = session.execute(select(Appointment.uid, Appointment.series_id).where(Appointment.deleted_at.is_(None)))
        live = live.all()
    events = calendar.walk("VEVENT")  # a changed occurrence is a VEVENT of its own with the series' UID
    assert len(live) > 0 and manifest["appointments_in_icalendar"] == len(events) == len(live)
    assert {str(e["UID"]) for e in events} == {uid for uid, series in live if series is None}
    import_archive(empty_target, path)
    assert every_row(empty_target) == every_row(db)
    # ids continue after the restored ones
    assert CompanyService(empty_target).create({"name": "new"}).id > summary.tables["companies"]


def test_cells_survive_the_csv_exactly() -> None:
    column = Base.metadata.tables["companies"].c.notes
    for value in (None, "", "\\N", "'", "=1+1", "-5", "\\", "text", "متن"):
        assert decode_cell(encode_cell(value), column) == value
    assert encode_cell("=cmd") == "'=cmd" and encode_cell(None) == "\\N"


def _zip(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


@pytest.fixture
def good_archive(sdb: Database, tmp_path: Path) -> Path:
    import_contacts(sdb, [{"display_name": "Ali", "emails": ["ali@example.com"]}])
    return Path(export_archive(sdb, tmp_path / "good.zip").path)


def _tampered(good: Path, tmp_path: Path, change: dict[str, bytes | None]) -> Path:
    with zipfile.ZipFile(good) as archive:
        members = {n: archive.read(n) for n in archive.namelist()}
    for name, data in change.items():
        if data is None:
            members.pop(name)
        else:
            members[name] = data
    return _zip(tmp_path / "bad.zip", members)


def test_bad_archives_are_refused_and_change_nothing(good_archive: Path, tmp_path: Path) -> None:
    target = open_database(tmp_path / "target.sqlite3")
    try:
        before = all_counts(target)
        for evil in ("../../x", "/etc/passwd", "C:/Windows/x", "docs\\..\\..\\x"):
            with pytest.raises(ImportFileError, match="unsafe path"):
                import_archive(target, _tampered(good_archive, tmp_path, {evil: b"owned"}))
        bomb = _tampered(good_archive, tmp_path, {"blobs/zeros": b"\x00" * 60_000_000})
        with pytest.raises(ImportFileError, match="ZIP bomb"):
            import_archive(target, bomb)
        with zipfile.ZipFile(good_archive) as archive:
            contacts = archive.read("tables/contacts.csv").replace(b"Ali", b"Eve")
        with pytest.raises(ImportFileError, match="does not match manifest"):
            import_archive(target, _tampered(good_archive, tmp_path, {"tables/contacts.csv": contacts}))
        with pytest.raises(ImportFileError, match="manifest"):
            import_archive(target, _tampered(good_archive, tmp_path, {"manifest.json": None}))
        truncated = tmp_path / "truncated.zip"
        truncated.write_bytes(good_archive.read_bytes()[:-200])
        with pytest.raises(ImportFileError, match="ZIP"):
            import_archive(target, truncated)
        manifest = json.loads(zipfile.ZipFile(good_archive).read("manifest.json"))
        manifest["schema_revision"] = "9999"
        with pytest.raises(ImportFileError, match="schema"):
            import_archive(target, _tampered(good_archive, tmp_path, {"manifest.json": json.dumps(manifest).encode()}))
        assert all_counts(target) == before
    finally:
        target.close()


def test_restore_needs_an_empty_database(sdb: Database, good_archive: Path) -> None:
    with pytest.raises(CrmError, match="empty database"):
        import_archive(sdb, good_archive)


def test_a_half_restored_archive_leaves_nothing(good_archive: Path, tmp_path: Path) -> None:
    with zipfile.ZipFile(good_archive) as archive:
        bad = archive.read("tables/email_addresses.csv") + b"1,2,3\r\n"
    path = _tampered(good_archive, tmp_path, {"tables/email_addresses.csv": bad})
    target = open_database(tmp_path / "half.sqlite3")
    try:
        with pytest.raises(ImportFileError, match="email_addresses"):
            import_archive(target, path)
        assert sum(all_counts(target).values()) == 0  # contacts were inserted before, and rolled back
    finally:
        target.close()


def test_an_older_apps_archive_is_restored_and_its_missing_columns_derived(sdb: Database, tmp_path: Path) -> None:
    """An archive from schema 0002 has no opportunities.reached_stages: restored, the column rebuilt from history."""
    fill_demo(sdb, contacts=20, seed=5)
    good = Path(export_archive(sdb, tmp_path / "now.zip").path)
    with zipfile.ZipFile(good) as archive:
        manifest = json.loads(archive.read("manifest.json"))
        rows = list(csv.reader(io.StringIO(archive.read("tables/opportunities.csv").decode("utf-8"))))
    drop = rows[0].index("reached_stages")
    old_rows = [row[:drop] + row[drop + 1 :] for row in rows]
    buffer = io.StringIO(newline="")
    csv.writer(buffer).writerows(old_rows)
    data = buffer.getvalue().encode("utf-8")
    entry = manifest["tables"]["opportunities"]
    entry["columns"], entry["sha256"] = old_rows[0], hashlib.sha256(data).hexdigest()
    manifest["schema_revision"] = "0002"
    old = _tampered(good, tmp_path, {"tables/opportunities.csv": data, "manifest.json": json.dumps(manifest).encode()})
    target = open_database(tmp_path / "restored.sqlite3")
    try:
        import_archive(target, old)
        assert every_row(target) == every_row(sdb)  # reached_stages equal: rebuilt from the stage history
        with target.read() as session:
            assert session.scalar(select(func.count()).where(Opportunity.reached_stages.is_not(None))) > 0
    finally:
        target.close()
