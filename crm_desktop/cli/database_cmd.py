"""Commands on the whole database: init, info, check, backup, restore, demo."""

from __future__ import annotations

import argparse
import sys
import time
from typing import Any

from crm_desktop.errors import ValidationError
from crm_desktop.services import maintenance
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.services.settings import SettingsService

from .context import acting_user_id, open_from_args
from .output import emit, table


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    p = commands.add_parser("init", parents=[common], help="create the database (or check an existing one)")
    p.add_argument("--region", help="ISO region for national phone numbers, e.g. IR, SA, DE")
    p.add_argument("--business-name", help="shown on reports")
    p.set_defaults(handler=cmd_init)

    p = commands.add_parser("info", parents=[common], help="where the database is, its mode and what it holds")
    p.set_defaults(handler=cmd_info)

    p = commands.add_parser("check", parents=[common], help="integrity and schema check (exit 1 on problems)")
    p.set_defaults(handler=cmd_check)

    p = commands.add_parser("backup", parents=[common], help="write a complete copy to a SQLite file")
    p.add_argument("file")
    p.add_argument("--force", action="store_true", help="overwrite FILE if it exists")
    p.set_defaults(handler=cmd_backup)

    p = commands.add_parser("restore", parents=[common], help="replace the database with a backup file")
    p.add_argument("file")
    p.set_defaults(handler=cmd_restore)

    p = commands.add_parser("demo", parents=[common], help="fill the database with realistic sample data")
    p.add_argument("--contacts", type=int, default=500, help="number of contacts (default 500)")
    p.add_argument("--seed", type=int, default=1)
    p.set_defaults(handler=cmd_demo)


def cmd_init(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        ensure_basics(db)
        settings = SettingsService(db, acting_user_id(db, args))
        if args.region:
            settings.set("phone_region", args.region.upper())
        if args.business_name:
            settings.set("business_name", args.business_name)
        info = maintenance.database_info(db)
    finally:
        db.close()
    emit(info, args.json, f"Database ready: {info.location} ({info.mode})")
    return 0


def cmd_info(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        info = maintenance.database_info(db)
    finally:
        db.close()
    if args.json:
        emit(info, True)
        return 0
    rows = [[name, f"{count:,}", f"{info.in_trash[name]:,}"] for name, count in info.counts.items()]
    size = f"{info.size_bytes / 1e6:.1f} MB" if info.size_bytes is not None else "server"
    print(f"Database: {info.location}\nMode:     {info.mode}{' (read-only)' if info.read_only else ''}")
    print(f"Engine:   {info.engine}, schema {info.schema_revision}, {size}\n")
    print(table(rows, ["records", "count", "in trash"]))
    return 0


def cmd_check(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        report = maintenance.check_database(db)
    finally:
        db.close()
    emit(
        {"ok": report.ok, "checks": report.checks, "problems": report.problems},
        args.json,
        "\n".join(
            [
                *(f"checked: {c}" for c in report.checks),
                *(f"PROBLEM: {p}" for p in report.problems),
                "OK" if report.ok else f"{len(report.problems)} problem(s) found",
            ]
        ),
    )
    return 0 if report.ok else 1


def cmd_backup(args: argparse.Namespace) -> int:
    db = open_from_args(args, create=False)
    try:
        path = maintenance.backup(db, args.file, overwrite=args.force)
    finally:
        db.close()
    emit({"backup": str(path)}, args.json, f"Backup written to {path}")
    return 0


def cmd_restore(args: argparse.Namespace) -> int:
    db = open_from_args(args)
    try:
        safety = maintenance.restore(db, args.file)
    finally:
        db.close()
    note = f"; the previous data was kept in {safety}" if safety else ""
    emit(
        {"restored_from": args.file, "previous_copy": str(safety) if safety else None},
        args.json,
        f"Restored from {args.file}{note}",
    )
    return 0


def cmd_demo(args: argparse.Namespace) -> int:
    from crm_desktop.services.demo import fill_demo

    if args.contacts < 0:
        raise ValidationError({"--contacts": "must not be negative"})
    db = open_from_args(args)
    started = time.perf_counter()

    def progress(step: str, done: int) -> None:
        if not args.json:
            print(f"\r{step}: {done:,}        ", end="", file=sys.stderr, flush=True)

    try:
        ensure_basics(db)
        counts = fill_demo(db, contacts=args.contacts, seed=args.seed, progress=progress)
    finally:
        db.close()
    if not args.json:
        print(file=sys.stderr)
    seconds = time.perf_counter() - started
    emit(
        {"created": counts, "seconds": round(seconds, 2)},
        args.json,
        f"Demo data created in {seconds:.1f} s: " + ", ".join(f"{v:,} {k}" for k, v in counts.items()),
    )
    return 0
