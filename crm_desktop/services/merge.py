"""Merging duplicate contacts or companies into one survivor, field by field, in one audited transaction.

Everything linked to the merged-away records moves to the survivor: emails, phones and addresses (those the
survivor already has stay behind, so no row is ever deleted), tags (added), activities, deals, documents,
appointment attendance and email links (contacts); people, activities, deals, emails, documents,
appointments and child companies (companies); custom field values the survivor lacks. The merged-away
records go to the Trash (restorable), and one ``merge`` audit entry on the survivor lists every moved row,
so the merge can be traced and undone by hand.

``MergeFlow`` is the dialog's state machine (choose the survivor, then a value per differing field), kept
here without Qt so it is tested directly (DESIGN.md: Electrum's wizards).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from sqlalchemy import func, insert, select, update
from sqlalchemy.orm import Session, selectinload

from crm_desktop.db.engine import Database
from crm_desktop.db.models import (
    Activity,
    Appointment,
    AuditEntry,
    Company,
    Contact,
    Document,
    EmailAddress,
    EmailMessage,
    Opportunity,
    PhoneNumber,
    User,
    appointment_attendees,
    email_contacts,
    utcnow,
)
from crm_desktop.errors import ConflictError, NotFoundError, ValidationError

from .people import CompanyService, ContactService

FIELDS = {
    "contacts": ("display_name", "prefix", "given_name", "middle_name", "family_name", "company_id", "job_title",
                 "lifecycle_stage", "owner_id", "birthday", "source", "notes", "is_private"),
    "companies": ("name", "parent_id", "industry", "website", "size", "notes", "owner_id", "is_private"),
}  # fmt: skip
MODELS = {"contacts": Contact, "companies": Company}
# Rows that point at the record through a foreign key: (what they are called, model, column).
LINKED = {
    "contacts": (("activities", Activity, "contact_id"), ("opportunities", Opportunity, "contact_id"),
                 ("documents", Document, "contact_id")),
    "companies": (("contacts", Contact, "company_id"), ("activities", Activity, "company_id"),
                  ("opportunities", Opportunity, "company_id"), ("emails", EmailMessage, "company_id"),
                  ("documents", Document, "company_id"), ("appointments", Appointment, "company_id"),
                  ("child_companies", Company, "parent_id")),
}  # fmt: skip
# Many-to-many links of contacts: (what they are called, table, the other side's column).
LINK_TABLES = (
    ("appointment_attendance", appointment_attendees, "appointment_id"),
    ("email_links", email_contacts, "email_id"),
)
CUSTOM = "custom_fields."  # field names "custom_fields.<key>" choose one custom value
MAX_RECORDS = 20


@dataclass(frozen=True)
class MergeRecord:
    id: int
    title: str
    version: int


@dataclass(frozen=True)
class FieldChoice:
    field: str  # a column name, or "custom_fields.<key>"
    values: tuple[Any, ...]  # one per record of the plan, in the plan's order
    texts: tuple[str, ...]  # the values as shown (names instead of ids)
    default: int  # index of the value kept unless chosen otherwise


@dataclass(frozen=True)
class MergePlan:
    entity: str
    records: tuple[MergeRecord, ...]  # the survivor first
    fields: tuple[FieldChoice, ...]  # only the fields whose values differ
    linked: dict[str, int]  # rows that will move to the survivor, by kind

    @property
    def survivor_id(self) -> int:
        return self.records[0].id


@dataclass(frozen=True)
class MergeResult:
    entity: str
    survivor_id: int
    merged_ids: tuple[int, ...]
    moved: dict[str, int]  # rows moved to the survivor, by kind


def _empty(value: Any) -> bool:
    return value is None or value == "" or value == {} or value == []


class MergeService:
    def __init__(self, db: Database, user_id: int | None = None):
        self.db = db
        self.user_id = user_id

    # ---- the plan ------------------------------------------------------------------------------------
    def plan(self, entity: str, record_ids: Sequence[int], survivor_id: int | None = None) -> MergePlan:
        """What merging ``record_ids`` would do; the survivor defaults to the oldest record."""
        ids = _check_ids(entity, record_ids)
        survivor_id = survivor_id if survivor_id is not None else min(ids)
        if survivor_id not in ids:
            raise ValidationError({"survivor_id": "must be one of the records being merged"})
        order = [survivor_id, *[i for i in ids if i != survivor_id]]
        with self.db.read() as session:
            objs = _load(session, entity, order)
            names = _reference_names(session, [objs[i] for i in order])
            choices = []
            for name in FIELDS[entity]:
                values = tuple(getattr(objs[i], name) for i in order)
                choices.append((name, values, tuple(_text(name, v, names) for v in values)))
            keys = dict.fromkeys(k for i in order for k in (objs[i].custom_fields or {}))
            for key in keys:
                values = tuple((objs[i].custom_fields or {}).get(key) for i in order)
                choices.append((CUSTOM + key, values, tuple("" if v is None else str(v) for v in values)))
            linked = _count_linked(session, entity, order[1:])
        fields = tuple(
            FieldChoice(name, values, texts, default_index(values))
            for name, values, texts in choices
            if len({repr(v) for v in values}) > 1
        )
        records = tuple(MergeRecord(i, _title(objs[i]), objs[i].version) for i in order)
        return MergePlan(entity, records, fields, linked)

    # ---- the merge -----------------------------------------------------------------------------------
    def merge(
        self,
        entity: str,
        survivor_id: int,
        other_ids: Iterable[int],
        choices: Mapping[str, int] | None = None,
        expected_versions: Mapping[int, int] | None = None,
    ) -> MergeResult:
        """Merge ``other_ids`` into ``survivor_id``. ``choices`` maps a field (or "custom_fields.<key>") to the
        id of the record whose value to keep; unnamed fields keep the survivor's value, or the first
        non-empty one of the others. ``expected_versions`` (id -> version) refuses a stale merge."""
        others = [i for i in dict.fromkeys(other_ids) if i != survivor_id]
        ids = _check_ids(entity, [survivor_id, *others])
        choices = dict(choices or {})
        for name, source in choices.items():
            if source not in ids:
                raise ValidationError({name: f"record {source} is not one of the records being merged"})
            if name not in FIELDS[entity] and not name.startswith(CUSTOM):
                raise ValidationError({name: f"is not a field of {entity}"})

        def work(session: Session) -> MergeResult:
            objs = _load(session, entity, ids)
            for record_id, version in (expected_versions or {}).items():
                if record_id in objs and objs[record_id].version != version:
                    raise ConflictError(entity[:-1], record_id, version, objs[record_id].version)
            survivor, merged = objs[survivor_id], [objs[i] for i in others]
            service = (ContactService if entity == "contacts" else CompanyService)(self.db, self.user_id)
            _take_values(session, service, survivor, merged, objs, choices)
            moved = _move_points(survivor, merged, entity)
            moved.update(_move_linked(session, entity, survivor_id, others))
            now = utcnow()
            for obj in merged:
                obj.deleted_at = now  # to the Trash: restorable
            session.flush()
            session.execute(
                insert(AuditEntry).values(
                    at=now, user_id=session.info.get("user_id"), entity=MODELS[entity].__tablename__,
                    entity_id=survivor_id, action="merge", changes={"merged": others, "moved": moved},
                )
            )  # fmt: skip
            return MergeResult(entity, survivor_id, tuple(others), {k: len(v) for k, v in moved.items() if v})

        return self.db.run_write(work, self.user_id)


def default_index(values: Sequence[Any]) -> int:
    """The survivor's value (index 0) unless empty, else the first non-empty one."""
    return next((i for i, v in enumerate(values) if not _empty(v)), 0)


