"""Contact import service: duplicate policies, dry run, strict mode, cancel; links to companies, tags, photos."""

from __future__ import annotations

import uuid

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import AuditEntry, Blob, Company, Contact, EmailAddress, PhoneNumber, PostalAddress, Tag
from crm_desktop.services import contact_import
from crm_desktop.services.bulk import BulkCancelled
from crm_desktop.services.contact_import import ImportRejected, import_contacts
from crm_desktop.services.people import CompanyService, ContactService

PHOTO = b"\xff\xd8\xff\xe0 a tiny jpeg"


def _counts(db: Database) -> tuple[int, ...]:
    models = (Contact, EmailAddress, PhoneNumber, PostalAddress, Tag, Company, Blob, AuditEntry)
    with db.read() as s:
        return tuple(s.scalar(select(func.count()).select_from(m)) or 0 for m in models)


def test_rows_bring_addresses_tags_company_photo_and_uid(db: Database) -> None:
    CompanyService(db).create({"name": "شرکت نخل"})
    uid = str(uuid.uuid4())
    rows = [
        {
            "given_name": "مریم",
            "family_name": "احمدی",
            "emails": [{"address": "maryam@example.ir", "label": "work"}],
            "phones": [{"number": "+98 912 345 6789", "label": "mobile"}],
            "addresses": [{"street": "خیابان ولیعصر ۱۲", "city": "تهران", "country": "ir", "label": "work"}],
            "tags": ["مشتری", "VIP", "vip"],
            "company": "شركت نخل",  # Arabic kaf/yeh: the same company as the Persian spelling
            "photo": PHOTO,
            "uid": f"urn:uuid:{uid}",
        },
        {"display_name": "Hans Müller", "company": "Müller GmbH", "tags": ["VIP"], "photo": PHOTO},
    ]
    outcome = import_contacts(db, rows)
    assert outcome.counts() == {"rows": 2, "created": 2, "updated": 0, "skipped": 0, "failed": 0}
    first, second = (ContactService(db).get(i) for i in outcome.created_ids)
    assert first.uid == uid and first.display_name == "مریم احمدی"
    assert first.addresses[0].city == "تهران" and first.addresses[0].country == "IR" and first.addresses[0].is_primary
    assert sorted(first.tags) == ["VIP", "مشتری"] and second.tags == ("VIP",)
    companies = {c.name: c.id for c in CompanyService(db).list()}
    assert first.company_id == companies["شرکت نخل"] and second.company_id == companies["Müller GmbH"]
    with db.read() as s:
        assert s.scalar(select(func.count()).select_from(Blob)) == 1  # one photo, stored once
        assert s.scalar(select(Contact.photo_sha256).where(Contact.id == first.id)) is not None


def test_skip_policy_skips_existing_and_repeated_rows(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_import, "BATCH", 3)  # repeats across batches are found in the same transaction
    existing = ContactService(db).create({"display_name": "Ali", "emails": ["ALI@example.com"]})
    rows = [
        {"display_name": "Ali again", "emails": ["ali@EXAMPLE.com"]},
        {"display_name": "Sara", "phones": ["+49 151 23456789"]},
        {"display_name": "Sara 2", "phones": ["0049 151 2345 6789"]},  # same in E.164, same batch
        {"display_name": "Omid", "emails": ["omid@example.com"]},
        {"display_name": "Omid 2", "emails": ["Omid@example.com"]},  # the next batch: found in the database
    ]
    outcome = import_contacts(db, rows, on_duplicate="skip")
    assert outcome.counts()["created"] == 2 and [s[0] for s in outcome.skipped] == [0, 2, 4]
    assert outcome.skipped[0][1] == existing.id and "ali@example.com" in outcome.skipped[0][2]
    assert ContactService(db).count() == 3


def test_update_policy_fills_the_existing_contact(db: Database) -> None:
    old = ContactService(db).create(
        {"given_name": "Reza", "family_name": "Karimi", "emails": ["reza@example.com"], "tags": ["lead"]}
    )
    rows = [
        {
            "given_name": "Reza",
            "family_name": "Karimi-Nejad",
            "job_title": "Buyer",
            "emails": ["reza@example.com", "r.k@example.org"],
            "phones": ["+98 912 111 2233"],
            "tags": ["Tehran"],
        },
        {"display_name": "R. K.", "phones": ["+989121112233"], "notes": "second row, same phone"},
    ]
    outcome = import_contacts(db, rows, on_duplicate="update")
    assert outcome.counts()["updated"] == 2 and outcome.counts()["created"] == 0
    new = ContactService(db).get(old.id)
    assert new.version > old.version and new.job_title == "Buyer" and new.notes == "second row, same phone"
    assert new.display_name == "R. K."  # a typed name wins over the parts
    assert [e.address for e in new.emails] == ["reza@example.com", "r.k@example.org"]
    assert [p.e164 for p in new.phones] == ["+989121112233"] and sorted(new.tags) == ["Tehran", "lead"]


def test_create_policy_makes_duplicates_but_never_reuses_a_uid(db: Database) -> None:
    first = ContactService(db).create({"display_name": "Laila", "emails": ["laila@example.com"]})
    rows = [{"display_name": "Laila", "emails": ["laila@example.com"], "uid": first.uid}]
    outcome = import_contacts(db, rows, on_duplicate="create")
    assert outcome.created == 1
    assert ContactService(db).get(outcome.created_ids[0]).uid != first.uid


def test_dry_run_counts_exactly_and_writes_nothing(db: Database) -> None:
    ContactService(db).create({"display_name": "Ali", "emails": ["ali@example.com"]})
    rows = [
        {"display_name": "Ali", "emails": ["ali@example.com"]},
        {"display_name": "New", "company": "Fresh Co", "tags": ["x"]},
        {"display_name": "Bad", "emails": ["not-an-email"]},
    ]
    before = _counts(db)
    dry = import_contacts(db, rows, dry_run=True)
    assert _counts(db) == before
    real = import_contacts(db, rows)
    assert dry.counts() == real.counts() == {"rows": 3, "created": 1, "updated": 0, "skipped": 1, "failed": 1}
    assert [(e.index, e.field) for e in real.errors] == [(2, "emails[0]")]


def test_strict_mode_lists_every_problem_and_writes_nothing(db: Database) -> None:
    rows = [
        {"display_name": "ok", "birthday": "1990-02-30"},
        {"display_name": "fine"},
        {"display_name": "x", "phones": ["12"]},
    ]
    before = _counts(db)
    with pytest.raises(ImportRejected) as caught:
        import_contacts(db, rows, skip_invalid=False)
    assert [(e.index, e.field) for e in caught.value.outcome.errors] == [(0, "birthday"), (2, "phones[0]")]
    assert _counts(db) == before


def test_cancel_leaves_the_database_as_it_was(db: Database, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(contact_import, "BATCH", 2)
    before = _counts(db)
    rows = [{"display_name": f"n{i}", "company": "Acme", "tags": ["t"]} for i in range(7)]
    with pytest.raises(BulkCancelled):
        import_contacts(db, rows, progress=lambda done: done < 4)
    assert _counts(db) == before
