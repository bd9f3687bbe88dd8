"""``import FILE.eml|FILE.mbox`` (dispatched from ``import``) and ``mail accounts|fetch|send``."""

from __future__ import annotations

import argparse
from typing import Any

from crm_desktop.db.engine import Database
from crm_desktop.errors import CrmError
from crm_desktop.services.imap_fetch import FetchReport, ImapFetcher, MailFetchError
from crm_desktop.services.mail_accounts import MailAccountService
from crm_desktop.services.mail_import import MailImporter
from crm_desktop.services.outbox import OutboxService

from .context import acting_user_id, open_from_args, with_database
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


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    """``mail accounts | fetch | send``: the Emails section's toolbar actions, headless."""
    p = commands.add_parser("mail", parents=[common], help="mail accounts, fetch new mail (IMAP), send the outbox")
    sub = p.add_subparsers(dest="mail_command", metavar="ACTION", required=True)
    sub.add_parser("accounts", parents=[common], help="list mail accounts").set_defaults(handler=cmd_accounts)
    fetch = sub.add_parser("fetch", parents=[common], help="fetch new messages from the accounts' IMAP servers")
    fetch.add_argument("--account", type=int, metavar="ID", help="only this account (default: every IMAP account)")
    fetch.set_defaults(handler=cmd_fetch)
    send = sub.add_parser("send", parents=[common], help="try to send every queued message now")
    send.set_defaults(handler=cmd_send)


def cmd_accounts(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        accounts = MailAccountService(db).list()
    finally:
        db.close()
    lines = [
        f"{a.id}: {a.name} <{a.address}> smtp {a.smtp_host}:{a.smtp_port} ({a.smtp_security})"
        + (f", imap {a.imap_host}:{a.imap_port} ({a.imap_security}) {', '.join(a.folders)}" if a.imap_host else "")
        for a in accounts
    ]
    emit(accounts, args.json, "\n".join(lines) or "no mail accounts")
    return 0


def cmd_fetch(args: argparse.Namespace) -> int:
    def fetch(db: Database, me: int | None) -> list[FetchReport | MailFetchError]:
        fetcher = ImapFetcher(db, me)
        return [fetcher.fetch(args.account)] if args.account else fetcher.fetch_all()

    try:
        results = with_database(args, fetch)
    except MailFetchError as exc:
        raise CrmError(str(exc)) from exc
    reports = [r for r in results if isinstance(r, FetchReport)]
    failures = [str(r) for r in results if not isinstance(r, FetchReport)]
    lines = [
        f"{r.account}: {r.added:,} new, {r.duplicates:,} already stored, {r.skipped:,} skipped (no known contact), "
        f"{r.attachments:,} attachments"
        for r in reports
    ]
    lines += [f"failed: {message}" for message in failures]
    emit({"reports": reports, "failures": failures}, args.json, "\n".join(lines) or "no account has an IMAP server")
    return 1 if failures else 0


def cmd_send(args: argparse.Namespace) -> int:
    report = with_database(args, lambda db, me: OutboxService(db, me).send_pending(MailAccountService(db).password))
    text = f"{report.sent:,} sent, {report.failed:,} still queued"
    text += "".join(f"\n  message {email_id}: {error}" for email_id, error in report.errors)
    emit(report, args.json, text)
    return 1 if report.failed else 0
