"""Reading many contacts with everything they hold, page by page, for exports (CSV/XLSX columns, vCards).

A list export must not load a million contacts at once: ids come a page at a time in the list's own order
(ListingService), then the full records of that page in one query with their emails, phones, addresses
and tags (selectin loads), converted to DTOs inside the read session.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any

from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Blob, Company, Contact, User

from .dto import ContactDTO
from .listing import ListingService
from .people import ContactService

PAGE = 1_000


def contact_id_pages(
    db: Database, filters: Mapping[str, Any] | None = None, ids: list[int] | None = None, page: int = PAGE
) -> Iterator[list[int]]:
    """Ids of the contacts to export, in pages: the given ``ids`` (a selection), else the filtered list by name."""
    if ids is not None:
        for start in range(0, len(ids), page):
            yield ids[start : start + page]
        return
    listing = ListingService(db)
    offset = 0
    while True:
        chunk = listing.page_ids("contacts", filters or {}, "name", False, offset, page)
        if not chunk:
            return
        yield chunk
        offset += len(chunk)


def contact_details(db: Database, ids: list[int]) -> list[ContactDTO]:
    """Full records for ``ids`` (in that order; deleted or missing ids are left out)."""
    service = ContactService(db)
    query = service._base_query().where(Contact.id.in_(ids))
    with db.read() as session:
        found = {obj.id: service._to_dto(obj) for obj in session.scalars(query)}
    return [found[i] for i in ids if i in found]


def company_names(db: Database, ids: set[int]) -> dict[int, str]:
    if not ids:
        return {}
    with db.read() as session:
        return {row[0]: row[1] for row in session.execute(select(Company.id, Company.name).where(Company.id.in_(ids)))}


def user_names(db: Database) -> dict[int, str]:
    with db.read() as session:
        return {row[0]: row[1] for row in session.execute(select(User.id, User.display_name))}


def contact_photos(db: Database, ids: list[int]) -> dict[int, bytes]:
    """Photo bytes of the contacts among ``ids`` that have one."""
    query = select(Contact.id, Blob.data).join(Blob, Blob.sha256 == Contact.photo_sha256).where(Contact.id.in_(ids))
    with db.read() as session:
        return {row[0]: row[1] for row in session.execute(query)}
