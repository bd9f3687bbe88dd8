"""Global search: letter variants, digit scripts, phone formats, every record type, the Trash, hostile input,
index sync on every write path, and the same answers from SQLite and PostgreSQL."""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from crm_desktop.db import search_index
from crm_desktop.db.engine import Database, open_database
from crm_desktop.errors import ValidationError
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.bulk import bulk_create_contacts
from crm_desktop.services.mail_docs import DocumentService, EmailMessageService
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.search import SearchService, parse_query
from crm_desktop.services.settings import SettingsService


@dataclass
class World:
    ali: int
    karim: int
    fatima: int
    sven: int
    company: int
    deal: int
    note: int
    email: int
    document: int


def fill(db: Database) -> World:
    """The same small office on any engine (ids are assigned in the same order)."""
    PipelineService(db).ensure_default()
    SettingsService(db).set("phone_region", "SA")  # national numbers are read as Saudi ones
    companies, people = CompanyService(db), ContactService(db)
    company = companies.create({"name": "شركة النخبة للتجارة", "phones": ["+966 11 234 5678"], "website": "nokhba.sa"})
    ali = people.create(
        {
            "given_name": "علي",
            "family_name": "رضائي",
            "company_id": company.id,
            "emails": ["Ali.Rezaei@Example.com"],
            "phones": ["+98 912 123 4567"],
        }
    )
    karim = people.create({"display_name": "كريم الأحمد", "phones": ["0551234567"], "notes": "يحب القهوة العربية"})
    fatima = people.create({"display_name": "فاطمة مُحَمَّد", "emails": ["fatima@nokhba.sa"], "job_title": "مدیر فروش"})
    sven = people.create({"display_name": "Sven Müller", "emails": ["sven@beispiel.de"], "phones": ["+49 30 1234567"]})
    deal = OpportunityService(db).create({"title": "توريد أجهزة الشبكة", "company_id": company.id, "currency": "SAR"})
    note = ActivityService(db).create(
        {
            "kind": "note",
            "subject": "Quarterly review",
            "body": "Discussed the پیش‌فاکتور and 20% discount",
            "contact_id": ali.id,
        }
    )
    email = EmailMessageService(db).create(
        {
            "subject": "Invoice ۱۴۰۳/۱۲",
            "from_address": "billing@supplier.example",
            "to_addresses": "sven@beispiel.de",
            "text_body": "Please find the invoice attached",
            "contact_ids": [sven.id],
        }
    )
    document = DocumentService(db).add(
        b"%PDF-1.4 fake", "Contract-Nokhba-2024.pdf", contact_id=ali.id, extracted_text="Payment terms: net 30 days"
    )
    return World(ali.id, karim.id, fatima.id, sven.id, company.id, deal.id, note.id, email.id, document.id)


def found(db: Database, query: str, **kwargs: object) -> set[tuple[str, int]]:
    return {(hit.entity, hit.id) for hit in SearchService(db).search(query, **kwargs).hits()}


@pytest.fixture
def world(db: Database) -> World:
    return fill(db)


@pytest.fixture(scope="module", params=["sqlite", "postgres"])
def shared(
    request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[Database, World]]:
    """One filled database per engine for the tests that only read (filling is most of a test's time)."""
    if request.param == "sqlite":
        target, cleanup = str(tmp_path_factory.mktemp("search") / "crm.sqlite3"), lambda: None
    else:
        base, schema = os.environ.get("CRM_TEST_POSTGRES_URL"), f"t_{uuid.uuid4().hex[:12]}"
        if not base:
            pytest.skip("CRM_TEST_POSTGRES_URL is not set")
        admin = create_engine(base)
        with admin.begin() as conn:
            conn.execute(text(f'CREATE SCHEMA "{schema}"'))
        target = make_url(base).update_query_dict({"options": f"-csearch_path={schema}"}).render_as_string(False)

        def cleanup() -> None:
            with admin.begin() as conn:
                conn.execute(text(f'DROP SCHEMA "{schema}" CASCADE'))
            admin.dispose()

    database = open_database(target)
    try:
        yield database, fill(database)
    finally:
        database.close()
        cleanup()


