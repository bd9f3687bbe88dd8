"""Bad input gives a clear message or a sensible PDF, never a crash or a blank file claimed as success."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from PIL import Image
from sqlalchemy import update

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Contact
from crm_desktop.reports.context import ReportCancelled
from crm_desktop.reports.engine import REPORTS, make_report
from crm_desktop.reports.errors import ReportError
from crm_desktop.reports.flowables import Column, DataTable
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.services.people import ContactService

from .conftest import needs_poppler, options, pdf_text

LONG_NAME = "بازرگانی" * 625  # 5,000 letters, no space to break at


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "bad.sqlite3")
    ensure_basics(database)
    yield database
    database.close()


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    """For the tests that only read: one database instead of one per case."""
    database = open_database(tmp_path_factory.mktemp("bad") / "shared.sqlite3")
    ensure_basics(database)
    yield database
    database.close()


def _contact(db: Database, **values: object) -> int:
    return ContactService(db).create({"display_name": "placeholder", **values}).id


def _force_name(db: Database, contact_id: int, name: str) -> None:
    """Names longer than the form allows still arrive (older imports, other tools writing the file)."""
    with db.write() as session:
        session.execute(update(Contact).where(Contact.id == contact_id).values(display_name=name))


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".part"))


@needs_poppler
def test_five_thousand_letter_names(db: Database, tmp_path: Path) -> None:
    first = _contact(db, emails=["long@example.com"])
    _force_name(db, first, LONG_NAME)
    second = _contact(db)
    _force_name(db, second, " ".join(["Wolfeschlegelsteinhausenbergerdorff"] * 140))  # 5,000 with spaces
    directory = make_report(db, "directory", tmp_path / "d.pdf", options("ar"))
    assert directory.rows == 2 and "long@example.com" in pdf_text(directory.path)
    profile = make_report(db, "profile", tmp_path / "p.pdf", options("fa"), {"contact_id": first})
    assert "بازرگانی" in pdf_text(profile.path) and profile.pages >= 1


@needs_poppler
def test_a_cell_longer_than_a_page_continues_on_the_next(db: Database, tmp_path: Path) -> None:
    note = " ".join(f"السطر {n} من ملاحظة طويلة جداً." for n in range(1, 1501)) + " نهاية الملاحظة"
    contact = _contact(db, notes=note)
    result = make_report(db, "profile", tmp_path / "p.pdf", options("ar"), {"contact_id": contact})
    text = pdf_text(result.path)
    assert result.pages >= 4 and "نهاية الملاحظة" in text and "السطر" in text


def test_table_rows_taller_than_the_frame_are_split() -> None:
    columns = [Column("a", max_chars=100_000), Column("b")]
    table = DataTable(columns, [["x " * 3000, "short"]], rtl=False, max_height=200)
    _width, height = table.wrap(300, 200)
    assert height > 200
    pieces = table.split(300, 200)
    assert len(pieces) == 2
    assert pieces[0].wrap(300, 200)[1] <= 200  # the first piece fits the page, the rest goes on


@needs_poppler
@pytest.mark.parametrize("name", list(REPORTS))
def test_empty_reports_say_so(db: Database, tmp_path: Path, name: str) -> None:
    filters = {"contact_id": _contact(db)} if name == "profile" else {}
    result = make_report(db, name, tmp_path / f"{name}.pdf", options("en"), filters)
    text = pdf_text(result.path)
    if name != "profile":
        assert result.rows == 0 and "Nothing matches these filters." in text
    else:
        assert "None." in text  # no deals, appointments, documents or timeline yet
    assert result.pages == 1


@needs_poppler
def test_bidi_controls_in_data_cannot_reverse_text(db: Database, tmp_path: Path) -> None:
    _contact(db, display_name="Evil \u202eName.exe")
    _contact(db, display_name="\u2067علی\u2069 \u200fرضا (تست)")
    for lang in ("en", "ar"):
        text = pdf_text(make_report(db, "directory", tmp_path / f"{lang}.pdf", options(lang)).path)
        assert "Evil Name.exe" in text and "exe.emaN" not in text
        assert "علی" in text and "رضا" in text


def test_unwritable_output_paths(db: Database, tmp_path: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    (tmp_path / "folder.pdf").mkdir()
    cases = {
        tmp_path / "missing" / "r.pdf": "does not exist",
        tmp_path / "folder.pdf": "is a folder",
        blocker / "r.pdf": "does not exist",
        tmp_path / "r.txt": "should end in .pdf",
    }
    for path, message in cases.items():
        with pytest.raises(ReportError, match=message):
            make_report(db, "tasks", path, options())
    assert not (tmp_path / "r.txt").exists() and _leftovers(tmp_path) == []


def test_a_failed_write_leaves_nothing(db: Database, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "r.pdf"

    def refuse(*_args: object) -> None:
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr(os, "replace", refuse)
    with pytest.raises(ReportError, match="Permission denied"):
        make_report(db, "tasks", target, options())
    assert not target.exists() and _leftovers(tmp_path) == []


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root may write anywhere")
def test_read_only_folder(db: Database, tmp_path: Path) -> None:
    folder = tmp_path / "locked"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ReportError, match="cannot write"):
            make_report(db, "tasks", folder / "r.pdf", options())
    finally:
        folder.chmod(0o700)


def test_logo_that_is_not_an_image(db: Database, tmp_path: Path) -> None:
    text_file = tmp_path / "logo.png"
    text_file.write_text("not really a picture")
    with pytest.raises(ReportError, match="not an image"):
        make_report(db, "tasks", tmp_path / "r.pdf", options(logo=text_file))
    with pytest.raises(ReportError, match="does not exist"):
        make_report(db, "tasks", tmp_path / "r.pdf", options(logo=tmp_path / "nope.png"))
    assert not (tmp_path / "r.pdf").exists()
    picture = tmp_path / "real.png"
    Image.new("RGB", (300, 100), (20, 90, 160)).save(picture)
    result = make_report(db, "tasks", tmp_path / "r.pdf", options("fa", logo=picture))
    assert b"/Subtype /Image" in result.path.read_bytes()


def test_cancel_writes_nothing(db: Database, tmp_path: Path) -> None:
    for _ in range(3):
        _contact(db)
    event = threading.Event()
    event.set()
    with pytest.raises(ReportCancelled):
        make_report(db, "directory", tmp_path / "r.pdf", options(), cancel=event)
    assert not (tmp_path / "r.pdf").exists() and _leftovers(tmp_path) == []


@pytest.mark.parametrize(
    ("name", "filters", "message"),
    [
        ("nonsense", {}, "unknown report"),
        ("tasks", {"tag": "x"}, "has no filter tag"),
        ("activities", {"date_from": "15/01/1403"}, "write the year first"),
        ("activities", {"date_from": "2024-05-01", "date_to": "2024-04-01"}, "starts after it ends"),
        ("agenda", {"period": "year"}, "unknown period"),
        ("profile", {}, "either a contact id or a company id"),
        ("profile", {"contact_id": 1, "company_id": 1}, "either a contact id or a company id"),
        ("profile", {"contact_id": 999}, "not found"),
        ("profile", {"contact_id": "abc"}, "whole number"),
        ("directory", {"columns": "name,salary"}, "unknown column salary"),
        ("directory", {"stage": "friend"}, "unknown stage"),
        ("directory", {"user_id": 999}, "no user with id"),
        ("directory", {"saved_search": "missing"}, "no saved contact search"),
        ("pipeline", {"pipeline_id": 999}, "no pipeline"),
    ],
)
def test_bad_filters_are_explained(shared_db: Database, tmp_path: Path, name: str, filters: dict, message: str) -> None:
    with pytest.raises(ReportError, match=message):
        make_report(shared_db, name, tmp_path / "r.pdf", options(), filters)
    assert not (tmp_path / "r.pdf").exists()


def test_bad_options_are_explained(shared_db: Database, tmp_path: Path) -> None:
    for bad, message in (
        ({"lang": "de"}, "unknown report language"),
        ({"calendar": "mayan"}, "unknown calendar"),
        ({"time_zone": "Mars/Olympus"}, "not a known time zone"),
    ):
        with pytest.raises(ReportError, match=message):
            make_report(shared_db, "tasks", tmp_path / "r.pdf", options(**bad))  # type: ignore[arg-type]
