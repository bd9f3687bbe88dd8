"""Phone and email rules shared by forms, the CLI and imports."""

from __future__ import annotations

import pytest

from crm_desktop.services.validation import FieldErrors, normalize_email, normalize_phone


@pytest.mark.parametrize(
    ("typed", "region", "e164"),
    [
        ("+98 912 345 6789", None, "+989123456789"),
        ("0098 912 345 6789", None, "+989123456789"),
        ("0912 345 6789", "IR", "+989123456789"),
        ("۰۹۱۲ ۳۴۵ ۶۷۸۹", "IR", "+989123456789"),  # Persian digits
        ("+966 50 123 4567", None, "+966501234567"),
        ("030 1234567", "DE", "+49301234567"),
        ("+39 06 6982 1234", None, "+390669821234"),  # Italian leading zero kept
        ("(+1) 212-555-0100", None, "+12125550100"),
    ],
)
def test_accepted_numbers(typed: str, region: str | None, e164: str) -> None:
    errors = FieldErrors()
    assert normalize_phone(typed, "phone", region, errors) == (typed, e164), errors.errors


@pytest.mark.parametrize(
    ("typed", "region"),
    [
        ("12", "DE"),
        ("1234", "DE"),
        ("0912", "IR"),
        ("+98 12", None),
        ("hello", None),
        ("0912 345 6789", None),
        ("+999 123456789", None),
        ("1" * 70, None),
    ],
)
def test_refused_numbers(typed: str, region: str | None) -> None:
    errors = FieldErrors()
    assert normalize_phone(typed, "phone", region, errors) is None
    assert "phone" in errors.errors


@pytest.mark.parametrize(
    "address",
    ["a@b.co", "first.last+tag@sub.example.com", "o'brien@example.ie", "用户@例子.广告", "info@شركة.السعودية"],
)
def test_accepted_emails(address: str) -> None:
    errors = FieldErrors()
    assert normalize_email(address, "email", errors) is not None, errors.errors


@pytest.mark.parametrize(
    "address",
    ["plain", "a@", "@b.com", "a@b", "a b@c.com", "a@@b.com", "x@localhost", "a@b.invalid", "a" * 65 + "@b.com"],
)
def test_refused_emails(address: str) -> None:
    errors = FieldErrors()
    assert normalize_email(address, "email", errors) is None and "email" in errors.errors
