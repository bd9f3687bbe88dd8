"""Custom field definitions, and a record's values checked against them."""

from __future__ import annotations

from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

import pytest
from sqlalchemy import select
from sqlalchemy.orm import Session

from crm_desktop.db.engine import Database
from crm_desktop.db.models import Contact, CustomFieldDefinition
from crm_desktop.errors import NotFoundError, ValidationError
from crm_desktop.services.custom_fields import (
    CustomFieldService,
    check_custom_fields,
    derive_key,
    validate_custom_values,
)
from crm_desktop.services.dto import CustomFieldDTO
from crm_desktop.services.people import ContactService
from crm_desktop.services.validation import FieldErrors


def _stored(db: Database) -> list[tuple[str, str, str, str, list, int]]:
    with db.read() as session:
        rows = session.scalars(select(CustomFieldDefinition).order_by(CustomFieldDefinition.id))
        return [(r.entity, r.key, r.label, r.field_type, r.choices, r.position) for r in rows]


def test_create_derives_keys_and_lists_in_form_order(db: Database) -> None:
    fields = CustomFieldService(db)
    since = fields.create("contacts", "Customer since", "date")
    size = fields.create("contacts", " Größe ", "number")
    kind = fields.create("contacts", "نوع مشتری", "choice", choices=["طلایی", " ", "نقره‌ای", "طلايي"])
    code = fields.create("contacts", "کد اشتراک", "text")
    again = fields.create("contacts", "Größe", "text")
    other = fields.create("companies", "Customer since", "date")

    assert [f.key for f in (since, size, kind, code, again)] == [
        "customer_since",
        "grosse",
        "field_3",
        "field_4",
        "grosse_2",
    ]
    assert kind.choices == ("طلایی", "نقره‌ای")  # blank row and the Arabic-yeh repeat dropped
    assert [f.id for f in fields.list("contacts")] == [since.id, size.id, kind.id, code.id, again.id]
    assert [f.id for f in fields.list("companies")] == [other.id]
    assert len(fields.list()) == 6
    assert fields.get(kind.id) == kind
    assert _stored(db) == [
        ("contacts", "customer_since", "Customer since", "date", [], 0),
        ("contacts", "grosse", "Größe", "number", [], 1),
        ("contacts", "field_3", "نوع مشتری", "choice", ["طلایی", "نقره‌ای"], 2),
        ("contacts", "field_4", "کد اشتراک", "text", [], 3),
        ("contacts", "grosse_2", "Größe", "text", [], 4),
        ("companies", "customer_since", "Customer since", "date", [], 0),
    ]


@pytest.mark.parametrize(
    ("label", "taken", "key"),
    [
        ("Customer since", set(), "customer_since"),
        ("  E-Mail (work)!  ", set(), "e_mail_work"),
        ("Café Owner", set(), "cafe_owner"),
        ("2nd phone", set(), "field_2nd_phone"),
        ("Size", {"size", "size_2"}, "size_3"),
        ("x" * 80, {"x" * 50}, "x" * 48 + "_2"),
        ("تاریخ تولد", set(), "field_1"),
        ("۱۴۰۴", {"a", "field_7"}, "field_8"),
        ("Ø", set(), "field_1"),
    ],
)
def test_derive_key(label: str, taken: set[str], key: str) -> None:
    assert derive_key(label, taken) == key


@pytest.mark.parametrize(
    ("kwargs", "field"),
    [
        ({"entity": "deals", "label": "A", "field_type": "text"}, "entity"),
        ({"entity": "contacts", "label": " ", "field_type": "text"}, "label"),
        ({"entity": "contacts", "label": "x" * 201, "field_type": "text"}, "label"),
        ({"entity": "contacts", "label": "A\x00", "field_type": "text"}, "label"),
        ({"entity": "contacts", "label": "A", "field_type": "boolean"}, "field_type"),
        ({"entity": "contacts", "label": "A", "field_type": "choice"}, "choices"),
        ({"entity": "contacts", "label": "A", "field_type": "choice", "choices": ["", "  "]}, "choices"),
        ({"entity": "contacts", "label": "A", "field_type": "choice", "choices": "Gold"}, "choices"),
        (
            {"entity": "contacts", "label": "A", "field_type": "choice", "choices": list(map(str, range(101)))},
            "choices",
        ),
        ({"entity": "contacts", "label": "A", "field_type": "choice", "choices": ["ok", "x" * 201]}, "choices"),
        ({"entity": "contacts", "label": "A", "field_type": "text", "choices": ["Gold"]}, "choices"),
        ({"entity": "contacts", "label": "A", "field_type": "text", "key": "Bad Key"}, "key"),
        ({"entity": "contacts", "label": "A", "field_type": "text", "key": "1st"}, "key"),
        ({"entity": "contacts", "label": "A", "field_type": "text", "key": "size"}, "key"),  # taken
    ],
)
def test_invalid_definitions_are_refused(db: Database, kwargs: dict, field: str) -> None:
    CustomFieldService(db).create("contacts", "Size", "number")
    with pytest.raises(ValidationError) as raised:
        CustomFieldService(db).create(**kwargs)
    assert field in raised.value.errors
    assert len(_stored(db)) == 1