def _check_ids(entity: str, record_ids: Sequence[int]) -> list[int]:
    if entity not in MODELS:
        raise ValidationError({"entity": "only contacts and companies can be merged"})
    ids = list(dict.fromkeys(int(i) for i in record_ids))
    if len(ids) < 2:
        raise ValidationError({"record_ids": "choose at least two records to merge"})
    if len(ids) > MAX_RECORDS:
        raise ValidationError({"record_ids": f"at most {MAX_RECORDS} records at once"})
    return ids


def _load(session: Session, entity: str, ids: Sequence[int]) -> dict[int, Any]:
    model = MODELS[entity]
    children = [selectinload(getattr(model, c)) for c in ("emails", "phones", "addresses", "tags")]
    objs = {o.id: o for o in session.scalars(select(model).where(model.id.in_(ids)).options(*children))}
    for record_id in ids:
        if record_id not in objs or objs[record_id].deleted_at is not None:
            raise NotFoundError(entity[:-1], record_id)
    return objs


def _title(obj: Any) -> str:
    return obj.display_name if isinstance(obj, Contact) else obj.name


def _reference_names(session: Session, objs: list[Any]) -> dict[tuple[str, int], str]:
    wanted = {
        "company_id": {o.company_id for o in objs if getattr(o, "company_id", None)},
        "parent_id": {o.parent_id for o in objs if getattr(o, "parent_id", None)},
        "owner_id": {o.owner_id for o in objs if o.owner_id},
    }
    names: dict[tuple[str, int], str] = {}
    companies = wanted["company_id"] | wanted["parent_id"]
    if companies:
        for id_, name in session.execute(select(Company.id, Company.name).where(Company.id.in_(companies))):
            names["company_id", id_] = names["parent_id", id_] = name
    if wanted["owner_id"]:
        query = select(User.id, User.display_name).where(User.id.in_(wanted["owner_id"]))
        names.update((("owner_id", id_), name) for id_, name in session.execute(query))
    return names


