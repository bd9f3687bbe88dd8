"""Realistic sample data in English, Arabic and Persian, for trying the app and for measuring it.

Small entities (users, the first 50 companies, deals, appointments, emails, documents) go through their
services, so the demo exercises the same validation and audit as a person typing. The entities that scale
with ``contacts`` go through the bulk paths: contacts via ``bulk_create_contacts``, extra companies, tags,
addresses and activities via ``fast_insert.insert_rows``, so a million contacts stay a matter of minutes
(the contacts step is ``bulk_create_contacts`` itself: see bench/bench_demo_1m.py for the split).

Scale (``DemoPlan``): contacts N; companies N/10 (at most 10,000); deals 0.6 N (at most 300), appointments
0.8 N (at most 400), emails N/10 (at most 50), documents N/25 (at most 20): these go through services one
by one, so they stop at the default scale; activities 4 N (at most 200,000).

Content is decided by ``random.Random(seed)`` alone (uids and "now" are not); dates are relative to the
time of the run so the data always looks current. Running it again adds a second office's worth of data.
"""

from __future__ import annotations

import bisect
import itertools
import random
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import bindparam, update

from crm_desktop.db import search_index
from crm_desktop.db.engine import Database
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import Company, PhoneNumber
from crm_desktop.text.normalize import normalize_for_search
from crm_desktop.text.sorting import sort_key

from . import demo_names as N
from .bulk import bulk_create_contacts
from .demo_history import (
    fill_activities,
    fill_appointments,
    fill_documents,
    fill_emails,
    fill_opportunities,
    insert_with_ids,
)
from .people import CompanyService, UserService

Progress = Callable[[str, int], None]

SERVICE_COMPANIES = 50  # companies created one by one through CompanyService; the rest in bulk
MAX_COMPANIES = 10_000  # a million contacts spread over 10k companies is already a big office
MAX_ACTIVITIES = 200_000  # 4 per contact up to 50k contacts; beyond that history would dominate the run
# Made one by one through their services (validated, audited, indexed at flush): the default scale's amounts.
MAX_OPPORTUNITIES, MAX_APPOINTMENTS, MAX_EMAILS, MAX_DOCUMENTS = 300, 400, 50, 20
LIFECYCLE = (("lead", 30), ("prospect", 25), ("customer", 30), ("vip", 5), ("inactive", 10))
LANG_WEIGHTS = (("en", 30), ("ar", 35), ("fa", 35))
PLACES = tuple(N.TIME_ZONES)  # the demo's countries: IR, SA, AE, DE


