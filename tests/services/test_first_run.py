"""First run as a plain state machine: every step's checks and the resulting settings, without Qt."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.config import load_settings, settings_file
from crm_desktop.db.engine import open_database
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services import first_run as fr
from crm_desktop.services.people import ContactService, UserService
from crm_desktop.services.settings import SettingsService


@pytest.fixture
def flow(tmp_path: Path) -> fr.FirstRunFlow:
    return fr.FirstRunFlow(default_path=tmp_path / "data" / "rafiq.sqlite3")


@pytest.fixture
def home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A CRM_HOME of its own, so settings and the default database start absent."""
    folder = tmp_path / "home"
    folder.mkdir()
    monkeypatch.setenv("CRM_HOME", str(folder))
    monkeypatch.delenv("CRM_DATABASE_URL", raising=False)
    return folder


def existing_db(path: Path) -> Path:
    open_database(path).close()
    return path


def test_new_local_default_walks_every_step(flow: fr.FirstRunFlow) -> None:
    assert flow.step == "language" and not flow.can_go_back()
    assert flow.submit(language="fa") == "database"
    assert flow.answers.calendar == "jalali"  # Persian defaults to the Persian calendar
    assert flow.submit(kind="new_local") == "demo"
    assert flow.submit(demo=True) == "business"
    assert flow.submit(business_name="  شرکت نمونه ", phone_region="ir") == "done"
    result = flow.result()
    assert result.settings.database == "" and result.settings.language == "fa" and not result.settings.shared
    assert result.actions == (
        fr.OpenDatabase(str(flow.default_path), False, True),
        fr.FillDemo(),
        fr.SetOfficeSetting("business_name", "شرکت نمونه"),
        fr.SetOfficeSetting("phone_region", "IR"),
    )


def test_back_returns_and_keeps_answers(flow: fr.FirstRunFlow) -> None:
    flow.submit(language="ar", calendar="hijri")
    flow.submit(kind="new_local")
    assert flow.back() == "database" and flow.back() == "language" and flow.back() == "language"
    assert flow.answers.calendar == "hijri"


def test_language_checks(flow: fr.FirstRunFlow) -> None:
    with pytest.raises(ValidationError) as err:
        flow.submit(language="de")
    assert "language" in err.value.errors and flow.step == "language"
    with pytest.raises(ValidationError) as err:
        flow.submit(language="en", calendar="julian")
    assert "calendar" in err.value.errors


def test_open_existing_file_skips_demo(flow: fr.FirstRunFlow, tmp_path: Path) -> None:
    path = existing_db(tmp_path / "office.sqlite3")
    flow.submit(language="en")
    assert flow.submit(kind="open_file", path=str(path)) == "business"
    assert "demo" not in flow.steps()
    flow.submit()
    result = flow.result()
    assert result.settings.database == str(path.resolve())
    assert result.actions == (fr.OpenDatabase(str(path.resolve()), False, False),)


@pytest.mark.parametrize(
    ("kind", "path", "url", "field", "words"),
    [
        ("open_file", "", "", "path", "choose"),
        ("open_file", "missing.sqlite3", "", "path", "does not exist"),
        ("open_file", "notes.txt", "", "path", "not a Rafiq CRM database"),
        ("open_file", ".", "", "path", "is a folder"),
        ("shared_file", "no/such/folder/x.sqlite3", "", "path", "does not exist"),
        ("new_local", "old.sqlite3", "", "path", "already exists"),
        ("server", "", "", "url", "enter the server"),
        ("server", "", "mysql://h/db", "url", "postgresql://"),
        ("server", "", "postgresql:///crm", "url", "no server"),
        ("server", "", "postgresql://host", "url", "no database"),
        ("server", "", "postgresql://host:99999/crm", "url", "not a valid"),
        ("cloud", "x", "", "kind", "must be one of"),
    ],
)
def test_database_step_refuses_bad_choices(
    flow: fr.FirstRunFlow,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    kind: str,
    path: str,
    url: str,
    field: str,
    words: str,
) -> None:
    monkeypatch.chdir(tmp_path)
    (tmp_path / "notes.txt").write_text("hello", encoding="utf-8")
    (tmp_path / "old.sqlite3").write_bytes(fr.SQLITE_HEADER + bytes(84))
    flow.submit(language="en")
    with pytest.raises(ValidationError) as err:
        flow.submit(kind=kind, path=path, url=url)
    assert words in err.value.errors[field] and flow.step == "database"


