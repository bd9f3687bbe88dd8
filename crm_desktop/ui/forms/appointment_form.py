"""The full appointment form: times on the wall clock of the appointment's own zone, people, links, reminder,
repetition; saving one occurrence of a series asks "this / this and following / all" first.

Times are stored in UTC with the IANA zone they were made in (``services/recurrence.py`` expands series in that
zone), so the form shows and edits local times *in that zone*; changing the zone keeps the wall-clock times
("09:00 in Tehran"). An all-day appointment runs from local midnight of its first day to local midnight after
its last day, as iCalendar's DTEND does. ``ask_scope`` and the delete confirmation are module functions so the
calendar views can reuse them and tests can answer them without a modal box.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Mapping
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialogButtonBox, QLabel, QMessageBox, QPushButton, QWidget

from crm_desktop.errors import ConflictError, CrmError, ValidationError
from crm_desktop.services.calendar import CalendarService
from crm_desktop.services.dto import AppointmentDTO
from crm_desktop.text.bidi import isolate, ltr

from ..dates import digits
from ..error_text import error_text
from ..ops import run_op
from .appointment_fields import (
    AttendeesEditor,
    Flag,
    LinkPicker,
    LocalDateTime,
    ZoneCombo,
    computer_zone,
    reminder_combo,
)
from .form_base import RecordFormDialog
from .points_editor import TextArea, TextLine
from .recurrence_editor import RecurrenceEditor

UTC = dt.UTC
_TIME_KEYS = ("starts_at", "ends_at", "time_zone", "all_day", "recurrence")
# recurrence.py's RuleError texts (raised with str(exc), so error_text's scan cannot see them).
_RULE_ERRORS = (
    (r"the rule needs FREQ .*", QT_TRANSLATE_NOOP("RecurrenceErrors", "the rule needs FREQ (e.g. FREQ=WEEKLY)")),
    (r"FREQ=(\w+) is not supported.*", QT_TRANSLATE_NOOP("RecurrenceErrors", "FREQ={0} is not supported")),
    (
        r"a rule ends either .*",
        QT_TRANSLATE_NOOP("RecurrenceErrors", "a rule ends after a count or on a day, not both"),
    ),
    (r"not a valid RRULE: (.*)", QT_TRANSLATE_NOOP("RecurrenceErrors", "not a valid RRULE: {0}")),
    (r"one RRULE only.*", QT_TRANSLATE_NOOP("RecurrenceErrors", "one RRULE only (no RDATE/EXRULE sets)")),
    (
        r"the rule produces no occurrence within (\d+) years.*",
        QT_TRANSLATE_NOOP("RecurrenceErrors", "the rule produces no occurrence within {0} years of the start"),
    ),
)


def ask_scope(parent: QWidget | None, deleting: bool = False) -> str | None:
    """Which occurrences of a series: "this", "following" or "all"; None when the user cancels."""
    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon.Question)
    box.setWindowTitle(
        QCoreApplication.translate("AppointmentDialog", "Delete a repeating appointment")
        if deleting
        else QCoreApplication.translate("AppointmentDialog", "Change a repeating appointment")
    )
    box.setText(QCoreApplication.translate("AppointmentDialog", "This appointment repeats. Which occurrences?"))
    answers = {
        box.addButton(
            QCoreApplication.translate("AppointmentDialog", "Only this one"), QMessageBox.ButtonRole.AcceptRole
        ): "this",
        box.addButton(
            QCoreApplication.translate("AppointmentDialog", "This and the following"), QMessageBox.ButtonRole.AcceptRole
        ): "following",
        box.addButton(
            QCoreApplication.translate("AppointmentDialog", "All of them"), QMessageBox.ButtonRole.AcceptRole
        ): "all",
    }
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.exec()
    return answers.get(box.clickedButton())


def confirm_delete(parent: QWidget | None, title: str) -> bool:
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("AppointmentDialog", "Delete appointment"),
        QCoreApplication.translate("AppointmentDialog", "Move {0} to the Trash?").format(
            isolate(title) or QCoreApplication.translate("AppointmentDialog", "this appointment")
        ),
    )
    return answer == QMessageBox.StandardButton.Yes


def _zone(name: str) -> ZoneInfo | None:
    try:
        return ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return None


def _utc(moment: dt.datetime) -> dt.datetime:
    return moment.replace(tzinfo=UTC) if moment.tzinfo is None else moment.astimezone(UTC)


class AppointmentDialog(RecordFormDialog):
    """New appointment (``defaults`` pre-fill it), an appointment, or one occurrence of a series."""

    entity_table = "appointments"

    def __init__(
        self,
        workspace: Any,
        appointment_id: int | None = None,
        occurrence_start: dt.datetime | None = None,
        defaults: Mapping[str, Any] | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(workspace, appointment_id, parent)
        self.calendar = CalendarService(workspace.db, workspace.user_id)
        self.occurrence_start = _utc(occurrence_start) if occurrence_start is not None else None
        self.saved: AppointmentDTO | None = None
        self._last_start: dt.datetime | None = None
        self._build_rows()
        if appointment_id is None:
            self.load(None, self._initial(defaults or {}))
        else:
            dto = self.service().get(appointment_id)
            if not dto.recurrence_rule:
                self.occurrence_start = None  # a plain row or a changed occurrence: edited as itself
            self.load(dto)
        self.delete_button: QPushButton | None = None
        if appointment_id is not None:
            self.delete_button = self.buttons.addButton(self.tr("&Delete"), QDialogButtonBox.ButtonRole.DestructiveRole)
            self.delete_button.clicked.connect(self.delete)
        self.resize(620, 760)

    # ---- rows --------------------------------------------------------------------------------------
    def _build_rows(self) -> None:
        ws = self.workspace
        self.add_row("title", self.tr("&Title"), TextLine())
        self.add_row("all_day", self.tr("All &day"), Flag(self.tr("No fixed time")))
        self.add_row("starts_at", self.tr("&Starts"), LocalDateTime(ws))
        self.add_row("ends_at", self.tr("&Ends"), LocalDateTime(ws))
        self.add_row("time_zone", self.tr("Time &zone"), ZoneCombo())
        self.zone_hint = QLabel()
        self.zone_hint.setWordWrap(False)  # wrapping made the row reserve two empty lines
        self.form.addRow("", self.zone_hint)
        self.add_row("location", self.tr("&Location"), TextLine())
        self.add_row("attendee_ids", self.tr("&People"), AttendeesEditor(ws))
        companies, deals = ws.companies(), ws.opportunities()
        find_company, find_deal = self.tr("Find a company…"), self.tr("Find an opportunity…")
        self.add_row(
            "company_id",
            self.tr("&Company"),
            LinkPicker(ws.db, "companies", find_company, lambda i: companies.get(i).name),
        )
        self.add_row(
            "opportunity_id",
            self.tr("&Opportunity"),
            LinkPicker(ws.db, "opportunities", find_deal, lambda i: deals.get(i).title),
        )
        self.add_row("reminder_minutes", self.tr("&Reminder"), reminder_combo(ws))
        self.add_row("recurrence", self.tr("Re&peats"), RecurrenceEditor(ws))
        self.add_row("notes", self.tr("&Notes"), TextArea()).setMinimumHeight(70)
        self.editor("starts_at").changed.connect(self._start_moved)
        self.editor("all_day").changed.connect(self._all_day_toggled)
        for key in ("starts_at", "time_zone", "all_day"):
            self.editor(key).changed.connect(self._update_zone_hint)
        self.editor("recurrence").set_until_reader(self._until_day)

    def editor(self, key: str) -> Any:
        return self.fields[key].editor

    def _start_moved(self) -> None:
        start = self.editor("starts_at").value()
        self.editor("recurrence").set_start(start.date())
        if not self._loading and self._last_start is not None:
            # Moving the start keeps the length, as every calendar does.
            self.editor("ends_at").set_value(self.editor("ends_at").value() + (start - self._last_start))
        self._last_start = start

    def _all_day_toggled(self) -> None:
        whole = self.editor("all_day").value()
        for key in ("starts_at", "ends_at"):
            self.editor(key).set_date_only(whole)

    def _update_zone_hint(self) -> None:
        """The start on this computer's clock when the appointment's zone is another one."""
        values = self.current_values()
        zone, here = _zone(values["time_zone"]), computer_zone()
        if zone is None or values["all_day"] or values["time_zone"] == here:
            self.zone_hint.hide()
            return
        moment = values["starts_at"].replace(tzinfo=zone).astimezone(ZoneInfo(here))
        text = self.tr("Starts at {0} on this computer's clock ({1})")
        self.zone_hint.setText(text.format(ltr(digits(f"{moment:%H:%M}", self.workspace)), ltr(here)))
        self.zone_hint.show()

    def _until_day(self, text: str) -> dt.date:
        """A stored UNTIL (UTC text or a day) as a day in the appointment's zone."""
        if "T" not in text:
            return dt.date.fromisoformat(text[:8])
        moment = dt.datetime.strptime(text.rstrip("Z"), "%Y%m%dT%H%M%S").replace(tzinfo=UTC)
        return moment.astimezone(_zone(self.editor("time_zone").value()) or UTC).date()

    # ---- records <-> fields ------------------------------------------------------------------------
    def service(self) -> Any:
        return self.calendar.appointments

    def _initial(self, defaults: Mapping[str, Any]) -> dict[str, Any]:
        zone_name = defaults.get("time_zone") or computer_zone()
        zone = _zone(zone_name) or UTC
        now = dt.datetime.now(zone).replace(minute=0, second=0, microsecond=0, tzinfo=None) + dt.timedelta(hours=1)
        start = _local(defaults["starts_at"], zone) if defaults.get("starts_at") else now
        end = _local(defaults["ends_at"], zone) if defaults.get("ends_at") else start + dt.timedelta(hours=1)
        if defaults.get("all_day") and end > start and end.time() == dt.time(0):
            end -= dt.timedelta(days=1)  # a calendar hands the midnight after the last day: show the last day
        self._owner_id = defaults.get("owner_id", self.workspace.user_id)  # the calendar shown may be a colleague's
        values: dict[str, Any] = {"time_zone": zone_name, "starts_at": start, "ends_at": end, "reminder_minutes": 15}
        values.update({k: v for k, v in defaults.items() if k in self.fields and k not in values})
        values["recurrence"] = (defaults.get("recurrence_rule"), [])
        values.setdefault("attendee_ids", [])
        return values

    def values_from_dto(self, dto: AppointmentDTO) -> dict[str, Any]:
        zone = _zone(dto.time_zone) or UTC
        start, end = _utc(dto.starts_at), _utc(dto.ends_at)
        if self.occurrence_start is not None:  # one occurrence of the series: its own day, same length
            start, end = self.occurrence_start, self.occurrence_start + (end - start)
        local_start, local_end = _local(start, zone), _local(end, zone)
        if dto.all_day and local_end > local_start and local_end.time() == dt.time(0):
            local_end -= dt.timedelta(days=1)  # shown as the last day, stored as the midnight after it
        skipped = sorted({_local(dt.datetime.fromisoformat(x), zone).date() for x in dto.recurrence_exceptions or []})
        return {
            "title": dto.title,
            "all_day": dto.all_day,
            "time_zone": dto.time_zone,
            "starts_at": local_start,  # after the zone: the recurrence row words itself from this day
            "ends_at": local_end,
            "location": dto.location,
            "attendee_ids": sorted(dto.attendee_ids),
            "company_id": dto.company_id,
            "opportunity_id": dto.opportunity_id,
            "reminder_minutes": dto.reminder_minutes,
            "recurrence": (dto.recurrence_rule, skipped),
            "notes": dto.notes,
        }

    def to_changes(self, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        changes = {k: v for k, v in values.items() if k not in _TIME_KEYS}
        if creating:
            changes["owner_id"] = getattr(self, "_owner_id", self.workspace.user_id)
        if creating or any(k in values for k in _TIME_KEYS):
            changes.update(self._times(self.current_values(), with_rule=creating or "recurrence" in values))
        return changes

    def _times(self, values: Mapping[str, Any], *, with_rule: bool) -> dict[str, Any]:
        zone = _zone(values["time_zone"])
        assert zone is not None  # start_save checked it
        start, end = values["starts_at"], values["ends_at"]
        if values["all_day"]:
            start = dt.datetime.combine(start.date(), dt.time(0))
            end = dt.datetime.combine(end.date() + dt.timedelta(days=1), dt.time(0))
        out: dict[str, Any] = {
            "time_zone": values["time_zone"],
            "all_day": values["all_day"],
            "starts_at": start.replace(tzinfo=zone).astimezone(UTC),
            "ends_at": end.replace(tzinfo=zone).astimezone(UTC),
        }
        if with_rule:
            rule, skipped = values["recurrence"]
            out["recurrence_rule"] = rule
            # An excluded day is stored as the original start of that day's occurrence (UTC).
            out["recurrence_exceptions"] = [
                dt.datetime.combine(day, start.time()).replace(tzinfo=zone).astimezone(UTC).isoformat()
                for day in skipped
            ]
        return out

    def window_title_for(self, values: Mapping[str, Any]) -> str:
        return values.get("title") or (self.tr("New appointment") if self._dto is None else self.tr("Appointment"))

    def entity_label(self) -> str:
        return self.tr("appointment")

    # ---- saving and deleting ------------------------------------------------------------------------
    def start_save(self, finished: Callable[[bool], None]) -> None:
        """Create, update, or edit an occurrence per the scope the user picks; errors stay in the form."""
        self.clear_errors()
        zone_name = self.editor("time_zone").value()
        if _zone(zone_name) is None:
            self.show_errors({"time_zone": f"{zone_name!r} is not a known time zone (e.g. Asia/Tehran)"})
            finished(False)
            return
        spec = self.editor("recurrence").spec()
        first_day = self.editor("starts_at").value().date()
        if spec.freq and spec.ends == "until" and spec.until is not None and spec.until < first_day:
            # The service accepts a rule whose UNTIL is past (an ended series); typed here it is a mistake.
            text = QCoreApplication.translate("RecurrenceErrors", "the last day is before the first one")
            super().show_errors({"recurrence": text})
            finished(False)
            return
        if self._dto is None:
            changes = self.to_changes(self.current_values(), creating=True)
            work: Callable[[], AppointmentDTO] = lambda: self.service().create(changes)  # noqa: E731
        else:
            changed = self.changed_values()
            if not changed:
                self.saved = self._dto
                finished(True)
                return
            changes = self.to_changes(changed, creating=False)
            record_id, version = self._dto.id, self._dto.version
            if self.occurrence_start is not None:
                scope = ask_scope(self)
                if scope is None:
                    finished(False)
                    return
                start, calendar = self.occurrence_start, self.calendar
                work = lambda: calendar.edit_occurrence(record_id, version, start, scope, changes)  # noqa: E731
            else:
                service = self.service()
                work = lambda: service.update(record_id, version, changes)  # noqa: E731
        self._run(work, finished)

    def _run(self, work: Callable[[], Any], finished: Callable[[bool], None]) -> None:
        self.buttons.setEnabled(False)

        def done(dto: Any) -> None:
            self.buttons.setEnabled(True)
            self.saved = dto if isinstance(dto, AppointmentDTO) else self._dto
            self._baseline = self.current_values()  # saved: closing no longer asks about unsaved changes
            self.workspace.notify(self.entity_table, getattr(self.saved, "id", 0))
            finished(True)

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):
                self.show_errors(exc.errors)
            elif isinstance(exc, ConflictError | CrmError):
                self.show_general_error(error_text(exc, self.workspace))
            else:
                self.show_general_error(repr(exc))
            finished(False)

        run_op(self, work, done, failed, busy_text=self.tr("Saving…"))

    def show_errors(self, errors: Mapping[str, str]) -> None:
        """The service's field names onto the form's rows; the rule's own messages translated here."""
        moved: dict[str, str] = {}
        for key, message in errors.items():
            row = "recurrence" if key in ("recurrence_rule", "recurrence_exceptions") else key
            moved[row] = _rule_text(message) if key == "recurrence_rule" else message
        super().show_errors(moved)

    def delete(self) -> None:
        """Delete the appointment (to the Trash), or occurrences of a series per the scope asked."""
        if self._dto is None:
            return
        record_id, version, calendar = self._dto.id, self._dto.version, self.calendar
        if self.occurrence_start is not None:
            scope = ask_scope(self, deleting=True)
            if scope is None:
                return
            start = self.occurrence_start
            work: Callable[[], Any] = lambda: calendar.delete_occurrence(record_id, version, start, scope)  # noqa: E731
        else:
            if not confirm_delete(self, self._dto.title):
                return
            work = lambda: calendar.appointments.delete(record_id, version)  # noqa: E731
        self._run(work, lambda ok: self.accept() if ok else None)


def _local(moment: dt.datetime, zone: dt.tzinfo) -> dt.datetime:
    """A stored moment as a naive wall-clock time in ``zone``."""
    return _utc(moment).astimezone(zone).replace(tzinfo=None)


def _rule_text(message: str) -> str:
    for pattern, template in _RULE_ERRORS:
        match = re.fullmatch(pattern, message)
        if match:
            return QCoreApplication.translate("RecurrenceErrors", template).format(
                *(isolate(g) for g in match.groups())
            )
    return message
