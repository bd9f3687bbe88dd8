"""Rows for the big lists (contacts, companies): ids by page through an index, then just the shown columns.

A list view holds a row count and a few pages, never the table (DESIGN.md, after Anki's browser): the ids
of a page come from the sort index (``OFFSET`` over an index-only scan stays in milliseconds at any depth
of a million rows), and the columns of those ids are read in one small query.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import Select, and_, exists, func, or_, select
from sqlalchemy.orm import aliased

from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Company,
    Contact,
    EmailAddress,
    Opportunity,
    PhoneNumber,
    Tag,
    User,
    company_tags,
    contact_tags,
)
from crm_desktop.errors import ValidationError
from crm_desktop.text.normalize import normalize_for_search

from .privacy import visible
from .validation import FieldErrors, parse_datetime

# Sort orders a list offers, each backed by an index so re-sorting a million rows stays under a second.
CONTACT_SORTS = {"name": (Contact.sort_key, Contact.id), "updated": (Contact.updated_at, Contact.id)}
COMPANY_SORTS = {"name": (Company.sort_key, Company.id), "updated": (Company.updated_at, Company.id)}


@dataclass(frozen=True)
class ContactRow:
    id: int
    display_name: str
    company_id: int | None
    company_name: str | None
    job_title: str | None
    email: str | None
    phone: str | None
    lifecycle_stage: str
    owner_name: str | None
    last_contacted_at: datetime | None
    updated_at: datetime
    version: int


@dataclass(frozen=True)
class CompanyRow:
    id: int
    name: str
    industry: str | None
    website: str | None
    email: str | None
    phone: str | None
    people: int
    parent_name: str | None
    owner_name: str | None
    updated_at: datetime
    version: int


def _primary(model: type, value: Any, owner: Any) -> Any:
    return select(value).where(owner).order_by(model.is_primary.desc(), model.position).limit(1).scalar_subquery()


def _name_and_tag(model: Any, link: Any, link_column: Any, key: str, value: Any) -> Any | None:
    """The two filters every list has: part of the name (normalised) and a tag (any spelling)."""
    if key == "query":
        return model.name_search.contains(normalize_for_search(str(value)), autoescape=True)
    if key == "tag":
        tag_ids = select(Tag.id).where(Tag.name_search == normalize_for_search(str(value)))
        return exists().where(link_column == model.id, link.c.tag_id.in_(tag_ids))
    return None


def contact_conditions(filters: Mapping[str, Any]) -> list[Any]:
    """SQL conditions for the contact filters a list, a saved search or a report can use."""
    errors = FieldErrors()
    conditions: list[Any] = [Contact.deleted_at.is_(None)]
    for key, value in filters.items():
        if value in (None, ""):
            continue
        common = _name_and_tag(Contact, contact_tags, contact_tags.c.contact_id, key, value)
        if common is not None:
            conditions.append(common)
        elif key in ("owner_id", "company_id", "lifecycle_stage"):
            conditions.append(getattr(Contact, key) == value)
        elif key == "has_open_deal":
            open_deal = exists().where(
                Opportunity.contact_id == Contact.id, Opportunity.status == "open", Opportunity.deleted_at.is_(None)
            )
            conditions.append(open_deal if value else ~open_deal)
        elif key == "created_after":  # the dashboard's "new contacts this month"
            when = parse_datetime(value, key, errors)
            if when is not None:
                conditions.append(Contact.created_at >= when)
        elif key in ("last_contacted_before", "last_contacted_after"):
            when = parse_datetime(value, key, errors)
            if when is not None and key.endswith("before"):
                conditions.append((Contact.last_contacted_at < when) | Contact.last_contacted_at.is_(None))
            elif when is not None:
                conditions.append(Contact.last_contacted_at >= when)
        else:
            errors.add(key, "is not a contact filter")
    errors.raise_if_any()
    return conditions


def company_conditions(filters: Mapping[str, Any]) -> list[Any]:
    conditions: list[Any] = [Company.deleted_at.is_(None)]
    for key, value in filters.items():
        if value in (None, ""):
            continue
        common = _name_and_tag(Company, company_tags, company_tags.c.company_id, key, value)
        if common is not None:
            conditions.append(common)
        elif key in ("owner_id", "industry", "parent_id"):
            conditions.append(getattr(Company, key) == value)
        else:
            raise ValidationError({key: "is not a company filter"})
    return conditions


class ListingService:
    """Counts, page ids and display rows for the contact and company lists (others' private rows left out)."""

    def __init__(self, db: Database, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def count(self, entity: str, filters: Mapping[str, Any]) -> int:
        model, conditions = self._model_and_conditions(entity, filters)
        with self.db.read() as session:
            conditions += visible(session, model, self.user_id)
            return session.scalar(select(func.count()).select_from(model).where(*conditions)) or 0

    def page_ids(
        self, entity: str, filters: Mapping[str, Any], sort: str, descending: bool, offset: int, limit: int
    ) -> list[int]:
        model, conditions = self._model_and_conditions(entity, filters)
        sorts = CONTACT_SORTS if entity == "contacts" else COMPANY_SORTS
        if sort not in sorts:
            raise ValidationError({"sort": f"{entity} cannot be sorted by {sort}"})
        order = [c.desc() for c in sorts[sort]] if descending else list(sorts[sort])
        query: Select[Any] = select(model.id).where(*conditions).order_by(*order).offset(offset).limit(limit)
        with self.db.read() as session:
            return list(session.scalars(query.where(*visible(session, model, self.user_id))))

    def position(
        self, entity: str, filters: Mapping[str, Any], sort: str, descending: bool, record_id: int
    ) -> int | None:
        """Where ``record_id`` stands in the sorted, filtered list (None if the filters leave it out).

        Counts the rows before it over the sort index, so a view can keep a record selected after a
        refresh without loading the pages in between.
        """
        model, conditions = self._model_and_conditions(entity, filters)
        key_column, id_column = (CONTACT_SORTS if entity == "contacts" else COMPANY_SORTS)[sort]
        with self.db.read() as session:
            conditions += visible(session, model, self.user_id)
            key = session.scalar(select(key_column).where(model.id == record_id, *conditions))
            if key is None:
                return None
            if descending:
                before = or_(key_column > key, and_(key_column == key, id_column > record_id))
            else:
                before = or_(key_column < key, and_(key_column == key, id_column < record_id))
            return session.scalar(select(func.count()).select_from(model).where(*conditions, before)) or 0

    def contact_rows(self, ids: list[int]) -> list[ContactRow]:
        """Rows for ``ids``, in the same order (missing ids, e.g. just deleted, are left out)."""
        owner = User.__table__.alias("owner")
        query = (
            select(
                Contact.id,
                Contact.display_name,
                Company.id,  # None with the name when the company is someone else's private one
                Company.name,
                Contact.job_title,
                _primary(EmailAddress, EmailAddress.address, EmailAddress.contact_id == Contact.id),
                _primary(PhoneNumber, PhoneNumber.raw, PhoneNumber.contact_id == Contact.id),
                Contact.lifecycle_stage,
                owner.c.display_name,
                Contact.last_contacted_at,
                Contact.updated_at,
                Contact.version,
            )
            .outerjoin(owner, owner.c.id == Contact.owner_id)
            .where(Contact.id.in_(ids))
        )
        with self.db.read() as session:
            company = and_(Company.id == Contact.company_id, *visible(session, Company, self.user_id))
            query = query.outerjoin(Company, company).where(*visible(session, Contact, self.user_id))
            found = {row[0]: ContactRow(*row) for row in session.execute(query)}
        return [found[i] for i in ids if i in found]

    def company_rows(self, ids: list[int]) -> list[CompanyRow]:
        owner = User.__table__.alias("owner")
        parent = aliased(Company, name="parent")
        people = (
            select(func.count())
            .where(and_(Contact.company_id == Company.id, Contact.deleted_at.is_(None)))
            .scalar_subquery()
        )
        query = (
            select(
                Company.id,
                Company.name,
                Company.industry,
                Company.website,
                _primary(EmailAddress, EmailAddress.address, EmailAddress.company_id == Company.id),
                _primary(PhoneNumber, PhoneNumber.raw, PhoneNumber.company_id == Company.id),
                people,
                parent.name,
                owner.c.display_name,
                Company.updated_at,
                Company.version,
            )
            .outerjoin(owner, owner.c.id == Company.owner_id)
            .where(Company.id.in_(ids))
        )
        with self.db.read() as session:
            parent_shown = and_(parent.id == Company.parent_id, *visible(session, parent, self.user_id))
            query = query.outerjoin(parent, parent_shown).where(*visible(session, Company, self.user_id))
            found = {row[0]: CompanyRow(*row) for row in session.execute(query)}
        return [found[i] for i in ids if i in found]

    @staticmethod
    def _model_and_conditions(entity: str, filters: Mapping[str, Any]) -> tuple[type, list[Any]]:
        if entity == "contacts":
            return Contact, contact_conditions(filters)
        if entity == "companies":
            return Company, company_conditions(filters)
        raise ValidationError({"entity": f"{entity!r} has no list"})
