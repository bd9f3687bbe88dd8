"""The demo's past: deals with two years of stage history, appointments, activities, emails, documents.

Split from ``demo.py`` (which builds the people) to keep both readable. Deals are created through
``OpportunityService`` (validation, audit) and then given the history they would have had: the service
can only stamp "now", so their stage-change rows are rewritten with Core inserts dated in the past.
Activities scale with the contacts and go through ``insert_rows``.
"""

from __future__ import annotations

import csv
import io
from datetime import UTC, datetime, time, timedelta
from typing import TYPE_CHECKING, Any
from zoneinfo import ZoneInfo

from sqlalchemy import Connection, Table, bindparam, delete, func, insert, select, update

from crm_desktop.db import search_index
from crm_desktop.db.fast_insert import insert_rows
from crm_desktop.db.models import Activity, Contact, EmailAddress, Opportunity, StageChange, User

from . import demo_names as N
from . import stage_reach
from .activities import AppointmentService
from .dto import StageDTO
from .mail_docs import DocumentService, EmailMessageService
from .sales import OpportunityService, PipelineService

if TYPE_CHECKING:
    from .demo import DemoWorld

ACTIVITY_KINDS = (("note", 20), ("call", 30), ("meeting", 10), ("task", 20), ("email", 15), ("sms", 5))
CONTACTED_KINDS = ("call", "meeting", "email", "sms")  # what counts for "last contacted"
WEEKDAYS = ("MO", "TU", "WE", "TH", "FR", "SA", "SU")
WEEKEND = {"IR": {4}, "SA": {4, 5}, "AE": {5, 6}, "DE": {5, 6}}
# (low, high) deal sizes in major units, and the step they are rounded to; all four have 2 minor digits.
DEAL_SIZES = {"IRR": (200_000_000, 50_000_000_000, 10_000_000), "SAR": (5_000, 500_000, 500),
              "AED": (5_000, 500_000, 500), "EUR": (2_000, 200_000, 100)}  # fmt: skip
BATCH = 20_000


def insert_with_ids(conn: Connection, table: Table, rows: list[dict[str, Any]]) -> list[int]:
    """Insert ``rows`` and return their new ids in order (the search index and links need them).

    SQLite: ids assigned up front (inside BEGIN IMMEDIATE nobody else inserts) and written by the driver-level
    ``insert_rows``. PostgreSQL: the sequence assigns them (explicit ids would leave it behind) via RETURNING.
    """
    if not rows:
        return []
    if conn.dialect.name == "sqlite":
        first = (conn.scalar(select(func.max(table.c.id))) or 0) + 1
        ids = list(range(first, first + len(rows)))
        insert_rows(conn, table, [{**row, "id": new_id} for row, new_id in zip(rows, ids, strict=True)])
        return ids
    returning = insert(table).returning(table.c.id, sort_by_parameter_order=True)
    return list(conn.execute(returning, rows).scalars())


def _contact_index(world: DemoWorld, with_company: bool = True) -> int:
    """A random contact, preferably one with a company (deals and meetings are with businesses)."""
    rand, count = world.rng.random, len(world.contact_ids)
    index = int(rand() * count)
    for _ in range(20):
        if not with_company or world.contact_company[index] >= 0:
            break
        index = int(rand() * count)
    return index


def _company_id(world: DemoWorld, index: int) -> int | None:
    company = world.contact_company[index]
    return world.company_ids[company] if company >= 0 else None


def _stage_path(world: DemoWorld, stages: list[StageDTO]) -> tuple[list[StageDTO], int]:
    """The stages a deal went through and its outcome (0 open, 1 won, 2 lost); some stages are skipped."""
    rng = world.rng
    open_stages = [s for s in stages if not s.is_won and not s.is_lost]
    won = next(s for s in stages if s.is_won)
    lost = next(s for s in stages if s.is_lost)
    roll = rng.random()
    status = 0 if roll < 0.4 else 1 if roll < 0.75 else 2
    reach = rng.randint(1, len(open_stages)) if status != 1 else rng.randint(2, len(open_stages))
    path = [s for i, s in enumerate(open_stages[:reach]) if i in (0, reach - 1) or rng.random() < 0.8]
    return path + ([won] if status == 1 else [lost] if status == 2 else []), status


def _timeline(world: DemoWorld, steps: int, closed: bool) -> list[datetime]:
    """``steps`` ordered moments in the past two years; closed deals ended within it, open ones are recent."""
    rng, now = world.rng, world.now
    if closed:
        end = world.days_ago(1, 700)
        start = max(end - timedelta(days=rng.uniform(5, 150)), now - timedelta(days=729))
    else:
        start = world.days_ago(3, 240)
        end = now - timedelta(hours=rng.uniform(1, 48))
    if steps == 1:
        return [start]
    middle = sorted(start + (end - start) * rng.random() for _ in range(steps - 2))
    return [start, *middle, end]


