"""Every message the documents and letters code can show is translated (ui/error_text.py templates).

``test_error_text.py`` checks ``ValidationError`` and ``errors.add`` messages of all services; letters also
fail with ``LetterError``, ``NotFoundError`` and the PDF writer's ``ReportError``, which it does not read.
This test reads every message literal raised in those modules and needs an Arabic and a Persian text for it.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

from crm_desktop.errors import NotFoundError
from crm_desktop.services.letters import LetterError
from crm_desktop.ui import error_text
from crm_desktop.ui.dates import DisplayPrefs

from .test_error_text import _template

ROOT = Path(__file__).resolve().parents[2]
MODULES = (
    "crm_desktop/services/letters.py",
    "crm_desktop/services/documents.py",
    "crm_desktop/services/document_list.py",
    "crm_desktop/reports/letters.py",
    "crm_desktop/reports/letter_pages.py",
    "crm_desktop/reports/document.py",  # the PDF file (output path, logo) letters are written to
)
RAISED = ("ValidationError", "LetterError", "ReportError", "NotFoundError")


def messages() -> dict[str, str]:
    """template -> where, for every message literal raised in MODULES."""
    found: dict[str, str] = {}
    for name in MODULES:
        for node in ast.walk(ast.parse((ROOT / name).read_text(encoding="utf-8"))):
            if not (isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in RAISED):
                continue
            args: list[ast.expr] = list(node.args)
            if node.func.id == "ValidationError" and args and isinstance(args[0], ast.Dict):
                args = [v for v in args[0].values if v is not None]
            elif node.func.id == "NotFoundError" and len(args) == 2 and isinstance(args[0], ast.Constant):
                # NotFoundError(entity, key) says "{entity} {key} was not found"
                found.setdefault(f"{args[0].value} {{0}} was not found", f"{name}:{node.lineno}")
                continue
            for arg in args[:1]:
                template = _template(arg)
                if template is not None:
                    found.setdefault(template, f"{name}:{node.lineno}")
    return found


@pytest.fixture(scope="module")
def translators(qapp) -> dict[str, QTranslator]:
    loaded = {}
    for lang in ("ar", "fa"):
        translator = QTranslator()
        assert translator.load(str(ROOT / "translations" / f"crm_{lang}.qm")), lang
        loaded[lang] = translator
    return loaded


def test_every_documents_and_letters_message_is_translated(translators: dict[str, QTranslator]) -> None:
    found = messages()
    assert len(found) > 25, "the scan found too few messages"
    missing = [f"{where}: {t!r}" for t, where in found.items() if t not in error_text.TEMPLATES]
    assert not missing, "add these to crm_desktop/ui/error_text.py TEMPLATES:\n" + "\n".join(missing)
    untranslated = [
        f"{lang}: {t!r}" for t in found for lang, tr in translators.items() if not tr.translate("ServiceErrors", t)
    ]
    assert not untranslated, "translate these (tools/fill_translations.py):\n" + "\n".join(untranslated)


def test_letter_errors_are_shown_in_persian(qapp, translators: dict[str, QTranslator]) -> None:
    QCoreApplication.installTranslator(translators["fa"])
    before = QLocale()
    try:
        persian = DisplayPrefs("fa")
        nobody = error_text.error_text(LetterError("no contact matches the saved search: nobody to write to"), persian)
        assert "saved search" not in nobody and "جستجو" in nobody
        missing = error_text.error_text(NotFoundError("letter template", "Thanks"), persian)
        assert "letter template" not in missing and "\u2068Thanks\u2069" in missing and "قالب" in missing
    finally:
        QCoreApplication.removeTranslator(translators["fa"])
        QLocale.setDefault(before)
