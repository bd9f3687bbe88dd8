"""Saved searches: whose they are, how they are ordered, which filters they may hold."""

from __future__ import annotations

from datetime import date
from typing import Any

import pytest
from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import SavedSearch
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.services.people import UserService
from crm_desktop.services.saved_searches import SavedSearchService


def _stored(db: Database) -> list[tuple[str, str, dict, int | None, int]]:
    with db.read() as session:
        rows = session.scalars(select(SavedSearch).order_by(SavedSearch.id))
        return [(r.name, r.entity, r.filters, r.owner_id, r.position) for r in rows]


def _users(db: Database) -> tuple[int, int]:
    users = UserService(db)
    return (
        users.create({"login": "sara", "display_name": "Sara"}).id,
        users.create({"login": "omid", "display_name": "Omid"}).id,
    )


def test_each_user_sees_their_own_and_the_shared_ones_in_order(db: Database) -> None:
    sara, omid = _users(db)
    mine = SavedSearchService(db, sara)
    vip = mine.create("VIP customers", "contacts", {"lifecycle_stage": "vip"})
    tehran = mine.create("  مشتریان تهران ", "contacts", {"query": "تهران", "tag": "tehran"})
    office = mine.create("All leads", "contacts", {"lifecycle_stage": "lead"}, shared=True)
    banks = mine.create("Banks", "companies", {"industry": "Banking"})
    omids = SavedSearchService(db, omid).create("Omid's", "contacts", {"owner_id": omid})

    assert [s.id for s in mine.list("contacts")] == [vip.id, tehran.id, office.id]  # by position, not name
    assert [s.id for s in mine.list()] == [banks.id, vip.id, tehran.id, office.id]  # same position: by name
    assert [s.id for s in SavedSearchService(db, omid).list("contacts")] == [office.id, omids.id]
    assert [s.id for s in SavedSearchService(db).list()] == [office.id]  # no user: the shared ones
    assert office.shared and not vip.shared
    assert _stored(db) == [
        ("VIP customers", "contacts", {"lifecycle_stage": "vip"}, sara, 0),
        ("مشتریان تهران", "contacts", {"query": "تهران", "tag": "tehran"}, sara, 1),
        ("All leads", "contacts", {"lifecycle_stage": "lead"}, None, 2),
        ("Banks", "companies", {"industry": "Banking"}, sara, 0),
        ("Omid's", "contacts", {"owner_id": omid}, omid, 3),
    ]


def test_filters_are_stored_as_clean_json(db: Database) -> None:
    search = SavedSearchService(db).create(
        "Quiet customers",
        "contacts",
        {
            "query": "  ali ",
            "tag": "",
            "has_open_deal": False,
            "last_contacted_before": date(2026, 1, 31),
            "last_contacted_after": " 2025-06-01 ",
            "company_id": None,
        },
    )
    expected = {
        "query": "ali",
        "has_open_deal": False,
        "last_contacted_before": "2026-01-31",
        "last_contacted_after": "2025-06-01",
    }
    assert search.filters == expected
    assert _stored(db)[0][2] == expected


@pytest.mark.parametrize(
    ("name", "entity", "filters", "field"),
    [
        ("", "contacts", {}, "name"),
        ("   ", "contacts", {}, "name"),
        ("x" * 201, "contacts", {}, "name"),
        ("a\x00b", "contacts", {}, "name"),
        (None, "contacts", {}, "name"),
        ("Deals", "opportunities", {}, "entity"),
        ("Bad", "contacts", ["query", "ali"], "filters"),
        ("Bad", "contacts", {"email": "a@b.ir"}, "filters.email"),
        ("Bad", "contacts", {"industry": "Banking"}, "filters.industry"),  # a company filter
        ("Bad", "companies", {"lifecycle_stage": "vip"}, "filters.lifecycle_stage"),
        ("Bad", "contacts", {"owner_id": "3"}, "filters.owner_id"),
        ("Bad", "contacts", {"company_id": True}, "filters.company_id"),
        ("Bad", "contacts", {"has_open_deal": "yes"}, "filters.has_open_deal"),
        ("Bad", "contacts", {"last_contacted_before": "31/01/2026"}, "filters.last_contacted_before"),
        ("Bad", "contacts", {"last_contacted_after": 20260131}, "filters.last_contacted_after"),
        ("Bad", "contacts", {"lifecycle_stage": "king"}, "filters.lifecycle_stage"),
        ("Bad", "contacts", {"query": {"$ne": 1}}, "filters.query"),
        ("Bad", "contacts", {"query": "x" * 501}, "filters.query"),
        ("Bad", "contacts", {1: "x"}, "filters"),
    ],
)
def test_invalid_searches_are_refused(db: Database, name: Any, entity: str, filters: Any, field: str) -> None:
    with pytest.raises(ValidationError) as raised:
        SavedSearchService(db).create(name, entity, filters)
    assert field in raised.value.errors
    assert _stored(db) == []


def test_rename_update_and_delete(db: Database) -> None:
    sara, omid = _users(db)
    service = SavedSearchService(db, sara)
    search = service.create("Banks", "companies", {"industry": "Banking"})

    assert service.rename(search.id, " بانک‌ها ").name == "بانک‌ها"
    service.update_filters(search.id, {"industry": "Finance", "owner_id": sara})
    assert _stored(db) == [("بانک‌ها", "companies", {"industry": "Finance", "owner_id": sara}, sara, 0)]

    with pytest.raises(ValidationError) as raised:
        service.update_filters(search.id, {"has_open_deal": True})  # checked against the search's own entity
    assert "filters.has_open_deal" in raised.value.errors
    with pytest.raises(ValidationError):
        service.rename(search.id, "")
    assert _stored(db)[0][:3] == ("بانک‌ها", "companies", {"industry": "Finance", "owner_id": sara})

    other = SavedSearchService(db, omid)  # someone else's search is not there for Omid
    for attempt in (
        lambda: other.rename(search.id, "Mine now"),
        lambda: other.update_filters(search.id, {}),
        lambda: other.delete(search.id),
        lambda: other.get(search.id),
    ):
        with pytest.raises(NotFoundError):
            attempt()
    assert len(_stored(db)) == 1

    service.delete(search.id)
    assert _stored(db) == []
    with pytest.raises(NotFoundError):
        service.delete(search.id)


def test_list_refuses_an_unknown_entity(db: Database) -> None:
    with pytest.raises(ValidationError) as raised:
        SavedSearchService(db).list("deals")
    assert "entity" in raised.value.errors
