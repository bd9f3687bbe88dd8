"""Search normalisation: one function used both to index text and to query it.

SQLite's FTS tokenizers and plain ``lower()`` do not fold Arabic/Persian letter variants, tashkeel,
zero-width joiners or Eastern digits (see PLATFORM-NOTES.md), so we fold in Python before storing the
search form and before matching it.
"""

from __future__ import annotations

import re
import unicodedata

# Letter variants that users type interchangeably (Arabic vs Persian keyboards, hamza carriers).
_LETTER_FOLDS = {
    "ي": "ی",
    "ى": "ی",
    "ئ": "ی",
    "ك": "ک",
    "أ": "ا",
    "إ": "ا",
    "آ": "ا",
    "ٱ": "ا",
    "ؤ": "و",
    "ة": "ه",
    "ۀ": "ه",
}
_DIGITS = {ord(c): str(i) for i, c in enumerate("٠١٢٣٤٥٦٧٨٩")} | {ord(c): str(i) for i, c in enumerate("۰۱۲۳۴۵۶۷۸۹")}
# Dropped: tashkeel (U+064B–U+065F), superscript alef, Quranic marks, tatweel, and invisible direction/join
# controls. One translate table drops and folds in a single C pass (no regex, no per-character Python).
_DROP = dict.fromkeys(
    [
        *range(0x064B, 0x0660),
        0x0670,
        *range(0x06D6, 0x06EE),
        0x0640,
        *range(0x200C, 0x2010),
        *range(0x202A, 0x202F),
        *range(0x2066, 0x206A),
    ]
)
_TRANSLATE = _DROP | str.maketrans(_LETTER_FOLDS) | _DIGITS
_NOT_ASCII_DIGIT = re.compile("[^0-9]+")


def normalize_for_search(text: str | None) -> str:
    """Fold ``text`` to the form stored in search columns and used for queries.

    Arabic presentation forms (from PDFs) and full-width Latin go through NFKC first; case is folded
    with ``casefold`` so German ß matches ss. Runs of whitespace become one space, ends trimmed.
    """
    if not text:
        return ""
    if text.isascii():  # NFKC and the Arabic/Persian table change nothing in ASCII
        return " ".join(text.lower().split())
    if not unicodedata.is_normalized("NFKC", text):  # a C quick check; most names are already NFKC
        text = unicodedata.normalize("NFKC", text)
    return " ".join(text.translate(_TRANSLATE).casefold().split())


def digits_only(text: str | None) -> str:
    """The ASCII digits of ``text`` in order (any digit script), for phone-number matching."""
    if not text:
        return ""
    return _NOT_ASCII_DIGIT.sub("", text.translate(_DIGITS))
