"""The Arabic and Persian translations are complete, in step with the code, compiled, and actually used.

Fails when a string in ``translations/*.ts`` is unfinished, when a ``tr()``/``translate()``/``QT_TRANSLATE_NOOP``
string in ``crm_desktop/ui`` is missing from the .ts files (lupdate is run into a temporary file and
compared), when a .qm file is older than its .ts, or when a translation breaks a placeholder. The fix is
always the same: ``python tools/update_translations.py``, translate what it marks unfinished, run it again.
"""

from __future__ import annotations

import importlib.util
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

import pytest
from PySide6.QtCore import QCoreApplication, QTranslator
from PySide6.QtWidgets import QApplication

ROOT = Path(__file__).resolve().parents[2]
TS_DIR = ROOT / "translations"
FULL = ("ar", "fa")
PLACEHOLDER = re.compile(r"\{\d+\}|%\d+|%L?n")
ARABIC_ONLY = "\u064a\u0643"  # ي ك: Arabic spellings a Persian text must not use
PERSIAN_ONLY = "\u06cc\u06a9"  # ی ک: Persian spellings an Arabic text must not use


def tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault("update_translations", module)
    spec.loader.exec_module(module)
    return module


def messages(path: Path) -> dict[tuple[str, str], ET.Element]:
    """(context, source) -> <message>, for every message lupdate keeps (obsolete ones are not allowed)."""
    found = {}
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            found[(name, message.findtext("source") or "")] = message
    return found


