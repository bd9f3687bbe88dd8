"""Reports and list exports run as the acting user: a private record is printed or exported for its owner and
administrators, never for anyone else (GUI: the workspace user; CLI: --user). The full archive stays complete
(a backup) and, when passwords are on, only an administrator may write it."""

from __future__ import annotations

import csv
import zipfile
from datetime import timedelta
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.db.engine import Database, open_database
from crm_desktop.io.export import export_list
from crm_desktop.reports.engine import make_report
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.auth import AuthService
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.sales import OpportunityService

from .conftest import NOW, needs_poppler, options, pdf_text

SECRET = "Secret Parvizi"
PUBLIC = "Public Karimi"


@pytest.fixture
def office(tmp_path: Path) -> tuple[Database, Path, dict[str, int]]:
    path = tmp_path / "office.sqlite3"
    db = open_database(str(path))
    ensure_basics(db)
    admin = UserService(db).create({"login": "laila", "display_name": "Laila", "role": "admin"}).id
    sara = UserService(db, admin).create({"login": "sara", "display_name": "Sara"}).id
    omid = UserService(db, admin).create({"login": "omid", "display_name": "Omid"}).id
    contacts = ContactService(db, sara)
    public = contacts.create({"display_name": PUBLIC, "emails": ["karimi@example.ir"]}).id
    secret = contacts.create({"display_name": SECRET, "emails": ["parvizi@example.ir"], "is_private": True}).id
    CompanyService(db, sara).create({"name": "Secret Holdings", "is_private": True})
    when = NOW + timedelta(days=1)
    AppointmentService(db, sara).create(
        {"title": "Secret lunch", "starts_at": when, "ends_at": when + timedelta(hours=1), "is_private": True}
    )
    AppointmentService(db, sara).create({"title": "Team meeting", "starts_at": when, "ends_at": when})
    activities = ActivityService(db, sara)
    activities.create({"kind": "task", "subject": "Secret task", "assignee_id": sara, "is_private": True})
    activities.create({"kind": "task", "subject": "Open task", "assignee_id": sara})
    activities.create({"kind": "call", "subject": "Secret call", "occurred_at": NOW - timedelta(days=1),
                       "contact_id": public, "is_private": True})  # fmt: skip
    activities.create({"kind": "call", "subject": "Public call", "occurred_at": NOW - timedelta(days=1)})
    OpportunityService(db, sara).create({"title": "Secret deal", "contact_id": public, "is_private": True})
    ids = {"admin": admin, "sara": sara, "omid": omid, "public": public, "secret": secret}
    yield db, path, ids
    db.close()


def _report(db: Database, tmp_path: Path, name: str, user: int, **filters: object) -> str:
    out = tmp_path / f"{name}-{user}.pdf"
    make_report(db, name, out, options(user_id=user), filters)
    return pdf_text(out)


@needs_poppler
def test_directory_report_shows_a_private_contact_to_its_owner_and_admins_only(office, tmp_path: Path) -> None:
    db, _path, ids = office
    for who, sees in (("sara", True), ("admin", True), ("omid", False)):
        text = _report(db, tmp_path, "directory", ids[who])
        assert PUBLIC in text
        assert (SECRET in text) is sees, who


@needs_poppler
def test_other_reports_leave_out_other_peoples_private_records(office, tmp_path: Path) -> None:
    db, _path, ids = office
    hidden = {
        "agenda": ("Team meeting", "Secret lunch", {"date": (NOW + timedelta(days=1)).date()}),
        "calendar": ("Team meeting", "Secret lunch", {"date": (NOW + timedelta(days=1)).date()}),
        "tasks": ("Open task", "Secret task", {}),
        "activities": ("Public call", "Secret call", {}),
        "profile": ("Karimi", "Secret call", {"contact_id": ids["public"]}),
    }
    for name, (shown, private, filters) in hidden.items():
        for who, sees in (("sara", True), ("admin", True), ("omid", False)):
            text = " ".join(_report(db, tmp_path, name, ids[who], **filters).split())
            assert shown in text, (name, who)
            assert (private in text) is sees, (name, who)
    profile = " ".join(_report(db, tmp_path, "profile", ids["omid"], contact_id=ids["public"]).split())
    assert "Secret deal" not in profile
    with pytest.raises(Exception, match="contact"):
        _report(db, tmp_path, "profile", ids["omid"], contact_id=ids["secret"])
    assert "1 open deals" in _report(db, tmp_path, "pipeline", ids["sara"])  # the pipeline counts, no titles
    assert "0 open deals" in _report(db, tmp_path, "pipeline", ids["omid"])


