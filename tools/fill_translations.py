"""Write Arabic and Persian translations into translations/*.ts from a JSON file, then compile the .qm files.

    .venv/bin/python tools/fill_translations.py my_strings.json [more.json ...]

The JSON is a list of ``{"context": "CalendarPage", "source": "Today", "ar": "اليوم", "fa": "امروز"}``; for a
``%n`` plural source give a list per language (Arabic has six forms, Persian two; a single string is repeated).
It runs lupdate first, so strings that were just added to the code exist in the .ts files, fills every
message it has a translation for (marking it finished), runs lupdate again (lupdate's own file layout, so
diffs stay small) and lrelease. It prints the
messages still unfinished, so what is left to translate is obvious. Run it under ``flock translations/.lock``
when several people edit at once: lupdate rewrites the whole .ts file.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import xml.etree.ElementTree as ET
from pathlib import Path
from types import ModuleType

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("ar", "fa")


def _update_tool() -> ModuleType:
    spec = importlib.util.spec_from_file_location("update_translations", ROOT / "tools" / "update_translations.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _fill(ts: Path, lang: str, wanted: dict[tuple[str, str], str | list[str]]) -> list[tuple[str, str]]:
    """Fill ``ts`` in place; returns the (context, source) pairs still unfinished."""
    tree = ET.parse(ts)
    unfinished = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                translation = ET.SubElement(message, "translation")
            text = wanted.get((name, source))
            if text is not None:
                forms = translation.findall("numerusform")
                if message.get("numerus") == "yes":
                    values = text if isinstance(text, list) else [text]
                    count = max(len(forms), 1)
                    for form in forms:
                        translation.remove(form)
                    for index in range(count):
                        ET.SubElement(translation, "numerusform").text = values[min(index, len(values) - 1)]
                else:
                    translation.text = text if isinstance(text, str) else text[0]
                translation.attrib.pop("type", None)
            if translation.get("type") == "unfinished":
                unfinished.append((name, source))
    ET.indent(tree, space="    ")
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return unfinished


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("json_files", nargs="+", type=Path)
    args = parser.parse_args(argv)
    tool = _update_tool()
    entries = [entry for path in args.json_files for entry in json.loads(path.read_text(encoding="utf-8"))]
    for lang in LANGUAGES:
        tool.lupdate(lang)
        wanted = {(entry["context"], entry["source"]): entry[lang] for entry in entries if lang in entry}
        left = _fill(tool.ts_file(lang), lang, wanted)
        tool.lupdate(lang)
        tool.lrelease(lang)
        for context, source in left:
            print(f"{lang}: unfinished: [{context}] {source!r}")
    tool.lupdate("en")
    tool.lrelease("en")
    return 0


if __name__ == "__main__":
    sys.exit(main())
