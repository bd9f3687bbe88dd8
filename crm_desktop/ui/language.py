"""Putting the whole application into one language: translations, layout direction, locale and font.

Used at start-up (app.py) and by the screenshot command, so what the docs show is what users get.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from PySide6.QtCore import QLibraryInfo, QLocale, QTranslator
from PySide6.QtWidgets import QApplication

from .fonts import apply_ui_font

LANGS = ("en", "ar", "fa")
TRANSLATION_DIRS = (
    Path(__file__).resolve().parents[1] / "translations",  # inside the package (installed, PyInstaller)
    Path(__file__).resolve().parents[2] / "translations",  # the source tree
)


@dataclass
class AppliedLanguage:
    """What apply_language changed, so a caller (the screenshot command) can put it back."""

    lang: str
    translators: list[QTranslator] = field(default_factory=list)


def translators_for(lang: str) -> list[QTranslator]:
    """Qt's own strings (OK, Cancel …) and the app's for ``lang``, where their .qm files exist.

    English needs no translation, only its plural forms ("1 record", "2 records"): ``crm_en.qm``.
    """
    candidates = (
        []
        if lang == "en"
        else [(Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)), f"qtbase_{lang}.qm")]
    )
    candidates += [(folder, f"crm_{lang}.qm") for folder in TRANSLATION_DIRS]
    found, names = [], set()
    for folder, name in candidates:
        translator = QTranslator()
        if name not in names and (folder / name).is_file() and translator.load(str(folder / name)):
            found.append(translator)
            names.add(name)
    return found


def apply_language(app: QApplication, lang: str) -> AppliedLanguage:
    """Translations, right-to-left layout for Arabic and Persian (from the locale, so Persian is not
    forgotten as in hard-coded lists), the locale for numbers, and the bundled font."""
    lang = lang if lang in LANGS else "en"
    applied = AppliedLanguage(lang, translators_for(lang))
    for translator in applied.translators:
        app.installTranslator(translator)
    QLocale.setDefault(QLocale(lang))
    apply_ui_font(app, lang)
    app.setLayoutDirection(QLocale(lang).textDirection())
    return applied


def remove_language(app: QApplication, applied: AppliedLanguage) -> None:
    for translator in applied.translators:
        app.removeTranslator(translator)
