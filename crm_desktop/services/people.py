"""Contacts, companies and users."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from sqlalchemy import ColumnElement, exists, select
from sqlalchemy.orm import Session

from crm_desktop.db.models import LIFECYCLE_STAGES, USER_ROLES, Blob, Company, Contact, Tag, User
from crm_desktop.text.normalize import normalize_for_search
from crm_desktop.text.sorting import sort_key

from .auth import AdminOnlyUsers
from .contact_points import apply_point, points_to_dto, resolve_tags
from .crud import CrudService
from .custom_fields import check_custom_fields
from .dto import CompanyDTO, ContactDTO, UserDTO
from .validation import FieldErrors

_POINTS = ("emails", "phones", "addresses", "tags")
_NAME_ORDER = ("prefix", "given_name", "middle_name", "family_name")
_NAME_PARTS = set(_NAME_ORDER)


class _WithContactPoints:
    def _apply_special(self, session: Session, obj: Any, name: str, value: Any, errors: FieldErrors) -> None:
        if not apply_point(session, obj, name, value, errors):
            super()._apply_special(session, obj, name, value, errors)  # type: ignore[misc]

    def _extra_dto_fields(self, obj: Any) -> dict[str, Any]:
        return points_to_dto(obj)

    def add_tag(self, record_ids: list[int], tag: str) -> int:
        """Add one tag to many records (keeping their other tags), in one transaction."""

        def work(session: Session) -> int:
            errors = FieldErrors()
            resolved = resolve_tags(session, [tag], errors)
            errors.raise_if_any()
            for record_id in record_ids:
                obj = self._load(session, record_id)  # type: ignore[attr-defined]
                if resolved and resolved[0] not in obj.tags:
                    obj.tags.append(resolved[0])
            session.flush()
            return len(record_ids)

        return self.db.run_write(work, self.user_id)  # type: ignore[attr-defined]

    def _filter_conditions(self, filters: Mapping[str, Any]) -> Iterable[ColumnElement[bool]]:
        rest = dict(filters)
        text = rest.pop("query", None)
        tag = rest.pop("tag", None)
        model = self.model  # type: ignore[attr-defined]
        if text:
            # Contains-match on the normalised name; the FTS index of the search issue replaces this.
            yield model.name_search.contains(normalize_for_search(text), autoescape=True)
        if tag:
            yield model.tags.any(Tag.name_search == normalize_for_search(tag))
        yield from super()._filter_conditions(rest)  # type: ignore[misc]


class ContactService(_WithContactPoints, CrudService[Contact, ContactDTO]):
    model = Contact
    dto = ContactDTO
    entity = "contact"
    children = _POINTS
    sort_column = "sort_key"

    def _apply(self, session: Session, obj: Contact, values: Mapping[str, Any], *, creating: bool) -> None:
        # A name that was built from its parts follows them when they change; a typed one stays.
        renamed = _NAME_PARTS & values.keys() and "display_name" not in values
        if renamed and not creating and obj.display_name == display_name_from_parts(obj):
            obj.display_name = ""  # rebuilt from the new parts in _derive
        super()._apply(session, obj, values, creating=creating)

    def _apply_special(self, session: Session, obj: Any, name: str, value: Any, errors: FieldErrors) -> None:
        if name == "photo":
            digest = store_photo(session, value, errors)
            if "photo" not in errors.errors:
                obj.photo_sha256 = digest
            return
        super()._apply_special(session, obj, name, value, errors)

    def photo(self, contact_id: int) -> bytes | None:
        """The contact's photo bytes (kept out of ContactDTO so lists never carry images)."""
        query = select(Blob.data).join(Contact, Contact.photo_sha256 == Blob.sha256).where(Contact.id == contact_id)
        with self.db.read() as session:
            return session.scalar(query)

    def _derive(self, session: Session, obj: Contact, errors: FieldErrors) -> None:
        check_custom_fields(session, obj, "contacts", errors)
        if obj.lifecycle_stage and obj.lifecycle_stage not in LIFECYCLE_STAGES:
            errors.add("lifecycle_stage", f"must be one of {', '.join(LIFECYCLE_STAGES)}")
        name = obj.display_name or display_name_from_parts(obj)
        if not name:
            fallback = obj.emails[0].address if obj.emails else obj.phones[0].raw if obj.phones else None
            name = fallback
        if not name:
            # An invalid email or phone already explains why there is no name to fall back on.
            if not any(key.split("[")[0] in ("display_name", "emails", "phones") for key in errors.errors):
                errors.add("display_name", "a contact needs a name, an email address or a phone number")
            return
        obj.display_name = name
        obj.name_search = normalize_for_search(name)
        obj.sort_key = sort_key(name)

    def page_key(self, dto: ContactDTO) -> tuple[Any, int]:
        return sort_key(dto.display_name), dto.id


