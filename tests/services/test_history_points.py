"""A contact's or company's history includes its emails, phones, addresses and tags: added, changed, removed."""

from __future__ import annotations

from crm_desktop.db.engine import Database
from crm_desktop.services.history import FieldChange, record_history
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.privacy import record_history_for


def _changes(entry: object) -> dict[str, tuple[object, object]]:
    return {c.field: (c.old, c.new) for c in entry.changes}  # type: ignore[attr-defined]


def test_contact_history_shows_emails_phones_addresses_and_tags(db: Database) -> None:
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    contacts = ContactService(db, admin)
    made = contacts.create(
        {
            "display_name": "مریم رضایی",
            "emails": ["a@x.ir"],
            "phones": ["+98 912 111 2233"],
            "addresses": [{"street": "خیابان ولیعصر", "city": "تهران", "label": "home"}],
            "tags": ["vip"],
        }
    )
    step = contacts.update(made.id, made.version, {"emails": ["b@x.ir"], "tags": ["vip", "طلایی"]})
    step = contacts.update(
        step.id, step.version, {"emails": [{"address": "b@x.ir", "label": "work"}], "phones": [], "tags": []}
    )
    step = contacts.update(step.id, step.version, {"emails": [{"address": "b@x.ir", "label": "work"}]})  # same

    entries = record_history(db, "contacts", made.id)
    assert [e.action for e in entries] == ["create", "update", "update"]  # the unchanged save left no entry
    created = _changes(entries[0])
    assert created["emails"] == (None, "a@x.ir") and created["tags"] == (None, "vip")
    assert created["addresses"] == (None, "خیابان ولیعصر, تهران (home)")
    assert created["phones"] == (None, "+98 912 111 2233")
    # Emails and tags changed in one save: one entry (the tag was created in a flush of its own).
    assert _changes(entries[1]) == {"emails": ("a@x.ir", "b@x.ir"), "tags": ("vip", "vip; طلایی")}
    assert _changes(entries[2]) == {
        "emails": ("b@x.ir", "b@x.ir (work)"),
        "phones": ("+98 912 111 2233", None),  # removed: gone from the list
        "tags": ("vip; طلایی", None),
    }
    assert all(e.user_name == "Laila" for e in entries)
    assert record_history_for(db, admin, "contacts", made.id) == entries


def test_company_history_shows_its_emails_and_a_tag_only_change(db: Database) -> None:
    companies = CompanyService(db)
    company = companies.create({"name": "Acme", "emails": ["info@acme.ir"], "phones": ["+98 21 8888 0000"]})
    company = companies.update(company.id, company.version, {"emails": ["sales@acme.ir", "info@acme.ir"]})
    companies.update(company.id, company.version, {"tags": ["supplier"]})
    entries = record_history(db, "companies", company.id)
    assert [e.action for e in entries] == ["create", "update", "update"]
    assert FieldChange("emails", "info@acme.ir", "sales@acme.ir; info@acme.ir") in entries[1].changes
    assert _changes(entries[2]) == {"tags": (None, "supplier")}


def test_saves_logged_before_the_lists_were_carried_are_gathered_from_the_child_rows(db: Database) -> None:
    """An older database: its log has only the email/phone rows' own "create" rows (what earlier versions
    wrote). Reproduced by saving with the list listeners switched off, then saving once more with them on."""
    from sqlalchemy import event

    from crm_desktop.db.audit import AuditedSession
    from crm_desktop.services import audit_points

    listeners = [
        ("before_flush", audit_points._note_point_changes),
        ("after_flush", audit_points._write_point_changes),
    ]
    for name, listener in listeners:
        event.remove(AuditedSession, name, listener)
    try:
        contacts = ContactService(db)
        old = contacts.create({"display_name": "Old Karimi", "emails": ["a@x.ir"], "phones": ["+98 21 1234 5678"]})
        old = contacts.update(old.id, old.version, {"emails": ["a@x.ir", "b@x.ir"], "job_title": "Buyer"})
        other = contacts.create({"display_name": "Other", "emails": ["other@x.ir"]})
    finally:
        for name, listener in listeners:
            event.listen(AuditedSession, name, listener)
    old = contacts.update(old.id, old.version, {"emails": ["b@x.ir"], "tags": ["vip"]})  # carried from now on
    entries = record_history(db, "contacts", old.id)
    assert [e.action for e in entries] == ["create", "update", "update"]
    assert _changes(entries[0])["emails"] == (None, "a@x.ir")
    assert _changes(entries[0])["phones"] == (None, "+98 21 1234 5678")
    assert _changes(entries[1]) == {"job_title": (None, "Buyer"), "emails": ("a@x.ir", "a@x.ir; b@x.ir")}
    assert _changes(entries[2]) == {"emails": ("a@x.ir; b@x.ir", "b@x.ir"), "tags": (None, "vip")}
    assert _changes(record_history(db, "contacts", other.id)[0])["emails"] == (None, "other@x.ir")
    fresh = contacts.create({"display_name": "New", "emails": ["n@x.ir"]})
    assert [c.field for c in record_history(db, "contacts", fresh.id)[0].changes].count("emails") == 1
