"""Who did what: activities that happened in a period (calls, meetings, emails, notes, completed tasks),
counted per user with a chart, then listed per user. Default period: the last seven days."""

from __future__ import annotations

from collections import Counter, defaultdict
from datetime import timedelta
from typing import Any

from crm_desktop.db.models import ACTIVITY_KINDS
from crm_desktop.text.bidi import isolate

from .context import ReportContext
from .document import Story
from .errors import ReportError
from .flowables import Column
from .names import company_names, contact_names, user_name, user_names
from .queries import ActivityLine, activities_between

FILTERS = ("date_from", "date_to", "user_id")


def period(ctx: ReportContext, filters: dict[str, Any], default_days: int = 7) -> tuple[Any, Any]:
    """(first day, last day), both included; written in the report's calendar when given as text."""
    last = ctx.parse_day(filters["date_to"], "date_to") if filters.get("date_to") else ctx.today
    if filters.get("date_from"):
        first = ctx.parse_day(filters["date_from"], "date_from")
    else:
        first = last - timedelta(days=default_days - 1)
    if first > last:
        raise ReportError("the period starts after it ends; swap the two dates")
    if (last - first).days > 366 * 5:
        raise ReportError("the period is longer than five years; choose a shorter one")
    return first, last


def _detail(ctx: ReportContext, line: ActivityLine) -> str:
    parts = [isolate(line.outcome) if line.outcome else ""]
    if line.duration_minutes:
        parts.append(isolate(ctx.t("minutes", ctx.number(line.duration_minutes))))
    return " · ".join(p for p in parts if p)


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    first, last = period(ctx, filters)
    user_id = int(filters["user_id"]) if filters.get("user_id") not in (None, "") else None
    lines = [ctx.t("f_period", ctx.date(first), ctx.date(last))]
    lines.append(ctx.t("f_user", user_name(ctx, user_id) if user_id is not None else ctx.t("all_users")))
    found = activities_between(
        ctx.db, ctx.day_start(first), ctx.day_start(last + timedelta(days=1)), user_id, viewer=ctx.options.user_id
    )
    story.opening(ctx.t("activities"), lines, ctx.t("n_activities", ctx.number(len(found))))
    if not found:
        story.empty()
        return 0
    users = user_names(ctx)
    by_user: dict[int | None, list[ActivityLine]] = defaultdict(list)
    for line in found:
        by_user[line.user_id].append(line)
    order = sorted(by_user, key=lambda u: (-len(by_user[u]), users.get(u or 0, "")))

    def who(user: int | None) -> str:
        return users.get(user, "") if user is not None else ctx.t("nobody")

    kinds = [k for k in ACTIVITY_KINDS if any(line.kind == k for line in found)]
    story.heading(ctx.t("s_summary"))
    counts = {user: Counter(line.kind for line in by_user[user]) for user in order}
    columns = [Column(ctx.t("user"), bold=True)]
    columns += [Column(ctx.t(f"k_{k}"), numeric=True) for k in kinds]
    columns.append(Column(ctx.t("total"), numeric=True, bold=True))
    rows = [
        [who(user), *(ctx.number(counts[user][k]) for k in kinds), ctx.number(len(by_user[user]))] for user in order
    ]
    story.table(columns, rows)
    story.heading(ctx.t("chart_activities"), size=10)
    story.chart([(who(user), len(by_user[user]), ctx.number(len(by_user[user]))) for user in order])

    contacts = contact_names(ctx, (line.contact_id for line in found))
    companies = company_names(ctx, (line.company_id for line in found if not line.contact_id))
    detail_columns = [Column(ctx.t(k)) for k in ("date", "kind", "subject", "linked", "detail")]
    for user in order:
        ctx.check_cancel()
        story.heading(who(user))
        story.note(ctx.t("n_activities", ctx.number(len(by_user[user]))))
        story.table(
            detail_columns,
            [
                [
                    ctx.datetime(line.when),
                    ctx.t(f"k_{line.kind}") if line.kind in ACTIVITY_KINDS else line.kind,
                    line.subject,
                    contacts.get(line.contact_id or 0) or companies.get(line.company_id or 0, ""),
                    _detail(ctx, line),
                ]
                for line in by_user[user]
            ],
        )
    return len(found)
