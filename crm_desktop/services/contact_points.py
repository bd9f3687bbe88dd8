"""Emails, phones, addresses and tags of contacts and companies: written as whole lists, like a form does."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.models import Contact, EmailAddress, PhoneNumber, PostalAddress, Tag
from crm_desktop.text.normalize import normalize_for_search

from .dto import AddressDTO, EmailDTO, PhoneDTO
from .settings import phone_region
from .validation import FieldErrors, clean_text

MAX_POINTS = 50  # per kind and record: more is a malformed file, not a person


def _items(value: Any, field: str, key: str, errors: FieldErrors) -> list[dict[str, Any]] | None:
    """Accept a list of strings or of dicts (``{key: ..., "label": ..., "is_primary": ...}``)."""
    if value is None:
        return []
    if isinstance(value, str | dict):
        value = [value]
    if not isinstance(value, list | tuple):
        errors.add(field, "must be a list")
        return None
    if len(value) > MAX_POINTS:
        errors.add(field, f"has {len(value)} entries; at most {MAX_POINTS}")
        return None
    items = []
    for item in value:
        items.append({key: item} if isinstance(item, str) else dict(item))
    return items


def _label_and_primary(item: dict[str, Any], index: int, field: str, errors: FieldErrors) -> tuple[str, bool]:
    label = clean_text(item.get("label"), f"{field}[{index}].label", 50, errors) or ""
    return label, bool(item.get("is_primary", False))


def _ensure_one_primary(points: list[Any]) -> None:
    if points and not any(p.is_primary for p in points):
        points[0].is_primary = True
    seen = False
    for point in points:
        point.is_primary = point.is_primary and not seen
        seen = seen or point.is_primary


def build_emails(value: Any, errors: FieldErrors, field: str = "emails") -> list[EmailAddress] | None:
    from .validation import normalize_email

    items = _items(value, field, "address", errors)
    if items is None:
        return None
    result = []
    for i, item in enumerate(items):
        checked = normalize_email(item.get("address"), f"{field}[{i}]", errors)
        label, primary = _label_and_primary(item, i, field, errors)
        if checked:
            result.append(
                EmailAddress(address=checked[0], address_norm=checked[1], label=label, is_primary=primary, position=i)
            )
    _ensure_one_primary(result)
    return result


def build_phones(session: Session, value: Any, errors: FieldErrors, field: str = "phones") -> list[PhoneNumber] | None:
    from .validation import normalize_phone

    items = _items(value, field, "number", errors)
    if items is None:
        return None
    region = phone_region(session) if items else None
    result = []
    for i, item in enumerate(items):
        checked = normalize_phone(item.get("number", item.get("raw")), f"{field}[{i}]", region, errors)
        label, primary = _label_and_primary(item, i, field, errors)
        if checked:
            result.append(PhoneNumber(raw=checked[0], e164=checked[1], label=label, is_primary=primary, position=i))
    _ensure_one_primary(result)
    return result


_ADDRESS_LIMITS = {"street": 500, "city": 200, "region": 200, "postal_code": 40}


def build_addresses(value: Any, errors: FieldErrors, field: str = "addresses") -> list[PostalAddress] | None:
    items = _items(value, field, "street", errors)
    if items is None:
        return None
    result = []
    for i, item in enumerate(items):
        parts = {k: clean_text(item.get(k), f"{field}[{i}].{k}", n, errors) for k, n in _ADDRESS_LIMITS.items()}
        country = clean_text(item.get("country"), f"{field}[{i}].country", 2, errors)
        if country and not (country.isascii() and country.isalpha()):
            errors.add(f"{field}[{i}].country", "must be a two-letter ISO country code, e.g. IR, SA, DE")
        label, primary = _label_and_primary(item, i, field, errors)
        if any(parts.values()) or country:
            result.append(
                PostalAddress(
                    **parts, country=country.upper() if country else None, label=label, is_primary=primary, position=i
                )
            )
    _ensure_one_primary(result)
    return result


def resolve_tags(session: Session, value: Any, errors: FieldErrors, field: str = "tags") -> list[Tag] | None:
    """Tag names to Tag rows, creating the missing ones; names match in any script or case."""
    if value is None:
        return []
    if isinstance(value, str):
        value = [value]
    tags: dict[str, Tag] = {}
    for i, name in enumerate(value):
        text = clean_text(name, f"{field}[{i}]", 100, errors, required=True)
        if not text:
            continue
        key = normalize_for_search(text)
        if key in tags:
            continue
        tag = session.scalars(select(Tag).where(Tag.name_search == key)).one_or_none()
        if tag is None:
            tag = Tag(name=text, name_search=key)
            session.add(tag)
        tags[key] = tag
    return list(tags.values())


def points_to_dto(obj: Any) -> dict[str, Any]:
    return {
        "emails": tuple(EmailDTO(address=e.address, label=e.label, is_primary=e.is_primary) for e in obj.emails),
        "phones": tuple(PhoneDTO(raw=p.raw, e164=p.e164, label=p.label, is_primary=p.is_primary) for p in obj.phones),
        "addresses": tuple(
            AddressDTO(
                street=a.street,
                city=a.city,
                region=a.region,
                postal_code=a.postal_code,
                country=a.country,
                label=a.label,
                is_primary=a.is_primary,
            )
            for a in obj.addresses
        ),
        "tags": tuple(sorted(t.name for t in obj.tags)),
    }


def apply_point(session: Session, obj: Any, name: str, value: Any, errors: FieldErrors) -> bool:
    """Write one of emails/phones/addresses/tags onto ``obj``; False if ``name`` is none of them."""
    builders = {
        "emails": lambda: build_emails(value, errors),
        "phones": lambda: build_phones(session, value, errors),
        "addresses": lambda: build_addresses(value, errors),
        "tags": lambda: resolve_tags(session, value, errors),
    }
    if name not in builders:
        return False
    built = builders[name]()
    if built is not None:
        setattr(obj, name, built)
    return True


MAX_LINKED_CONTACTS = 500


def resolve_contacts(session: Session, value: Any, field: str, errors: FieldErrors) -> list[Contact] | None:
    """Contact ids (attendees, people on an email) to Contact rows; unknown ids are a field error."""
    ids = list(dict.fromkeys(value or []))
    if len(ids) > MAX_LINKED_CONTACTS or not all(isinstance(i, int) and not isinstance(i, bool) for i in ids):
        errors.add(field, f"must be a list of at most {MAX_LINKED_CONTACTS} contact ids")
        return None
    found = list(session.scalars(select(Contact).where(Contact.id.in_(ids)))) if ids else []
    missing = set(ids) - {c.id for c in found}
    if missing:
        errors.add(field, f"no contact with id {', '.join(map(str, sorted(missing)))}")
    return found