def test_update_and_delete(db: Database) -> None:
    fields = CustomFieldService(db)
    tier = fields.create("contacts", "Tier", "choice", choices=["Gold", "Silver"], key="tier")
    note = fields.create("contacts", "Note", "text")

    changed = fields.update(tier.id, label="سطح", choices=["Gold", "Silver", "Bronze"], position=5)
    assert (changed.label, changed.choices, changed.position, changed.key) == (
        "سطح",
        ("Gold", "Silver", "Bronze"),
        5,
        "tier",
    )
    for bad, field in [
        ({"choices": []}, "choices"),
        ({"label": ""}, "label"),
        ({"position": -1}, "position"),
        ({"position": "first"}, "position"),
    ]:
        with pytest.raises(ValidationError) as raised:
            fields.update(tier.id, **bad)
        assert field in raised.value.errors
    with pytest.raises(ValidationError) as raised:
        fields.update(note.id, choices=["a"])
    assert "choices" in raised.value.errors
    assert _stored(db)[0] == ("contacts", "tier", "سطح", "choice", ["Gold", "Silver", "Bronze"], 5)
    assert [f.id for f in fields.list("contacts")] == [note.id, tier.id]

    fields.delete(tier.id)
    assert [row[1] for row in _stored(db)] == ["note"]
    with pytest.raises(NotFoundError):
        fields.delete(tier.id)
    with pytest.raises(NotFoundError):
        fields.update(tier.id, label="x")


# ---- values ------------------------------------------------------------------------------------------
def _definition(key: str, field_type: str, choices: tuple[str, ...] = ()) -> CustomFieldDTO:
    return CustomFieldDTO(
        id=1, entity="contacts", key=key, label=key, field_type=field_type, choices=choices, position=0
    )


DEFINITIONS = [
    _definition("budget", "number"),
    _definition("since", "date"),
    _definition("tier", "choice", ("VIP", "عادي")),
    _definition("code", "text"),
]


@pytest.mark.parametrize(
    ("key", "value", "stored"),
    [
        ("budget", 42, 42),
        ("budget", 2.5, 2.5),
        ("budget", Decimal("3.50"), 3.5),
        ("budget", Decimal("7"), 7),
        ("budget", " ۱۲۰۰ ", 1200),
        ("budget", "١٢٫٥", 12.5),
        ("budget", "١٬٢٣٤", 1234),
        ("budget", "1,234,567.5", 1234567.5),
        ("budget", "-0.25", -0.25),
        ("budget", "1e3", 1000.0),
        ("since", "2026-01-31", "2026-01-31"),
        ("since", "۲۰۲۶-۰۱-۳۱", "2026-01-31"),
        ("since", "2026-01-31T10:00:00+03:30", "2026-01-31"),
        ("since", date(2025, 12, 1), "2025-12-01"),
        ("since", datetime(2025, 12, 1, 23, tzinfo=UTC), "2025-12-01"),
        ("tier", "VIP", "VIP"),
        ("tier", " vip ", "VIP"),
        ("tier", "عادی", "عادي"),  # Persian yeh typed, the defined Arabic spelling stored
        ("code", "  A-17 ", "A-17"),
        ("code", 12345, "12345"),
        ("legacy_id", "X-9", "X-9"),  # no definition: kept as it is
        ("legacy_date", date(2020, 5, 1), "2020-05-01"),
        ("legacy_list", [1, "a", None], [1, "a", None]),
    ],
)
def test_values_are_stored_in_their_clean_form(key: str, value: Any, stored: Any) -> None:
    errors = FieldErrors()
    assert validate_custom_values(DEFINITIONS, {key: value}, errors) == {key: stored}
    assert errors.errors == {}