CONTACT_QUERIES = [
    ("علی", "ali"),  # Persian yeh finds Arabic-spelled علي
    ("رضایی", "ali"),  # ئ/ی folded
    ("ezae", "ali"),  # inside a transliterated email
    ("ALI.REZAEI@EXAMPLE", "ali"),  # email, any case
    ("کریم", "karim"),  # Persian kaf finds Arabic كريم
    ("احمد", "karim"),  # hamza on alef folded
    ("قهوه", "karim"),  # notes; ة/ه folded
    ("فاطمه محمد", "fatima"),  # tashkeel ignored, two words in any field
    ("محمد فاطمه", "fatima"),  # word order does not matter
    ("مدير", "fatima"),  # Arabic yeh finds the Persian job title
    ("müll", "sven"),
    ("Beispiel", "sven"),
]
PHONE_QUERIES = [
    "+98 912 123 4567",
    "09121234567",
    "۰۹۱۲۱۲۳۴۵۶۷",
    "٠٩١٢١٢٣٤٥٦٧",
    "0098-912-123-4567",
    "(0912) 123 45 67",
]


def test_contacts_found_across_letter_variants_case_position_and_phone_format(shared: tuple[Database, World]) -> None:
    db, world = shared
    for query, who in CONTACT_QUERIES:
        assert ("contacts", getattr(world, who)) in found(db, query), query
    for query in [*PHONE_QUERIES, "1234567"]:
        assert ("contacts", world.ali) in found(db, query), query


def test_national_and_international_forms_find_each_other(shared: tuple[Database, World]) -> None:
    db, world = shared
    # Typed nationally (0551234567 with the office in Saudi Arabia): found in either form, any digit script.
    for query in ("055 123 4567", "+966 55 123 4567", "00966551234567", "۰۵۵۱۲۳", "٩٦٦٥٥١٢٣"):
        assert ("contacts", world.karim) in found(db, query), query


TYPE_QUERIES = [
    ("نخبه", "companies", "company"),
    ("nokhba.sa", "companies", "company"),
    ("112345678", "companies", "company"),
    ("اجهزه", "opportunities", "deal"),
    ("quarterly", "activities", "note"),
    ("پیشفاکتور", "activities", "note"),  # ZWNJ dropped on both sides
    ("20%", "activities", "note"),
    ("1403/12", "emails", "email"),  # Persian digits in the subject
    ("supplier.example", "emails", "email"),
    ("invoice attached", "emails", "email"),
    ("contract-nokhba", "documents", "document"),
    ("net 30 days", "documents", "document"),
]


def test_every_record_type_is_searched(shared: tuple[Database, World]) -> None:
    db, world = shared
    for query, entity, attr in TYPE_QUERIES:
        assert (entity, getattr(world, attr)) in found(db, query), query


def test_results_grouped_with_titles_and_subtitles(shared: tuple[Database, World]) -> None:
    db, world = shared
    results = SearchService(db).search("nokhba")
    groups = {g.entity: g for g in results.groups}
    assert set(groups) == {"contacts", "companies", "documents"}
    [fatima] = groups["contacts"].hits
    assert fatima.title == "فاطمة مُحَمَّد" and "fatima@nokhba.sa" in fatima.subtitle
    [document] = groups["documents"].hits
    assert document.title == "Contract-Nokhba-2024" and document.contact_id == world.ali
    assert "Contract-Nokhba-2024.pdf" in document.subtitle and "علي رضائي" in document.subtitle
    [note] = SearchService(db).search("quarterly").hits()
    assert note.kind == "note" and note.contact_id == world.ali and note.when is not None
    assert [g.entity for g in results.groups] == ["contacts", "companies", "documents"]  # fixed type order


