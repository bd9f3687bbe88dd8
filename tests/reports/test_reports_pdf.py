"""Reports that can be seen: text extracted from the PDFs (pdftotext), the embedded fonts (pdffonts),
where words sit on the page (pdftotext -bbox) and page images (pdftoppm), in English, Arabic and Persian."""

from __future__ import annotations

import re
import subprocess
from datetime import date
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PIL import Image

from crm_desktop.db.engine import open_database
from crm_desktop.reports.engine import REPORTS, make_report
from crm_desktop.reports.errors import ReportError
from crm_desktop.services.people import ContactService

from .conftest import BUSINESS, NOTE_SENTENCES, Office, build_office, needs_poppler, options, pdf_text

pytestmark = needs_poppler

FILTERS = {
    "directory": {},
    "profile": {"contact_id": "layla"},
    "activities": {"date_from": date(2024, 3, 9), "date_to": date(2024, 3, 15)},
    "agenda": {"period": "month"},
    "calendar": {"period": "month"},
    "tasks": {},
    "pipeline": {},
    "duplicates": {},
}
TITLES = {
    "directory": ("Contact directory", "دليل جهات الاتصال", "فهرست مخاطبان"),
    "profile": ("Contact profile", "ملف جهة الاتصال", "پروندهٔ مخاطب"),
    "activities": ("Activity report", "تقرير الأنشطة", "گزارش فعالیت‌ها"),
    "agenda": ("Appointment agenda", "جدول المواعيد", "برنامهٔ قرارهای ملاقات"),
    "calendar": ("Calendar", "التقويم", "تقویم"),
    "tasks": ("Task list", "قائمة المهام", "فهرست وظایف"),
    "pipeline": ("Sales pipeline", "مسار المبيعات", "قیف فروش"),
    "duplicates": ("Possible duplicates", "السجلات المكررة المحتملة", "موارد تکراری احتمالی"),
}
LANGS = ("en", "ar", "fa")


