"""The create/read/update/soft-delete/restore/list use cases that every entity shares.

A service is one subclass naming its model and DTO; it adds only what is special about the entity
(derived columns, child rows). Each call is one short unit of work (DESIGN.md): open, do, commit, close.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import fields
from typing import Any, ClassVar, Generic, TypeVar

from sqlalchemy import ColumnElement, Select, and_, func, or_, select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Base, Record, utcnow
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError

from .dto import RecordDTO
from .privacy import can_see, visible
from .validation import FieldErrors, clean_column_value

M = TypeVar("M", bound=Record)
D = TypeVar("D", bound=RecordDTO)

# Columns the database and the audit layer own; no caller sets them directly.
SYSTEM_COLUMNS = frozenset(
    {
        "id",
        "uid",
        "version",
        "created_at",
        "updated_at",
        "created_by_id",
        "updated_by_id",
        "deleted_at",
        "name_search",
        "sort_key",
    }
)
DEFAULT_PAGE = 100
MAX_PAGE = 10_000


def model_for_table(table_name: str) -> type[Base]:
    for mapper in Base.registry.mappers:
        if mapper.local_table.name == table_name:
            return mapper.class_
    raise KeyError(table_name)


class CrudService(Generic[M, D]):
    model: ClassVar[type[Record]]
    dto: ClassVar[type[RecordDTO]]
    entity: ClassVar[str]  # a person's word for it, used in messages: "contact"
    # Relationship names loaded with each record and written through ``_apply_special``.
    children: ClassVar[tuple[str, ...]] = ()
    # Column the lists sort and page on (with id as tie-breaker).
    sort_column: ClassVar[str] = "id"

    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    # ---- reading -------------------------------------------------------------------------------
    def get(self, record_id: int, *, include_deleted: bool = False) -> D:
        with self.db.read() as session:
            return self._to_dto(self._load(session, record_id, include_deleted=include_deleted))

    def list(
        self,
        *,
        filters: Mapping[str, Any] | None = None,
        after: tuple[Any, int] | None = None,
        limit: int = DEFAULT_PAGE,
        deleted: bool = False,
    ) -> list[D]:
        """One page sorted by ``sort_column``; pass the last row's ``page_key`` as ``after`` for the next.

        Keyset paging written as ``k >= :k AND (k > :k OR id > :id)``: SQLite 3.40 ignores the index for
        row-value comparisons (PLATFORM-NOTES.md).
        """
        limit = max(1, min(limit, MAX_PAGE))
        sort = getattr(self.model, self.sort_column)
        query = self._base_query(deleted).order_by(sort, self.model.id).limit(limit)
        for condition in self._filter_conditions(filters or {}):
            query = query.where(condition)
        if after is not None:
            key, last_id = after
            query = query.where(sort >= key, or_(sort > key, self.model.id > last_id))
        with self.db.read() as session:
            query = query.where(*visible(session, self.model, self.user_id))  # others' private records
            return [self._to_dto(obj) for obj in session.scalars(query)]

    def page_key(self, dto: D) -> tuple[Any, int]:
        return getattr(dto, self.sort_column, dto.id), dto.id

    def count(self, *, filters: Mapping[str, Any] | None = None, deleted: bool = False) -> int:
        query = select(func.count()).select_from(self.model)
        query = query.where(self.model.deleted_at.is_not(None) if deleted else self.model.deleted_at.is_(None))
        for condition in self._filter_conditions(filters or {}):
            query = query.where(condition)
        with self.db.read() as session:
            return session.scalar(query.where(*visible(session, self.model, self.user_id))) or 0

    # ---- writing -------------------------------------------------------------------------------
    def create(self, values: Mapping[str, Any]) -> D:
        def work(session: Session) -> D:
            obj = self.model()
            for name in self.children:
                setattr(obj, name, [])
            for column in self.model.__table__.c:
                # Column defaults apply at INSERT; validation must see them before that.
                if column.default is not None and column.default.is_scalar and column.name not in SYSTEM_COLUMNS:
                    setattr(obj, column.key, column.default.arg)
            self._apply(session, obj, values, creating=True)
            session.add(obj)
            session.flush()
            self._after_save(session, obj, creating=True)
            return self._to_dto(obj)

        return self.db.run_write(work, self.user_id)

    def update(self, record_id: int, expected_version: int, changes: Mapping[str, Any]) -> D:
        """Apply ``changes`` if the record is still at ``expected_version``; else ConflictError, nothing written."""

        def work(session: Session) -> D:
            obj = self._load(session, record_id, for_version=expected_version)
            self._apply(session, obj, changes, creating=False)
            session.flush()
            self._after_save(session, obj, creating=False)
            return self._to_dto(obj)

        return self.db.run_write(work, self.user_id)

    def update_many(self, record_ids: list[int], changes: Mapping[str, Any]) -> int:
        """The same change on many records (bulk actions), validated and audited per record, all or nothing."""

        def work(session: Session) -> int:
            for record_id in record_ids:
                obj = self._load(session, record_id)
                self._apply(session, obj, changes, creating=False)
            session.flush()
            return len(record_ids)

        return self.db.run_write(work, self.user_id)

    def delete_many(self, record_ids: list[int]) -> int:
        """Move many records to the Trash in one transaction."""

        def work(session: Session) -> int:
            now = utcnow()
            for record_id in record_ids:
                self._load(session, record_id).deleted_at = now
            session.flush()
            return len(record_ids)

        return self.db.run_write(work, self.user_id)

    def delete(self, record_id: int, expected_version: int | None = None) -> D:
        """Soft delete: the record moves to the Trash and can be restored."""

        def work(session: Session) -> D:
            obj = self._load(session, record_id, for_version=expected_version)
            obj.deleted_at = utcnow()
            session.flush()
            return self._to_dto(obj)

        return self.db.run_write(work, self.user_id)

    def restore(self, record_id: int) -> D:
        def work(session: Session) -> D:
            obj = self._load(session, record_id, include_deleted=True)
            obj.deleted_at = None
            session.flush()
            return self._to_dto(obj)

        return self.db.run_write(work, self.user_id)

    def purge(self, record_id: int) -> None:
        """Remove a record from the Trash for good (only records already in the Trash)."""

        def work(session: Session) -> None:
            obj = self._load(session, record_id, include_deleted=True)
            if obj.deleted_at is None:
                raise ValidationError({"deleted_at": f"move the {self.entity} to the Trash before purging it"})
            session.delete(obj)
            session.flush()
            self._after_purge(session, obj)

        self.db.run_write(work, self.user_id)

    # ---- hooks for subclasses --------------------------------------------------------------------
    def _apply_special(self, session: Session, obj: M, name: str, value: Any, errors: FieldErrors) -> None:
        errors.add(name, f"is not a field of a {self.entity}")

    def _derive(self, session: Session, obj: M, errors: FieldErrors) -> None:
        """Fill derived columns (search forms, defaults that depend on other fields)."""

    def _after_save(self, session: Session, obj: M, creating: bool) -> None:
        """Write rows that need the saved id (history, links)."""

    def _after_purge(self, session: Session, obj: M) -> None:
        """Remove what only the purged record used (a document's file content)."""

    def _extra_dto_fields(self, obj: M) -> dict[str, Any]:
        return {}

    def _filter_conditions(self, filters: Mapping[str, Any]) -> Iterable[ColumnElement[bool]]:
        for name, value in filters.items():
            if name not in self.model.__table__.c:
                raise ValidationError({name: f"cannot filter {self.entity}s by {name}"})
            column = getattr(self.model, name)
            yield column.is_(None) if value is None else column == value

    # ---- internals -------------------------------------------------------------------------------
    def _base_query(self, deleted: bool = False) -> Select[Any]:
        query = select(self.model).options(*(selectinload(getattr(self.model, c)) for c in self.children))
        return query.where(self.model.deleted_at.is_not(None) if deleted else self.model.deleted_at.is_(None))

    def _load(
        self, session: Session, record_id: int, *, include_deleted: bool = False, for_version: int | None = None
    ) -> M:
        query = select(self.model).where(self.model.id == record_id)
        query = query.options(*(selectinload(getattr(self.model, c)) for c in self.children))
        obj = session.scalars(query).one_or_none()
        if obj is None or (obj.deleted_at is not None and not include_deleted):
            raise NotFoundError(self.entity, record_id)
        if not can_see(session, obj, self.user_id):  # someone else's private record: as if it did not exist
            raise NotFoundError(self.entity, record_id)
        if for_version is not None and obj.version != for_version:
            raise ConflictError(self.entity, record_id, for_version, obj.version)
        return obj  # type: ignore[return-value]

    def _apply(self, session: Session, obj: M, values: Mapping[str, Any], *, creating: bool) -> None:
        errors = FieldErrors()
        table = self.model.__table__
        for name, value in values.items():
            if name in SYSTEM_COLUMNS:
                errors.add(name, "is managed by the application and cannot be set")
            elif name in table.c:
                cleaned = clean_column_value(table.c[name], value, name, errors)
                if name not in errors.errors:
                    self._check_reference(session, table.c[name], cleaned, name, errors)
                    setattr(obj, name, cleaned)
            else:
                self._apply_special(session, obj, name, value, errors)
        self._derive(session, obj, errors)
        if creating:
            for column in table.c:
                if (
                    column.name not in SYSTEM_COLUMNS
                    and not column.nullable
                    and column.default is None
                    and getattr(obj, column.key, None) is None
                ):
                    errors.add(column.name, "is required")
        errors.raise_if_any()

    @staticmethod
    def _check_reference(session: Session, column: Any, value: Any, name: str, errors: FieldErrors) -> None:
        """A clear message for a link to a record that does not exist, instead of an integrity error."""
        if value is None or not column.foreign_keys:
            return
        target = next(iter(column.foreign_keys)).column
        model = model_for_table(target.table.name)
        if session.scalar(select(func.count()).select_from(model).where(and_(target == value))) == 0:
            errors.add(name, f"refers to {target.table.name} {value!r}, which does not exist")

    def _to_dto(self, obj: M) -> D:
        extra = self._extra_dto_fields(obj)
        values = {f.name: extra[f.name] if f.name in extra else getattr(obj, f.name) for f in fields(self.dto)}
        return self.dto(**values)  # type: ignore[return-value]