MAX_PHOTO_BYTES = 5 * 1024 * 1024  # as services/bulk.py: the form stores photos scaled to 512 px anyway
_IMAGE_MAGIC = (b"\x89PNG\r\n\x1a\n", b"\xff\xd8\xff", b"GIF87a", b"GIF89a", b"BM", b"RIFF")


def store_photo(session: Session, value: Any, errors: FieldErrors) -> str | None:
    """A photo's bytes stored once as a blob (content-addressed); None clears the photo."""
    if value is None or value == b"":
        return None
    if not isinstance(value, bytes | bytearray) or not bytes(value).startswith(_IMAGE_MAGIC):
        errors.add("photo", "must be a PNG, JPEG, GIF, BMP or WebP image")
        return None
    if len(value) > MAX_PHOTO_BYTES:
        errors.add("photo", f"is {len(value):,} bytes; at most {MAX_PHOTO_BYTES:,}")
        return None
    data = bytes(value)
    digest = hashlib.sha256(data).hexdigest()
    if session.get(Blob, digest) is None:
        session.add(Blob(sha256=digest, size=len(data), data=data))
        session.flush()
    return digest


def display_name_from_parts(obj: Any) -> str:
    return join_name_parts({part: getattr(obj, part) for part in _NAME_ORDER})


def join_name_parts(parts: Mapping[str, Any]) -> str:
    """'Dr. Ali Reza Rezaei' from the parts that are filled in."""
    return " ".join(parts[p] for p in _NAME_ORDER if parts.get(p))


class CompanyService(_WithContactPoints, CrudService[Company, CompanyDTO]):
    model = Company
    dto = CompanyDTO
    entity = "company"
    children = _POINTS
    sort_column = "sort_key"

    def _derive(self, session: Session, obj: Company, errors: FieldErrors) -> None:
        check_custom_fields(session, obj, "companies", errors)
        if obj.name:
            obj.name_search = normalize_for_search(obj.name)
            obj.sort_key = sort_key(obj.name)
        if obj.parent_id is not None and obj.id is not None and self._parent_cycle(session, obj):
            errors.add("parent_id", "a company cannot be its own parent, directly or through others")

    @staticmethod
    def _parent_cycle(session: Session, obj: Company) -> bool:
        seen, current = {obj.id}, obj.parent_id
        while current is not None:
            if current in seen:
                return True
            seen.add(current)
            current = session.scalar(select(Company.parent_id).where(Company.id == current))
        return False

    def page_key(self, dto: CompanyDTO) -> tuple[Any, int]:
        return sort_key(dto.name), dto.id

    def people(self, company_id: int) -> list[ContactDTO]:
        return ContactService(self.db, self.user_id).list(filters={"company_id": company_id}, limit=10_000)


class UserService(AdminOnlyUsers, CrudService[User, UserDTO]):  # admins manage users (services/auth.py)
    model = User
    dto = UserDTO
    entity = "user"
    sort_column = "login"

    def _derive(self, session: Session, obj: User, errors: FieldErrors) -> None:
        if obj.role not in USER_ROLES:
            errors.add("role", f"must be one of {', '.join(USER_ROLES)}")
        if obj.login:
            obj.login = obj.login.lower()
            duplicate = select(User.id).where(User.login == obj.login)
            if obj.id is not None:
                duplicate = duplicate.where(User.id != obj.id)
            if session.scalar(select(exists(duplicate))):
                errors.add("login", f"{obj.login!r} is already taken")

    def by_login(self, login: str) -> UserDTO | None:
        with self.db.read() as session:
            user = session.scalars(select(User).where(User.login == login.lower())).one_or_none()
            return self._to_dto(user) if user else None
