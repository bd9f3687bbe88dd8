"""``crm-desktop``: no command starts the GUI; ``crm-desktop COMMAND`` runs headless.

The CLI is a thin face on the same services as the GUI. User mistakes end with a message on stderr and
a non-zero exit code, never a traceback.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Sequence

from crm_desktop import __version__
from crm_desktop.errors import CrmError, ValidationError

from . import (
    calendar_cmd,
    contacts_cmd,
    database_cmd,
    forecast_cmd,
    io_cmd,
    letters_cmd,
    mail_cmd,
    office_cmd,
    report_cmd,
    screenshot_cmd,
    search_cmd,
)
from .context import log_in_first
from .output import set_display

EXIT_USER_ERROR = 2
EXIT_CHECK_FAILED = 1


def _common_options(parser: argparse.ArgumentParser, *, suppress: bool) -> None:
    # On subcommands the defaults are suppressed so options given before the command survive.
    default = {"default": argparse.SUPPRESS} if suppress else {}
    parser.add_argument("--db", metavar="PATH|URL", help="database file or postgresql+psycopg:// URL", **default)
    parser.add_argument(
        "--shared", action="store_true", help="the file is on a shared folder (several users)", **default
    )
    parser.add_argument("--json", action="store_true", help="machine-readable output on stdout", **default)
    parser.add_argument("--user", metavar="LOGIN", help="act as this user (recorded in the audit log)", **default)
    parser.add_argument(
        "--password-stdin",
        action="store_true",
        help="when the office requires passwords: read --user's password from the first line of stdin "
        "(or set CRM_PASSWORD); every command but init, info and check needs it",
        **default,
    )
    parser.add_argument("--lang", choices=("en", "ar", "fa"), help="language of dates and text", **default)
    parser.add_argument(
        "--calendar", choices=("gregorian", "jalali", "hijri"), help="calendar used to show dates", **default
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="crm-desktop", description="Rafiq CRM. Without a command, starts the desktop app."
    )
    parser.add_argument("--version", action="version", version=f"%(prog)s {__version__}")
    _common_options(parser, suppress=False)
    parser.set_defaults(
        db=None, shared=False, json=False, user=None, password_stdin=False, lang=None, calendar=None, handler=None
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    common = argparse.ArgumentParser(add_help=False)
    _common_options(common, suppress=True)
    database_cmd.register(commands, common)
    contacts_cmd.register(commands, common)
    io_cmd.register(commands, common)
    screenshot_cmd.register(commands, common)
    search_cmd.register(commands, common)
    report_cmd.register(commands, common)
    forecast_cmd.register(commands, common)
    calendar_cmd.register(commands, common)
    mail_cmd.register(commands, common)
    letters_cmd.register(commands, common)
    office_cmd.register(commands, common)  # users, office switches, history, backups list
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.handler is None:
        from crm_desktop.ui.app import run_gui

        return run_gui(db=args.db, shared=args.shared or None, lang=args.lang)
    set_display(args.lang, args.calendar)  # readable output's dates in that calendar
    try:
        if args.command == "screenshot":  # opens the file itself: log in first (passwords on), as that user
            log_in_first(args)
        return int(args.handler(args) or 0)
    except ValidationError as exc:
        for field, message in exc.errors.items():
            print(f"error: {field}: {message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except CrmError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("interrupted; nothing was saved by the unfinished step", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0


if __name__ == "__main__":
    sys.exit(main())
