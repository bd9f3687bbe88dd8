"""Possible duplicates: the pairs DuplicateService finds (best first), each with its score and reasons,
so someone can go through them on paper before merging in the app."""

from __future__ import annotations

from typing import Any

from crm_desktop.errors import CrmError
from crm_desktop.services.duplicates import DEFAULT_MIN_SCORE, ENTITIES, DuplicateRecord, DuplicateService, Reason
from crm_desktop.text.bidi import isolate

from .context import ReportContext
from .document import Story
from .errors import ReportError
from .flowables import Column

FILTERS = ("entity", "min_score")
LIMIT = 5_000


def _record(record: DuplicateRecord) -> str:
    return f"{record.title}\n{record.subtitle}" if record.subtitle else record.title


def _reason(ctx: ReportContext, reason: Reason) -> str:
    key = f"d_{reason.code}"
    try:
        if reason.code == "similar_name":
            return ctx.t(key, ctx.percent(int(reason.detail or 0)))
        text = ctx.t(key)
    except KeyError:
        return reason.text
    return f"{text}: {isolate(reason.detail)}" if reason.detail else text


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    entity = str(filters.get("entity") or "contacts")
    if entity not in ENTITIES:
        raise ReportError(f"unknown record type {entity!r}; choose contacts or companies")
    try:
        min_score = int(filters.get("min_score") or DEFAULT_MIN_SCORE)
    except (TypeError, ValueError):
        raise ReportError("the minimum score must be a whole number from 0 to 100") from None
    if not 0 <= min_score <= 100:
        raise ReportError("the minimum score must be a whole number from 0 to 100")
    try:
        scan = DuplicateService(ctx.db, ctx.options.user_id).find(entity, min_score=min_score, limit=LIMIT)
    except CrmError as exc:
        raise ReportError(str(exc)) from None
    lines = [ctx.t(f"f_entity_{entity}"), ctx.t("f_min_score", ctx.number(min_score))]
    lines.append(ctx.t("scanned", ctx.number(scan.records), ctx.number(scan.compared)))
    story.opening(ctx.t("duplicates"), lines, ctx.t("n_pairs", ctx.number(len(scan.pairs))))
    if not scan.pairs:
        story.empty()
        return 0
    columns = [
        Column(ctx.t("score"), 0.5, numeric=True, bold=True),
        Column(ctx.t("record"), 2.2),
        Column(ctx.t("same_as"), 2.2),
        Column(ctx.t("reasons"), 2.0),
    ]
    rows = [
        [
            ctx.number(pair.score),
            _record(pair.first),
            _record(pair.second),
            "\n".join(_reason(ctx, r) for r in pair.reasons),
        ]
        for pair in scan.pairs
    ]
    story.table(columns, rows, auto=False)
    return len(rows)
