"""Bulk contact creation: same rules as the form, one transaction, cancel leaves nothing."""

from __future__ import annotations

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import AuditEntry, Contact, EmailAddress, PhoneNumber
from crm_desktop.errors import ValidationError
from crm_desktop.services import bulk
from crm_desktop.services.bulk import bulk_create_contacts
from crm_desktop.services.people import ContactService


def _counts(db: Database) -> tuple[int, ...]:
    with db.read() as s:
        return tuple(
            s.scalar(select(func.count()).select_from(m)) or 0 for m in (Contact, EmailAddress, PhoneNumber, AuditEntry)
        )


def _rows(n: int) -> list[dict]:
    return [
        {
            "given_name": f"نام{i}",
            "family_name": "Test",
            "emails": [f"user{i}@example.com"] + ([f"alt{i}@example.org"] if i % 2 else []),
            "phones": [f"+98 912 {i:07d}"] + ([f"+49 151 {i:08d}"] if i % 3 == 0 else []),
        }
        for i in range(n)
    ]


def test_creates_contacts_with_points_and_audit(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "BATCH", 7)  # several batches, so id assignment across batches is exercised
    ContactService(db).create({"display_name": "Existing"})
    result = bulk_create_contacts(db, _rows(30))
    assert result.created == 30 and not result.errors
    contacts, emails, phones, audit = _counts(db)
    assert contacts == 31 and emails == 30 + 15 and phones == 30 + 10 and audit >= 30 + 1
    loaded = ContactService(db).get(result.created_ids[3])
    assert loaded.display_name == "نام3 Test"
    assert [e.address for e in loaded.emails] == ["user3@example.com", "alt3@example.org"]
    assert loaded.emails[0].is_primary and not loaded.emails[1].is_primary
    assert loaded.phones[0].e164 == "+989120000003" and loaded.version == 1
    assert [c.display_name for c in ContactService(db).list(filters={"query": "نام29"})] == ["نام29 Test"]


def test_invalid_rows_are_reported_with_their_index(db: Database) -> None:
    rows = _rows(5)
    rows[1]["emails"] = ["nope"]
    rows[3] = {"display_name": "x" * 500}
    result = bulk_create_contacts(db, rows)
    assert result.created == 3
    assert [(e.index, e.field) for e in result.errors] == [(1, "emails[0]"), (3, "display_name")]


def test_strict_mode_writes_nothing_on_the_first_bad_row(db: Database) -> None:
    rows = _rows(20)
    rows[15]["phones"] = ["123"]
    before = _counts(db)
    with pytest.raises(ValidationError, match="row 16"):
        bulk_create_contacts(db, rows, skip_invalid=False)
    assert _counts(db) == before


def test_cancel_rolls_everything_back(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(bulk, "BATCH", 5)
    seen: list[int] = []

    def progress(done: int) -> bool:
        seen.append(done)
        return len(seen) < 2  # cancel at the second batch

    before = _counts(db)
    with pytest.raises(bulk.BulkCancelled):
        bulk_create_contacts(db, _rows(20), progress=progress)
    assert seen == [5, 10] and _counts(db) == before


def test_bulk_ids_follow_existing_rows_and_later_creates_continue(db: Database) -> None:
    result = bulk_create_contacts(db, _rows(3))
    after = ContactService(db).create({"display_name": "Later"})
    assert after.id > max(result.created_ids)


def test_custom_fields_follow_their_definitions(db: Database) -> None:
    from crm_desktop.services.custom_fields import CustomFieldService

    CustomFieldService(db).create("contacts", "Employees", "number", key="employees")
    rows = [
        {"display_name": "ok", "custom_fields": {"employees": "۴۲"}},
        {"display_name": "bad", "custom_fields": {"employees": "lots"}},
    ]
    result = bulk_create_contacts(db, rows)
    assert [(e.index, e.field) for e in result.errors] == [(1, "custom_fields.employees")]
    assert ContactService(db).get(result.created_ids[0]).custom_fields == {"employees": 42}
