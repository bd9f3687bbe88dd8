"""Letters (mail merge): templates kept in the office's key/value settings, merge fields filled per contact,
and the contacts a letter goes to (one, everyone with a tag, or a saved contact search).

Templates live in one ``settings`` row (``letter_templates``: {name: {"title", "body"}}), so they need no
schema change and travel with the database and its backups. Filling is a plain ``{field}`` substitution,
not ``str.format``: a body typed by a user may hold a lone brace, and ``{x.__class__}``-style lookups must
never run; unknown fields come out empty.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Mapping
from dataclasses import dataclass
from pathlib import Path

from sqlalchemy import select

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Contact, Setting, Tag, contact_tags
from crm_desktop.errors import CrmError, NotFoundError, ValidationError

from .dto import AddressDTO, ContactDTO
from .listing import ListingService
from .people import CompanyService, ContactService
from .saved_searches import SavedSearchService

KEY = "letter_templates"
MERGE_FIELDS = (
    "first_name", "last_name", "display_name", "company", "job_title", "email", "phone", "address", "today",
)  # fmt: skip
MAX_NAME = 100
MAX_BODY = 100_000
MAX_FILE_BYTES = 1024 * 1024
MAX_LETTERS = 20_000  # one PDF; a bigger mailing belongs in several runs
_FIELD = re.compile(r"\{([A-Za-z_][A-Za-z0-9_]*)\}")


class LetterError(CrmError):
    """The letters cannot be made as asked (nobody to write to)."""


@dataclass(frozen=True)
class LetterTemplate:
    name: str
    title: str
    body: str


def fill(text: str, fields: Mapping[str, str | None]) -> str:
    """``{first_name}`` … replaced by the contact's values; unknown or empty fields become empty text."""
    return _FIELD.sub(lambda match: fields.get(match.group(1)) or "", text)


def address_text(address: AddressDTO) -> str:
    """Street on the first line, then city, region and postal code, then the country."""
    place = " ".join(x for x in (address.city, address.region, address.postal_code) if x)
    return "\n".join(x for x in (address.street, place, address.country) if x)


def contact_fields(contact: ContactDTO, company: str | None, today: str) -> dict[str, str]:
    """The merge fields of one contact (``today`` already written in the letter's calendar and digits)."""
    primary = next((a for a in contact.addresses if a.is_primary), contact.addresses[0] if contact.addresses else None)
    return {
        "first_name": contact.given_name or "",
        "last_name": contact.family_name or "",
        "display_name": contact.display_name,
        "company": company or "",
        "job_title": contact.job_title or "",
        "email": contact.primary_email or "",
        "phone": contact.primary_phone or "",
        "address": address_text(primary) if primary else "",
        "today": today,
    }


def _checked(name: str, title: str, body: str) -> LetterTemplate:
    errors: dict[str, str] = {}
    name, title = name.strip(), title.strip()
    if not name:
        errors["name"] = "is required"
    elif len(name) > MAX_NAME:
        errors["name"] = f"is too long ({len(name)} characters; at most {MAX_NAME})"
    elif "\n" in name or "\r" in name:
        errors["name"] = "must be a single line"
    if len(title) > 500:
        errors["title"] = f"is too long ({len(title)} characters; at most {500})"
    if not body.strip():
        errors["body"] = "must not be empty"
    elif len(body) > MAX_BODY:
        errors["body"] = f"is too long ({len(body)} characters; at most {MAX_BODY})"
    if "\x00" in title + body:
        errors["body"] = "contains a NUL character, which cannot be stored"
    if errors:
        raise ValidationError(errors)
    return LetterTemplate(name, title, body)


class LetterTemplates:
    """The office's letter templates, shared by everyone who opens the database."""

    def __init__(self, db: Database, user_id: int | None = None):
        self.db, self.user_id = db, user_id

    def _all(self) -> dict[str, dict[str, str]]:
        with self.db.read() as session:
            row = session.get(Setting, KEY)
            stored = row.value.get("v") if row is not None else None
        return dict(stored) if isinstance(stored, dict) else {}

    def list(self) -> list[LetterTemplate]:
        return [
            LetterTemplate(name, str(v.get("title", "")), str(v.get("body", "")))
            for name, v in sorted(self._all().items(), key=lambda item: item[0].casefold())
            if isinstance(v, dict)
        ]

    def get(self, name: str) -> LetterTemplate:
        found = self._all().get(name.strip())
        if not isinstance(found, dict):
            raise NotFoundError("letter template", name)
        return LetterTemplate(name.strip(), str(found.get("title", "")), str(found.get("body", "")))

    def save(self, name: str, title: str, body: str) -> LetterTemplate:
        """Create or replace the template ``name``."""
        template = _checked(name, title, body)
        self._change(lambda stored: stored.__setitem__(template.name, {"title": template.title, "body": template.body}))
        return template

    def delete(self, name: str) -> None:
        if name.strip() not in self._all():
            raise NotFoundError("letter template", name)
        self._change(lambda stored: stored.pop(name.strip(), None))

    def _change(self, change: object) -> None:
        with self.db.write(self.user_id) as session:
            row = session.get(Setting, KEY)
            stored = dict(row.value.get("v") or {}) if row is not None else {}
            change(stored)  # type: ignore[operator]
            if row is None:
                session.add(Setting(key=KEY, value={"v": stored}))
            else:
                row.value = {"v": stored}


