"""Private records: seen only by their owner and by administrators, whatever face asks (list, search,
timeline, open, CLI).

The owner is ``owner_id``, or the creator when no owner is set; a task or note also belongs to its assignee.
Nobody logged in (``user_id`` None: a script without ``--user``) sees no private record. Administrators get no
extra condition; other users' lists leave out a short list of private ids read from a partial index, so
their pages stay index-only walks too (see ``visible``).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from sqlalchemy import and_, or_, select, true
from sqlalchemy.orm import Session

from . import audit_points  # noqa: F401  (every write path imports this module: the history of emails/tags)
from .auth import is_admin


def _owned(names: Any, column: Callable[[str], Any], user_id: int) -> list[Any]:
    """Rows ``user_id`` owns: owner, else creator when no owner is set; a task's or note's assignee too."""
    if "owner_id" in names:
        owned = [column("owner_id") == user_id, and_(column("owner_id").is_(None), column("created_by_id") == user_id)]
    else:
        owned = [column("created_by_id") == user_id]
    if "assignee_id" in names:
        owned.append(column("assignee_id") == user_id)
    return owned


def visible(session: Session, model: Any, user_id: int | None) -> list[Any]:
    """Conditions (possibly none) that keep other people's private rows of ``model`` out of a query.

    Written as ``id NOT IN (the hidden private ids)``: private rows are few and have a partial index
    (``ix_<table>_private``), so the list is read once, and a query walking a sort index never has to visit
    the table for each row (a page at the end of 1M contacts: 6 s with a per-row ``is_private`` test, 0.45 s).
    """
    if "is_private" not in model.__table__.c or is_admin(session, user_id):
        return []
    private = model.__table__.alias("private_rows")  # its own FROM: never correlated with the outer query
    hidden = select(private.c.id).where(private.c.is_private == true())
    if user_id is not None:  # NULL owners must not make a row "not hidden": IS NOT TRUE, not NOT
        hidden = hidden.where(or_(*_owned(private.c.keys(), private.c.__getitem__, user_id)).is_not(True))
    return [model.id.not_in(hidden)]


def can_see(session: Session, obj: Any, user_id: int | None) -> bool:
    """The same rule for one loaded record (opening it, editing it)."""
    if not getattr(obj, "is_private", False) or is_admin(session, user_id):
        return True
    if user_id is None:
        return False
    owner = getattr(obj, "owner_id", None)
    if owner == user_id or getattr(obj, "assignee_id", None) == user_id:
        return True
    return (owner is None or not hasattr(obj, "owner_id")) and obj.created_by_id == user_id


def sql_fragment(session: Session, table: str, alias: str, user_id: int | None) -> tuple[str, list[Any]]:
    """The rule as SQL text for the hand-written search query: ``(" AND ...", params)`` or ``("", [])``."""
    from crm_desktop.db.models import Base

    if is_admin(session, user_id) or "is_private" not in Base.metadata.tables[table].c:
        return "", []
    public = f"({alias}.is_private IS NULL OR {alias}.is_private = ?)"
    if user_id is None:
        return f" AND {public}", [False]
    columns = Base.metadata.tables[table].c
    if "owner_id" in columns:
        owned = f"{alias}.owner_id = ? OR ({alias}.owner_id IS NULL AND {alias}.created_by_id = ?)"
        params: list[Any] = [False, user_id, user_id]
    else:
        owned, params = f"{alias}.created_by_id = ?", [False, user_id]
    if "assignee_id" in columns:
        owned += f" OR {alias}.assignee_id = ?"
        params.append(user_id)
    return f" AND ({public} OR {owned})", params


_SINGULAR = {"companies": "company", "opportunities": "opportunity", "activities": "activity"}


def record_history_for(db: Any, user_id: int | None, entity: str, record_id: int) -> list[Any]:
    """A record's history for a viewer who may see the record (else NotFoundError, as when opening it)."""
    from crm_desktop.db.models import Base
    from crm_desktop.errors import NotFoundError

    from .history import record_history

    table = Base.metadata.tables.get(entity)
    if table is not None and "is_private" in table.c and isinstance(record_id, int):
        from .crud import model_for_table

        model = model_for_table(entity)
        with db.read() as session:
            obj = session.get(model, record_id)
            if obj is not None and not can_see(session, obj, user_id):
                raise NotFoundError(_SINGULAR.get(entity, entity.rstrip("s")), record_id)
    return record_history(db, entity, record_id)


def recent_changes_for(db: Any, user_id: int | None, **options: Any) -> list[Any]:
    """The office-wide log of changes: administrators only (it names every record, private ones too)."""
    from .auth import require_admin
    from .history import recent_changes

    with db.read() as session:
        require_admin(session, user_id)
    return recent_changes(db, **options)


ARCHIVE_ADMIN_ONLY = (
    "only an administrator can export the full archive while the office requires passwords "
    "(the archive is a backup and holds every private record)"
)


def may_export_archive(db: Any, user_id: int | None) -> bool:
    """The full archive is complete, other people's private records included (it is a backup). So when the
    office requires passwords only an administrator may write it; without passwords anyone may, as before."""
    from .auth import office_security

    if not office_security(db).passwords_required:
        return True
    with db.read() as session:
        return is_admin(session, user_id)


def require_archive_right(db: Any, user_id: int | None) -> None:
    from .auth import AccountError

    if not may_export_archive(db, user_id):
        raise AccountError(ARCHIVE_ADMIN_ONLY)
