"""Whole imports through the flow: each real-format fixture lands right; bad input leaves the database as it was."""

from __future__ import annotations

import csv
import shutil
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import ImportFileError, ValidationError
from crm_desktop.io.import_flow import ImportFlow, ImportReport
from crm_desktop.io.mapping import Target
from crm_desktop.services.bulk import BulkCancelled
from crm_desktop.services.contact_import import ImportRejected
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.settings import SettingsService

from .conftest import FIXTURES, all_counts


def run_import(db: Database, path: Path, on_duplicate: str = "skip", skip_invalid: bool = True) -> ImportReport:
    flow = ImportFlow(db)
    flow.submit_file(path)
    if "source" in flow.steps():
        flow.submit_source()
        flow.submit_mapping()
    flow.submit_options(on_duplicate, skip_invalid)
    flow.check()
    return flow.run()


def by_name(db: Database) -> dict:
    return {c.display_name: c for c in ContactService(db).list(limit=1000)}


def test_google_contacts_csv(db: Database) -> None:  # SQLite and PostgreSQL
    SettingsService(db).set("phone_region", "IR")
    report = run_import(db, FIXTURES / "google_contacts.csv")
    assert report.counts == {"rows": 4, "created": 4, "updated": 0, "skipped": 0, "failed": 0}
    people = by_name(db)
    maryam = people["Dr. Maryam Ahmadi"]
    assert [(e.address, e.label, e.is_primary) for e in maryam.emails] == [
        ("maryam.ahmadi@nakhl.ir", "work", True),
        ("maryam.a@gmail.com", "home", False),
    ]
    assert [p.e164 for p in maryam.phones] == ["+989123456789", "+989351112233", "+982188887777"]
    assert maryam.notes == "Met at the Tehran fair.\nPrefers email." and maryam.tags == ("Customers",)
    assert maryam.addresses[0].city == "Tehran" and maryam.addresses[0].country == "IR"
    assert str(maryam.birthday) == "1985-07-02" and maryam.job_title == "Purchasing Manager"
    assert str(people["محمد العلي"].birthday) == "1604-03-15"  # "--03-15": no year
    assert people["پرویز کاظمی"].phones[0].e164 == "+989121112233"  # national number, region IR
    assert people["Hans Müller"].tags == ()  # only Google's system groups
    assert {c.name for c in CompanyService(db).list()} == {"Nakhl Trading", "شركة النخيل", "Müller GmbH"}


def test_outlook_csv_from_arabic_windows(sdb: Database) -> None:
    report = run_import(sdb, FIXTURES / "outlook_contacts_cp1256.csv")
    assert report.counts["created"] == 3
    people = by_name(sdb)
    khalid = people["Mr. Khalid Al-Harbi"]  # Outlook's "Title" is the prefix, "Job Title" the job
    assert khalid.job_title == "Director" and khalid.notes == 'Said "call after 4"'
    assert sorted(khalid.tags) == ["Customers", "VIP"] and str(khalid.birthday) == "1985-07-02"
    assert [(p.label, p.e164) for p in khalid.phones] == [("work", "+966114657788"), ("mobile", "+966559876543")]
    fatima = people["فاطمة الزهراني"]
    assert fatima.birthday is None and fatima.addresses[0].label == "home" and fatima.tags == ("عملاء",)
    assert [e.label for e in fatima.emails] == ["", ""]  # "SMTP" is a transport, not a label
    assert [p.label for p in people["Sara Schmidt"].phones] == ["fax", "work"]


def test_excel_unicode_text_with_persian_dates(sdb: Database) -> None:
    report = run_import(sdb, FIXTURES / "excel_unicode_text_utf16.txt")
    assert report.counts["created"] == 3
    people = by_name(sdb)
    ali = people["علی رضایی"]
    assert str(ali.birthday) == "1986-08-03"  # 1365/05/12 in the Persian calendar
    assert sorted(ali.tags) == ["تهران", "مشتری"] and ali.phones[0].e164 == "+989123456789"
    assert str(people["زهرا محمدی"].birthday) == "1992-03-19"  # 1370/12/29


def test_excel_arabic_windows_1256(sdb: Database) -> None:
    SettingsService(sdb).set("phone_region", "SA")
    report = run_import(sdb, FIXTURES / "excel_arabic_cp1256.csv")
    assert report.counts["created"] == 3 and report.counts["failed"] == 0
    people = by_name(sdb)
    assert people["محمد العلي"].phones[0].e164 == "+966501234567"
    assert people["مريم احمدي"].notes == "يادداشت، با ويرگول"


