"""Making a report: check the output path and the logo first, read the data through the services into
a story of flowables, lay it out, write the file. The CLI and the GUI both call ``make_report``."""

from __future__ import annotations

import importlib
import threading
import time
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import Database

from .context import ReportContext, ReportOptions
from .document import Story, check_logo, prepare_output, render
from .errors import ReportError


@dataclass(frozen=True)
class ReportSpec:
    name: str
    module: str  # crm_desktop.reports.<module> with build(ctx, story, filters) -> rows and FILTERS
    description: str


REPORTS: dict[str, ReportSpec] = {
    spec.name: spec
    for spec in (
        ReportSpec("directory", "directory", "contacts sorted by name, filtered, with chosen columns"),
        ReportSpec("profile", "profile", "a contact's or a company's full file"),
        ReportSpec("pipeline", "pipeline", "open deals by stage and owner, with a forecast by month"),
        ReportSpec("activities", "activities", "who did what in a period, per user"),
        ReportSpec("agenda", "agenda", "appointments of a day, week or month"),
        ReportSpec(
            "calendar",
            "calendar_grid",
            "a day, work week, week or month grid of appointments, as the Calendar shows it",
        ),
        ReportSpec("tasks", "tasks", "open tasks: overdue, today, upcoming, no date"),
        ReportSpec("duplicates", "duplicates", "likely duplicate contacts or companies, with the reasons"),
    )
}


@dataclass(frozen=True)
class ReportResult:
    name: str
    path: Path
    pages: int
    rows: int
    seconds: float
    title: str
    lang: str
    calendar: str


def report_filters(name: str) -> tuple[str, ...]:
    return tuple(_module(name).FILTERS)


def _module(name: str) -> Any:
    spec = REPORTS.get(name)
    if spec is None:
        raise ReportError(f"unknown report {name!r}; choose from {', '.join(REPORTS)}")
    return importlib.import_module(f"crm_desktop.reports.{spec.module}")


def make_report(
    db: Database,
    name: str,
    out: str | Path,
    options: ReportOptions | None = None,
    filters: Mapping[str, Any] | None = None,
    *,
    progress: Callable[[int], None] | None = None,
    cancel: threading.Event | None = None,
) -> ReportResult:
    """Write report ``name`` to ``out`` (a .pdf path). ReportError (a CrmError) explains any refusal;
    nothing is left at ``out`` unless the whole PDF was written."""
    started = time.perf_counter()
    module = _module(name)
    options = (options or ReportOptions()).checked()
    given = {k: v for k, v in (filters or {}).items() if v not in (None, "", [], ())}
    unknown = sorted(set(given) - set(module.FILTERS))
    if unknown:
        raise ReportError(f"the {name} report has no filter {', '.join(unknown)}; it takes {', '.join(module.FILTERS)}")
    logo = check_logo(options.logo)
    target, temporary = prepare_output(out)
    try:
        ctx = ReportContext.create(db, options, cancel)
        story = Story(ctx)
        rows = module.build(ctx, story, given)
        ctx.check_cancel()
        pages = render(ctx, story, target, temporary, logo=logo, progress=progress)
    finally:
        temporary.unlink(missing_ok=True)
    return ReportResult(
        name, target, pages, rows, round(time.perf_counter() - started, 3), story.title, options.lang, options.calendar
    )
