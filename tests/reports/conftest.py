"""One small office for every report test: Arabic, Persian and Latin names, a known week of activities,
tasks around a pinned "now", appointments (one recurring series), deals in two currencies, a document.

Built once per session (reports only read it); "now" is 15 March 2024 12:00 in Tehran, so dates in the
PDFs are known in every calendar.
"""

from __future__ import annotations

import shutil
import subprocess
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from crm_desktop.db.engine import Database, open_database
from crm_desktop.reports.context import ReportOptions
from crm_desktop.services.activities import ActivityService, AppointmentService
from crm_desktop.services.mail_docs import DocumentService
from crm_desktop.services.maintenance import ensure_basics
from crm_desktop.services.people import CompanyService, ContactService, UserService
from crm_desktop.services.sales import OpportunityService, PipelineService
from crm_desktop.services.settings import SettingsService

NOW = datetime(2024, 3, 15, 8, 30, tzinfo=UTC)  # 12:00 in Tehran, Friday 25 Esfand 1402
ZONE = "Asia/Tehran"
BUSINESS = "مؤسسة رفيق للتجارة (الرياض)"
NOTE_SENTENCES = 12
LONG_NOTE = " ".join(f"الملاحظة رقم {n} عن العميل وطلباته الكثيرة في هذا الموسم." for n in range(1, NOTE_SENTENCES + 1))

needs_poppler = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="poppler-utils is not installed")


@dataclass(frozen=True)
class Office:
    db: Database
    path: Path
    layla: int
    maryam: int
    clara: int
    evil: int
    arabic_company: int
    sara: int
    omar: int


def options(lang: str = "en", calendar: str = "gregorian", **extra: object) -> ReportOptions:
    values: dict[str, object] = {"lang": lang, "calendar": calendar, "time_zone": ZONE, "now": NOW, **extra}
    return ReportOptions(**values)  # type: ignore[arg-type]


def pdf_text(path: Path, *, layout: bool = False) -> str:
    """pdftotext's text with presentation forms folded back (NFKC) and its bidi marks removed."""
    args = ["pdftotext", "-enc", "UTF-8", *(["-layout"] if layout else []), str(path), "-"]
    text = subprocess.run(args, check=True, capture_output=True, text=True).stdout
    text = unicodedata.normalize("NFKC", text)
    return "".join(c for c in text if c not in "\u202a\u202b\u202c\u202d\u202e\u200e\u200f")


@pytest.fixture(scope="session")
def office(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Office]:
    path = tmp_path_factory.mktemp("reports") / "office.sqlite3"
    db = open_database(path)
    yield build_office(db, path)
    db.close()


def build_office(db: Database, path: Path) -> Office:
    ensure_basics(db)
    SettingsService(db).set("business_name", BUSINESS)
    users = UserService(db)
    sara = users.create({"login": "sara", "display_name": "سارا کریمی", "role": "user"}).id
    omar = users.create({"login": "omar", "display_name": "عمر الحربي", "role": "user"}).id
    companies = CompanyService(db)
    nukhba = companies.create({"name": "شركة النخبة للتجارة", "industry": "تجارة", "tags": ["موزع"]}).id
    companies.create({"name": "Nordstern Holdings"})
    contacts = ContactService(db)
    layla = contacts.create(
        {
            "display_name": "ليلى الظاهري",
            "emails": ["layla@nukhba.example.com"],
            "phones": ["+966 50 123 4567"],
            "company_id": nukhba,
            "owner_id": omar,
            "lifecycle_stage": "customer",
            "tags": ["VIP"],
            "notes": LONG_NOTE,
        }
    ).id
    maryam = contacts.create(
        {
            "display_name": "مریم کاظمی",
            "emails": ["maryam@example.ir"],
            "phones": ["+98 912 123 4567"],
            "owner_id": sara,
            "lifecycle_stage": "lead",
            "tags": ["مشتری"],
        }
    ).id
    clara = contacts.create({"display_name": "Clara Evans", "emails": ["clara@example.com"], "owner_id": sara})
    evil = contacts.create({"display_name": "Evil \u202eName", "lifecycle_stage": "prospect"}).id

    activities = ActivityService(db, omar)
    day = datetime(2024, 3, 10, 6, 0, tzinfo=UTC)
    for i in range(6):
        activities.create(
            {
                "kind": ("call", "meeting", "note")[i % 3],
                "subject": f"متابعة الطلب {i + 1}",
                "contact_id": layla,
                "assignee_id": omar if i % 2 == 0 else sara,
                "occurred_at": day + timedelta(hours=13 * i),
                "duration_minutes": 15 + i,
                "outcome": "تم الاتفاق" if i == 0 else None,
            }
        )
    activities.create({"kind": "call", "subject": "Follow-up call", "contact_id": clara.id, "occurred_at": day})
    tasks = ActivityService(db, sara)
    for subject, due in (
        ("پیگیری پرداخت", NOW - timedelta(days=3)),
        ("ارسال پیش‌فاکتور", NOW + timedelta(hours=2)),
        ("Prepare contract", NOW + timedelta(days=4)),
        ("تماس دوباره", None),
    ):
        tasks.create({"kind": "task", "subject": subject, "contact_id": maryam, "assignee_id": sara, "due_at": due})

    appointments = AppointmentService(db, omar)
    saturday = datetime(2024, 3, 16, 6, 30, tzinfo=UTC)  # 10:00 in Tehran
    appointments.create(
        {
            "title": "اجتماع العقد",
            "starts_at": saturday,
            "ends_at": saturday + timedelta(hours=1),
            "time_zone": ZONE,
            "location": "مقر الشركة",
            "attendee_ids": [layla],
            "company_id": nukhba,
            "owner_id": omar,
        }
    )
    appointments.create(
        {
            "title": "Weekly sync",
            "starts_at": datetime(2024, 3, 11, 5, 0, tzinfo=UTC),
            "ends_at": datetime(2024, 3, 11, 5, 30, tzinfo=UTC),
            "time_zone": ZONE,
            "recurrence_rule": "FREQ=WEEKLY;BYDAY=MO;COUNT=10",
            "attendee_ids": [maryam],
        }
    )
    pipeline = PipelineService(db).ensure_default()
    stages = {s.name: s.id for s in PipelineService(db).stages(pipeline.id)}
    deals = OpportunityService(db, omar)
    deals.create(
        {
            "title": "توريد سنوي",
            "contact_id": layla,
            "company_id": nukhba,
            "stage_id": stages["Proposal"],
            "amount_minor": 12_500_050,
            "currency": "SAR",
            "owner_id": omar,
            "expected_close": datetime(2024, 4, 20).date(),
        }
    )
    deals.create(
        {
            "title": "خرید ۵ دستگاه",
            "contact_id": maryam,
            "stage_id": stages["Negotiation"],
            "amount_minor": 3_200_000_000,
            "currency": "IRR",
            "owner_id": sara,
        }
    )
    DocumentService(db, omar).add(b"%PDF-1.4 contract", "عقد التوريد.pdf", contact_id=layla)
    return Office(db, path, layla, maryam, clara.id, evil, nukhba, sara, omar)
