"""Service error messages reach the user in Arabic and Persian.

The services build their messages from fixed English templates; ``crm_desktop/ui/error_text.py`` lists
those templates for translation. The first test reads the source of every service and importer and fails
when a message template is missing from that table (the fix: add it there, then run
``tools/update_translations.py`` and translate it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtGui import QFont

from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.services.validation import FieldErrors, clean_text, normalize_email, normalize_phone, parse_date
from crm_desktop.ui import error_text
from crm_desktop.ui.dates import DisplayPrefs
from crm_desktop.ui.language import apply_language

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("crm_desktop/services", "crm_desktop/io")


def _template(node: ast.expr) -> str | None:
    """A message literal as its template: f-string values become {0}, {1} …; anything else None."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value.replace("{", "{{").replace("}", "}}")
    if isinstance(node, ast.JoinedStr):
        parts, index = [], 0
        for part in node.values:
            if isinstance(part, ast.Constant):
                parts.append(str(part.value).replace("{", "{{").replace("}", "}}"))
            else:
                parts.append(f"{{{index}}}")
                index += 1
        return "".join(parts)
    return None


def raised_templates() -> dict[str, str]:
    """template -> where it is first used, for ``errors.add(field, msg)`` and ``ValidationError({k: msg})``."""
    found: dict[str, str] = {}
    for folder in SCANNED:
        for path in sorted((ROOT / folder).rglob("*.py")):
            for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
                if not isinstance(node, ast.Call):
                    continue
                func, messages = node.func, []
                # FieldErrors.add(field, message); not a set's or an iCalendar component's add()
                adds = isinstance(func, ast.Attribute) and func.attr == "add" and len(node.args) == 2
                if adds and "error" in ast.unparse(func.value).lower():
                    messages.append(node.args[1])
                named = isinstance(func, ast.Name) and func.id == "ValidationError"
                if named and node.args and isinstance(node.args[0], ast.Dict):
                    messages.extend(node.args[0].values)
                for message in messages:
                    template = _template(message)
                    if template is not None:
                        found.setdefault(template, f"{path.relative_to(ROOT)}:{node.lineno}")
    return found


def test_every_service_message_has_a_translation_entry() -> None:
    found = raised_templates()
    assert len(found) > 80, "the scan found too few messages: did the services change how they raise?"
    known = set(error_text.TEMPLATES)
    missing = [f"{where}: {template!r}" for template, where in found.items() if template not in known]
    assert not missing, "add these to crm_desktop/ui/error_text.py TEMPLATES:\n" + "\n".join(missing)


def test_templates_are_unique_and_every_one_round_trips() -> None:
    assert len(set(error_text.TEMPLATES)) == len(error_text.TEMPLATES)
    for template in error_text.TEMPLATES:
        values = [f"v{i}" for i in range(template.count("{"))]
        text = template.replace("{{", "{").replace("}}", "}")
        for i, value in enumerate(values):
            text = text.replace(f"{{{i}}}", value)
        assert error_text.template_of(text) == (template, values), template


def _errors(check) -> dict[str, str]:
    errors = FieldErrors()
    check(errors)
    return errors.errors


@pytest.fixture
def persian(qapp):
    before, font, direction = QLocale(), QFont(qapp.font()), qapp.layoutDirection()
    applied = apply_language(qapp, "fa")
    yield DisplayPrefs("fa")
    for translator in applied.translators:
        qapp.removeTranslator(translator)
    QLocale.setDefault(before)
    qapp.setFont(font)  # apply_language also sets the app font and direction: later tests expect the defaults
    qapp.setLayoutDirection(direction)


def test_real_service_errors_are_shown_in_persian(persian) -> None:
    cases = {
        "email": _errors(lambda e: normalize_email("ali@", "email", e)),
        "phone": _errors(lambda e: normalize_phone("12", "phone", None, e)),
        "date": _errors(lambda e: parse_date("1402-13-40", "birthday", e)),
        "long": _errors(lambda e: clean_text("x" * 1500, "name", 1000, e)),
        "required": _errors(lambda e: clean_text("", "name", 10, e, required=True)),
    }
    for name, errors in cases.items():
        (message,) = errors.values()
        shown = error_text.translate_error(message, persian)
        assert shown != message, name
        latin_words = [w for w in shown.split() if w.isascii() and w.isalpha() and len(w) > 3]
        assert not latin_words or name in ("email", "phone", "date"), (name, shown)
    long_text = error_text.translate_error(cases["long"]["name"], persian)
    assert "۱٬۵۰۰" in long_text and "۱٬۰۰۰" in long_text  # counts in Persian digits
    assert "\u2068'ali@'\u2069" in error_text.translate_error(cases["email"]["email"], persian)  # isolated value


def test_validation_error_and_not_found_in_persian(persian) -> None:
    exc = ValidationError({"name": "is required", "x": "a text no template knows"})
    text = error_text.error_text(exc, persian)
    assert "name: " in text and "is required" not in text and "a text no template knows" in text
    assert "was not found" not in error_text.error_text(NotFoundError("contact", 12), persian)


def test_english_is_unchanged(qapp) -> None:
    message = "'x' is not a date (use YYYY-MM-DD)"
    assert error_text.translate_error(message, DisplayPrefs("en")) == message


def test_the_default_error_box_of_database_work_speaks_persian(persian, qtbot) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from crm_desktop.ui import ops

    parent = QWidget()
    qtbot.addWidget(parent)
    errors = _errors(lambda e: normalize_email("ali@", "email", e))
    exc = ValidationError(errors)
    ops.show_error(parent, exc)
    box = parent.findChild(QMessageBox, "opErrorBox")
    assert box is not None and box.text() == error_text.error_text(exc, persian)
    assert box.text() != str(exc) and errors["email"] not in box.text()
