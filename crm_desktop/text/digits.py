"""Persian and Arabic-Indic digits: display numbers the way fa/ar users read them, and read whatever they type.

Persian uses the Extended Arabic-Indic digits ۰-۹, Arabic (Egypt, Saudi Arabia, Iraq, the Gulf) the
Arabic-Indic digits ٠-٩; both use the Arabic decimal separator ٫ (U+066B) and thousands separator ٬ (U+066C),
which is what Qt's ``fa_IR``/``ar_SA`` locales print. Parsing is strict about what ``,`` and ``.`` mean:
``.``/``٫`` is the decimal point and ``,``/``٬``/``،``/spaces group thousands (groups of exactly three), so
``1.234,56`` (German) or ``1,5`` (a decimal comma) are refused with a message instead of being misread.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Literal

PERSIAN_DIGITS = "۰۱۲۳۴۵۶۷۸۹"
ARABIC_DIGITS = "٠١٢٣٤٥٦٧٨٩"
ARABIC_DECIMAL = "\u066b"  # ٫
ARABIC_THOUSANDS = "\u066c"  # ٬
LRM, RLM, ALM = "\u200e", "\u200f", "\u061c"
MINUS_SIGN = "\u2212"  # Persian negatives use the real minus sign (CLDR fa)

_NATIVE = {"fa": PERSIAN_DIGITS, "ar": ARABIC_DIGITS}
_TO_LATIN = str.maketrans(
    {c: str(i) for i, c in enumerate(PERSIAN_DIGITS)}
    | {c: str(i) for i, c in enumerate(ARABIC_DIGITS)}
    | {ARABIC_DECIMAL: ".", ARABIC_THOUSANDS: ","}
)
_TO_NATIVE = {lang: str.maketrans({str(i): c for i, c in enumerate(digits)}) for lang, digits in _NATIVE.items()}
# A "." or "," between two digits is a number separator (not a full stop or a list comma).
_SEPARATOR_IN_NUMBER = re.compile(r"(?<=\d)([.,])(?=\d)")
# Bidi marks and isolates that Qt, CLDR and copy-paste wrap around numbers.
_INVISIBLE = re.compile("[\u200e\u200f\u061c\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
_NUMBER = re.compile(r"([+-]?)(\d{1,3}(?:,\d{3})+|\d+)?(?:\.(\d*))?")


def lang_code(lang: str) -> str:
    """``"fa_IR"``, ``"ar-SA"``, ``"AR"`` -> ``"fa"``/``"ar"``; any other language is written like English."""
    code = lang.replace("-", "_").split("_")[0].lower()
    return code if code in _NATIVE else "en"


def to_native_digits(text: str, lang: str) -> str:
    """Write the ASCII digits of ``text`` in ``lang``'s digits (fa ۰-۹, ar ٠-٩; en unchanged).

    A ``.`` or ``,`` between two digits becomes ٫ or ٬, so ``1,234.5`` reads ``۱٬۲۳۴٫۵``; other
    punctuation (date slashes, full stops) is left alone.
    """
    language = lang_code(lang)
    if language == "en":
        return text
    text = _SEPARATOR_IN_NUMBER.sub(lambda m: ARABIC_DECIMAL if m.group(1) == "." else ARABIC_THOUSANDS, text)
    return text.translate(_TO_NATIVE[language])


def to_latin_digits(text: str) -> str:
    """Persian and Arabic-Indic digits to ASCII, ٫ to ``.`` and ٬ to ``,``; everything else unchanged."""
    return text.translate(_TO_LATIN)


def parse_number(text: str) -> Decimal:
    """The exact value of a typed number in any of our digit scripts, e.g. ``"۱۲٬۵۰۰٫۷۵"`` -> 12500.75.

    Raises ValueError with a message that says what is wrong (empty, letters, ambiguous separators).
    """
    shown = text.strip()
    cleaned = to_latin_digits(_INVISIBLE.sub("", text)).replace(MINUS_SIGN, "-").replace("،", ",")
    cleaned = _SPACES.sub(" ", cleaned).strip()
    if not cleaned:
        raise ValueError("no number was given")
    # Spaces group thousands too ("1 250 000"), but only between digits.
    cleaned = re.sub(r"(?<=\d) (?=\d)", ",", cleaned).replace("+ ", "+").replace("- ", "-")
    match = _NUMBER.fullmatch(cleaned)
    if not match or (match.group(2) is None and not match.group(3)):
        if re.search(r"\d", cleaned) and "," in cleaned and "." in cleaned and cleaned.rfind(",") > cleaned.rfind("."):
            reason = "use '.' or '٫' for decimals and ',' or '٬' between thousands"
        elif re.fullmatch(r"[+-]?[\d,]+(\.\d*)?", cleaned):
            reason = "groups after a thousands separator must have three digits (use '.' or '٫' for decimals)"
        else:
            reason = "only digits, one decimal separator and thousands separators are allowed"
        raise ValueError(f"{shown!r} is not a number: {reason}")
    sign, whole, fraction = match.groups()
    # Keep the typed scale ("12.50" -> Decimal("12.50")): money checks how many decimals were given.
    number = Decimal(f"{sign}{(whole or '0').replace(',', '')}" + (f".{fraction}" if fraction else ""))
    return abs(number) if number.is_zero() else number


def _to_decimal(value: int | float | Decimal | str) -> Decimal:
    if isinstance(value, float):
        value = repr(value)  # the shortest decimal that round-trips, not the binary expansion
    try:
        number = Decimal(value)
    except InvalidOperation:
        raise ValueError(f"{value!r} is not a number") from None
    if not number.is_finite():
        raise ValueError(f"{value!r} is not a finite number")
    return number


def format_number(
    value: int | float | Decimal,
    lang: str,
    digits: Literal["native", "latin"] = "native",
    decimals: int = 0,
    group: bool = True,
) -> str:
    """``value`` rounded (half up) to ``decimals`` places with thousands grouped, in ``lang``'s digits.

    Negative numbers carry the bidi mark CLDR uses (LRM for fa, ALM for ar) so the sign stays on the
    left of the digits inside right-to-left text: fa ``‎−۱٬۲۵۰``, ar ``؜-١٬٢٥٠``.
    """
    language = lang_code(lang)
    quantum = Decimal(1).scaleb(-decimals)
    number = _to_decimal(value).quantize(quantum, rounding=ROUND_HALF_UP)
    negative = number < 0  # -0.00 after rounding prints without a sign
    body = f"{abs(number):{',' if group else ''}.{decimals}f}"
    if language == "en":
        sign = "-"
    elif digits == "latin":
        sign = LRM + "-"
    else:
        body = to_native_digits(body, language)
        sign = LRM + MINUS_SIGN if language == "fa" else ALM + "-"
    return sign + body if negative else body
