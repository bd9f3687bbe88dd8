"""Right-to-left text for PDFs: clean, shape, break into lines in logical order, then order each line.

ReportLab draws glyphs left to right exactly as given, so Arabic and Persian must arrive already joined
(presentation forms, from arabic-reshaper) and already in visual order (python-bidi). The order of the
steps is what makes it right (PLATFORM-NOTES.md):

1. ``clean``: drop what no PDF can show and what could flip a whole cell (U+202A-U+202E embeddings and
   overrides: a hostile ``U+202E`` in a name prints the name in its stored order instead of reversed);
   keep LRM/RLM/ALM and isolates, which our own number and money formatters use.
2. ``Shaper.shape``: join the letters (logical order, same characters count per word).
3. ``break_lines``: fill lines word by word in *logical* order, measuring the shaped words with the
   font's advance widths, so the first words are on the first line whatever the direction.
4. ``visual_line``: reorder each line on its own with the paragraph's base direction, mirror the
   brackets that ended up in right-to-left runs (python-bidi 0.6 does not), drop the invisible controls.

Ordering a whole paragraph before wrapping would put its *last* words on the first line.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable
from typing import Literal

from bidi import get_display
from bidi.mirror import MIRRORED

Direction = Literal["L", "R"]

# Explicit embeddings/overrides (LRE RLE PDF LRO RLO): removed, so data cannot reverse a cell.
_OVERRIDES = re.compile("[\u202a-\u202e]")
# Other C0/C1 controls except newline: nothing to draw.
_CONTROLS = re.compile("[\u0000-\u0009\u000b-\u001f\u007f-\u009f]")
# Format characters that steer bidi or joining and have no glyph in the font: dropped after ordering.
INVISIBLE = "\u200b\u200e\u200f\u061c\u2066\u2067\u2068\u2069\u2060\ufeff"
_INVISIBLE_RE = re.compile(f"[{INVISIBLE}]")
# Symbols Vazirmatn has no glyph for, and a stand-in it has (else they would print as empty boxes).
_FALLBACK = str.maketrans({"\u2190": "<", "\u2192": ">", "\u25cf": "\u2022", "\u25a0": "\u2022", "\u25aa": "\u2022"})
_RTL = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc]")
_LETTER_RE = re.compile(r"[^\W\d_]")
_ISOLATES_RE = re.compile("[\u2066-\u2069\u200e\u200f\u061c]")
_NEEDS_BIDI = re.compile("[\u0590-\u08ff\ufb1d-\ufdff\ufe70-\ufefc\u200e\u200f\u061c\u2066-\u2069]")

# Paired brackets (Unicode BidiBrackets.txt), opening -> closing, for the BD16 pairing below.
_BRACKETS = {
    "(": ")", "[": "]", "{": "}", "\u0f3a": "\u0f3b", "\u0f3c": "\u0f3d", "\u169b": "\u169c",
    "\u2045": "\u2046", "\u207d": "\u207e", "\u208d": "\u208e", "\u2308": "\u2309", "\u230a": "\u230b",
    "\u2329": "\u232a", "\u2768": "\u2769", "\u276a": "\u276b", "\u276c": "\u276d", "\u276e": "\u276f",
    "\u2770": "\u2771", "\u2772": "\u2773", "\u2774": "\u2775", "\u27c5": "\u27c6", "\u27e6": "\u27e7",
    "\u27e8": "\u27e9", "\u27ea": "\u27eb", "\u27ec": "\u27ed", "\u27ee": "\u27ef", "\u2983": "\u2984",
    "\u2985": "\u2986", "\u2987": "\u2988", "\u2989": "\u298a", "\u298b": "\u298c", "\u298d": "\u2990",
    "\u298f": "\u298e", "\u2991": "\u2992", "\u2993": "\u2994", "\u2995": "\u2996", "\u2997": "\u2998",
    "\u29d8": "\u29d9", "\u29da": "\u29db", "\u29fc": "\u29fd", "\u3008": "\u3009", "\u300a": "\u300b",
    "\u300c": "\u300d", "\u300e": "\u300f", "\u3010": "\u3011", "\u3014": "\u3015", "\u3016": "\u3017",
    "\u3018": "\u3019", "\u301a": "\u301b", "\ufe59": "\ufe5a", "\ufe5b": "\ufe5c", "\ufe5d": "\ufe5e",
    "\uff08": "\uff09", "\uff3b": "\uff3d", "\uff5b": "\uff5d", "\uff5f": "\uff60", "\uff62": "\uff63",
}  # fmt: skip
_CLOSING = {close: open_ for open_, close in _BRACKETS.items()}
_CANONICAL = {"\u2329": "\u3008", "\u232a": "\u3009"}  # BD16 matches canonical equivalents
# Stand-ins used to learn where brackets ended up: bracket pairs the bidi library pairs like "(" ")",
# and plain neutral (ON, unmirrored) box-drawing characters for lone mirrored characters such as « or <.
PROBE_PAIRS = tuple((o, c) for o, c in _BRACKETS.items() if "\u2768" <= o <= "\u2998" or "\u300a" <= o <= "\u301a")
PROBE_NEUTRALS = tuple(chr(c) for c in range(0x2500, 0x2580))
_MIRRORED_RE = re.compile("[" + "".join(re.escape(c) for c in MIRRORED) + "]")
_SOFT_BREAKS = frozenset("@.-_/\\+,;:")
_ISOLATE_OPEN, _ISOLATE_CLOSE = "\u2066\u2067\u2068", "\u2069"


def clean(text: object) -> str:
    """Text safe to lay out: line breaks normalised, tabs as spaces, overrides and stray controls removed,
    and the few common symbols the bundled font lacks (arrows, bullets) replaced by ones it has."""
    value = "" if text is None else str(text)
    value = value.replace("\r\n", "\n").replace("\r", "\n").replace("\t", "    ")
    value = value.replace("\u2028", "\n").replace("\u2029", "\n")
    return _CONTROLS.sub("", _OVERRIDES.sub("", value)).translate(_FALLBACK)


def has_rtl(text: str) -> bool:
    return _RTL.search(text) is not None


def direction_of(text: str, default: Direction = "L") -> Direction:
    """Direction of the first strong letter (UAX #9 P2, skipping isolates), else ``default``."""
    if not _ISOLATES_RE.search(text):
        letter = _LETTER_RE.search(text)  # letters are the strong characters that matter in practice
        if letter is None:
            return default
        return "R" if _RTL.match(letter.group()) else "L"
    depth = 0
    for char in text:
        if char in _ISOLATE_OPEN:
            depth += 1
        elif char == _ISOLATE_CLOSE:
            depth = max(0, depth - 1)
        elif depth == 0:
            kind = unicodedata.bidirectional(char)
            if kind in ("R", "AL"):
                return "R"
            if kind == "L":
                return "L"
    return default


def _pairs(line: str) -> list[tuple[int, int]]:
    """Bracket pairs by UAX #9 BD16 (a stack of 63 openers; one stack per isolate level)."""
    stacks: list[list[tuple[str, int]]] = [[]]
    found: list[tuple[int, int]] = []
    for i, char in enumerate(line):
        if char in _ISOLATE_OPEN:
            stacks.append([])
        elif char == _ISOLATE_CLOSE and len(stacks) > 1:
            stacks.pop()
        elif char in _BRACKETS:
            stack = stacks[-1]
            if len(stack) == 63:
                break  # BD16: stop pairing in this sequence
            stack.append((_CANONICAL.get(_BRACKETS[char], _BRACKETS[char]), i))
        elif char in _CLOSING:
            stack = stacks[-1]
            wanted = _CANONICAL.get(char, char)
            for depth in range(len(stack) - 1, -1, -1):
                if stack[depth][0] == wanted:
                    found.append((stack[depth][1], i))
                    del stack[depth:]
                    break
    return found


def _order_and_mirror(line: str, base: Direction) -> str:
    """``get_display`` plus rule L4 (mirroring at odd levels), which python-bidi 0.6 leaves out.

    The levels are not exposed, so the line is ordered once with each mirrored character replaced by a
    unique stand-in that the algorithm treats the same way: a pair of brackets by another pair of
    brackets, a lone mirrored character by two neutrals. Where the stand-ins land shows whether their
    run was reversed: a closing bracket left of its opening one, or the second neutral left of the first.
    """
    if _MIRRORED_RE.search(line) is None:
        return get_display(line, base_dir=base)
    mirrored = [i for i, char in enumerate(line) if char in MIRRORED]
    present = set(line)
    free_pairs = [p for p in PROBE_PAIRS if p[0] not in present and p[1] not in present]
    free_neutrals = [n for n in PROBE_NEUTRALS if n not in present]
    chars = list(line)
    # stand-in -> (original character, leading stand-in, following stand-in); "" drops the character.
    back: dict[str, tuple[str, str, str]] = {}
    paired: set[int] = set()
    for open_at, close_at in _pairs(line):
        if not free_pairs:
            break
        lead, follow = free_pairs.pop()
        back[lead] = (line[open_at], lead, follow)
        back[follow] = (line[close_at], lead, follow)
        chars[open_at], chars[close_at] = lead, follow
        paired.update((open_at, close_at))
    for i in mirrored:
        if i in paired or unicodedata.bidirectional(line[i]) != "ON" or len(free_neutrals) < 2:
            continue
        lead, follow = free_neutrals.pop(), free_neutrals.pop()
        back[lead] = (line[i], lead, follow)
        back[follow] = ("", lead, follow)
        chars[i] = lead + follow
    shown = get_display("".join(chars), base_dir=base)
    if not back:
        return shown
    position = {char: at for at, char in enumerate(shown) if char in back}
    out = []
    for char in shown:
        if char in back:
            original, lead, follow = back[char]
            # In a reversed (right-to-left) run the leading stand-in lands right of the following one.
            reversed_run = position[lead] > position[follow]
            out.append(MIRRORED.get(original, original) if reversed_run else original)
        else:
            out.append(char)
    return "".join(out)


def visual_line(line: str, base: Direction) -> str:
    """One line (already shaped, logical order) as drawn left to right; invisible controls removed."""
    if base == "L" and _NEEDS_BIDI.search(line) is None:
        return strip_invisible(line)
    return strip_invisible(_order_and_mirror(line, base))


def strip_invisible(text: str) -> str:
    return _INVISIBLE_RE.sub("", text)


def break_lines(text: str, width: float, measure: Callable[[str], float]) -> list[str]:
    """Greedy word wrap in logical order; a word wider than ``width`` is cut between characters.

    ``measure`` returns the drawn width of a string (controls count as zero, as they are dropped).
    Explicit newlines start new lines; spaces at the end of a line are dropped.
    """
    lines: list[str] = []
    space = measure(" ")
    for hard_line in text.split("\n"):
        if measure(hard_line) <= width:
            lines.append(hard_line.rstrip(" "))
            continue
        current: list[str] = []
        used = 0.0
        for word in hard_line.split(" "):
            if not word:
                continue
            size = measure(word)
            extra = size + (space if current else 0.0)
            if used + extra <= width:
                current.append(word)
                used += extra
                continue
            if current:
                lines.append(" ".join(current))
                current, used = [], 0.0
            while size > width:  # a word (or a 5,000-letter name) longer than the whole line
                cut = _fitting_prefix(word, width, measure)
                lines.append(word[:cut])
                word = word[cut:]
                size = measure(word)
            current, used = [word], size
        lines.append(" ".join(current))
    return lines


def _fitting_prefix(word: str, width: float, measure: Callable[[str], float]) -> int:
    low, high = 1, len(word)  # at least one character per line, however narrow the column
    while low < high:
        middle = (low + high + 1) // 2
        if measure(word[:middle]) <= width:
            low = middle
        else:
            high = middle - 1
    # Prefer to cut after punctuation (emails, web addresses, file names) if that keeps most of the line.
    for at in range(low, max(1, int(low * 0.5)), -1):
        if word[at - 1] in _SOFT_BREAKS and at < len(word):
            return at
    # Do not split a letter from the marks (harakat, ZWNJ) that follow it.
    while low < len(word) and unicodedata.category(word[low]) in ("Mn", "Cf"):
        low += 1
    return low
