"""Custom fields (defined in Settings) as ordinary rows of the contact and company forms.

Each definition becomes one row keyed ``custom_fields__<key>``, so dirty tracking, the conflict dialog and the
inline errors (the service reports ``custom_fields.<key>``) treat it like any built-in field. The record's
``custom_fields`` JSON is written back whole: keys the form does not show (no definition any more, or brought
by an import) are kept as they were.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from typing import Any

from PySide6.QtCore import QCoreApplication

from crm_desktop.services.dto import CustomFieldDTO

from .points_editor import ChoiceCombo, TextLine

PREFIX = "custom_fields__"


def row_key(field_key: str) -> str:
    return PREFIX + field_key


def error_key(key: str) -> str:
    """``custom_fields.phone_ext`` (the service's name for a value) -> the row's key."""
    return row_key(key.split(".", 1)[1]) if key.startswith("custom_fields.") else key


def add_custom_rows(form: Any, definitions: Iterable[CustomFieldDTO]) -> list[CustomFieldDTO]:
    """One row per definition, in Settings order, with an editor that suits the field's type."""
    from .contact_form import OptionalDate  # the birthday's editor: calendar and digits of the user

    shown = list(definitions)
    for definition in shown:
        label = definition.label.replace("&", "&&")  # a user's "&" is text, not a mnemonic
        if definition.field_type == "choice":
            none = QCoreApplication.translate("CustomFields", "(none)")
            editor: Any = ChoiceCombo([(None, none), *((choice, choice) for choice in definition.choices)])
        elif definition.field_type == "date":
            editor = OptionalDate(QCoreApplication.translate("CustomFields", "Known"), settings=form.workspace)
        else:
            editor = TextLine()
            if definition.field_type == "number":
                editor.setPlaceholderText(QCoreApplication.translate("CustomFields", "A number"))
        form.add_row(row_key(definition.key), label, editor)
    return shown


def values_from_record(definitions: Iterable[CustomFieldDTO], stored: Mapping[str, Any]) -> dict[str, Any]:
    """The record's stored values in the shape each row's editor returns (so unchanged rows compare equal)."""
    values: dict[str, Any] = {}
    for definition in definitions:
        value = stored.get(definition.key)
        if definition.field_type == "date":
            try:
                value = dt.date.fromisoformat(value) if isinstance(value, str) else None
            except ValueError:
                value = None
        elif definition.field_type == "number":
            value = None if value is None else _number_text(value)
        elif definition.field_type == "text":
            value = None if value in (None, "") else str(value)
        values[row_key(definition.key)] = value
    return values


def fold_changes(changes: dict[str, Any], stored: Mapping[str, Any] | None) -> dict[str, Any]:
    """Move the custom rows of ``changes`` into one ``custom_fields`` value over what the record holds."""
    edited = {key[len(PREFIX) :]: changes.pop(key) for key in [k for k in changes if k.startswith(PREFIX)]}
    if not edited:
        return changes
    merged = dict(stored or {})
    for key, value in edited.items():
        if isinstance(value, dt.date):
            value = value.isoformat()
        if value is None:
            merged.pop(key, None)
        else:
            merged[key] = value
    if merged or stored:
        changes["custom_fields"] = merged
    return changes


def _number_text(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)