def body_from_file(path: str | Path) -> str:
    """A letter body from a UTF-8 text file (Windows-1256 accepted for older Arabic/Persian files)."""
    file = Path(path).expanduser()
    if not file.is_file():
        raise ValidationError({"body_file": f"{file} does not exist"})
    try:
        if file.stat().st_size > MAX_FILE_BYTES:
            raise ValidationError({"body_file": f"{file} is {file.stat().st_size} bytes; at most {MAX_FILE_BYTES}"})
        data = file.read_bytes()
    except OSError as exc:
        raise ValidationError({"body_file": f"{file} cannot be read: {exc.strerror or exc}"}) from exc
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError:
        text = data.decode("cp1256", "replace")
    if "\x00" in text:
        reason = "not a text file"
        raise ValidationError({"body_file": f"{file} cannot be read: {reason}"})
    if not text.strip():
        raise ValidationError({"body_file": "must not be empty"})
    return text


# ---- who gets a letter --------------------------------------------------------------------------------
def recipients(
    db: Database,
    *,
    contact_id: int | None = None,
    tag: str | None = None,
    saved_search: int | None = None,
    user_id: int | None = None,
) -> list[int]:
    """Contact ids in name order: one contact, everyone with ``tag``, or a saved contact search."""
    given = [x for x in (contact_id, tag, saved_search) if x not in (None, "")]
    if len(given) != 1:
        options = "--contact, --tag, --saved-search"
        raise ValidationError({"contacts": f"choose one of {options}"})
    if contact_id is not None:
        ContactService(db, user_id).get(contact_id)  # NotFoundError names it
        return [contact_id]
    listing = ListingService(db)
    if tag not in (None, ""):
        filters: dict[str, object] = {"tag": tag}
    else:
        search = SavedSearchService(db, user_id).get(int(saved_search))  # type: ignore[arg-type]
        if search.entity != "contacts":
            entity = "contacts"
            raise ValidationError({"saved_search": f"must be one of {entity}"})
        filters = dict(search.filters)
    ids: list[int] = []
    while len(ids) <= MAX_LETTERS:
        page = listing.page_ids("contacts", filters, "name", False, len(ids), 1000)
        if not page:
            break
        ids.extend(page)
    if not ids and tag not in (None, ""):
        raise ValidationError({"tag": f"{tag} is not one of the choices ({', '.join(tags_in_use(db)) or '-'})"})
    if not ids:
        raise LetterError("no contact matches the saved search: nobody to write to")
    if len(ids) > MAX_LETTERS:
        raise ValidationError({"contacts": f"has {len(ids)} entries; at most {MAX_LETTERS}"})
    return ids


def tags_in_use(db: Database, limit: int = 30) -> list[str]:
    query = (
        select(Tag.name)
        .join(contact_tags, contact_tags.c.tag_id == Tag.id)
        .join(Contact, Contact.id == contact_tags.c.contact_id)
        .where(Contact.deleted_at.is_(None))
        .distinct()
        .order_by(Tag.name)
        .limit(limit)
    )
    with db.read() as session:
        return list(session.scalars(query))


def merge_rows(
    db: Database, contact_ids: list[int], today: str, user_id: int | None = None
) -> Iterator[dict[str, str]]:
    """The merge fields of each contact, in order, read one contact at a time (any number of letters)."""
    contacts, companies = ContactService(db, user_id), CompanyService(db, user_id)
    names: dict[int, str] = {}
    for contact_id in contact_ids:
        try:
            contact = contacts.get(contact_id)
        except NotFoundError:
            continue  # deleted meanwhile: no letter
        company = None
        if contact.company_id is not None:
            if contact.company_id not in names:
                try:
                    names[contact.company_id] = companies.get(contact.company_id).name
                except NotFoundError:
                    names[contact.company_id] = ""
            company = names[contact.company_id]
        yield contact_fields(contact, company, today)
