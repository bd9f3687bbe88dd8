"""The opportunity dialog: one deal with its company, contact, stage, amount and forecast, plus its own timeline
(activities, appointments, emails, documents linked to it) and its stage history.

Built on form_base (inline errors, dirty tracking, conflict dialog). Amount and probability are typed as text
in any digits, so a negative amount or a probability of 150 reaches the service and its message appears
under the field; only text that is not a number at all is caught here.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, Signal
from PySide6.QtWidgets import QComboBox, QTabWidget, QTreeWidget, QTreeWidgetItem, QWidget

from crm_desktop.services.dto import OpportunityDTO, StageDTO
from crm_desktop.services.sales import ExchangeRateService, OpportunityService, PipelineService, opportunity_timeline
from crm_desktop.text.bidi import isolate, ltr
from crm_desktop.text.digits import to_latin_digits
from crm_desktop.text.money import UnknownCurrency, currencies, parse_money, to_major

from ..dates import digits, format_datetime
from ..pipeline.pickers import RecordPicker
from ..widgets.timeline_view import TimelineView
from .contact_form import ALL_ROWS, OptionalDate
from .form_base import ISOLATE, RecordFormDialog
from .points_editor import ChoiceCombo, TagsLine, TextArea, TextLine

CATEGORY_LABELS = {
    "pipeline": QT_TRANSLATE_NOOP("OpportunityForm", "Pipeline"),
    "best_case": QT_TRANSLATE_NOOP("OpportunityForm", "Best case"),
    "commit": QT_TRANSLATE_NOOP("OpportunityForm", "Commit"),
    "omitted": QT_TRANSLATE_NOOP("OpportunityForm", "Omitted"),
}


class CurrencyCombo(QComboBox):
    """Known ISO codes to pick from; any typed code is sent as is, so the service names an unknown one."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.currentTextChanged.connect(self.changed)
        self.setEditable(True)
        self.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.addItems(list(currencies()))

    def value(self) -> str:
        return self.currentText().strip().upper()

    def set_value(self, value: str | None) -> None:
        self.setCurrentText(value or "")


