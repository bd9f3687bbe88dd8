"""The company dialog: create or edit one organisation, its parent company and its contact points."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtWidgets import QWidget

from crm_desktop.services.custom_fields import CustomFieldService
from crm_desktop.services.dto import CompanyDTO
from crm_desktop.services.people import CompanyService

from ..dates import digits
from ..widgets.record_picker import RecordPicker
from .contact_form import ALL_ROWS
from .custom_rows import add_custom_rows, fold_changes, values_from_record
from .form_base import ISOLATE, RecordFormDialog, points_from_dtos
from .points_editor import ChoiceCombo, PointsEditor, TagsLine, TextArea, TextLine


class CompanyFormDialog(RecordFormDialog):
    """New company when ``company_id`` is None (``initial`` pre-fills it), otherwise edit that company."""

    entity_table = "companies"

    def __init__(
        self,
        workspace: Any,
        company_id: int | None = None,
        parent: QWidget | None = None,
        initial: Mapping[str, Any] | None = None,
    ):
        super().__init__(workspace, company_id, parent)
        self.saved: CompanyDTO | None = None
        self._build_rows()
        if company_id is None:
            self.load(None, {"owner_id": workspace.user_id, **(initial or {})})
        else:
            self.load(self.service().get(company_id))

    def _build_rows(self) -> None:
        none = self.tr("(none)")
        users = self.workspace.users().list(limit=ALL_ROWS)
        self.add_row("name", self.tr("&Name"), TextLine())
        # Searched as you type (a big database has too many companies for a list); choosing the company itself
        # or one of its own sub-companies is refused by the service with a message under the field.
        self.add_row("parent_id", self.tr("&Parent company"), RecordPicker(self.workspace, "companies"))
        self.add_row("industry", self.tr("&Industry"), TextLine())
        website = self.add_row("website", self.tr("&Website"), TextLine(ltr=True))
        website.setPlaceholderText("https://")
        size = self.add_row("size", self.tr("Si&ze"), TextLine())
        size.setPlaceholderText(digits(self.tr("e.g. 11-50 employees"), self.workspace))
        self.add_row(
            "owner_id", self.tr("&Owner"), ChoiceCombo([(None, none), *((u.id, u.display_name) for u in users)])
        )
        self.add_row("tags", self.tr("Tag&s"), TagsLine()).setPlaceholderText(self.tr("Separated by commas"))
        self.add_row("emails", self.tr("E&mails"), PointsEditor("emails"))
        self.add_row("phones", self.tr("P&hones"), PointsEditor("phones"))
        self.add_row("addresses", self.tr("Add&resses"), PointsEditor("addresses"))
        self.add_row("notes", self.tr("No&tes"), TextArea()).setMinimumHeight(90)
        self.custom_definitions = add_custom_rows(self, CustomFieldService(self.workspace.db).list("companies"))

    def editor(self, key: str) -> Any:
        return self.fields[key].editor

    # ---- mapping between the record and the fields ---------------------------------------------------
    def service(self) -> CompanyService:
        return self.workspace.companies()

    def values_from_dto(self, dto: CompanyDTO) -> dict[str, Any]:
        return {
            "name": dto.name,
            "parent_id": dto.parent_id,
            "industry": dto.industry,
            "website": dto.website,
            "size": dto.size,
            "owner_id": dto.owner_id,
            "tags": sorted(dto.tags),
            "emails": points_from_dtos("emails", dto.emails),
            "phones": points_from_dtos("phones", dto.phones),
            "addresses": points_from_dtos("addresses", dto.addresses),
            "notes": dto.notes,
            **values_from_record(self.custom_definitions, dto.custom_fields),
        }

    def to_changes(self, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        values = fold_changes(dict(values), self._dto.custom_fields if self._dto is not None else None)
        if creating:
            # The name is sent even when empty, so the service says it is required under the field.
            return {key: value for key, value in values.items() if key == "name" or value not in (None, [])}
        return dict(values)

    def window_title_for(self, values: Mapping[str, Any]) -> str:
        name = values.get("name")
        if self._dto is None:
            return self.tr("New company: %1").replace("%1", ISOLATE.format(name)) if name else self.tr("New company")
        return self.tr("Company: %1").replace("%1", ISOLATE.format(name or ""))

    def entity_label(self) -> str:
        return self.tr("company")