def test_limit_per_group_and_more_flag(db: Database) -> None:
    people = ContactService(db)
    ids = [people.create({"display_name": f"Anna Example {i}"}).id for i in range(5)]
    people.create({"display_name": "Annabel Zed"})
    results = SearchService(db).search("anna", ["contacts"], limit=3)
    [group] = results.groups
    assert group.more and len(group.hits) == 3
    assert [h.id for h in group.hits] == [ids[4] + 1, ids[4], ids[3]]  # newest first
    assert SearchService(db).search("anna", ["companies"]).groups == ()
    with pytest.raises(ValidationError):
        SearchService(db).search("anna", ["pets"])


def test_short_queries_search_names_by_word_start(shared: tuple[Database, World]) -> None:
    db, world = shared
    results = SearchService(db).search("sv")
    assert results.names_only and {(h.entity, h.id) for h in results.hits()} == {("contacts", world.sven)}
    assert ("contacts", world.fatima) in found(db, "مح")  # a word start, after tashkeel is dropped
    assert found(db, "ve") == set()  # only word starts for 1-2 characters
    assert ("companies", world.company) in found(db, "ش ا")


BAD_INPUT = [
    '"', '"""', "'", "*", "***", "^", "-", "NEAR", "NEAR(a b)", "ali*", '"ali', "ali OR sven", "NOT ali",
    "title:ali", "{title body}: x", "a AND", "(((", ")", "%", "_", "\\", "%_\\", ";--", "'; DROP TABLE contacts; --",
    "x" * 10_000, "علی " * 3_000, "!?.,;:", "\x00\x01", "\u200c\u200f", "   ", "", "🙂🙂🙂", "+", "۰", "0000000",
]  # fmt: skip


def test_hostile_queries_never_fail(shared: tuple[Database, World]) -> None:
    db, _world = shared
    service = SearchService(db)
    for query in BAD_INPUT:
        assert service.search(query).total >= 0, query
        assert service.search(query, trash=True, limit=500).total >= 0, query


def test_syntax_characters_match_literally(db: Database, world: World) -> None:
    ActivityService(db).create({"kind": "note", "subject": 'He said "NEAR" *twice*', "contact_id": world.sven})
    assert {e for e, _ in found(db, '"near"')} == {"activities"}
    assert {e for e, _ in found(db, "*twice*")} == {"activities"}
    assert found(db, "ali*") == set()


def test_deleted_records_only_found_in_the_trash(db: Database, world: World) -> None:
    people = ContactService(db)
    people.delete(world.ali)
    assert ("contacts", world.ali) not in found(db, "رضایی")
    trash = SearchService(db).search("رضایی", trash=True)
    assert [(h.entity, h.id, h.deleted) for h in trash.hits()] == [("contacts", world.ali, True)]
    people.restore(world.ali)
    assert ("contacts", world.ali) in found(db, "رضایی")
    ActivityService(db).delete(world.note)
    assert found(db, "quarterly") == set() and found(db, "quarterly", trash=True) == {("activities", world.note)}
    ActivityService(db).purge(world.note)
    assert found(db, "quarterly", trash=True) == set()


def test_index_follows_edits_in_the_same_transaction(db: Database, world: World) -> None:
    people, companies = ContactService(db), CompanyService(db)
    sven = people.get(world.sven)
    people.update(sven.id, sven.version, {"emails": ["sven.mueller@neu.de"], "phones": []})
    assert ("contacts", world.sven) in found(db, "mueller@neu")
    assert found(db, "beispiel") == {("emails", world.email)}  # the old address is gone from the contact
    assert ("contacts", world.sven) not in found(db, "1234567")
    company = companies.get(world.company)
    companies.update(company.id, company.version, {"name": "Acme Trading"})
    assert found(db, "acme") == {("companies", world.company), ("contacts", world.ali)}  # via the company name
    people.update(world.ali, people.get(world.ali).version, {"company_id": None})
    assert found(db, "acme") == {("companies", world.company)}


