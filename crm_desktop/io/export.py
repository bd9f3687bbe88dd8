"""Exporting a list (its filter or a selection, chosen columns) as CSV, Excel or vCard.

Spreadsheet formula injection (OWASP "CSV injection"): a cell that starts with = + - @ (or a tab or
carriage return) may be run as a formula when the file is opened. In CSV such a cell gets a leading
apostrophe, which spreadsheets show as text; plain numbers like -5 or +3.5 are left alone (a number
cannot call anything). In .xlsx every text is written as a text cell, which is never evaluated.

CSV is UTF-8 with a byte-order mark (so Excel shows Arabic and Persian correctly) and CRLF line ends.

A list export runs as the acting user (``user_id``: the GUI's workspace user, the CLI's ``--user``): other
people's private records are left out, as on screen. ``contact_cards`` without a viewer reads every contact,
for the full archive (a backup).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Callable, Iterator, Mapping
from datetime import date, datetime
from pathlib import Path
from typing import Any

from crm_desktop.db.engine import Database
from crm_desktop.errors import CrmError, ValidationError
from crm_desktop.services.contact_export import (
    EVERYONE,
    Viewer,
    company_names,
    contact_details,
    contact_id_pages,
    contact_photos,
    user_names,
)
from crm_desktop.services.dto import AddressDTO, ContactDTO
from crm_desktop.services.listing import ListingService

from .vcard_write import VERSIONS, card_file_name, open_vcf, write_vcards
from .xlsx import write_xlsx

FORMATS = ("csv", "xlsx", "vcf")


class ExportCancelled(CrmError):
    """``progress`` returned False: the partial file was removed."""

    def __init__(self) -> None:
        super().__init__("the export was cancelled; no file was written")


_DANGEROUS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?\d+(?:[.,]\d+)?")


def neutralise(value: str) -> str:
    """The cell text made safe to open in a spreadsheet (see module docstring)."""
    if value.startswith(_DANGEROUS) and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def _address(a: AddressDTO) -> str:
    return ", ".join(p for p in (a.street, a.postal_code, a.city, a.region, a.country) if p).replace("\n", ", ")


def _primary_address(c: ContactDTO) -> str:
    chosen = next((a for a in c.addresses if a.is_primary), c.addresses[0] if c.addresses else None)
    return _address(chosen) if chosen else ""


# key -> (header, value from (contact, company name, owner name))
CONTACT_COLUMNS: dict[str, tuple[str, Callable[[ContactDTO, str, str], Any]]] = {
    "id": ("ID", lambda c, _co, _o: c.id),
    "name": ("Name", lambda c, _co, _o: c.display_name),
    "prefix": ("Name prefix", lambda c, _co, _o: c.prefix),
    "given_name": ("First name", lambda c, _co, _o: c.given_name),
    "middle_name": ("Middle name", lambda c, _co, _o: c.middle_name),
    "family_name": ("Last name", lambda c, _co, _o: c.family_name),
    "company": ("Company", lambda c, co, _o: co),
    "job_title": ("Job title", lambda c, _co, _o: c.job_title),
    "email": ("Email", lambda c, _co, _o: c.primary_email),
    "emails": ("All emails", lambda c, _co, _o: "; ".join(e.address for e in c.emails)),
    "phone": ("Phone", lambda c, _co, _o: c.primary_phone),
    "phones": ("All phones", lambda c, _co, _o: "; ".join(p.raw for p in c.phones)),
    "address": ("Address", lambda c, _co, _o: _primary_address(c)),
    "stage": ("Stage", lambda c, _co, _o: c.lifecycle_stage),
    "owner": ("Owner", lambda c, _co, o: o),
    "tags": ("Tags", lambda c, _co, _o: ", ".join(c.tags)),
    "birthday": ("Birthday", lambda c, _co, _o: c.birthday),
    "source": ("Source", lambda c, _co, _o: c.source),
    "notes": ("Notes", lambda c, _co, _o: c.notes),
    "last_contacted": ("Last contacted", lambda c, _co, _o: c.last_contacted_at),
    "created": ("Created", lambda c, _co, _o: c.created_at),
    "updated": ("Updated", lambda c, _co, _o: c.updated_at),
}
DEFAULT_CONTACT_COLUMNS = ("name", "company", "job_title", "email", "phone", "stage", "owner", "tags")
COMPANY_COLUMNS: dict[str, tuple[str, str]] = {  # key -> (header, CompanyRow attribute)
    "id": ("ID", "id"), "name": ("Name", "name"), "industry": ("Industry", "industry"),
    "website": ("Website", "website"), "email": ("Email", "email"), "phone": ("Phone", "phone"),
    "people": ("People", "people"), "parent": ("Parent company", "parent_name"), "owner": ("Owner", "owner_name"),
    "updated": ("Updated", "updated_at"),
}  # fmt: skip
DEFAULT_COMPANY_COLUMNS = ("name", "industry", "website", "email", "phone", "people", "owner")


def _cell(value: Any) -> Any:
    if isinstance(value, datetime):
        return value.astimezone().strftime("%Y-%m-%d %H:%M")
    if isinstance(value, date):
        return value.isoformat()
    return "" if value is None else value


def export_list(
    db: Database,
    path: str | Path,
    *,
    entity: str = "contacts",
    fmt: str | None = None,
    columns: list[str] | None = None,
    filters: Mapping[str, Any] | None = None,
    ids: list[int] | None = None,
    vcard_version: str = "3.0",
    one_file_per_contact: bool = False,
    progress: Callable[[int], bool] | None = None,
    user_id: int | None = None,
) -> int:
    """Write the list to ``path``; returns the number of records written. ``fmt`` defaults to the suffix.

    ``user_id`` is who exports: their own and (for an administrator) everyone's private records are included,
    other people's never; None (nobody logged in) exports no private record."""
    path = Path(path)
    fmt = (fmt or path.suffix.lstrip(".") or "csv").lower()
    if fmt not in FORMATS:
        raise ValidationError({"format": f"must be one of {', '.join(FORMATS)}"})
    if entity not in ("contacts", "companies"):
        raise ValidationError({"entity": "must be contacts or companies"})
    if fmt == "vcf":
        if entity != "contacts":
            raise ValidationError({"format": "vCard holds contacts only"})
        if vcard_version not in VERSIONS:
            raise ValidationError({"vcard_version": f"must be one of {', '.join(VERSIONS)}"})
        cards = contact_cards(db, filters, ids, viewer=user_id)
        return _export_vcards(path, cards, vcard_version, one_file_per_contact, progress)
    known = CONTACT_COLUMNS if entity == "contacts" else COMPANY_COLUMNS
    chosen = list(columns or (DEFAULT_CONTACT_COLUMNS if entity == "contacts" else DEFAULT_COMPANY_COLUMNS))
    unknown = [c for c in chosen if c not in known]
    if unknown:
        raise ValidationError({"columns": f"unknown {', '.join(unknown)}; choose from {', '.join(known)}"})
    header = [known[c][0] for c in chosen]
    rows = (
        _contact_rows(db, chosen, filters, ids, progress, user_id)
        if entity == "contacts"
        else _company_rows(db, chosen, filters, ids, progress, user_id)
    )
    try:
        if fmt == "xlsx":
            return write_xlsx(path, header, rows, "Contacts" if entity == "contacts" else "Companies")
        return write_csv(path, header, rows)
    except ExportCancelled:
        path.unlink(missing_ok=True)
        raise


