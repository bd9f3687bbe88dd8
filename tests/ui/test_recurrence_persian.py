"""A Jalali user's "Monthly" in the appointment form repeats on a day of each Persian month (pytest-qt, offscreen,
real SQLite file); other users keep the Gregorian choices."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import QDate, QDateTime, QLocale, QTime
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot

from crm_desktop.db.engine import open_database
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import UserService
from crm_desktop.text.calendars import to_calendar
from crm_desktop.ui.forms.appointment_form import AppointmentDialog
from crm_desktop.ui.forms.recurrence_editor import RecurrenceEditor, RuleSpec, spec_from_rule
from crm_desktop.ui.language import apply_language, remove_language
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace

TEHRAN = "Asia/Tehran"
SHOTS = Path("/tmp/w2")


@pytest.fixture
def ws(sqlite_path: Path) -> Iterator[Workspace]:
    db = open_database(sqlite_path)
    user = UserService(db).create({"login": "nadia", "display_name": "نادیا"})
    workspace = Workspace(db, user.id, "نادیا")
    workspace.lang, workspace.calendar = "fa", "jalali"
    yield workspace
    db.close()


@pytest.fixture
def persian(qapp: QApplication) -> Iterator[None]:
    """The Persian translation and right-to-left layout, put back afterwards (later tests expect English)."""
    before, font, direction = QLocale(), QFont(qapp.font()), qapp.layoutDirection()
    applied = apply_language(qapp, "fa")
    yield
    remove_language(qapp, applied)
    QLocale.setDefault(before)
    qapp.setFont(font)
    qapp.setLayoutDirection(direction)


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


def test_rule_text_round_trips() -> None:
    nowruz = date(2024, 3, 20)
    rule = RuleSpec("MONTHLY", ends="count", count=12, persian=True).to_rule(nowruz)
    assert rule == "FREQ=MONTHLY;X-RAFIQ-CALENDAR=JALALI;COUNT=12"
    assert spec_from_rule(rule, nowruz).persian and spec_from_rule(rule, nowruz).to_rule(nowruz) == rule
    assert spec_from_rule("FREQ=WEEKLY;X-RAFIQ-CALENDAR=JALALI", nowruz).freq == "CUSTOM"


def test_only_a_jalali_user_is_offered_persian_months(qtbot: QtBot, ws: Workspace) -> None:
    english = RecurrenceEditor(type("Settings", (), {"calendar": "gregorian", "lang": "en"})())
    qtbot.addWidget(english)
    english.freq.setCurrentIndex(english.freq.findData("MONTHLY"))
    assert english.by_date.isChecked() and english.by_persian_day.isHidden()
    assert english.value()[0] == "FREQ=MONTHLY"


def test_monthly_on_day_one_is_the_first_of_each_persian_month(qtbot: QtBot, ws: Workspace, persian: None) -> None:
    form = AppointmentDialog(ws)
    qtbot.addWidget(form)
    form.show()
    form.editor("title").setText("اجاره")  # keyClicks takes ASCII only
    form.editor("time_zone").setCurrentText(TEHRAN)
    for key, hour in (("starts_at", 10), ("ends_at", 11)):
        form.editor(key).edit.setDateTime(QDateTime(QDate(2024, 3, 20), QTime(hour, 0)))  # 1 Farvardin 1403
    repeat = form.editor("recurrence")
    repeat.freq.setCurrentIndex(repeat.freq.findData("MONTHLY"))
    assert repeat.by_persian_day.isChecked() and repeat.by_persian_day.text() == "روز ۱ هر ماه شمسی"
    assert repeat.ends.currentData() == "count"  # such a series must end: "never" is not offered
    assert not repeat.ends.model().item(0).isEnabled()
    repeat.count.setValue(12)
    form.resize(640, form.height())
    form.grab().save(str(SHOTS / "persian_monthly_fa.png"))
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_for_ops(timeout=30)
    assert form.result() == AppointmentDialog.DialogCode.Accepted, form.general_error.text()
    found = CalendarService(ws.db).occurrences(datetime(2024, 3, 1, tzinfo=UTC), datetime(2025, 4, 1, tzinfo=UTC))
    assert found[0].appointment_id and len(found) == 12
    days = [to_calendar(o.starts_at.astimezone(ZoneInfo(TEHRAN)).date(), "jalali") for o in found]
    assert [(d.year, d.month, d.day) for d in days] == [(1403, m, 1) for m in range(1, 13)]
    assert all(o.starts_at.astimezone(ZoneInfo(TEHRAN)).hour == 10 for o in found)
    assert found[-1].starts_at - found[0].starts_at > timedelta(days=330)
