"""Private records are seen only by their owner and administrators: lists, search, timelines, opening."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import event

from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import NotFoundError
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.listing import ListingService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.search import SearchService
from crm_desktop.services.timeline import TimelineService


@pytest.fixture
def office(db: Database) -> dict[str, int]:
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    users = UserService(db, admin)
    sara = users.create({"login": "sara", "display_name": "Sara"}).id
    omid = users.create({"login": "omid", "display_name": "Omid"}).id
    contacts = ContactService(db, sara)
    public = contacts.create({"display_name": "Public Parvizi"}).id
    secret = contacts.create({"display_name": "Secret Parvizi", "is_private": True}).id
    company = CompanyService(db, sara).create({"name": "Parvizi Private Trading", "is_private": True}).id
    activities = ActivityService(db, sara)
    activities.create({"kind": "note", "subject": "Parvizi visible note", "contact_id": public})
    activities.create({"kind": "note", "subject": "Parvizi hidden note", "contact_id": public, "is_private": True})
    return {"admin": admin, "sara": sara, "omid": omid, "public": public, "secret": secret, "company": company}


def _listed(db: Database, user: int | None) -> set[int]:
    listing = ListingService(db, user)
    ids = listing.page_ids("contacts", {}, "name", False, 0, 100)
    assert listing.count("contacts", {}) == len(ids)
    return set(ids)


def test_another_user_cannot_list_search_or_open_a_private_record(db: Database, office: dict[str, int]) -> None:
    omid, sara, admin = office["omid"], office["sara"], office["admin"]
    assert _listed(db, omid) == {office["public"]}
    assert _listed(db, None) == {office["public"]}  # nobody logged in: nothing private
    assert _listed(db, sara) == {office["public"], office["secret"]}
    assert _listed(db, admin) == {office["public"], office["secret"]}
    assert ListingService(db, omid).contact_rows([office["secret"]]) == []
    assert ListingService(db, omid).company_rows([office["company"]]) == []
    assert ListingService(db, omid).position("contacts", {}, "name", False, office["secret"]) is None
    assert [c.id for c in ContactService(db, omid).list()] == [office["public"]]
    assert ContactService(db, omid).count() == 1 and CompanyService(db, omid).count() == 0
    with pytest.raises(NotFoundError):
        ContactService(db, omid).get(office["secret"])
    with pytest.raises(NotFoundError):
        ContactService(db, omid).update(office["secret"], 1, {"notes": "sneaky"})
    assert ContactService(db, sara).get(office["secret"]).display_name == "Secret Parvizi"
    assert ContactService(db, admin).get(office["secret"]).is_private

    def titles(user: int | None) -> set[str]:
        return {hit.title for hit in SearchService(db, user).search("Parvizi", limit=50).hits()}

    everything = {"Public Parvizi", "Secret Parvizi", "Parvizi Private Trading", "Parvizi visible note"}
    assert titles(omid) == {"Public Parvizi", "Parvizi visible note"}
    assert titles(sara) == titles(admin) == everything | {"Parvizi hidden note"}
    short = {hit.title for hit in SearchService(db, omid).search("Pa").hits()}  # names-only path
    assert "Secret Parvizi" not in short and "Public Parvizi" in short


def test_timelines_leave_out_private_items_and_refuse_a_private_record(db: Database, office: dict[str, int]) -> None:
    omid, sara = office["omid"], office["sara"]
    assert [i.title for i in TimelineService(db, omid).for_contact(office["public"])] == ["Parvizi visible note"]
    assert len(TimelineService(db, sara).for_contact(office["public"])) == 2
    with pytest.raises(NotFoundError):
        TimelineService(db, omid).for_contact(office["secret"])
    with pytest.raises(NotFoundError):
        TimelineService(db, omid).for_company(office["company"])
    assert TimelineService(db, office["admin"]).for_company(office["company"]) == []


def test_a_private_record_owned_by_someone_is_theirs_not_the_creators(db: Database, office: dict[str, int]) -> None:
    omid, sara = office["omid"], office["sara"]
    handed = ContactService(db, sara).create({"display_name": "Handed Over", "is_private": True, "owner_id": omid})
    assert ContactService(db, omid).get(handed.id).owner_id == omid
    with pytest.raises(NotFoundError):
        ContactService(db, sara).get(handed.id)


def test_a_public_contact_does_not_show_another_users_private_company(
    db: Database, office: dict[str, int], tmp_path
) -> None:
    import csv

    from crm_desktop.io.export import export_list

    sara, omid, admin = office["sara"], office["omid"], office["admin"]
    ContactService(db, sara).update(office["public"], 1, {"company_id": office["company"]})
    branch = CompanyService(db, sara).create({"name": "Open Branch", "parent_id": office["company"]}).id

    def listed(user: int | None) -> tuple[str | None, int | None, str | None]:
        (row,) = ListingService(db, user).contact_rows([office["public"]])
        (company,) = ListingService(db, user).company_rows([branch])
        return row.company_name, row.company_id, company.parent_name

    secret = "Parvizi Private Trading"
    assert listed(omid) == (None, None, None) and listed(None) == (None, None, None)
    assert listed(sara) == (secret, office["company"], secret) and listed(admin)[0] == secret

    def exported(user: int | None, fmt: str) -> str:
        out = tmp_path / f"{user}.{fmt}"
        assert export_list(db, out, columns=["name", "company"], ids=[office["public"]], user_id=user) == 1
        return out.read_text(encoding="utf-8-sig")

    assert list(csv.reader(exported(omid, "csv").splitlines())) == [["Name", "Company"], ["Public Parvizi", ""]]
    assert secret not in exported(omid, "vcf") and secret not in exported(None, "csv")
    assert secret in exported(sara, "csv") and secret in exported(admin, "vcf")


def test_search_hits_do_not_name_another_users_private_company_or_contact(db: Database, office: dict[str, int]) -> None:
    sara, omid, admin = office["sara"], office["omid"], office["admin"]
    ContactService(db, sara).update(office["public"], 1, {"company_id": office["company"]})
    note = {"kind": "note", "subject": "Kiosk order", "company_id": office["company"], "contact_id": office["secret"]}
    ActivityService(db, sara).create(note)
    secret_names = ("Parvizi Private Trading", "Secret Parvizi")

    def hits(user: int | None, query: str) -> dict[str, tuple[str, int | None, int | None]]:
        found = SearchService(db, user).search(query, limit=50).hits()
        return {hit.title: (hit.subtitle, hit.contact_id, hit.company_id) for hit in found}

    for user in (omid, None):
        public = hits(user, "Public Parvizi")["Public Parvizi"]
        kiosk = hits(user, "Kiosk")["Kiosk order"]
        assert public[2] is None and kiosk[1:] == (None, None), user
        assert not any(name in public[0] or name in kiosk[0] for name in secret_names), user
        assert hits(user, "Pu")["Public Parvizi"][2] is None  # the short, names-only search too
    for user in (sara, admin):
        public, kiosk = hits(user, "Public Parvizi")["Public Parvizi"], hits(user, "Kiosk")["Kiosk order"]
        assert "Parvizi Private Trading" in public[0] and public[2] == office["company"]
        assert kiosk[1:] == (office["secret"], office["company"]) and "Secret Parvizi" in kiosk[0]


def test_a_private_row_with_no_owner_and_no_creator_stays_hidden(db: Database, office: dict[str, int]) -> None:
    """The rule's "owned by me" test meets NULLs here: it must count as "not mine", never as "unknown"."""
    orphan = ContactService(db).create({"display_name": "Orphan Parvizi", "is_private": True}).id  # no user
    assert orphan not in _listed(db, office["omid"]) and orphan not in _listed(db, office["sara"])
    assert orphan in _listed(db, office["admin"])


def test_another_users_deep_page_walks_the_sort_index_alone(sqlite_path: Path) -> None:
    """The plan, not a timing: other users' pages read the sort index plus the small private-rows index."""
    db = open_database(sqlite_path)
    try:
        admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
        omid = UserService(db, admin).create({"login": "omid", "display_name": "Omid"}).id
        statements: list[tuple[str, tuple]] = []
        event.listen(db.engine, "before_cursor_execute", lambda *a: statements.append((a[2], a[3])))
        ListingService(db, omid).page_ids("contacts", {}, "name", False, 500, 100)
        sql, params = next((s, p) for s, p in statements if "ORDER BY" in s and "contacts" in s)
        with sqlite3.connect(sqlite_path) as raw:
            plan = " | ".join(row[3] for row in raw.execute("EXPLAIN QUERY PLAN " + sql, params))
        assert "USING INDEX ix_contacts_sort" in plan and "USING INDEX ix_contacts_private" in plan, plan
    finally:
        db.close()
