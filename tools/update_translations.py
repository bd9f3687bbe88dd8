"""Re-extract the UI strings into translations/*.ts and compile the .qm files the app loads.

    .venv/bin/python tools/update_translations.py           # lupdate + lrelease for ar, fa (and en plurals)
    .venv/bin/python tools/update_translations.py --release # only compile .ts -> .qm (after translating)

``pyside6-lupdate`` reads every ``crm_desktop/ui/**/*.py`` (``self.tr()``, ``QCoreApplication.translate()``
and ``QT_TRANSLATE_NOOP()``), keeps existing translations, marks new strings "unfinished" and drops
strings that left the code. Translate the unfinished ones (Qt Linguist: ``pyside6-linguist
translations/crm_fa.ts``, or any editor), then run this again so the .qm files match; the test
``tests/ui/test_translations.py`` fails while a string is untranslated or a .qm is stale.

``crm_en.ts`` holds only the plural forms of English (``%Ln record(s)`` -> "1 record" / "2 records").
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SOURCE_DIR = ROOT / "crm_desktop" / "ui"
TS_DIR = ROOT / "translations"
LANGUAGES = ("ar", "fa")  # full translations
PLURAL_ONLY = ("en",)  # the source language: plural forms only


def tool(name: str) -> str:
    """``pyside6-lupdate``/``pyside6-lrelease`` next to this Python (the venv), else on PATH."""
    for candidate in (Path(sys.executable).with_name(name), Path(sys.executable).with_name(name + ".exe")):
        if candidate.is_file():
            return str(candidate)
    found = shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials in this environment")
    return found


def sources() -> list[str]:
    """The files lupdate reads, relative to the repository (stable paths in the .ts files)."""
    return sorted(str(path.relative_to(ROOT)) for path in SOURCE_DIR.rglob("*.py"))


def ts_file(lang: str) -> Path:
    return TS_DIR / f"crm_{lang}.ts"


def lupdate(lang: str, target: Path | None = None, *, quiet: bool = True) -> Path:
    """Extract the strings for ``lang`` into ``target`` (default ``translations/crm_<lang>.ts``)."""
    target = target or ts_file(lang)
    command = [tool("pyside6-lupdate"), *sources(), "-target-language", lang, "-no-obsolete"]
    command += ["-locations", "relative", "-ts", str(target)]
    if lang in PLURAL_ONLY:
        command.insert(-2, "-pluralonly")
    if quiet:
        command.insert(1, "-silent")
    subprocess.run(command, cwd=ROOT, check=True)
    return target


def lrelease(lang: str, ts: Path | None = None, qm: Path | None = None) -> Path:
    ts = ts or ts_file(lang)
    qm = qm or ts.with_suffix(".qm")
    subprocess.run([tool("pyside6-lrelease"), "-silent", str(ts), "-qm", str(qm)], cwd=ROOT, check=True)
    return qm


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--release", action="store_true", help="only compile the .ts files into .qm")
    args = parser.parse_args(argv)
    TS_DIR.mkdir(exist_ok=True)
    for lang in (*LANGUAGES, *PLURAL_ONLY):
        if not args.release:
            lupdate(lang, quiet=False)
        print(f"{lrelease(lang).relative_to(ROOT)} written")
    return 0


if __name__ == "__main__":
    sys.exit(main())
