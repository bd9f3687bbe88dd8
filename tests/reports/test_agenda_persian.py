"""The agenda report on a Persian-month series (FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI): the rule in words names the
day of the Persian month in en/ar/fa, and a series whose months skip (day 31) still shows in a later month."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database, open_database
from crm_desktop.reports.engine import make_report
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.maintenance import ensure_basics

from .conftest import needs_poppler, options, pdf_text

pytestmark = needs_poppler
RULE = "FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI"


@pytest.fixture(scope="module")
def db(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Database]:
    database = open_database(Path(tmp_path_factory.mktemp("agenda")) / "crm.sqlite3")
    ensure_basics(database)
    calendar = CalendarService(database)
    plans = (
        ("Rent", datetime(2024, 3, 24, 6, 30, tzinfo=UTC), f"{RULE};COUNT=12"),  # 5 Farvardin 1403, 10:00 Tehran
        ("Audit", datetime(2024, 3, 24, 8, 30, tzinfo=UTC), f"{RULE};INTERVAL=2;UNTIL=20250301"),
        ("Payroll", datetime(2024, 4, 19, 9, 30, tzinfo=UTC), f"{RULE};COUNT=7"),  # 31 Farvardin: 7th is 1404
        ("Weekly", datetime(2024, 3, 25, 6, 30, tzinfo=UTC), "FREQ=WEEKLY;BYDAY=MO;COUNT=4"),
    )
    for title, start, rule in plans:
        calendar.create(
            {
                "title": title,
                "starts_at": start,
                "ends_at": start + timedelta(hours=1),
                "time_zone": "Asia/Tehran",
                "recurrence_rule": rule,
            }
        )
    yield database
    database.close()


def _agenda(db: Database, tmp_path: Path, lang: str, day: date) -> str:
    out = tmp_path / f"agenda_{lang}.pdf"
    make_report(db, "agenda", out, options(lang, "jalali"), {"period": "month", "date": day})
    return " ".join(pdf_text(out).split())


def test_english_names_the_day_of_the_persian_month(db: Database, tmp_path: Path) -> None:
    text = _agenda(db, tmp_path, "en", date(2024, 4, 10))  # Farvardin 1403
    assert "monthly on day 5 of the Persian month, 12 times" in text
    assert "every 2 months on day 5 of the Persian month, until" in text
    assert "monthly on day 31 of the Persian month, 7 times" in text
    assert "weekly, Monday, 4 times" in text  # plain rules as before


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("fa", ("ماهانه، روز ۵ هر ماه شمسی", "هر ۲ ماه یک بار، روز ۵ ماه شمسی", "روز ۳۱ هر ماه شمسی")),
        ("ar", ("شهرياً في اليوم ٥ من الشهر الهجري الشمسي", "كل ٢ أشهر في اليوم ٥ من الشهر الهجري الشمسي")),
    ],
)
def test_persian_and_arabic_wording(db: Database, tmp_path: Path, lang: str, words: tuple[str, ...]) -> None:
    # pdftotext moves the spaces and commas around digits in right-to-left lines: compared without them
    text = _bare(_agenda(db, tmp_path, lang, date(2024, 4, 10)))
    for phrase in words:
        assert _bare(phrase) in text, (phrase, text)


def _bare(text: str) -> str:
    return "".join(c for c in text if not c.isspace() and c not in "،,")


def test_a_series_with_skipped_months_shows_in_its_last_month(db: Database, tmp_path: Path) -> None:
    # Payroll: 31 Farvardin..31 Shahrivar 1403, then 31 Farvardin 1404 (months of 30 days are skipped);
    # 7 x 31 days from its start would end it in November 2024.
    text = _agenda(db, tmp_path, "en", date(2025, 4, 10))  # Farvardin 1404
    assert "Payroll" in text and "Rent" not in text and "Audit" not in text
