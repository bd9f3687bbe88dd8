"""Contacts through the service layer, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import AuditEntry, Contact, EmailAddress
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError
from crm_desktop.services.people import CompanyService, ContactService, UserService


def _count(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


@pytest.fixture
def contacts(db: Database) -> ContactService:
    user = UserService(db).create({"login": "sara", "display_name": "Sara", "role": "admin"})
    return ContactService(db, user.id)


def test_create_persian_contact_with_points(contacts: ContactService) -> None:
    created = contacts.create(
        {
            "given_name": "علی",
            "family_name": "رضایی",
            "emails": [{"address": "Ali.Rezaei@Example.ORG", "label": "work"}, "ali@home.ir"],
            "phones": ["+98 912 345 6789"],
            "tags": ["VIP", "مشتری"],
            "addresses": [{"street": "خیابان ولیعصر ۱۲", "city": "تهران", "country": "ir"}],
        }
    )
    loaded = contacts.get(created.id)
    assert loaded.display_name == "علی رضایی"
    assert [e.address for e in loaded.emails] == ["Ali.Rezaei@Example.ORG", "ali@home.ir"]
    assert loaded.primary_email == "Ali.Rezaei@Example.ORG"
    assert loaded.phones[0].e164 == "+989123456789"
    assert loaded.addresses[0].country == "IR"
    assert loaded.tags == ("VIP", "مشتری")
    assert loaded.version == 1 and loaded.created_by_id == contacts.user_id


def test_emails_are_searchable_lower_case(contacts: ContactService) -> None:
    created = contacts.create({"display_name": "Hans", "emails": ["Hans.Mueller@Firma.DE"]})
    with contacts.db.read() as session:
        norm = session.scalar(select(EmailAddress.address_norm).where(EmailAddress.contact_id == created.id))
    assert norm == "hans.mueller@firma.de"


@pytest.mark.parametrize(
    ("values", "field"),
    [
        ({"display_name": "x", "emails": ["not-an-email"]}, "emails[0]"),
        ({"display_name": "x", "emails": ["a@b.c", "two@@x.com"]}, "emails[1]"),
        ({"display_name": "x", "phones": ["12"]}, "phones[0]"),
        ({"display_name": "x", "phones": ["+98 12"]}, "phones[0]"),
        ({"display_name": "N" * 100_000}, "display_name"),
        ({"given_name": "Ali\x00"}, "given_name"),
        ({"display_name": "x", "notes": "a\x00b"}, "notes"),
        ({"display_name": "x", "lifecycle_stage": "friend"}, "lifecycle_stage"),
        ({"display_name": "x", "company_id": 424242}, "company_id"),
        ({"display_name": "x", "birthday": "31/12/1990"}, "birthday"),
        ({"display_name": "x", "favourite_colour": "blue"}, "favourite_colour"),
        ({"display_name": "x", "version": 7}, "version"),
        ({}, "display_name"),
    ],
)
def test_bad_input_names_the_field_and_writes_nothing(contacts: ContactService, values: dict, field: str) -> None:
    before = (_count(contacts.db, Contact), _count(contacts.db, AuditEntry))
    with pytest.raises(ValidationError) as raised:
        contacts.create(values)
    assert field in raised.value.errors
    assert (_count(contacts.db, Contact), _count(contacts.db, AuditEntry)) == before


def test_all_field_errors_are_reported_at_once(contacts: ContactService) -> None:
    with pytest.raises(ValidationError) as raised:
        contacts.create({"display_name": "x", "emails": ["bad"], "phones": ["1"], "lifecycle_stage": "?"})
    assert {"emails[0]", "phones[0]", "lifecycle_stage"} <= raised.value.errors.keys()


def test_sql_metacharacters_are_stored_verbatim(contacts: ContactService) -> None:
    nasty = "Robert'); DROP TABLE contacts;-- \"%_\\ ' OR 1=1 --"
    created = contacts.create({"display_name": nasty, "notes": nasty, "job_title": "%_"})
    contacts.create({"display_name": "Plain Name"})
    assert contacts.get(created.id).display_name == nasty
    # LIKE wildcards in the query are matched literally, not as wildcards.
    assert [c.id for c in contacts.list(filters={"query": "%_"})] == [created.id]
    assert [c.id for c in contacts.list(filters={"query": "drop table"})] == [created.id]


def test_name_search_folds_arabic_and_persian_variants(contacts: ContactService) -> None:
    created = contacts.create({"display_name": "علي كريمي"})  # Arabic yeh and kaf
    assert [c.id for c in contacts.list(filters={"query": "کریمی"})] == [created.id]  # Persian letters
    assert [c.id for c in contacts.list(filters={"query": "علی"})] == [created.id]


def test_display_name_follows_parts_unless_typed(contacts: ContactService) -> None:
    auto = contacts.create({"given_name": "Maryam", "family_name": "Ahmadi"})
    renamed = contacts.update(auto.id, auto.version, {"family_name": "Karimi"})
    assert renamed.display_name == "Maryam Karimi"
    typed = contacts.create({"given_name": "Omar", "display_name": "Dr. Omar"})
    kept = contacts.update(typed.id, typed.version, {"family_name": "Haddad"})
    assert kept.display_name == "Dr. Omar"


def test_stale_save_from_another_connection_is_refused(db_target: str, contacts: ContactService) -> None:
    created = contacts.create({"display_name": "Layla", "job_title": "Buyer"})
    first, second = open_database(db_target), open_database(db_target)
    try:
        alice, bob = ContactService(first), ContactService(second)
        seen_by_alice, seen_by_bob = alice.get(created.id), bob.get(created.id)
        alice.update(created.id, seen_by_alice.version, {"job_title": "Head of purchasing"})
        with pytest.raises(ConflictError) as raised:
            bob.update(created.id, seen_by_bob.version, {"job_title": "Intern", "notes": "bob was here"})
        assert raised.value.expected == 1 and raised.value.current == 2
        final = bob.get(created.id)
        assert final.job_title == "Head of purchasing" and final.notes is None and final.version == 2
    finally:
        first.close()
        second.close()


def test_soft_delete_restore_and_purge(contacts: ContactService) -> None:
    created = contacts.create({"display_name": "Temp", "emails": ["t@example.com"]})
    contacts.delete(created.id)
    with pytest.raises(NotFoundError):
        contacts.get(created.id)
    assert [c.id for c in contacts.list(deleted=True)] == [created.id]
    assert contacts.count() == 0
    restored = contacts.restore(created.id)
    assert restored.deleted_at is None and contacts.count() == 1
    with pytest.raises(ValidationError):
        contacts.purge(created.id)  # only from the Trash
    contacts.delete(created.id)
    contacts.purge(created.id)
    assert _count(contacts.db, Contact) == 0 and _count(contacts.db, EmailAddress) == 0


def test_every_change_is_audited_with_user_and_fields(contacts: ContactService) -> None:
    created = contacts.create({"display_name": "Nadia"})
    contacts.update(created.id, created.version, {"job_title": "CEO"})
    contacts.delete(created.id)
    contacts.restore(created.id)
    with contacts.db.read() as session:
        rows = session.scalars(
            select(AuditEntry)
            .where(AuditEntry.entity == "contacts", AuditEntry.entity_id == created.id)
            .order_by(AuditEntry.id)
        ).all()
    assert [r.action for r in rows] == ["create", "update", "delete", "restore"]
    assert rows[1].changes == {"job_title": [None, "CEO"]}
    assert {r.user_id for r in rows} == {contacts.user_id}


def test_keyset_pages_cover_everything_once_in_name_order(contacts: ContactService) -> None:
    names = ["Zahra", "ali", "Ali", "Émile", "بهرام", "أحمد", "Bob", "bob", "Carl", "آرش", "Dana"]
    for name in names:
        contacts.create({"display_name": name})
    seen, after = [], None
    while True:
        page = contacts.list(after=after, limit=3)
        if not page:
            break
        seen.extend(page)
        after = contacts.page_key(page[-1])
    assert sorted(c.display_name for c in seen) == sorted(names)
    assert len({c.id for c in seen}) == len(names)
    keys = [contacts.page_key(c) for c in seen]
    assert keys == sorted(keys)


def test_company_people_and_parent_cycle(db: Database) -> None:
    companies, contacts = CompanyService(db), ContactService(db)
    parent = companies.create({"name": "مجموعه آریا"})
    child = companies.create({"name": "Arya Trading GmbH", "parent_id": parent.id, "website": "https://arya.de"})
    with pytest.raises(ValidationError) as raised:
        companies.update(parent.id, parent.version, {"parent_id": child.id})
    assert "parent_id" in raised.value.errors
    person = contacts.create({"display_name": "Reza", "company_id": child.id})
    assert [p.id for p in companies.people(child.id)] == [person.id]


def test_custom_fields_are_checked_against_their_definitions(contacts: ContactService) -> None:
    from crm_desktop.services.custom_fields import CustomFieldService

    fields = CustomFieldService(contacts.db)
    fields.create("contacts", "Employees", "number", key="employees")
    fields.create("contacts", "Segment", "choice", choices=["Retail", "Wholesale"], key="segment")
    created = contacts.create({"display_name": "Firm", "custom_fields": {"employees": "۱۲", "segment": "Retail"}})
    assert contacts.get(created.id).custom_fields == {"employees": 12, "segment": "Retail"}
    with pytest.raises(ValidationError) as raised:
        contacts.update(created.id, created.version, {"custom_fields": {"employees": "many", "segment": "Other"}})
    assert {"custom_fields.employees", "custom_fields.segment"} <= raised.value.errors.keys()


def test_records_in_the_trash_cannot_be_edited(contacts: ContactService) -> None:
    created = contacts.create({"display_name": "Gone"})
    deleted = contacts.delete(created.id)
    with pytest.raises(NotFoundError):
        contacts.update(created.id, deleted.version, {"notes": "sneaky"})
