"""The contact dialog: create or edit one person, with all their emails, phones and addresses."""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QDate, Signal
from PySide6.QtWidgets import QCheckBox, QDateEdit, QHBoxLayout, QWidget

from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.dto import ContactDTO
from crm_desktop.services.people import LIFECYCLE_STAGES, ContactService, join_name_parts

from ..dates import format_date, setup_date_edit
from ..pages.contacts_page import stage_label
from ..widgets.photo_editor import PhotoEditor
from ..widgets.record_picker import RecordPicker
from .custom_rows import add_custom_rows, fold_changes, values_from_record
from .form_base import ISOLATE, RecordFormDialog, points_from_dtos
from .points_editor import (
    ChoiceCombo,
    PointsEditor,
    TagsLine,
    TextArea,
    TextLine,
)

NAME_PARTS = ("prefix", "given_name", "middle_name", "family_name")
ALL_ROWS = 10_000  # users offered in the owner combo (users are few; companies use the searchable picker)


class OptionalDate(QWidget):
    """A date that may be unknown: a checkbox says whether there is one, the date edit holds it."""

    changed = Signal()

    def __init__(self, check_text: str, parent: QWidget | None = None, settings: Any = None):
        super().__init__(parent)
        self.settings = settings
        self.check = QCheckBox(check_text)
        # In the user's calendar and digits, sections left to right in any layout (ui/dates.py).
        self.edit = setup_date_edit(QDateEdit(), settings)
        self.edit.setMinimumDate(QDate(1900, 1, 1))
        self.edit.setEnabled(False)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.check)
        layout.addWidget(self.edit, 1)
        self.setFocusProxy(self.check)
        self.check.toggled.connect(self.edit.setEnabled)
        self.check.toggled.connect(self.changed)
        self.edit.dateChanged.connect(self.changed)

    def value(self) -> dt.date | None:
        return self.edit.date().toPython() if self.check.isChecked() else None  # type: ignore[return-value]

    def set_value(self, value: dt.date | None) -> None:
        self.check.setChecked(value is not None)
        self.edit.setDate(QDate(value) if value else QDate.currentDate())

    def text_for(self, value: dt.date | None) -> str:
        """The date as lists show it (the conflict dialog uses this)."""
        return format_date(value, self.settings) if value else ""