def test_purged_company_leaves_no_stale_name_on_its_people(db: Database, world: World) -> None:
    companies = CompanyService(db)
    companies.delete(world.company)
    assert ("contacts", world.ali) in found(db, "نخبه")  # still works there; its company is only in the Trash
    companies.purge(world.company)
    assert found(db, "نخبه للتجاره") == set()


def test_bulk_created_contacts_are_searchable(db: Database) -> None:
    acme = CompanyService(db).create({"name": "Acme Trading"}).id
    result = bulk_create_contacts(
        db,
        [
            {
                "given_name": "پرویز",
                "family_name": f"تست{i}",
                "emails": [f"P{i}@Bulk.ir"],
                "phones": [f"+98 935 000 {i:04d}"],
                "company_id": acme if i == 3 else None,
                "job_title": "مدير" if i == 4 else None,
            }
            for i in range(30)
        ],
    )
    assert found(db, "p17@bulk") == {("contacts", result.created_ids[17])}
    assert found(db, "acme") == {("companies", acme), ("contacts", result.created_ids[3])}
    assert found(db, "مدیر") == {("contacts", result.created_ids[4])}
    assert found(db, "۰۹۳۵۰۰۰۰۰۲۹") == {("contacts", result.created_ids[29])}
    assert len(SearchService(db).search("پرویز", limit=50).hits()) == 30
    before = snapshot(db)
    with db.write() as s:
        search_index.rebuild(s.connection())
    assert snapshot(db) == before  # the bulk path writes exactly the documents a rebuild does


def snapshot(db: Database) -> list[tuple[int, str, str]]:
    table, key = ("search_fts", "rowid") if db.url.get_backend_name() == "sqlite" else ("search_documents", "id")
    with db.read() as s:
        return [tuple(r) for r in s.connection().execute(text(f"SELECT {key}, title, body FROM {table} ORDER BY 1"))]


def test_rebuild_gives_the_same_index(db: Database, world: World) -> None:
    ContactService(db).delete(world.karim)
    before = snapshot(db)
    assert len(before) == 9
    with db.write() as s:
        counts = search_index.rebuild(s.connection())
    assert counts == {"contacts": 4, "companies": 1, "opportunities": 1, "activities": 1, "emails": 1, "documents": 1}
    assert snapshot(db) == before


def test_query_parsing() -> None:
    assert parse_query("  Ali   REZAEI ") == (("ali",), ("rezaei",))
    assert parse_query("+98 (912) 123-4567") == (("989121234567", "+98(912)123-4567"),)
    assert parse_query("ali 0912") == (("ali",), ("912", "0912"))
    assert parse_query("x" * 10_000)[0][0] == "x" * 200
    assert len(parse_query(" ".join(f"w{i}" for i in range(50)))) == 8
    assert parse_query("\u200c") == ()


QUERIES = ["علی", "رضایی", "nokhba", "09121234567", "sv", "مح", "a", "e", "ی", "ال", "invoice", "20%", '"', "اجهزه"]


def test_sqlite_and_postgresql_give_the_same_results(tmp_path: Path, pg_schema_url: str) -> None:
    results = {}
    for name, target in (("sqlite", str(tmp_path / "crm.sqlite3")), ("postgres", pg_schema_url)):
        db = open_database(target)
        try:
            fill(db)
            people = ContactService(db)
            for i in range(12):  # enough to overflow a group: the first screen must be the same too
                people.create({"display_name": f"علی نمونه {i}", "emails": [f"ali{i}@example.com"]})
            people.delete(3)
            service = SearchService(db)
            results[name] = [
                [(g.entity, g.more, [(h.id, h.title, h.subtitle) for h in g.hits]) for g in service.search(q).groups]
                + [[(h.entity, h.id) for h in service.search(q, trash=True).hits()]]
                for q in QUERIES
            ]
        finally:
            db.close()
    assert results["sqlite"] == results["postgres"]
    assert any(group[1] for per_query in results["sqlite"] for group in per_query[:-1])  # some group overflowed
