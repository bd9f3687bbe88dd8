"""``crm-desktop report NAME --out FILE.pdf``: the GUI's Reports section from the command line."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from crm_desktop.errors import CrmError
from crm_desktop.services.people import UserService

from .context import with_database
from .output import emit

if TYPE_CHECKING:
    from crm_desktop.db.engine import Database
    from crm_desktop.reports.context import ReportOptions
    from crm_desktop.reports.engine import ReportResult

REPORT_NAMES = ("directory", "profile", "pipeline", "activities", "agenda", "calendar", "tasks", "duplicates")
# option dest -> filter key of the reports
_FILTER_OPTIONS = {
    "tag": "tag",
    "stage": "stage",
    "saved_search": "saved_search",
    "company": "company_id",
    "contact": "contact_id",
    "query": "query",
    "columns": "columns",
    "date_from": "date_from",
    "date_to": "date_to",
    "period": "period",
    "weekend": "weekend",
    "date": "date",
    "pipeline": "pipeline_id",
    "entity": "entity",
    "min_score": "min_score",
}


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "report",
        parents=[common],
        help="write a PDF report (directory, profile, pipeline, activities, agenda, calendar, tasks, duplicates)",
        description="Write a PDF report. Dates in --from, --to and --date are written in the chosen calendar "
        "(e.g. 1403/01/15 with --calendar jalali). Options a report does not use are refused. The report is made "
        "as the acting user (--user, else the computer's login): other users' private records are left out.",
    )
    p.add_argument("name", choices=REPORT_NAMES, metavar="NAME", help=", ".join(REPORT_NAMES))
    add_pdf_options(p, "times and 'today'")
    p.add_argument("--logo", metavar="IMAGE", help="PNG or JPEG printed next to the business name")
    f = p.add_argument_group("filters")
    f.add_argument(
        "--owner", metavar="LOGIN", help="only this user's: contacts, deals, appointments, tasks, activities"
    )
    f.add_argument("--tag", help="directory: contacts with this tag")
    f.add_argument("--stage", help="directory: lead, prospect, customer, vip or inactive")
    f.add_argument("--saved-search", metavar="NAME|ID", help="directory: a saved contact search")
    f.add_argument("--company", type=int, metavar="ID", help="directory: people of this company; profile: the company")
    f.add_argument("--contact", type=int, metavar="ID", help="profile: the contact")
    f.add_argument("--query", help="directory: part of the name")
    f.add_argument("--columns", help="directory: comma-separated, e.g. name,company,email,phone,stage,owner")
    f.add_argument("--from", dest="date_from", metavar="DATE", help="activities: first day (default: 6 days ago)")
    f.add_argument("--to", dest="date_to", metavar="DATE", help="activities: last day (default: today)")
    f.add_argument(
        "--period",
        choices=("day", "workweek", "week", "month"),
        help="agenda: day, week or month (default week); calendar: day, workweek, week or month (default month)",
    )
    f.add_argument("--date", metavar="DATE", help="agenda, calendar: a day in the period (default: today)")
    f.add_argument(
        "--weekend",
        metavar="DAYS",
        help="calendar: the days a work week leaves out, 0=Monday..6=Sunday, e.g. 5,6 (default: the language's)",
    )
    f.add_argument("--pipeline", type=int, metavar="ID", help="pipeline: which pipeline (default: the default one)")
    f.add_argument("--entity", choices=("contacts", "companies"), help="duplicates: which records (default contacts)")
    f.add_argument("--min-score", type=int, metavar="0-100", help="duplicates: lowest score shown (default 60)")
    p.set_defaults(handler=cmd_report)


def add_pdf_options(p: argparse.ArgumentParser, zone_for: str) -> None:
    """--out, --digits, --tz and --paper: what every PDF command (report, letter) takes."""
    p.add_argument("--out", required=True, metavar="FILE.pdf", help="where to write the PDF")
    p.add_argument("--digits", choices=("native", "latin"), default="native", help="digits for ar/fa (default native)")
    p.add_argument("--tz", metavar="ZONE", help=f"time zone for {zone_for}, e.g. Asia/Tehran (default: local)")
    p.add_argument("--paper", choices=("A4", "letter"), default="A4")


def pdf_options(args: argparse.Namespace, user_id: int | None, logo: str | None = None) -> ReportOptions:
    """The ReportOptions of a PDF command: --lang (default en), --calendar (default Jalali for Persian)."""
    from crm_desktop.reports.context import ReportOptions

    lang = args.lang or "en"
    return ReportOptions(
        lang=lang,
        calendar=args.calendar or ("jalali" if lang == "fa" else "gregorian"),
        digits=args.digits,
        time_zone=args.tz,
        logo=logo,
        page_size=args.paper,
        user_id=user_id,
    )


def _owner_id(db: Any, login: str) -> int:
    user = UserService(db).by_login(login)
    if user is None and login.isdigit():
        try:
            user = UserService(db).get(int(login))
        except CrmError:
            user = None
    if user is None:
        raise CrmError(f"there is no user with login {login!r}")
    return user.id


def cmd_report(args: argparse.Namespace) -> int:
    from crm_desktop.reports.engine import make_report

    filters: dict[str, Any] = {}
    for option, key in _FILTER_OPTIONS.items():
        value = getattr(args, option, None)
        if value is not None:
            filters[key] = value

    def write(db: Database, user_id: int | None) -> ReportResult:
        if args.owner:
            filters["user_id"] = _owner_id(db, args.owner)
        return make_report(db, args.name, args.out, pdf_options(args, user_id, logo=args.logo), filters)

    result = with_database(args, write)
    emit(
        {
            "report": result.name,
            "file": str(result.path),
            "pages": result.pages,
            "rows": result.rows,
            "seconds": result.seconds,
            "title": result.title,
            "lang": result.lang,
            "calendar": result.calendar,
        },
        args.json,
        f"Wrote {result.path} ({result.pages:,} page{'s' if result.pages != 1 else ''}, "
        f"{result.rows:,} row{'s' if result.rows != 1 else ''}) in {result.seconds:.1f} s",
    )
    return 0
