"""Sort keys that put names in the order of their own alphabet, stored so the database sorts fast.

Unicode code-point order puts Persian پ چ ژ گ after every Arabic letter and mixes ی/ي, ک/ك. We map
each letter to its place in the alphabet (Persian order when the name uses Persian letters, Arabic order
otherwise: they differ only in whether و or ه comes first), Latin letters case-folded, digits by value.
"""

from __future__ import annotations

import unicodedata

from .normalize import normalize_for_search

# After normalize_for_search: ي ى ئ → ی, ك → ک, أ إ آ ٱ → ا, ؤ → و, ة → ه.
PERSIAN_ORDER = "ابپتثجچحخدذرزژسشصضطظعغفقکگلمنوهی"
# Letters that only one of the two languages writes (checked before folding, which merges ي/ی and ك/ک).
_PERSIAN_LETTERS = set("پچژگیک")
_ARABIC_LETTERS = set("يكةى")
# Letters get code points in a private-use block, ordered by alphabet, after Latin (U+0000–U+024F).
_BASE = 0xE000
_PERSIAN = {ord(letter): chr(_BASE + i) for i, letter in enumerate(PERSIAN_ORDER)}
# Arabic differs only in putting ه before و; every other letter keeps the same place.
_ARABIC = _PERSIAN | {ord("ه"): _PERSIAN[ord("و")], ord("و"): _PERSIAN[ord("ه")]}


def sort_key(name: str | None, folded: str | None = None) -> str:
    """A string whose plain binary order is the alphabetical order of ``name``.

    ``folded`` is ``normalize_for_search(name)`` when the caller has it already (bulk imports).
    """
    folded = normalize_for_search(name) if folded is None else folded
    # Strip remaining marks (Latin accents: Émile sorts with E), keep letters and digits.
    decomposed = unicodedata.normalize("NFD", folded)
    base = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    # A name with no telling letter (هومن, وليد without yeh) is taken as Persian; only و/ه order depends on it.
    arabic = _ARABIC_LETTERS.intersection(name or "") and not _PERSIAN_LETTERS.intersection(name or "")
    table = _ARABIC if arabic else _PERSIAN
    return base.translate(table)
