"""Merging contacts and companies: every linked row kept and moved, field choices, one audited transaction."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Activity,
    AuditEntry,
    Base,
    Contact,
    Document,
    EmailAddress,
    EmailMessage,
    Opportunity,
    PhoneNumber,
    appointment_attendees,
    email_contacts,
)
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.mail_docs import DocumentService, EmailMessageService
from crm_desktop.services.merge import MergeFlow, MergeService
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.search import SearchService

WHEN = datetime(2026, 3, 1, 9, 0, tzinfo=UTC)


def table_counts(db: Database) -> dict[str, int]:
    with db.read() as s:
        return {t.name: s.scalar(select(func.count()).select_from(t)) or 0 for t in Base.metadata.sorted_tables}


def linked_to(db: Database, contact_id: int) -> dict[str, int]:
    with db.read() as s:
        count = lambda q: s.scalar(select(func.count()).select_from(q.subquery())) or 0  # noqa: E731
        return {
            "emails": count(select(EmailAddress.id).where(EmailAddress.contact_id == contact_id)),
            "phones": count(select(PhoneNumber.id).where(PhoneNumber.contact_id == contact_id)),
            "activities": count(select(Activity.id).where(Activity.contact_id == contact_id)),
            "deals": count(select(Opportunity.id).where(Opportunity.contact_id == contact_id)),
            "documents": count(select(Document.id).where(Document.contact_id == contact_id)),
            "attending": count(select(appointment_attendees).where(appointment_attendees.c.contact_id == contact_id)),
            "email_links": count(select(email_contacts).where(email_contacts.c.contact_id == contact_id)),
        }


@pytest.fixture
def pair(db: Database) -> tuple[int, int]:
    """Two records of one person, each with its own history, sharing one email and one meeting."""
    PipelineService(db).ensure_default()
    CustomFieldService(db).create("contacts", "Customer number", "text")
    CustomFieldService(db).create("contacts", "Referred by", "text")
    people = ContactService(db)
    a = people.create(
        {
            "given_name": "Ali",
            "family_name": "Rezaei",
            "emails": ["ali@x.com"],
            "phones": ["+98 912 000 0001"],
            "tags": ["VIP"],
            "custom_fields": {"customer_number": "C-1"},
            "job_title": None,
        }
    ).id
    b = people.create(
        {
            "display_name": "Ali Rezaei (mobile)",
            "emails": ["ALI@x.com", "ali.r@home.ir"],
            "phones": ["+98 935 000 0002"],
            "addresses": [{"street": "Valiasr 12", "city": "Tehran", "country": "IR"}],
            "tags": ["Partner", "vip"],
            "job_title": "Buyer",
            "custom_fields": {"customer_number": "C-2", "referred_by": "Sara"},
            "notes": "met at fair",
        }
    ).id
    activities = ActivityService(db)
    for who in (a, b, b):
        activities.create({"kind": "call", "subject": f"Call {who}", "contact_id": who})
    OpportunityService(db).create({"title": "Renewal", "contact_id": b, "currency": "EUR"})
    DocumentService(db).add(b"offer", "offer.pdf", contact_id=b)
    meeting = {"title": "Kick-off", "starts_at": WHEN, "ends_at": WHEN + timedelta(hours=1)}
    AppointmentService(db).create({**meeting, "attendee_ids": [a, b]})
    AppointmentService(db).create({**meeting, "title": "Demo", "attendee_ids": [b]})
    EmailMessageService(db).create({"subject": "Hello", "contact_ids": [b]})
    return a, b


def test_merge_moves_everything_and_keeps_every_row(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair
    before_tables, before_a, before_b = table_counts(db), linked_to(db, a), linked_to(db, b)
    result = MergeService(db).merge("contacts", a, [b], {"job_title": b, "custom_fields.customer_number": a})
    after = linked_to(db, a)
    assert after == {
        "emails": 2,  # ali@x.com once (the other's copy stays with the trashed record), ali.r@home.ir moved
        "phones": 2,
        "activities": 3,
        "deals": 1,
        "documents": 1,
        "attending": 2,  # the Demo moved; Kick-off was attended by both
        "email_links": 1,
    }
    assert all(after[k] == before_a[k] + before_b[k] for k in ("phones", "activities", "deals", "documents"))
    assert linked_to(db, b) == {**dict.fromkeys(after, 0), "emails": 1, "attending": 1}  # duplicates stay behind
    changed = {k: v - before_tables[k] for k, v in table_counts(db).items() if v != before_tables[k]}
    assert changed == {"audit_log": changed["audit_log"], "contact_tags": 1}  # no row lost; Partner added to a
    assert result.merged_ids == (b,) and result.moved["activities"] == 2 and result.moved["appointment_attendance"] == 1
    survivor = ContactService(db).get(a)
    assert survivor.job_title == "Buyer" and survivor.notes == "met at fair"  # chosen, and filled from the other
    assert survivor.display_name == "Ali Rezaei"
    assert survivor.custom_fields == {"customer_number": "C-1", "referred_by": "Sara"}
    assert sorted(survivor.tags) == ["Partner", "VIP"]
    assert [e.address for e in survivor.emails] == ["ali@x.com", "ali.r@home.ir"] and survivor.emails[0].is_primary
    assert survivor.addresses[0].city == "Tehran" and survivor.addresses[0].is_primary
    with pytest.raises(NotFoundError):
        ContactService(db).get(b)
    assert ContactService(db).get(b, include_deleted=True).deleted_at is not None  # in the Trash, restorable
    with db.read() as s:
        entry = s.scalars(select(AuditEntry).where(AuditEntry.action == "merge")).one()
    assert entry.entity == "contacts" and entry.entity_id == a and entry.changes["merged"] == [b]
    assert len(entry.changes["moved"]["activities"]) == 2
    # The index followed: the merged-away email and history now lead to the survivor.
    assert {(h.entity, h.id) for h in SearchService(db).search("home.ir").hits()} == {("contacts", a)}
    assert {h.contact_id for h in SearchService(db).search(f"call {b}").hits()} == {a}
    ContactService(db).restore(b)  # restoring the merged-away record works
    assert ContactService(db).get(b).emails[0].address == "ALI@x.com"


def test_stale_merge_changes_nothing(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair
    flow = MergeFlow(MergeService(db), "contacts", [a, b])
    ContactService(db).update(b, ContactService(db).get(b).version, {"job_title": "Edited elsewhere"})
    before = (table_counts(db), linked_to(db, a), linked_to(db, b))
    with pytest.raises(ConflictError):
        flow.finish()
    assert (table_counts(db), linked_to(db, a), linked_to(db, b)) == before


def test_merge_flow_defaults_and_choices(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair
    flow = MergeFlow(MergeService(db), "contacts", [b, a])
    assert flow.plan.survivor_id == a  # the oldest record survives unless chosen
    fields = {f.field: f for f in flow.plan.fields}
    assert {"display_name", "given_name", "job_title", "notes", "custom_fields.customer_number"} <= set(fields)
    assert "lifecycle_stage" not in fields  # the same everywhere: nothing to choose
    assert flow.value("job_title") == "Buyer" and flow.value("display_name") == "Ali Rezaei"
    assert flow.plan.linked["activities"] == 2 and flow.plan.linked["email_links"] == 1
    flow.set_survivor(b)
    assert flow.plan.survivor_id == b and flow.value("display_name") == "Ali Rezaei (mobile)"
    assert flow.value("given_name") == "Ali"  # the survivor has none: the other's fills the gap
    flow.choose("display_name", a)
    with pytest.raises(ValidationError):
        flow.choose("lifecycle_stage", a)
    result = flow.finish()
    assert result.survivor_id == b and ContactService(db).get(b).display_name == "Ali Rezaei"
    assert linked_to(db, b)["activities"] == 3


def test_bad_merges_are_refused(db: Database, pair: tuple[int, int]) -> None:
    a, b = pair
    service = MergeService(db)
    with pytest.raises(ValidationError):
        service.merge("contacts", a, [a])
    with pytest.raises(ValidationError):
        service.merge("contacts", a, [b], {"job_title": 999})
    with pytest.raises(ValidationError):
        service.merge("activities", a, [b])
    with pytest.raises(NotFoundError):
        service.merge("contacts", a, [12345])
    ContactService(db).delete(b)
    with pytest.raises(NotFoundError):
        service.merge("contacts", a, [b])


def test_company_merge_moves_people_history_and_children(db: Database) -> None:
    companies, people = CompanyService(db), ContactService(db)
    keep = companies.create({"name": "Acme", "website": "acme.de", "phones": ["+49 30 1234567"]}).id
    gone = companies.create({"name": "ACME GmbH", "industry": "Tools", "phones": ["+49 30 1234567"]}).id
    child = companies.create({"name": "Acme Hamburg", "parent_id": gone}).id
    worker = people.create({"display_name": "Lena Vogel", "company_id": gone}).id
    ActivityService(db).create({"kind": "note", "subject": "Visited", "company_id": gone})
    EmailMessageService(db).create({"subject": "Order", "company_id": gone})
    result = MergeService(db).merge("companies", keep, [gone])
    assert result.moved == {"contacts": 1, "activities": 1, "emails": 1, "child_companies": 1}
    assert people.get(worker).company_id == keep and companies.get(child).parent_id == keep
    survivor = companies.get(keep)
    assert survivor.industry == "Tools" and len(survivor.phones) == 1  # filled gap; the shared phone once
    with db.read() as s:
        assert s.scalar(select(func.count()).where(EmailMessage.company_id == keep)) == 1
        assert s.scalar(select(func.count()).where(Contact.company_id == gone)) == 0
    assert {(h.entity, h.id) for h in SearchService(db).search("lena").hits()} == {("contacts", worker)}
