"""Money as the Pipeline section shows it: the user's language and digits, the raw code when unknown."""

from __future__ import annotations

from typing import Any

from crm_desktop.text.money import UnknownCurrency, format_money

from ..dates import prefs


def money(minor: int, currency: str, settings: Any) -> str:
    p = prefs(settings)
    try:
        return format_money(minor, currency, p.lang, "latin" if p.digits == "latin" else "native")
    except UnknownCurrency:
        return f"{currency} {minor}"
