"""Opening the database named on the command line and finding the acting user.

When the office requires passwords, every command that works as a user (all but ``init``, ``info`` and
``check``) first logs in: the user named by ``--user`` (else the computer's login name) with the password
from ``--password-stdin`` (the first line of standard input) or the ``CRM_PASSWORD`` environment variable.
Nothing else is done until that succeeds, so nobody can act as a colleague without the colleague's password.
"""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable
from typing import TypeVar

from crm_desktop.config import resolve_database
from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import CrmError
from crm_desktop.services.auth import AccountError, AuthService, office_security
from crm_desktop.services.people import UserService

PASSWORD_ENV = "CRM_PASSWORD"
T = TypeVar("T")
NO_LOGIN_COMMANDS = frozenset({"init", "info", "check"})  # database-wide facts, no one's records


def open_from_args(args: argparse.Namespace, *, create: bool = True) -> Database:
    target, shared = resolve_database(args.db, True if args.shared else None)
    db = open_database(target, shared=shared, create=create)
    try:
        _log_in(db, args)
    except BaseException:
        db.close()
        raise
    return db


def log_in_first(args: argparse.Namespace) -> None:
    """For a command that opens the file itself (``screenshot``): log in now when passwords are on; a missing
    or unreadable file is left for the command to report in its own words."""
    target, shared = resolve_database(args.db, True if args.shared else None)
    try:
        db = open_database(target, shared=shared, create=False)
    except CrmError:
        return
    try:
        _log_in(db, args)
    finally:
        db.close()


def with_database(args: argparse.Namespace, work: Callable[[Database, int | None], T], *, create: bool = False) -> T:
    """Opens the database (logging in when passwords are on), runs ``work(db, acting user id)``, closes it."""
    db = open_from_args(args, create=create)
    try:
        return work(db, acting_user_id(db, args))
    finally:
        db.close()


def _given_password(args: argparse.Namespace) -> str | None:
    """Read once per run: ``--password-stdin`` consumes the first line even when passwords are off, so a
    following line (e.g. the new password of ``users passwd``) is always the second one."""
    if "_password" not in vars(args):
        if getattr(args, "password_stdin", False):  # asked for stdin: no fallback to the environment
            line = sys.stdin.readline()
            args._password = line.rstrip("\r\n") if line else None
        else:
            args._password = os.environ.get(PASSWORD_ENV)
    return args._password


def _log_in(db: Database, args: argparse.Namespace) -> None:
    if getattr(args, "command", None) in NO_LOGIN_COMMANDS or vars(args).get("_logged_in") is not None:
        return
    password = _given_password(args)
    if not office_security(db).passwords_required:
        return
    login = args.user or getpass.getuser()
    how = f"with --password-stdin or the {PASSWORD_ENV} environment variable"
    if not args.user and UserService(db).by_login(login) is None:
        raise AccountError(
            f"this office requires passwords: name yourself with --user LOGIN and give your password {how}"
        )
    if not password:
        raise AccountError(f"this office requires passwords: give the password of {login!r} {how}")
    user = AuthService(db).login(login, password)  # wrong password, deactivated: AccountError, nothing done
    args._logged_in, args.user = user.id, user.login


def acting_user_id(db: Database, args: argparse.Namespace) -> int | None:
    """The logged-in user, else ``--user LOGIN`` (must exist), else the computer's login name if it is a user."""
    if (logged_in := vars(args).get("_logged_in")) is not None:
        return logged_in
    users = UserService(db)
    if args.user:
        user = users.by_login(args.user)
        if user is None:
            raise CrmError(f"there is no user with login {args.user!r}")
        return user.id
    user = users.by_login(getpass.getuser())
    return user.id if user else None
