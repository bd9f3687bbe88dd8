"""A contact's or a company's whole file: details, (people,) timeline, open deals, upcoming
appointments and documents, each read through its service."""

from __future__ import annotations

import re
from typing import Any

from crm_desktop.errors import CrmError
from crm_desktop.services.activities import AppointmentService
from crm_desktop.services.dto import AddressDTO, AppointmentDTO, CompanyDTO, ContactDTO, DocumentDTO, OpportunityDTO
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.timeline import MAX_ITEMS, TimelineItem, TimelineService
from crm_desktop.text.bidi import isolate

from .context import ReportContext
from .directory import stage_name
from .document import Story
from .errors import ReportError
from .flowables import Column
from .texts import tr_default

FILTERS = ("contact_id", "company_id")
LIMIT = 10_000
_MINUTES = re.compile(r"(\d+) min$")


def _id(value: Any, what: str) -> int:
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ReportError(f"the {what} id must be a whole number, not {value!r}") from None
    if number <= 0:
        raise ReportError(f"the {what} id must be a positive number")
    return number


def _points(ctx: ReportContext, items: tuple[Any, ...], attr: str) -> str:
    lines = []
    for item in items:
        value = getattr(item, attr)
        lines.append(f"{value} ({item.label})" if item.label else value)
    return "\n".join(lines)


def _address(ctx: ReportContext, address: AddressDTO) -> str:
    parts = [address.street, address.postal_code, address.city, address.region, address.country]
    text = ctx.join([p for p in parts if p])
    return f"{text} ({address.label})" if address.label and text else text


def _custom(fields: dict[str, Any]) -> list[tuple[str, str]]:
    return [(str(key), str(value)) for key, value in sorted(fields.items()) if value not in (None, "")]


def _user_names(ctx: ReportContext) -> dict[int, str]:
    return {u.id: u.display_name for u in UserService(ctx.db).list(limit=LIMIT)}


def _stage_names(ctx: ReportContext) -> dict[int, str]:
    pipelines = PipelineService(ctx.db)
    names: dict[int, str] = {}
    for pipeline in pipelines.list(limit=1000):
        names.update({s.id: tr_default(s.name, ctx.lang) for s in pipelines.stages(pipeline.id)})
    return names


def _contact_details(ctx: ReportContext, contact: ContactDTO, users: dict[int, str]) -> list[tuple[str, str]]:
    company = ""
    if contact.company_id:
        try:
            company = CompanyService(ctx.db, ctx.options.user_id).get(contact.company_id).name
        except CrmError:
            company = ""
    pairs = [
        (ctx.t("job_title"), contact.job_title or ""),
        (ctx.t("company"), company),
        (ctx.t("stage"), stage_name(ctx, contact.lifecycle_stage)),
        (ctx.t("owner"), users.get(contact.owner_id or 0, "")),
        (ctx.t("emails"), _points(ctx, contact.emails, "address")),
        (ctx.t("phones"), _points(ctx, contact.phones, "raw")),
        (ctx.t("addresses"), "\n".join(_address(ctx, a) for a in contact.addresses)),
        (ctx.t("tags"), ctx.join(list(contact.tags))),
        (ctx.t("birthday"), ctx.date(contact.birthday, "long")),
        (ctx.t("source"), contact.source or ""),
        (ctx.t("last_contacted"), ctx.datetime(contact.last_contacted_at)),
    ]
    return [*pairs, *_custom(contact.custom_fields), (ctx.t("notes"), contact.notes or "")]


def _company_details(ctx: ReportContext, company: CompanyDTO, users: dict[int, str]) -> list[tuple[str, str]]:
    parent = ""
    if company.parent_id:
        try:
            parent = CompanyService(ctx.db, ctx.options.user_id).get(company.parent_id).name
        except CrmError:
            parent = ""
    pairs = [
        (ctx.t("industry"), company.industry or ""),
        (ctx.t("website"), company.website or ""),
        (ctx.t("company_size"), company.size or ""),
        (ctx.t("parent"), parent),
        (ctx.t("owner"), users.get(company.owner_id or 0, "")),
        (ctx.t("emails"), _points(ctx, company.emails, "address")),
        (ctx.t("phones"), _points(ctx, company.phones, "raw")),
        (ctx.t("addresses"), "\n".join(_address(ctx, a) for a in company.addresses)),
        (ctx.t("tags"), ctx.join(list(company.tags))),
    ]
    return [*pairs, *_custom(company.custom_fields), (ctx.t("notes"), company.notes or "")]


