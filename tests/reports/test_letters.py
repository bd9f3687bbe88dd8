"""Letters (mail merge) to PDF in English, Arabic and Persian, read back with pdftotext; templates in the
settings table; the ``letter`` command and its refusals."""

from __future__ import annotations

import re
import subprocess
from collections.abc import Iterator
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.reports.letters import make_letters
from crm_desktop.services.letters import LetterTemplate, LetterTemplates, fill, recipients
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.saved_searches import SavedSearchService
from crm_desktop.services.settings import SettingsService

from .conftest import needs_poppler, options, pdf_text

pytestmark = needs_poppler

EN_BODY = (
    "Dear {first_name} {last_name},\n\nThank you for visiting {company} ({job_title}).\n"
    "Shoe size: [{shoe_size}]\n{address}"
)
FA_BODY = "{display_name} گرامی،\n\nاز همکاری شما با {company} سپاسگزاریم.\nایمیل: {email}"
AR_BODY = "السيد {display_name} المحترم،\n\nنشكركم على ثقتكم بشركة {company}.\nالهاتف: {phone}"


@pytest.fixture
def db(tmp_path: Path) -> Iterator[Database]:
    database = open_database(tmp_path / "letters.sqlite3")
    user = UserService(database).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    SettingsService(database, user.id).set("business_name", "Rafiq Trading")
    acme = CompanyService(database, user.id).create({"name": "Acme GmbH"}).id
    nokhbe = CompanyService(database, user.id).create({"name": "شرکت نخبه"}).id
    contacts = ContactService(database, user.id)
    contacts.create(
        {"given_name": "Clara", "family_name": "Schmidt", "company_id": acme, "job_title": "Buyer", "tags": ["fair"],
         "addresses": [{"street": "Hauptstr. 5", "city": "Berlin", "postal_code": "10115", "country": "DE"}]}
    )  # fmt: skip
    contacts.create(
        {"given_name": "مریم", "family_name": "کریمی", "company_id": nokhbe, "tags": ["vip"],
         "emails": [{"address": "maryam@example.ir"}]}
    )  # fmt: skip
    contacts.create({"given_name": "رضا", "family_name": "احمدی", "company_id": nokhbe, "tags": ["vip"]})
    contacts.create(
        {"given_name": "ليلى", "family_name": "أحمد", "company_id": nokhbe, "phones": [{"raw": "+966 50 123 4567"}]}
    )
    yield database
    database.close()


def _id(db: Database, given: str) -> int:
    return next(c.id for c in ContactService(db).list() if c.given_name == given)


def test_english_letter_fills_fields_and_leaves_unknown_ones_empty(db: Database, tmp_path: Path) -> None:
    LetterTemplates(db).save("Thanks", "Visit of {display_name}", EN_BODY)
    template = LetterTemplates(db).get("Thanks")
    result = make_letters(db, template, [_id(db, "Clara")], tmp_path / "en.pdf", options("en"))
    assert (result.letters, result.pages) == (1, 1)
    text = pdf_text(result.path)
    assert "Visit of Clara Schmidt" in text and "Dear Clara Schmidt," in text
    assert "Thank you for visiting Acme GmbH (Buyer)." in text
    assert "Shoe size: []" in text and "Hauptstr. 5" in text and "Berlin 10115" in text
    assert "March 15, 2024" in text or "15 March 2024" in text
    assert "Rafiq Trading" in text  # the reports' letterhead


def test_persian_letters_for_a_tag_one_per_page_right_aligned_with_jalali_date(db: Database, tmp_path: Path) -> None:
    template = LetterTemplate("", "سپاس", FA_BODY)
    ids = recipients(db, tag="VIP")
    assert len(ids) == 2
    result = make_letters(db, template, ids, tmp_path / "fa.pdf", options("fa", "jalali"))
    assert (result.letters, result.pages) == (2, 2)
    pages = pdf_text(result.path).split("\f")
    first = next(p for p in pages if "مریم" in p)
    assert "مریم کریمی گرامی،" in first and "شرکت نخبه" in first and "maryam@example.ir" in first
    # 15 March 2024 = 25 Esfand 1402, Persian digits (pdftotext may drop the space between digits and a word)
    assert re.search("۲۵ ?اسفند ۱۴۰۲", first)
    assert any("رضا احمدی" in p for p in pages)
    # Right-aligned: the body's lines end at the right margin (A4 595 pt wide, 14 mm margin = 555 pt).
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(result.path), "-"], check=True, capture_output=True, text=True
    ).stdout
    right_edges = [float(x) for x in re.findall(r'xMax="([\d.]+)"', html)]
    assert max(right_edges) > 550 and sum(1 for x in right_edges if x > 540) >= 3


def test_arabic_letter_with_hijri_date(db: Database, tmp_path: Path) -> None:
    template = LetterTemplate("", "", AR_BODY)
    result = make_letters(db, template, [_id(db, "ليلى")], tmp_path / "ar.pdf", options("ar", "hijri"))
    text = pdf_text(result.path)
    assert "السيد ليلى أحمد المحترم،" in text and "شرکت نخبه" in text
    assert "+966 50 123 4567" in text  # kept left-to-right inside the Arabic line
    assert "رمضان" in text and "١٤٤٥" in text  # 15 March 2024 = 5 Ramadan 1445


def test_templates_live_in_the_settings_table(db: Database) -> None:
    store = LetterTemplates(db)
    store.save("B", "t", "body b")
    store.save("a", "", "body a")
    store.save("B", "t2", "body b2")
    assert [(t.name, t.title) for t in store.list()] == [("a", ""), ("B", "t2")]
    store.delete("a")
    with pytest.raises(NotFoundError):
        store.get("a")
    with pytest.raises(ValidationError) as bad:
        store.save(" ", "", "  ")
    assert set(bad.value.errors) == {"name", "body"}


