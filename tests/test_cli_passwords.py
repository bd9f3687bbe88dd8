"""When the office requires passwords, the CLI acts as a user only with that user's password (through main())."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest

from crm_desktop.cli import main


def _run(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, argv: list[str], stdin: str = ""
) -> tuple:
    monkeypatch.setattr("sys.stdin", io.StringIO(stdin))
    code = main(argv)
    out = capsys.readouterr()
    return code, out.out, out.err


@pytest.fixture
def office(tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> tuple[str, str]:
    """A database with an administrator and Sara, both with passwords, and passwords turned on."""
    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    monkeypatch.setattr("getpass.getuser", lambda: "root-of-pc")  # init makes this login the administrator
    db = str(tmp_path / "office.sqlite3")
    assert main(["init", "--db", db]) == 0
    capsys.readouterr()
    assert main(["users", "list", "--db", db, "--json"]) == 0
    root = json.loads(capsys.readouterr().out)[0]["login"]
    assert _run(capsys, monkeypatch, ["users", "passwd", root, "--db", db, "--user", root], "root-pw-123\n")[0] == 0
    argv = ["users", "add", "sara", "--name", "Sara", "--password", "--db", db, "--user", root]
    assert _run(capsys, monkeypatch, argv, "sara-pw-456\n")[0] == 0
    assert main(["office", "--passwords", "on", "--db", db, "--user", root]) == 0
    capsys.readouterr()
    return db, root


def _contact_count(db: str, capsys: pytest.CaptureFixture[str]) -> int:
    assert main(["info", "--db", db, "--json"]) == 0  # info needs no password
    return json.loads(capsys.readouterr().out)["counts"]["contacts"]


def test_missing_or_wrong_password_does_nothing(office, capsys, monkeypatch) -> None:
    db, root = office
    before = _contact_count(db, capsys)
    add = ["contacts", "add", "--name", "Reza", "--db", db, "--user", "sara", "--json"]
    code, out, err = _run(capsys, monkeypatch, add)
    assert (code, out) == (2, "") and "--password-stdin" in err and "CRM_PASSWORD" in err and "'sara'" in err
    code, out, err = _run(capsys, monkeypatch, [*add, "--password-stdin"], "not-her-pw\n")
    assert (code, out) == (2, "") and "wrong login or password" in err
    monkeypatch.setenv("CRM_PASSWORD", "root-pw-123")  # the admin's password does not make Sara
    assert _run(capsys, monkeypatch, add)[0] == 2
    code, _, err = _run(capsys, monkeypatch, ["contacts", "list", "--db", db, "--user", root, "--password-stdin"])
    assert code == 2 and "this office requires passwords" in err  # --password-stdin with empty stdin
    monkeypatch.delenv("CRM_PASSWORD")
    monkeypatch.setattr("getpass.getuser", lambda: "guest")  # the computer's login is not a user
    code, _, err = _run(capsys, monkeypatch, ["contacts", "list", "--db", db])  # no --user, not a user here
    assert code == 2 and "--user LOGIN" in err
    assert _contact_count(db, capsys) == before
    # Every command that opens the database as someone needs it, reading commands included.
    for argv in (["search", "Reza"], ["recent-changes"], ["history", "users", "1"], ["backups"], ["users", "list"]):
        code, out, err = _run(capsys, monkeypatch, [*argv, "--db", db, "--user", root])
        assert (code, out) == (2, "") and "this office requires passwords" in err, argv
    shot = Path(db).with_name("shot.png")
    code, _, err = _run(capsys, monkeypatch, ["screenshot", "--out", str(shot), "--db", db, "--user", root])
    assert code == 2 and "this office requires passwords" in err and not shot.exists()
    for argv in (["init"], ["info"], ["check"]):
        assert _run(capsys, monkeypatch, [*argv, "--db", db])[0] == 0, argv


def test_the_right_password_from_stdin_or_the_environment(office, capsys, monkeypatch) -> None:
    db, root = office
    add = ["contacts", "add", "--name", "Reza", "--db", db, "--user", "sara", "--json"]
    code, out, _ = _run(capsys, monkeypatch, [*add, "--password-stdin"], "sara-pw-456\n")
    assert code == 0 and json.loads(out)["display_name"] == "Reza"
    monkeypatch.setenv("CRM_PASSWORD", "sara-pw-456")
    code, out, _ = _run(capsys, monkeypatch, ["contacts", "list", "--db", db, "--user", "SARA", "--json"])
    assert code == 0 and [c["display_name"] for c in json.loads(out)] == ["Reza"]
    # --password-stdin: the first line logs in, the next one is the new password of `users passwd`.
    argv = ["users", "passwd", "sara", "--db", db, "--user", root, "--password-stdin"]
    assert _run(capsys, monkeypatch, argv, "root-pw-123\nsara-new-789\n")[0] == 0
    assert _run(capsys, monkeypatch, ["contacts", "list", "--db", db, "--user", "sara"])[0] == 2  # old one
    monkeypatch.setenv("CRM_PASSWORD", "sara-new-789")
    assert _run(capsys, monkeypatch, ["contacts", "list", "--db", db, "--user", "sara"])[0] == 0
    # A deactivated user is refused even with the right password.
    argv = ["users", "edit", "sara", "--active", "no", "--db", db, "--user", root, "--password-stdin"]
    assert _run(capsys, monkeypatch, argv, "root-pw-123\n")[0] == 0
    code, _, err = _run(capsys, monkeypatch, ["contacts", "list", "--db", db, "--user", "sara"])
    assert code == 2 and "deactivated" in err


def test_passwords_off_needs_none(tmp_path, capsys, monkeypatch) -> None:
    db = str(tmp_path / "open.sqlite3")
    assert main(["init", "--db", db]) == 0
    capsys.readouterr()
    monkeypatch.delenv("CRM_PASSWORD", raising=False)
    code, out, _ = _run(capsys, monkeypatch, ["contacts", "add", "--name", "Reza", "--db", db, "--json"])
    assert code == 0 and json.loads(out)["display_name"] == "Reza"
