"""The bundled Vazirmatn files exist, register with Qt, cover our Persian/Arabic/Latin text and shape it."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QFontMetrics, QRawFont, QTextLayout
from PySide6.QtWidgets import QApplication, QLabel

from crm_desktop.assets import FONT_FAMILY, LICENCE_FILE, font_file, fonts_dir
from crm_desktop.text.digits import format_number
from crm_desktop.text.money import format_money
from crm_desktop.ui.fonts import apply_ui_font, register_fonts, ui_font

SAMPLES = [
    "علی رضایی ۱۲۳",
    "شركة النخبة",
    "شرکت Arya ۱۲۳ (تهران)",
    "گچپژ ءأإآؤئة ك ي ی ک ۀ",  # Persian-only letters and hamza forms
    "٠١٢٣٤٥٦٧٨٩ ۰۱۲۳۴۵۶۷۸۹ ٫٬ ،؛؟",
    "Ali Rezaei <ali@example.com> 50% #7 /x/ [a] {b} & ~ _ | \\",
    format_money(125050, "SAR", "ar"),
    format_number(-1234.5, "fa", decimals=1),
]


def _printable(text: str) -> set[str]:
    """Characters that need a glyph (not spaces, bidi marks or joiners)."""
    return {c for c in text if not c.isspace() and unicodedata.category(c) != "Cf"}


@pytest.fixture
def restore_app_font(qapp: QApplication) -> Iterator[QApplication]:
    original = QFont(qapp.font())
    yield qapp
    qapp.setFont(original)


def test_font_files_are_bundled_with_their_licence() -> None:
    regular, bold = font_file(), font_file(bold=True)
    assert regular.name == "Vazirmatn-Regular.ttf" and bold.name == "Vazirmatn-Bold.ttf"
    licence = (fonts_dir() / LICENCE_FILE).read_text(encoding="utf-8")
    assert "SIL Open Font License" in licence and "Vazirmatn" in licence
    total = sum(p.stat().st_size for p in fonts_dir().iterdir() if p.is_file())
    assert total < 1_500_000, f"resources/fonts is {total} bytes; keep the repository lean"


def test_register_fonts_returns_the_family(qapp: QApplication) -> None:
    assert register_fonts() == [FONT_FAMILY]
    assert register_fonts() == [FONT_FAMILY]  # idempotent: no second registration


@pytest.mark.parametrize("bold", [False, True], ids=["regular", "bold"])
def test_every_character_we_show_has_a_glyph(qapp: QApplication, bold: bool) -> None:
    raw = QRawFont(str(font_file(bold)), 16)
    assert raw.isValid() and raw.familyName() == FONT_FAMILY
    # Pass code points: PySide6 6.12 turns a non-Latin-1 str into a wrong QChar (supportsCharacter("ع") is False).
    missing = {c for text in SAMPLES for c in _printable(text) if not raw.supportsCharacter(ord(c))}
    assert not missing, f"no glyph for {sorted(f'U+{ord(c):04X}' for c in missing)}"
    assert not raw.supportsCharacter(ord("中"))  # the check can fail: Vazirmatn has no CJK


def test_registered_family_resolves_to_the_bundled_font(qapp: QApplication) -> None:
    register_fonts()
    font = QFont(FONT_FAMILY, 12)
    metrics = QFontMetrics(font)
    assert font.exactMatch()
    missing = {c for text in SAMPLES for c in _printable(text) if not metrics.inFontUcs4(ord(c))}
    assert not missing


def _glyphs(text: str, font: QFont) -> set[int]:
    layout = QTextLayout(text, font)
    layout.beginLayout()
    layout.createLine()
    layout.endLayout()
    return {index for run in layout.glyphRuns() for index in run.glyphIndexes()}


def test_arabic_letters_are_shaped(qapp: QApplication) -> None:
    """Joined letters use contextual forms: the glyph of ع alone must not appear inside علی (initial ع)."""
    register_fonts()
    font = QFont(FONT_FAMILY, 14)
    isolated_ain, isolated_yeh = _glyphs("ع", font), _glyphs("ی", font)
    joined = _glyphs("علی", font)
    assert len(joined) == 3
    assert not (isolated_ain & joined) and not (isolated_yeh & joined)


@pytest.mark.parametrize("lang", ["fa", "ar", "fa_IR"])
def test_ui_font_for_arabic_script_languages(restore_app_font: QApplication, lang: str) -> None:
    system = restore_app_font.font().families()
    font = apply_ui_font(restore_app_font, lang)
    assert font.families()[0] == FONT_FAMILY and font.families()[1:] == system
    assert restore_app_font.font().families()[0] == FONT_FAMILY
    assert font.pointSizeF() == pytest.approx(QFont(system[0]).pointSizeF(), rel=0.5)


def test_english_keeps_the_system_font_with_vazirmatn_fallback(restore_app_font: QApplication) -> None:
    system = restore_app_font.font().families()
    font = ui_font(restore_app_font.font(), "en")
    assert font.families() == [*system, FONT_FAMILY]


def test_mixed_rtl_label_renders(restore_app_font: QApplication, tmp_path: Path) -> None:
    apply_ui_font(restore_app_font, "fa")
    label = QLabel("شرکت Arya ۱۲۳ (تهران)")
    label.setLayoutDirection(Qt.LayoutDirection.RightToLeft)
    label.setFont(QFont(FONT_FAMILY, 20))
    label.adjustSize()
    image = label.grab().toImage()
    assert image.save(str(tmp_path / "font_check.png"))
    background = image.pixel(0, 0)
    inked = sum(image.pixel(x, y) != background for x in range(image.width()) for y in range(image.height()))
    assert inked > 200, "the label painted (almost) nothing"
