"""Saved searches ("smart groups"): named filter sets shown in the navigation.

A saved search is a preference, not a record: no version, no Trash, deleting it is final. It belongs to
one user, or to everyone when shared (no owner). Filters are checked against the keys the contact and
company lists understand, so a saved search can never smuggle in an arbitrary column or a non-JSON value.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, datetime
from typing import Any

from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import LIFECYCLE_STAGES, SavedSearch
from crm_desktop.errors import NotFoundError, ValidationError

from .dto import SavedSearchDTO
from .validation import FieldErrors, clean_text

ENTITIES = ("contacts", "companies")
MAX_NAME = 200
MAX_QUERY = 500


def _text(limit: int) -> Callable[[Any, str, FieldErrors], Any]:
    def check(value: Any, field: str, errors: FieldErrors) -> Any:
        return clean_text(value, field, limit, errors)

    return check


def _record_id(value: Any, field: str, errors: FieldErrors) -> Any:
    if value is None or (isinstance(value, int) and not isinstance(value, bool) and 0 < value < 2**63):
        return value
    errors.add(field, "must be a record id (a positive whole number)")
    return None


def _yes_no(value: Any, field: str, errors: FieldErrors) -> Any:
    if value is None or isinstance(value, bool):
        return value
    errors.add(field, "must be yes or no")
    return None


def _day(value: Any, field: str, errors: FieldErrors) -> Any:
    """Stored as ISO text: the filters column is JSON."""
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, str):
        try:
            return date.fromisoformat(value.strip()).isoformat()
        except ValueError:
            pass
    errors.add(field, f"{value!r} is not a date (use YYYY-MM-DD)")
    return None


def _stage(value: Any, field: str, errors: FieldErrors) -> Any:
    if value is None or value in LIFECYCLE_STAGES:
        return value
    errors.add(field, f"must be one of {', '.join(LIFECYCLE_STAGES)}")
    return None


_COMMON = {"query": _text(MAX_QUERY), "tag": _text(100), "owner_id": _record_id}
FILTER_KEYS: dict[str, dict[str, Callable[[Any, str, FieldErrors], Any]]] = {
    "contacts": {
        **_COMMON,
        "lifecycle_stage": _stage,
        "company_id": _record_id,
        "has_open_deal": _yes_no,
        "last_contacted_before": _day,
        "last_contacted_after": _day,
    },
    "companies": {**_COMMON, "industry": _text(200)},
}


def clean_filters(entity: str, filters: Any, errors: FieldErrors) -> dict[str, Any]:
    """The filters as they will be stored; every problem is reported as ``filters.<key>``."""
    if not isinstance(filters, Mapping):
        errors.add("filters", "must be a set of named filters")
        return {}
    known = FILTER_KEYS.get(entity, {})
    cleaned: dict[str, Any] = {}
    for key, value in filters.items():
        field = f"filters.{key}"
        if not isinstance(key, str) or key not in known:
            errors.add(field if isinstance(key, str) else "filters", f"is not a filter of {entity}")
            continue
        result = known[key](value, field, errors)
        if result is not None and field not in errors.errors:
            cleaned[key] = result
    return cleaned


class SavedSearchService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    def list(self, entity: str | None = None) -> list[SavedSearchDTO]:
        """The current user's searches and the shared ones, in navigation order.

        Without a signed-in user (single-user mode) only ownerless searches exist, and all are shown.
        """
        query = select(SavedSearch).where(self._visible()).order_by(SavedSearch.position, SavedSearch.name)
        if entity is not None:
            query = query.where(SavedSearch.entity == _entity(entity))
        with self.db.read() as session:
            return [_to_dto(row) for row in session.scalars(query.order_by(SavedSearch.id))]

    def get(self, search_id: int) -> SavedSearchDTO:
        with self.db.read() as session:
            return _to_dto(self._load(session, search_id))

    def create(self, name: str, entity: str, filters: Mapping[str, Any], shared: bool = False) -> SavedSearchDTO:
        errors = FieldErrors()
        clean_name = clean_text(name, "name", MAX_NAME, errors, required=True)
        clean: dict[str, Any] = {}
        if entity not in ENTITIES:
            errors.add("entity", f"must be one of {', '.join(ENTITIES)}")
        else:
            clean = clean_filters(entity, filters, errors)
        errors.raise_if_any()

        def work(session: Session) -> SavedSearchDTO:
            last = session.scalar(
                select(func.max(SavedSearch.position)).where(self._visible(), SavedSearch.entity == entity)
            )
            row = SavedSearch(
                name=clean_name,
                entity=entity,
                filters=clean,
                owner_id=None if shared else self.user_id,
                position=0 if last is None else last + 1,
            )
            session.add(row)
            session.flush()
            return _to_dto(row)

        return self.db.run_write(work, self.user_id)

    def rename(self, search_id: int, name: str) -> SavedSearchDTO:
        errors = FieldErrors()
        clean_name = clean_text(name, "name", MAX_NAME, errors, required=True)
        errors.raise_if_any()
        return self._change(search_id, lambda row: setattr(row, "name", clean_name))

    def update_filters(self, search_id: int, filters: Mapping[str, Any]) -> SavedSearchDTO:
        def change(row: SavedSearch) -> None:
            errors = FieldErrors()
            clean = clean_filters(row.entity, filters, errors)
            errors.raise_if_any()
            row.filters = clean  # a new dict: the JSON column sees the change

        return self._change(search_id, change)

    def delete(self, search_id: int) -> None:
        """Gone for good: a saved search is a preference, not a record worth a Trash."""

        def work(session: Session) -> None:
            session.delete(self._load(session, search_id))

        self.db.run_write(work, self.user_id)

    # ---- internals -------------------------------------------------------------------------------
    def _visible(self) -> Any:
        if self.user_id is None:
            return SavedSearch.owner_id.is_(None)
        return or_(SavedSearch.owner_id == self.user_id, SavedSearch.owner_id.is_(None))

    def _load(self, session: Session, search_id: int) -> SavedSearch:
        row = session.scalars(select(SavedSearch).where(SavedSearch.id == search_id, self._visible())).one_or_none()
        if row is None:
            raise NotFoundError("saved search", search_id)
        return row

    def _change(self, search_id: int, change: Callable[[SavedSearch], None]) -> SavedSearchDTO:
        def work(session: Session) -> SavedSearchDTO:
            row = self._load(session, search_id)
            change(row)
            session.flush()
            return _to_dto(row)

        return self.db.run_write(work, self.user_id)


def _entity(entity: str) -> str:
    if entity not in ENTITIES:
        raise ValidationError({"entity": f"must be one of {', '.join(ENTITIES)}"})
    return entity


def _to_dto(row: SavedSearch) -> SavedSearchDTO:
    return SavedSearchDTO(
        id=row.id,
        name=row.name,
        entity=row.entity,
        filters=dict(row.filters or {}),
        owner_id=row.owner_id,
        position=row.position,
    )
