"""Settings → Pipelines: several pipelines (add, rename, delete when empty) and their stages (name, order by
drag or up/down, default probability 0-100, open / won / lost). Deleting a stage that holds deals asks where
they go (PipelineSettings.delete_stage(move_to=...)); every change is saved at once through the service."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import CrmError
from crm_desktop.services.dto import PipelineDTO, StageDTO
from crm_desktop.services.pipelines import PipelineSettings
from crm_desktop.text.bidi import isolate, ltr

from .dates import digits, setup_number_edit
from .error_text import error_text
from .first_run import button_row
from .workspace import Workspace

ID_ROLE = Qt.ItemDataRole.UserRole
OUTCOMES = {
    "open": QT_TRANSLATE_NOOP("PipelinesTab", "Open"),
    "won": QT_TRANSLATE_NOOP("PipelinesTab", "Won"),
    "lost": QT_TRANSLATE_NOOP("PipelinesTab", "Lost"),
}


def outcome_of(stage: StageDTO) -> str:
    return "won" if stage.is_won else "lost" if stage.is_lost else "open"


class PipelinesTab(QWidget):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.service = PipelineSettings(workspace.db, workspace.user_id)
        self.pipelines: list[PipelineDTO] = []
        self.stages: list[StageDTO] = []
        self.error = QLabel()
        self.error.setStyleSheet("color: #b00020")
        self.error.setWordWrap(True)
        self.error.hide()
        self.pipeline_list = QListWidget()
        self.pipeline_list.currentRowChanged.connect(lambda _row: self.load_stages())
        left = QVBoxLayout()
        left.addWidget(QLabel(self.tr("Pipelines")))
        left.addWidget(self.pipeline_list, 1)
        left.addLayout(button_row((self.tr("Add…"), self.add_pipeline), (self.tr("Rename…"), self.rename_pipeline),
                              (self.tr("Delete"), self.delete_pipeline)))  # fmt: skip
        self.stage_list = QListWidget()
        self.stage_list.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.stage_list.model().rowsMoved.connect(lambda *_: self.save_order())
        self.stage_list.currentRowChanged.connect(lambda _row: self._show_stage())
        self.name = QLineEdit()
        self.probability = setup_number_edit(QSpinBox(), workspace)
        self.probability.setRange(0, 100)
        self.probability.setSuffix("%")
        self.outcome = QComboBox()
        for key, label in OUTCOMES.items():
            self.outcome.addItem(self.tr(label), key)
        editor = QFormLayout()
        editor.addRow(self.tr("&Name:"), self.name)
        editor.addRow(self.tr("Default &probability:"), self.probability)
        editor.addRow(self.tr("&Outcome:"), self.outcome)
        right = QVBoxLayout()
        right.addWidget(QLabel(self.tr("Stages (drag to reorder)")))
        right.addWidget(self.stage_list, 1)
        right.addLayout(
            button_row(
                (self.tr("Up"), lambda: self.move_stage(-1)),
                (self.tr("Down"), lambda: self.move_stage(1)),
                (self.tr("Add stage"), self.add_stage),
                (self.tr("Delete stage"), self.delete_stage),
            )
        )
        right.addLayout(editor)
        right.addLayout(button_row((self.tr("Apply"), self.apply_stage)))
        columns = QHBoxLayout()
        columns.addLayout(left, 2)
        columns.addLayout(right, 3)
        layout = QVBoxLayout(self)
        layout.addWidget(self.error)
        layout.addLayout(columns, 1)
        self.load()

    # ---- loading -------------------------------------------------------------------------------------
    def load(self, select_id: int | None = None) -> None:
        current = select_id or self.pipeline_id()
        self.service.pipelines.ensure_default()
        self.pipelines = self.service.pipelines.list(limit=1000)
        self.pipeline_list.blockSignals(True)
        self.pipeline_list.clear()
        for p in self.pipelines:
            item = QListWidgetItem(p.name)
            item.setData(ID_ROLE, p.id)
            self.pipeline_list.addItem(item)
        ids = [p.id for p in self.pipelines]
        self.pipeline_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self.pipeline_list.blockSignals(False)
        self.load_stages()

    def pipeline_id(self) -> int | None:
        item = self.pipeline_list.currentItem()
        return item.data(ID_ROLE) if item else None

    def stage(self) -> StageDTO | None:
        row = self.stage_list.currentRow()
        return self.stages[row] if 0 <= row < len(self.stages) else None

    def load_stages(self, select_id: int | None = None) -> None:
        pipeline_id = self.pipeline_id()
        self.stages = self.service.pipelines.stages(pipeline_id) if pipeline_id else []
        current = select_id or (self.stage().id if self.stage() else None)
        self.stage_list.blockSignals(True)
        self.stage_list.clear()
        for s in self.stages:
            percent = ltr(digits(f"{s.probability}%", self.workspace))
            text = f"{isolate(s.name)} · {percent} · {self.tr(OUTCOMES[outcome_of(s)])}"
            item = QListWidgetItem(text)
            item.setData(ID_ROLE, s.id)
            self.stage_list.addItem(item)
        ids = [s.id for s in self.stages]
        self.stage_list.setCurrentRow(ids.index(current) if current in ids else 0)
        self.stage_list.blockSignals(False)
        self._show_stage()

    def _show_stage(self) -> None:
        stage = self.stage()
        self.name.setText(stage.name if stage else "")
        self.probability.setValue(stage.probability if stage else 0)
        self.outcome.setCurrentIndex(list(OUTCOMES).index(outcome_of(stage)) if stage else 0)

    # ---- doing (each step through the service; a refusal is shown, nothing half-done) ----------------
    def run(self, work: Any) -> bool:
        self.error.hide()
        try:
            work()
        except CrmError as exc:
            self.error.setText(error_text(exc, self.workspace))
            self.error.show()
            return False
        self.workspace.notify("pipelines")
        return True

    def ask_text(self, title: str, label: str, text: str = "") -> str | None:
        value, ok = QInputDialog.getText(self, title, label, text=text)
        return value if ok else None

    def add_pipeline(self, name: str | None = None) -> None:
        name = name if name is not None else self.ask_text(self.tr("New pipeline"), self.tr("Name:"))
        if name is None:
            return
        created: list[PipelineDTO] = []
        if self.run(lambda: created.append(self.service.create_pipeline(name))):
            self.load(created[0].id)

    def rename_pipeline(self, name: str | None = None) -> None:
        pipeline = next((p for p in self.pipelines if p.id == self.pipeline_id()), None)
        if pipeline is None:
            return
        name = name if name is not None else self.ask_text(self.tr("Rename pipeline"), self.tr("Name:"), pipeline.name)
        if name is not None and self.run(lambda: self.service.rename_pipeline(pipeline.id, pipeline.version, name)):
            self.load(pipeline.id)

    def delete_pipeline(self) -> None:
        pipeline_id = self.pipeline_id()
        if pipeline_id is not None and self.run(lambda: self.service.delete_pipeline(pipeline_id)):
            self.load()

    def add_stage(self, name: str | None = None) -> None:
        pipeline_id = self.pipeline_id()
        name = name if name is not None else self.ask_text(self.tr("New stage"), self.tr("Name:"))
        if pipeline_id is None or name is None:
            return
        created: list[StageDTO] = []
        if self.run(lambda: created.append(self.service.add_stage(pipeline_id, name))):
            self.load_stages(created[0].id)

    def apply_stage(self) -> None:
        stage = self.stage()
        if stage is None:
            return
        outcome = self.outcome.currentData()
        changes = {"name": self.name.text(), "probability": self.probability.value(),
                   "is_won": outcome == "won", "is_lost": outcome == "lost"}  # fmt: skip
        if self.run(lambda: self.service.update_stage(stage.id, stage.version, changes)):
            self.load_stages(stage.id)

    def move_stage(self, step: int) -> None:
        row = self.stage_list.currentRow()
        if not 0 <= row + step < len(self.stages):
            return
        ids = [s.id for s in self.stages]
        ids[row], ids[row + step] = ids[row + step], ids[row]
        self._reorder(ids, ids[row + step])

    def save_order(self) -> None:
        """After a drag: the list's new order becomes the stages' order."""
        ids = [self.stage_list.item(i).data(ID_ROLE) for i in range(self.stage_list.count())]
        current = self.stage_list.currentItem()
        self._reorder(ids, current.data(ID_ROLE) if current else None)

    def _reorder(self, ids: list[int], keep: int | None) -> None:
        pipeline_id = self.pipeline_id()
        if pipeline_id is not None:
            self.run(lambda: self.service.reorder_stages(pipeline_id, ids))
        self.load_stages(keep)

    def ask_target(self, stage: StageDTO, others: list[StageDTO]) -> int | None:
        """Which stage the deals of ``stage`` move to (None: keep the stage). Tests answer without a dialog."""
        names = [s.name for s in others]
        question = self.tr("The stage “{0}” holds opportunities. Move them to:").format(stage.name)
        choice, ok = QInputDialog.getItem(self, self.tr("Delete stage"), question, names, 0, False)
        return others[names.index(choice)].id if ok and choice in names else None

    def delete_stage(self) -> None:
        stage = self.stage()
        if stage is None:
            return
        try:
            self.service.delete_stage(stage.id)
        except CrmError as exc:
            others = [s for s in self.stages if s.id != stage.id]
            if "holds" not in str(exc) or not others:
                self.error.setText(error_text(exc, self.workspace))
                self.error.show()
                return
            target = self.ask_target(stage, others)
            if target is None or not self.run(lambda: self.service.delete_stage(stage.id, move_to=target)):
                return
        else:
            self.workspace.notify("pipelines")
        self.error.hide()
        self.load_stages()