def test_fill_is_plain_substitution() -> None:
    assert fill("{first_name} { lone {brace} {x.__class__} {first_name!r}", {"first_name": "Ali"}) == (
        "Ali { lone  {x.__class__} {first_name!r}"
    )


def test_recipients_from_a_saved_search_and_refusals(db: Database) -> None:
    search = SavedSearchService(db).create("VIPs", "contacts", {"tag": "vip"})
    assert len(recipients(db, saved_search=search.id)) == 2
    with pytest.raises(ValidationError) as no_tag:
        recipients(db, tag="nobody")
    assert no_tag.value.errors["tag"] == "nobody is not one of the choices (fair, vip)"
    with pytest.raises(NotFoundError):
        recipients(db, contact_id=999)
    with pytest.raises(ValidationError):
        recipients(db, contact_id=1, tag="vip")


def test_letter_command(db: Database, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "letters.sqlite3")
    db.close()
    body = tmp_path / "body.txt"
    body.write_text(FA_BODY, encoding="utf-8")
    out = tmp_path / "cli.pdf"
    args = ["letter", "--db", path, "--body-file", str(body), "--tag", "vip", "--lang", "fa", "--out", str(out)]
    assert main(args) == 0
    assert "2 letters" in capsys.readouterr().out and "مریم کریمی" in pdf_text(out)
    assert main(["letter-template", "save", "Thanks", "--db", path, "--title", "T", "--body-file", str(body)]) == 0
    assert (
        main(["letter", "--db", path, "--template", "Thanks", "--contact", "1", "--out", str(tmp_path / "t.pdf")]) == 0
    )
    capsys.readouterr()
    missing = tmp_path / "missing.pdf"
    assert main(["letter", "--db", path, "--template", "Nope", "--contact", "1", "--out", str(missing)]) == 2
    assert "letter template Nope was not found" in capsys.readouterr().err and not missing.exists()
    assert main(["letter", "--db", path, "--body-file", str(tmp_path / "no.txt"), "--contact", "1",
                 "--out", str(missing)]) == 2  # fmt: skip
    assert "no.txt does not exist" in capsys.readouterr().err and not missing.exists()
    binary = tmp_path / "binary.txt"
    binary.write_bytes(b"\x00\x01\x02")
    assert main(["letter", "--db", path, "--body-file", str(binary), "--contact", "1", "--out", str(missing)]) == 2
    assert "cannot be read: not a text file" in capsys.readouterr().err and not missing.exists()


LONG_BODY = "Dear {first_name},\n\n" + "\n".join(f"Clause {n}: the terms of our agreement." for n in range(1, 71))


@pytest.mark.parametrize(("lang", "page_word"), [("en", "Page"), ("fa", "صفحه"), ("ar", "صفحة")])
def test_each_letter_starts_on_its_own_page_and_counts_its_own_pages(
    db: Database, tmp_path: Path, lang: str, page_word: str
) -> None:
    template = LetterTemplate("Terms", "Terms for {display_name}", LONG_BODY)
    ids = [_id(db, "Clara"), _id(db, "رضا")]
    result = make_letters(db, template, ids, tmp_path / f"{lang}.pdf", options(lang, digits="latin"))
    assert (result.letters, result.pages) == (2, 4)
    pages = pdf_text(result.path).split("\f")[:4]
    # letter 2 begins a page of its own
    assert "Dear Clara," in pages[0] and "Clause 1:" in pages[0] and "رضا" not in pages[1]
    assert "Clara" not in pages[2] and "رضا" in pages[2] and "Clause 1:" in pages[2]
    assert "Clause 70" in pages[1] and "Clause 70" in pages[3]
    for page, (number, total) in zip(pages, [(1, 2), (2, 2), (1, 2), (2, 2)], strict=True):
        # the footer is the page's last line; pdftotext gives an RTL line in visual order, so compare the digits
        footer = page.strip().splitlines()[-1]
        assert page_word in footer and sorted(re.findall(r"\d", footer)) == sorted(f"{number}{total}"), footer
    text = "\n".join(pages)
    assert not any(x in text for x in ("Printed", "تاریخ چاپ", "تاريخ الطباعة"))  # no report footer
    assert text.count("Rafiq Trading") == 4  # the letterhead on every page


def test_a_one_page_letter_has_no_page_number(db: Database, tmp_path: Path) -> None:
    template = LetterTemplate("", "", EN_BODY)
    result = make_letters(db, template, [_id(db, "Clara"), _id(db, "مریم")], tmp_path / "two.pdf", options("en"))
    assert (result.letters, result.pages) == (2, 2)
    text = pdf_text(result.path)
    assert "Page " not in text and "Printed" not in text


def test_an_english_template_stays_left_to_right_for_a_persian_name(db: Database, tmp_path: Path) -> None:
    template = LetterTemplate("", "Our offer", "Dear {first_name},\n\nthank you for your order with {company}.")
    result = make_letters(db, template, [_id(db, "مریم")], tmp_path / "ltr.pdf", options("fa", "jalali"))
    words = subprocess.run(
        ["pdftotext", "-bbox", str(result.path), "-"], check=True, capture_output=True, text=True
    ).stdout
    left = {w: float(x) for x, w in re.findall(r'xMin="([\d.]+)"[^>]*>([^<]+)<', words)}
    # A4 with 14 mm margins: left-aligned lines start at 39.7 pt; right-aligned ones would end at 555 pt
    assert left["Dear"] < 45 and left["thank"] < 45 and left["Our"] < 45
