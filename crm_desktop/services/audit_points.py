"""The history of a contact's or company's emails, phones, addresses and tags, written on the record itself.

The audit log (db/audit.py) records columns of ORM rows. A contact's emails, phones and addresses are rows of
their own, replaced on every save, and their removal (delete-orphan) leaves no audit row; tags are link-table
rows with no audit at all. So gathering the child rows by parent id would show what was added but never what
was removed. Instead, at flush time, the before/after lists are compared here and written as one more field of
the parent's audit row of that save (``"emails": [["a@x.ir"], ["b@x.ir"]]``), or as a row of their own when
nothing else of the record changed. Only lists that really differ are written (a form saving the same emails
again leaves no trace).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import event, func, insert, inspect, select, update
from sqlalchemy.orm import Session

from crm_desktop.db.audit import AuditedSession, jsonable
from crm_desktop.db.models import AuditEntry, Company, Contact, Setting, utcnow

POINT_FIELDS = ("emails", "phones", "addresses", "tags")
# Audit ids up to this one were written before the records carried their lists (services/history.py reads
# older saves from the child rows below it). Set once, by the first save that writes a list.
SINCE_KEY = "history.points_logged_after_audit_id"
_KEY, _SINCE = "point_changes", "point_changes_since"


def point_text(field: str, item: Any) -> str:
    """How one email, phone, address or tag reads in the history (label in brackets)."""
    if field == "tags":
        return str(item.name)
    if field == "emails":
        text = item.address or ""
    elif field == "phones":
        text = item.raw or ""
    else:
        parts = (item.street, item.postal_code, item.city, item.region, item.country)
        text = ", ".join(str(p).replace("\n", ", ") for p in parts if p)
    return f"{text} ({item.label})" if getattr(item, "label", "") else text


def _ordered(field: str, items: list[Any]) -> list[str]:
    if field != "tags":
        items = sorted(items, key=lambda i: (i.position or 0, i.id or 0))
    return [point_text(field, i) for i in items]


@event.listens_for(AuditedSession, "before_flush")
def _note_point_changes(session: Session, _ctx: object, _instances: object) -> None:
    found: list[tuple[Any, dict[str, list[list[str]]]]] = []
    for obj in [*session.new, *session.dirty]:
        if not isinstance(obj, Contact | Company):
            continue
        changes: dict[str, list[list[str]]] = {}
        state = inspect(obj)
        for field in POINT_FIELDS:
            history = state.attrs[field].history  # never loads a collection (lazy="raise" stays quiet)
            if not history.has_changes():
                continue
            old = _ordered(field, [*history.unchanged, *history.deleted])
            new = _ordered(field, list(getattr(obj, field)))
            if old != new:
                changes[field] = [old, new]
        if changes:
            found.append((obj, changes))
    if found:  # replaced, not added to: a flush that failed before after_flush rolled its transaction back
        _mark_start(session)
        session.info[_KEY] = found
        session.info.setdefault(_SINCE, utcnow())  # the first flush of the save: one audit row per record


def _mark_start(session: Session) -> None:
    """Remember (once per database) the last audit id written before lists were carried on the records."""
    if session.info.get(SINCE_KEY):
        return
    connection = session.connection()  # Core only: a query through the session here would flush again
    if connection.execute(select(Setting.key).where(Setting.key == SINCE_KEY)).first() is not None:
        session.info[SINCE_KEY] = True
        return
    last = connection.execute(select(func.max(AuditEntry.id))).scalar() or 0
    dialect = connection.dialect.name
    if dialect in ("sqlite", "postgresql"):
        module = __import__(f"sqlalchemy.dialects.{dialect}", fromlist=["insert"])
        statement = module.insert(Setting.__table__).values(key=SINCE_KEY, value={"v": last})
        connection.execute(statement.on_conflict_do_nothing(index_elements=["key"]))  # another computer was first
    session.info[SINCE_KEY] = True


@event.listens_for(AuditedSession, "after_flush")
def _write_point_changes(session: Session, _ctx: object) -> None:
    """Runs after db/audit.py's writer (registered first), so this save's row of the record already exists."""
    found = session.info.pop(_KEY, None)
    since = session.info.get(_SINCE)
    if not found or since is None:
        return
    connection = session.connection()
    user = session.info.get("user_id")
    for obj, changes in found:
        entity = obj.__tablename__
        row = connection.execute(
            select(AuditEntry.id, AuditEntry.changes)
            .where(AuditEntry.entity == entity, AuditEntry.entity_id == obj.id, AuditEntry.at >= since)
            .order_by(AuditEntry.id.desc())
            .limit(1)
        ).first()
        values = {field: jsonable(pair) for field, pair in changes.items()}
        if row is not None:
            merged = {**(row.changes or {}), **values}
            table = AuditEntry.__table__
            connection.execute(update(table).where(table.c.id == row.id).values(changes=merged))
        else:
            entry = {"at": utcnow(), "user_id": user, "entity": entity, "entity_id": obj.id, "action": "update"}
            connection.execute(insert(AuditEntry), [{**entry, "changes": values}])


@event.listens_for(AuditedSession, "after_commit")
@event.listens_for(AuditedSession, "after_rollback")
def _forget(session: Session) -> None:
    session.info.pop(_KEY, None)
    session.info.pop(_SINCE, None)
