"""``import FILE.eml|FILE.mbox``: emails into the database, linked to contacts (dispatched from ``import``)."""

from __future__ import annotations

import argparse

from crm_desktop.services.mail_import import MailImporter

from .context import acting_user_id, open_from_args
from .output import emit

SHOWN_PROBLEMS = 20


def cmd_import_mail(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        report = MailImporter(db, acting_user_id(db, args)).import_file(args.file)
    finally:
        db.close()
    text = (
        f"Imported {report.file}: {report.added:,} emails added, {report.duplicates:,} already stored, "
        f"{report.attachments:,} attachments, {report.linked:,} linked to contacts, of {report.read:,} read"
    )
    if report.problems:
        shown = report.problems[:SHOWN_PROBLEMS]
        more = len(report.problems) - len(shown)
        text += "\nproblems (kept what could be read):\n  " + "\n  ".join(shown)
        text += f"\n  … and {more:,} more" if more else ""
    emit(report, args.json, text)
    return 0