def _filters(office: Office, name: str) -> dict[str, object]:
    return {k: getattr(office, v) if v == "layla" else v for k, v in FILTERS[name].items()}


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _words(path: Path) -> list[tuple[str, float, float]]:
    """(word, xMin, yMin) of page 1, words folded with NFKC."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    import unicodedata

    root = ElementTree.fromstring(
        re.sub(r"<!DOCTYPE[^>]*>", "", html).replace('xmlns="http://www.w3.org/1999/xhtml"', "")
    )
    return [
        (unicodedata.normalize("NFKC", w.text or ""), float(w.get("xMin", 0)), float(w.get("yMin", 0)))
        for w in root.iter("word")
    ]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("name", list(REPORTS))
def test_every_report_in_every_language(office: Office, tmp_path: Path, name: str, lang: str) -> None:
    calendar = {"en": "gregorian", "ar": "hijri", "fa": "jalali"}[lang]
    result = make_report(office.db, name, tmp_path / f"{name}.pdf", options(lang, calendar), _filters(office, name))
    text = pdf_text(result.path)
    assert TITLES[name][LANGS.index(lang)] in text
    assert result.pages >= 1 and result.path.read_bytes().startswith(b"%PDF-")
    footer = {"en": f"Page 1 of {result.pages}", "ar": "صفحة", "fa": "صفحهٔ"}[lang]
    assert footer in text
    printed = {"en": "2024-03-15 12:00", "ar": "١٤٤٥/٠٩/٠٥", "fa": "۱۴۰۲/۱۲/۲۵"}[lang]  # Tehran time, own calendar
    assert printed in text


def test_directory_names_numbers_and_footer(office: Office, tmp_path: Path) -> None:
    result = make_report(office.db, "directory", tmp_path / "d.pdf", options("en"))
    text = pdf_text(result.path)
    for expected in ("ليلى الظاهري", "مریم کاظمی", "Clara Evans", "layla@nukhba.example.com", "+966 50 123 4567"):
        assert expected in text
    assert "4 contacts" in text and "Page 1 of 1" in text and "Printed 2024-03-15 12:00" in text
    assert result.rows == 4


def test_directory_filters(office: Office, tmp_path: Path) -> None:
    result = make_report(
        office.db, "directory", tmp_path / "d.pdf", options("fa"), {"tag": "مشتری", "user_id": office.sara}
    )
    text = pdf_text(result.path)
    assert result.rows == 1 and "مریم کاظمی" in text and "ليلى" not in text
    # pdftotext moves the space around a colon in RTL lines (its extraction, not the drawing): compare without spaces
    assert "برچسب:مشتری" in _squash(text) and "مسئول:ساراکریمی" in _squash(text)
    chosen = make_report(office.db, "directory", tmp_path / "c.pdf", options("en"), {"columns": "name,phone"})
    assert "layla@" not in pdf_text(chosen.path) and "+966 50 123 4567" in pdf_text(chosen.path)


def test_mixed_row_keeps_each_cell_in_order(office: Office, tmp_path: Path) -> None:
    result = make_report(office.db, "directory", tmp_path / "d.pdf", options("ar"))
    row = next(line for line in pdf_text(result.path, layout=True).splitlines() if "layla@" in line)
    # Each cell reads correctly on its own: the Arabic name, the company, the email, the phone number.
    for cell in ("ليلى الظاهري", "شركة النخبة للتجارة", "layla@nukhba.example.com", "+966 50 123 4567", "عمر الحربي"):
        assert cell in row


@pytest.mark.parametrize(("lang", "rtl"), [("en", False), ("ar", True), ("fa", True)])
def test_columns_and_title_are_mirrored_for_rtl(office: Office, tmp_path: Path, lang: str, rtl: bool) -> None:
    result = make_report(office.db, "directory", tmp_path / "d.pdf", options(lang))
    words = _words(result.path)
    email = next(x for w, x, _ in words if w.startswith("layla@"))
    name = next(x for w, x, _ in words if {w, w[::-1]} & {"ليلى", "الظاهري"})  # -bbox gives RTL words reversed
    assert (name > email) == rtl  # the name column is on the reading side
    image = _page_image(result.path, tmp_path)
    left, right = (
        _ink(image.crop((0, 60, image.width // 2, 110))),
        _ink(image.crop((image.width // 2, 60, image.width, 110))),
    )
    assert (right > left) == rtl  # the title block sits on the right in Arabic and Persian


def _page_image(path: Path, tmp_path: Path) -> Image.Image:
    prefix = tmp_path / path.stem
    subprocess.run(["pdftoppm", "-r", "60", "-png", "-f", "1", "-l", "1", str(path), str(prefix)], check=True)
    return Image.open(next(tmp_path.glob(f"{path.stem}*.png"))).convert("L")


def _ink(image: Image.Image) -> int:
    return sum(image.point(lambda value: 255 if value < 128 else 0).histogram()[255:])


def test_long_arabic_paragraph_wraps_in_order(office: Office, tmp_path: Path) -> None:
    result = make_report(office.db, "profile", tmp_path / "p.pdf", options("ar"), {"contact_id": office.layla})
    text = pdf_text(result.path)
    numbers = [int(n) for n in re.findall(r"الملاحظةرقم(\d+)", _squash(text))]
    assert numbers == list(range(1, NOTE_SENTENCES + 1))  # first sentence first, line after line
    lines = [line for line in text.splitlines() if "الملاحظة" in line or "الموسم" in line]
    assert len(lines) >= 4  # it really wrapped over several lines
    assert _squash(lines[0]).startswith("الملاحظةرقم1عن")


def test_bundled_font_is_embedded_and_nothing_else_is_used(office: Office, tmp_path: Path) -> None:
    result = make_report(office.db, "profile", tmp_path / "p.pdf", options("fa"), {"contact_id": office.layla})
    fonts = subprocess.run(["pdffonts", str(result.path)], check=True, capture_output=True, text=True).stdout
    rows = fonts.splitlines()[2:]
    assert rows and all("Vazirmatn" in row for row in rows), fonts
    assert all(re.search(r"\byes\s+yes\s+yes\b", row) for row in rows), fonts  # embedded, subset, unicode


def test_metadata(office: Office, tmp_path: Path) -> None:
    result = make_report(office.db, "tasks", tmp_path / "t.pdf", options("fa"))
    info = subprocess.run(["pdfinfo", str(result.path)], check=True, capture_output=True, text=True).stdout
    assert "فهرست وظایف" in info and BUSINESS in info
    assert b"/Lang (fa)" in result.path.read_bytes()


def test_profile_sections(office: Office, tmp_path: Path) -> None:
    result = make_report(office.db, "profile", tmp_path / "p.pdf", options("en"), {"contact_id": office.layla})
    text = pdf_text(result.path)
    for expected in ("Details", "Timeline", "Open deals", "Upcoming appointments", "Documents"):
        assert expected in text
    for expected in ("توريد سنوي", "SAR 125,000.50", "اجتماع العقد", "عقد التوريد", "متابعة الطلب 6", "VIP"):
        assert expected in text
    company = make_report(
        office.db, "profile", tmp_path / "c.pdf", options("ar"), {"company_id": office.arabic_company}
    )
    text = pdf_text(company.path)
    assert "ملف الشركة" in text and "ليلى الظاهري" in text and "الأشخاص" in text


def test_activities_counts_per_user(office: Office, tmp_path: Path) -> None:
    result = make_report(
        office.db, "activities", tmp_path / "a.pdf", options("en"), {"date_from": "2024-03-09", "date_to": "2024-03-15"}
    )
    text = pdf_text(result.path)
    assert result.rows == 7 and "7 activities" in text
    assert "Summary by user" in text and "Activities per user" in text
    persian = make_report(
        office.db,
        "activities",
        tmp_path / "f.pdf",
        options("fa", "jalali"),
        {"date_from": "۱۴۰۲/۱۲/۱۹", "date_to": "1402/12/25"},
    )
    assert persian.rows == 7 and "۱۵دقیقه" in _squash(pdf_text(persian.path))


def test_agenda_tasks_pipeline_contents(office: Office, tmp_path: Path) -> None:
    agenda = pdf_text(make_report(office.db, "agenda", tmp_path / "a.pdf", options("en"), {"period": "week"}).path)
    assert "Saturday 16 March 2024" in agenda and "10:00 – 11:00" in agenda and "اجتماع العقد" in agenda
    assert "weekly, Monday, 10 times" in agenda
    tasks = pdf_text(make_report(office.db, "tasks", tmp_path / "t.pdf", options("fa", "jalali")).path)
    for expected in ("عقب‌افتاده", "امروز", "پیش رو", "بدون سررسید", "پیگیری پرداخت", "ارسال پیش‌فاکتور"):
        assert expected in tasks
    assert "تعدادوظایفباز۴" in _squash(tasks)
    pipeline = pdf_text(make_report(office.db, "pipeline", tmp_path / "p.pdf", options("en")).path)
    assert "SAR 125,000.50" in pipeline and "IRR 3,200,000,000" in pipeline and "SAR 62,500.25" in pipeline
    assert "April 2024" in pipeline and "No expected date" in pipeline


def test_page_images_are_not_blank(office: Office, tmp_path: Path) -> None:
    for lang in LANGS:
        result = make_report(office.db, "pipeline", tmp_path / f"{lang}.pdf", options(lang))
        image = _page_image(result.path, tmp_path)
        assert image.width < image.height and _ink(image) > 2000
        for extra in tmp_path.glob(f"{lang}*.png"):
            extra.unlink()


def test_duplicates_report(tmp_path: Path) -> None:
    db = open_database(tmp_path / "dup.sqlite3")
    try:
        contacts = ContactService(db)
        contacts.create({"display_name": "علی رضایی", "emails": ["ali@example.ir"], "phones": ["+98 912 111 2233"]})
        contacts.create({"display_name": "علي رضائي", "emails": ["ali@example.ir"]})
        contacts.create({"display_name": "Someone Else", "emails": ["else@example.com"]})
        result = make_report(db, "duplicates", tmp_path / "d.pdf", options("fa"))
        text = pdf_text(result.path)
        assert result.rows == 1 and "علی رضایی" in text and "ایمیل یکسان" in text and "ali@example.ir" in text
        assert "Someone Else" not in text
        with pytest.raises(ReportError, match="contacts or companies"):
            make_report(db, "duplicates", tmp_path / "e.pdf", options(), {"entity": "deals"})
    finally:
        db.close()


@pytest.mark.postgres
def test_every_report_on_postgresql(pg_schema_url: str, tmp_path: Path) -> None:
    db = open_database(pg_schema_url)
    try:
        office = build_office(db, tmp_path / "unused")
        for name in REPORTS:
            result = make_report(db, name, tmp_path / f"{name}.pdf", options("fa", "jalali"), _filters(office, name))
            assert TITLES[name][2] in pdf_text(result.path)
        activities = make_report(
            db, "activities", tmp_path / "a.pdf", options(), {"date_from": "2024-03-09", "date_to": "2024-03-15"}
        )
        assert activities.rows == 7
    finally:
        db.close()
