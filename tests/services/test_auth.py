"""Users, passwords and office switches (services/auth.py) on real SQLite files and PostgreSQL."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import select, update

from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import AuditEntry, Contact, User, utcnow
from crm_desktop.errors import ValidationError
from crm_desktop.services.auth import AccountError, AuthService, purge_old_trash
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.trash import TrashService


def _office(db: Database) -> tuple[int, int]:
    values = {"login": "Laila", "display_name": "Laila", "role": "admin", "password": "s3cret-pw"}
    admin = UserService(db).create(values)
    user = UserService(db, admin.id).create({"login": "sara", "display_name": "Sara", "password": "another-pw"})
    return admin.id, user.id


def test_passwords_are_hashed_never_clear_and_checked_at_login(db: Database) -> None:
    admin, sara = _office(db)
    with db.read() as session:
        hashes = dict(session.execute(select(User.login, User.password_hash)).all())
        audit = [e.changes for e in session.scalars(select(AuditEntry).where(AuditEntry.entity == "users"))]
    assert hashes["laila"].startswith("$argon2id$") and "s3cret-pw" not in hashes["laila"]
    assert "another-pw" not in str(audit) and "$argon2" not in str(audit)
    assert {"password": [None, "changed"]} in audit
    auth = AuthService(db)
    assert auth.login("laila", "anything").id == admin  # passwords are off: picking the user is enough
    AuthService(db, admin).set_office(passwords_required=True)
    assert auth.office().passwords_required
    assert auth.login("LAILA", "s3cret-pw").id == admin
    assert auth.login("sara", "another-pw").id == sara
    for login, password in (("laila", "wrong-password"), ("nobody", "s3cret-pw"), ("", "")):
        with pytest.raises(AccountError, match="wrong login or password"):
            auth.login(login, password)


def test_inactive_users_cannot_log_in_and_their_next_save_is_refused(db: Database) -> None:
    admin, sara = _office(db)
    sara_contacts = ContactService(db, sara)  # Sara is working on another computer
    first = sara_contacts.create({"display_name": "Reza"})
    users = UserService(db, admin)
    users.update(sara, users.get(sara).version, {"active": False})
    with pytest.raises(AccountError, match="deactivated or removed"):
        sara_contacts.update(first.id, first.version, {"notes": "after deactivation"})
    assert ContactService(db).get(first.id).notes is None  # nothing written
    with pytest.raises(AccountError, match="deactivated"):
        AuthService(db).login("sara")
    users.update(sara, users.get(sara).version, {"active": True})
    users.delete(sara)
    with pytest.raises(AccountError, match="deactivated or removed"):
        sara_contacts.create({"display_name": "Someone"})


def test_only_admins_manage_users_and_office_settings(db: Database) -> None:
    admin, sara = _office(db)
    as_sara = UserService(db, sara)
    with pytest.raises(AccountError, match="only an administrator"):
        as_sara.create({"login": "omid", "display_name": "Omid"})
    with pytest.raises(AccountError, match="only an administrator"):
        as_sara.update(sara, as_sara.get(sara).version, {"role": "admin"})
    with pytest.raises(AccountError, match="only an administrator"):
        as_sara.delete(admin)
    with pytest.raises(AccountError, match="only an administrator"):
        AuthService(db, sara).set_office(passwords_required=True)
    with pytest.raises(AccountError, match="only an administrator"):
        AuthService(db, sara).set_password(admin, "taken-over!")
    with pytest.raises(ValidationError, match="managed by the application"):
        UserService(db, admin).update(sara, as_sara.get(sara).version, {"password_hash": "x"})
    assert UserService(db).get(sara).role == "user"
    # A user changes their own password with the current one.
    with pytest.raises(ValidationError, match="current_password"):
        AuthService(db, sara).set_password(sara, "brand-new-pw", "wrong")
    AuthService(db, sara).set_password(sara, "brand-new-pw", "another-pw")
    AuthService(db, admin).set_office(passwords_required=True)
    assert AuthService(db).login("sara", "brand-new-pw").id == sara
    with pytest.raises(ValidationError, match="at least 8"):
        AuthService(db, admin).set_password(sara, "short")


def test_the_last_admin_stays_and_passwords_need_the_admins_own_first(db: Database) -> None:
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    users = UserService(db, admin)
    with pytest.raises(ValidationError, match="set your own password first"):
        AuthService(db, admin).set_office(passwords_required=True)
    with pytest.raises(ValidationError, match="at least one active administrator"):
        users.update(admin, users.get(admin).version, {"role": "user"})
    with pytest.raises(ValidationError, match="at least one active administrator"):
        users.delete(admin)
    assert users.get(admin).role == "admin" and users.get(admin).active
    with pytest.raises(ValidationError, match="trash_purge_days"):
        AuthService(db, admin).set_office(trash_purge_days=0)


def test_trash_older_than_the_office_setting_is_purged_at_start(db: Database) -> None:
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    contacts = ContactService(db, admin)
    old, recent, live = (contacts.create({"display_name": n}) for n in ("Old", "Recent", "Live"))
    contacts.delete(old.id)
    contacts.delete(recent.id)
    assert purge_old_trash(db) == 0  # not set: the Trash is kept
    with db.write() as session:
        session.execute(update(Contact).where(Contact.id == old.id).values(deleted_at=utcnow() - timedelta(days=40)))
    AuthService(db, admin).set_office(trash_purge_days=30)
    assert purge_old_trash(db) == 1
    assert [item.id for item in TrashService(db).list()] == [recent.id]
    assert ContactService(db).get(live.id).display_name == "Live"


def test_settings_survive_reopening_the_file(tmp_path) -> None:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin", "password": "pw-12345"})
    AuthService(db, admin.id).set_office(passwords_required=True, trash_purge_days=7)
    db.close()
    db = open_database(str(path))
    try:
        office = AuthService(db).office()
        assert (office.passwords_required, office.trash_purge_days) == (True, 7)
        assert AuthService(db).login("laila", "pw-12345").id == admin.id
    finally:
        db.close()


def test_cli_twins_manage_users_office_and_history(tmp_path, capsys, monkeypatch) -> None:
    import io
    import json

    from crm_desktop.cli import main

    db = str(tmp_path / "cli.sqlite3")
    assert main(["init", "--db", db]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", db, "--json"]) == 0
    users = json.loads(capsys.readouterr().out)
    root = users[0]["login"]
    assert users[0]["role"] == "admin"
    monkeypatch.setattr("sys.stdin", io.StringIO("sara-pw-22\n"))
    assert main(["users", "add", "sara", "--name", "Sara", "--password", "--db", db, "--user", root]) == 0
    assert main(["office", "--passwords", "on", "--db", db, "--user", root]) == 2  # the admin has no password
    assert "set your own password first" in capsys.readouterr().err
    monkeypatch.setattr("sys.stdin", io.StringIO("admin-pw-1\n"))
    assert main(["users", "passwd", root, "--db", db, "--user", root]) == 0
    capsys.readouterr()
    assert main(["office", "--passwords", "on", "--purge-days", "14", "--db", db, "--user", root, "--json"]) == 0
    assert json.loads(capsys.readouterr().out) == {"passwords_required": True, "trash_purge_days": 14}
    monkeypatch.setenv("CRM_PASSWORD", "sara-pw-22")  # passwords are on: the CLI logs in first
    assert main(["office", "--passwords", "off", "--db", db, "--user", "sara"]) == 2
    assert "only an administrator" in capsys.readouterr().err
    assert main(["recent-changes", "--db", db, "--user", "sara"]) == 2
    monkeypatch.setenv("CRM_PASSWORD", "admin-pw-1")
    assert main(["users", "edit", "sara", "--active", "no", "--db", db, "--user", root]) == 0
    capsys.readouterr()
    assert main(["history", "users", "2", "--db", db, "--user", root, "--json"]) == 0
    actions = [entry["action"] for entry in json.loads(capsys.readouterr().out)]
    assert actions == ["create", "update", "update"]  # created, password set, deactivated
