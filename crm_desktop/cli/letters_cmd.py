"""``crm-desktop letter``: letters (mail merge) to one PDF, the Documents section's "Letters…" dialog headless.

``letter --template NAME`` uses a template stored in the database; ``--body-file FILE`` a text file (with
``--title``). Recipients: ``--contact ID``, ``--tag TAG`` or ``--saved-search ID``. ``letter-template``
saves, lists and deletes stored templates.
"""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from crm_desktop.services.letters import MERGE_FIELDS, LetterTemplate, LetterTemplates, body_from_file, recipients

from .context import acting_user_id, open_from_args, with_database
from .output import emit
from .report_cmd import add_pdf_options, pdf_options

if TYPE_CHECKING:
    from crm_desktop.db.engine import Database
    from crm_desktop.reports.letters import LetterResult


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser(
        "letter",
        parents=[common],
        help="write letters (mail merge) to a PDF: one contact, a tag or a saved search",
        description="Fill a letter for each contact and write them to one PDF. Merge fields: "
        + ", ".join("{" + f + "}" for f in MERGE_FIELDS)
        + "; unknown fields print empty.",
    )
    source = p.add_mutually_exclusive_group(required=True)
    source.add_argument("--template", metavar="NAME", help="a letter template stored in the database")
    source.add_argument("--body-file", metavar="FILE", help="the letter's text in a UTF-8 file")
    p.add_argument("--title", default="", help="the letter's title with --body-file (merge fields allowed)")
    who = p.add_mutually_exclusive_group(required=True)
    who.add_argument("--contact", type=int, metavar="ID", help="one contact")
    who.add_argument("--tag", help="every contact with this tag")
    who.add_argument("--saved-search", type=int, metavar="ID", help="every contact of a saved contact search")
    add_pdf_options(p, "{today}")
    p.set_defaults(handler=cmd_letter)

    t = commands.add_parser("letter-template", parents=[common], help="save, list or delete letter templates")
    t.add_argument("action", choices=("list", "save", "delete"))
    t.add_argument("name", nargs="?", help="the template's name (save, delete)")
    t.add_argument("--title", default="", help="save: the letter's title")
    t.add_argument("--body-file", metavar="FILE", help="save: the letter's text in a UTF-8 file")
    t.set_defaults(handler=cmd_template)


def cmd_letter(args: argparse.Namespace) -> int:
    from crm_desktop.reports.letters import make_letters

    def write(db: Database, user_id: int | None) -> LetterResult:
        if args.template:
            template = LetterTemplates(db, user_id).get(args.template)
        else:
            template = LetterTemplate("", args.title, body_from_file(args.body_file))
        ids = recipients(db, contact_id=args.contact, tag=args.tag, saved_search=args.saved_search, user_id=user_id)
        return make_letters(db, template, ids, args.out, pdf_options(args, user_id))

    result = with_database(args, write)
    emit(
        {"file": str(result.path), "letters": result.letters, "pages": result.pages, "seconds": result.seconds},
        args.json,
        f"Wrote {result.path} ({result.letters:,} letter{'s' if result.letters != 1 else ''}, "
        f"{result.pages:,} page{'s' if result.pages != 1 else ''}) in {result.seconds:.1f} s",
    )
    return 0


def cmd_template(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        templates = LetterTemplates(db, acting_user_id(db, args))
        if args.action == "list":
            found = templates.list()
            emit(
                [{"name": t.name, "title": t.title, "body": t.body} for t in found],
                args.json,
                "\n".join(f"{t.name}\t{t.title}" for t in found) or "No letter templates.",
            )
            return 0
        name = args.name or ""
        if args.action == "delete":
            templates.delete(name)
            emit({"deleted": name}, args.json, f"Deleted the letter template {name}")
            return 0
        body = body_from_file(args.body_file) if args.body_file else ""
        saved = templates.save(name, args.title, body)
        emit({"saved": saved.name}, args.json, f"Saved the letter template {saved.name}")
        return 0
    finally:
        db.close()
