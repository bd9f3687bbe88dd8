"""Small-office commands, twins of the GUI: ``users list|add|edit|passwd``, ``office`` (passwords required,
Trash purge), ``history ENTITY ID``, ``recent-changes`` and ``backups`` (the automatic ones).

Managing users and office switches needs ``--user`` naming an administrator (the services refuse anyone
else). Passwords are read from standard input (one line), never from the command line, where other users
of the computer could see them in the process list.
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from crm_desktop.db.engine import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services.auth import AuthService
from crm_desktop.services.backups import list_backups
from crm_desktop.services.people import UserService
from crm_desktop.services.privacy import recent_changes_for, record_history_for

from .context import with_database
from .output import emit, shown_date, table


def register(commands: Any, common: argparse.ArgumentParser) -> None:
    users = commands.add_parser("users", help="list, add and edit the users of the database (admins)")
    sub = users.add_subparsers(dest="users_command", required=True, metavar="ACTION")
    p = sub.add_parser("list", parents=[common], help="every user with role and state")
    p.set_defaults(handler=cmd_users_list)
    p = sub.add_parser("add", parents=[common], help="add a user (password from stdin with --password)")
    p.add_argument("login")
    p.add_argument("--name", required=True, help="display name")
    p.add_argument("--role", choices=("user", "admin"), default="user")
    p.add_argument("--password", action="store_true", help="read the new user's password from stdin")
    p.set_defaults(handler=cmd_users_add)
    p = sub.add_parser("edit", parents=[common], help="change a user's name, login, role or state")
    p.add_argument("login")
    p.add_argument("--name")
    p.add_argument("--new-login")
    p.add_argument("--role", choices=("user", "admin"))
    p.add_argument("--active", choices=("yes", "no"))
    p.set_defaults(handler=cmd_users_edit)
    p = sub.add_parser("passwd", parents=[common], help="set a user's password (read from stdin)")
    p.add_argument("login")
    p.set_defaults(handler=cmd_users_passwd)
    p = commands.add_parser("office", parents=[common], help="show or set passwords-required and Trash purge")
    p.add_argument("--passwords", choices=("on", "off"))
    p.add_argument("--purge-days", metavar="N|off", help="purge Trash entries older than N days at start")
    p.set_defaults(handler=cmd_office)
    p = commands.add_parser("history", parents=[common], help="who changed which field of a record, and when")
    p.add_argument("entity", help="table: contacts, companies, opportunities, activities, users …")
    p.add_argument("id", type=int)
    p.set_defaults(handler=cmd_history)
    p = commands.add_parser("recent-changes", parents=[common], help="the newest changes of the office (admins)")
    p.add_argument("--limit", type=int, default=50)
    p.set_defaults(handler=cmd_recent)
    p = commands.add_parser("backups", parents=[common], help="list the automatic backups of a database file")
    p.set_defaults(handler=cmd_backups)


def _password() -> str:
    line = sys.stdin.readline()
    if not line:
        raise ValidationError({"password": "give the password on standard input (one line)"})
    return line.rstrip("\r\n")


def _user_id(users: UserService, login: str) -> Any:
    user = users.by_login(login)
    if user is None:
        raise ValidationError({"login": f"there is no user with login {login!r}"})
    return user


def cmd_users_list(args: argparse.Namespace) -> int:
    found = with_database(args, lambda db, _me: UserService(db).list(limit=10_000))
    rows = [[str(u.id), u.login, u.display_name, u.role, "yes" if u.active else "no"] for u in found]
    emit(found, args.json, table(rows, ["id", "login", "name", "role", "active"]) if rows else "No users.")
    return 0


def cmd_users_add(args: argparse.Namespace) -> int:
    def add(db: Database, me: int | None) -> Any:
        values = {"login": args.login, "display_name": args.name, "role": args.role}
        if args.password:
            values["password"] = _password()  # after the login, which may have read stdin's first line
        return UserService(db, me).create(values)

    user = with_database(args, add)
    emit(user, args.json, f"Added user {user.id}: {user.login} ({user.role})")
    return 0


def cmd_users_edit(args: argparse.Namespace) -> int:
    changes: dict[str, Any] = {key: value for key, value in (("display_name", args.name), ("login", args.new_login),
                                                             ("role", args.role)) if value is not None}  # fmt: skip
    if args.active is not None:
        changes["active"] = args.active == "yes"

    def edit(db: Database, me: int | None) -> Any:
        users = UserService(db, me)
        user = _user_id(users, args.login)
        return users.update(user.id, user.version, changes)

    user = with_database(args, edit)
    emit(user, args.json, f"Saved user {user.login} ({user.role}, {'active' if user.active else 'inactive'})")
    return 0


def cmd_users_passwd(args: argparse.Namespace) -> int:
    def passwd(db: Database, me: int | None) -> Any:
        user = _user_id(UserService(db), args.login)
        AuthService(db, me).set_password(user.id, _password())
        return user

    user = with_database(args, passwd)
    emit({"password_changed": user.login}, args.json, f"Password of {user.login} changed")
    return 0


def cmd_office(args: argparse.Namespace) -> int:
    options: dict[str, Any] = {}
    if args.passwords is not None:
        options["passwords_required"] = args.passwords == "on"
    if args.purge_days is not None:
        days = args.purge_days
        options["trash_purge_days"] = None if days == "off" else int(days) if days.isdigit() else days

    def office_of(db: Database, me: int | None) -> Any:
        auth = AuthService(db, me)
        return auth.set_office(**options) if options else auth.office()

    office = with_database(args, office_of)
    purge = f"after {office.trash_purge_days} days" if office.trash_purge_days else "never (emptied by hand)"
    text = f"Passwords required: {'yes' if office.passwords_required else 'no'}\nTrash purged: {purge}"
    emit(office, args.json, text)
    return 0


def cmd_history(args: argparse.Namespace) -> int:
    entries = with_database(args, lambda db, me: record_history_for(db, me, args.entity, args.id))
    lines = []
    for entry in entries:
        lines.append(f"{shown_date(entry.at)}  {entry.user_name or '(unknown)'}  {entry.action}")
        lines.extend(f"    {c.field}: {c.old!r} -> {c.new!r}" for c in entry.changes if c.field != "id")
    emit(entries, args.json, "\n".join(lines) if lines else "No changes recorded.")
    return 0


def cmd_recent(args: argparse.Namespace) -> int:
    entries = with_database(args, lambda db, me: recent_changes_for(db, me, limit=args.limit))
    rows = [[shown_date(e.at), e.user_name, f"{e.entity} {e.entity_id}", e.action,
             ", ".join(c.field for c in e.changes)] for e in entries]  # fmt: skip
    emit(entries, args.json, table(rows, ["when", "who", "record", "action", "fields"]) if rows else "No changes.")
    return 0


def cmd_backups(args: argparse.Namespace) -> int:
    def backups(db: Database, _me: int | None) -> list[Any]:
        if db.path is None:
            raise ValidationError({"db": "a PostgreSQL database is backed up with pg_dump on the server"})
        return list_backups(db.path)

    found = with_database(args, backups)
    paths = [str(p) for p in found]
    emit({"backups": paths}, args.json, "\n".join(paths) if paths else "No automatic backup yet.")
    return 0