def _amount(world: DemoWorld, currency: str) -> int:
    low, high, step = DEAL_SIZES[currency]
    return world.rng.randint(low // step, high // step) * step * 100


def fill_opportunities(world: DemoWorld, count: int) -> tuple[int, int]:
    """Deals through the service, then their real history; returns (deals, stage changes)."""
    admin = world.users[0]
    pipelines = PipelineService(world.db, admin)
    pipeline = pipelines.ensure_default()
    if count == 0 or not world.contact_ids:
        return 0, 0
    stages = sorted(pipelines.stages(pipeline.id), key=lambda s: s.position)
    rng, history, fixes = world.rng, [], []
    for i in range(count):
        index = _contact_index(world)
        lang, country = N.LANGS[world.contact_lang[index]], world.contact_country(index)
        path, status = _stage_path(world, stages)
        moments = _timeline(world, len(path), closed=status != 0)
        currency = N.CURRENCIES[country]
        amount, owner = _amount(world, currency), world.users[world.contact_owner[index]]
        values: dict[str, Any] = {
            "title": world.pick(N.OPPORTUNITY_TITLES[lang]).format(n=rng.choice((5, 10, 25, 50, 100))),
            "contact_id": world.contact_ids[index],
            "company_id": _company_id(world, index),
            "pipeline_id": pipeline.id,
            "stage_id": path[-1].id,
            "amount_minor": amount,
            "currency": currency,
            "owner_id": owner,
            "source": world.pick(N.SOURCES),
            "expected_close": (moments[-1] if status else world.days_ago(-120, -7)).date(),
            "forecast_category": "pipeline" if status else ("pipeline", "best_case", "commit")[min(2, len(path) // 2)],
            "tags": ["VIP"] if amount >= DEAL_SIZES[currency][1] * 60 else [],
        }  # fmt: skip
        if status == 0:
            values["next_step"] = world.pick(N.NEXT_STEPS)
            values["next_step_date"] = (world.now + timedelta(days=rng.randint(1, 21))).date()
        elif status == 2:
            values["lost_reason"] = world.pick(N.LOST_REASONS)
        deal = OpportunityService(world.db, owner).create(values)
        world.opportunities.append((deal.id, index, status))
        earlier = [round(amount * rng.uniform(1.0, 1.3), -2) for _ in path]
        for step, stage in enumerate(path):
            history.append({
                "opportunity_id": deal.id,
                "from_stage_id": path[step - 1].id if step else None,
                "to_stage_id": stage.id,
                "changed_at": moments[step],
                "changed_by_id": owner,
                "amount_minor": amount if step == len(path) - 1 else int(earlier[step]),
                "probability": stage.probability,
            })  # fmt: skip
        fixes.append({"oid": deal.id, "created": moments[0], "updated": moments[-1],
                      "closed": moments[-1] if status else None})  # fmt: skip
        world.report("opportunities", i + 1)
    table = Opportunity.__table__
    with world.db.write(admin) as session:
        conn = session.connection()
        ids = [deal_id for deal_id, _, _ in world.opportunities]
        conn.execute(delete(StageChange.__table__).where(StageChange.__table__.c.opportunity_id.in_(ids)))
        insert_rows(conn, StageChange.__table__, history)
        stage_reach.refresh(conn, table.c.id.in_(ids))
        conn.execute(
            update(table)
            .where(table.c.id == bindparam("oid"))
            .values(created_at=bindparam("created"), updated_at=bindparam("updated"), closed_at=bindparam("closed")),
            fixes,
        )
    return count, len(history)


def _recurrence(world: DemoWorld, start: datetime) -> str | None:
    """An RRULE consistent with the first occurrence (same weekday/day of month), for about 1 in 8."""
    rng = world.rng
    if rng.random() >= 0.12:
        return None
    weekday = WEEKDAYS[start.weekday()]
    choice = rng.randrange(5)
    if choice == 0 or (choice == 3 and start.day > 28):
        return f"FREQ=WEEKLY;BYDAY={weekday};COUNT={10 if weekday == 'MO' else rng.choice((6, 8, 12))}"
    if choice == 1:
        return f"FREQ=WEEKLY;INTERVAL=2;BYDAY={weekday};COUNT=6"
    if choice == 2:
        return "FREQ=DAILY;COUNT=5"
    if choice == 3:
        return f"FREQ=MONTHLY;BYMONTHDAY={start.day};COUNT=12"
    until = (start + timedelta(weeks=8)).astimezone(UTC).strftime("%Y%m%dT%H%M%SZ")
    return f"FREQ=WEEKLY;BYDAY={weekday};UNTIL={until}"


def fill_appointments(world: DemoWorld, count: int) -> int:
    if not world.contact_ids:
        return 0
    rng = world.rng
    open_deals = [deal_id for deal_id, _, status in world.opportunities if status == 0]
    for i in range(count):
        index = _contact_index(world)
        lang, country = N.LANGS[world.contact_lang[index]], world.contact_country(index)
        zone = ZoneInfo(N.TIME_ZONES[country])
        day = world.days_ago(-90, 365).astimezone(zone).date()
        while day.weekday() in WEEKEND[country]:
            day += timedelta(days=1)
        all_day = rng.random() < 0.05
        start = datetime.combine(day, time(0 if all_day else rng.choice((9, 10, 11, 14, 15, 16)), 0), zone)
        start += timedelta(minutes=0 if all_day else rng.choice((0, 0, 30)))
        end = start + (timedelta(days=1) if all_day else timedelta(minutes=rng.choice((30, 45, 60, 90))))
        guests = {world.contact_ids[index]}
        guests.update(world.contact_ids[_contact_index(world, False)] for _ in range(rng.randrange(3)))
        owner = world.users[world.contact_owner[index]]
        values: dict[str, Any] = {
            "title": world.pick(N.APPOINTMENT_TITLES[lang]),
            "starts_at": start,
            "ends_at": end,
            "time_zone": str(zone),
            "all_day": all_day,
            "location": world.pick(N.LOCATIONS),
            "recurrence_rule": None if all_day else _recurrence(world, start),
            "reminder_minutes": rng.choice((None, 10, 15, 30, 60)),
            "company_id": _company_id(world, index),
            "owner_id": owner,
            "attendee_ids": sorted(guests),
        }
        if open_deals and rng.random() < 0.2:
            values["opportunity_id"] = world.pick(open_deals)
        AppointmentService(world.db, owner).create(values)
        world.report("appointments", i + 1)
    return count


def fill_activities(world: DemoWorld, count: int) -> int:
    """Timeline entries over the past two years, in batches through the driver; also ``last_contacted_at``."""
    if not world.contact_ids or count == 0:
        return 0
    admin, table = world.users[0], Activity.__table__
    with world.db.write(admin) as session:
        conn = session.connection()
        first_id = None
        for start in range(0, count, BATCH):
            ids = insert_with_ids(conn, table, [_activity(world) for _ in range(min(BATCH, count - start))])
            search_index.index_records(conn, "activities", ids, replace=False)
            first_id = ids[0] if first_id is None else first_id
            world.report("activities", min(count, start + BATCH))
        contacts, activities = Contact.__table__, table
        latest = (
            select(func.max(activities.c.occurred_at))
            .where(activities.c.contact_id == contacts.c.id, activities.c.kind.in_(CONTACTED_KINDS))
            .scalar_subquery()
        )
        touched = select(activities.c.contact_id).where(activities.c.id >= first_id)
        conn.execute(update(contacts).where(contacts.c.id.in_(touched)).values(last_contacted_at=latest))
    return count


_KIND_NAMES = [k for k, _ in ACTIVITY_KINDS]
_KIND_CUM = [sum(w for _, w in ACTIVITY_KINDS[: i + 1]) for i in range(len(ACTIVITY_KINDS))]


def _activity(world: DemoWorld) -> dict[str, Any]:
    rand, now = world.rng.random, world.now
    deal_id = None
    if world.opportunities and rand() < 0.1:
        deal_id, index, _ = world.pick(world.opportunities)
    else:
        index = int(rand() * len(world.contact_ids))
    roll = rand() * _KIND_CUM[-1]
    kind = next(k for k, c in zip(_KIND_NAMES, _KIND_CUM, strict=True) if roll < c)
    lang = N.LANGS[world.contact_lang[index]]
    owner = world.users[world.contact_owner[index]]
    occurred = due = None
    if kind == "task":
        due = world.days_ago(-30, 700)
        created = min(due, now) - timedelta(days=rand() * 14)
        done = due < now and rand() < 0.85
        done_at = max(created, due - timedelta(hours=rand() * 48)) if done else None
    else:
        occurred = created = done_at = world.days_ago(0, 730)
        done = True
    bodies = N.ACTIVITY_BODIES[lang]
    duration = 2 + int(rand() * 28) if kind == "call" else 30 + 15 * int(rand() * 7) if kind == "meeting" else None
    body = None if kind == "sms" and rand() < 0.5 else " ".join(world.pick(bodies) for _ in range(1 + (rand() < 0.3)))
    return {
        "kind": kind,
        "subject": world.pick(N.ACTIVITY_SUBJECTS[kind][lang]),
        "body": body,
        "occurred_at": occurred,
        "due_at": due,
        "done": done,
        "done_at": done_at,
        "duration_minutes": duration,
        "outcome": world.pick(N.CALL_OUTCOMES) if kind == "call" else None,
        "contact_id": world.contact_ids[index],
        "company_id": _company_id(world, index),
        "opportunity_id": deal_id,
        "assignee_id": owner,
        "is_private": False,
        "version": 1,
        "created_at": created,
        "updated_at": done_at or created,
        "created_by_id": owner,
        "updated_by_id": owner,
    }  # fmt: skip


def fill_emails(world: DemoWorld, count: int) -> int:
    """Mail threads with contacts (some replies), each linked to the contact and its company."""
    if not world.contact_ids or count == 0:
        return 0
    rng = world.rng
    picks = [_contact_index(world, False) for _ in range(count)]
    wanted = {world.contact_ids[i] for i in picks}
    with world.db.read() as session:
        names = dict(session.execute(select(Contact.id, Contact.display_name).where(Contact.id.in_(wanted))).all())
        addresses = dict(session.execute(
            select(EmailAddress.contact_id, EmailAddress.address)
            .where(EmailAddress.contact_id.in_(wanted), EmailAddress.is_primary)
        ).all())  # fmt: skip
        users = {u.id: (u.email, u.display_name) for u in session.scalars(select(User).where(User.id.in_(world.users)))}
    run = world.contact_ids[0]  # differs between runs on one database: Message-IDs stay unique
    previous: dict[str, Any] | None = None
    for i, index in enumerate(picks):
        if previous is not None and rng.random() < 0.25:
            index = previous["index"]  # a reply in the same thread
        contact_id, lang = world.contact_ids[index], N.LANGS[world.contact_lang[index]]
        owner = world.users[world.contact_owner[index]]
        own_address, own_name = users[owner]
        outgoing = rng.random() < 0.5
        subject = world.pick(N.EMAIL_SUBJECTS[lang]).format(n=rng.randint(1000, 9999))
        sent = world.days_ago(1, 365)
        reply_to = None
        if previous is not None and previous["index"] == index:
            subject, reply_to = "Re: " + previous["subject"], previous["message_id"]
            sent = previous["sent"] + timedelta(hours=rng.uniform(1, 72))
        text = "\n\n".join((
            N.EMAIL_GREETINGS[lang].format(name=names[contact_id] if outgoing else own_name),
            " ".join(world.pick(N.ACTIVITY_BODIES[lang]) for _ in range(2)),
            f"{N.EMAIL_CLOSINGS[lang]}\n{own_name if outgoing else names[contact_id]}",
        ))  # fmt: skip
        message_id = f"<demo.{run}.{i}.{rng.getrandbits(32):08x}@rafiq.example.com>"
        their_address = addresses.get(contact_id, "unknown@example.com")
        EmailMessageService(world.db, owner).create({
            "message_id": message_id,
            "in_reply_to": reply_to,
            "subject": subject,
            "from_address": own_address if outgoing else their_address,
            "to_addresses": their_address if outgoing else own_address,
            "sent_at": sent,
            "text_body": text,
            "direction": "out" if outgoing else "in",
            "state": "sent" if outgoing else "received",
            "folder": "Sent" if outgoing else "INBOX",
            "company_id": _company_id(world, index),
            "owner_id": owner,
            "contact_ids": [contact_id],
        })  # fmt: skip
        previous = {"index": index, "subject": subject, "message_id": message_id, "sent": sent}
        world.report("emails", i + 1)
    return count


def _price_list(world: DemoWorld, currency: str) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(("product", "محصول", "unit_price_minor", "currency"))
    for n in range(1, 6 + world.rng.randrange(10)):
        writer.writerow((f"Item {n}", f"کالای {n}", _amount(world, currency) // 100, currency))
    return out.getvalue().encode("utf-8")


BROCHURE = "Rafiq CRM demo brochure\nکاتالوگ محصولات\nكتالوج المنتجات\n".encode()


def fill_documents(world: DemoWorld, count: int) -> int:
    """Small files: price lists (CSV), meeting notes, and one brochure attached to many (stored once)."""
    if not world.contact_ids:
        return 0
    for i in range(count):
        index = _contact_index(world)
        lang, country = N.LANGS[world.contact_lang[index]], world.contact_country(index)
        owner = world.users[world.contact_owner[index]]
        if i % 3 == 0:
            data, name = _price_list(world, N.CURRENCIES[country]), f"price-list-{world.now.year}-{i}.csv"
        elif i % 3 == 1:
            notes = "\n".join(world.pick(N.ACTIVITY_BODIES[lang]) for _ in range(4))
            data = notes.encode("utf-8")
            name = {"fa": "صورت‌جلسه", "ar": "محضر-اجتماع", "en": "meeting-notes"}[lang] + f"-{i}.txt"
        else:
            data, name = BROCHURE, "brochure.txt"
        DocumentService(world.db, owner).add(
            data, name, contact_id=world.contact_ids[index], company_id=_company_id(world, index), owner_id=owner
        )
        world.report("documents", i + 1)
    return count
