"""The import/export commands driven like a script: exit codes, --json, messages with file and line."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import pytest

from crm_desktop.cli import main

from .conftest import FIXTURES


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.fixture
def dbfile(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> str:
    path = str(tmp_path / "cli.sqlite3")
    assert run(capsys, "init", "--db", path, "--region", "IR")[0] == 0
    return path


def test_import_dry_run_then_real_with_json(dbfile: str, capsys: pytest.CaptureFixture[str]) -> None:
    code, out, _ = run(capsys, "import", str(FIXTURES / "google_contacts.csv"), "--db", dbfile, "--dry-run", "--json")
    dry = json.loads(out)
    assert code == 0 and dry["created"] == 4 and not dry["written"]
    code, out, _ = run(capsys, "import", str(FIXTURES / "google_contacts.csv"), "--db", dbfile, "--json")
    assert code == 0 and json.loads(out)["created"] == 4
    code, out, _ = run(capsys, "import", str(FIXTURES / "google_contacts.csv"), "--db", dbfile, "--on-duplicate",
                       "update", "--json")  # fmt: skip
    assert json.loads(out)["updated"] == 4


def test_map_options_and_saved_mapping(dbfile: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "odd.csv"
    path.write_text("Who,Where,Handy,Remark\nAli Rezaei,Tehran,0912 345 6789,VIP client\n", encoding="utf-8")
    args = ["import", str(path), "--db", dbfile, "--map", "Who=display_name", "--map", "2=city",
            "--map", "Handy=phone:mobile", "--map", "Remark=", "--save-mapping", "odd"]  # fmt: skip
    code, out, err = run(capsys, *args)
    assert code == 0, err
    assert "1 created" in out
    code, out, _ = run(capsys, "contacts", "show", "1", "--db", dbfile, "--json")
    contact = json.loads(out)
    assert contact["phones"][0]["label"] == "mobile" and contact["addresses"][0]["city"] == "Tehran"
    assert contact["notes"] is None
    code, out, _ = run(capsys, "import", str(path), "--db", dbfile, "--mapping", "odd", "--dry-run", "--json")
    assert json.loads(out)["skipped"] == 1  # same phone: the saved mapping found it again
    code, _, err = run(capsys, "import", str(path), "--db", dbfile, "--map", "Nope=notes")
    assert code == 2 and "no column 'Nope'" in err


def test_invalid_rows_reject_the_import_unless_skipped(
    dbfile: str, capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = tmp_path / "some_bad.csv"
    path.write_text("Name,Email\nAli,ali@example.com\nBad,not-mail\n", encoding="utf-8")
    code, out, err = run(capsys, "import", str(path), "--db", dbfile)
    assert code == 2 and f"{path}, line 3, email 1" in err and "Nothing imported" in out
    code, out, _ = run(capsys, "contacts", "list", "--db", dbfile, "--json")
    assert json.loads(out) == []
    report = tmp_path / "report.csv"
    code, out, _ = run(capsys, "import", str(path), "--db", dbfile, "--skip-invalid", "--report", str(report))
    assert code == 0 and "1 created" in out and "1 failed" in out
    assert "failed" in report.read_text(encoding="utf-8-sig")


def test_bad_file_message_has_file_and_line(dbfile: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    path = tmp_path / "cut.vcf"
    path.write_bytes(b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:Ali\r\n")
    code, _, err = run(capsys, "import", str(path), "--db", dbfile)
    assert code == 2 and f"{path}, line 1: the card starting here never ends" in err
    assert "Traceback" not in err


def test_export_and_archive_commands(dbfile: str, capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert run(capsys, "import", str(FIXTURES / "iphone_v3.vcf"), "--db", dbfile)[0] == 0
    out_csv = tmp_path / "list.csv"
    code, out, _ = run(capsys, "export", str(out_csv), "--db", dbfile, "--columns", "name,phones", "--json")
    assert code == 0 and json.loads(out)["records"] == 2
    assert "خالد الحربي" in out_csv.read_text(encoding="utf-8-sig")
    vcf = tmp_path / "list.vcf"
    assert run(capsys, "export", str(vcf), "--db", dbfile, "--vcard-version", "4.0")[0] == 0
    assert vcf.read_bytes().count(b"BEGIN:VCARD") == 2
    archive = tmp_path / "all.zip"
    code, out, _ = run(capsys, "export-archive", str(archive), "--db", dbfile)
    assert code == 0 and "Wrote" in out and "manifest.json" in zipfile.ZipFile(archive).namelist()
    assert run(capsys, "export-archive", str(archive), "--db", dbfile)[0] == 2  # exists: --force needed
    restored = str(tmp_path / "restored.sqlite3")
    code, out, err = run(capsys, "import-archive", str(archive), "--db", restored, "--json")
    assert code == 0, err
    assert json.loads(out)["tables"]["contacts"] == 2
    code, _, err = run(capsys, "import-archive", str(archive), "--db", restored)
    assert code == 2 and "empty database" in err
