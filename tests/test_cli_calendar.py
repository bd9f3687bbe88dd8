"""CLI twins of the calendar: agenda (expanded), export-ics, import FILE.ics."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.cli import main

ICS = """BEGIN:VCALENDAR\r
VERSION:2.0\r
PRODID:-//test//EN\r
BEGIN:VEVENT\r
UID:weekly-1\r
SUMMARY:Weekly\r
DTSTART;TZID=Asia/Tehran:20260105T100000\r
DTEND;TZID=Asia/Tehran:20260105T110000\r
RRULE:FREQ=WEEKLY;COUNT=3\r
END:VEVENT\r
END:VCALENDAR\r
"""


def run(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    code = main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


def test_import_agenda_export(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert run(capsys, "init", "--db", db)[0] == 0
    source = tmp_path / "in.ics"
    source.write_bytes(ICS.encode())
    code, out, err = run(capsys, "import", str(source), "--db", db, "--json")
    assert code == 0, err
    assert json.loads(out) == {"created": 1, "updated": 0, "events": 1}
    code, out, _ = run(
        capsys, "agenda", "--from", "2026-01-01", "--to", "2026-01-31", "--zone", "Asia/Tehran", "--db", db, "--json"
    )
    assert code == 0
    assert [o["starts_at"] for o in json.loads(out)] == [
        "2026-01-05T06:30:00+00:00",
        "2026-01-12T06:30:00+00:00",
        "2026-01-19T06:30:00+00:00",
    ]
    code, out, _ = run(
        capsys, "agenda", "--from", "2026-01-12", "--to", "2026-01-12", "--zone", "Asia/Tehran", "--db", db
    )
    assert out.strip() == "2026-01-12 10:00–11:00  Weekly"
    target = tmp_path / "out.ics"
    assert run(capsys, "export-ics", str(target), "--db", db)[0] == 0
    assert "RRULE:FREQ=WEEKLY;COUNT=3" in target.read_text() and "UID:weekly-1" in target.read_text()


def test_bad_input_gives_a_message_not_a_traceback(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert run(capsys, "init", "--db", db)[0] == 0
    broken = tmp_path / "broken.ics"
    broken.write_bytes(b"BEGIN:VCALENDAR\r\nBEGIN:VEVENT\r\noops\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n")
    code, _, err = run(capsys, "import", str(broken), "--db", db)
    assert code == 2 and "line 3" in err and "broken line" in err
    code, _, err = run(capsys, "agenda", "--from", "2026-02-01", "--to", "2026-01-01", "--db", db)
    assert code == 2 and "--to is before --from" in err
