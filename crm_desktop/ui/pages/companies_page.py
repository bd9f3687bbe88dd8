"""The Companies section: the company list with people counts and parent companies."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QLineEdit, QWidget

from ..dates import format_count, format_date
from ..lazy_table import Column
from ..workspace import Workspace
from .list_page import ListPage


def company_columns(page: ListPage) -> list[Column]:
    translate = QCoreApplication.translate  # spelled out per title, so lupdate knows the context
    ws = page.workspace
    return [
        Column("name", translate("CompaniesPage", "Name"), lambda r: r.name, sort="name", width=220),
        Column("industry", translate("CompaniesPage", "Industry"), lambda r: r.industry),
        Column("people", translate("CompaniesPage", "People"), lambda r: format_count(r.people, ws)),
        Column("parent", translate("CompaniesPage", "Part of"), lambda r: r.parent_name),
        Column("email", translate("CompaniesPage", "Email"), lambda r: r.email, align_ltr=True, width=200),
        Column("phone", translate("CompaniesPage", "Phone"), lambda r: r.phone, align_ltr=True, width=150),
        Column("website", translate("CompaniesPage", "Website"), lambda r: r.website, align_ltr=True, width=180),
        Column("owner", translate("CompaniesPage", "Owner"), lambda r: r.owner_name),
        Column(
            "updated", translate("CompaniesPage", "Updated"), lambda r: format_date(r.updated_at, ws), sort="updated"
        ),
    ]


def open_company_form(parent: QWidget, workspace: Workspace, company_id: int | None) -> Any:
    from ..forms.company_form import CompanyFormDialog

    dialog = CompanyFormDialog(workspace, company_id, parent)
    return dialog.saved if dialog.exec() else None


class CompaniesPage(ListPage):
    def __init__(self, workspace: Workspace, settings: QSettings | None = None, parent: QWidget | None = None):
        super().__init__(
            workspace,
            "companies",
            company_columns,
            workspace.listing().company_rows,
            lambda parent_widget, record_id: open_company_form(parent_widget, workspace, record_id),
            settings,
            parent,
        )
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.tag.editingFinished.connect(self._filters_changed)
        self.filter_bar.addWidget(self.tag, 1)
        self.bulk_actions = [(self.tr("Add a tag…"), self.bulk_tag)]
        assert self.detail.relations is not None
        self.detail.relations.open_requested.connect(self.open_related)
        workspace.changes.changed.connect(self._relations_changed)
        self.restore_layout()
        self.apply_filters()

    def _relations_changed(self, entity: str, _record_id: int) -> None:
        """A person joined or left, a sub-company was added: the open company's lists follow."""
        relations = self.detail.relations
        if entity in ("contacts", "companies") and relations is not None and relations.company_id is not None:
            relations.show_company(relations.company_id)

    def open_related(self, entity: str, record_id: int) -> None:
        """A person or sub-company clicked in the 360 view: shown in its list (the main window switches)."""
        show_section = getattr(self.window(), "show_section", None)
        page = self if entity == "companies" or show_section is None else show_section(entity)
        if entity == "contacts" and page is self:
            return  # no main window around this page (a test or a screenshot): nowhere to show a person
        page.select_id(record_id)
        if page.detail.record_id != record_id:  # not on a loaded page of the list (filtered out): show it anyway
            page.detail.show_record(record_id)

    def _filters_changed(self) -> None:
        self.extra_filters = {"tag": self.tag.text().strip()}
        self.apply_filters()

    def bulk_tag(self, ids: list[int], tag: str | None = None) -> None:
        from PySide6.QtWidgets import QInputDialog

        if tag is None:
            tag, ok = QInputDialog.getText(self, self.tr("Add a tag"), self.tr("Tag:"))
            if not ok:
                return
        companies = self.workspace.companies()
        self.run_bulk(self.tr("Add a tag"), lambda: companies.add_tag(ids, tag))
