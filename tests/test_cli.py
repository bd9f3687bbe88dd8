"""The command line, driven like a script would: exit codes, --json output, messages on stderr."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from crm_desktop import __version__
from crm_desktop.cli import main


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def run_json(capsys: pytest.CaptureFixture[str], *args: str) -> object:
    code, out, err = run(capsys, *args, "--json")
    assert code == 0, err
    return json.loads(out)


@pytest.fixture
def dbfile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert run(capsys, "init", "--db", path, "--region", "DE")[0] == 0
    return path


def test_init_creates_admin_and_pipeline(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    info = run_json(capsys, "info", "--db", dbfile)
    assert info["counts"]["users"] == 1 and info["mode"] == "local" and info["schema_revision"]


def test_contacts_round_trip(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    created = run_json(
        capsys,
        "contacts",
        "add",
        "--db",
        dbfile,
        "--given",
        "Jürgen",
        "--family",
        "Weiß",
        "--email",
        "jw@example.de",
        "--phone",
        "030 1234567",
        "--tag",
        "Kunde",
    )
    assert created["phones"][0]["e164"] == "+49301234567"  # national number read with region DE
    listed = run_json(capsys, "contacts", "list", "--db", dbfile, "--query", "weiss")
    assert [c["id"] for c in listed] == [created["id"]]
    edited = run_json(capsys, "contacts", "edit", str(created["id"]), "--db", dbfile, "--job-title", "Einkauf")
    assert edited["version"] == 2 and edited["job_title"] == "Einkauf"
    code, _, err = run(
        capsys, "contacts", "edit", str(created["id"]), "--db", dbfile, "--expect-version", "1", "--notes", "stale"
    )
    assert code == 2 and "changed by someone else" in err
    shown = run_json(capsys, "contacts", "show", str(created["id"]), "--db", dbfile)
    assert shown["notes"] is None
    assert run(capsys, "contacts", "delete", str(created["id"]), "--db", dbfile)[0] == 0
    assert run_json(capsys, "contacts", "list", "--db", dbfile) == []
    assert [c["id"] for c in run_json(capsys, "contacts", "list", "--db", dbfile, "--trash")] == [created["id"]]
    assert run(capsys, "contacts", "restore", str(created["id"]), "--db", dbfile)[0] == 0
    code, out, _ = run(capsys, "contacts", "list", "--db", dbfile)
    assert code == 0 and "Jürgen Weiß" in out


def test_global_options_before_the_command(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "--db", dbfile, "--json", "info")
    assert code == 0 and json.loads(out)["counts"]["contacts"] == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["contacts", "add", "--email", "broken@"], "emails[0]"),
        (["contacts", "add", "--name", "x", "--phone", "12"], "phones[0]"),
        (["contacts", "add", "--name", "x\x00y"], "NUL"),
        (["contacts", "add", "--name", "N" * 100_000], "too long"),
        (["contacts", "show", "999"], "not found"),
        (["contacts", "edit", "1"], "nothing to change"),
        (["contacts", "add", "--name", "x", "--user", "ghost"], "no user"),
    ],
)
def test_user_mistakes_exit_2_with_a_message(
    dbfile: str, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    code, _, err = run(capsys, *args, "--db", dbfile)
    assert code == 2 and message in err and "Traceback" not in err
    assert run_json(capsys, "info", "--db", dbfile)["counts"]["contacts"] == 0


def test_bad_database_locations(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = run(capsys, "info", "--db", str(tmp_path / "missing" / "x.sqlite3"))
    assert code == 2 and "does not exist" in err
    text_file = tmp_path / "notes.txt"
    text_file.write_text("hello")
    code, _, err = run(capsys, "info", "--db", str(text_file))
    assert code == 2 and "not a Rafiq CRM database" in err
    code, _, err = run(capsys, "info", "--db", str(tmp_path / "never-created.sqlite3"))
    assert code == 2 and "does not exist" in err and not (tmp_path / "never-created.sqlite3").exists()


def test_check_backup_restore(dbfile: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert run_json(capsys, "check", "--db", dbfile)["ok"] is True
    run_json(capsys, "contacts", "add", "--db", dbfile, "--name", "Before")
    backup = str(tmp_path / "b.sqlite3")
    assert run_json(capsys, "backup", backup, "--db", dbfile)["backup"] == backup
    run_json(capsys, "contacts", "add", "--db", dbfile, "--name", "After")
    result = run_json(capsys, "restore", backup, "--db", dbfile)
    assert Path(result["previous_copy"]).exists()
    assert [c["display_name"] for c in run_json(capsys, "contacts", "list", "--db", dbfile)] == ["Before"]


def test_demo_then_info(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    path = str(tmp_path / "demo.sqlite3")
    result = run_json(capsys, "demo", "--db", path, "--contacts", "200")
    info = run_json(capsys, "info", "--db", path)
    assert info["counts"]["contacts"] == result["created"]["contacts"] == 200
    assert info["counts"]["opportunities"] > 0 and info["counts"]["activities"] > 0


def test_module_entry_point_and_no_traceback(tmp_path: Path) -> None:
    done = subprocess.run([sys.executable, "-m", "crm_desktop", "--version"], capture_output=True, text=True)
    assert done.returncode == 0 and __version__ in done.stdout
    done = subprocess.run(
        [sys.executable, "-m", "crm_desktop", "contacts", "list", "--db", str(tmp_path / "nope" / "x.db")],
        capture_output=True,
        text=True,
    )
    assert done.returncode == 2 and "does not exist" in done.stderr and "Traceback" not in done.stderr
