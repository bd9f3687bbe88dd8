"""Demo data: the right amounts, in three scripts, with a believable past, and a database that checks clean.

Everything is asserted on what is in the file (queried back), not on what ``fill_demo`` says it made.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import phonenumbers
import pytest
from sqlalchemy import func, select

from crm_desktop.db import search_index
from crm_desktop.db.engine import Database, open_database
from crm_desktop.db.models import (
    Activity,
    Appointment,
    Blob,
    Company,
    Contact,
    Document,
    EmailAddress,
    EmailMessage,
    Opportunity,
    PhoneNumber,
    PostalAddress,
    Stage,
    StageChange,
    User,
    appointment_attendees,
    contact_tags,
    email_contacts,
)
from crm_desktop.services import demo as demo_module
from crm_desktop.services.activities import ActivityService
from crm_desktop.services.demo import fill_demo
from crm_desktop.services.maintenance import check_database
from crm_desktop.services.people import CompanyService

ARABIC_ONLY = re.compile("[يكة]")  # letters an Arabic writer uses and a Persian one does not
PERSIAN_ONLY = re.compile("[پچژگیک]")
LATIN = re.compile("[A-Za-z]")
E164 = re.compile(r"\+[1-9]\d{7,14}")


@pytest.fixture(scope="module")
def demo(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Database, dict[str, int], list[tuple[str, int]]]]:
    """One default-sized demo shared by the tests of this module (it takes a few seconds)."""
    db = open_database(tmp_path_factory.mktemp("demo") / "crm.sqlite3")
    steps: list[tuple[str, int]] = []
    counts = fill_demo(db, progress=lambda step, done: steps.append((step, done)))
    try:
        yield db, counts, steps
    finally:
        db.close()


def _count(db: Database, what: object) -> int:
    with db.read() as s:
        return s.scalar(select(func.count()).select_from(what)) or 0  # type: ignore[arg-type]


def test_default_demo_has_the_expected_amounts(demo: tuple[Database, dict[str, int], list]) -> None:
    db, counts, _ = demo
    found = {
        "users": _count(db, User),
        "companies": _count(db, Company),
        "contacts": _count(db, Contact),
        "opportunities": _count(db, Opportunity),
        "appointments": _count(db, Appointment),
        "activities": _count(db, Activity),
        "emails": _count(db, EmailMessage),
        "documents": _count(db, Document),
    }
    assert found == {
        "users": 3,
        "companies": 50,
        "contacts": 500,
        "opportunities": 300,
        "appointments": 400,
        "activities": 2000,
        "emails": 50,
        "documents": 20,
    }
    assert {k: counts[k] for k in found} == found
    assert counts["stage_changes"] == _count(db, StageChange)
    with db.read() as s:
        roles = sorted(s.scalars(select(User.role)))
        assert roles == ["admin", "user", "user"]
        # every contact has 1-2 emails and 1-2 phones; some have addresses and tags
        for table in (EmailAddress, PhoneNumber):
            sizes = (
                select(func.count().label("n")).where(table.contact_id.is_not(None)).group_by(table.contact_id)
            ).subquery()
            low, high, owners = s.execute(select(func.min(sizes.c.n), func.max(sizes.c.n), func.count())).one()
            assert (low, high, owners) == (1, 2, 500), table.__tablename__
        addresses = s.scalar(select(func.count()).where(PostalAddress.contact_id.is_not(None))) or 0
        assert 50 < addresses < 400
        assert (s.scalar(select(func.count()).select_from(contact_tags)) or 0) > 50
        assert (s.scalar(select(func.count()).where(Company.parent_id.is_not(None))) or 0) >= 1


def test_names_are_english_arabic_and_persian(demo: tuple[Database, dict[str, int], list]) -> None:
    db, _, _ = demo
    with db.read() as s:
        names = list(s.scalars(select(Contact.display_name)))
        companies = list(s.scalars(select(Company.name)))
        titles = list(s.scalars(select(Activity.subject)))
    for texts, minimum in ((names, 50), (companies, 3), (titles, 100)):
        assert sum(bool(ARABIC_ONLY.search(t)) for t in texts) >= minimum
        assert sum(bool(PERSIAN_ONLY.search(t)) for t in texts) >= minimum
        assert sum(bool(LATIN.search(t)) for t in texts) >= minimum
    assert len(set(names)) > 400  # drawn from real lists, not "Contact 17"


def test_every_phone_is_stored_in_e164_for_the_demo_countries(demo: tuple[Database, dict[str, int], list]) -> None:
    db, _, _ = demo
    with db.read() as s:
        phones = s.execute(select(PhoneNumber.raw, PhoneNumber.e164)).all()
    assert len(phones) >= 500
    countries = set()
    for raw, e164 in phones:
        assert e164 is not None and E164.fullmatch(e164), raw
        number = phonenumbers.parse(e164)
        assert phonenumbers.is_valid_number(number), raw
        assert e164 == phonenumbers.format_number(phonenumbers.parse(raw), phonenumbers.PhoneNumberFormat.E164)
        countries.add(number.country_code)
    assert countries == {98, 966, 971, 49}


def test_deals_have_a_stage_history_in_the_past(demo: tuple[Database, dict[str, int], list]) -> None:
    db, _, _ = demo
    now = datetime.now(UTC)
    with db.read() as s:
        stages = {st.id: st for st in s.scalars(select(Stage))}
        deals = {d.id: d for d in s.scalars(select(Opportunity))}
        history: dict[int, list[StageChange]] = {}
        for change in s.scalars(select(StageChange).order_by(StageChange.id)):
            history.setdefault(change.opportunity_id, []).append(change)
    assert set(history) == set(deals)
    oldest = min(c.changed_at for changes in history.values() for c in changes)
    assert now - timedelta(days=731) < oldest < now - timedelta(days=365)
    statuses = {d.status for d in deals.values()}
    assert statuses == {"open", "won", "lost"}
    for deal_id, changes in history.items():
        deal = deals[deal_id]
        times = [c.changed_at for c in changes]
        assert times == sorted(times) and times[-1] < now
        assert changes[0].from_stage_id is None
        assert all(a.to_stage_id == b.from_stage_id for a, b in itertools.pairwise(changes))
        assert changes[-1].to_stage_id == deal.stage_id and changes[-1].amount_minor == deal.amount_minor
        final = stages[deal.stage_id]
        assert deal.status == ("won" if final.is_won else "lost" if final.is_lost else "open")
        assert deal.created_at == times[0]
        if deal.status == "open":
            assert deal.closed_at is None
        else:
            assert deal.closed_at == times[-1]
        assert deal.currency in {"IRR", "SAR", "AED", "EUR"} and deal.amount_minor > 0
    assert sum(len(c) > 2 for c in history.values()) > 100  # real paths, not one row per deal


def test_appointments_include_recurring_series_in_local_zones(demo: tuple[Database, dict[str, int], list]) -> None:
    db, _, _ = demo
    with db.read() as s:
        rows = s.execute(select(Appointment.starts_at, Appointment.time_zone, Appointment.recurrence_rule)).all()
        attendees = s.scalar(select(func.count()).select_from(appointment_attendees)) or 0
    recurring = [(start, zone, rule) for start, zone, rule in rows if rule]
    assert len(recurring) >= 20
    assert {"Asia/Tehran", "Asia/Riyadh", "Europe/Berlin"} <= {zone for _, zone, _ in rows}
    for start, zone, rule in recurring:
        assert rule.startswith("FREQ=") and ("COUNT=" in rule or "UNTIL=" in rule)
        byday = re.search(r"BYDAY=(\w\w)", rule)
        if byday:  # the series starts on its own weekday, in the zone it was made in
            local = start.astimezone(ZoneInfo(zone))
            assert ("MO", "TU", "WE", "TH", "FR", "SA", "SU")[local.weekday()] == byday.group(1)
    assert attendees >= len(rows)


def test_activities_emails_and_documents(demo: tuple[Database, dict[str, int], list]) -> None:
    db, _, _ = demo
    now = datetime.now(UTC)
    with db.read() as s:
        kinds = set(s.scalars(select(Activity.kind).distinct()))
        first, last = s.execute(select(func.min(Activity.occurred_at), func.max(Activity.occurred_at))).one()
        contacted = s.scalar(select(func.count()).where(Contact.last_contacted_at.is_not(None))) or 0
        message_ids = list(s.scalars(select(EmailMessage.message_id)))
        bodies = list(s.scalars(select(EmailMessage.text_body)))
        linked = s.scalar(select(func.count()).select_from(email_contacts)) or 0
        blobs = s.scalar(select(func.count()).select_from(Blob)) or 0
    assert kinds == {"note", "call", "meeting", "task", "email", "sms"}
    assert first < now - timedelta(days=600) and last <= now
    assert contacted > 200
    assert len(set(message_ids)) == 50 and all(m and m.startswith("<") and "@" in m for m in message_ids)
    assert linked >= 50
    assert any(ARABIC_ONLY.search(b) for b in bodies) and any(PERSIAN_ONLY.search(b) for b in bodies)
    assert 0 < blobs < 20  # the brochure attached several times is stored once


def _documents(db: Database, entity: str) -> int:
    with db.read() as s:
        return search_index.count_documents(s.connection(), entity)


def test_everything_is_in_the_search_index(demo: tuple[Database, dict[str, int], list]) -> None:
    """Rows written with Core (bulk companies, activities) are indexed like those saved through the ORM."""
    db, _, _ = demo
    indexed = {
        "contacts": Contact,
        "companies": Company,
        "activities": Activity,
        "opportunities": Opportunity,
        "emails": EmailMessage,
        "documents": Document,
    }
    for entity, model in indexed.items():
        assert _documents(db, entity) == _count(db, model), entity


def test_database_checks_clean_and_progress_was_reported(demo: tuple[Database, dict[str, int], list]) -> None:
    db, _, steps = demo
    report = check_database(db)
    assert report.problems == []
    reported = {step for step, _ in steps}
    assert {"users", "companies", "contacts", "opportunities", "appointments", "activities", "done"} <= reported
    contacts = [done for step, done in steps if step == "contacts"]
    assert contacts == sorted(contacts) and contacts[-1] == 500


def _fingerprint(path: Path, seed: int) -> list[tuple[object, ...]]:
    db = open_database(path)
    try:
        fill_demo(db, contacts=40, seed=seed)
        with db.read() as s:
            return [
                *s.execute(select(Contact.display_name, Contact.job_title, Contact.birthday).order_by(Contact.id)),
                *s.execute(select(PhoneNumber.raw).order_by(PhoneNumber.id)),
                *s.execute(select(Opportunity.title, Opportunity.amount_minor).order_by(Opportunity.id)),
            ]
    finally:
        db.close()


def test_same_seed_same_data(tmp_path: Path) -> None:
    first = _fingerprint(tmp_path / "a.sqlite3", seed=7)
    assert first == _fingerprint(tmp_path / "b.sqlite3", seed=7)
    assert first != _fingerprint(tmp_path / "c.sqlite3", seed=8)


def test_scaled_run_creates_exactly_that_many_contacts(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    # The caps that keep a million fast, made small: this test is about the bulk paths, which scale with N.
    for cap, value in (("MAX_ACTIVITIES", 10_000), ("MAX_OPPORTUNITIES", 10), ("MAX_APPOINTMENTS", 10),
                       ("MAX_EMAILS", 5), ("MAX_DOCUMENTS", 2)):  # fmt: skip
        monkeypatch.setattr(demo_module, cap, value)
    db = open_database(tmp_path / "big.sqlite3")
    try:
        counts = fill_demo(db, contacts=20_000, seed=3)
        assert _count(db, Contact) == 20_000 == counts["contacts"]
        assert _count(db, Company) == 2_000
        assert _count(db, Activity) == 10_000
        assert (_count(db, Opportunity), _count(db, Appointment), _count(db, EmailMessage)) == (10, 10, 5)
        with db.read() as s:
            # bulk-made companies are as complete as the service-made ones: searchable, sortable, with a phone
            blank = s.scalar(select(func.count()).where((Company.sort_key == "") | (Company.name_search == "")))
            assert blank == 0
            assert (s.scalar(select(func.count()).where(PhoneNumber.company_id.is_not(None))) or 0) == 2_000
            assert s.scalar(select(func.count()).where(PhoneNumber.e164.is_(None))) == 0
        assert _documents(db, "companies") == 2_000 and _documents(db, "activities") == 10_000
        assert check_database(db).problems == []
    finally:
        db.close()


def test_small_demo_on_both_engines_leaves_ids_and_index_consistent(
    db: Database, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Bulk-written companies and activities take ids the engine agrees with (PostgreSQL sequences included)."""
    monkeypatch.setattr(demo_module, "SERVICE_COMPANIES", 2)  # the rest of the 6 companies go the bulk way
    counts = fill_demo(db, contacts=60, seed=2)
    assert (_count(db, Company), _count(db, Contact), _count(db, Activity)) == (6, 60, 240)
    assert counts["companies"] == 6
    with db.read() as s:
        parents = {cid: parent for cid, parent in s.execute(select(Company.id, Company.parent_id))}
    assert all(parent is None or parent in parents for parent in parents.values())
    # the next rows saved the ordinary way get fresh ids: the sequences were not left behind
    company = CompanyService(db).create({"name": "After the demo"})
    activity = ActivityService(db).create({"kind": "note", "subject": "After the demo"})
    assert company.id > max(parents) and activity.id > 240
    for entity, model in (("companies", Company), ("activities", Activity), ("contacts", Contact)):
        assert _documents(db, entity) == _count(db, model), entity