@pytest.mark.parametrize(
    ("key", "value"),
    [
        ("budget", "1,5"),  # a decimal comma or a typo: refused, never guessed
        ("budget", "12 kg"),
        ("budget", True),
        ("budget", "nan"),
        ("budget", float("inf")),
        ("budget", Decimal("Infinity")),
        ("budget", 2**63),
        ("budget", "9" * 5000),
        ("budget", [1]),
        ("since", "31/01/2026"),
        ("since", 20260131),
        ("tier", "Gold"),
        ("tier", ["VIP"]),
        ("code", "x" * 2001),
        ("code", "a\x00b"),
        ("code", {"a": 1}),
        ("legacy", object()),
    ],
)
def test_invalid_values_name_their_field(key: str, value: Any) -> None:
    errors = FieldErrors()
    cleaned = validate_custom_values(DEFINITIONS, {key: value, "other": "kept"}, errors)
    assert cleaned == {"other": "kept"}
    assert list(errors.errors) == [f"custom_fields.{key}"]


def test_empty_values_clear_and_unchanged_values_are_not_rechecked() -> None:
    errors = FieldErrors()
    values = {"budget": None, "since": "  ", "tier": "", "code": "", "legacy": None}
    assert validate_custom_values(DEFINITIONS, values, errors) == {"legacy": None}
    assert validate_custom_values(DEFINITIONS, None, errors) == {}
    assert errors.errors == {}

    # "Gold" was a choice once; the record keeps it until someone changes the field.
    old = {"tier": "Gold", "budget": 5}
    assert validate_custom_values(DEFINITIONS, {"tier": "Gold", "budget": 6}, errors, previous=old) == {
        "tier": "Gold",
        "budget": 6,
    }
    assert validate_custom_values(DEFINITIONS, {"tier": "Silver"}, errors, previous=old) == {}
    assert "custom_fields.tier" in errors.errors

    errors = FieldErrors()
    validate_custom_values(DEFINITIONS, ["budget", 1], errors)
    assert "custom_fields" in errors.errors


class _WiredContacts(ContactService):
    """ContactService with the one-line hook its ``_derive`` is meant to call."""

    def _derive(self, session: Session, obj: Contact, errors: FieldErrors) -> None:
        super()._derive(session, obj, errors)
        check_custom_fields(session, obj, "contacts", errors)


def _custom(db: Database, contact_id: int) -> dict:
    with db.read() as session:
        return session.scalars(select(Contact.custom_fields).where(Contact.id == contact_id)).one()


def test_contact_values_checked_through_the_derive_hook(db: Database) -> None:
    fields = CustomFieldService(db)
    fields.create("contacts", "Budget", "number")
    tier = fields.create("contacts", "Tier", "choice", choices=["Gold", "Silver"])
    contacts = _WiredContacts(db)

    ali = contacts.create({"display_name": "Ali", "custom_fields": {"budget": "۱۲۰۰", "tier": "gold", "legacy": "x"}})
    assert _custom(db, ali.id) == {"budget": 1200, "tier": "Gold", "legacy": "x"}
    assert ali.custom_fields == {"budget": 1200, "tier": "Gold", "legacy": "x"}
    assert _custom(db, contacts.create({"display_name": "No fields"}).id) == {}

    with pytest.raises(ValidationError) as raised:
        contacts.create({"display_name": "Bad", "custom_fields": {"budget": "lots", "tier": "Bronze"}})
    assert {"custom_fields.budget", "custom_fields.tier"} <= raised.value.errors.keys()
    assert len(contacts.list()) == 2

    fields.update(tier.id, choices=["Silver"])  # "Gold" is no longer offered
    ali = contacts.update(ali.id, ali.version, {"job_title": "Manager"})
    ali = contacts.update(ali.id, ali.version, {"custom_fields": {"budget": 900, "tier": "Gold", "legacy": "x"}})
    assert _custom(db, ali.id) == {"budget": 900, "tier": "Gold", "legacy": "x"}
    with pytest.raises(ValidationError) as raised:
        contacts.update(ali.id, ali.version, {"custom_fields": {"tier": "Gold", "budget": "۱٫۵ million"}})
    assert list(raised.value.errors) == ["custom_fields.budget"]
    contacts.update(ali.id, ali.version, {"custom_fields": None})
    assert _custom(db, ali.id) == {}
