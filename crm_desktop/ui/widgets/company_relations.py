"""The company 360 view's "People" and "Sub-companies": two compact lists, a click opens the record.

Read through the listing service (the same filters as the lists: ``company_id`` for contacts, ``parent_id``
for companies, others' private rows left out) on the database thread; only the first ``SHOWN`` of each
travel to the GUI, the heading gives the full count.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QListWidget, QListWidgetItem, QVBoxLayout, QWidget

from crm_desktop.text.bidi import isolate

from ..dates import format_count
from ..ops import run_op

SHOWN = 50
KEY_ROLE = Qt.ItemDataRole.UserRole


@dataclass
class Related:
    company_id: int
    people: list[tuple[int, str]]  # (contact id, "name · job title")
    people_count: int
    subsidiaries: list[tuple[int, str]]  # (company id, name)
    subsidiary_count: int


def load_related(listing: Any, company_id: int, shown: int = SHOWN) -> Related:
    """One company's people and sub-companies, by name (runs on the database thread)."""
    people_filter, child_filter = {"company_id": company_id}, {"parent_id": company_id}
    people = listing.contact_rows(listing.page_ids("contacts", people_filter, "name", False, 0, shown))
    children = listing.company_rows(listing.page_ids("companies", child_filter, "name", False, 0, shown))
    return Related(
        company_id,
        [(r.id, " · ".join(isolate(x) for x in (r.display_name, r.job_title) if x)) for r in people],
        listing.count("contacts", people_filter),
        [(r.id, isolate(r.name)) for r in children],
        listing.count("companies", child_filter),
    )


class RelatedList(QWidget):
    """A heading with the count and a short list; hidden when there is nothing to show."""

    def __init__(self, entity: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.entity = entity
        self.heading = QLabel()
        self.list = QListWidget()
        self.list.setMaximumHeight(110)
        self.list.setUniformItemSizes(True)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.heading)
        layout.addWidget(self.list)

    def fill(self, heading: str, rows: list[tuple[int, str]], total: int, more: str) -> None:
        self.heading.setText(heading)
        self.list.clear()
        for record_id, text in rows:
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, record_id)
            self.list.addItem(item)
        if total > len(rows):
            extra = QListWidgetItem(more)
            extra.setFlags(Qt.ItemFlag.NoItemFlags)  # a note, not a record
            self.list.addItem(extra)
        self.setVisible(total > 0)


class CompanyRelations(QWidget):
    """Emits ``open_requested(entity, id)`` ("contacts" or "companies") when a row is clicked."""

    open_requested = Signal(str, int)

    def __init__(self, workspace: Any, parent: QWidget | None = None):
        super().__init__(parent)
        self.workspace = workspace
        self.company_id: int | None = None
        self.people = RelatedList("contacts")
        self.subsidiaries = RelatedList("companies")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        for group in (self.people, self.subsidiaries):
            group.list.itemClicked.connect(lambda item, entity=group.entity: self._clicked(entity, item))
            group.list.itemActivated.connect(lambda item, entity=group.entity: self._clicked(entity, item))
            layout.addWidget(group, 1)
        self.hide()

    def show_company(self, company_id: int | None) -> None:
        self.company_id = company_id
        if company_id is None:
            self.hide()
            return
        listing = self.workspace.listing()
        run_op(self, lambda: load_related(listing, company_id), self._show, lambda _exc: self.hide())

    def _show(self, related: Related) -> None:
        if related.company_id != self.company_id:
            return  # another company was chosen meanwhile: its own load follows
        s = self.workspace
        self.people.fill(
            self.tr("People ({0})").format(format_count(related.people_count, s)),
            related.people,
            related.people_count,
            self.tr("and {0} more").format(format_count(related.people_count - len(related.people), s)),
        )
        self.subsidiaries.fill(
            self.tr("Sub-companies ({0})").format(format_count(related.subsidiary_count, s)),
            related.subsidiaries,
            related.subsidiary_count,
            self.tr("and {0} more").format(format_count(related.subsidiary_count - len(related.subsidiaries), s)),
        )
        self.setVisible(bool(related.people_count or related.subsidiary_count))

    def _clicked(self, entity: str, item: QListWidgetItem) -> None:
        record_id = item.data(KEY_ROLE)
        if record_id is not None:
            self.open_requested.emit(entity, int(record_id))
