from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.text.normalize import digits_only, normalize_for_search


@pytest.mark.parametrize(
    ("typed", "stored"),
    [
        ("علي", "علی"),  # Arabic yeh -> Persian yeh
        ("كريم", "کریم"),  # Arabic kaf -> Persian keheh
        ("أحمد", "احمد"),
        ("إيمان", "ایمان"),
        ("آرش", "ارش"),
        ("مؤسسة", "موسسه"),
        ("مُحَمَّد", "محمد"),  # tashkeel dropped
        ("عـــلی", "علی"),  # tatweel dropped
        ("می‌خواهم", "میخواهم"),  # ZWNJ dropped
        ("۰۹۱۲ ۳۴۵", "0912 345"),  # Persian digits
        ("٠٥٠١٢٣", "050123"),  # Arabic-Indic digits
        ("  Straße  GmbH ", "strasse gmbh"),
        ("ﻋﻠﻰ", "علی"),  # presentation forms from PDFs
        ("\u202bABC\u202c", "abc"),
    ],
)
def test_folds(typed: str, stored: str) -> None:
    assert normalize_for_search(typed) == stored


@given(st.text())
def test_idempotent(text: str) -> None:
    once = normalize_for_search(text)
    assert normalize_for_search(once) == once


def test_digits_only_any_script() -> None:
    assert digits_only("+98 (۹۱۲) ٣٤٥-6789") == "989123456789"
    assert digits_only(None) == ""
