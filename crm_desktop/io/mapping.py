"""Which contact field each column fills: suggestions from the header, user changes, saved presets.

A column's target is ``Target(field, label, group)``: ``field`` is a contact field (or "" to ignore),
``label`` the email/phone/address label its values get (work, home, mobile, ...), and ``group`` ties
columns together: Google's "E-mail 2 - Label" labels "E-mail 2 - Value", and Outlook's "Home Street",
"Home City" and "Home Postal Code" make one address.

Suggestions know the headers of Google Contacts (old and new CSV), Outlook, Apple-style exports, and
English, Arabic, Persian and German names ("نام", "الاسم", "موبایل", "البريد الإلكتروني", "Vorname", ...),
compared after ``normalize_for_search`` so Arabic and Persian letter variants match.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from crm_desktop.text.normalize import normalize_for_search

# Contact fields a column can fill, in the order the wizard lists them (English labels; the GUI translates).
FIELDS: dict[str, str] = {
    "": "(ignore)",
    "display_name": "Full name",
    "prefix": "Name prefix",
    "given_name": "First name",
    "middle_name": "Middle name",
    "family_name": "Last name",
    "company": "Company",
    "job_title": "Job title",
    "email": "Email",
    "email_label": "Email label",
    "phone": "Phone",
    "phone_label": "Phone label",
    "street": "Street",
    "city": "City",
    "region": "State / province",
    "postal_code": "Postal code",
    "country": "Country",
    "address_label": "Address label",
    "birthday": "Birthday",
    "notes": "Notes",
    "tags": "Tags",
    "lifecycle_stage": "Stage",
    "source": "Source",
}
ADDRESS_PARTS = ("street", "city", "region", "postal_code", "country")


@dataclass(frozen=True)
class Target:
    field: str = ""  # a key of FIELDS, "custom:<key>" for a custom field, or "" to ignore the column
    label: str = ""
    group: int = 1

    def as_list(self) -> list[Any]:
        return [self.field, self.label, self.group]

    @classmethod
    def from_list(cls, value: Any) -> Target:
        if isinstance(value, str):
            return cls(value)
        field, label, group = [*list(value), "", "", 1][:3]
        return cls(str(field or ""), str(label or ""), int(group or 1))


IGNORE = Target()


def _key(text: str) -> str:
    folded = normalize_for_search(text)
    return re.sub(r"[\s_\-./:()*#]+", " ", folded).strip()


def _table(*entries: tuple[str, tuple[str, ...]]) -> dict[str, tuple[str, str]]:
    """Header names -> (field, label); names written naturally, folded here once."""
    table: dict[str, tuple[str, str]] = {}
    for target, names in entries:
        field, _, label = target.partition("/")
        for name in names:
            table[_key(name)] = (field, label)
    return table


_NAMES = _table(
    ("display_name", ("name", "full name", "display name", "contact", "contact name", "file as", "الاسم",
                      "الاسم الكامل", "اسم", "نام و نام خانوادگی", "نام کامل", "نام و نام‌خانوادگی", "Kontakt")),
    ("prefix", ("name prefix", "prefix", "salutation", "title prefix", "لقب", "عنوان", "Anrede")),
    ("given_name", ("first name", "first", "given name", "forename", "firstname", "givenname", "الاسم الأول",
                    "الاسم الاول", "نام", "Vorname")),
    ("middle_name", ("middle name", "additional name", "middle", "اسم الأب", "نام میانی", "Zweiter Vorname")),
    ("family_name", ("last name", "last", "surname", "family name", "lastname", "familyname", "اسم العائلة",
                     "العائلة", "الكنية", "نام خانوادگی", "نام‌خانوادگی", "فامیلی", "Nachname")),
    ("company", ("company", "organization", "organisation", "organization name", "company name", "org", "firm",
                 "الشركة", "المؤسسة", "اسم الشركة", "شرکت", "سازمان", "نام شرکت", "Firma", "Unternehmen")),
    ("job_title", ("job title", "title", "organization title", "position", "occupation", "role", "المسمى الوظيفي",
                   "الوظيفة", "المنصب", "سمت", "عنوان شغلی", "شغل", "Position", "Berufsbezeichnung")),
    ("email", ("email", "e mail", "mail", "email address", "e mail address", "e mail 2 address", "e mail 3 address",
               "البريد الإلكتروني", "البريد الالكتروني", "البريد", "الإيميل", "ایمیل", "پست الکترونیک",
               "رایانامه", "آدرس ایمیل", "E-Mail-Adresse")),
    ("email/work", ("work email", "business email", "email work", "email (work)", "ایمیل کاری",
                    "البريد الإلكتروني للعمل", "E-Mail geschäftlich")),
    ("email/home", ("home email", "personal email", "email home", "email (home)", "ایمیل شخصی", "E-Mail privat")),
    ("phone", ("phone", "telephone", "tel", "phone number", "primary phone", "الهاتف", "رقم الهاتف", "هاتف",
               "تلفن", "شماره تلفن", "شماره", "Telefon", "Telefonnummer")),
    ("phone/mobile", ("mobile", "mobile phone", "cell", "cell phone", "cellphone", "mobile number", "phone (mobile)",
                      "الجوال", "الموبايل", "المحمول", "رقم الجوال", "جوال", "موبایل", "تلفن همراه", "همراه",
                      "شماره موبایل", "شماره همراه", "Mobil", "Handy", "Mobiltelefon")),
    ("phone/work", ("business phone", "work phone", "business phone 2", "company main phone", "office phone",
                    "phone (work)", "هاتف العمل", "تلفن محل کار", "تلفن کار", "Telefon geschäftlich")),
    ("phone/home", ("home phone", "home phone 2", "phone (home)", "هاتف المنزل", "تلفن منزل", "Telefon privat")),
    ("phone/fax", ("business fax", "home fax", "fax", "other fax", "فاكس", "فکس", "نمابر", "Fax")),
    ("phone/other", ("other phone", "car phone", "assistant's phone", "callback", "radio phone", "pager")),
    ("street", ("street", "address", "street address", "address line 1", "العنوان", "الشارع", "آدرس", "نشانی",
                "خیابان", "Straße", "Strasse", "Adresse")),
    ("city", ("city", "town", "المدينة", "شهر", "Ort", "Stadt")),
    ("region", ("state", "province", "region", "county", "state province", "المنطقة", "المحافظة", "استان",
                "Bundesland")),
    ("postal_code", ("postal code", "zip", "zip code", "postcode", "post code", "الرمز البريدي", "کد پستی", "PLZ",
                     "Postleitzahl")),
    ("country", ("country", "country region", "country/region", "البلد", "الدولة", "کشور", "Land")),
    ("birthday", ("birthday", "birth date", "date of birth", "dob", "birthdate", "تاريخ الميلاد", "تاریخ تولد",
                  "Geburtstag", "Geburtsdatum")),
    ("notes", ("notes", "note", "comments", "comment", "description", "ملاحظات", "ملاحظة", "يادداشت",
               "یادداشت", "توضیحات", "Notizen", "Bemerkungen")),
    ("tags", ("tags", "labels", "categories", "category", "groups", "group membership", "الوسوم", "التصنيفات",
              "التصنيف", "المجموعات", "برچسب", "برچسب‌ها", "گروه", "دسته", "Kategorien", "Gruppen")),
    ("lifecycle_stage", ("stage", "lifecycle stage", "status", "المرحلة", "مرحله", "وضعیت")),
    ("source", ("source", "lead source", "المصدر", "منبع", "Quelle")),
)  # fmt: skip

# Google: "E-mail 1 - Value", "Phone 2 - Label", "Address 1 - Street", "Organization 1 - Title".
_NUMBERED = re.compile(r"^(e ?mail|phone|address|organization|website|relation|event|im|custom field) (\d+) (.+)$")
_NUMBERED_PARTS = {
    ("e mail", "value"): "email", ("email", "value"): "email", ("e mail", "label"): "email_label",
    ("email", "label"): "email_label", ("e mail", "type"): "email_label", ("email", "type"): "email_label",
    ("phone", "value"): "phone", ("phone", "label"): "phone_label", ("phone", "type"): "phone_label",
    ("address", "street"): "street", ("address", "city"): "city", ("address", "region"): "region",
    ("address", "postal code"): "postal_code", ("address", "country"): "country",
    ("address", "label"): "address_label", ("address", "type"): "address_label",
    ("organization", "name"): "company", ("organization", "title"): "job_title",
    ("e mail", "address"): "email", ("email", "address"): "email",
}  # fmt: skip
# Outlook: "Business Street", "Home City", "Other Postal Code" — one address per prefix.
_ADDRESS_PREFIX = {"business": ("work", 1), "home": ("home", 2), "other": ("other", 3)}
_ADDRESS_SUFFIX = {
    "street": "street", "street 2": "street", "street 3": "street", "city": "city", "state": "region",
    "postal code": "postal_code", "country region": "country", "country": "country",
}  # fmt: skip


def suggest_field(header: str) -> tuple[str, str, int]:
    """(field, label, group) for one column name; field "" when nothing fits."""
    key = _key(header)
    if not key:
        return "", "", 1
    numbered = _NUMBERED.match(key)
    if numbered:
        kind, number, part = numbered.groups()
        if (kind, part) in _NUMBERED_PARTS:
            return _NUMBERED_PARTS[(kind, part)], "", int(number)
    prefix, _, rest = key.partition(" ")
    if prefix in _ADDRESS_PREFIX and rest in _ADDRESS_SUFFIX:
        label, group = _ADDRESS_PREFIX[prefix]
        return _ADDRESS_SUFFIX[rest], label, group
    if key in _NAMES:
        field, label = _NAMES[key]
        return field, label, 1
    return "", "", 1


def suggest(header: list[str], custom: dict[str, str] | None = None) -> list[Target]:
    """A target for every column. ``custom`` maps custom-field labels/keys to keys ("Employees" -> "employees").

    Outlook's "Title" is the name prefix (Mr., Dr.) when the file also has a "Job Title"; a phone or email
    column without a number gets a group of its own, so several of them make several entries.
    """
    custom_keys = {_key(name): key for name, key in (custom or {}).items()}
    targets: list[Target] = []
    for column in header:
        field, label, group = suggest_field(column)
        if not field and _key(column) in custom_keys:
            field = f"custom:{custom_keys[_key(column)]}"
        targets.append(Target(field, label, group))
    fields = [t.field for t in targets]
    if fields.count("job_title") > 1:
        for i, column in enumerate(header):
            if _key(column) == "title":
                targets[i] = Target("prefix")
    singles = ("display_name", "given_name", "family_name", "middle_name", "prefix", "company", "job_title",
               "birthday", "notes", "lifecycle_stage", "source")  # fmt: skip
    taken: set[str] = set()
    for i, target in enumerate(targets):
        if target.field in singles:  # a second "Name"-like column is left for the user to decide
            if target.field in taken:
                targets[i] = IGNORE
            taken.add(target.field)
    return targets


def mapping_from_preset(
    header: list[str], preset: dict[str, Any], custom: dict[str, str] | None = None
) -> list[Target]:
    """The preset's targets for the columns it names; the others get suggestions."""
    saved = {_key(name): Target.from_list(value) for name, value in preset.get("columns", {}).items()}
    suggested = suggest(header, custom)
    return [saved.get(_key(column), suggested[i]) for i, column in enumerate(header)]


def preset_from_mapping(header: list[str], targets: list[Target], options: dict[str, Any] | None = None) -> dict:
    return {"columns": {column: t.as_list() for column, t in zip(header, targets, strict=True)}, **(options or {})}
