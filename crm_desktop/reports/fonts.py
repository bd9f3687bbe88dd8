"""The bundled Vazirmatn registered with ReportLab (embedded as a subset in every PDF), and the text
layout every report uses: shape, break in logical order, order each line (see ``bidi_lines``).

Vazirmatn covers Arabic, Persian (with its presentation forms) and Latin, so one font serves every cell;
Noto Naskh/Sans Arabic would silently drop Latin letters, brackets and @ (PLATFORM-NOTES.md).
"""

from __future__ import annotations

import threading
from functools import lru_cache
from typing import Any

from arabic_reshaper import ArabicReshaper, config_for_true_type_font
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont

from crm_desktop.assets import font_file

from .bidi_lines import INVISIBLE, Direction, break_lines, clean, direction_of, has_rtl, visual_line
from .errors import ReportError

REGULAR, BOLD = "Vazirmatn", "Vazirmatn-Bold"
_lock = threading.Lock()
_registered = False


def register_fonts() -> None:
    """Register Regular and Bold once per process (ReportLab's registry is global)."""
    global _registered
    with _lock:
        if _registered:
            return
        try:
            pdfmetrics.registerFont(TTFont(REGULAR, str(font_file(False))))
            pdfmetrics.registerFont(TTFont(BOLD, str(font_file(True))))
        except FileNotFoundError as exc:
            raise ReportError(f"the report font is missing, so no PDF can be made: {exc}") from exc
        pdfmetrics.registerFontFamily(REGULAR, normal=REGULAR, bold=BOLD, italic=REGULAR, boldItalic=BOLD)
        _registered = True


class _Settings:
    """arabic-reshaper's configuration read once: it parses its ConfigParser values on every call, which
    was 60% of its time (170 µs for a two-word name)."""

    def __init__(self, section: Any):
        self._values: dict[str, Any] = {}
        for key in section:
            try:
                self._values[key.lower()] = section.getboolean(key)
            except ValueError:
                self._values[key.lower()] = section.get(key)

    def getboolean(self, key: str) -> bool:
        return bool(self._values[key.lower()])

    def get(self, key: str, default: Any = None) -> Any:
        return self._values.get(key.lower(), default)


@lru_cache(maxsize=1)
def _reshaper() -> ArabicReshaper:
    # Only ligatures the font really has (else boxes), and keep the vowel marks (the default drops them).
    configuration = config_for_true_type_font(str(font_file(False)))
    configuration["delete_harakat"] = False
    reshaper = ArabicReshaper(configuration=configuration)
    reshaper.configuration = _Settings(reshaper.configuration)
    return reshaper


@lru_cache(maxsize=100_000)
def _shape_word(word: str) -> str:
    return _reshaper().reshape(word) if has_rtl(word) else word


def shape(text: str) -> str:
    """Joined letters (presentation forms) in logical order.

    Word by word (letters never join across a space, and the sentence-wide ligatures are off), so the
    names and words a report repeats thousands of times are shaped once.
    """
    if not has_rtl(text):
        return text
    return " ".join(_shape_word(word) for word in text.split(" "))


class _Widths(dict[str, float]):
    """Advance widths of one font in 1/1000 em by character; controls that are dropped count as zero."""

    def __init__(self, font: str):
        super().__init__()
        face = pdfmetrics.getFont(font).face
        self.default = float(face.defaultWidth)
        self.update({chr(code): float(w) for code, w in face.charWidths.items()})
        self.update(dict.fromkeys(INVISIBLE, 0.0))

    def __missing__(self, char: str) -> float:
        return self.default


@lru_cache(maxsize=8)
def _widths(font: str) -> _Widths:
    register_fonts()
    return _Widths(font)


def units(text: str, font: str) -> float:
    """Drawn width of ``text`` in 1/1000 of the font size (ReportLab's own sum, without its Python loop)."""
    return sum(map(_widths(font).__getitem__, text))


def width(text: str, font: str, size: float) -> float:
    return units(text, font) * size / 1000


@lru_cache(maxsize=100_000)
def line_width(line: str, font: str, size: float) -> float:
    """Width of a laid-out line (right-aligned cells repeat the same stage, owner and company names)."""
    return sum(map(_widths(font).__getitem__, line)) * size / 1000


@lru_cache(maxsize=100_000)
def layout(text: str, max_width: float, font: str, size: float, base: Direction | None = None) -> tuple[str, ...]:
    """``text`` as visual lines no wider than ``max_width`` points.

    ``base`` forces the paragraph direction (report headings and prose in Arabic/Persian are "R" even
    when they start with a Latin word); None takes it from the first strong letter (names, emails,
    amounts in table cells). The same base direction orders every line of the paragraph.
    """
    cleaned = clean(text)
    direction = base or direction_of(cleaned)
    shaped = shape(cleaned)
    limit = max_width * 1000 / size
    table = _widths(font)
    if "\n" not in shaped and sum(map(table.__getitem__, shaped)) <= limit:
        return (visual_line(shaped, direction),)
    lines = break_lines(shaped, limit, lambda part: sum(map(table.__getitem__, part)))
    return tuple(visual_line(line, direction) for line in lines)


def one_line(text: str, font: str, size: float, base: Direction | None = None) -> str:
    """A single visual line, however long (headers, chart labels that are cut by the caller)."""
    cleaned = clean(text).replace("\n", " ")
    return visual_line(shape(cleaned), base or direction_of(cleaned))


def fit_line(text: str, max_width: float, font: str, size: float, base: Direction | None = None) -> str:
    """``text`` on one line within ``max_width``, cut with an ellipsis at its logical end if needed."""
    line = one_line(text, font, size, base)
    return line if width(line, font, size) <= max_width else _with_ellipsis(text, max_width, font, size, base)


def _with_ellipsis(text: str, max_width: float, font: str, size: float, base: Direction | None) -> str:
    cleaned = clean(text).replace("\n", " ")
    direction = base or direction_of(cleaned)
    shaped = shape(cleaned)
    low, high = 0, len(shaped)
    while low < high:  # longest logical prefix that fits together with "…"
        middle = (low + high + 1) // 2
        if width(shaped[:middle].rstrip() + "\u2026", font, size) <= max_width:
            low = middle
        else:
            high = middle - 1
    return visual_line(shaped[:low].rstrip() + "\u2026", direction)
