"""Contact directory: contacts sorted by name, filtered by tag, owner, stage, company, name or a saved
search, with the columns the user chose. Rows come from ListingService a thousand ids at a time, so a
100,000-contact directory never holds more than the rows it is printing."""

from __future__ import annotations

from typing import Any

from crm_desktop.db.models import LIFECYCLE_STAGES
from crm_desktop.errors import CrmError
from crm_desktop.services.listing import ContactRow, ListingService
from crm_desktop.services.people import CompanyService, UserService
from crm_desktop.services.saved_searches import SavedSearchService

from .context import ReportContext
from .document import Story
from .errors import ReportError
from .flowables import Column

# key: (title key, weight, numeric)
COLUMNS: dict[str, tuple[str, float, bool]] = {
    "name": ("name", 1.6, False),
    "company": ("company", 1.5, False),
    "job_title": ("job_title", 1.3, False),
    "email": ("email", 1.7, False),
    "phone": ("phone", 1.1, False),
    "stage": ("stage", 0.8, False),
    "owner": ("owner", 1.0, False),
    "last_contacted": ("last_contacted", 0.9, False),
}
DEFAULT_COLUMNS = ("name", "company", "email", "phone", "stage", "owner")
FILTERS = ("tag", "user_id", "stage", "saved_search", "company_id", "query", "columns")
BATCH = 1000


def stage_name(ctx: ReportContext, stage: str) -> str:
    return ctx.t(stage) if stage in LIFECYCLE_STAGES else stage


def _value(ctx: ReportContext, row: ContactRow, key: str) -> str:
    if key == "name":
        return row.display_name
    if key == "company":
        return row.company_name or ""
    if key == "job_title":
        return row.job_title or ""
    if key == "email":
        return row.email or ""
    if key == "phone":
        return row.phone or ""
    if key == "stage":
        return stage_name(ctx, row.lifecycle_stage)
    if key == "owner":
        return row.owner_name or ""
    if key == "last_contacted":
        return ctx.date(row.last_contacted_at)
    raise KeyError(key)


def columns_from(value: Any) -> list[str]:
    if value in (None, "", []):
        return list(DEFAULT_COLUMNS)
    keys = [k.strip() for k in value.split(",")] if isinstance(value, str) else [str(k) for k in value]
    keys = [k for k in keys if k]
    unknown = [k for k in keys if k not in COLUMNS]
    if unknown:
        raise ReportError(f"unknown column {', '.join(unknown)}; choose from {', '.join(COLUMNS)}")
    return list(dict.fromkeys(keys)) or list(DEFAULT_COLUMNS)


def _saved_search(ctx: ReportContext, key: Any) -> tuple[str, dict[str, Any]]:
    searches = SavedSearchService(ctx.db, ctx.options.user_id).list("contacts")
    for search in searches:
        if str(search.id) == str(key) or search.name == str(key):
            return search.name, dict(search.filters)
    raise ReportError(f"there is no saved contact search {key!r}")


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    keys = columns_from(filters.get("columns"))
    query: dict[str, Any] = {}
    lines: list[str] = []
    if filters.get("saved_search") not in (None, ""):
        name, saved = _saved_search(ctx, filters["saved_search"])
        query.update(saved)
        lines.append(ctx.t("f_saved", name))
    for key, target in (("tag", "tag"), ("user_id", "owner_id"), ("stage", "lifecycle_stage")):
        if filters.get(key) not in (None, ""):
            query[target] = filters[key]
    for key in ("company_id", "query"):
        if filters.get(key) not in (None, ""):
            query[key] = filters[key]
    if query.get("tag"):
        lines.append(ctx.t("f_tag", query["tag"]))
    if query.get("owner_id"):
        try:
            lines.append(ctx.t("f_owner", UserService(ctx.db).get(int(query["owner_id"])).display_name))
        except (CrmError, ValueError):
            raise ReportError(f"there is no user with id {query['owner_id']!r}") from None
    if query.get("lifecycle_stage") and query["lifecycle_stage"] not in LIFECYCLE_STAGES:
        raise ReportError(f"unknown stage {query['lifecycle_stage']!r}; choose {', '.join(LIFECYCLE_STAGES)}")
    if query.get("lifecycle_stage"):
        lines.append(ctx.t("f_stage", stage_name(ctx, query["lifecycle_stage"])))
    if query.get("company_id"):
        try:
            company = CompanyService(ctx.db, ctx.options.user_id).get(int(query["company_id"]))
            lines.append(ctx.t("f_company", company.name))
        except (CrmError, ValueError):
            raise ReportError(f"there is no company with id {query['company_id']!r}") from None
    if query.get("query"):
        lines.append(ctx.t("f_query", query["query"]))

    listing = ListingService(ctx.db, ctx.options.user_id)  # the acting user's view: private rows for owner/admins
    total = listing.count("contacts", query)
    title = ctx.t("directory")
    story.opening(title, lines, ctx.t("n_contacts", ctx.number(total)))
    if total == 0:
        story.empty()
        return 0
    rows: list[list[str]] = []
    offset = 0
    while True:
        ctx.check_cancel()
        ids = listing.page_ids("contacts", query, "name", False, offset, BATCH)
        if not ids:
            break
        for row in listing.contact_rows(ids):
            rows.append([_value(ctx, row, key) for key in keys])
        offset += len(ids)
    columns = [Column(ctx.t(COLUMNS[k][0]), COLUMNS[k][1], COLUMNS[k][2], bold=k == "name") for k in keys]
    story.wide = len(keys) >= 5
    story.table(columns, rows)
    return len(rows)
