"""User-defined fields on contacts and companies: their definitions, and the hook that checks values.

Values live in the record's ``custom_fields`` JSON (no schema change per field); what a value may be is
decided in ``custom_values`` (pure). Keys without a definition are kept untouched: an import may bring
them, and deleting a definition must not destroy data.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Any

from sqlalchemy import func, inspect, select
from sqlalchemy.exc import IntegrityError
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import CustomFieldDefinition
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.text.normalize import normalize_for_search

from .custom_values import validate_custom_values
from .dto import CustomFieldDTO
from .validation import FieldErrors, clean_text

__all__ = ["CustomFieldService", "check_custom_fields", "definitions_for", "derive_key", "validate_custom_values"]

ENTITIES = ("contacts", "companies")
FIELD_TYPES = ("text", "number", "date", "choice")
MAX_KEY, MAX_LABEL, MAX_CHOICE, MAX_CHOICES = 50, 200, 200, 100
KEY_PATTERN = re.compile(r"[a-z][a-z0-9_]*")
_UNSET: Any = object()


class CustomFieldService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    def list(self, entity: str | None = None) -> list[CustomFieldDTO]:
        """Definitions in form order (position, then creation)."""
        query = select(CustomFieldDefinition).order_by(CustomFieldDefinition.position, CustomFieldDefinition.id)
        if entity is not None:
            query = query.where(CustomFieldDefinition.entity == _entity(entity))
        with self.db.read() as session:
            return [_to_dto(row) for row in session.scalars(query)]

    def get(self, field_id: int) -> CustomFieldDTO:
        with self.db.read() as session:
            return _to_dto(_load(session, field_id))

    def create(
        self, entity: str, label: str, field_type: str, choices: Iterable[str] | None = None, key: str | None = None
    ) -> CustomFieldDTO:
        """A new field, last on the form; ``key`` is derived from the label unless given."""
        errors = FieldErrors()
        _entity(entity)
        clean_label = clean_text(label, "label", MAX_LABEL, errors, required=True)
        if field_type not in FIELD_TYPES:
            errors.add("field_type", f"must be one of {', '.join(FIELD_TYPES)}")
        clean_choices = _clean_choices(field_type, choices, errors)
        if key is not None and not (isinstance(key, str) and len(key) <= MAX_KEY and KEY_PATTERN.fullmatch(key)):
            errors.add("key", f"must be lower-case a-z, 0-9 and _, start with a letter, at most {MAX_KEY} characters")
        errors.raise_if_any()

        def work(session: Session) -> CustomFieldDTO:
            taken = set(
                session.scalars(select(CustomFieldDefinition.key).where(CustomFieldDefinition.entity == entity))
            )
            if key is not None and key in taken:
                raise ValidationError({"key": f"{key!r} is already used by another {entity} field"})
            last = session.scalar(
                select(func.max(CustomFieldDefinition.position)).where(CustomFieldDefinition.entity == entity)
            )
            row = CustomFieldDefinition(
                entity=entity,
                key=key or derive_key(clean_label or "", taken),
                label=clean_label,
                field_type=field_type,
                choices=clean_choices,
                position=0 if last is None else last + 1,
            )
            session.add(row)
            session.flush()
            return _to_dto(row)

        try:
            return self.db.run_write(work, self.user_id)
        except IntegrityError as exc:  # another user added the same key at the same moment
            raise ValidationError({"key": "is already used by another field; try again"}) from exc

    def update(
        self, field_id: int, *, label: str = _UNSET, choices: Iterable[str] = _UNSET, position: int = _UNSET
    ) -> CustomFieldDTO:
        """Change what a field shows; its key and type stay (stored values depend on them)."""

        def work(session: Session) -> CustomFieldDTO:
            row = _load(session, field_id)
            errors = FieldErrors()
            if label is not _UNSET:
                row.label = clean_text(label, "label", MAX_LABEL, errors, required=True) or row.label
            if choices is not _UNSET:
                row.choices = _clean_choices(row.field_type, choices, errors)
            if position is not _UNSET:
                if isinstance(position, int) and not isinstance(position, bool) and 0 <= position < 2**31:
                    row.position = position
                else:
                    errors.add("position", "must be a whole number, 0 or more")
            errors.raise_if_any()
            session.flush()
            return _to_dto(row)

        return self.db.run_write(work, self.user_id)

    def delete(self, field_id: int) -> None:
        """Remove the definition; records keep their values under the key (shown again if it comes back)."""
        self.db.run_write(lambda session: session.delete(_load(session, field_id)), self.user_id)


def derive_key(label: str, taken: set[str]) -> str:
    """'Customer since' -> 'customer_since'; a label with no Latin letters (Persian, Arabic) -> 'field_<n>'."""
    ascii_text = unicodedata.normalize("NFKD", label.casefold()).encode("ascii", "ignore").decode()
    base = re.sub(r"[^a-z0-9]+", "_", ascii_text).strip("_")
    if not re.search(r"[a-z]", base):
        numbers = [int(k[6:]) for k in taken if re.fullmatch(r"field_\d{1,9}", k)]
        n = max([len(taken), *numbers]) + 1
        while f"field_{n}" in taken:
            n += 1
        return f"field_{n}"
    if base[0].isdigit():
        base = "field_" + base
    base = base[:MAX_KEY].rstrip("_")
    key, n = base, 2
    while key in taken:
        suffix = f"_{n}"
        key, n = base[: MAX_KEY - len(suffix)].rstrip("_") + suffix, n + 1
    return key


def definitions_for(session: Session, entity: str) -> list[CustomFieldDTO]:
    """The entity's definitions, read once per unit of work (a bulk save checks many records)."""
    cache = session.info.setdefault("custom_field_definitions", {})
    if entity not in cache:
        query = select(CustomFieldDefinition).where(CustomFieldDefinition.entity == entity)
        cache[entity] = [_to_dto(row) for row in session.scalars(query)]
    return cache[entity]


