"""The Trash: every soft-deleted record in one list, restored or purged through its own service.

Deleting only stamps ``deleted_at`` (DESIGN.md: purge is explicit), so the Trash is a view over the
partial ``ix_<table>_trash`` indexes; restore and purge go through each entity's service so its rules
(children, audit) apply exactly as from the record's own screen.

Private records keep their privacy in the Trash: another user's private deleted records are not listed or
counted, and restoring or purging one is refused as if it did not exist (the services' own ``can_see``);
emptying the Trash as a person leaves them for their owner. With no user (the office's automatic purge of
old entries at start-up) ``empty`` acts for the office and purges everything that is old enough.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from typing import Any

from sqlalchemy import ColumnElement, and_, func, select
from sqlalchemy.orm import Session, selectinload

from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Activity,
    Appointment,
    Company,
    Contact,
    Document,
    EmailMessage,
    Opportunity,
    Record,
    User,
    utcnow,
)
from crm_desktop.errors import ValidationError

from .activities import ActivityService, AppointmentService
from .crud import CrudService
from .dto import RecordDTO, TrashItem
from .mail_docs import DocumentService, EmailMessageService
from .people import CompanyService, ContactService
from .privacy import visible
from .sales import OpportunityService


@dataclass(frozen=True)
class _Kind:
    service: type[CrudService[Any, Any]]
    model: type[Record]
    title: Any  # SQL expression giving the title the user recognises the record by


# Purge order for ``empty``: rows that a later purge would cascade away go first, so the unit of work never
# deletes a row the database has already removed (which would look like a conflicting edit).
TRASH_KINDS: dict[str, _Kind] = {
    "documents": _Kind(DocumentService, Document, func.coalesce(func.nullif(Document.title, ""), Document.file_name)),
    "activities": _Kind(ActivityService, Activity, Activity.subject),
    "appointments": _Kind(AppointmentService, Appointment, Appointment.title),
    "emails": _Kind(
        EmailMessageService,
        EmailMessage,
        func.coalesce(func.nullif(EmailMessage.subject, ""), EmailMessage.from_address, ""),
    ),
    "opportunities": _Kind(OpportunityService, Opportunity, Opportunity.title),
    "contacts": _Kind(ContactService, Contact, Contact.display_name),
    "companies": _Kind(CompanyService, Company, Company.name),
}
MAX_LIST = 10_000


class TrashService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    def list(self, entity: str | None = None, limit: int = 500) -> list[TrashItem]:
        """Trashed records, newest deletion first (each table read through its small Trash index)."""
        kinds = [entity] if entity is not None else list(TRASH_KINDS)
        for name in kinds:
            self._kind(name)
        limit = max(1, min(limit, MAX_LIST))
        items: list[TrashItem] = []
        with self.db.read() as session:
            for name in kinds:
                items.extend(self._trashed(session, name, limit))
        items.sort(key=lambda item: (item.deleted_at, item.entity, item.id), reverse=True)
        return items[:limit]

    def count(self) -> int:
        """How many records the Trash holds (for its navigation badge)."""
        with self.db.read() as session:
            return sum(
                session.scalar(
                    select(func.count())
                    .select_from(k.model)
                    .where(k.model.deleted_at.is_not(None), *visible(session, k.model, self.user_id))
                )
                or 0
                for k in TRASH_KINDS.values()
            )

    def restore(self, entity: str, record_id: int) -> RecordDTO:
        return self._service(entity).restore(record_id)

    def purge(self, entity: str, record_id: int) -> None:
        self._service(entity).purge(record_id)

    def empty(self, older_than_days: int | None = None) -> int:
        """Purge the whole Trash (or what was deleted more than N days ago) in one transaction.

        All or nothing: a failure part-way leaves the Trash as it was.
        """
        if older_than_days is not None and (
            not isinstance(older_than_days, int) or isinstance(older_than_days, bool) or older_than_days < 0
        ):
            raise ValidationError({"older_than_days": "must be a whole number of days, 0 or more"})
        cutoff = None if older_than_days is None else utcnow() - timedelta(days=older_than_days)

        def work(session: Session) -> int:
            purged = 0
            for kind in TRASH_KINDS.values():
                condition = kind.model.deleted_at.is_not(None)
                if cutoff is not None:
                    condition = condition & (kind.model.deleted_at < cutoff)
                if self.user_id is not None:  # a person empties only what they may see
                    condition = and_(condition, *visible(session, kind.model, self.user_id))
                purged += self._purge_where(session, kind, condition)
            return purged

        return self.db.run_write(work, self.user_id)

    # ---- internals -------------------------------------------------------------------------------
    @staticmethod
    def _kind(entity: str) -> _Kind:
        kind = TRASH_KINDS.get(entity)
        if kind is None:
            raise ValidationError({"entity": f"{entity!r} has no Trash; use one of {', '.join(sorted(TRASH_KINDS))}"})
        return kind

    def _service(self, entity: str) -> CrudService[Any, Any]:
        return self._kind(entity).service(self.db, self.user_id)

    def _trashed(self, session: Session, entity: str, limit: int) -> list[TrashItem]:
        kind = self._kind(entity)
        model = kind.model
        query = (
            select(model.id, kind.title, model.deleted_at, model.updated_by_id, model.version, User.display_name)
            .outerjoin(User, User.id == model.updated_by_id)
            .where(model.deleted_at.is_not(None), *visible(session, model, self.user_id))
            .order_by(model.deleted_at.desc(), model.id.desc())
            .limit(limit)
        )
        return [
            TrashItem(
                entity=entity,
                id=row[0],
                title=row[1] or "",
                deleted_at=row[2],
                deleted_by_id=row[3],
                deleted_by_name=row[5],
                version=row[4],
            )
            for row in session.execute(query)
        ]

    @staticmethod
    def _purge_where(session: Session, kind: _Kind, condition: ColumnElement[bool]) -> int:
        """Delete through the ORM (children and the audit log follow), flushing per table."""
        model = kind.model
        loaders = [selectinload(getattr(model, child)) for child in kind.service.children]
        objects = list(session.scalars(select(model).options(*loaders).where(condition)))
        # A series' changed occurrences go with it (ON DELETE CASCADE): delete them first, in their own flush.
        occurrences = [o for o in objects if isinstance(o, Appointment) and o.series_id is not None]
        rest = [o for o in objects if not (isinstance(o, Appointment) and o.series_id is not None)]
        for batch in (occurrences, rest):
            for obj in batch:
                session.delete(obj)
            session.flush()
        return len(objects)
