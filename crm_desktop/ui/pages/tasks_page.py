""" "My tasks": open tasks grouped Overdue / Today / Upcoming / No date, ticked off in place.

Tasks are activities, so every change goes through ActivityService/TaskService with the version the row
was loaded at: a task someone else changed meanwhile is reloaded and reported, never overwritten.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from typing import Any
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from PySide6.QtCore import QDateTime, QSignalBlocker, Qt, QTimer, QTimeZone
from PySide6.QtGui import QBrush, QColor, QFont, QShowEvent
from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QRadioButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crm_desktop.errors import ConflictError, CrmError, ValidationError
from crm_desktop.services.dto import ActivityDTO, TaskBuckets
from crm_desktop.services.tasks import TaskService
from crm_desktop.text.bidi import isolate

from ..dates import format_count, format_datetime
from ..error_text import error_text, translate_errors
from ..forms.quick_actions import ActivityDialog
from ..ops import run_op
from ..workspace import Workspace

GROUPS = ("overdue", "today", "upcoming", "no_date")  # TaskBuckets fields, in the order shown
OVERDUE = QColor("#b00020")
DONE, DUE, PRIORITY, SUBJECT, LINKED, ASSIGNEE = range(6)
TASK_ROLE = Qt.ItemDataRole.UserRole


def system_zone() -> str:
    """The computer's IANA zone, so "today" is the user's day (TaskService buckets in that zone)."""
    name = QTimeZone.systemTimeZoneId().data().decode() or "UTC"
    try:
        ZoneInfo(name)
    except (ZoneInfoNotFoundError, ValueError):
        return "UTC"
    return name


class TaskDialog(ActivityDialog):
    """The "Add a task" form, filled from a task and saved as an update over the version it was loaded at."""

    def __init__(self, workspace: Workspace, task: ActivityDTO, parent: QWidget | None = None):
        super().__init__(workspace, "task", {}, parent)
        self.task = task
        self.setWindowTitle(self.tr("Edit task"))
        self.subject.setText(task.subject)
        # In the user's calendar and digits, as the Due column shows it (ActivityDialog set the field up).
        if task.due_at is not None:
            self.when.setDateTime(QDateTime.fromSecsSinceEpoch(int(task.due_at.timestamp())))
        self.no_due = QCheckBox(self.tr("&No due date"))
        self.no_due.toggled.connect(lambda on: self.when.setEnabled(not on))
        self.no_due.setChecked(task.due_at is None)
        form = self.layout()
        assert isinstance(form, QFormLayout)
        form.insertRow(form.getWidgetPosition(self.when)[0] + 1, "", self.no_due)
        self.priority.setCurrentIndex(max(0, self.priority.findData(task.priority)))
        self.body.setPlainText(task.body or "")
        self._add_field_errors(form)

    def changes(self) -> dict[str, Any]:
        """Only what the user changed: an untouched due time must not lose its seconds (or make an audit row)."""
        due = None if self.no_due.isChecked() else datetime.fromtimestamp(self.when.dateTime().toSecsSinceEpoch(), UTC)
        old_due = self.task.due_at and datetime.fromtimestamp(int(self.task.due_at.timestamp()), UTC)
        new = {"subject": self.subject.text().strip() or self.task.subject, "priority": self.priority.currentData()}
        new["body"] = self.body.toPlainText()
        changes = {k: v for k, v in new.items() if v != (getattr(self.task, k) or "")}
        if due != old_due:
            changes["due_at"] = due
        return changes

    def _add_field_errors(self, form: QFormLayout) -> None:
        """A hidden red line under each field, for the service's message about that field."""
        fields = {"subject": self.subject, "due_at": self.when, "priority": self.priority, "body": self.body}
        self.field_errors: dict[str, QLabel] = {}
        for key, widget in fields.items():
            label = QLabel()
            label.setStyleSheet("color: #b00020")
            label.setWordWrap(True)
            label.hide()
            form.insertRow(form.getWidgetPosition(widget)[0] + 1, "", label)
            self.field_errors[key] = label

    def show_field_errors(self, errors: dict[str, str]) -> None:
        """Each message under its field; one the form has no field for goes to the line on top."""
        general = []
        for key, message in translate_errors(errors, self.workspace).items():
            if key in self.field_errors:
                self.field_errors[key].setText(message)
                self.field_errors[key].show()
            else:
                general.append(f"{key}: {message}")
        if general:
            self.show_error("\n".join(general))

    def save(self) -> None:
        """Saved on the database thread (ui/ops.py): Save is greyed meanwhile, the window keeps painting."""
        changes = self.changes()
        if not changes:
            self.accept()
            return
        self.error.hide()
        for label in self.field_errors.values():
            label.hide()
        self.buttons.setEnabled(False)
        service, task_id, version = self.workspace.activities(), self.task.id, self.task.version

        def done(saved: ActivityDTO) -> None:
            self.buttons.setEnabled(True)
            self.saved = saved
            self.workspace.notify("activities", saved.id)
            self.accept()

        def failed(exc: Exception) -> None:
            self.buttons.setEnabled(True)
            if isinstance(exc, ValidationError):  # the user can fix it here
                self.show_field_errors(dict(exc.errors))
            elif isinstance(exc, CrmError):  # changed or deleted elsewhere: nothing to fix in this form
                QMessageBox.warning(self, self.windowTitle(), error_text(exc, self.workspace))
                self.reject()
            else:
                self.show_error(repr(exc))

        run_op(self, lambda: service.update(task_id, version, changes), done, failed, busy_text=self.tr("Saving…"))


