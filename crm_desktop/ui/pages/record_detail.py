"""The 360-degree view of one contact or company: header, quick actions, one timeline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QFileDialog, QLabel, QMessageBox, QVBoxLayout, QWidget

from crm_desktop.errors import CrmError, NotFoundError
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.text.bidi import isolate

from ..documents.drop import install_file_drop
from ..error_text import error_text
from ..forms.quick_actions import ActivityDialog, AppointmentDialog, OpportunityDialog
from ..widgets.company_relations import CompanyRelations
from ..widgets.record_header import RecordHeader
from ..widgets.timeline_view import PAGE, TimelineView
from ..workspace import Workspace


class RecordDetail(QWidget):
    """Shows a contact (entity "contacts") or a company ("companies"); empty until one is chosen."""

    edit_requested = Signal(int)

    def __init__(self, workspace: Workspace, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace, self.entity = workspace, entity
        self.record_id: int | None = None
        self.company_id: int | None = None
        self.header = RecordHeader()
        self.header.action.connect(self.quick_action)
        self.header.edit_requested.connect(lambda: self.record_id and self.edit_requested.emit(self.record_id))
        self.header.history_requested.connect(self.show_history)
        self.timeline = TimelineView(settings=workspace)
        self.timeline.kind_filter_changed.connect(lambda: self.reload_timeline(first_page=True))
        self.timeline.more_requested.connect(self.reload_timeline)
        self.placeholder = QLabel(self.tr("Choose a record in the list to see everything about it here."))
        self.placeholder.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.placeholder)
        layout.addWidget(self.header)
        # A company's people and sub-companies (a click opens one: the companies page follows open_requested).
        self.relations = CompanyRelations(workspace) if entity == "companies" else None
        if self.relations is not None:
            layout.addWidget(self.relations)
        layout.addWidget(self.timeline, 1)
        self.show_record(None)
        install_file_drop(self, lambda paths: self.record_id and [self.attach_file(str(p)) for p in paths])

    def show_record(self, record_id: int | None) -> None:
        self.record_id = record_id
        try:
            loaded = record_id is not None and self._load_header(record_id)
        except NotFoundError:
            loaded = False  # deleted meanwhile (here or on another computer)
        self.placeholder.setVisible(not loaded)
        self.header.setVisible(bool(loaded))
        self.timeline.setVisible(bool(loaded))
        if self.relations is not None:
            self.relations.show_company(record_id if loaded else None)
        if loaded:
            self.reload_timeline(first_page=True)
        else:
            self.record_id = None

    def _load_header(self, record_id: int) -> bool:
        from .contacts_page import stage_label  # here: contacts_page imports this module

        if self.entity == "contacts":
            c = self.workspace.contacts().get(record_id)
            try:  # someone else's private (or a deleted) company: the contact opens without its name
                company = self.workspace.companies().get(c.company_id).name if c.company_id else None
            except NotFoundError:
                company = None
            self.company_id = c.company_id if company is not None else None
            subtitle = " · ".join(isolate(x) for x in (c.job_title, company) if x)
            facts = " · ".join(
                x
                for x in (
                    stage_label(c.lifecycle_stage),
                    self._owner(c.owner_id),
                    self.tr(", ").join(isolate(t) for t in c.tags),
                )
                if x
            )
            photo = self.workspace.contacts().photo(c.id) if c.photo_sha256 else None
            self.header.show_record(
                isolate(c.display_name),
                subtitle,
                facts,
                [e.address for e in c.emails],
                [p.raw for p in c.phones],
                photo,
                c.display_name,
            )
        else:
            co = self.workspace.companies().get(record_id)
            self.company_id = co.id
            subtitle = " · ".join(isolate(x) for x in (co.industry, co.website) if x)
            tags = self.tr(", ").join(isolate(t) for t in co.tags)
            facts = " · ".join(x for x in (self._owner(co.owner_id), tags) if x)
            self.header.show_record(
                isolate(co.name),
                subtitle,
                facts,
                [e.address for e in co.emails],
                [p.raw for p in co.phones],
                None,
                co.name,
            )
        return True

    def show_history(self) -> None:
        """The record's history (fields, emails, phones, addresses, tags), the same dialog as Edit > History."""
        from ..history_dialog import HistoryDialog  # here: history_dialog imports the contacts page

        if self.record_id is None:
            return
        title = self.header.title.text().strip("\u200e\u200f\u2066\u2067\u2068\u2069")
        self.history_dialog = HistoryDialog(self.workspace, self.entity, self.record_id, title, self)
        self.history_dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        self.history_dialog.open()

    def _owner(self, owner_id: int | None) -> str:
        if owner_id is None:
            return ""
        return self.tr("Owner: {0}").format(isolate(self.workspace.users().get(owner_id).display_name))

    def reload_timeline(self, first_page: bool = False) -> None:
        if self.record_id is None:
            return
        if first_page:
            self.timeline.limit = PAGE
        service, kinds, limit = self.workspace.timeline(), self.timeline.kinds(), self.timeline.limit
        if self.entity == "contacts":
            items = service.for_contact(self.record_id, kinds, limit)
        else:
            items = service.for_company(self.record_id, kinds, limit)
        self.timeline.show_items(items, more=len(items) >= limit)

    def _links(self) -> dict[str, int]:
        key = "contact_id" if self.entity == "contacts" else "company_id"
        links = {key: self.record_id} if self.record_id else {}
        if self.entity == "contacts" and self.company_id:
            links["company_id"] = self.company_id
        return links

    def quick_action(self, action: str) -> None:
        if self.record_id is None:
            return
        if action in ("call", "note", "task"):
            dialog: QWidget = ActivityDialog(self.workspace, action, self._links(), self)
        elif action == "appointment":
            attendees = [self.record_id] if self.entity == "contacts" else []
            dialog = AppointmentDialog(self.workspace, attendees, self.company_id, self)
        elif action == "deal":
            dialog = OpportunityDialog(self.workspace, self._links(), self)
        else:
            self.attach_file()
            return
        if dialog.exec():
            self.reload_timeline()

    def attach_file(self, path: str | None = None) -> None:
        if path is None:
            path, _ = QFileDialog.getOpenFileName(self, self.tr("Attach a file"))
        if not path:
            return
        try:
            DocumentService(self.workspace.db, self.workspace.user_id).add_file(path, **self._links())
        except CrmError as exc:
            QMessageBox.warning(self, self.tr("Attach a file"), error_text(exc, self.workspace))
            return
        self.workspace.notify("documents")
        self.reload_timeline()
