"""Private records stay private in the Trash: another user's private deleted records are not listed, counted,
restored, purged or emptied by a non-admin; their owner and administrators see and handle them."""

from __future__ import annotations

from pathlib import Path

import pytest
from sqlalchemy import func, select

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import Activity, Contact
from crm_desktop.errors import NotFoundError
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.trash import TrashService


@pytest.fixture
def office(sqlite_path: Path) -> tuple[Database, dict[str, int]]:
    db = open_database(str(sqlite_path))
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    sara = UserService(db, admin).create({"login": "sara", "display_name": "Sara"}).id
    omid = UserService(db, admin).create({"login": "omid", "display_name": "Omid"}).id
    contacts = ContactService(db, sara)
    ids = {
        "admin": admin,
        "sara": sara,
        "omid": omid,
        "public": contacts.create({"display_name": "Public Parvizi"}).id,
        "secret": contacts.create({"display_name": "Secret Parvizi", "is_private": True}).id,
        "note": ActivityService(db, sara).create({"kind": "note", "subject": "Hidden note", "is_private": True}).id,
    }
    contacts.delete_many([ids["public"], ids["secret"]])
    ActivityService(db, sara).delete(ids["note"])
    yield db, ids
    db.close()


def _rows(db: Database, model: type) -> int:
    with db.read() as session:
        return session.scalar(select(func.count()).select_from(model)) or 0


def test_another_users_private_deleted_records_are_not_listed_or_counted(office: tuple[Database, dict]) -> None:
    db, ids = office
    listed = {(i.entity, i.id) for i in TrashService(db, ids["omid"]).list()}
    assert listed == {("contacts", ids["public"])}
    assert TrashService(db, ids["omid"]).count() == 1
    everything = {("contacts", ids["public"]), ("contacts", ids["secret"]), ("activities", ids["note"])}
    assert {(i.entity, i.id) for i in TrashService(db, ids["sara"]).list()} == everything
    assert {(i.entity, i.id) for i in TrashService(db, ids["admin"]).list()} == everything
    assert TrashService(db, ids["admin"]).count() == TrashService(db, ids["sara"]).count() == 3
    assert TrashService(db, ids["omid"]).list("activities") == []


def test_a_non_admin_cannot_restore_or_purge_another_users_private_record(office: tuple[Database, dict]) -> None:
    db, ids = office
    trash = TrashService(db, ids["omid"])
    with pytest.raises(NotFoundError):
        trash.restore("contacts", ids["secret"])
    with pytest.raises(NotFoundError):
        trash.purge("contacts", ids["secret"])
    with pytest.raises(NotFoundError):
        trash.purge("activities", ids["note"])
    assert ContactService(db, ids["sara"]).get(ids["secret"], include_deleted=True).deleted_at is not None
    assert trash.empty() == 1  # only the public contact
    assert _rows(db, Contact) == 1 and _rows(db, Activity) == 1
    assert {i.id for i in TrashService(db, ids["sara"]).list()} == {ids["secret"], ids["note"]}
    # The owner restores her contact; an administrator purges her note.
    assert TrashService(db, ids["sara"]).restore("contacts", ids["secret"]).deleted_at is None
    TrashService(db, ids["admin"]).purge("activities", ids["note"])
    assert _rows(db, Activity) == 0 and TrashService(db, ids["sara"]).count() == 0


def test_an_admin_empties_everything_and_the_automatic_purge_acts_for_the_office(office: tuple[Database, dict]) -> None:
    db, ids = office
    assert TrashService(db, ids["admin"]).empty() == 3
    assert _rows(db, Contact) == 0 and _rows(db, Activity) == 0


def test_the_office_purge_without_a_user_takes_private_records_too(office: tuple[Database, dict]) -> None:
    db, _ids = office
    assert TrashService(db).count() == 1  # nobody logged in sees nothing private…
    assert TrashService(db).empty(older_than_days=0) == 3  # …but the office's own purge clears the old entries
