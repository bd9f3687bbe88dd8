"""The Trash across every kind of record: list, restore, purge, empty."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import func, select, update

from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Activity,
    Appointment,
    AuditEntry,
    Company,
    Contact,
    Document,
    EmailAddress,
    EmailMessage,
    Opportunity,
    Record,
)
from crm_desktop.errors import ValidationError
from crm_desktop.services import trash as trash_module
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.mail_docs import DocumentService, EmailMessageService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.trash import TrashService

START = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _rows(db: Database, model: type[Record], *, trashed: bool | None = None) -> int:
    query = select(func.count()).select_from(model)
    if trashed is not None:
        query = query.where(model.deleted_at.is_not(None) if trashed else model.deleted_at.is_(None))
    with db.read() as session:
        return session.scalar(query) or 0


def _one_of_each(db: Database, user_id: int | None = None) -> dict[str, Any]:
    """One record of every kind, created and deleted in this order (so the newest deletion is last)."""
    PipelineService(db).ensure_default()
    contact = ContactService(db, user_id).create({"display_name": "مریم رضایی"})
    made = {
        "contacts": (ContactService, contact),
        "companies": (CompanyService, CompanyService(db).create({"name": "Acme", "emails": ["info@acme.ir"]})),
        "opportunities": (OpportunityService, OpportunityService(db).create({"title": "Big deal"})),
        "activities": (ActivityService, ActivityService(db).create({"kind": "call", "subject": "Call back"})),
        "appointments": (
            AppointmentService,
            AppointmentService(db).create({"title": "Meeting", "starts_at": START, "ends_at": START}),
        ),
        "emails": (EmailMessageService, EmailMessageService(db).create({"subject": "", "from_address": "a@b.ir"})),
        "documents": (DocumentService, DocumentService(db).add(b"%PDF-1.4", "offer.pdf")),
    }
    for service, dto in made.values():
        service(db, user_id).delete(dto.id)
    return {name: dto for name, (_service, dto) in made.items()}


def _age(db: Database, model: type[Record], record_id: int, days: int) -> None:
    """Pretend the record went to the Trash ``days`` ago."""
    with db.write() as session:
        when = datetime.now(UTC) - timedelta(days=days)
        session.execute(update(model).where(model.id == record_id).values(deleted_at=when))


def test_lists_every_kind_newest_deletion_first_with_who_deleted(db: Database) -> None:
    sara = UserService(db).create({"login": "sara", "display_name": "Sara Ahmadi"})
    made = _one_of_each(db, sara.id)
    ContactService(db).create({"display_name": "Still here"})  # live records are not in the Trash

    items = TrashService(db).list()
    assert [(i.entity, i.id) for i in items] == [(name, dto.id) for name, dto in reversed(made.items())]
    titles = {i.entity: i.title for i in items}
    assert titles == {
        "contacts": "مریم رضایی",
        "companies": "Acme",
        "opportunities": "Big deal",
        "activities": "Call back",
        "appointments": "Meeting",
        "emails": "a@b.ir",  # no subject: the sender says what it was
        "documents": "offer",
    }
    assert {(i.deleted_by_id, i.deleted_by_name) for i in items} == {(sara.id, "Sara Ahmadi")}
    assert all(i.version == made[i.entity].version + 1 for i in items)

    contacts = TrashService(db).list("contacts")
    assert [(i.entity, i.id) for i in contacts] == [("contacts", made["contacts"].id)]
    assert len(TrashService(db).list(limit=3)) == 3
    assert TrashService(db).count() == 7


def test_restore_and_purge_go_through_the_entity_service(db: Database) -> None:
    made = _one_of_each(db)
    trash = TrashService(db, None)

    restored = trash.restore("contacts", made["contacts"].id)
    assert restored.deleted_at is None
    assert _rows(db, Contact, trashed=False) == 1
    with pytest.raises(ValidationError) as raised:
        trash.purge("contacts", made["contacts"].id)  # not in the Trash any more
    assert "deleted_at" in raised.value.errors

    trash.purge("companies", made["companies"].id)
    assert _rows(db, Company) == 0
    assert _rows(db, EmailAddress) == 0  # its email address went with it
    with db.read() as session:
        actions = session.scalars(
            select(AuditEntry.action).where(AuditEntry.entity == "companies").order_by(AuditEntry.id)
        ).all()
    assert actions == ["create", "delete", "purge"]
    assert {i.entity for i in trash.list()} == {"opportunities", "activities", "appointments", "emails", "documents"}


@pytest.mark.parametrize("call", ["list", "restore", "purge"])
def test_unknown_entity_is_refused(db: Database, call: str) -> None:
    trash = TrashService(db)
    with pytest.raises(ValidationError) as raised:
        trash.list("users") if call == "list" else getattr(trash, call)("users", 1)
    assert "entity" in raised.value.errors


def test_empty_older_than_purges_only_old_deletions(db: Database) -> None:
    made = _one_of_each(db)
    _age(db, Contact, made["contacts"].id, 40)
    _age(db, Document, made["documents"].id, 31)
    _age(db, Activity, made["activities"].id, 5)
    live = ContactService(db).create({"display_name": "Live"})

    assert TrashService(db).empty(older_than_days=30) == 2
    assert _rows(db, Contact) == 1 and _rows(db, Document) == 0
    assert _rows(db, Activity, trashed=True) == 1
    assert len(TrashService(db).list()) == 5

    assert TrashService(db).empty() == 5
    assert TrashService(db).list() == []
    for model in (Company, Opportunity, Activity, Appointment, EmailMessage):
        assert _rows(db, model) == 0
    assert ContactService(db).get(live.id).display_name == "Live"
    assert TrashService(db).empty() == 0


@pytest.mark.parametrize("days", [-1, 1.5, True, "7"])
def test_empty_refuses_a_bad_age(db: Database, days: Any) -> None:
    with pytest.raises(ValidationError) as raised:
        TrashService(db).empty(older_than_days=days)
    assert "older_than_days" in raised.value.errors


def test_empty_purges_rows_that_cascade_onto_each_other(db: Database) -> None:
    """A series with its changed occurrence, an email with its attachment: all trashed, all purged cleanly."""
    appointments = AppointmentService(db)
    series = appointments.create(
        {"title": "Weekly", "starts_at": START, "ends_at": START, "recurrence_rule": "FREQ=WEEKLY;COUNT=5"}
    )
    moved = START + timedelta(days=7, hours=2)
    occurrence = appointments.create(
        {"title": "Weekly (moved)", "starts_at": moved, "ends_at": moved, "series_id": series.id}
    )
    email = EmailMessageService(db).create({"subject": "Offer", "message_id": "<1@x>"})
    attachment = DocumentService(db).add(b"data", "offer.pdf", email_id=email.id)
    for service, dto in [
        (appointments, series),
        (appointments, occurrence),
        (EmailMessageService(db), email),
        (DocumentService(db), attachment),
    ]:
        service.delete(dto.id)

    assert TrashService(db).empty() == 4
    for model in (Appointment, EmailMessage, Document):
        assert _rows(db, model) == 0


def test_empty_is_all_or_nothing(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    _one_of_each(db)
    original = trash_module.TrashService._purge_where
    calls: list[str] = []

    def failing(session: Any, kind: Any, condition: Any) -> int:
        calls.append(kind.model.__tablename__)
        if len(calls) == 3:
            raise RuntimeError("disk unplugged")
        return original(session, kind, condition)

    monkeypatch.setattr(trash_module.TrashService, "_purge_where", staticmethod(failing))
    with pytest.raises(RuntimeError):
        TrashService(db).empty()
    assert len(calls) == 3
    assert len(TrashService(db).list()) == 7  # the two kinds purged before the failure came back
    assert _rows(db, Document) == 1 and _rows(db, Activity) == 1