def write_csv(path: Path, header: list[str], rows: Iterator[list[Any]]) -> int:
    count = 0
    with open(path, "w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow([neutralise(h) for h in header])
        for row in rows:
            writer.writerow([neutralise(v) if isinstance(v, str) else v for v in row])
            count += 1
    return count


def _contact_rows(
    db: Database, columns: list[str], filters: Any, ids: list[int] | None, progress: Any, user_id: int | None
) -> Iterator[list[Any]]:
    owners = user_names(db) if "owner" in columns else {}
    getters = [CONTACT_COLUMNS[c][1] for c in columns]
    done = 0
    for page in contact_id_pages(db, filters, ids, viewer=user_id):
        contacts = contact_details(db, page, viewer=user_id)
        company_ids = {c.company_id for c in contacts if c.company_id} if "company" in columns else set()
        companies = company_names(db, company_ids, viewer=user_id)  # no name of another's private company
        for c in contacts:
            company, owner = companies.get(c.company_id or 0, ""), owners.get(c.owner_id or 0, "")
            yield [_cell(get(c, company, owner)) for get in getters]
        done += len(page)
        if progress is not None and progress(done) is False:
            raise ExportCancelled


def _company_rows(
    db: Database, columns: list[str], filters: Any, ids: list[int] | None, progress: Any, user_id: int | None
) -> Iterator[list[Any]]:
    listing = ListingService(db, user_id)  # company_rows leaves out what user_id may not see
    attributes = [COMPANY_COLUMNS[c][1] for c in columns]
    offset = 0
    while True:
        page = (
            ids[offset : offset + 1000]
            if ids is not None
            else listing.page_ids("companies", filters or {}, "name", False, offset, 1000)
        )
        if not page:
            return
        for row in listing.company_rows(page):
            yield [_cell(getattr(row, a)) for a in attributes]
        offset += len(page)
        if progress is not None and progress(offset) is False:
            raise ExportCancelled


def contact_cards(
    db: Database, filters: Any = None, ids: list[int] | None = None, *, viewer: Viewer = EVERYONE
) -> Iterator[tuple[ContactDTO, str | None, bytes | None]]:
    """(contact, company name, photo) for every contact of the list that ``viewer`` may see, page by page
    (the default, every contact, is the archive's: a backup keeps private records too)."""
    for page in contact_id_pages(db, filters, ids, viewer=viewer):
        contacts = contact_details(db, page, viewer=viewer)
        companies = company_names(db, {c.company_id for c in contacts if c.company_id}, viewer=viewer)
        photos = contact_photos(db, page)
        for c in contacts:
            yield c, companies.get(c.company_id or 0), photos.get(c.id)


def _export_vcards(path: Path, cards: Iterator[Any], version: str, per_contact: bool, progress: Any) -> int:
    if not per_contact:
        with open_vcf(path) as handle:
            count = 0
            for card in cards:
                count += write_vcards(handle, [card], version)
                if progress is not None and (count == 1 or count % 1000 == 0) and progress(count) is False:
                    break
            else:
                return count
        path.unlink(missing_ok=True)
        raise ExportCancelled
    path.mkdir(parents=True, exist_ok=True)
    taken: set[str] = set()
    count = 0
    for card in cards:
        with open_vcf(path / card_file_name(card[0], taken)) as handle:
            count += write_vcards(handle, [card], version)
    return count