class ContactFormDialog(RecordFormDialog):
    """New contact when ``contact_id`` is None (``initial`` pre-fills it), otherwise edit that contact."""

    entity_table = "contacts"

    def __init__(
        self,
        workspace: Any,
        contact_id: int | None = None,
        parent: QWidget | None = None,
        initial: Mapping[str, Any] | None = None,
    ):
        super().__init__(workspace, contact_id, parent)
        self.saved: ContactDTO | None = None
        self._photos: dict[str, bytes | None] = {}
        self._build_rows()
        if contact_id is None:
            defaults: dict[str, Any] = {"lifecycle_stage": LIFECYCLE_STAGES[0], "owner_id": workspace.user_id}
            self.load(None, {**defaults, **(initial or {})})
        else:
            self.load(self.service().get(contact_id))
        self._update_name_placeholder()

    def _build_rows(self) -> None:
        none = self.tr("(none)")
        users = self.workspace.users().list(limit=ALL_ROWS)
        self.add_row("prefix", self.tr("Pr&efix"), TextLine())
        self.add_row("given_name", self.tr("&Given name"), TextLine())
        self.add_row("middle_name", self.tr("Midd&le name"), TextLine())
        self.add_row("family_name", self.tr("&Family name"), TextLine())
        self.add_row("display_name", self.tr("&Display name"), TextLine())
        # Searched as the user types: a database may hold far more companies than a combo can list.
        self.add_row("company_id", self.tr("&Company"), RecordPicker(self.workspace, "companies"))
        self.add_row("job_title", self.tr("&Job title"), TextLine())
        self.add_row(
            "lifecycle_stage",
            self.tr("Lifecycle s&tage"),
            ChoiceCombo((stage, stage_label(stage)) for stage in LIFECYCLE_STAGES),
        )
        self.add_row(
            "owner_id", self.tr("&Owner"), ChoiceCombo([(None, none), *((u.id, u.display_name) for u in users)])
        )
        self.add_row("birthday", self.tr("&Birthday"), OptionalDate(self.tr("Known"), settings=self.workspace))
        self.add_row("source", self.tr("So&urce"), TextLine())
        tags = self.add_row("tags", self.tr("Tag&s"), TagsLine())
        tags.setPlaceholderText(self.tr("Separated by commas"))
        self.add_row("emails", self.tr("E&mails"), PointsEditor("emails"))
        self.add_row("phones", self.tr("&Phones"), PointsEditor("phones"))
        self.add_row("addresses", self.tr("Add&resses"), PointsEditor("addresses"))
        self.add_row("notes", self.tr("&Notes"), TextArea()).setMinimumHeight(90)
        self.add_row("photo", self.tr("P&hoto"), PhotoEditor())
        self.custom_definitions = add_custom_rows(self, CustomFieldService(self.workspace.db).list("contacts"))
        for key in (*NAME_PARTS, "emails", "phones"):
            self.fields[key].editor.changed.connect(self._update_name_placeholder)

    def editor(self, key: str) -> Any:
        return self.fields[key].editor

    # ---- mapping between the record and the fields ---------------------------------------------------
    def service(self) -> ContactService:
        return self.workspace.contacts()

    def values_from_dto(self, dto: ContactDTO) -> dict[str, Any]:
        parts = {part: getattr(dto, part) for part in NAME_PARTS}
        return {
            **parts,
            # A name the service built from the parts is shown as the placeholder, so it keeps following them.
            "display_name": None if dto.display_name == join_name_parts(parts) else dto.display_name,
            "company_id": dto.company_id,
            "job_title": dto.job_title,
            "lifecycle_stage": dto.lifecycle_stage,
            "owner_id": dto.owner_id,
            "birthday": dto.birthday,
            "source": dto.source,
            "tags": sorted(dto.tags),
            "emails": points_from_dtos("emails", dto.emails),
            "phones": points_from_dtos("phones", dto.phones),
            "addresses": points_from_dtos("addresses", dto.addresses),
            "notes": dto.notes,
            "photo": self._photo_of(dto),
            **values_from_record(self.custom_definitions, dto.custom_fields),
        }

    def _photo_of(self, dto: ContactDTO) -> bytes | None:
        """The photo's bytes, read once per picture (the conflict dialog reloads the record)."""
        digest = dto.photo_sha256
        if digest is None:
            return None
        if digest not in self._photos:
            self._photos[digest] = self.service().photo(dto.id)
        return self._photos[digest]

    def to_changes(self, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        changes = fold_changes(dict(values), self._dto.custom_fields if self._dto is not None else None)
        if creating:
            return {key: value for key, value in changes.items() if value not in (None, [])}
        if "display_name" in changes and changes["display_name"] is None:
            # Cleared: go back to the name built from the parts (or the first email or phone, as on create).
            changes["display_name"] = self.automatic_name() or None
        return changes

    def automatic_name(self) -> str:
        """The name the service builds when the display name is left empty."""
        current = self.current_values()
        name = join_name_parts(current)
        if not name and current["emails"]:
            name = current["emails"][0]["address"]
        if not name and current["phones"]:
            name = current["phones"][0]["number"]
        return name or ""

    def _update_name_placeholder(self) -> None:
        automatic = self.automatic_name()
        photo = self.editor("photo")
        photo.name = self.editor("display_name").value() or automatic  # the initial on the empty avatar
        photo.set_value(photo.value())
        self.editor("display_name").setPlaceholderText(automatic or self.tr("Built from the name parts"))
        if not self._loading:
            self._on_edited()

    def window_title_for(self, values: Mapping[str, Any]) -> str:
        name = values.get("display_name") or self.automatic_name()
        if self._dto is None:
            return self.tr("New contact: %1").replace("%1", ISOLATE.format(name)) if name else self.tr("New contact")
        return self.tr("Contact: %1").replace("%1", ISOLATE.format(name))

    def entity_label(self) -> str:
        return self.tr("contact")
