"""The Contacts section: columns, filters and bulk actions of the contact list."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSettings
from PySide6.QtWidgets import QComboBox, QFileDialog, QInputDialog, QLineEdit, QMessageBox, QWidget

from crm_desktop.db.models import LIFECYCLE_STAGES
from crm_desktop.errors import CrmError

from ..dates import digits, format_date
from ..error_text import error_text
from ..lazy_table import Column
from ..workspace import Workspace
from .list_page import ListPage

# Marked for lupdate in the ContactsPage context; shown through stage_label() (also by the 360 view and form).
STAGE_LABELS = {
    "lead": QT_TRANSLATE_NOOP("ContactsPage", "Lead"),
    "prospect": QT_TRANSLATE_NOOP("ContactsPage", "Prospect"),
    "customer": QT_TRANSLATE_NOOP("ContactsPage", "Customer"),
    "vip": QT_TRANSLATE_NOOP("ContactsPage", "VIP"),
    "inactive": QT_TRANSLATE_NOOP("ContactsPage", "Inactive"),
}


def stage_label(stage: str) -> str:
    """A lifecycle stage in the user's language (an unknown stage as stored)."""
    return QCoreApplication.translate("ContactsPage", STAGE_LABELS[stage]) if stage in STAGE_LABELS else stage


def contact_columns(page: ListPage) -> list[Column]:
    translate = QCoreApplication.translate  # spelled out per title, so lupdate knows the context
    ws = page.workspace
    return [
        Column("name", translate("ContactsPage", "Name"), lambda r: r.display_name, sort="name", width=200),
        Column("company", translate("ContactsPage", "Company"), lambda r: r.company_name, width=170),
        Column("job_title", translate("ContactsPage", "Job title"), lambda r: r.job_title),
        Column("email", translate("ContactsPage", "Email"), lambda r: r.email, align_ltr=True, width=210),
        Column("phone", translate("ContactsPage", "Phone"), lambda r: r.phone, align_ltr=True, width=150),
        Column("stage", translate("ContactsPage", "Stage"), lambda r: stage_label(r.lifecycle_stage)),
        Column("owner", translate("ContactsPage", "Owner"), lambda r: r.owner_name),
        Column(
            "last_contacted",
            translate("ContactsPage", "Last contacted"),
            lambda r: format_date(r.last_contacted_at, ws),
        ),
        Column(
            "updated", translate("ContactsPage", "Updated"), lambda r: format_date(r.updated_at, ws), sort="updated"
        ),
    ]


def open_contact_form(parent: QWidget, workspace: Workspace, contact_id: int | None) -> Any:
    from ..forms.contact_form import ContactFormDialog

    dialog = ContactFormDialog(workspace, contact_id, parent)
    return dialog.saved if dialog.exec() else None


