"""Money as integer minor units plus an ISO 4217 code: how many decimals each currency has, and how to
show and read amounts in English, Arabic and Persian.

Integers, not floats, so sums in reports are exact. The number of minor units follows practice where it
differs from ISO 4217: the Iranian rial (ISO: 2), Iraqi dinar (ISO: 3) and Lebanese/Syrian pounds and
Yemeni rial (ISO: 2) have no subunit in use, so invoices and bank statements show whole units and so
do we (a stored IRR amount is whole rials). Data exchanged with systems that use ISO exponents for these
currencies must be rescaled at the import/export boundary.

Display follows what users of each language see in their own software (CLDR, checked against Qt 6.12):
``en`` puts the code first (``SAR 1,250.50``); ``ar`` writes the number, a no-break space and the Arabic
abbreviation (``١٬٢٥٠٫٥٠ ر.س.``), wrapped in RLM marks exactly as ``QLocale("ar_SA")`` does so the trailing
dot stays with the abbreviation; ``fa`` writes the number and the unit word (``۱۲٬۵۰۰٬۰۰۰ ریال``), the
way Iranian invoices print it, and Iranian prices are often quoted in toman (10 rials): ``toman=True``.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Literal

from .digits import ALM, LRM, RLM, format_number, lang_code, parse_number

# Digits after the decimal point in everyday use (see the module docstring for the departures from ISO).
_MINOR_UNITS: dict[str, int] = {
    # Gulf and Arab currencies
    "SAR": 2, "AED": 2, "QAR": 2, "EGP": 2, "MAD": 2, "DZD": 2, "SDG": 2, "MRU": 2,
    "KWD": 3, "BHD": 3, "OMR": 3, "JOD": 3, "TND": 3, "LYD": 3,
    "IQD": 0, "LBP": 0, "SYP": 0, "YER": 0,
    # Iran and neighbours
    "IRR": 0, "AFN": 2, "TRY": 2, "PKR": 2, "AZN": 2, "AMD": 2, "TJS": 2, "INR": 2,
    # Trading currencies
    "USD": 2, "EUR": 2, "GBP": 2, "CHF": 2, "CNY": 2, "CAD": 2, "AUD": 2, "RUB": 2, "SEK": 2, "NOK": 2,
    "DKK": 2, "JPY": 0, "KRW": 0, "MYR": 2, "SGD": 2, "HKD": 2,
}  # fmt: skip
# Arabic abbreviations (CLDR ar); format_money adds the RLM that keeps a final "." on the right side.
_AR_SYMBOLS: dict[str, str] = {
    "SAR": "ر.س.", "AED": "د.إ.", "QAR": "ر.ق.", "EGP": "ج.م.", "MAD": "د.م.", "DZD": "د.ج.", "SDG": "ج.س.",
    "KWD": "د.ك.", "BHD": "د.ب.", "OMR": "ر.ع.", "JOD": "د.أ.", "TND": "د.ت.", "LYD": "د.ل.",
    "IQD": "د.ع.", "LBP": "ل.ل.", "SYP": "ل.س.", "YER": "ر.ي.", "IRR": "ر.إ.",
    "USD": "US$", "EUR": "€", "GBP": "UK£",
}  # fmt: skip
# Persian unit words as Iranian shops and invoices write them.
_FA_UNITS: dict[str, str] = {
    "IRR": "ریال", "USD": "دلار", "EUR": "یورو", "GBP": "پوند", "AED": "درهم", "TRY": "لیر",
    "AFN": "افغانی", "CNY": "یوان", "SAR": "ریال سعودی", "IQD": "دینار عراق", "KWD": "دینار کویت",
    "QAR": "ریال قطر", "OMR": "ریال عمان", "RUB": "روبل", "CHF": "فرانک",
}  # fmt: skip
# Other ways people write the unit, accepted when parsing (Saudis write ريال, Egyptians جنيه, and so on).
_TYPED_UNITS: dict[str, tuple[str, ...]] = {
    "SAR": ("ريال سعودي", "ريال", "﷼"), "AED": ("درهم إماراتي", "درهم"), "QAR": ("ريال قطري", "ريال"),
    "OMR": ("ريال عماني", "ريال"), "EGP": ("جنيه مصري", "جنيه", "ج.م"), "KWD": ("دينار كويتي", "دينار"),
    "BHD": ("دينار بحريني", "دينار"), "JOD": ("دينار أردني", "دينار"), "IQD": ("دينار عراقي", "دينار"),
    "USD": ("دولار", "US$", "$"), "EUR": ("يورو", "€"), "GBP": ("جنيه إسترليني", "£"), "TRY": ("₺",),
}  # fmt: skip
TOMAN = "تومان"
NBSP = "\u00a0"
_TOMAN_WORDS = re.compile(r"تومان|تومن|toman|IRT", re.IGNORECASE)
_RIAL_WORDS = re.compile(r"ریال|ريال|rials?", re.IGNORECASE)


class UnknownCurrency(ValueError):
    """A currency code we have no minor-unit rule for; guessing 2 could misstate KWD or IRR amounts 10-100x."""


def _code(currency: str) -> str:
    code = currency.strip().upper()
    if code not in _MINOR_UNITS:
        raise UnknownCurrency(f"unknown currency {currency!r}; known: {', '.join(sorted(_MINOR_UNITS))}")
    return code


def minor_units(currency: str) -> int:
    """Digits after the decimal point for ``currency`` (SAR 2, KWD 3, IRR 0); UnknownCurrency otherwise."""
    return _MINOR_UNITS[_code(currency)]


def currencies() -> tuple[str, ...]:
    """Every ISO code this module knows, sorted (for currency pickers)."""
    return tuple(sorted(_MINOR_UNITS))


def to_major(minor: int, currency: str) -> Decimal:
    """The exact amount in major units: ``to_major(125050, "SAR") == Decimal("1250.50")``."""
    return Decimal(minor).scaleb(-minor_units(currency))


def format_money(
    minor: int,
    currency: str,
    lang: str,
    digits: Literal["native", "latin"] = "native",
    *,
    toman: bool = False,
    isolate: bool = False,
) -> str:
    """An amount of ``minor`` units of ``currency`` as ``lang`` users read it.

    en ``SAR 1,250.50``; ar ``‏١٬٢٥٠٫٥٠ ر.س.‏``; fa ``۱۲٬۵۰۰٬۰۰۰ ریال``. ``toman=True`` (IRR only) shows
    tomans, one tenth of the rial amount (``۱٬۲۵۰٬۰۰۰ تومان``; a rial remainder shows as one decimal).
    ``isolate=True`` wraps the result in FSI…PDI so it can be dropped into a sentence in either direction.
    """
    code = _code(currency)
    language = lang_code(lang)
    if isinstance(minor, bool) or not isinstance(minor, int):
        raise TypeError(f"money is stored as integer minor units, got {minor!r}")
    decimals = _MINOR_UNITS[code]
    amount = Decimal(minor).scaleb(-decimals)
    if toman:
        if code != "IRR":
            raise ValueError(f"toman is a unit of the Iranian rial, not of {code}")
        amount /= 10
        decimals = 0 if minor % 10 == 0 else 1
    if language == "en":
        sign, number = "-" if minor < 0 else "", format_number(abs(amount), language, digits, decimals)
        text = f"{sign}{number}{NBSP}toman" if toman else f"{sign}{code}{NBSP}{number}"
        return f"\u2068{text}\u2069" if isolate else text
    number = format_number(amount, language, digits, decimals)
    if language == "ar":
        unit = TOMAN if toman else _AR_SYMBOLS.get(code, code)
        text = f"{RLM}{number}{NBSP}{unit}{RLM}"
    else:
        unit = TOMAN if toman else _FA_UNITS.get(code, code)
        text = f"{number}{NBSP}{unit}"
    return f"\u2068{text}\u2069" if isolate else text


def parse_money(text: str, currency: str, *, toman: bool = False) -> int:
    """A typed amount of ``currency`` (any digits, with or without its code, symbol or unit word) in minor units.

    For IRR, a ``تومان``/``toman`` in the text means tomans and ``ریال``/``rial`` means rials, whatever
    ``toman`` says; ``toman`` decides when the text names neither. Raises ValueError when the text is
    not an amount, names another currency, or has more decimals than the currency allows.
    """
    code = _code(currency)
    shown = text.strip()
    rest = text.replace(LRM, "").replace(RLM, "").replace(ALM, "")
    if code == "IRR":
        if _TOMAN_WORDS.search(rest):
            toman, rest = True, _TOMAN_WORDS.sub(" ", rest)
        elif _RIAL_WORDS.search(rest):
            toman, rest = False, _RIAL_WORDS.sub(" ", rest)
    elif toman:
        raise ValueError(f"toman is a unit of the Iranian rial, not of {code}")
    units = {code, _AR_SYMBOLS.get(code, code), _FA_UNITS.get(code, code), *_TYPED_UNITS.get(code, ())}
    for unit in sorted(units, key=len, reverse=True):
        rest = re.sub(re.escape(unit), " ", rest, flags=re.IGNORECASE)
    other = re.search(r"\b([A-Za-z]{3})\b", rest)
    if other and other.group(1).upper() in _MINOR_UNITS:
        raise ValueError(f"{shown!r} is an amount in {other.group(1).upper()}, not in {code}")
    try:
        value = parse_number(rest)
    except ValueError as exc:
        raise ValueError(f"{shown!r} is not an amount of {code}: {str(exc).split(': ', 1)[-1]}") from None
    decimals = _MINOR_UNITS[code] + (1 if toman else 0)
    scaled = value.scaleb(decimals)
    if scaled != scaled.to_integral_value():
        unit = "toman" if toman else code
        allowed = f"at most {decimals} decimal{'s' if decimals != 1 else ''}" if decimals else "no decimals"
        raise ValueError(f"{shown!r} is not an amount of {unit}: it takes {allowed}")
    return int(scaled)