@needs_poppler
def test_report_cli_runs_as_the_user_given(office, tmp_path: Path) -> None:
    _db, path, _ids = office
    for login, sees in (("sara", True), ("omid", False)):
        out = tmp_path / f"cli-{login}.pdf"
        assert main(["report", "directory", "--db", str(path), "--user", login, "--out", str(out)]) == 0
        assert (SECRET in pdf_text(out)) is sees


def _csv_names(path: Path) -> set[str]:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {row["Name"] for row in csv.DictReader(handle)}


def test_list_exports_leave_out_other_peoples_private_records(office, tmp_path: Path) -> None:
    db, path, ids = office
    for who, sees in (("sara", True), ("admin", True), ("omid", False), (None, False)):
        user = ids[who] if who else None
        target = tmp_path / f"list-{who}.csv"
        assert export_list(db, target, user_id=user) == (2 if sees else 1)
        assert (SECRET in _csv_names(target)) is sees
        selection = tmp_path / f"sel-{who}.xlsx"  # a selection naming the private id is filtered too
        assert export_list(db, selection, ids=[ids["public"], ids["secret"]], user_id=user) == (2 if sees else 1)
        cards = tmp_path / f"cards-{who}.vcf"
        export_list(db, cards, user_id=user)
        assert ("parvizi@example.ir" in cards.read_text("utf-8")) is sees
        companies = tmp_path / f"companies-{who}.csv"
        assert export_list(db, companies, entity="companies", user_id=user) == (1 if sees else 0)
    for login, sees in (("sara", True), ("omid", False)):
        out = tmp_path / f"cli-{login}.csv"
        assert main(["export", str(out), "--db", str(path), "--user", login]) == 0
        assert (SECRET in _csv_names(out)) is sees


def test_the_archive_is_complete_and_admin_only_when_passwords_are_on(
    office, tmp_path: Path, capsys, monkeypatch
) -> None:
    db, path, ids = office
    first = tmp_path / "before.zip"
    assert main(["export-archive", str(first), "--db", str(path), "--user", "omid"]) == 0  # no passwords yet
    with zipfile.ZipFile(first) as archive:
        vcards = "".join(archive.read(n).decode() for n in archive.namelist() if n.endswith(".vcf"))
    assert "parvizi@example.ir" in vcards and "karimi@example.ir" in vcards  # a backup keeps private records
    auth = AuthService(db, ids["admin"])
    auth.set_password(ids["admin"], "correct horse 1")
    auth.set_password(ids["omid"], "omid's own pw")
    auth.set_office(passwords_required=True)
    capsys.readouterr()
    refused = tmp_path / "refused.zip"
    monkeypatch.setenv("CRM_PASSWORD", "omid's own pw")  # the CLI logs in first when passwords are on
    assert main(["export-archive", str(refused), "--db", str(path), "--user", "omid"]) == 2
    assert "only an administrator" in capsys.readouterr().err and not refused.exists()
    monkeypatch.setenv("CRM_PASSWORD", "correct horse 1")
    assert main(["export-archive", str(tmp_path / "ok.zip"), "--db", str(path), "--user", "laila"]) == 0
    # Without --user the computer's login acts (ensure_basics made it an administrator): it has no password.
    assert main(["export-archive", str(tmp_path / "me.zip"), "--db", str(path)]) == 2
    assert "no password yet" in capsys.readouterr().err and not (tmp_path / "me.zip").exists()


def test_the_archive_menu_refuses_a_non_admin_when_passwords_are_on(office, tmp_path: Path, qtbot, monkeypatch) -> None:
    from PySide6.QtWidgets import QMessageBox, QWidget

    from crm_desktop.ui.import_wizard import export_archive_dialog
    from crm_desktop.ui.workspace import Workspace

    db, _path, ids = office
    auth = AuthService(db, ids["admin"])
    auth.set_password(ids["admin"], "correct horse 1")
    auth.set_office(passwords_required=True)
    parent = QWidget()
    qtbot.addWidget(parent)
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text, *_a: shown.append(text))
    assert export_archive_dialog(parent, Workspace(db, ids["omid"]), str(tmp_path / "gui.zip")) == "refused"
    assert shown and "administrator" in shown[0] and not (tmp_path / "gui.zip").exists()
