"""Reading many contacts with everything they hold, page by page, for exports (CSV/XLSX columns, vCards).

A list export must not load a million contacts at once: ids come a page at a time in the list's own order
(ListingService), then the full records of that page in one query with their emails, phones, addresses
and tags (selectin loads), converted to DTOs inside the read session.

A list export runs as the acting user (``viewer``): other people's private contacts are left out, as in the
list on screen (services/privacy.py). Only the full archive, which is a backup, reads every contact: it
passes ``EVERYONE``.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from typing import Any, Final, Literal

from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Blob, Company, Contact, User

from .dto import ContactDTO
from .listing import ListingService
from .people import ContactService
from .privacy import visible

PAGE = 1_000
EVERYONE: Final = "everyone"  # the archive (a backup): no privacy filter
Viewer = int | None | Literal["everyone"]


def contact_id_pages(
    db: Database,
    filters: Mapping[str, Any] | None = None,
    ids: list[int] | None = None,
    page: int = PAGE,
    *,
    viewer: Viewer = None,
) -> Iterator[list[int]]:
    """Ids of the contacts to export, in pages: the given ``ids`` (a selection), else the filtered list by name.

    A selection's ids are checked later by ``contact_details`` (which drops what ``viewer`` may not see)."""
    if ids is not None:
        for start in range(0, len(ids), page):
            yield ids[start : start + page]
        return
    if viewer == EVERYONE:  # by id, a page at a time (keyset): a million ids are never held at once
        last = 0
        while True:
            query = select(Contact.id).where(Contact.deleted_at.is_(None), Contact.id > last)
            with db.read() as session:
                chunk = list(session.scalars(query.order_by(Contact.id).limit(page)))
            if not chunk:
                return
            yield chunk
            last = chunk[-1]
    listing = ListingService(db, viewer)  # type: ignore[arg-type]
    offset = 0
    while True:
        chunk = listing.page_ids("contacts", filters or {}, "name", False, offset, page)
        if not chunk:
            return
        yield chunk
        offset += len(chunk)


def contact_details(db: Database, ids: list[int], *, viewer: Viewer = None) -> list[ContactDTO]:
    """Full records for ``ids`` (in that order; deleted, missing or, for ``viewer``, hidden ids are left out)."""
    service = ContactService(db)
    query = service._base_query().where(Contact.id.in_(ids))
    with db.read() as session:
        if viewer != EVERYONE:
            query = query.where(*visible(session, Contact, viewer))  # type: ignore[arg-type]
        found = {obj.id: service._to_dto(obj) for obj in session.scalars(query)}
    return [found[i] for i in ids if i in found]


def company_names(db: Database, ids: set[int], *, viewer: Viewer = EVERYONE) -> dict[int, str]:
    """Names of the companies among ``ids`` (for ``viewer``: without someone else's private ones)."""
    if not ids:
        return {}
    query = select(Company.id, Company.name).where(Company.id.in_(ids))
    with db.read() as session:
        if viewer != EVERYONE:
            query = query.where(*visible(session, Company, viewer))  # type: ignore[arg-type]
        return {row[0]: row[1] for row in session.execute(query)}


def user_names(db: Database) -> dict[int, str]:
    with db.read() as session:
        return {row[0]: row[1] for row in session.execute(select(User.id, User.display_name))}


def contact_photos(db: Database, ids: list[int]) -> dict[int, bytes]:
    """Photo bytes of the contacts among ``ids`` that have one."""
    query = select(Contact.id, Blob.data).join(Blob, Blob.sha256 == Contact.photo_sha256).where(Contact.id.in_(ids))
    with db.read() as session:
        return {row[0]: row[1] for row in session.execute(query)}