class OpportunityForm(RecordFormDialog):
    """New deal when ``opportunity_id`` is None (``initial`` pre-fills it), otherwise edit that deal."""

    entity_table = "opportunities"

    def __init__(
        self,
        workspace: Any,
        opportunity_id: int | None = None,
        parent: QWidget | None = None,
        initial: Mapping[str, Any] | None = None,
    ):
        super().__init__(workspace, opportunity_id, parent)
        self.saved: OpportunityDTO | None = None
        self._auto_probability = True  # follows the stage's default until the user types one
        self._load_pipelines()
        self._build_rows()
        self._build_tabs()
        if opportunity_id is None:
            first = self.pipelines[0].id if self.pipelines else None
            defaults = {"owner_id": workspace.user_id, "pipeline_id": first, "forecast_category": "pipeline"}
            values = {**defaults, **(initial or {})}
            self.set_values({"pipeline_id": values["pipeline_id"]})
            self._fill_stages()
            values.setdefault("stage_id", self.editor("stage_id").value())
            stage = self.stages_by_id.get(values["stage_id"])
            if stage is not None:
                values.setdefault("probability", digits(str(stage.probability), workspace))
            values.setdefault("currency", ExchangeRateService(workspace.db).base_currency())
            self.load(None, values)
        else:
            dto = self.service().get(opportunity_id)
            self.set_values({"pipeline_id": dto.pipeline_id})
            self._fill_stages()
            self.load(dto)
            stage = self.stages_by_id.get(dto.stage_id)
            self._auto_probability = stage is not None and stage.probability == dto.probability
            self.reload_side_tabs()
        self._show_lost_reason()

    # ---- building ----------------------------------------------------------------------------------
    def _load_pipelines(self) -> None:
        service = PipelineService(self.workspace.db, self.workspace.user_id)
        service.ensure_default()
        self.pipelines = service.list(limit=1000)
        self.stages_of: dict[int, list[StageDTO]] = {p.id: service.stages(p.id) for p in self.pipelines}
        self.stages_by_id = {s.id: s for stages in self.stages_of.values() for s in stages}

    def _build_rows(self) -> None:
        none = self.tr("(none)")
        users = self.workspace.users().list(limit=ALL_ROWS)
        ws = self.workspace
        self.add_row("title", self.tr("&Title"), TextLine())
        self.add_row("company_id", self.tr("&Company"), RecordPicker(ws, "companies"))
        self.add_row("contact_id", self.tr("C&ontact"), RecordPicker(ws, "contacts"))
        pipeline = self.add_row(
            "pipeline_id", self.tr("&Pipeline"), ChoiceCombo((p.id, p.name) for p in self.pipelines)
        )
        stage = self.add_row("stage_id", self.tr("St&age"), ChoiceCombo())
        amount = self.add_row("amount_minor", self.tr("A&mount"), TextLine(ltr=True))
        amount.setPlaceholderText(digits("0.00", ws))
        currency = self.add_row("currency", self.tr("C&urrency"), CurrencyCombo())
        probability = self.add_row("probability", self.tr("P&robability (%)"), TextLine(ltr=True))
        self.add_row("expected_close", self.tr("E&xpected close"), OptionalDate(self.tr("Known"), settings=ws))
        self.add_row(
            "owner_id", self.tr("O&wner"), ChoiceCombo([(None, none), *((u.id, u.display_name) for u in users)])
        )
        self.add_row("source", self.tr("Sour&ce"), TextLine())
        self.add_row("next_step", self.tr("&Next step"), TextLine())
        self.add_row("next_step_date", self.tr("Next step &date"), OptionalDate(self.tr("Set"), settings=ws))
        self.add_row(
            "forecast_category",
            self.tr("&Forecast category"),
            ChoiceCombo((key, self.tr(label)) for key, label in CATEGORY_LABELS.items()),
        )
        self.add_row("lost_reason", self.tr("&Lost reason"), TextLine())
        self.add_row("tags", self.tr("Ta&gs"), TagsLine()).setPlaceholderText(self.tr("Separated by commas"))
        self.add_row("notes", self.tr("No&tes"), TextArea()).setMinimumHeight(90)
        pipeline.changed.connect(self._pipeline_changed)
        stage.changed.connect(self._stage_changed)
        probability.textEdited.connect(self._probability_typed)
        amount.setObjectName("amount")
        currency.setObjectName("currency")

    def _build_tabs(self) -> None:
        """Details, timeline and stage history as tabs in place of the base form's single scroll area."""
        layout = self.layout()
        index = layout.indexOf(self.scroll)
        layout.removeWidget(self.scroll)
        self.tabs = QTabWidget()
        self.tabs.addTab(self.scroll, self.tr("&Details"))
        self.timeline = TimelineView(settings=self.workspace)
        self.timeline.kind_filter_changed.connect(self.reload_side_tabs)
        self.tabs.addTab(self.timeline, self.tr("T&imeline"))
        self.history = QTreeWidget()
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("When"), self.tr("Who"), self.tr("From → to"), self.tr("Probability")])
        self.tabs.addTab(self.history, self.tr("Stage &history"))
        layout.insertWidget(index, self.tabs, 1)
        for i in (1, 2):
            self.tabs.setTabEnabled(i, self.record_id is not None)

    def editor(self, key: str) -> Any:
        return self.fields[key].editor

    # ---- stage, probability, lost reason -------------------------------------------------------------
    def _fill_stages(self) -> None:
        stages = self.stages_of.get(self.editor("pipeline_id").value(), [])
        self.editor("stage_id").set_choices((s.id, s.name) for s in stages)

    def _pipeline_changed(self) -> None:
        if self._loading:
            return
        self._fill_stages()
        self._stage_changed()

    def _stage_changed(self) -> None:
        stage = self.stages_by_id.get(self.editor("stage_id").value())
        if stage is not None and self._auto_probability and not self._loading:
            self.editor("probability").set_value(digits(str(stage.probability), self.workspace))
        self._show_lost_reason()
        self._on_edited()

    def _probability_typed(self, text: str) -> None:
        self._auto_probability = not text.strip()

    def stage_is_lost(self) -> bool:
        stage = self.stages_by_id.get(self.editor("stage_id").value())
        return bool(stage and stage.is_lost)

    def _show_lost_reason(self) -> None:
        holder = self.fields["lost_reason"].editor.parentWidget()
        self.form.setRowVisible(holder, self.stage_is_lost())

    # ---- mapping between the record and the fields ---------------------------------------------------
    def service(self) -> OpportunityService:
        return self.workspace.opportunities()

    def _amount_text(self, minor: int, currency: str) -> str:
        try:
            return digits(str(to_major(minor, currency)), self.workspace)
        except UnknownCurrency:
            return digits(str(minor), self.workspace)

    def values_from_dto(self, dto: OpportunityDTO) -> dict[str, Any]:
        return {
            "title": dto.title,
            "company_id": dto.company_id,
            "contact_id": dto.contact_id,
            "pipeline_id": dto.pipeline_id,
            "stage_id": dto.stage_id,
            "amount_minor": self._amount_text(dto.amount_minor, dto.currency),
            "currency": dto.currency,
            "probability": digits(str(dto.probability), self.workspace),
            "expected_close": dto.expected_close,
            "owner_id": dto.owner_id,
            "source": dto.source,
            "next_step": dto.next_step,
            "next_step_date": dto.next_step_date,
            "forecast_category": dto.forecast_category,
            "lost_reason": dto.lost_reason,
            "tags": sorted(dto.tags),
            "notes": dto.notes,
        }

    def parse_numbers(self) -> tuple[dict[str, Any], dict[str, str]]:
        """Amount (minor units of the chosen currency) and probability from the typed text, or the errors."""
        values, errors = self.current_values(), {}
        parsed: dict[str, Any] = {}
        text = to_latin_digits(values["amount_minor"] or "").strip()
        currency = values["currency"]
        try:
            parsed["amount_minor"] = parse_money(text, currency) if text else 0
        except UnknownCurrency:
            try:  # the service names the unknown currency; the amount itself may still be fine
                parsed["amount_minor"] = int(Decimal(text.replace(",", "")).scaleb(2)) if text else 0
            except InvalidOperation:
                errors["amount_minor"] = self.tr("The amount must be a number such as 1250.50")
        except ValueError:
            errors["amount_minor"] = self.tr("The amount must be a number such as 1250.50")
        probability = to_latin_digits(values["probability"] or "").strip().rstrip("%").strip()
        if probability:
            try:
                parsed["probability"] = int(probability)
            except ValueError:
                errors["probability"] = self.tr("The probability must be a whole number from 0 to 100")
        if self.stage_is_lost() and not (values["lost_reason"] or "").strip():
            errors["lost_reason"] = self.tr("Say why the deal was lost")
        return parsed, errors

    def start_save(self, finished: Any) -> None:
        self.clear_errors()
        self._parsed, errors = self.parse_numbers()
        if errors:
            self.show_errors(errors)
            finished(False)
            return
        super().start_save(finished)

    def to_changes(self, values: dict[str, Any], *, creating: bool) -> dict[str, Any]:
        changes = dict(values)
        if creating or "amount_minor" in changes or "currency" in changes:
            changes["amount_minor"] = self._parsed.get("amount_minor", 0)
            changes["currency"] = self.current_values()["currency"]
        if "probability" in changes or creating:
            if "probability" in self._parsed:
                changes["probability"] = self._parsed["probability"]
            else:
                changes.pop("probability", None)
        if not self.stage_is_lost() and creating:
            changes.pop("lost_reason", None)
        if creating:
            keep = ("title", "amount_minor")
            return {key: value for key, value in changes.items() if key in keep or value not in (None, [], "")}
        return changes

    def _saved(self, dto: OpportunityDTO) -> None:  # type: ignore[override]
        super()._saved(dto)
        stage = self.stages_by_id.get(dto.stage_id)
        self._auto_probability = stage is not None and stage.probability == dto.probability
        for i in (1, 2):
            self.tabs.setTabEnabled(i, True)
        self.reload_side_tabs()

    # ---- timeline and history ------------------------------------------------------------------------
    def reload_side_tabs(self) -> None:
        if self.record_id is None:
            return
        items = opportunity_timeline(self.workspace.db, self.record_id)
        kinds = self.timeline.kinds()
        self.timeline.show_items([i for i in items if kinds is None or i.kind in kinds])
        users = {u.id: u.display_name for u in self.workspace.users().list(limit=ALL_ROWS)}
        self.history.clear()
        # The arrow points from the old stage to the new one in the reading direction.
        arrow = "←" if self.layoutDirection() == Qt.LayoutDirection.RightToLeft else "→"
        for change in reversed(self.service().history(self.record_id)):
            before = self._stage_name(change.from_stage_id)
            after = self._stage_name(change.to_stage_id)
            moved = f"{isolate(before)} {arrow} {isolate(after)}" if before else isolate(after)
            who = users.get(change.changed_by_id, "") if change.changed_by_id else ""
            row = [
                format_datetime(change.changed_at, self.workspace),
                isolate(who),
                moved,
                ltr(digits(f"{change.probability}%", self.workspace)),
            ]
            self.history.addTopLevelItem(QTreeWidgetItem(row))
        for column in range(4):
            self.history.resizeColumnToContents(column)

    def _stage_name(self, stage_id: int | None) -> str:
        if stage_id is None:
            return ""
        stage = self.stages_by_id.get(stage_id)
        return stage.name if stage else QCoreApplication.translate("OpportunityForm", "(deleted stage)")

    def window_title_for(self, values: Mapping[str, Any]) -> str:
        title = values.get("title")
        if self._dto is None:
            return (
                self.tr("New opportunity: %1").replace("%1", ISOLATE.format(title))
                if title
                else self.tr("New opportunity")
            )
        return self.tr("Opportunity: %1").replace("%1", ISOLATE.format(title or ""))

    def entity_label(self) -> str:
        return self.tr("opportunity")
