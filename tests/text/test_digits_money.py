from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from crm_desktop.text.digits import format_number, parse_number, to_latin_digits, to_native_digits
from crm_desktop.text.money import (
    UnknownCurrency,
    currencies,
    format_money,
    minor_units,
    parse_money,
    to_major,
)

NBSP, RLM, LRM, ALM = "\u00a0", "\u200f", "\u200e", "\u061c"


# --- digits ---------------------------------------------------------------------------------------


def test_native_digits() -> None:
    assert to_native_digits("1403/01/15", "fa") == "۱۴۰۳/۰۱/۱۵"
    assert to_native_digits("1,234.5", "fa_IR") == "۱٬۲۳۴٫۵"
    assert to_native_digits("1,234.5", "ar") == "١٬٢٣٤٫٥"
    assert to_native_digits("Room 12. Next, please", "fa") == "Room ۱۲. Next, please"  # prose punctuation kept
    assert to_native_digits("1,234.5", "en") == "1,234.5"


def test_latin_digits() -> None:
    assert to_latin_digits("۰۱۲۳۴۵۶۷۸۹ ٠١٢٣٤٥٦٧٨٩") == "0123456789 0123456789"
    assert to_latin_digits("۱٬۲۳۴٫۵") == "1,234.5"
    assert to_latin_digits("علی ۱۲") == "علی 12"


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("1250.50", "1250.50"),
        ("1,250.50", "1250.50"),
        ("۱۲٬۵۰۰٬۰۰۰", "12500000"),
        ("۱۲۳٫۵", "123.5"),
        ("١٬٢٥٠٫٥٠", "1250.50"),
        ("۱۲،۵۰۰", "12500"),  # Persian keyboard comma as a thousands separator
        (" 1 250 000 ", "1250000"),
        ("1\u202f250", "1250"),  # narrow no-break space (French grouping)
        ("-42", "-42"),
        ("+42", "42"),
        (f"{LRM}\u2212۱۲", "-12"),  # as Qt's fa_IR prints negatives
        (f"{ALM}-١٢", "-12"),  # as Qt's ar_SA prints negatives
        (".5", "0.5"),
        ("-0", "0"),
    ],
)
def test_parse_number(text: str, value: str) -> None:
    parsed = parse_number(text)
    assert parsed == Decimal(value) and str(parsed) == value


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "no number"),
        ("   ", "no number"),
        ("abc", "only digits"),
        ("12 kg", "only digits"),
        ("1.234,56", "use '.' or '٫' for decimals"),
        ("1,5", "three digits"),
        ("12,34,567", "three digits"),
        ("1.2.3", "only digits"),
        ("--5", "only digits"),
    ],
)
def test_parse_number_refuses(text: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_number(text)


@pytest.mark.parametrize(
    ("value", "lang", "digits", "decimals", "expected"),
    [
        (1234567.5, "en", "native", 2, "1,234,567.50"),
        (Decimal("1234567.5"), "fa", "native", 2, "۱٬۲۳۴٬۵۶۷٫۵۰"),
        (Decimal("1234567.5"), "ar", "native", 2, "١٬٢٣٤٬٥٦٧٫٥٠"),
        (Decimal("1234567.5"), "ar", "latin", 2, "1,234,567.50"),
        (-1234567.5, "fa", "native", 2, f"{LRM}\u2212۱٬۲۳۴٬۵۶۷٫۵۰"),
        (-1234567.5, "ar", "native", 2, f"{ALM}-١٬٢٣٤٬٥٦٧٫٥٠"),
        (-5, "en", "native", 0, "-5"),
        (2.5, "en", "native", 0, "3"),  # half up, not banker's rounding
        (-0.001, "fa", "native", 2, "۰٫۰۰"),  # no "minus zero"
        (12500000, "fa", "native", 0, "۱۲٬۵۰۰٬۰۰۰"),
        (0.1 + 0.2, "en", "native", 2, "0.30"),
    ],
)
def test_format_number(value: float | Decimal, lang: str, digits: str, decimals: int, expected: str) -> None:
    assert format_number(value, lang, digits, decimals) == expected


def test_format_number_rejects_non_finite() -> None:
    with pytest.raises(ValueError, match="finite"):
        format_number(float("nan"), "en")


@given(
    st.decimals(min_value=-(10**12), max_value=10**12, places=2, allow_nan=False),
    st.sampled_from(["en", "ar", "fa"]),
    st.sampled_from(["native", "latin"]),
)
def test_formatted_numbers_parse_back(value: Decimal, lang: str, digits: str) -> None:
    assert parse_number(format_number(value, lang, digits, 2)) == value


# --- money ---------------------------------------------------------------------------------------


def test_minor_units() -> None:
    assert [minor_units(c) for c in ("SAR", "AED", "EGP", "USD", "EUR")] == [2, 2, 2, 2, 2]
    assert [minor_units(c) for c in ("KWD", "BHD", "OMR", "JOD")] == [3, 3, 3, 3]
    assert minor_units("IRR") == 0 and minor_units("IQD") == 0 and minor_units("irr") == 0
    assert "SAR" in currencies()
    with pytest.raises(UnknownCurrency, match="unknown currency 'XYZ'"):
        minor_units("XYZ")


def test_to_major_is_exact() -> None:
    assert to_major(125050, "SAR") == Decimal("1250.50")
    assert to_major(1250500, "KWD") == Decimal("1250.500")
    assert to_major(12500000, "IRR") == Decimal(12500000)


@pytest.mark.parametrize(
    ("minor", "currency", "lang", "digits", "expected"),
    [
        (125050, "SAR", "en", "native", f"SAR{NBSP}1,250.50"),
        (-125050, "SAR", "en", "native", f"-SAR{NBSP}1,250.50"),
        # What QLocale("ar_SA").toCurrencyString(1250.5) prints, character for character.
        (125050, "SAR", "ar", "native", f"{RLM}١٬٢٥٠٫٥٠{NBSP}ر.س.{RLM}"),
        (125050, "SAR", "ar", "latin", f"{RLM}1,250.50{NBSP}ر.س.{RLM}"),
        (125050, "EGP", "ar", "native", f"{RLM}١٬٢٥٠٫٥٠{NBSP}ج.م.{RLM}"),
        (1250500, "KWD", "ar", "native", f"{RLM}١٬٢٥٠٫٥٠٠{NBSP}د.ك.{RLM}"),
        (12500000, "IRR", "fa", "native", f"۱۲٬۵۰۰٬۰۰۰{NBSP}ریال"),
        (12500000, "IRR", "fa", "latin", f"12,500,000{NBSP}ریال"),
        (-12500000, "IRR", "fa", "native", f"{LRM}\u2212۱۲٬۵۰۰٬۰۰۰{NBSP}ریال"),
        (9990, "USD", "fa", "native", f"۹۹٫۹۰{NBSP}دلار"),
        (500000, "IQD", "en", "native", f"IQD{NBSP}500,000"),
        (1000, "NOK", "fa", "native", f"۱۰٫۰۰{NBSP}NOK"),  # no Persian name: the ISO code
    ],
)
def test_format_money(minor: int, currency: str, lang: str, digits: str, expected: str) -> None:
    assert format_money(minor, currency, lang, digits) == expected


def test_toman() -> None:
    assert format_money(12500000, "IRR", "fa", toman=True) == f"۱٬۲۵۰٬۰۰۰{NBSP}تومان"
    assert format_money(12500005, "IRR", "fa", toman=True) == f"۱٬۲۵۰٬۰۰۰٫۵{NBSP}تومان"
    assert format_money(12500000, "IRR", "en", toman=True) == f"1,250,000{NBSP}toman"
    with pytest.raises(ValueError, match="Iranian rial"):
        format_money(100, "SAR", "fa", toman=True)


def test_isolated_money_for_sentences() -> None:
    assert format_money(125050, "SAR", "en", isolate=True) == f"\u2068SAR{NBSP}1,250.50\u2069"


def test_money_must_be_integer_minor_units() -> None:
    with pytest.raises(TypeError, match="integer minor units"):
        format_money(1250.5, "SAR", "en")  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("text", "currency", "toman", "minor"),
    [
        ("1250.50", "SAR", False, 125050),
        ("SAR 1,250.50", "SAR", False, 125050),
        ("١٬٢٥٠٫٥٠ ر.س.", "SAR", False, 125050),
        (f"{RLM}١٬٢٥٠٫٥٠{NBSP}ر.س.{RLM}", "SAR", False, 125050),
        ("1,250.5", "SAR", False, 125050),
        ("1.250", "KWD", False, 1250),
        ("-5", "USD", False, -500),
        ("۱۲٬۵۰۰٬۰۰۰ ریال", "IRR", False, 12500000),
        ("12,500,000 IRR", "IRR", False, 12500000),
        ("۱٬۲۵۰٬۰۰۰ تومان", "IRR", False, 12500000),  # the unit word wins over the flag
        ("۱۲۵۰۰۰۰", "IRR", True, 12500000),
        ("۱۲۵۰۰۰۰ ریال", "IRR", True, 1250000),
        ("12.5 toman", "IRR", False, 125),
        ("۹۹٫۹۰ دلار", "USD", False, 9990),
        ("١٢٥٠ ريال", "SAR", False, 125000),  # how Saudis write riyals
        ("١٢٥ جنيه", "EGP", False, 12500),
        ("$12.50", "USD", False, 1250),
    ],
)
def test_parse_money(text: str, currency: str, toman: bool, minor: int) -> None:
    assert parse_money(text, currency, toman=toman) == minor


@pytest.mark.parametrize(
    ("text", "currency", "message"),
    [
        ("1.234", "SAR", "at most 2 decimals"),
        ("12.5", "IRR", "no decimals"),
        ("12.55 toman", "IRR", "at most 1 decimal"),
        ("USD 12", "SAR", "in USD, not in SAR"),
        ("twelve", "SAR", "not an amount of SAR"),
        ("", "SAR", "no number"),
    ],
)
def test_parse_money_refuses(text: str, currency: str, message: str) -> None:
    with pytest.raises(ValueError, match=message):
        parse_money(text, currency)


@given(
    st.integers(min_value=-(10**13), max_value=10**13),
    st.sampled_from(["SAR", "KWD", "IRR", "USD", "IQD", "EGP"]),
    st.sampled_from(["en", "ar", "fa"]),
    st.sampled_from(["native", "latin"]),
)
def test_formatted_money_parses_back(minor: int, currency: str, lang: str, digits: str) -> None:
    assert parse_money(format_money(minor, currency, lang, digits), currency) == minor
