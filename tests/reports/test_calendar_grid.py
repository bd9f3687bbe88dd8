"""The printed calendar (week and month grids) on the shared office database: the user's calendar, the
right days, mirrored columns in Arabic/Persian, the owner filter, "+N more", refusals."""

from __future__ import annotations

import re
import subprocess
import unicodedata
from datetime import UTC, date, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.reports.engine import make_report
from crm_desktop.reports.errors import ReportError
from crm_desktop.services.calendar import CalendarService

from .conftest import Office, needs_poppler, options, pdf_text

pytestmark = needs_poppler


def word_x(path: Path) -> dict[str, float]:
    """Each word of page 1 (NFKC, Arabic letters back in logical order) and the x of its first appearance."""
    html = subprocess.run(
        ["pdftotext", "-bbox", "-f", "1", "-l", "1", str(path), "-"], check=True, capture_output=True, text=True
    ).stdout
    found: dict[str, float] = {}
    for x, word in re.findall(r'<word xMin="([0-9.]+)"[^>]*>([^<]*)</word>', html):
        word = unicodedata.normalize("NFKC", word)
        found.setdefault(word[::-1] if re.search("[\u0600-\u06ff]", word) else word, float(x))
    return found


def test_persian_month_grid_starts_on_1_farvardin_and_reads_right_to_left(office: Office, tmp_path: Path) -> None:
    result = make_report(
        office.db, "calendar", tmp_path / "fa.pdf", options("fa", "jalali"),
        {"period": "month", "date": "1403/01/05", "week_start": 5},
    )  # fmt: skip
    text = pdf_text(result.path)
    assert "تقویم" in text and "فروردین ۱۴۰۳" in text
    # pdftotext moves spaces around in RTL lines (its extraction, not the drawing): compare without them
    assert "از۱فروردین۱۴۰۳تا۳۱فروردین۱۴۰۳" in re.sub(r"\s+", "", text)
    # Weekly sync (Mondays 08:30 Tehran, 10 times from 11 March): 25 March, 1, 8 and 15 April fall in Farvardin.
    # The grid's first row starts on Saturday 16 March (26 Esfand): its days are printed too, greyed, and not
    # counted; so 18 March's sync and 16 March's meeting show beside the month's four.
    assert result.rows == 4 and text.count("Weekly sync") == 5 and "اجتماع العقد" in text
    assert "۰۸:۳۰" in text
    xs = word_x(result.path)
    assert xs["شنبه"] > xs["یکشنبه"] > xs["جمعه"]  # Saturday is the rightmost column


def test_arabic_week_in_hijri_for_one_owner(office: Office, tmp_path: Path) -> None:
    result = make_report(
        office.db, "calendar", tmp_path / "ar.pdf", options("ar", "hijri"),
        {"period": "week", "date": date(2024, 3, 16), "user_id": office.omar, "week_start": 5},
    )  # fmt: skip
    text = pdf_text(result.path)
    assert result.rows == 1 and "اجتماع العقد" in text and "Weekly sync" not in text  # the series has no owner
    assert "رمضان" in text and "١٠:٠٠" in text  # 6 Ramadan 1445, 10:00 in Tehran, Arabic-Indic digits
    xs = word_x(result.path)
    assert xs["السبت"] > xs["الجمعة"]


def test_a_full_day_ends_with_plus_n_more(db: Database, tmp_path: Path) -> None:
    service = CalendarService(db)
    day = datetime(2024, 5, 8, 6, 0, tzinfo=UTC)
    for i in range(20):
        service.create({"title": f"Call {i}", "starts_at": day + timedelta(minutes=20 * i),
                        "ends_at": day + timedelta(minutes=20 * i + 15)})  # fmt: skip
    result = make_report(db, "calendar", tmp_path / "m.pdf", options("en"), {"period": "month", "date": "2024-05-08"})
    text = pdf_text(result.path)
    shown = len(re.findall(r"Call \d+", text))
    assert result.rows == 20 and result.pages == 1 and 0 < shown < 20
    assert f"+{20 - shown} more" in text
    week = make_report(db, "calendar", tmp_path / "w.pdf", options("en"), {"period": "week", "date": "2024-05-08"})
    assert len(re.findall(r"Call \d+", pdf_text(week.path))) == 20  # a week's tall columns hold them all


def test_day_and_work_week_print_only_their_days(db: Database, tmp_path: Path) -> None:
    service = CalendarService(db)
    monday = datetime(2024, 5, 6, 7, 0, tzinfo=UTC)
    names = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
    for i, name in enumerate(names):
        start = monday + timedelta(days=i)
        service.create({"title": f"{name} call", "starts_at": start, "ends_at": start + timedelta(hours=1)})
    day = make_report(db, "calendar", tmp_path / "d.pdf", options("en"), {"period": "day", "date": "2024-05-08"})
    text = pdf_text(day.path)
    assert day.rows == 1 and "Wed call" in text and "Tue call" not in text and "Thu call" not in text
    assert "Wednesday" in text and "8 May 2024" in text.replace(",", "")
    filters = {"period": "workweek", "date": "2024-05-08", "week_start": 0, "weekend": "5,6"}
    week = make_report(db, "calendar", tmp_path / "ww.pdf", options("en"), filters)
    text = pdf_text(week.path)
    assert week.rows == 5 and all(f"{n} call" in text for n in names[:5])
    assert "Sat call" not in text and "Sun call" not in text and "Saturday" not in text
    fa = make_report(
        db, "calendar", tmp_path / "fa.pdf", options("fa", "jalali"),
        {"period": "workweek", "date": date(2024, 5, 8), "week_start": 5},
    )  # fmt: skip
    xs = word_x(fa.path)  # Sat 4 to Thu 9 May (Mon-Thu calls); Friday, the weekend, left out; Saturday on the right
    assert fa.rows == 4 and "جمعه" not in xs and xs["شنبه"] > xs["پنجشنبه"]


@pytest.mark.parametrize(
    ("filters", "message"),
    [
        ({"period": "year"}, "choose day, workweek, week or month"),
        ({"period": "workweek", "weekend": "7"}, "weekend must be weekday numbers"),
        ({"period": "workweek", "weekend": "fri"}, "weekend must be weekday numbers"),
        ({"week_start": 9}, "week_start must be a weekday number"),
        ({"date": "1403/13/01"}, "date:"),
    ],
)
def test_bad_filters_are_refused_and_leave_no_file(
    office: Office, tmp_path: Path, filters: dict[str, object], message: str
) -> None:
    with pytest.raises(ReportError, match=message):
        make_report(office.db, "calendar", tmp_path / "bad.pdf", options("fa", "jalali"), filters)
    assert list(tmp_path.iterdir()) == []
