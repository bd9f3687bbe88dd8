"""Names for ids, read in batches through the services (one query per thousand rows, not one per row)."""

from __future__ import annotations

from collections.abc import Iterable

from crm_desktop.errors import CrmError
from crm_desktop.services.listing import ListingService
from crm_desktop.services.people import UserService

from .context import ReportContext
from .errors import ReportError

BATCH = 1000


def user_names(ctx: ReportContext) -> dict[int, str]:
    return {u.id: u.display_name for u in UserService(ctx.db).list(limit=10_000)}


def user_name(ctx: ReportContext, user_id: object) -> str:
    """The display name of a user filter, or a ReportError that names the bad id."""
    try:
        return UserService(ctx.db).get(int(str(user_id))).display_name
    except (CrmError, ValueError):
        raise ReportError(f"there is no user with id {user_id!r}") from None


def contact_names(ctx: ReportContext, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i})
    listing = ListingService(ctx.db, ctx.options.user_id)  # others' private records: no name
    names: dict[int, str] = {}
    for start in range(0, len(wanted), BATCH):
        names.update({r.id: r.display_name for r in listing.contact_rows(wanted[start : start + BATCH])})
    return names


def company_names(ctx: ReportContext, ids: Iterable[int | None]) -> dict[int, str]:
    wanted = sorted({i for i in ids if i})
    listing = ListingService(ctx.db, ctx.options.user_id)  # others' private records: no name
    names: dict[int, str] = {}
    for start in range(0, len(wanted), BATCH):
        names.update({r.id: r.name for r in listing.company_rows(wanted[start : start + BATCH])})
    return names
