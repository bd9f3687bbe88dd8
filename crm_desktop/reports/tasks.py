"""Open tasks of one user (or everyone), grouped as the "My tasks" page groups them: overdue, today,
upcoming, no due date; "today" is the day in the report's time zone (TaskService buckets there)."""

from __future__ import annotations

from typing import Any

from crm_desktop.db.models import Activity
from crm_desktop.services.dto import ActivityDTO, TaskBuckets
from crm_desktop.services.tasks import TaskService

from .context import ReportContext
from .document import Story
from .flowables import Column
from .names import company_names, contact_names, user_name, user_names
from .queries import hidden_ids

FILTERS = ("user_id",)
GROUPS = ("overdue", "today", "upcoming", "no_date")


def build(ctx: ReportContext, story: Story, filters: dict[str, Any]) -> int:
    user_id = int(filters["user_id"]) if filters.get("user_id") not in (None, "") else None
    line = ctx.t("f_user", user_name(ctx, user_id) if user_id is not None else ctx.t("all_users"))
    buckets = TaskService(ctx.db, ctx.options.user_id).my_tasks(user_id, now=ctx.now, tz=ctx.zone_name)
    private = (t.id for g in GROUPS for t in getattr(buckets, g) if t.is_private)
    if hidden := hidden_ids(ctx.db, Activity, ctx.options.user_id, private):  # my_tasks reads every open task
        kept = {g: [t for t in getattr(buckets, g) if t.id not in hidden] for g in GROUPS}
        buckets = TaskBuckets(**kept)
    story.opening(ctx.t("tasks"), [line], ctx.t("n_tasks", ctx.number(buckets.total)))
    if buckets.total == 0:
        story.empty()
        return 0
    every: list[ActivityDTO] = [t for g in GROUPS for t in getattr(buckets, g)]
    contacts = contact_names(ctx, (t.contact_id for t in every))
    companies = company_names(ctx, (t.company_id for t in every if not t.contact_id))
    users = user_names(ctx)
    columns = [
        Column(ctx.t("due"), 1.2),
        Column(ctx.t("priority"), 0.7),
        Column(ctx.t("subject"), 2.6),
        Column(ctx.t("linked"), 1.8),
        Column(ctx.t("assignee"), 1.2),
    ]
    for group in GROUPS:
        tasks: list[ActivityDTO] = getattr(buckets, group)
        if not tasks:
            continue
        ctx.check_cancel()
        story.heading(f"{ctx.t(group)} ({ctx.number(len(tasks))})", size=11)
        rows = [
            [
                ctx.datetime(t.due_at),
                ctx.t(f"p{t.priority}") if t.priority in (1, 2, 3) else "",
                t.subject,
                contacts.get(t.contact_id or 0) or companies.get(t.company_id or 0, ""),
                users.get(t.assignee_id or 0, ""),
            ]
            for t in tasks
        ]
        story.table(columns, rows, auto=False)
    return buckets.total