def test_shared_new_file_and_server(flow: fr.FirstRunFlow, tmp_path: Path) -> None:
    flow.submit(language="en")
    assert flow.submit(kind="shared_file", path=str(tmp_path / "office.sqlite3")) == "demo"
    assert flow.answers.database is not None and flow.answers.database.shared
    flow.back()
    url = "postgresql://crm:secret@db.local:5432/rafiq"
    assert flow.submit(kind="server", url=url) == "demo"
    flow.submit(demo=False)
    flow.submit(business_name="")
    result = flow.result()
    assert result.settings.database == url and result.actions == (fr.OpenDatabase(url, False, True),)


def test_business_step_reports_both_fields(flow: fr.FirstRunFlow) -> None:
    flow.submit(language="en")
    flow.submit(kind="new_local")
    flow.submit(demo=False)
    with pytest.raises(ValidationError) as err:
        flow.submit(business_name="x" * 201, phone_region="XX")
    assert set(err.value.errors) == {"business_name", "phone_region"}
    with pytest.raises(ValidationError):
        flow.submit(business_name="two\nlines")


def test_result_only_when_done(flow: fr.FirstRunFlow) -> None:
    with pytest.raises(CrmError):
        flow.result()


def test_field_checks() -> None:
    assert fr.check_phone_region(" de ") == "DE" and fr.check_phone_region("") is None
    assert fr.check_currency("irr") == "IRR"
    for bad in ("EU", "EURO", "€€€", "ریا"):
        with pytest.raises(ValidationError):
            fr.check_currency(bad)
    with pytest.raises(ValidationError):
        fr.check_phone_region("IRN")


def test_needs_first_run(home: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    assert fr.needs_first_run()
    assert not fr.needs_first_run("/some/file.sqlite3")
    monkeypatch.setenv("CRM_DATABASE_URL", "postgresql://h/db")
    assert not fr.needs_first_run()
    monkeypatch.delenv("CRM_DATABASE_URL")
    settings_file().write_text("{}", encoding="utf-8")
    assert not fr.needs_first_run()


def test_apply_creates_fills_and_saves_last(home: Path, tmp_path: Path) -> None:
    flow = fr.FirstRunFlow()
    flow.submit(language="ar")
    flow.submit(kind="shared_file", path=str(tmp_path / "office.sqlite3"))
    flow.submit(demo=True)
    flow.submit(business_name="مؤسسة الأمل", phone_region="SA")
    flow.demo_contacts = 20
    steps: list[str] = []
    fr.apply_first_run(flow.result(), progress=lambda step, _n: steps.append(step))
    saved = load_settings()
    assert saved.language == "ar" and saved.shared and saved.database == str((tmp_path / "office.sqlite3").resolve())
    db = open_database(saved.database, shared=True, create=False)
    try:
        assert ContactService(db).count() == 20 and UserService(db).count() >= 1
        office = SettingsService(db).all()
        assert office["business_name"] == "مؤسسة الأمل" and office["phone_region"] == "SA"
    finally:
        db.close()
    assert "done" in steps
    assert fr.recent_databases()[0] == fr.RecentDatabase(saved.database, True)


def test_apply_failure_saves_nothing(home: Path, tmp_path: Path) -> None:
    bad = fr.FirstRunResult(load_settings(), (fr.OpenDatabase(str(tmp_path / "gone" / "x.sqlite3"), False, False),))
    with pytest.raises(CrmError):
        fr.apply_first_run(bad)
    assert not settings_file().exists()


def test_recent_list_hides_passwords_and_survives_damage(home: Path) -> None:
    fr.remember_database("/a.sqlite3")
    fr.remember_database("postgresql://crm:secret@host/db")
    fr.remember_database("/a.sqlite3", shared=True)
    assert [r.target for r in fr.recent_databases()] == ["/a.sqlite3", "postgresql://crm@host/db"]
    assert "secret" not in fr.recent_file().read_text(encoding="utf-8")
    fr.recent_file().write_text(json.dumps({"not": "a list"}), encoding="utf-8")
    assert fr.recent_databases() == []
