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
# Tashkeel (U+064B–U+065F), superscript alef, Quranic marks, tatweel, and invisible direction/join controls.
_DROP = re.compile("[\u064b-\u065f\u0670\u06d6-\u06ed\u0640\u200c\u200d\u200e\u200f\u202a-\u202e\u2066-\u2069]")
_SPACES = re.compile(r"\s+")
_TRANSLATE = str.maketrans(_LETTER_FOLDS) | _DIGITS


def normalize_for_search(text: str | None) -> str:
    """Fold ``text`` to the form stored in search columns and used for queries.

    Arabic presentation forms (from PDFs) and full-width Latin go through NFKC first; case is folded
    with ``casefold`` so German ß matches ss.
    """
    if not text:
        return ""
    folded = unicodedata.normalize("NFKC", text)
    folded = _DROP.sub("", folded)
    folded = folded.translate(_TRANSLATE).casefold()
    return _SPACES.sub(" ", folded).strip()


def digits_only(text: str | None) -> str:
    """The ASCII digits of ``text`` in order (any digit script), for phone-number matching."""
    if not text:
        return ""
    return "".join(ch for ch in text.translate(_DIGITS) if "0" <= ch <= "9")