def _text(name: str, value: Any, names: dict[tuple[str, int], str]) -> str:
    if value is None:
        return ""
    if (name, value) in names:
        return names[name, value]
    if isinstance(value, bool):
        return "yes" if value else "no"
    return value.isoformat() if hasattr(value, "isoformat") else str(value)


def _count_linked(session: Session, entity: str, others: list[int]) -> dict[str, int]:
    queries = [(kind, select(func.count()).where(getattr(m, c).in_(others))) for kind, m, c in LINKED[entity]]
    if entity == "contacts":
        queries += [(kind, select(func.count()).where(t.c.contact_id.in_(others))) for kind, t, _ in LINK_TABLES]
    owner = "contact_id" if entity == "contacts" else "company_id"
    for kind, model in (("email_addresses", EmailAddress), ("phone_numbers", PhoneNumber)):
        queries.append((kind, select(func.count()).where(getattr(model, owner).in_(others))))
    counts = {kind: session.scalar(query) or 0 for kind, query in queries}
    return {kind: count for kind, count in counts.items() if count}


def _take_values(
    session: Session,
    service: ContactService | CompanyService,
    survivor: Any,
    merged: list[Any],
    objs: dict[int, Any],
    choices: dict[str, int],
) -> None:
    entity = "contacts" if isinstance(survivor, Contact) else "companies"
    order = [survivor, *merged]
    values: dict[str, Any] = {}
    for name in FIELDS[entity]:
        source = objs[choices[name]] if name in choices else order[default_index([getattr(o, name) for o in order])]
        if getattr(source, name) != getattr(survivor, name):
            values[name] = getattr(source, name)
    if entity == "companies" and (values.get("parent_id", survivor.parent_id) in objs):
        values["parent_id"] = None  # a company cannot become its own parent through a merge
    custom: dict[str, Any] = {}
    for obj in reversed(order):
        custom.update({k: v for k, v in (obj.custom_fields or {}).items() if not _empty(v)})
    for name, source in choices.items():
        if name.startswith(CUSTOM):
            key = name[len(CUSTOM) :]
            value = (objs[source].custom_fields or {}).get(key)
            if _empty(value):
                custom.pop(key, None)
            else:
                custom[key] = value
    if custom != (survivor.custom_fields or {}):
        survivor.custom_fields = custom
    last = [o.last_contacted_at for o in order if getattr(o, "last_contacted_at", None)]
    if last and max(last) != survivor.last_contacted_at:
        survivor.last_contacted_at = max(last)
    service._apply(session, survivor, values, creating=False)  # the form's validation and derived columns


def _point_key(kind: str, point: Any) -> Any:
    if kind == "emails":
        return point.address_norm
    if kind == "phones":
        return point.e164 or point.raw
    return (point.street, point.city, point.region, point.postal_code, point.country)