def test_german_semicolon_csv(sdb: Database) -> None:
    run_import(sdb, FIXTURES / "german_semicolon_cp1252.csv")
    anna = by_name(sdb)["Anna Groß"]
    assert str(anna.birthday) == "1990-11-02" and anna.addresses[0].street == "Königsallee 1; 2. OG"
    assert anna.addresses[0].country == "DE"


def test_xlsx_workbook(sdb: Database) -> None:
    report = run_import(sdb, FIXTURES / "contacts.xlsx")
    assert report.counts == {"rows": 3, "created": 3, "updated": 0, "skipped": 0, "failed": 0}
    assert [r[0] for r in report.entries()] == [2, 3, 5]  # sheet rows (row 4 is empty)
    people = by_name(sdb)
    assert str(people["علی رضایی"].birthday) == "1986-08-03"
    assert people["علی رضایی"].phones[0].e164 == "+989123456789"  # a number in Excel: its leading 0 was lost


def test_vcards_from_phones(sdb: Database) -> None:
    for name in ("iphone_v3.vcf", "android_v21.vcf", "nextcloud_v4.vcf"):
        report = run_import(sdb, FIXTURES / name)
        assert report.counts["failed"] == 0, report.problems()
    people = by_name(sdb)
    khalid = people["خالد الحربي"]
    assert [(p.label, p.is_primary) for p in khalid.phones] == [("mobile", True), ("other", False), ("مكتب جدة", False)]
    assert khalid.notes == "التقيته في معرض الرياض\nيفضل الاتصال بعد الرابعة, دائماً"
    assert str(khalid.birthday) == "1604-03-15" and khalid.addresses[0].country == "SA"
    fatima = people["فاطمة الزهراني"]
    assert fatima.notes.startswith("سطر أول\nسطر ثانٍ طويل") and fatima.phones[0].is_primary
    assert people["محمد العلي"].notes == "عميل; مهم"  # Windows-1256 QUOTED-PRINTABLE card
    zahra = people["Zahra Mohammadi"]
    assert zahra.uid == "1f0e6f5c-3c1a-4d6e-9a57-3f1f3c2b8a10" and sorted(zahra.tags) == ["VIP", "customers"]
    assert zahra.phones[0].e164 == "+989357654321" and zahra.notes == "Line one\nLine two; with semicolon, and comma"


def test_mapping_changes_and_presets(sdb: Database) -> None:
    flow = ImportFlow(sdb)
    flow.submit_file(FIXTURES / "german_semicolon_cp1252.csv")
    flow.submit_source()
    notes_column = flow.source.header.index("Notizen")
    flow.set_target(notes_column, Target("source"))
    with pytest.raises(ValidationError):
        flow.set_target(0, "no_such_field")
    flow.save_preset("Deutsch")
    other = ImportFlow(sdb)
    other.submit_file(FIXTURES / "german_semicolon_cp1252.csv")
    assert other.targets[notes_column].field == "notes"
    other.apply_preset("Deutsch")
    assert other.targets[notes_column].field == "source" and list(other.presets()) == ["Deutsch"]
    other.submit_source()
    other.submit_mapping()
    other.submit_options()
    other.run()
    assert by_name(sdb)["Jürgen Weiß"].source == "Kunde seit 2019"


def test_duplicate_policy_on_a_second_import(sdb: Database) -> None:
    run_import(sdb, FIXTURES / "google_contacts.csv")
    again = run_import(sdb, FIXTURES / "google_contacts.csv", on_duplicate="skip")
    assert again.counts["skipped"] == 4 and again.counts["created"] == 0
    updated = run_import(sdb, FIXTURES / "google_contacts.csv", on_duplicate="update")
    assert updated.counts["updated"] == 4 and ContactService(sdb).count() == 4


