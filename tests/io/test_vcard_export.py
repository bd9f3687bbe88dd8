"""vCard export read back (3.0 and 4.0, one file or one per contact) and list exports safe for spreadsheets."""

from __future__ import annotations

import csv
import zipfile
from datetime import date
from pathlib import Path

import pytest
from openpyxl import load_workbook

from crm_desktop.db.engine import Database, open_database
from crm_desktop.io.export import export_list, neutralise
from crm_desktop.io.import_flow import ImportFlow
from crm_desktop.io.vcard import VCardSource
from crm_desktop.io.vcard_write import fold
from crm_desktop.services.contact_import import import_contacts
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.people import ContactService

PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR not a real picture, but kept byte for byte"


def _sample_rows() -> list[dict]:
    return [
        {
            "prefix": "Dr.",
            "given_name": "پرویز",
            "middle_name": "علی",
            "family_name": "کاظمی",
            "display_name": "دکتر پرویز کاظمی",
            "company": "شرکت نخل; فروش, تهران",
            "job_title": "مدیر فروش",
            "birthday": date(1980, 1, 21),
            "notes": "سطر اول\nسطر دوم; با نقطه‌ویرگول, و ویرگول \\ و بک‌اسلش",
            "tags": ["VIP", "مشتری, ویژه"],
            "lifecycle_stage": "customer",
            "source": "نمایشگاه",
            "custom_fields": {"employees": 42},
            "emails": [
                {"address": "parviz@nakhl.ir", "label": "work", "is_primary": True},
                {"address": "p.kazemi@example.com", "label": "home"},
                {"address": "pk@example.org", "label": "دفتر کرج"},
            ],
            "phones": [
                {"number": "+98 912 111 2233", "label": "mobile", "is_primary": True},
                {"number": "+98 21 8888 7777", "label": "fax"},
                {"number": "+98 26 3344 5566", "label": "other"},
            ],
            "addresses": [
                {
                    "street": "خیابان ولیعصر ۱۲\nطبقه ۳",
                    "city": "تهران",
                    "region": "تهران",
                    "postal_code": "1968",
                    "country": "IR",
                    "label": "work",
                    "is_primary": True,
                }
            ],
            "photo": PNG,
        },
        {
            "display_name": "محمد العلي",
            "given_name": "محمد",
            "family_name": "العلي",
            "birthday": date(1604, 3, 15),
            "phones": ["+966 50 123 4567"],
            "emails": ["mohammed@nakheel.sa"],
        },
        {"display_name": "Hans Müller", "emails": ["hans@mueller.de"], "lifecycle_stage": "lead"},
    ]


def _snapshot(db: Database) -> list[tuple]:
    """Everything a vCard carries, per contact, without database ids and times."""
    result = []
    service = ContactService(db)
    from crm_desktop.services.contact_export import company_names, contact_photos

    for c in service.list(limit=100):
        company = company_names(db, {c.company_id}).get(c.company_id) if c.company_id else None
        result.append(
            (c.uid, c.display_name, c.prefix, c.given_name, c.middle_name, c.family_name, company, c.job_title,
             c.birthday, c.notes, tuple(sorted(c.tags)), c.lifecycle_stage, c.source, c.custom_fields,
             c.emails, c.phones, c.addresses, contact_photos(db, [c.id]).get(c.id))
        )  # fmt: skip
    return sorted(result, key=lambda r: r[1])


@pytest.mark.parametrize("version", ["3.0", "4.0"])
def test_vcard_round_trip_gives_the_same_data(sdb: Database, tmp_path: Path, version: str) -> None:
    CustomFieldService(sdb).create("contacts", "Employees", "number", key="employees")
    import_contacts(sdb, _sample_rows())
    path = tmp_path / "all.vcf"
    assert export_list(sdb, path, fmt="vcf", vcard_version=version) == 3
    text = path.read_bytes().decode("utf-8")
    assert f"VERSION:{version}" in text and all(len(line.encode()) <= 75 for line in text.split("\r\n"))
    empty = open_database(tmp_path / "empty.sqlite3")
    try:
        CustomFieldService(empty).create("contacts", "Employees", "number", key="employees")
        flow = ImportFlow(empty)
        flow.submit_file(path)
        flow.submit_options()
        assert flow.run().counts["created"] == 3
        assert _snapshot(empty) == _snapshot(sdb)
    finally:
        empty.close()


