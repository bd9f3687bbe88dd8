"""The Documents list on a real SQLite file: keyset pages, every filter, copies on disk, and safe names."""

from __future__ import annotations

import os
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from sqlalchemy import update

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Document
from crm_desktop.errors import ValidationError
from crm_desktop.services.document_list import DocumentFilter, DocumentList, safe_file_name, shown_name
from crm_desktop.services.documents import DocumentFiles
from crm_desktop.services.people import CompanyService, ContactService, UserService


@pytest.fixture
def office(sqlite_path: Path, tmp_path: Path) -> Iterator[tuple[Database, dict[str, int]]]:
    db = open_database(sqlite_path)
    sara = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"}).id
    omid = UserService(db, sara).create({"login": "omid", "display_name": "امید", "role": "user"}).id
    layla = ContactService(db).create({"display_name": "ليلى أحمد"}).id
    acme = CompanyService(db).create({"name": "Acme GmbH"}).id
    files = tmp_path / "files"
    files.mkdir()
    for name, data in (("offer.pdf", b"%PDF-1.4 x"), ("photo.png", b"\x89PNG x"), ("notes.txt", b"hello")):
        (files / name).write_bytes(data)
    DocumentFiles(db, sara).attach(files / "offer.pdf", contact_id=layla)
    DocumentFiles(db, omid).attach(files / "photo.png", company_id=acme)
    DocumentFiles(db, sara).attach(files / "notes.txt", company_id=acme)
    yield db, {"sara": sara, "omid": omid, "layla": layla, "acme": acme}
    db.close()


def test_pages_walk_every_row_newest_first_without_repeats(office: tuple[Database, dict[str, int]], tmp_path) -> None:
    db, ids = office
    more = tmp_path / "more"
    more.mkdir()
    files = DocumentFiles(db, ids["sara"])
    for i in range(23):
        (more / f"f{i}.txt").write_text(f"file {i}")
        files.attach(more / f"f{i}.txt", contact_id=ids["layla"])
    listing = DocumentList(db, page_size=10)
    first = listing.page()
    assert first.total == 26 and len(first.rows) == 10 and first.rows[0].file_name == "f22.txt"
    seen, after = [r.id for r in first.rows], first.after
    while after is not None:
        page = listing.page(after=after)
        assert page.total is None
        seen += [r.id for r in page.rows]
        after = page.after
    assert seen == sorted(seen, reverse=True) and len(set(seen)) == 26


def test_filters_by_link_type_record_file_kind_user_date_and_text(office: tuple[Database, dict[str, int]]) -> None:
    db, ids = office
    listing = DocumentList(db)

    def names(**kwargs: object) -> set[str]:
        return {r.file_name for r in listing.page(DocumentFilter(**kwargs)).rows}  # type: ignore[arg-type]

    assert names(link_kind="contact") == {"offer.pdf"}
    assert names(link_kind="company", record_id=ids["acme"]) == {"photo.png", "notes.txt"}
    assert names(link_kind="none") == set()
    assert names(file_kind="pdf") == {"offer.pdf"} and names(file_kind="image") == {"photo.png"}
    assert names(file_kind="text") == {"notes.txt"} and names(file_kind="other") == set()
    assert names(added_by=ids["omid"]) == {"photo.png"}
    assert names(query="OFF") == {"offer.pdf"} and names(query="%") == set()
    with db.write() as session:  # the photo was added a week ago
        session.execute(
            update(Document)
            .where(Document.file_name == "photo.png")
            .values(created_at=datetime.now(UTC) - timedelta(7.0))
        )
    since = datetime.now(UTC) - timedelta(days=1)
    assert names(added_from=since) == {"offer.pdf", "notes.txt"}
    assert names(added_before=since) == {"photo.png"}
    row = listing.page(DocumentFilter(file_kind="pdf")).rows[0]
    assert (row.link_kind, row.link_id, row.link_name, row.added_by) == ("contact", ids["layla"], "ليلى أحمد", "Sara")
    assert [u.name for u in listing.users()] == ["Sara", "امید"]
    assert [r.name for r in listing.find_records("company", "acme")] == ["Acme GmbH"]


def test_bad_filters_are_refused_with_the_field_named(office: tuple[Database, dict[str, int]]) -> None:
    listing = DocumentList(office[0])
    with pytest.raises(ValidationError) as bad:
        listing.page(DocumentFilter(link_kind="planet", file_kind="movie"))
    assert set(bad.value.errors) == {"link_kind", "file_kind"}
    with pytest.raises(ValidationError) as naive:
        listing.page(DocumentFilter(added_from=datetime(2024, 1, 1)))
    assert naive.value.errors == {"added_from": "needs a time zone"}
    start = datetime(2024, 1, 2, tzinfo=UTC)
    with pytest.raises(ValidationError) as backwards:
        listing.page(DocumentFilter(added_from=start, added_before=start - timedelta(days=1)))
    assert "added_before" in backwards.value.errors