def _timeline_rows(
    ctx: ReportContext, items: list[TimelineItem], deals: dict[int, OpportunityDTO], documents: dict[int, DocumentDTO]
) -> list[list[str]]:
    rows = []
    for index, item in enumerate(items):
        if index % 500 == 0:
            ctx.check_cancel()
        kind = ctx.t(f"k_{item.kind}")
        if item.done:
            kind = f"{kind} ({ctx.t('done')})"
        detail = item.detail
        if item.entity == "opportunities" and item.id in deals:
            deal = deals[item.id]
            detail = f"{isolate(ctx.money(deal.amount_minor, deal.currency))} · {isolate(ctx.t('st_' + deal.status))}"
        elif item.entity == "documents" and item.id in documents:
            document = documents[item.id]
            detail = f"{isolate(document.file_name)} · {isolate(ctx.size(document.size))}"
        elif item.entity == "activities" and (match := _MINUTES.search(detail)):
            detail = detail[: match.start()] + isolate(ctx.t("minutes", ctx.number(int(match.group(1)))))
        elif item.entity == "email_messages" and detail[:2] in ("← ", "→ "):
            detail = ctx.t("mail_in" if detail[0] == "←" else "mail_out", isolate(detail[2:]))
        rows.append([ctx.datetime(item.when), kind, item.title, detail])
    return rows


def _deal_rows(ctx: ReportContext, deals: list[OpportunityDTO], stages: dict[int, str]) -> list[list[str]]:
    return [
        [
            d.title,
            stages.get(d.stage_id, ""),
            ctx.money(d.amount_minor, d.currency),
            ctx.percent(d.probability),
            ctx.date(d.expected_close),
        ]
        for d in deals
        if d.status == "open"
    ]


def _appointment_rows(ctx: ReportContext, appointments: list[AppointmentDTO]) -> list[list[str]]:
    return [[ctx.datetime(a.starts_at), a.title, a.location or ""] for a in appointments]


def _document_rows(ctx: ReportContext, documents: list[DocumentDTO]) -> list[list[str]]:
    return [[d.title, d.file_name, ctx.size(d.size), ctx.date(d.created_at)] for d in documents]


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    contact_id, company_id = filters.get("contact_id"), filters.get("company_id")
    if (contact_id is None) == (company_id is None):
        raise ReportError("the profile report needs either a contact id or a company id")
    users = _user_names(ctx)
    link: dict[str, Any]
    try:
        if contact_id is not None:
            contact = ContactService(ctx.db, ctx.options.user_id).get(_id(contact_id, "contact"))
            link = {"contact_id": contact.id}
            story.opening(ctx.t("profile_contact"), [], None)
            story.heading(contact.display_name, size=14, space_before=0)
            details = _contact_details(ctx, contact, users)
            timeline = TimelineService(ctx.db, ctx.options.user_id).for_contact(contact.id)
            appointment_filter: dict[str, Any] = {"attendee_id": contact.id}
            people: list[ContactDTO] = []
        else:
            company = CompanyService(ctx.db, ctx.options.user_id).get(_id(company_id, "company"))
            link = {"company_id": company.id}
            story.opening(ctx.t("profile_company"), [], None)
            story.heading(company.name, size=14, space_before=0)
            details = _company_details(ctx, company, users)
            timeline = TimelineService(ctx.db, ctx.options.user_id).for_company(company.id)
            appointment_filter = {"company_id": company.id}
            people = CompanyService(ctx.db, ctx.options.user_id).people(company.id)
    except ReportError:
        raise
    except CrmError as exc:
        raise ReportError(str(exc)) from None
    ctx.check_cancel()
    deals = OpportunityService(ctx.db, ctx.options.user_id).list(filters=link, limit=LIMIT)
    documents = DocumentService(ctx.db, ctx.options.user_id).list(filters=link, limit=LIMIT)
    now = ctx.now
    appointments = AppointmentService(ctx.db, ctx.options.user_id)
    upcoming = appointments.list(filters=appointment_filter, after=(now, 0), limit=500)

    story.heading(ctx.t("s_details"))
    story.details(details)
    if people:
        story.heading(ctx.t("s_people"))
        columns = [Column(ctx.t(k)) for k in ("name", "job_title", "email", "phone")]
        story.table(
            columns, [[p.display_name, p.job_title or "", p.primary_email or "", p.primary_phone or ""] for p in people]
        )
    story.heading(ctx.t("s_deals"))
    stages = _stage_names(ctx)
    deal_columns = [
        Column(ctx.t(k), numeric=k in ("amount", "probability"))
        for k in ("title", "stage", "amount", "probability", "expected_close")
    ]
    story.table(deal_columns, _deal_rows(ctx, deals, stages))
    story.heading(ctx.t("s_appointments"))
    story.table([Column(ctx.t(k)) for k in ("date", "title", "location")], _appointment_rows(ctx, upcoming))
    story.heading(ctx.t("s_documents"))
    story.table(
        [Column(ctx.t(k), numeric=k == "size") for k in ("title", "file", "size", "date")],
        _document_rows(ctx, documents),
    )
    story.heading(ctx.t("s_timeline"))
    if len(timeline) >= MAX_ITEMS:
        story.note(ctx.t("truncated", ctx.number(MAX_ITEMS)))
    rows = _timeline_rows(ctx, timeline, {d.id: d for d in deals}, {d.id: d for d in documents})
    story.table([Column(ctx.t(k)) for k in ("date", "kind", "subject", "detail")], rows)
    return len(rows)
