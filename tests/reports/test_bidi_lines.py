"""The text engine of the PDF reports: cleaning, shaping, logical-order line breaking, ordering each
line and mirroring brackets (which python-bidi 0.6 does not do)."""

from __future__ import annotations

import random
import unicodedata

import pytest
from arabic_reshaper import ArabicReshaper, config_for_true_type_font
from bidi import get_display

from crm_desktop.assets import font_file
from crm_desktop.reports.bidi_lines import (
    PROBE_NEUTRALS,
    PROBE_PAIRS,
    break_lines,
    clean,
    direction_of,
    visual_line,
)
from crm_desktop.reports.fonts import REGULAR, layout, shape


def test_python_bidi_still_does_not_mirror_brackets() -> None:
    # Our own mirroring (rule L4) relies on this: were python-bidi to start mirroring, we would do it twice.
    assert get_display("تست (باتک) تست", base_dir="R") == "تست )کتاب( تست"


@pytest.mark.parametrize(
    ("logical", "base", "shown"),
    [
        ("تست (باتک) تست", "R", "تست (کتاب) تست"),  # brackets in an RTL run are mirrored
        ("سلام (world) خوب", "R", "بوخ (world) مالس"),  # a Latin run keeps its own brackets
        ("Nordstern (Berlin)", "R", "Nordstern (Berlin)"),
        ("abc (د) def", "L", "abc (د) def"),
        ("a ((ب)) [ج]", "R", "[ج] ((ب)) a"),  # nested and square brackets
        ("«مرحبا» يا", "R", "اي «ابحرم»"),  # guillemets are mirrored too, though not paired
        ("x < y د", "R", "د x < y"),  # a comparison inside Latin text is left alone
        ("(123) د", "R", "د (123)"),
        ("د )خطأ", "R", "أطخ( د"),  # a lone closing bracket in RTL text is mirrored as well
    ],
)
def test_visual_line_orders_and_mirrors(logical: str, base: str, shown: str) -> None:
    assert visual_line(logical, base) == shown  # type: ignore[arg-type]


def test_mirroring_never_changes_the_order() -> None:
    """The stand-ins used to find brackets' levels must be ordered exactly like the brackets."""
    rng = random.Random(7)
    alphabet = ["a", "b", "د", "ه", "1", "٢", " ", "(", ")", "[", "]", "«", "»", "<", "-", ".", "\u2068", "\u2069"]
    for _ in range(3000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        base = rng.choice("LR")
        ours = visual_line(text, base)  # type: ignore[arg-type]
        plain = get_display(text, base_dir=base).replace("\u2068", "").replace("\u2069", "")
        flat = str.maketrans("()[]«»<>", "********")
        assert ours.translate(flat) == plain.translate(flat), (text, base)


def test_probe_brackets_are_paired_like_parentheses() -> None:
    rng = random.Random(3)
    for opening, closing in PROBE_PAIRS:
        for _ in range(60):
            text = "".join(rng.choice(["a", "د", "1", " ", "(", ")"]) for _ in range(rng.randint(2, 10)))
            base = rng.choice("LR")
            swapped = text.replace("(", opening).replace(")", closing)
            back = get_display(swapped, base_dir=base).replace(opening, "(").replace(closing, ")")
            assert back == get_display(text, base_dir=base), (hex(ord(opening)), text)
    assert all(unicodedata.bidirectional(c) == "ON" and not unicodedata.mirrored(c) for c in PROBE_NEUTRALS)


def test_clean_removes_overrides_and_controls() -> None:
    assert clean("abc\u202edef\u202c") == "abcdef"  # a hostile RLO cannot reverse the cell
    assert clean("a\tb\r\nc\x00d") == "a    b\ncd"
    assert clean("\u2068ali\u2069 \u200c") == "\u2068ali\u2069 \u200c"  # isolates and ZWNJ stay
    assert clean("in ← out →") == "in < out >"  # the font has no arrows


def test_direction_of_first_strong_letter() -> None:
    assert direction_of("CRM برای شما") == "L"
    assert direction_of("۱۲۳ مشتری") == "R"
    assert direction_of("123 - 456") == "L"
    assert direction_of("123", "R") == "R"
    assert direction_of("\u2068Ali\u2069 علی") == "R"  # an isolate does not decide the paragraph


def _measure(text: str) -> float:
    return float(len(text))


def test_break_lines_keeps_logical_order() -> None:
    text = "one two three four five six seven"
    assert break_lines(text, 10, _measure) == ["one two", "three four", "five six", "seven"]
    assert break_lines("aaaaaaaaaaaaaaaaaaaaaaa", 10, _measure) == ["aaaaaaaaaa", "aaaaaaaaaa", "aaa"]
    assert break_lines("first\nsecond line", 100, _measure) == ["first", "second line"]
    assert break_lines("", 10, _measure) == [""]


def test_long_words_are_cut_after_punctuation() -> None:
    lines = break_lines("someone.with.a.long.name@example.com", 16, _measure)
    assert lines[0].endswith(".") and "".join(lines) == "someone.with.a.long.name@example.com"


def test_long_arabic_paragraph_keeps_its_line_order() -> None:
    sentences = [f"الجملة رقم {n} في هذه الفقرة الطويلة تنتهي هنا." for n in range(1, 9)]
    lines = layout(" ".join(sentences), 140, REGULAR, 10, "R")
    assert len(lines) >= 6
    logical = [unicodedata.normalize("NFKC", get_display(line, base_dir="R")) for line in lines]
    # Undo the ordering of each line: the first line starts with the first sentence, the last ends the last.
    assert logical[0].startswith("الجملة رقم 1 ")
    assert logical[-1].endswith("الطويلة تنتهي هنا.")
    numbers = [int(w) for line in logical for w in line.split() if w.isdigit()]
    assert numbers == sorted(numbers) == list(range(1, 9))


def test_shape_word_by_word_equals_the_whole_string() -> None:
    configuration = config_for_true_type_font(str(font_file(False)))
    configuration["delete_harakat"] = False
    reference = ArabicReshaper(configuration=configuration)
    samples = ["عبدالله الله أكبر", "مُحمّد رضایی", "لا إله", "شرکت‌های پارس (تهران) 12", "مجموعة الرمال الذهبية", "abc"]
    for text in samples:
        assert shape(text) == reference.reshape(text)
    assert "\u0651" in shape("مُحمّد")  # the shadda survives (the reshaper's default would drop it)


def test_layout_of_mixed_cell() -> None:
    (line,) = layout("شیوا عباسی ali@example.com 0912", 400, REGULAR, 8)
    assert "ali@example.com 0912" in line  # Latin and digits keep their order inside the RTL line
