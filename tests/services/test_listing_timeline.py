"""List pages for the lazy views, and the 360-degree timeline."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from crm_desktop.db.engine import Database
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.listing import ListingService
from crm_desktop.services.mail_docs import DocumentService, EmailMessageService
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.timeline import TimelineService


def test_pages_follow_alphabet_order_and_filters(db: Database) -> None:
    company = CompanyService(db).create({"name": "پارس"})
    contacts = ContactService(db)
    for name in ["ژاله", "Zed", "آرش", "پرویز", "bob", "گلناز"]:
        contacts.create(
            {
                "display_name": name,
                "company_id": company.id if name in ("ژاله", "Zed") else None,
                "emails": [f"{len(name)}@x.com"],
                "tags": ["VIP"] if name == "bob" else [],
            }
        )
    listing = ListingService(db)
    ids = listing.page_ids("contacts", {}, "name", False, 0, 100)
    names = [r.display_name for r in listing.contact_rows(ids)]
    assert names == ["bob", "Zed", "آرش", "پرویز", "ژاله", "گلناز"]
    assert listing.page_ids("contacts", {}, "name", True, 0, 2) == list(reversed(ids))[:2]
    assert listing.page_ids("contacts", {}, "name", False, 4, 100) == ids[4:]
    assert listing.count("contacts", {"company_id": company.id}) == 2
    assert [
        r.display_name for r in listing.contact_rows(listing.page_ids("contacts", {"tag": "vip"}, "name", False, 0, 9))
    ] == ["bob"]
    row = listing.contact_rows([ids[0]])[0]
    assert row.email == "3@x.com" and row.company_name is None
    zed = listing.contact_rows([ids[1]])[0]
    assert zed.company_name == "پارس"
    assert [r.people for r in listing.company_rows([company.id])] == [2]


def test_open_deal_filter(db: Database) -> None:
    PipelineService(db).ensure_default()
    contacts = ContactService(db)
    a, b = contacts.create({"display_name": "A"}), contacts.create({"display_name": "B"})
    OpportunityService(db).create({"title": "Deal", "contact_id": a.id, "amount_minor": 100, "currency": "EUR"})
    listing = ListingService(db)
    assert listing.page_ids("contacts", {"has_open_deal": True}, "name", False, 0, 10) == [a.id]
    assert listing.page_ids("contacts", {"has_open_deal": False}, "name", False, 0, 10) == [b.id]


def test_timeline_collects_everything_newest_first(db: Database) -> None:
    PipelineService(db).ensure_default()
    company = CompanyService(db).create({"name": "Nour"})
    person = ContactService(db).create({"display_name": "Huda", "company_id": company.id})
    base = datetime(2026, 1, 1, 9, tzinfo=UTC)
    ActivityService(db).create(
        {
            "kind": "call",
            "subject": "First call",
            "contact_id": person.id,
            "occurred_at": base,
            "outcome": "interested",
            "duration_minutes": 5,
        }
    )
    AppointmentService(db).create(
        {
            "title": "Visit",
            "starts_at": base + timedelta(days=3),
            "ends_at": base + timedelta(days=3, hours=1),
            "attendee_ids": [person.id],
        }
    )
    EmailMessageService(db).create(
        {
            "subject": "Offer",
            "from_address": "me@x.com",
            "direction": "out",
            "state": "sent",
            "sent_at": base + timedelta(days=1),
            "contact_ids": [person.id],
        }
    )
    DocumentService(db).add(b"pdf", "offer.pdf", company_id=company.id)
    OpportunityService(db).create(
        {"title": "Big deal", "company_id": company.id, "amount_minor": 123456, "currency": "SAR"}
    )
    items = TimelineService(db).for_contact(person.id)
    assert [i.kind for i in items] == ["appointment", "email", "call"]
    assert items[2].detail == "interested · 5 min"
    company_items = TimelineService(db).for_company(company.id)
    assert {i.kind for i in company_items} == {"appointment", "email", "call", "document", "deal"}
    assert [i.when for i in company_items] == sorted((i.when for i in company_items), reverse=True)
    assert [i.kind for i in TimelineService(db).for_company(company.id, kinds={"deal"})] == ["deal"]
