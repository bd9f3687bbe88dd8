"""Opening the database named on the command line and finding the acting user."""

from __future__ import annotations

import argparse
import getpass

from crm_desktop.config import resolve_database
from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import CrmError
from crm_desktop.services.people import UserService


def open_from_args(args: argparse.Namespace, *, create: bool = True) -> Database:
    target, shared = resolve_database(args.db, True if args.shared else None)
    return open_database(target, shared=shared, create=create)


def acting_user_id(db: Database, args: argparse.Namespace) -> int | None:
    """``--user LOGIN`` (must exist), else the computer's login name if it is a user, else none."""
    users = UserService(db)
    if args.user:
        user = users.by_login(args.user)
        if user is None:
            raise CrmError(f"there is no user with login {args.user!r}")
        return user.id
    user = users.by_login(getpass.getuser())
    return user.id if user else None
