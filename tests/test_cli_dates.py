"""The command line writes dates in the --calendar and --lang asked for; --json stays ISO 8601."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime
from pathlib import Path

import pytest

from crm_desktop.cli import main
from crm_desktop.cli.output import set_display, shown_date


@pytest.fixture(autouse=True)
def english_afterwards():
    yield
    set_display(None, None)


def test_shown_date_in_each_calendar() -> None:
    set_display("fa", "jalali")
    assert shown_date(date(2024, 3, 20)) == "۱۴۰۳/۰۱/۰۱"
    assert shown_date(datetime(2024, 3, 20, 9, 5, tzinfo=UTC)) == "۱۴۰۳/۰۱/۰۱ ۰۹:۰۵ UTC"
    set_display("ar", "hijri")
    assert shown_date(date(2024, 3, 11)) == "١٤٤٥/٠٩/٠١"  # 1 Ramadan 1445 (tabular)
    set_display("fa", None)  # Persian defaults to its own calendar
    assert shown_date(date(2024, 3, 20)) == "۱۴۰۳/۰۱/۰۱"
    set_display(None, None)
    assert shown_date(date(2024, 3, 20)) == "2024-03-20"


def test_contacts_show_in_jalali_and_json_unchanged(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    db = str(tmp_path / "crm.sqlite3")
    assert main(["init", "--db", db]) == 0
    capsys.readouterr()
    assert main(["contacts", "add", "--db", db, "--name", "رضا", "--json"]) == 0
    contact_id = json.loads(capsys.readouterr().out)["id"]
    assert main(["contacts", "show", str(contact_id), "--db", db, "--lang", "fa", "--calendar", "jalali"]) == 0
    text = capsys.readouterr().out
    created = next(line for line in text.splitlines() if line.startswith("created_at:"))
    assert "۱۴" in created and "-" not in created and created.endswith(" UTC")
    assert main(["contacts", "show", str(contact_id), "--db", db, "--lang", "fa", "--json"]) == 0
    assert "T" in json.loads(capsys.readouterr().out)["created_at"]