class TasksPage(QWidget):
    """Open tasks of the signed-in user (or everyone's), in the user's time zone."""

    def __init__(
        self,
        workspace: Workspace,
        parent: QWidget | None = None,
        *,
        tz: str | None = None,
        clock: Callable[[], datetime] | None = None,
    ):
        super().__init__(parent)
        self.workspace = workspace
        self.tz = tz or system_zone()
        self.clock = clock or (lambda: datetime.now(UTC))
        self.tasks: dict[int, ActivityDTO] = {}
        self._dirty = True

        title = QLabel(self.tr("My tasks"))
        title.setStyleSheet("font-size: 18px; font-weight: 600;")
        self.mine = QRadioButton(self.tr("&Mine"))
        self.everyone = QRadioButton(self.tr("&Everyone's"))
        self.scope = QButtonGroup(self)
        for button in (self.mine, self.everyone):
            self.scope.addButton(button)
        (self.mine if workspace.user_id is not None else self.everyone).setChecked(True)
        self.mine.setEnabled(workspace.user_id is not None)
        self.scope.buttonToggled.connect(lambda _button, on: on and self.refresh())
        self.new_button = QPushButton(self.tr("&New task…"))
        self.new_button.clicked.connect(self.new_task)
        top = QHBoxLayout()
        top.addWidget(title)
        top.addStretch(1)
        for widget in (self.mine, self.everyone, self.new_button):
            top.addWidget(widget)

        self.tree = QTreeWidget()
        heads = (self.tr("Done"), self.tr("Due"), self.tr("Priority"))
        self.tree.setHeaderLabels([*heads, self.tr("Subject"), self.tr("Linked to"), self.tr("Assignee")])
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        self.tree.itemDoubleClicked.connect(lambda item, _column: self.edit_task(item.data(DONE, TASK_ROLE)))
        self.groups: dict[str, QTreeWidgetItem] = {}
        bold = QFont(self.tree.font())
        bold.setBold(True)
        for key in GROUPS:
            group = QTreeWidgetItem(self.tree)
            group.setFlags(Qt.ItemFlag.ItemIsEnabled)
            group.setFont(DONE, bold)
            group.setFirstColumnSpanned(True)
            if key == "overdue":
                group.setForeground(DONE, QBrush(OVERDUE))
            self.groups[key] = group
        self.empty = QLabel(self.tr("No open tasks. Add one here or from a contact's page."))
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.tree, 1)
        layout.addWidget(self.empty, 1)

        self._refresh_timer = QTimer(self, singleShot=True, interval=0)
        self._refresh_timer.timeout.connect(lambda: self._dirty and self.refresh())
        workspace.changes.changed.connect(self._on_change)
        self.refresh()

    # ---- data --------------------------------------------------------------------------------------
    def assignee_filter(self) -> int | None:
        return self.workspace.user_id if self.mine.isChecked() else None

    def refresh(self) -> None:
        self._dirty = False
        try:
            buckets = TaskService(self.workspace.db, self.workspace.user_id).my_tasks(
                self.assignee_filter(), now=self.clock(), tz=self.tz
            )
            names = self._names(buckets)
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("My tasks"), error_text(exc, self.workspace))
            return
        labels = {
            "overdue": self.tr("Overdue ({0})"),
            "today": self.tr("Today ({0})"),
            "upcoming": self.tr("Upcoming ({0})"),
            "no_date": self.tr("No date ({0})"),
        }
        with QSignalBlocker(self.tree):  # filling in is not the user ticking boxes
            self.tasks.clear()
            for key in GROUPS:
                group = self.groups[key]
                group.takeChildren()
                tasks: list[ActivityDTO] = getattr(buckets, key)
                group.setText(DONE, labels[key].format(format_count(len(tasks), self.workspace)))
                group.addChildren([self._row(task, names, key == "overdue") for task in tasks])
                group.setHidden(not tasks)
                group.setExpanded(True)
        for column in (DONE, DUE, PRIORITY, SUBJECT, LINKED):
            self.tree.resizeColumnToContents(column)
        # The measured width leaves no room for the gap between the date and time isolates: a little more.
        header = self.tree.header()
        header.resizeSection(DUE, header.sectionSize(DUE) + self.tree.fontMetrics().horizontalAdvance("00"))
        self.tree.setVisible(buckets.total > 0)
        self.empty.setVisible(buckets.total == 0)

    def _names(self, buckets: TaskBuckets) -> dict[tuple[str, int], str]:
        """Contact, company and user names for every row in three queries, not one per task."""
        every = [t for key in GROUPS for t in getattr(buckets, key)]
        listing = self.workspace.listing()
        contact_ids = sorted({t.contact_id for t in every if t.contact_id})
        company_ids = sorted({t.company_id for t in every if t.company_id and not t.contact_id})
        names = {("contact", r.id): r.display_name for r in listing.contact_rows(contact_ids)}
        names.update({("company", r.id): r.name for r in listing.company_rows(company_ids)})
        if any(t.assignee_id for t in every):
            names.update({("user", u.id): u.display_name for u in self.workspace.users().list(limit=10_000)})
        return names

    def _row(self, task: ActivityDTO, names: dict[tuple[str, int], str], overdue: bool) -> QTreeWidgetItem:
        priorities = {1: self.tr("Low"), 2: self.tr("Normal"), 3: self.tr("High")}
        due = format_datetime(task.due_at, self.workspace, tz=ZoneInfo(self.tz)) if task.due_at else ""
        link = ("contact", task.contact_id) if task.contact_id else ("company", task.company_id or 0)
        assignee = names.get(("user", task.assignee_id or 0), "")
        item = QTreeWidgetItem(
            ["", due, priorities.get(task.priority, ""), task.subject, names.get(link, ""), assignee]
        )
        item.setFlags(Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(DONE, Qt.CheckState.Unchecked)
        item.setData(DONE, TASK_ROLE, task.id)
        item.setToolTip(DONE, self.tr("Tick when done"))
        if overdue:
            item.setForeground(DUE, QBrush(OVERDUE))
        if task.priority == 3:
            item.setForeground(PRIORITY, QBrush(OVERDUE))
        self.tasks[task.id] = task
        return item

    def task_items(self, group: str) -> list[QTreeWidgetItem]:
        parent = self.groups[group]
        return [parent.child(i) for i in range(parent.childCount())]

    # ---- actions -----------------------------------------------------------------------------------
    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if column != DONE or item.checkState(DONE) != Qt.CheckState.Checked:
            return
        task_id = item.data(DONE, TASK_ROLE)
        # Later, not inside the item's own signal: the reload replaces the item that is still emitting.
        QTimer.singleShot(0, self, lambda: self.complete_task(task_id))

    def complete_task(self, task_id: int | None) -> bool:
        """Complete over the loaded version; on a conflict reload so the user sees what changed."""
        task = self.tasks.get(task_id or 0)
        if task is None:
            return False
        try:
            TaskService(self.workspace.db, self.workspace.user_id).complete(task.id, task.version)
        except ConflictError:
            text = self.tr(
                "Someone else changed the task {0} meanwhile. It was reloaded; please check it and try again."
            )
            QMessageBox.warning(self, self.tr("Task changed"), text.format(isolate(task.subject)))
            self.refresh()
            return False
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Complete task"), error_text(exc, self.workspace))
            self.refresh()
            return False
        self.workspace.notify("activities", task.id)
        self.refresh()
        return True

    def edit_task(self, task_id: int | None) -> None:
        task = self.tasks.get(task_id or 0)
        if task is None:
            return
        TaskDialog(self.workspace, task, self).exec()
        self.refresh()

    def new_task(self) -> None:
        """ActivityDialog for kind "task", assigned to the signed-in user so it shows under "Mine"."""
        links = {"assignee_id": self.workspace.user_id} if self.workspace.user_id is not None else {}
        if ActivityDialog(self.workspace, "task", links, self).exec():
            self.refresh()

    # ---- live refresh ------------------------------------------------------------------------------
    def _on_change(self, entity: str, _record_id: int) -> None:
        if entity in ("activities", "contacts", "companies", "users"):
            self._dirty = True
            if self.isVisible():
                self._refresh_timer.start()  # coalesces a burst of changes into one reload

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        if self._dirty:
            self.refresh()
