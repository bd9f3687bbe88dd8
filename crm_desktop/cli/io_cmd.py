"""``import``, ``export``, ``export-archive`` and ``import-archive``: the import wizard and exports, headless.

``import`` is all or nothing by default: if any row is invalid nothing is written and every problem is
listed with its line (exit 2); ``--skip-invalid`` imports the valid rows and reports the others.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from crm_desktop.errors import ValidationError
from crm_desktop.io.archive import export_archive
from crm_desktop.io.archive_restore import import_archive
from crm_desktop.io.export import CONTACT_COLUMNS, FORMATS, export_list
from crm_desktop.io.import_flow import FORMATS as IMPORT_FORMATS
from crm_desktop.io.import_flow import ImportFlow, ImportReport, RowsRejected
from crm_desktop.io.mapping import FIELDS, Target
from crm_desktop.services.contact_import import POLICIES
from crm_desktop.services.mail_import import is_mail_file
from crm_desktop.services.privacy import require_archive_right

from .calendar_cmd import cmd_import_ics, is_ics_file
from .context import acting_user_id, open_from_args
from .mail_cmd import cmd_import_mail
from .output import emit

SHOWN_PROBLEMS = 50


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("import", parents=[common], help="import contacts (CSV, xlsx, vCard), mail (eml, mbox)")
    p.add_argument("file")
    p.add_argument("--format", choices=IMPORT_FORMATS, help="default: from the file's content")
    p.add_argument("--encoding", help="CSV text encoding (default: detected), e.g. utf-8, cp1256, utf-16")
    p.add_argument("--delimiter", help="CSV cell separator (default: detected): , ; tab |")
    p.add_argument("--header", dest="has_header", action="store_true", default=None, help="the first row is a header")
    p.add_argument("--no-header", dest="has_header", action="store_false", help="the first row is data")
    p.add_argument("--sheet", help="Excel sheet (default: the first)")
    p.add_argument("--date-order", choices=("auto", "dmy", "mdy"), default="auto", help="how to read 01/02/1990")
    group = p.add_mutually_exclusive_group()
    group.add_argument("--mapping", metavar="PRESET", help="a saved column mapping")
    group.add_argument(
        "--map",
        action="append",
        default=[],
        metavar="COLUMN=FIELD[:LABEL]",
        help=f"column (name or number) to a field ({', '.join(k for k in FIELDS if k)}, custom:KEY, or nothing "
        "to ignore it); repeat for several",
    )
    p.add_argument("--save-mapping", metavar="PRESET", help="save the mapping used under this name")
    p.add_argument("--on-duplicate", choices=POLICIES, default="skip", help="same email/phone/uid as a contact")
    p.add_argument("--skip-invalid", action="store_true", help="import the valid rows, report the invalid ones")
    p.add_argument("--dry-run", action="store_true", help="check everything and report; write nothing")
    p.add_argument("--report", metavar="CSV", help="write the row-by-row report to this CSV file")
    p.set_defaults(handler=cmd_import)

    p = commands.add_parser(
        "export",
        parents=[common],
        help="export contacts or companies (CSV, Excel, vCard)",
        description="Export a list as the acting user (--user, else the computer's login): other users' private "
        "records are left out; your own and, for an administrator, everyone's are included.",
    )
    p.add_argument("file", help="a file; with --per-contact, a folder")
    p.add_argument("--entity", choices=("contacts", "companies"), default="contacts")
    p.add_argument("--format", choices=FORMATS, help="default: from the file name's suffix")
    p.add_argument("--columns", help=f"comma-separated; contacts: {', '.join(CONTACT_COLUMNS)}")
    p.add_argument("--query", help="part of the name")
    p.add_argument("--tag")
    p.add_argument("--stage", dest="lifecycle_stage")
    p.add_argument("--ids", help="comma-separated record ids (a selection)")
    p.add_argument("--vcard-version", choices=("3.0", "4.0"), default="3.0")
    p.add_argument("--per-contact", action="store_true", help="vCard: one file per contact in the folder FILE")
    p.set_defaults(handler=cmd_export)

    p = commands.add_parser(
        "export-archive",
        parents=[common],
        help="everything in one ZIP (CSV, files, vCard): a backup, private records included",
        description="Write every record of the database, everyone's private records included, into one ZIP: it "
        "is a backup, not a list export. When the office requires passwords only an administrator may run it.",
    )
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(handler=cmd_export_archive)

    p = commands.add_parser("import-archive", parents=[common], help="restore an archive into an empty database")
    p.add_argument("file")
    p.set_defaults(handler=cmd_import_archive)


def parse_map(items: list[str], header: list[str]) -> dict[int, Target]:
    """``--map`` options to {column index: target}; columns by header name (any case) or 1-based number."""
    found: dict[int, Target] = {}
    folded = [h.casefold() for h in header]
    for item in items:
        column, sep, target = item.rpartition("=")
        if not sep:
            raise ValidationError({"--map": f"{item!r} is not COLUMN=FIELD"})
        if column.casefold() in folded:
            index = folded.index(column.casefold())
        elif column.isdigit() and 1 <= int(column) <= len(header):
            index = int(column) - 1
        else:
            raise ValidationError({"--map": f"the file has no column {column!r}; its columns: {', '.join(header)}"})
        field, _, label = target.partition(":")
        found[index] = Target("" if field in ("", "ignore") else field, label)
    return found


def cmd_import(args: argparse.Namespace) -> int:
    if is_mail_file(args.file):
        return cmd_import_mail(args)
    if is_ics_file(args.file):
        return cmd_import_ics(args)
    db = open_from_args(args, create=False)
    try:
        calendar = args.calendar if args.calendar in ("jalali", "hijri") else "auto"
        flow = ImportFlow(db, acting_user_id(db, args), calendar=calendar)
        flow.submit_file(args.file, args.format)
        if "source" in flow.steps():
            options = {"encoding": args.encoding, "delimiter": _delimiter(args.delimiter), "sheet": args.sheet,
                       "has_header": args.has_header, "date_order": args.date_order}  # fmt: skip
            flow.submit_source(**{k: v for k, v in options.items() if v is not None})
            if args.mapping:
                flow.apply_preset(args.mapping)
            for index, target in parse_map(args.map, flow.source.header).items():
                flow.set_target(index, target)
            if args.save_mapping:
                flow.save_preset(args.save_mapping)
            flow.submit_mapping()
        flow.submit_options(args.on_duplicate, args.skip_invalid)
        try:
            report = flow.check() if args.dry_run else flow.run()
        except RowsRejected as exc:
            _finish(args, exc.report, written=False)
            print(f"error: {exc.args[0].split('. ')[0]}", file=sys.stderr)
            return 2
    finally:
        db.close()
    _finish(args, report, written=not args.dry_run)
    return 0


def _finish(args: argparse.Namespace, report: ImportReport, written: bool) -> None:
    if args.report:
        report.save_csv(args.report)
    problems = report.problems()
    result = {"file": report.path, "written": written, "dry_run": args.dry_run, **report.counts,
              "problems": [{"line": line, "field": f, "message": m} for line, f, m in problems[:1000]]}  # fmt: skip
    if args.json:
        emit(result, True)
        return
    counts = report.counts
    verb = "Would import" if args.dry_run else "Imported" if written else "Nothing imported from"
    print(f"{verb} {report.path}: {counts['created']:,} created, {counts['updated']:,} updated, "
          f"{counts['skipped']:,} skipped, {counts['failed']:,} failed of {counts['rows']:,} rows")  # fmt: skip
    stream = sys.stderr if not written and not args.dry_run else sys.stdout
    for line, fld, message in problems[:SHOWN_PROBLEMS]:
        print(f"  {report.path}, line {line}, {fld}: {message}", file=stream)
    if len(problems) > SHOWN_PROBLEMS:
        print(f"  … and {len(problems) - SHOWN_PROBLEMS:,} more (see --report FILE)", file=stream)


def _delimiter(value: str | None) -> str | None:
    return {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(value or "", value)


def cmd_export(args: argparse.Namespace) -> int:
    filters = {k: v for k in ("query", "tag", "lifecycle_stage") if (v := getattr(args, k, None))}
    if args.entity == "companies":
        filters.pop("lifecycle_stage", None)
    try:
        ids = [int(i) for i in args.ids.split(",")] if args.ids else None
    except ValueError:
        raise ValidationError({"--ids": "must be numbers separated by commas"}) from None
    columns = [c.strip() for c in args.columns.split(",")] if args.columns else None
    db = open_from_args(args, create=False)
    try:
        count = export_list(
            db,
            args.file,
            entity=args.entity,
            fmt=args.format,
            columns=columns,
            filters=filters,
            ids=ids,
            vcard_version=args.vcard_version,
            one_file_per_contact=args.per_contact,
            user_id=acting_user_id(db, args),  # others' private records are left out, as on screen
        )
    finally:
        db.close()
    emit({"file": args.file, "records": count}, args.json, f"Exported {count:,} {args.entity} to {args.file}")
    return 0


def cmd_export_archive(args: argparse.Namespace) -> int:
    path = Path(args.file)
    if path.exists() and not args.force:
        raise ValidationError({"file": f"{path} already exists; choose another name or add --force"})
    db = open_from_args(args, create=False)
    try:
        require_archive_right(db, acting_user_id(db, args))
        summary = export_archive(db, path)
    finally:
        db.close()
    rows = sum(summary.tables.values())
    emit(summary, args.json, f"Wrote {path}: {rows:,} rows in {len(summary.tables)} tables, {summary.files:,} files")
    return 0


def cmd_import_archive(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=True)
    try:
        summary = import_archive(db, args.file, user_id=None)
    finally:
        db.close()
    rows = sum(summary.tables.values())
    emit(summary, args.json, f"Restored {args.file}: {rows:,} rows, {summary.files:,} files")
    return 0