def check_custom_fields(session: Session, obj: Any, entity: str, errors: FieldErrors) -> None:
    """For a service's ``_derive``: check ``obj.custom_fields`` if this save changed it, store the clean form.

    Values the record already had are not re-checked, so narrowing a field's choices never blocks an
    unrelated edit of an old record.
    """
    history = inspect(obj).attrs.custom_fields.history
    if not history.added:
        return
    previous = history.deleted[0] if history.deleted else None
    cleaned = validate_custom_values(definitions_for(session, entity), obj.custom_fields, errors, previous=previous)
    if cleaned != obj.custom_fields:
        obj.custom_fields = cleaned


def _clean_choices(field_type: str, choices: Iterable[str] | None, errors: FieldErrors) -> list[str]:
    if field_type != "choice":
        if choices:
            errors.add("choices", "only choice fields have choices")
        return []
    if isinstance(choices, str) or not isinstance(choices, Iterable):
        errors.add("choices", "must be a list of choices")
        return []
    cleaned: list[str] = []
    seen: set[str] = set()
    for item in choices:
        text = clean_text(item, "choices", MAX_CHOICE, errors)
        if text and normalize_for_search(text) not in seen:  # blank rows and repeats are dropped
            seen.add(normalize_for_search(text))
            cleaned.append(text)
    if "choices" not in errors.errors and not cleaned:
        errors.add("choices", "a choice field needs at least one choice")
    elif len(cleaned) > MAX_CHOICES:
        errors.add("choices", f"at most {MAX_CHOICES} choices ({len(cleaned)} given)")
    return cleaned


def _entity(entity: str) -> str:
    if entity not in ENTITIES:
        raise ValidationError({"entity": f"must be one of {', '.join(ENTITIES)}"})
    return entity


def _load(session: Session, field_id: int) -> CustomFieldDefinition:
    row = session.get(CustomFieldDefinition, field_id)
    if row is None:
        raise NotFoundError("custom field", field_id)
    return row


def _to_dto(row: CustomFieldDefinition) -> CustomFieldDTO:
    return CustomFieldDTO(
        id=row.id,
        entity=row.entity,
        key=row.key,
        label=row.label,
        field_type=row.field_type,
        choices=tuple(row.choices or ()),
        position=row.position,
    )
