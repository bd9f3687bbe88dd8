"""The sales pipeline: open deals by stage (with a bar chart) and by owner, and a forecast of expected
closings by month of the chosen calendar, weighted by each deal's probability.

Built from OpportunityService (open deals of one pipeline, a page of 10,000 at a time) and the
pipeline's stages. Amounts are summed per currency: the app stores rates only when a user enters them,
so converting would silently mix known and unknown rates; each total cell lists one line per currency.
"""

from __future__ import annotations

from collections import defaultdict
from typing import Any

from crm_desktop.errors import CrmError
from crm_desktop.services.dto import OpportunityDTO
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.text.calendars import month_name, to_calendar

from .context import ReportContext
from .document import Story
from .errors import ReportError
from .flowables import Column
from .names import user_name, user_names
from .texts import tr_default

FILTERS = ("pipeline_id", "user_id")
PAGE = 10_000


class _Sums:
    def __init__(self) -> None:
        self.count = 0
        self.amount: dict[str, int] = defaultdict(int)
        self.weighted: dict[str, int] = defaultdict(int)

    def add(self, deal: OpportunityDTO) -> None:
        self.count += 1
        self.amount[deal.currency] += deal.amount_minor
        self.weighted[deal.currency] += round(deal.amount_minor * deal.probability / 100)


def _money_lines(ctx: ReportContext, sums: dict[str, int]) -> str:
    return "\n".join(ctx.money(sums[c], c) for c in sorted(sums))


def _open_deals(ctx: ReportContext, pipeline_id: int, owner: int | None) -> list[OpportunityDTO]:
    service = OpportunityService(ctx.db, ctx.options.user_id)
    filters: dict[str, Any] = {"pipeline_id": pipeline_id, "status": "open"}
    if owner is not None:
        filters["owner_id"] = owner
    deals: list[OpportunityDTO] = []
    after = None
    while True:
        ctx.check_cancel()
        page = service.list(filters=filters, after=after, limit=PAGE)
        deals.extend(page)
        if len(page) < PAGE:
            return deals
        after = service.page_key(page[-1])


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    pipelines = PipelineService(ctx.db, ctx.options.user_id)
    if filters.get("pipeline_id") not in (None, ""):
        try:
            pipeline = pipelines.get(int(filters["pipeline_id"]))
        except (CrmError, ValueError):
            raise ReportError(f"there is no pipeline with id {filters['pipeline_id']!r}") from None
    else:
        found = pipelines.list(limit=100)
        default = [p for p in found if p.is_default] or found
        if not default:
            story.opening(ctx.t("pipeline"), [], ctx.t("n_deals", ctx.number(0)))
            story.empty()
            return 0
        pipeline = default[0]
    owner = int(filters["user_id"]) if filters.get("user_id") not in (None, "") else None
    lines = [ctx.t("f_pipeline", tr_default(pipeline.name, ctx.lang))]
    if owner is not None:
        lines.append(ctx.t("f_owner", user_name(ctx, owner)))
    deals = _open_deals(ctx, pipeline.id, owner)
    story.opening(ctx.t("pipeline"), lines, ctx.t("n_deals", ctx.number(len(deals))))
    if not deals:
        story.empty()
        return 0
    stages = [s for s in pipelines.stages(pipeline.id) if not s.is_won and not s.is_lost]
    by_stage: dict[int, _Sums] = defaultdict(_Sums)
    by_owner: dict[int | None, _Sums] = defaultdict(_Sums)
    by_month: dict[tuple[int, int] | None, _Sums] = defaultdict(_Sums)
    calendar = ctx.options.calendar
    for deal in deals:
        by_stage[deal.stage_id].add(deal)
        by_owner[deal.owner_id].add(deal)
        key = tuple(to_calendar(deal.expected_close, calendar)[:2]) if deal.expected_close else None
        by_month[key].add(deal)  # type: ignore[index]
    money_columns = [Column(ctx.t("deals"), 0.6, numeric=True), Column(ctx.t("amount"), 1.6, numeric=True)]
    money_columns.append(Column(ctx.t("weighted"), 1.6, numeric=True))

    story.heading(ctx.t("s_by_stage"))
    stage_rows = []
    chart = []
    for stage in stages:
        sums = by_stage.get(stage.id, _Sums())
        name = tr_default(stage.name, ctx.lang)
        label = f"{name} ({ctx.percent(stage.probability)})"
        stage_rows.append(
            [label, ctx.number(sums.count), _money_lines(ctx, sums.amount), _money_lines(ctx, sums.weighted)]
        )
        chart.append((name, sums.count, ctx.number(sums.count)))
    story.table([Column(ctx.t("stage"), 1.4, bold=True), *money_columns], stage_rows, auto=False)
    story.heading(ctx.t("chart_stage"), size=10)
    story.chart(chart)

    story.heading(ctx.t("s_by_owner"))
    users = user_names(ctx)
    owners = sorted(by_owner, key=lambda o: (-by_owner[o].count, users.get(o or 0, "")))
    owner_rows = [
        [
            users.get(o or 0, "") if o is not None else ctx.t("nobody"),
            ctx.number(by_owner[o].count),
            _money_lines(ctx, by_owner[o].amount),
            _money_lines(ctx, by_owner[o].weighted),
        ]
        for o in owners
    ]
    story.table([Column(ctx.t("owner"), 1.4, bold=True), *money_columns], owner_rows, auto=False)

    story.heading(ctx.t("s_forecast"))
    months = sorted((k for k in by_month if k is not None), key=lambda k: k) + ([None] if None in by_month else [])
    month_rows = []
    for key in months:
        sums = by_month[key]
        label = (
            ctx.t("no_close_date")
            if key is None
            else f"{month_name(key[1], calendar, ctx.lang)} {ctx.digits(str(key[0]))}"
        )
        month_rows.append(
            [label, ctx.number(sums.count), _money_lines(ctx, sums.amount), _money_lines(ctx, sums.weighted)]
        )
    story.table([Column(ctx.t("month"), 1.4, bold=True), *money_columns], month_rows, auto=False)
    story.note(ctx.t("currency_note"))
    return len(deals)
