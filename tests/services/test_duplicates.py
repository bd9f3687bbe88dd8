"""The duplicate finder on crafted data: the true pairs and none of the false ones, blocking, dismissals."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database
from crm_desktop.errors import ValidationError
from crm_desktop.services.bulk import bulk_create_contacts
from crm_desktop.services.duplicates import DuplicateService, name_key, name_similarity
from crm_desktop.services.people import CompanyService, ContactService
from crm_desktop.services.settings import SettingsService


def pairs(db: Database, entity: str = "contacts") -> dict[frozenset[int], list[str]]:
    scan = DuplicateService(db).find(entity)
    return {frozenset((p.first.id, p.second.id)): [r.code for r in p.reasons] for p in scan.pairs}


def test_true_pairs_found_and_common_names_left_alone(db: Database) -> None:
    SettingsService(db).set("phone_region", "IR")
    acme = CompanyService(db).create({"name": "Acme"}).id
    other = CompanyService(db).create({"name": "Other"}).id
    add = lambda **values: ContactService(db).create(values).id  # noqa: E731
    # True duplicates.
    ali = add(display_name="Ali Rezaei", emails=["ali.rezaei@x.com"], phones=["+98 912 000 0001"])
    ali2 = add(display_name="ali  rezaei", emails=["ALI.REZAEI@X.COM"], phones=["+98 935 000 0002"])
    sara = add(display_name="Sara Ahmadi", phones=["+98 912 111 2233"])
    sara2 = add(display_name="Sarah Ahmadi", phones=["۰۹۱۲۱۱۱۲۲۳۳"], emails=["sarah@work.ir"])
    reza = add(display_name="علي رضائي", company_id=acme, emails=["reza@acme.ir"])
    reza2 = add(display_name="علی رضایی", company_id=acme)  # bare: nothing contradicts the same name
    joe = add(display_name="Joseph", phones=["+49 30 1111111"])
    joe2 = add(display_name="Joseph Young", phones=["+49 (30) 111 1111"], emails=["jy@example.de"])
    # Not duplicates: a very common name, each with their own email and phone, some at companies.
    for i in range(10):
        add(display_name="Mohammad Hosseini", emails=[f"m.h{i}@mail.ir"], phones=[f"+98 912 555 {i:04d}"],
            company_id=(acme, other, None)[i % 3])  # fmt: skip
    # A family sharing an address, colleagues sharing the switchboard.
    add(display_name="Reza Karimi", emails=["family@karimi.ir"])
    add(display_name="Maryam Karimi", emails=["family@karimi.ir"])
    add(display_name="Omar Said", company_id=other, phones=["+98 21 8888 0000"], emails=["omar@other.ir"])
    add(display_name="Hind Nasser", company_id=other, phones=["+98 21 8888 0000"], emails=["hind@other.ir"])
    found = pairs(db)
    assert found == {
        frozenset((ali, ali2)): ["same_email", "same_name"],
        frozenset((sara, sara2)): ["same_phone", "similar_name"],
        frozenset((reza, reza2)): ["same_name", "same_company"],
        frozenset((joe, joe2)): ["same_phone", "similar_name"],
    }
    best = DuplicateService(db).find().pairs[0]
    assert best.score == 100 and {best.first.id, best.second.id} == {ali, ali2} and best.first.id < best.second.id
    assert best.first.title == "Ali Rezaei" and "ali.rezaei@x.com" in best.first.subtitle
    assert [r.text for r in DuplicateService(db).find().pairs[1].reasons][1].startswith("similar name ")


def test_blocking_never_compares_all_pairs(db: Database) -> None:
    rows = [{"display_name": "Mohammad Rezaei", "emails": [f"mr{i}@x.ir"], "phones": [f"+98 912 444 {i:04d}"]}
            for i in range(300)]  # fmt: skip
    bulk_create_contacts(db, rows)
    scan = DuplicateService(db).find()
    assert scan.records == 300 and scan.pairs == ()
    assert scan.compared == 0  # same name, nothing shared, no company, none bare: not even a candidate
    ContactService(db).create({"display_name": "Mohammad Rezaei"})  # one bare record joins the block
    scan = DuplicateService(db).find(min_score=0)
    assert scan.compared == 300 < 301 * 300 // 2


def test_dismissed_pairs_are_remembered(db: Database) -> None:
    people = ContactService(db)
    a = people.create({"display_name": "Lena Vogel", "emails": ["lena@vogel.de"]}).id
    b = people.create({"display_name": "Lena Vogel", "emails": ["Lena@Vogel.de"]}).id
    service = DuplicateService(db)
    assert set(pairs(db)) == {frozenset((a, b))}
    service.dismiss("contacts", b, a)
    service.dismiss("contacts", a, b)  # twice is fine
    assert pairs(db) == {}
    service.undismiss("contacts", a, b)
    assert set(pairs(db)) == {frozenset((a, b))}
    with pytest.raises(ValidationError):
        service.dismiss("contacts", a, a)


def test_trashed_records_are_not_proposed(db: Database) -> None:
    people = ContactService(db)
    a = people.create({"display_name": "Emma Schulz", "phones": ["+49 30 2222222"]}).id
    people.create({"display_name": "Emma Schulz", "phones": ["+49 30 2222222"]})
    people.delete(a)
    assert pairs(db) == {}


def test_company_duplicates(db: Database) -> None:
    companies = CompanyService(db)
    acme = companies.create({"name": "Acme GmbH", "website": "acme.de"}).id
    acme2 = companies.create({"name": "ACME", "website": "https://www.acme.de/contact"}).id
    nokhba = companies.create({"name": "شركة النخبة", "phones": ["+966 11 234 5678"]}).id
    nokhba2 = companies.create({"name": "شرکت النخبه"}).id
    companies.create({"name": "Nokhba Trading", "website": "nokhba-trading.sa"})
    companies.create({"name": "Nokhba Logistics", "website": "nokhba-logistics.sa"})
    assert pairs(db, "companies") == {
        frozenset((acme, acme2)): ["same_website", "same_name"],
        frozenset((nokhba, nokhba2)): ["same_name"],
    }
    with pytest.raises(ValidationError):
        DuplicateService(db).find("pets")


def test_name_keys_and_similarity() -> None:
    assert name_key("rezaei ali") == name_key("ali rezaei") == "ali rez"
    assert name_key("شرکت النخبه", "companies") == "الن"
    assert name_similarity("mohamad rezaei", "mohammad rezaei") >= 95
    assert name_similarity("rezaei ali", "ali rezaei") == 100
    assert name_similarity("joseph", "joseph young") == 90
    assert name_similarity("ali@x.com", "ali") is None
    assert name_similarity("sara ahmadi", "reza karimi") < 70
    assert name_similarity("reza karimi", "maryam karimi") < 70  # the weakest word decides


def test_command_line_twins(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from crm_desktop.cli import main

    db = str(tmp_path / "cli.sqlite3")

    def run(*args: str) -> object:
        assert main([*args, "--db", db, "--json"]) == 0
        return json.loads(capsys.readouterr().out)

    run("init")
    first = run("contacts", "add", "--name", "Lena Vogel", "--email", "lena@vogel.de", "--phone", "+49 30 1234567")
    second = run("contacts", "add", "--name", "lena vogel", "--email", "LENA@vogel.de")
    found = run("search", "030 123 4567")
    assert [(g["entity"], [h["id"] for h in g["hits"]]) for g in found["groups"]] == [("contacts", [first["id"]])]
    assert run("search", "vogel", "--type", "companies")["groups"] == []
    assert run("search", '"NEAR*')["groups"] == []
    scan = run("duplicates")
    assert [(p["first"]["id"], p["second"]["id"], p["score"]) for p in scan["pairs"]] == [
        (first["id"], second["id"], 100)
    ]
    assert [r["code"] for r in scan["pairs"][0]["reasons"]] == ["same_email", "same_name"]
    merged = run("merge", "contacts", str(first["id"]), str(second["id"]), "--keep", f"display_name={second['id']}")
    assert merged["merged_ids"] == [second["id"]]
    assert run("duplicates")["pairs"] == []
    assert run("reindex")["contacts"] == 2
    assert main(["search", "x", "--db", db, "--limit", "0"]) == 0  # clamped, not an error
    assert main(["merge", "contacts", "1", "1", "--db", db]) == 2  # a user mistake: message, exit 2
    assert "error:" in capsys.readouterr().err
