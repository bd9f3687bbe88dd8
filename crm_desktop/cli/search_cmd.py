"""``crm-desktop search``, ``duplicates``, ``merge`` and ``reindex``: the global search box, the duplicate
review and the merge dialog, headless."""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crm_desktop.db import search_index
from crm_desktop.errors import ValidationError
from crm_desktop.services.duplicates import DEFAULT_MIN_SCORE, DuplicateService
from crm_desktop.services.merge import MergeService
from crm_desktop.services.search import DEFAULT_LIMIT, SEARCH_TYPES, SearchService

from .context import acting_user_id, open_from_args
from .output import emit, table


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("search", parents=[common], help="search every kind of record at once")
    p.add_argument("query", metavar="QUERY", help="words, part of a name, an email or a phone number in any format")
    p.add_argument("--type", action="append", choices=SEARCH_TYPES, help="only these types (repeat for several)")
    p.add_argument("--limit", type=int, default=DEFAULT_LIMIT, help=f"hits per type (default {DEFAULT_LIMIT})")
    p.add_argument("--trash", action="store_true", help="search the records in the Trash")
    p.set_defaults(handler=cmd_search)

    p = commands.add_parser("duplicates", parents=[common], help="likely duplicate contacts or companies")
    p.add_argument("--entity", choices=("contacts", "companies"), default="contacts")
    p.add_argument("--min-score", type=int, default=DEFAULT_MIN_SCORE, help="0-100 (default %(default)s)")
    p.add_argument("--limit", type=int, default=1000)
    p.add_argument("--dismiss", nargs=2, type=int, metavar=("ID", "ID"), help="remember: these two are not the same")
    p.set_defaults(handler=cmd_duplicates)

    p = commands.add_parser("merge", parents=[common], help="merge duplicates into one record (others to Trash)")
    p.add_argument("entity", choices=("contacts", "companies"))
    p.add_argument("survivor", type=int, help="the record that stays")
    p.add_argument("others", type=int, nargs="+", help="the records merged into it")
    p.add_argument("--keep", action="append", default=[], metavar="FIELD=ID", help="keep FIELD's value from record ID")
    p.set_defaults(handler=cmd_merge)

    p = commands.add_parser("reindex", parents=[common], help="rebuild the search index from the records")
    p.set_defaults(handler=cmd_reindex)


def cmd_search(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        service = SearchService(db, acting_user_id(db, args))  # private records: the owner's and admins' only
        results = service.search(args.query, args.type, limit=args.limit, trash=args.trash)
    finally:
        db.close()
    if args.json:
        emit(results, True)
        return 0
    if not results.groups:
        print("Nothing found." if not results.names_only else "No name starts with that.")
        return 0
    rows = [[g.entity, str(h.id), h.title, h.subtitle] for g in results.groups for h in g.hits]
    print(table(rows, ["type", "id", "title", "details"]))
    for group in results.groups:
        if group.more:
            print(f"(more {group.entity} than shown: --type {group.entity} --limit N)")
    return 0


def cmd_duplicates(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        service = DuplicateService(db, acting_user_id(db, args))
        if args.dismiss:
            service.dismiss(args.entity, *args.dismiss)
            emit(
                {"dismissed": args.dismiss}, args.json, f"Pair {args.dismiss[0]}/{args.dismiss[1]} will not be proposed"
            )
            return 0
        scan = service.find(args.entity, min_score=args.min_score, limit=args.limit)
    finally:
        db.close()
    if args.json:
        emit(scan, True)
        return 0
    rows = [
        [str(p.score), f"{p.first.id} {p.first.title}", f"{p.second.id} {p.second.title}",
         ", ".join(r.text for r in p.reasons)]
        for p in scan.pairs
    ]  # fmt: skip
    print(table(rows, ["score", "first", "second", "why"]) if rows else "No likely duplicates.")
    print(f"{scan.records:,} {args.entity} checked, {scan.compared:,} candidate pairs compared", file=sys.stderr)
    return 0


def cmd_merge(args: argparse.Namespace) -> int:
    choices = {}
    for item in args.keep:
        name, _, value = item.partition("=")
        if not value.isdigit():
            raise ValidationError({"--keep": f"{item!r}: write FIELD=ID, e.g. job_title=12"})
        choices[name] = int(value)
    db = open_from_args(args, create=False)
    try:
        result = MergeService(db, acting_user_id(db, args)).merge(args.entity, args.survivor, args.others, choices)
    finally:
        db.close()
    moved = ", ".join(f"{n} {kind}" for kind, n in result.moved.items()) or "nothing linked"
    emit(result, args.json, f"Merged {', '.join(map(str, result.merged_ids))} into {result.survivor_id}; moved {moved}")
    return 0


def cmd_reindex(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        with db.write(acting_user_id(db, args)) as session:
            counts = search_index.rebuild(session.connection())
    finally:
        db.close()
    emit(counts, args.json, "Search index rebuilt: " + ", ".join(f"{n:,} {kind}" for kind, n in counts.items()))
    return 0