@dataclass(frozen=True)
class DemoPlan:
    """How many of each thing a demo of ``contacts`` contacts creates (the default scale is 500)."""

    contacts: int
    companies: int
    opportunities: int
    appointments: int
    activities: int
    emails: int
    documents: int

    @classmethod
    def for_contacts(cls, contacts: int) -> DemoPlan:
        n = max(0, contacts)
        return cls(
            contacts=n,
            companies=min(max(n // 10, 1 if n else 0), MAX_COMPANIES),
            opportunities=min(n * 3 // 5, MAX_OPPORTUNITIES),
            appointments=min(n * 4 // 5, MAX_APPOINTMENTS),
            activities=min(4 * n, MAX_ACTIVITIES),
            emails=min(n // 10, MAX_EMAILS),
            documents=min(n // 25, MAX_DOCUMENTS),
        )


@dataclass
class DemoWorld:
    """What later steps need to know about earlier ones, kept as compact parallel arrays (1M contacts)."""

    db: Database
    rng: random.Random
    now: datetime
    report: Progress
    users: list[int] = field(default_factory=list)  # [admin, sales, sales]
    company_ids: list[int] = field(default_factory=list)
    company_lang: list[str] = field(default_factory=list)
    company_country: list[str] = field(default_factory=list)
    company_domain: list[str] = field(default_factory=list)
    contact_ids: list[int] = field(default_factory=list)
    contact_company: list[int] = field(default_factory=list)  # index into company_ids, -1 for none
    contact_lang: bytearray = field(default_factory=bytearray)  # index into N.LANGS
    contact_owner: bytearray = field(default_factory=bytearray)  # index into users
    contact_place: bytearray = field(default_factory=bytearray)  # index into PLACES
    # (opportunity id, contact index, status 0 open / 1 won / 2 lost)
    opportunities: list[tuple[int, int, int]] = field(default_factory=list)

    def pick(self, items: tuple[Any, ...] | list[Any]) -> Any:
        """One of ``items``, with a single random draw (cheaper than ``Random.choice``)."""
        return items[int(self.rng.random() * len(items))]

    def days_ago(self, low: float, high: float) -> datetime:
        """A moment between ``low`` and ``high`` days before now (negative numbers: the future)."""
        return self.now - timedelta(days=low + self.rng.random() * (high - low))

    def contact_country(self, index: int) -> str:
        """Where a contact lives (their phone numbers, address, time zone and currency follow it)."""
        return PLACES[self.contact_place[index]]


def fill_demo(db: Database, *, contacts: int = 500, seed: int = 1, progress: Progress | None = None) -> dict[str, int]:
    """Add a coherent sample office to ``db`` (additive: existing data stays); returns what was created."""
    plan = DemoPlan.for_contacts(contacts)
    report = progress or (lambda _step, _done: None)
    now = datetime.now(UTC).replace(microsecond=0)
    world = DemoWorld(db, random.Random(seed), now, report)
    counts = {"users": _users(world)}
    counts["companies"] = _companies(world, plan.companies)
    counts["contacts"] = _contacts(world, plan.contacts)
    counts["opportunities"], counts["stage_changes"] = fill_opportunities(world, plan.opportunities)
    counts["appointments"] = fill_appointments(world, plan.appointments)
    counts["activities"] = fill_activities(world, plan.activities)
    counts["emails"] = fill_emails(world, plan.emails)
    counts["documents"] = fill_documents(world, plan.documents)
    report("done", sum(counts.values()))
    return counts


def _users(world: DemoWorld) -> int:
    """An administrator (the existing one if there is one) and two sales people."""
    service = UserService(world.db)
    admins = service.list(filters={"role": "admin", "active": True}, limit=1)
    wanted = [
        ("admin", "Administrator", "admin"),
        ("sara", "سارا کریمی", "user"),
        ("omar", "عمر الحربي", "user"),
    ]
    created = 0
    for login, name, role in wanted:
        if role == "admin" and admins:
            world.users.append(admins[0].id)
            continue
        user = service.by_login(login)
        if user is None:
            user = service.create(
                {"login": login, "display_name": name, "role": role, "email": f"{login}@rafiq.example.com"}
            )
            created += 1
        world.users.append(user.id)
    world.report("users", created)
    return created


def company_name(rng: random.Random, lang: str) -> tuple[str, str]:
    """A company name in ``lang`` and an ASCII slug for its web and mail domain."""
    parts = [p[int(rng.random() * len(p))] for p in N.COMPANY_PARTS[lang]]
    name = " ".join(native for native, _ in parts)
    slug = "-".join(latin for _, latin in parts if latin)
    return name, slug


def _phone_plan(country: str, kind: int) -> tuple[str, tuple[str, ...], int, int, int]:
    label, prefixes, (first, second) = N.PHONE_PLANS[country][kind]
    digits = first + second
    return label, prefixes, 2 * 10 ** (digits - 1), 8 * 10 ** (digits - 1), first


# Precomputed so a million numbers cost two random draws each: (label, prefixes, low, span, cut).
_PHONES = {country: (_phone_plan(country, 0), _phone_plan(country, 1)) for country in N.PHONE_PLANS}


def phone_number(rng: random.Random, country: str, kind: int = 0) -> tuple[str, str]:
    """(label, number as typed) from the country's numbering plan; kind 0 mobile, 1 work line."""
    label, prefixes, low, span, cut = _PHONES[country][kind]
    digits = str(low + int(rng.random() * span))
    return label, f"{prefixes[int(rng.random() * len(prefixes))]} {digits[:cut]} {digits[cut:]}"


def postal_address(rng: random.Random, country: str) -> dict[str, Any]:
    city, region = N.CITIES[country][int(rng.random() * len(N.CITIES[country]))]
    digits = N.POSTAL_DIGITS[country]
    return {
        "street": rng.choice(N.STREETS[country]).format(n=rng.randint(1, 240)),
        "city": city,
        "region": region,
        "postal_code": f"{rng.randrange(1, 10**digits):0{digits}d}" if digits else None,
        "country": country,
        "label": "work",
        "is_primary": True,
    }


def _weighted(rng: random.Random, choices: tuple[tuple[str, int], ...]) -> str:
    return rng.choices([c for c, _ in choices], [w for _, w in choices])[0]


def _companies(world: DemoWorld, count: int) -> int:
    rng, users = world.rng, world.users
    specs = []
    for i in range(count):
        lang = _weighted(rng, LANG_WEIGHTS)
        name, slug = company_name(rng, lang)
        if i >= SERVICE_COMPANIES:  # the bulk tail: branches in other cities keep names apart
            name = f"{name} ({N.CITIES[N.COUNTRIES[lang][0][0]][i % 3][0]})"
            slug = f"{slug}-{i}"
        country = _weighted(rng, N.COUNTRIES[lang])
        same_lang = [j for j in range(max(0, i - 40), i) if specs[j]["lang"] == lang]
        parent = rng.choice(same_lang) if same_lang and i >= 10 and rng.random() < 0.15 else None
        specs.append(
            {
                "lang": lang,
                "country": country,
                "domain": f"{slug}.example.com",
                "parent": parent,
                "name": name,
                "industry": rng.choice(N.INDUSTRIES),
                "size": rng.choice(N.COMPANY_SIZES),
                "owner_id": users[1 + rng.randrange(len(users) - 1)],
                "phone": phone_number(rng, country, 1),
                "address": postal_address(rng, country) if rng.random() < 0.7 else None,
                "tags": [rng.choice(N.TAGS)] if rng.random() < 0.3 else [],
            }
        )
    for i, spec in enumerate(specs[:SERVICE_COMPANIES]):
        values = {k: spec[k] for k in ("name", "industry", "size", "owner_id", "tags")}
        values["website"] = f"https://{spec['domain']}"
        values["emails"] = [{"address": f"info@{spec['domain']}", "label": "work"}]
        values["phones"] = [{"number": spec["phone"][1], "label": spec["phone"][0]}]
        values["addresses"] = [spec["address"]] if spec["address"] else []
        if spec["parent"] is not None:
            values["parent_id"] = world.company_ids[spec["parent"]]
        world.company_ids.append(CompanyService(world.db, users[0]).create(values).id)
        world.report("companies", i + 1)
    _bulk_companies(world, specs[SERVICE_COMPANIES:])
    for spec in specs:
        world.company_lang.append(spec["lang"])
        world.company_country.append(spec["country"])
        world.company_domain.append(spec["domain"])
    return count


def _bulk_companies(world: DemoWorld, specs: list[dict[str, Any]]) -> None:
    if not specs:
        return
    admin, now = world.users[0], world.now
    stamp = {"version": 1, "created_at": now, "updated_at": now, "created_by_id": admin, "updated_by_id": admin}
    rows = [
        {
            **stamp,
            "name": spec["name"],
            "name_search": normalize_for_search(spec["name"]),
            "sort_key": sort_key(spec["name"]),
            "industry": spec["industry"],
            "website": f"https://{spec['domain']}",
            "size": spec["size"],
            "owner_id": spec["owner_id"],
            "is_private": False,
            "custom_fields": {},
        }
        for spec in specs
    ]
    with world.db.write(admin) as session:
        conn = session.connection()
        ids = insert_with_ids(conn, Company.__table__, rows)
        world.company_ids.extend(ids)
        phones = [
            {"company_id": company_id, "label": spec["phone"][0], "is_primary": True, "position": 0,
             "raw": spec["phone"][1], "e164": "+" + "".join(ch for ch in spec["phone"][1] if ch.isdigit())}
            for spec, company_id in zip(specs, ids, strict=True)
        ]  # fmt: skip
        insert_rows(conn, PhoneNumber.__table__, phones)
        parents = [
            {"child": company_id, "parent": world.company_ids[spec["parent"]]}
            for spec, company_id in zip(specs, ids, strict=True)
            if spec["parent"] is not None
        ]
        if parents:  # parents are known only once every id is: set afterwards, in the same transaction
            table = Company.__table__
            statement = update(table).where(table.c.id == bindparam("child")).values(parent_id=bindparam("parent"))
            conn.execute(statement, parents)
        search_index.index_records(conn, "companies", ids, replace=False)
    world.report("companies", len(world.company_ids))


def _contacts(world: DemoWorld, count: int) -> int:
    """Contacts (with their emails, phones, addresses and tags) through the validated bulk path."""
    result = bulk_create_contacts(
        world.db,
        _contact_rows(world, count),
        user_id=world.users[0],
        skip_invalid=False,
        progress=lambda done: world.report("contacts", done),
    )
    world.contact_ids = result.created_ids
    world.report("contacts", result.created)
    return result.created


def _contact_rows(world: DemoWorld, count: int) -> Iterator[dict[str, Any]]:
    """Generated lazily (a million dicts would not fit comfortably); what later steps need goes to ``world``.

    Written for speed (local names, one random draw per choice): at a million rows every microsecond
    here is a second of the demo.
    """
    rng, rand, users, company_ids = world.rng, world.rng.random, world.users, world.company_ids
    by_lang = [[i for i, c in enumerate(world.company_lang) if c == lang] for lang in N.LANGS]
    countries = [[c for c, _ in N.COUNTRIES[lang]] for lang in N.LANGS]
    names = [(N.GIVEN_NAMES[lang], N.FAMILY_NAMES[lang], N.JOB_TITLES[lang], N.PREFIXES[lang]) for lang in N.LANGS]
    stage_cum = list(itertools.accumulate(w for _, w in LIFECYCLE))
    stages = [s for s, _ in LIFECYCLE]
    lang_cum = list(itertools.accumulate(w for _, w in LANG_WEIGHTS))
    lang_index_of = {lang: N.LANGS.index(lang) for lang, _ in LANG_WEIGHTS}
    lang_order = [lang_index_of[lang] for lang, _ in LANG_WEIGHTS]
    tag_by_lang = ("Partner", "عميل", "مشتری")
    domains, sources, all_tags = ("example.com", "example.net", "example.org"), N.SOURCES, N.TAGS
    birthday_base, sellers = date(1955, 1, 1).toordinal(), len(users) - 1
    add_company, add_lang = world.contact_company.append, world.contact_lang.append
    add_owner, add_place = world.contact_owner.append, world.contact_place.append
    place_index = {country: i for i, country in enumerate(PLACES)}
    for _ in range(count):
        lang = lang_order[bisect.bisect(lang_cum, rand() * lang_cum[-1])]
        given_names, family_names, titles, prefixes = names[lang]
        given, given_latin = given_names[int(rand() * len(given_names))]
        family, family_latin = family_names[int(rand() * len(family_names))]
        companies = by_lang[lang]
        company = companies[int(rand() * len(companies))] if companies and rand() < 0.85 else -1
        if company >= 0:
            country, domain = world.company_country[company], world.company_domain[company]
        else:
            country, domain = countries[lang][rand() >= 0.7], domains[int(rand() * 3)]
        stage = stages[bisect.bisect(stage_cum, rand() * stage_cum[-1])]
        owner = 1 + int(rand() * sellers)  # the sales people, not the administrator
        number = int(rand() * 90) + 10
        emails = [{"address": f"{given_latin}.{family_latin}{number}@{domain}", "label": "work"}]
        if rand() < 0.35:
            emails.append({"address": f"{given_latin}{number}@example.net", "label": "home"})
        label, mobile = phone_number(rng, country, 0)
        phones = [{"number": mobile, "label": label}]
        if rand() < 0.4:
            label, work = phone_number(rng, country, 1)
            phones.append({"number": work, "label": label})
        row = {
            "prefix": prefixes[int(rand() * len(prefixes))] if rand() < 0.05 else None,
            "given_name": given,
            "family_name": family,
            "job_title": titles[int(rand() * len(titles))] if rand() < 0.8 else None,
            "lifecycle_stage": stage,
            "owner_id": users[owner],
            "company_id": company_ids[company] if company >= 0 else None,
            "birthday": date.fromordinal(birthday_base + int(rand() * 18_250)) if rand() < 0.6 else None,
            "source": sources[int(rand() * len(sources))] if rand() < 0.5 else None,
            "emails": emails,
            "phones": phones,
        }
        tags = ["VIP"] if stage == "vip" else []
        if rand() < 0.25:
            tags.append(tag_by_lang[lang] if stage == "customer" else all_tags[int(rand() * len(all_tags))])
        if tags:
            row["tags"] = tags
        if rand() < 0.3:
            row["addresses"] = [postal_address(rng, country)]
        add_company(company)
        add_lang(lang)
        add_owner(owner)
        add_place(place_index[country])
        yield row
