"""Header suggestions, labels and dates as people and programs write them."""

from __future__ import annotations

from datetime import date

import pytest

from crm_desktop.io.convert import ConvertOptions, country_code, label_of, parse_birthday
from crm_desktop.io.mapping import Target, mapping_from_preset, preset_from_mapping, suggest, suggest_field


@pytest.mark.parametrize(
    ("header", "field", "label"),
    [
        ("نام", "given_name", ""),
        ("نام خانوادگی", "family_name", ""),
        ("الاسم", "display_name", ""),
        ("الإسم", "display_name", ""),  # hamza variant folds
        ("موبایل", "phone", "mobile"),
        ("الجوال", "phone", "mobile"),
        ("البريد الإلكتروني", "email", ""),
        ("ایمیل", "email", ""),
        ("ايميل", "email", ""),  # Arabic yeh typed on an Arabic keyboard
        ("شرکت", "company", ""),
        ("تاریخ تولد", "birthday", ""),
        ("E-mail 2 - Value", "email", ""),
        ("Phone 1 - Label", "phone_label", ""),
        ("Address 1 - Postal Code", "postal_code", ""),
        ("Organization Title", "job_title", ""),
        ("Home Phone", "phone", "home"),
        ("Business Fax", "phone", "fax"),
        ("Home Country/Region", "country", "home"),
        ("E-mail 3 Address", "email", ""),
        ("Vorname", "given_name", ""),
        ("Straße", "street", ""),
        ("Favourite colour", "", ""),
    ],
)
def test_suggestions(header: str, field: str, label: str) -> None:
    assert suggest_field(header)[:2] == (field, label)


def test_outlook_title_is_the_prefix_and_repeated_names_are_left_alone() -> None:
    targets = suggest(["Title", "First Name", "Job Title", "Name", "Full name"], {"Employees": "employees"})
    assert [t.field for t in targets] == ["prefix", "given_name", "job_title", "display_name", ""]
    assert suggest(["Employees"], {"Employees": "employees"})[0].field == "custom:employees"


def test_presets_match_headers_in_any_case_and_fall_back_to_suggestions() -> None:
    preset = preset_from_mapping(["Who", "Mail"], [Target("display_name"), Target("email", "work")])
    targets = mapping_from_preset(["MAIL", "who", "Mobile"], preset)
    assert targets == [Target("email", "work"), Target("display_name"), Target("phone", "mobile")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("* Work", ("work", True)),
        ("Mobile", ("mobile", False)),
        ("_$!<Other>!$_", ("other", False)),
        ("_$!<HomePage>!$_", ("HomePage", False)),
        ("مكتب جدة", ("مكتب جدة", False)),
        ("الجوال", ("mobile", False)),
        ("Work Fax", ("fax", False)),
        ("SMTP", ("", False)),
    ],
)
def test_labels(text: str, expected: tuple[str, bool]) -> None:
    assert label_of(text) == expected


@pytest.mark.parametrize(
    ("text", "options", "expected"),
    [
        ("1985-07-02", ConvertOptions(), date(1985, 7, 2)),
        ("7/2/1985", ConvertOptions(), date(1985, 7, 2)),  # "/" reads month first (Outlook in the US)
        ("7/2/1985", ConvertOptions("dmy"), date(1985, 2, 7)),
        ("15.03.1985", ConvertOptions(), date(1985, 3, 15)),
        ("13/01/1990", ConvertOptions(), date(1990, 1, 13)),  # 13 cannot be a month
        ("۱۳۶۵/۰۵/۱۲", ConvertOptions(), date(1986, 8, 3)),  # Persian digits, Jalali
        ("1410/01/01", ConvertOptions(calendar="hijri"), date(1989, 8, 4)),  # tabular Hijri (Umm al-Qura: 3rd)
        ("--03-15", ConvertOptions(), date(1604, 3, 15)),
        ("3/15/85", ConvertOptions(), date(1985, 3, 15)),
        ("0/0/00", ConvertOptions(), None),
    ],
)
def test_birthdays(text: str, options: ConvertOptions, expected: date | None) -> None:
    assert parse_birthday(text, options) == expected


@pytest.mark.parametrize("text", ["31.02.1990", "yesterday", "1990/13/45"])
def test_bad_birthdays_say_what_is_expected(text: str) -> None:
    with pytest.raises(ValueError, match=text):
        parse_birthday(text)


def test_country_names() -> None:
    assert [country_code(n) for n in ("Iran", "ایران", "السعودية", "Deutschland", "de", "Narnia")] == [
        "IR", "IR", "SA", "DE", "DE", None,
    ]  # fmt: skip
