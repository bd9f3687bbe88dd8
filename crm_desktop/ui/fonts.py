"""Register the bundled Vazirmatn font with Qt and make it the UI font for Arabic and Persian.

Why bundle a font: system fonts differ per machine (some Linux desktops have no Persian glyphs at all,
others fall back to a font without Latin letters), and PDFs must look like the screen. The files are
found by ``crm_desktop.assets`` (also used by the Qt-free report engine); see its docstring for how they
are located in a checkout, an editable install and a PyInstaller bundle.

Call ``apply_ui_font(app, lang)`` once after creating the QApplication and before building windows.
"""

from __future__ import annotations

import logging

from PySide6.QtGui import QFont, QFontDatabase, QGuiApplication

from crm_desktop.assets import FONT_FAMILY, FONT_FILES, fonts_dir
from crm_desktop.text.digits import lang_code

log = logging.getLogger(__name__)
# Family names from this process's registration (Qt keeps application fonts until the process ends).
_families: list[str] | None = None


def register_fonts() -> list[str]:
    """Add the bundled fonts to Qt's font database once; returns their family names (``["Vazirmatn"]``).

    Needs a QGuiApplication. Missing or unreadable files are logged and give an empty list, so the app
    still starts with the system font.
    """
    global _families
    if _families is not None:
        return list(_families)
    if QGuiApplication.instance() is None:
        raise RuntimeError("register_fonts() needs a QApplication to exist first")
    families: list[str] = []
    try:
        folder = fonts_dir()
    except FileNotFoundError as exc:
        log.warning("%s; using the system font", exc)
        _families = []
        return []
    for name in FONT_FILES.values():
        font_id = QFontDatabase.addApplicationFont(str(folder / name))
        if font_id < 0:
            log.warning("Qt could not load the font %s", folder / name)
            continue
        families.extend(f for f in QFontDatabase.applicationFontFamilies(font_id) if f not in families)
    _families = families
    return list(families)


def ui_font(base: QFont, lang: str) -> QFont:
    """``base`` with Vazirmatn first for Arabic/Persian, or as the fallback for Arabic script otherwise.

    English keeps the platform's font (what users expect for Latin text) but lists Vazirmatn after it, so
    an Arabic or Persian name in an English UI is drawn with a font that has every letter.
    """
    font = QFont(base)
    if FONT_FAMILY not in register_fonts():
        return font
    system = [f for f in base.families() or [base.family()] if f != FONT_FAMILY]
    font.setFamilies([FONT_FAMILY, *system] if lang_code(lang) in ("ar", "fa") else [*system, FONT_FAMILY])
    return font


def apply_ui_font(app: QGuiApplication, lang: str) -> QFont:
    """Register the fonts and set the application font for ``lang`` (en, ar, fa); returns the font set."""
    font = ui_font(app.font(), lang)
    app.setFont(font)
    return font