def texts(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    assert translation is not None
    forms = translation.findall("numerusform")
    return [form.text or "" for form in forms] if forms else [translation.text or ""]


@pytest.mark.parametrize("lang", FULL)
def test_every_string_is_translated(lang: str) -> None:
    unfinished = []
    for (context, source), message in messages(TS_DIR / f"crm_{lang}.ts").items():
        translation = message.find("translation")
        assert translation is not None
        kind = translation.get("type")
        if kind in ("unfinished", "obsolete", "vanished") or not all(t.strip() for t in texts(message)):
            unfinished.append(f"{context}: {source!r} ({kind or 'empty'})")
    assert not unfinished, f"{len(unfinished)} untranslated in crm_{lang}.ts:\n" + "\n".join(unfinished)


@pytest.mark.parametrize("lang", (*FULL, "en"))
def test_ts_files_hold_every_string_in_the_code(lang: str, tmp_path: Path) -> None:
    fresh = messages(tool().lupdate(lang, tmp_path / f"fresh_{lang}.ts"))
    committed = messages(TS_DIR / f"crm_{lang}.ts")
    missing = sorted(set(fresh) - set(committed))
    stale = sorted(set(committed) - set(fresh))
    assert not missing, "strings in the code but not in the .ts (run tools/update_translations.py): " + repr(missing)
    assert not stale, "strings in the .ts that the code no longer has (run tools/update_translations.py): " + repr(
        stale
    )
    plural = {key for key, m in fresh.items() if m.get("numerus") == "yes"}
    assert plural == {key for key, m in committed.items() if m.get("numerus") == "yes"}


@pytest.mark.parametrize("lang", (*FULL, "en"))
def test_qm_files_are_compiled_from_the_current_ts(lang: str, tmp_path: Path) -> None:
    built = tool().lrelease(lang, TS_DIR / f"crm_{lang}.ts", tmp_path / f"crm_{lang}.qm")
    assert built.read_bytes() == (TS_DIR / f"crm_{lang}.qm").read_bytes(), "run tools/update_translations.py"


@pytest.mark.parametrize("lang", FULL)
def test_translations_keep_placeholders_mnemonics_and_spelling(lang: str) -> None:
    problems = []
    for (context, source), message in messages(TS_DIR / f"crm_{lang}.ts").items():
        for text in texts(message):
            where = f"{context}: {source!r} -> {text!r}"
            wanted = sorted(set(PLACEHOLDER.findall(source)))
            # Arabic's "no records" / "one record" plural forms may spell the number out instead of %n/%Ln.
            counts, found = {"%n", "%Ln"}, set(PLACEHOLDER.findall(text))
            spelled_out = message.get("numerus") == "yes" and counts & set(wanted) and not counts & found
            if sorted(found) != wanted and not spelled_out:
                problems.append("placeholders: " + where)
            if source.replace("&&", "").count("&") != text.replace("&&", "").count("&"):
                problems.append("mnemonic: " + where)
            if (source[-1:] == " ") != (text[-1:] == " ") or (source[:1] == " ") != (text[:1] == " "):
                problems.append("spaces joining sentences: " + where)
            if any(c in text for c in (ARABIC_ONLY if lang == "fa" else PERSIAN_ONLY)):
                problems.append("letters of the other language: " + where)
    assert not problems, "\n".join(problems)


def test_plural_forms() -> None:
    """Arabic has six plural forms, Persian one, English two; each .ts says so to lrelease."""
    for lang, count in (("ar", 6), ("fa", 1), ("en", 2)):
        root = ET.parse(TS_DIR / f"crm_{lang}.ts").getroot()
        assert root.get("language") == lang
        for message in root.iter("message"):
            if message.get("numerus") == "yes":
                assert len(texts(message)) == count, (lang, message.findtext("source"))


@pytest.fixture
def installed(qapp: QApplication):
    """Install a .qm into the running application for one test."""
    translators: list[QTranslator] = []

    def install(lang: str) -> None:
        translator = QTranslator()
        assert translator.load(str(TS_DIR / f"crm_{lang}.qm"))
        qapp.installTranslator(translator)
        translators.append(translator)

    yield install
    for translator in translators:
        qapp.removeTranslator(translator)


def test_persian_qm_translates_the_main_window(installed, qapp: QApplication, tmp_path: Path) -> None:
    from PySide6.QtCore import QSettings

    from crm_desktop.db.engine import open_database
    from crm_desktop.services.maintenance import ensure_basics
    from crm_desktop.ui.main_window import MainWindow
    from crm_desktop.ui.workspace import Workspace

    installed("fa")
    assert QCoreApplication.translate("MainWindow", "Contacts") == "مخاطبان"
    db = open_database(tmp_path / "crm.sqlite3")
    try:
        ensure_basics(db)
        window = MainWindow(Workspace(db, lang="fa"), QSettings(str(tmp_path / "w.ini"), QSettings.Format.IniFormat))
        sections = [window.navigation.item(row).text() for row in range(window.navigation.count())]
        assert "مخاطبان" in sections and "سطل زباله" in sections
        page = window.show_section("contacts")
        # A string of the base class (ListPage) shown by the subclass (ContactsPage).
        assert page.quick_filter.placeholderText() == "جست\u200cوجو بر اساس نام…"
        assert page.count_label.text() == "۰ رکورد"
        window.close()
    finally:
        db.close()


def test_arabic_plurals_follow_the_count(installed) -> None:
    installed("ar")

    def records(n: int) -> str:
        return QCoreApplication.translate("ListPage", "%Ln record(s)", "", n)

    assert records(1) == "سجل واحد"
    assert records(2) == "سجلان"
    assert records(3).endswith(" سجلات")
    assert records(11).endswith(" سجلًا")
    assert records(100).endswith(" سجل")


def test_english_plurals(installed) -> None:
    installed("en")
    assert QCoreApplication.translate("ListPage", "%Ln record(s)", "", 1) == "1 record"
    assert QCoreApplication.translate("ListPage", "%Ln record(s)", "", 2) == "2 records"


def test_language_finds_the_qm_files(qapp: QApplication) -> None:
    from crm_desktop.ui.language import translators_for

    for lang in FULL:
        names = {Path(t.filePath()).name for t in translators_for(lang)}
        assert {f"crm_{lang}.qm", f"qtbase_{lang}.qm"} <= names
    assert {Path(t.filePath()).name for t in translators_for("en")} == {"crm_en.qm"}
