"""Record history and recent changes from the audit log, on SQLite and PostgreSQL."""

from __future__ import annotations

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services.history import recent_changes, record_history
from crm_desktop.services.people import ContactService, UserService


def test_who_changed_which_field_from_what_to_what(db: Database) -> None:
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"})
    contacts = ContactService(db, admin.id)
    created = contacts.create({"display_name": "Reza", "notes": "first"})
    edited = contacts.update(created.id, created.version, {"notes": "second"})
    contacts.delete(created.id, edited.version)
    contacts.restore(created.id)
    history = record_history(db, "contacts", created.id)
    assert [h.action for h in history] == ["create", "update", "delete", "restore"]
    assert all(h.user_name == "Laila" for h in history)
    notes = [c for c in history[1].changes if c.field == "notes"]
    assert [(c.old, c.new) for c in notes] == [("first", "second")]
    assert history[0].at <= history[-1].at
    recent = recent_changes(db, limit=3)
    assert [h.action for h in recent] == ["restore", "delete", "update"]
    older = recent_changes(db, limit=10, before_id=recent[-1].id, user_id=admin.id)
    assert [h.action for h in older] == ["create"]


def test_bad_requests_are_refused_clearly(db: Database) -> None:
    with pytest.raises(ValidationError, match="record"):
        record_history(db, "contacts", 0)
    with pytest.raises(ValidationError, match="limit"):
        recent_changes(db, limit=0)
    assert record_history(db, "contacts", 999) == []