def _move_points(survivor: Any, merged: list[Any], entity: str) -> dict[str, list[int]]:
    """Emails, phones and addresses the survivor lacks move over (not primary); duplicates stay behind.
    Tags are added to the survivor's."""
    owner = "contact_id" if entity == "contacts" else "company_id"
    moved: dict[str, list[int]] = {}
    for kind in ("emails", "phones", "addresses"):
        have = {_point_key(kind, p) for p in getattr(survivor, kind)}
        position = max((p.position for p in getattr(survivor, kind)), default=-1) + 1
        ids = []
        for obj in merged:
            for point in getattr(obj, kind):
                key = _point_key(kind, point)
                if key in have:
                    continue
                have.add(key)
                setattr(point, owner, survivor.id)
                point.is_primary = not getattr(survivor, kind) and not ids
                point.position, position = position, position + 1
                ids.append(point.id)
        moved[kind] = ids
    added = []
    for obj in merged:
        added += [t for t in obj.tags if t not in survivor.tags and t not in added]
    if added:
        survivor.tags = [*survivor.tags, *added]
    moved["tags"] = [t.id for t in added]
    return moved


def _move_linked(session: Session, entity: str, survivor_id: int, others: list[int]) -> dict[str, list[int]]:
    moved: dict[str, list[int]] = {}
    merging = [survivor_id, *others]
    for kind, model, column in LINKED[entity]:
        query = select(model).where(getattr(model, column).in_(others))
        if model is MODELS[entity]:
            query = query.where(model.id.not_in(merging))  # the survivor never becomes its own parent
        rows = list(session.scalars(query))
        for row in rows:
            setattr(row, column, survivor_id)  # through the ORM: versioned, audited, re-indexed
        moved[kind] = [row.id for row in rows]
    if entity == "contacts":
        for kind, table, other in LINK_TABLES:
            moved[kind] = _move_links(session, table, table.c[other], survivor_id, others)
    return moved


def _move_links(session: Session, table: Any, other: Any, survivor_id: int, others: list[int]) -> list[int]:
    """Re-point many-to-many rows; a link the survivor already has stays with the merged-away record."""
    held = set(session.scalars(select(other).where(table.c.contact_id == survivor_id)))
    moved = []
    for target, contact in session.execute(select(other, table.c.contact_id).where(table.c.contact_id.in_(others))):
        if target in held:
            continue
        held.add(target)
        session.execute(
            update(table).where(other == target, table.c.contact_id == contact).values(contact_id=survivor_id)
        )
        moved.append(target)
    return moved


class MergeFlow:
    """The merge dialog's state: survivor, then one chosen record per differing field (no Qt here)."""

    def __init__(self, service: MergeService, entity: str, record_ids: Sequence[int]):
        self.service, self.entity, self.record_ids = service, entity, list(record_ids)
        self.plan = service.plan(entity, self.record_ids)
        self.choices: dict[str, int] = {}
        self._defaults()

    def _defaults(self) -> None:
        self.choices = {f.field: self.plan.records[f.default].id for f in self.plan.fields}

    def set_survivor(self, record_id: int) -> None:
        self.plan = self.service.plan(self.entity, self.record_ids, survivor_id=record_id)
        self._defaults()

    def choose(self, field_name: str, record_id: int) -> None:
        if field_name not in {f.field for f in self.plan.fields}:
            raise ValidationError({field_name: "has the same value in every record"})
        if record_id not in {r.id for r in self.plan.records}:
            raise ValidationError({field_name: f"record {record_id} is not being merged"})
        self.choices[field_name] = record_id

    def value(self, field_name: str) -> str:
        """The value that will be kept, as shown."""
        choice = next(f for f in self.plan.fields if f.field == field_name)
        index = [r.id for r in self.plan.records].index(self.choices[field_name])
        return choice.texts[index]

    def finish(self) -> MergeResult:
        versions = {r.id: r.version for r in self.plan.records}
        others = [r.id for r in self.plan.records[1:]]
        return self.service.merge(self.entity, self.plan.survivor_id, others, self.choices, versions)