def test_report_lists_every_row_with_its_line_and_saves_as_csv(sdb: Database, tmp_path: Path) -> None:
    path = tmp_path / "mixed.csv"
    path.write_text(
        "Name,Email,Phone,Birthday\n"
        "Ali,ali@example.com,+98 912 345 6789,1990-01-31\n"
        "Bad mail,not-an-email,,\n"
        "Bad date,x@example.com,,31.02.1990\n"
        "Ali again,ALI@example.com,,\n"
        "Ragged,r@example.com,,,extra\n",
        encoding="utf-8",
    )
    report = run_import(sdb, path)
    assert report.counts == {"rows": 5, "created": 1, "updated": 0, "skipped": 1, "failed": 3}
    assert [(line, status) for line, status, *_ in report.entries()] == [
        (2, "created"), (3, "failed"), (4, "failed"), (5, "skipped"), (6, "failed"),
    ]  # fmt: skip
    problems = report.problems()
    assert problems[0][:2] == (3, "email 1") and "not-an-email" in problems[0][2]
    assert problems[1][:2] == (4, "Birthday") and "31.02.1990" in problems[1][2]
    assert problems[2][0] == 6 and "5 cells" in problems[2][2]
    saved = tmp_path / "report.csv"
    assert report.save_csv(saved) == 5
    with open(saved, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert rows[0] == ["file", "line", "status", "contact_id", "field", "message"]
    assert rows[2][1:3] == ["3", "failed"] and rows[1][3].isdigit()


def test_strict_run_writes_nothing_when_a_row_is_invalid(sdb: Database, tmp_path: Path) -> None:
    path = tmp_path / "strict.csv"
    path.write_text("Name,Email\nAli,ali@example.com\nBad,nope\n", encoding="utf-8")
    before = all_counts(sdb)
    with pytest.raises(ImportRejected) as caught:
        run_import(sdb, path, skip_invalid=False)
    assert caught.value.outcome.failed == 1 and all_counts(sdb) == before


def test_cancel_leaves_the_database_unchanged(sdb: Database, tmp_path: Path) -> None:
    path = tmp_path / "many.csv"
    path.write_text("Name,Email\n" + "".join(f"N{i},n{i}@example.com\n" for i in range(5000)), encoding="utf-8")
    flow = ImportFlow(sdb)
    flow.submit_file(path)
    flow.submit_source()
    flow.submit_mapping()
    flow.submit_options()
    before = all_counts(sdb)
    with pytest.raises(BulkCancelled):
        flow.run(progress=lambda done: done < 2000)
    assert all_counts(sdb) == before


BROKEN_B64 = (
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Good\r\nEND:VCARD\r\n"
    "BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Broken photo\r\nPHOTO;ENCODING=b;TYPE=JPEG:/9j/4AA*QSk@@\r\nEND:VCARD\r\n"
)


@pytest.mark.parametrize(
    ("name", "data", "line", "words"),
    [
        ("empty.csv", b"", 1, "empty"),
        ("header_only.csv", b"Name,Email\r\n", None, "no rows"),
        ("binary.csv", bytes(range(256)) * 20, None, "binary"),
        ("truncated.csv", 'Name,Note\nعلی,"یادداشت\nبلند'.encode(), 2, "cut off"),
        ("truncated_char.csv", "Name\nعلی\n".encode()[:-2], 2, "cut off"),
        ("mixed.csv", "Name\nعلی\n".encode() + "سعيد\n".encode("cp1256"), 3, "mixes encodings"),
        ("huge_cell.csv", b'Name,Note\nAli,"' + b"x" * 10_000_000 + b'"\n', 2, "characters"),
        ("truncated.vcf", b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ali\r\nBEGIN:VCARD\r\nFN:Sara\r\n", 4, "never ends"),
        ("broken_b64.vcf", BROKEN_B64.encode(), 5, "base64"),
        ("empty.vcf", b"\r\n", 1, "empty"),
        ("truncated.xlsx", (FIXTURES / "contacts.xlsx").read_bytes()[:3000], None, "ZIP"),
    ],
)
def test_bad_input_says_file_and_line_and_changes_nothing(
    sdb: Database, tmp_path: Path, name: str, data: bytes, line: int | None, words: str
) -> None:
    path = tmp_path / name
    path.write_bytes(data)
    before = all_counts(sdb)
    with pytest.raises((ImportFileError, ImportRejected)) as caught:
        run_import(sdb, path, skip_invalid=False)
    error = caught.value
    if isinstance(error, ImportRejected):  # a problem inside one card: reported per row, nothing written
        problem = error.report.problems()[0]
        assert problem[0] == line and words in problem[2] and f"line {line}" in str(error)
    else:
        assert str(path) in str(error) and words in str(error) and error.line == line
    assert all_counts(sdb) == before


def test_the_same_file_can_be_imported_from_a_copy_with_another_name(sdb: Database, tmp_path: Path) -> None:
    renamed = tmp_path / "contacts.txt"  # a vCard with a .txt name: the content decides
    shutil.copy(FIXTURES / "iphone_v3.vcf", renamed)
    assert run_import(sdb, renamed).counts["created"] == 2
