"""The appointment form driven through its widgets on a real SQLite file (pytest-qt, offscreen)."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest
from PySide6.QtCore import QDate, QDateTime, QEvent, Qt, QTime
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy import func, select

from crm_desktop.db.models import Appointment
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.timeline import TimelineService
from crm_desktop.ui.forms import appointment_form
from crm_desktop.ui.forms.appointment_form import AppointmentDialog
from crm_desktop.ui.forms.quick_actions import AppointmentDialog as QuickAppointment
from crm_desktop.ui.forms.recurrence_editor import RuleSpec, spec_from_rule
from crm_desktop.ui.ops import wait_for_ops
from crm_desktop.ui.workspace import Workspace

TEHRAN = "Asia/Tehran"


@pytest.fixture(autouse=True)
def no_modal_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    """Closing a changed form asks "unsaved changes?": answered Discard, so no modal box blocks a test."""
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Discard))


class _Answers(list):
    asked: list[bool]


@pytest.fixture
def scopes(monkeypatch: pytest.MonkeyPatch) -> list[Any]:
    """Answers for ask_scope, one per question ("this", "following", "all" or None); no modal box opens."""
    answers: Any = _Answers()
    asked: list[bool] = []

    def ask(parent: Any, deleting: bool = False) -> str | None:
        asked.append(deleting)
        return answers.pop(0)

    monkeypatch.setattr(appointment_form, "ask_scope", ask)
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    answers.asked = asked
    return answers


def dialog(qtbot: QtBot, ws: Workspace, *args: Any, **kwargs: Any) -> AppointmentDialog:
    form = AppointmentDialog(ws, *args, **kwargs)
    qtbot.addWidget(form)
    form.show()
    return form


def set_local(form: AppointmentDialog, key: str, moment: datetime) -> None:
    edit = form.editor(key).edit
    edit.setDateTime(QDateTime(QDate(moment.year, moment.month, moment.day), QTime(moment.hour, moment.minute)))


def click_save(form: AppointmentDialog) -> None:
    form.buttons.button(QDialogButtonBox.StandardButton.Save).click()
    wait_for_ops(timeout=30)


def rows(ws: Workspace) -> list[Appointment]:
    with ws.db.read() as session:
        return list(session.scalars(select(Appointment).order_by(Appointment.id)))


def test_creates_a_weekly_series_through_the_widgets(qtbot: QtBot, ws: Workspace) -> None:
    form = dialog(qtbot, ws)
    qtbot.keyClicks(form.editor("title"), "Weekly review")
    form.editor("time_zone").setCurrentText(TEHRAN)
    set_local(form, "starts_at", datetime(2026, 1, 5, 9, 0))  # a Monday
    set_local(form, "ends_at", datetime(2026, 1, 5, 10, 30))
    repeat = form.editor("recurrence")
    repeat.freq.setCurrentIndex(repeat.freq.findData("WEEKLY"))
    assert repeat.day_buttons["MO"].isChecked()  # the start's weekday by default
    qtbot.mouseClick(repeat.day_buttons["WE"], Qt.MouseButton.LeftButton)
    repeat.ends.setCurrentIndex(repeat.ends.findData("count"))
    repeat.count.setValue(8)
    repeat.except_date.setDate(QDate(2026, 1, 14))
    qtbot.mouseClick(repeat.add_except, Qt.MouseButton.LeftButton)
    form.editor("reminder_minutes").set_value(30)
    click_save(form)
    assert form.result() == AppointmentDialog.DialogCode.Accepted, form.general_error.text()
    (row,) = rows(ws)
    assert row.recurrence_rule == "FREQ=WEEKLY;BYDAY=MO,WE;COUNT=8"
    assert row.time_zone == TEHRAN and row.reminder_minutes == 30 and row.owner_id == ws.user_id
    assert row.starts_at.replace(tzinfo=UTC) == datetime(2026, 1, 5, 5, 30, tzinfo=UTC)  # 09:00 at +03:30
    assert row.ends_at - row.starts_at == timedelta(minutes=90)
    assert row.recurrence_exceptions == ["2026-01-14T05:30:00+00:00"]
    got = CalendarService(ws.db).occurrences(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    assert [o.starts_at.day for o in got] == [5, 7, 12, 19, 21, 26, 28]  # the 14th skipped, 8 counted


def test_monthly_by_weekday_and_round_trip_of_rules() -> None:
    second_tuesday = date(2026, 1, 13)
    assert RuleSpec("MONTHLY", by_weekday=True).to_rule(second_tuesday) == "FREQ=MONTHLY;BYDAY=2TU"
    assert RuleSpec("MONTHLY", by_weekday=True).to_rule(date(2026, 3, 31)) == "FREQ=MONTHLY;BYDAY=-1TU"
    until = RuleSpec("DAILY", 2, ends="until", until=date(2026, 2, 1)).to_rule(second_tuesday)
    assert until == "FREQ=DAILY;INTERVAL=2;UNTIL=20260201"
    for rule in ("FREQ=MONTHLY;BYDAY=2TU", "FREQ=WEEKLY;BYDAY=MO,FR;COUNT=4", "FREQ=YEARLY", until):
        assert spec_from_rule(rule, second_tuesday).to_rule(second_tuesday) == rule
    kept = spec_from_rule("FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1", second_tuesday)
    assert kept.freq == "CUSTOM" and kept.to_rule(second_tuesday) == "FREQ=MONTHLY;BYDAY=MO,TU;BYSETPOS=1"


def test_shows_local_times_in_the_appointments_zone(qtbot: QtBot, ws: Workspace) -> None:
    start = datetime(2026, 7, 6, 13, 0, tzinfo=UTC)  # 09:00 in New York (EDT)
    series = CalendarService(ws.db).create(
        {
            "title": "NY stand-up",
            "starts_at": start,
            "ends_at": start + timedelta(minutes=15),
            "time_zone": "America/New_York",
            "recurrence_rule": "FREQ=WEEKLY;UNTIL=20261231",
        }
    )
    winter = datetime(2026, 11, 9, 14, 0, tzinfo=UTC)  # still 09:00 local after the change
    form = dialog(qtbot, ws, series.id, occurrence_start=winter)
    assert form.editor("starts_at").value() == datetime(2026, 11, 9, 9, 0)
    assert form.editor("ends_at").value() == datetime(2026, 11, 9, 9, 15)
    assert form.editor("recurrence").spec().until == date(2026, 12, 31)
    assert not form.is_dirty()


def test_editing_only_this_occurrence_makes_an_override(qtbot: QtBot, ws: Workspace, scopes: list[Any]) -> None:
    calendar = CalendarService(ws.db)
    start = datetime(2026, 1, 5, 5, 30, tzinfo=UTC)
    values = {"title": "Weekly", "starts_at": start, "ends_at": start + timedelta(hours=1), "time_zone": TEHRAN}
    series = calendar.create({**values, "recurrence_rule": "FREQ=WEEKLY;COUNT=4"})
    second = start + timedelta(days=7)
    form = dialog(qtbot, ws, series.id, occurrence_start=second)
    form.editor("title").clear()
    qtbot.keyClicks(form.editor("title"), "Moved review")
    set_local(form, "starts_at", datetime(2026, 1, 12, 11, 0))
    scopes.append("this")
    click_save(form)
    assert form.result() == AppointmentDialog.DialogCode.Accepted, form.general_error.text()
    series_row, override = rows(ws)
    assert series_row.recurrence_rule == "FREQ=WEEKLY;COUNT=4" and series_row.title == "Weekly"
    assert override.series_id == series.id and override.original_start.replace(tzinfo=UTC) == second
    assert override.starts_at.replace(tzinfo=UTC) == datetime(2026, 1, 12, 7, 30, tzinfo=UTC)  # 11:00 Tehran
    assert override.ends_at - override.starts_at == timedelta(hours=1)  # the end moved with the start
    got = calendar.occurrences(datetime(2026, 1, 1, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC))
    assert [(o.title, o.starts_at.day) for o in got] == [
        ("Weekly", 5),
        ("Moved review", 12),
        ("Weekly", 19),
        ("Weekly", 26),
    ]


def test_cancelled_scope_saves_nothing_and_delete_one_occurrence(
    qtbot: QtBot, ws: Workspace, scopes: list[Any]
) -> None:
    start = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
    series = CalendarService(ws.db).create(
        {"title": "Daily", "starts_at": start, "ends_at": start + timedelta(hours=1), "recurrence_rule": "FREQ=DAILY"}
    )
    third = start + timedelta(days=2)
    form = dialog(qtbot, ws, series.id, occurrence_start=third)
    qtbot.keyClicks(form.editor("title"), " changed")
    scopes.append(None)
    click_save(form)
    assert form.isVisible() and [r.title for r in rows(ws)] == ["Daily"]
    scopes.append("this")
    form.delete_button.click()
    wait_for_ops(timeout=30)
    assert scopes.asked == [False, True]
    assert rows(ws)[0].recurrence_exceptions == [third.isoformat()]
    assert form.result() == AppointmentDialog.DialogCode.Accepted


def test_validation_messages_appear_and_nothing_is_saved(qtbot: QtBot, ws: Workspace) -> None:
    form = dialog(qtbot, ws)
    qtbot.keyClicks(form.editor("title"), "Bad")
    set_local(form, "starts_at", datetime(2026, 3, 1, 10, 0))
    set_local(form, "ends_at", datetime(2026, 3, 1, 9, 0))
    click_save(form)
    assert form.fields["ends_at"].error.isVisible()
    assert "before the start" in form.fields["ends_at"].error.text()
    set_local(form, "ends_at", datetime(2026, 3, 1, 11, 0))
    repeat = form.editor("recurrence")
    repeat.freq.setCurrentIndex(repeat.freq.findData("CUSTOM"))
    repeat.custom.setText("FREQ=YEARLY;BYMONTH=2;BYMONTHDAY=30")  # every 30 February: never
    click_save(form)
    assert not form.fields["ends_at"].error.isVisible()
    assert "no occurrence" in form.fields["recurrence"].error.text()
    repeat.freq.setCurrentIndex(repeat.freq.findData("DAILY"))
    repeat.ends.setCurrentIndex(repeat.ends.findData("until"))
    repeat.until.setDate(QDate(2026, 2, 27))
    click_save(form)
    assert "before the first" in form.fields["recurrence"].error.text()
    repeat.freq.setCurrentIndex(0)
    form.editor("time_zone").setCurrentText("Mars/Olympus")
    click_save(form)
    assert "not a known time zone" in form.fields["time_zone"].error.text()
    assert form.isVisible() and rows(ws) == []


def test_conflict_shows_the_message(qtbot: QtBot, ws: Workspace) -> None:
    start = datetime(2026, 1, 5, 6, 0, tzinfo=UTC)
    one = CalendarService(ws.db).create({"title": "One", "starts_at": start, "ends_at": start + timedelta(hours=1)})
    first, second = dialog(qtbot, ws, one.id), dialog(qtbot, ws, one.id)
    qtbot.keyClicks(first.editor("title"), " A")
    click_save(first)
    qtbot.keyClicks(second.editor("title"), " B")
    click_save(second)
    assert second.general_error.isVisible() and "changed by someone else" in second.general_error.text()
    assert rows(ws)[0].title == "One A"


def test_people_found_by_name_in_any_script_and_on_the_timelines(qtbot: QtBot, ws: Workspace) -> None:
    company = CompanyService(ws.db).create({"name": "شرکت نمونه"})
    person = ContactService(ws.db).create({"given_name": "علی", "family_name": "کریمی", "company_id": company.id})
    form = dialog(qtbot, ws)
    form.editor("title").setText("دیدار")  # QTest cannot type non-Latin keys (it aborts)
    picker = form.editor("attendee_ids").picker
    picker.query.setText("علي كريمي")  # Arabic yeh and kaf find the Persian spelling
    picker.search_now()
    wait_for_ops(timeout=30)
    assert picker.results.count() == 1 and "شرکت نمونه" in picker.results.item(0).text()
    picker.choose(0)
    assert form.editor("attendee_ids").value() == [person.id]
    linked = form.editor("company_id").picker
    linked.query.setText("نمونه")
    linked.search_now()
    wait_for_ops(timeout=30)
    linked.choose(0)
    assert form.editor("company_id").value() == company.id
    click_save(form)
    saved = rows(ws)[0]
    timeline = TimelineService(ws.db)
    assert [(i.kind, i.id) for i in timeline.for_contact(person.id)] == [("appointment", saved.id)]
    assert [(i.kind, i.id) for i in timeline.for_company(company.id)] == [("appointment", saved.id)]


def test_quick_action_opens_the_full_form_prefilled(qtbot: QtBot, ws: Workspace) -> None:
    company = CompanyService(ws.db).create({"name": "Acme"})
    person = ContactService(ws.db).create({"given_name": "Sara", "company_id": company.id})
    form = QuickAppointment(ws, [person.id], company.id)
    qtbot.addWidget(form)
    assert isinstance(form, AppointmentDialog)
    assert form.editor("attendee_ids").value() == [person.id] and form.editor("company_id").value() == company.id
    assert "Acme" in form.editor("attendee_ids").chosen.item(0).text()


def test_all_day_is_stored_from_midnight_to_midnight_in_its_zone(qtbot: QtBot, ws: Workspace) -> None:
    form = dialog(qtbot, ws)
    qtbot.keyClicks(form.editor("title"), "Nowruz")
    form.editor("time_zone").setCurrentText(TEHRAN)
    form.editor("all_day").setChecked(True)
    set_local(form, "starts_at", datetime(2026, 3, 21, 0, 0))
    set_local(form, "ends_at", datetime(2026, 3, 24, 0, 0))
    click_save(form)
    (row,) = rows(ws)
    assert row.all_day
    assert row.starts_at.replace(tzinfo=UTC) == datetime(2026, 3, 20, 20, 30, tzinfo=UTC)
    assert row.ends_at.replace(tzinfo=UTC) == datetime(2026, 3, 24, 20, 30, tzinfo=UTC)  # after the last day
    again = dialog(qtbot, ws, row.id)
    assert again.editor("ends_at").value().date() == date(2026, 3, 24) and not again.is_dirty()
    with ws.db.read() as session:
        assert session.scalar(select(func.count()).select_from(Appointment)) == 1


def test_defaults_from_the_calendar_view(qtbot: QtBot, ws: Workspace) -> None:
    """The calendar hands a slot (aware UTC; all-day ends at the midnight after) and the calendar's owner."""
    other = UserService(ws.db).create({"login": "sara", "display_name": "Sara"})
    start = datetime(2026, 6, 1, 0, 0, tzinfo=UTC)
    defaults = {"starts_at": start, "ends_at": start + timedelta(days=1), "all_day": True, "owner_id": other.id}
    form = dialog(qtbot, ws, defaults={**defaults, "time_zone": "UTC"})
    assert form.editor("all_day").value() and form.editor("ends_at").value().date() == date(2026, 6, 1)
    qtbot.keyClicks(form.editor("title"), "Holiday")
    click_save(form)
    (row,) = rows(ws)
    assert row.owner_id == other.id
    assert (row.ends_at - row.starts_at) == timedelta(days=1)