class ContactsPage(ListPage):
    def __init__(self, workspace: Workspace, settings: QSettings | None = None, parent: QWidget | None = None):
        listing = workspace.listing()
        super().__init__(
            workspace,
            "contacts",
            contact_columns,
            listing.contact_rows,
            lambda parent_widget, record_id: open_contact_form(parent_widget, workspace, record_id),
            settings,
            parent,
        )
        self.stage = QComboBox()
        self.stage.addItem(self.tr("All stages"), None)
        for stage in LIFECYCLE_STAGES:
            self.stage.addItem(stage_label(stage), stage)
        self.owner = QComboBox()
        self.owner.addItem(self.tr("Any owner"), None)
        for user in workspace.users().list(limit=1000):
            self.owner.addItem(user.display_name, user.id)
        self.tag = QLineEdit()
        self.tag.setPlaceholderText(self.tr("Tag"))
        self.open_deal = QComboBox()
        for label, value in (
            (self.tr("Any deals"), None),
            (self.tr("Has an open deal"), True),
            (self.tr("No open deal"), False),
        ):
            self.open_deal.addItem(label, value)
        self.last_contacted = QComboBox()
        for label, value in (
            (self.tr("Any time"), None),
            (self.tr("Contacted in the last 30 days"), ("after", 30)),
            (self.tr("Not contacted for 90 days"), ("before", 90)),
        ):
            self.last_contacted.addItem(digits(label, workspace), value)
        for widget in (self.stage, self.owner, self.open_deal, self.last_contacted):
            widget.currentIndexChanged.connect(self._filters_changed)
        self.tag.editingFinished.connect(self._filters_changed)
        for combo in (self.stage, self.owner, self.open_deal, self.last_contacted):
            # Shrink with the list (text elided) instead of squeezing the tag field to nothing: Arabic and
            # Persian labels are longer than the English ones.
            combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
            combo.setMinimumContentsLength(8)
        self.tag.setMinimumWidth(self.tag.fontMetrics().horizontalAdvance(self.tag.placeholderText()) + 24)
        for widget in (self.stage, self.owner, self.tag, self.open_deal, self.last_contacted):
            self.filter_bar.addWidget(widget, 1)
        self.bulk_actions = [
            (self.tr("Add a tag…"), self.bulk_tag),
            (self.tr("Change stage…"), self.bulk_stage),
            (self.tr("Change owner…"), self.bulk_owner),
            (self.tr("Export selection…"), self.export_selection),
            (self.tr("Export the whole list…"), self.export_all),
        ]
        self.restore_layout()
        self.apply_filters()

    def _filters_changed(self, *_: Any) -> None:
        self.extra_filters = {
            "lifecycle_stage": self.stage.currentData(),
            "owner_id": self.owner.currentData(),
            "tag": self.tag.text().strip(),
            "has_open_deal": self.open_deal.currentData(),
        }
        contacted = self.last_contacted.currentData()
        if contacted is not None:
            direction, days = contacted
            since = (datetime.now(UTC) - timedelta(days=days)).isoformat()
            self.extra_filters[f"last_contacted_{direction}"] = since
        self.apply_filters()

    def bulk_tag(self, ids: list[int], tag: str | None = None) -> None:
        if tag is None:
            tag, ok = QInputDialog.getText(self, self.tr("Add a tag"), self.tr("Tag:"))
            if not ok:
                return
        contacts = self.workspace.contacts()
        self.run_bulk(self.tr("Add a tag"), lambda: contacts.add_tag(ids, tag))

    def bulk_stage(self, ids: list[int], stage: str | None = None) -> None:
        if stage is None:
            labels = [stage_label(s) for s in LIFECYCLE_STAGES]
            label, ok = QInputDialog.getItem(self, self.tr("Change stage"), self.tr("Stage:"), labels, 0, False)
            if not ok:
                return
            stage = LIFECYCLE_STAGES[labels.index(label)]
        contacts = self.workspace.contacts()
        self.run_bulk(self.tr("Change stage"), lambda: contacts.update_many(ids, {"lifecycle_stage": stage}))

    def bulk_owner(self, ids: list[int], owner_id: int | None = None) -> None:
        if owner_id is None:
            users = self.workspace.users().list(limit=1000)
            names = [u.display_name for u in users]
            name, ok = QInputDialog.getItem(self, self.tr("Change owner"), self.tr("Owner:"), names, 0, False)
            if not ok:
                return
            owner_id = users[names.index(name)].id
        contacts = self.workspace.contacts()
        self.run_bulk(self.tr("Change owner"), lambda: contacts.update_many(ids, {"owner_id": owner_id}))

    def export_columns(self) -> list[str]:
        """The list's visible columns in their shown order: what an export writes."""
        from crm_desktop.io.export import CONTACT_COLUMNS

        header = self.table.horizontalHeader()
        logical = [header.logicalIndex(v) for v in range(header.count())]
        keys = [self.model.columns[i].key for i in logical if not header.isSectionHidden(i)]
        return [k for k in keys if k in CONTACT_COLUMNS]

    def _export_path(self, title: str) -> str:
        kinds = "CSV (*.csv);;Excel (*.xlsx);;vCard (*.vcf)"
        path, chosen = QFileDialog.getSaveFileName(self, title, "contacts.csv", kinds)
        if path and "." not in path.rsplit("/", 1)[-1]:
            path += {"Excel (*.xlsx)": ".xlsx", "vCard (*.vcf)": ".vcf"}.get(chosen, ".csv")
        return path

    def export_selection(self, ids: list[int], path: str | None = None) -> None:
        """The selected contacts, with the list's visible columns, as CSV (UTF-8 with BOM, formula-safe),
        Excel or vCard (by the file's suffix)."""
        path = path or self._export_path(self.tr("Export selection"))
        if not path:
            return
        from crm_desktop.io.export import export_list

        try:
            export_list(self.workspace.db, path, ids=ids, columns=self.export_columns(), user_id=self.workspace.user_id)
        except (CrmError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export selection"), error_text(exc, self.workspace))

    def export_all(self, _ids: list[int] | None = None, path: str | None = None) -> str:
        """Every contact the list shows now (its filters and smart group), on a worker with progress."""
        title = self.tr("Export list")
        path = path or self._export_path(title)
        if not path:
            return "none"
        from crm_desktop.io.export import export_list

        from ..import_wizard import run_with_progress

        filters, columns, db, user = self.filters(), self.export_columns(), self.workspace.db, self.workspace.user_id

        def work(progress: Any) -> object:
            return export_list(
                db, path, filters=filters, columns=columns, progress=lambda n: progress("", n), user_id=user
            )

        return run_with_progress(self, title, self.tr("Exporting contacts…"), work, path)