def test_copies_on_disk_use_safe_names_and_never_leave_the_folder(office, tmp_path: Path) -> None:
    db, ids = office
    evil = tmp_path / "evil"
    evil.mkdir()
    (evil / "x.txt").write_text("secret")
    doc = DocumentFiles(db, ids["sara"]).attach(evil / "x.txt", contact_id=ids["layla"]).document
    with db.write() as session:  # a name as an imported e-mail attachment could carry it
        session.execute(update(Document).where(Document.id == doc.id).values(file_name="../../etc/passwd"))
    listing = DocumentList(db)
    target = tmp_path / "out"
    target.mkdir()
    written = listing.write_copy(doc.id, target)
    assert written == target / "passwd" and written.read_text() == "secret"
    temp = listing.temporary_copy(doc.id, tmp_path / "tmp")
    assert temp.parent == tmp_path / "tmp" / str(doc.id) and temp.name == "passwd"
    assert oct(temp.parent.stat().st_mode & 0o777) == oct(0o700 & ~_umask())
    with pytest.raises(ValidationError):
        listing.write_copy(doc.id, tmp_path / "missing" / "a.txt")
    assert listing.head(doc.id, 3) is None and listing.head(doc.id, 100) == b"secret"


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("../../etc/passwd", "passwd"),
        ("..\\..\\Windows\\win.ini", "win.ini"),
        ("CON.txt", "_CON.txt"),
        ("con", "_con"),
        ("LPT1.tar.gz", "_LPT1.tar.gz"),
        ("invoice\u202efdp.exe", "invoicefdp.exe"),
        ("a\x00b\x07c.pdf", "abc.pdf"),
        ("two\nlines.txt", "two lines.txt"),
        ('what?<is>:"this"|*.doc', "what__is___this___.doc"),
        ("..", "document"),
        ("", "document"),
        (None, "document"),
        ("  .hidden. ", "hidden"),
        ("می\u200cخواهم.pdf", "می\u200cخواهم.pdf"),
        ("تقرير (نهائي).pdf", "تقرير (نهائي).pdf"),
    ],
)
def test_safe_file_name(name: str | None, expected: str) -> None:
    assert safe_file_name(name) == expected


def test_safe_file_name_shortens_long_names_keeping_the_extension() -> None:
    long = "ب" * 300 + ".pdf"
    safe = safe_file_name(long)
    assert safe.endswith(".pdf") and len(safe.encode()) <= 200 and safe.startswith("ب")
    assert safe_file_name(safe) == safe  # stable


def test_shown_name_is_isolated_without_overrides() -> None:
    shown = shown_name("invoice\u202efdp.exe")
    assert shown == "\u2068invoicefdp.exe\u2069"
    assert shown_name("a\nb") == "\u2068a b\u2069"


SORT_TITLES = ["beta", "Alpha", "gamma", "Beta", "alpha", "دفتر", "آرشیو", "zeta", "beta", "Alpha", "قرارداد"]


@pytest.mark.parametrize("sort", ["name", "size", "date"])
@pytest.mark.parametrize("descending", [False, True])
def test_sorted_pages_walk_every_row_once_in_order(db: Database, tmp_path: Path, sort: str, descending: bool) -> None:
    contact = ContactService(db).create({"display_name": "Mina"}).id
    files = DocumentFiles(db)
    for i in range(22):  # equal names and equal sizes, so pages must break ties by id
        folder = tmp_path / f"d{i}"
        folder.mkdir()
        path = folder / f"{SORT_TITLES[i % len(SORT_TITLES)]}.txt"
        path.write_text(f"{i:02d}" * (1 + i % 5))
        files.attach(path, contact_id=contact)
    whole = DocumentList(db, page_size=100).page(sort=sort, descending=descending)
    listing = DocumentList(db, page_size=4)
    page = listing.page(sort=sort, descending=descending)
    assert page.total == 22
    walked = [r.id for r in page.rows]
    while page.after is not None:
        page = listing.page(after=page.after, sort=sort, descending=descending)
        walked += [r.id for r in page.rows]
    assert walked == [r.id for r in whole.rows] and len(set(walked)) == 22
    key = {"name": lambda r: (r.title.lower(), r.id), "size": lambda r: (r.size, r.id), "date": lambda r: r.id}[sort]
    expected = sorted(whole.rows, key=key, reverse=descending)
    if sort != "name" or db.engine.dialect.name == "sqlite":  # a server may collate names by its locale
        assert [r.id for r in whole.rows] == [r.id for r in expected]
    else:  # at least "Beta" and "beta" are neighbours
        names = [r.title.lower() for r in whole.rows]
        runs = [name for i, name in enumerate(names) if i == 0 or names[i - 1] != name]
        assert len(runs) == len(set(names))


def test_sort_with_a_filter_and_an_unknown_sort(office: tuple[Database, dict[str, int]]) -> None:
    db, _ = office
    listing = DocumentList(db)
    rows = listing.page(DocumentFilter(link_kind="company"), sort="name", descending=False).rows
    assert [r.title for r in rows] == ["notes", "photo"]
    assert listing.page(sort="size", descending=True).rows[0].file_name == "offer.pdf"
    with pytest.raises(ValidationError) as bad:
        listing.page(sort="colour")
    assert bad.value.errors == {"sort": "must be one of date, name, size"}
