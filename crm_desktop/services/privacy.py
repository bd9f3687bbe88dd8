"""Private records: seen only by their owner and by administrators, whatever face asks (list, search,
timeline, open, CLI).

The owner is ``owner_id``, or the creator when no owner is set; a task or note also belongs to its assignee.
Nobody logged in (``user_id`` None: a script without ``--user``) sees no private record. Administrators get no
extra condition, so their lists keep the index-only plans measured on a million rows; other users' lists
pay for the ``is_private`` check (see README, "Sharing one database file").
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import and_, or_
from sqlalchemy.orm import Session

from . import audit_points  # noqa: F401  (every write path imports this module: the history of emails/tags)
from .auth import is_admin


def owner_conditions(model: Any, user_id: int) -> list[Any]:
    columns = model.__table__.c
    if "owner_id" in columns:
        owned = [model.owner_id == user_id, and_(model.owner_id.is_(None), model.created_by_id == user_id)]
    else:
        owned = [model.created_by_id == user_id]
    if "assignee_id" in columns:
        owned.append(model.assignee_id == user_id)
    return owned


def visible(session: Session, model: Any, user_id: int | None) -> list[Any]:
    """Conditions (possibly none) that keep other people's private rows of ``model`` out of a query."""
    if "is_private" not in model.__table__.c or is_admin(session, user_id):
        return []
    public = model.is_private.is_not(True)
    if user_id is None:
        return [public]
    return [or_(public, *owner_conditions(model, user_id))]


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