def test_one_file_per_contact(sdb: Database, tmp_path: Path) -> None:
    import_contacts(sdb, _sample_rows())
    folder = tmp_path / "cards"
    assert export_list(sdb, folder, fmt="vcf", one_file_per_contact=True) == 3
    names = sorted(p.name for p in folder.iterdir())
    assert len(names) == 3 and any(n.startswith("Hans Müller (") for n in names)
    assert all(len(list(VCardSource(folder / n).rows())) == 1 for n in names)


def test_folding_never_splits_a_character() -> None:
    line = "NOTE:" + "سلام" * 40
    folded = fold(line)
    assert all(len(part.encode()) <= 75 for part in folded.split("\r\n"))
    assert folded.replace("\r\n ", "") == line


@pytest.mark.parametrize(
    ("value", "safe"),
    [
        ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")'),
        ("+98 912 345 6789", "'+98 912 345 6789"),
        ("-2+3+cmd|' /C calc'!A0", "'-2+3+cmd|' /C calc'!A0"),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("\t=1", "'\t=1"),
        ("-5", "-5"),
        ("+3.5", "+3.5"),
        ("Ali = Reza", "Ali = Reza"),
        ("علی", "علی"),
    ],
)
def test_formula_injection_is_neutralised(value: str, safe: str) -> None:
    assert neutralise(value) == safe


def test_csv_and_xlsx_export_of_a_filtered_list(sdb: Database, tmp_path: Path) -> None:
    rows = _sample_rows()
    rows[2]["notes"] = "=1+1"
    rows[2]["job_title"] = "@evil"
    rows[2]["tags"] = ["VIP"]
    import_contacts(sdb, rows)
    columns = ["name", "job_title", "email", "phones", "tags", "notes"]
    csv_path = tmp_path / "vip.csv"
    assert export_list(sdb, csv_path, columns=columns, filters={"tag": "vip"}) == 2
    raw = csv_path.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf") and b"\r\n" in raw
    with open(csv_path, encoding="utf-8-sig", newline="") as handle:
        table = list(csv.reader(handle))
    assert table[0] == ["Name", "Job title", "Email", "All phones", "Tags", "Notes"]
    assert [r[0] for r in table[1:]] == ["Hans Müller", "دکتر پرویز کاظمی"]
    assert table[1][1] == "'@evil" and table[1][5] == "'=1+1"
    assert table[2][3] == "'+98 912 111 2233; +98 21 8888 7777; +98 26 3344 5566"

    xlsx_path = tmp_path / "vip.xlsx"
    hans = ContactService(sdb).list(filters={"query": "hans"})[0].id
    assert export_list(sdb, xlsx_path, columns=columns, ids=[hans]) == 1
    sheet = load_workbook(xlsx_path).active
    values = [[c.value for c in row] for row in sheet.iter_rows()]
    assert values[1][:2] == ["Hans Müller", "@evil"] and values[1][5] == "=1+1"
    assert all(c.data_type != "f" for row in sheet.iter_rows() for c in row)
    assert b"<f>" not in zipfile.ZipFile(xlsx_path).read("xl/worksheets/sheet1.xml")


def test_company_list_export(sdb: Database, tmp_path: Path) -> None:
    import_contacts(sdb, _sample_rows())
    path = tmp_path / "companies.csv"
    assert export_list(sdb, path, entity="companies", columns=["name", "people"]) == 1
    assert path.read_text(encoding="utf-8-sig").splitlines()[1] == '"شرکت نخل; فروش, تهران",1'