def test_ask_scope_offers_three_choices_and_cancel(qtbot: QtBot) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QPushButton

    def answer(text: str) -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QMessageBox)
        labels = [b.text() for b in box.findChildren(QPushButton)]
        assert {"Only this one", "This and the following", "All of them", "Cancel"} <= set(labels)
        next(b for b in box.findChildren(QPushButton) if b.text() == text).click()

    QTimer.singleShot(0, lambda: answer("This and the following"))
    assert appointment_form.ask_scope(None) == "following"
    QTimer.singleShot(0, lambda: answer("Cancel"))
    assert appointment_form.ask_scope(None, deleting=True) is None


def test_persian_jalali_dates_any_digits_and_moving_the_start(qtbot: QtBot, ws: Workspace) -> None:
    ws.lang, ws.calendar = "fa", "jalali"
    start = datetime(2026, 3, 21, 5, 30, tzinfo=UTC)  # Nowruz 1405, 09:00 in Tehran
    one = CalendarService(ws.db).create(
        {"title": "Nowruz", "starts_at": start, "ends_at": start + timedelta(hours=1), "time_zone": TEHRAN}
    )
    form = dialog(qtbot, ws, one.id)
    edit = form.editor("starts_at").edit
    assert edit.text() == "۱۴۰۵/۰۱/۰۱ ۰۹:۰۰"
    edit.setFocus()
    edit.setSelectedSection(edit.Section.HourSection)
    for char in "١١":  # Arabic-Indic digits reach a Persian field (ui/dates.py's key filter)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(edit, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))
    assert form.editor("starts_at").value() == datetime(2026, 3, 21, 11, 0)
    assert form.editor("ends_at").value() == datetime(2026, 3, 21, 12, 0)  # the end kept the length
    click_save(form)
    assert rows(ws)[0].starts_at.replace(tzinfo=UTC) == datetime(2026, 3, 21, 7, 30, tzinfo=UTC)
