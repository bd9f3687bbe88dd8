"""Plain frozen records that services hand to the GUI and the CLI (no ORM object leaves a service)."""

from __future__ import annotations

from dataclasses import asdict, dataclass
from datetime import date, datetime
from typing import Any


@dataclass(frozen=True, kw_only=True)
class RecordDTO:
    id: int
    uid: str
    version: int
    created_at: datetime
    updated_at: datetime
    created_by_id: int | None
    updated_by_id: int | None
    deleted_at: datetime | None

    def as_dict(self) -> dict[str, Any]:
        return asdict(self)


@dataclass(frozen=True, kw_only=True)
class EmailDTO:
    address: str
    label: str
    is_primary: bool


@dataclass(frozen=True, kw_only=True)
class PhoneDTO:
    raw: str
    e164: str | None
    label: str
    is_primary: bool


@dataclass(frozen=True, kw_only=True)
class AddressDTO:
    street: str | None
    city: str | None
    region: str | None
    postal_code: str | None
    country: str | None
    label: str
    is_primary: bool


@dataclass(frozen=True, kw_only=True)
class UserDTO(RecordDTO):
    login: str
    display_name: str
    email: str | None
    role: str
    active: bool


@dataclass(frozen=True, kw_only=True)
class CompanyDTO(RecordDTO):
    name: str
    parent_id: int | None
    industry: str | None
    website: str | None
    size: str | None
    notes: str | None
    owner_id: int | None
    is_private: bool
    custom_fields: dict[str, Any]
    emails: tuple[EmailDTO, ...]
    phones: tuple[PhoneDTO, ...]
    addresses: tuple[AddressDTO, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class ContactDTO(RecordDTO):
    prefix: str | None
    given_name: str | None
    middle_name: str | None
    family_name: str | None
    display_name: str
    company_id: int | None
    job_title: str | None
    lifecycle_stage: str
    owner_id: int | None
    birthday: date | None
    source: str | None
    notes: str | None
    is_private: bool
    last_contacted_at: datetime | None
    custom_fields: dict[str, Any]
    emails: tuple[EmailDTO, ...]
    phones: tuple[PhoneDTO, ...]
    addresses: tuple[AddressDTO, ...]
    tags: tuple[str, ...]
    photo_sha256: str | None = None  # the photo's blob; ContactService.photo() reads its bytes

    @property
    def primary_email(self) -> str | None:
        return _primary(self.emails, "address")

    @property
    def primary_phone(self) -> str | None:
        return _primary(self.phones, "raw")


def _primary(items: tuple[Any, ...], attr: str) -> str | None:
    chosen = next((item for item in items if item.is_primary), items[0] if items else None)
    return getattr(chosen, attr) if chosen else None


@dataclass(frozen=True, kw_only=True)
class ActivityDTO(RecordDTO):
    kind: str
    subject: str
    body: str | None
    occurred_at: datetime | None
    due_at: datetime | None
    done: bool
    done_at: datetime | None
    priority: int
    duration_minutes: int | None
    outcome: str | None
    contact_id: int | None
    company_id: int | None
    opportunity_id: int | None
    assignee_id: int | None
    is_private: bool


@dataclass(frozen=True, kw_only=True)
class AppointmentDTO(RecordDTO):
    title: str
    starts_at: datetime
    ends_at: datetime
    time_zone: str
    all_day: bool
    location: str | None
    notes: str | None
    recurrence_rule: str | None
    recurrence_exceptions: list[str]
    series_id: int | None
    original_start: datetime | None
    reminder_minutes: int | None
    company_id: int | None
    opportunity_id: int | None
    owner_id: int | None
    is_private: bool
    attendee_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class PipelineDTO(RecordDTO):
    name: str
    position: int
    is_default: bool


@dataclass(frozen=True, kw_only=True)
class StageDTO(RecordDTO):
    pipeline_id: int
    name: str
    position: int
    probability: int
    is_won: bool
    is_lost: bool


@dataclass(frozen=True, kw_only=True)
class OpportunityDTO(RecordDTO):
    title: str
    company_id: int | None
    contact_id: int | None
    pipeline_id: int
    stage_id: int
    amount_minor: int
    currency: str
    probability: int
    expected_close: date | None
    status: str
    closed_at: datetime | None
    lost_reason: str | None
    owner_id: int | None
    source: str | None
    next_step: str | None
    next_step_date: date | None
    forecast_category: str
    notes: str | None
    is_private: bool
    tags: tuple[str, ...]


@dataclass(frozen=True, kw_only=True)
class StageChangeDTO:
    id: int
    opportunity_id: int
    from_stage_id: int | None
    to_stage_id: int | None
    changed_at: datetime
    changed_by_id: int | None
    amount_minor: int
    probability: int


@dataclass(frozen=True, kw_only=True)
class EmailMessageDTO(RecordDTO):
    message_id: str | None
    in_reply_to: str | None
    thread_key: str | None
    subject: str
    from_address: str | None
    to_addresses: str
    cc_addresses: str
    sent_at: datetime | None
    text_body: str | None
    html_body: str | None
    direction: str
    state: str
    folder: str | None
    last_error: str | None
    company_id: int | None
    opportunity_id: int | None
    owner_id: int | None
    is_private: bool
    contact_ids: tuple[int, ...]


@dataclass(frozen=True, kw_only=True)
class DocumentDTO(RecordDTO):
    title: str
    file_name: str
    mime_type: str
    size: int
    sha256: str
    notes: str | None
    contact_id: int | None
    company_id: int | None
    opportunity_id: int | None
    email_id: int | None
    owner_id: int | None
    is_private: bool


@dataclass(frozen=True, kw_only=True)
class AuditDTO:
    id: int
    at: datetime
    user_id: int | None
    entity: str
    entity_id: int
    action: str
    changes: dict[str, Any]


@dataclass(frozen=True, kw_only=True)
class TrashItem:
    """One soft-deleted record of any kind, as the Trash view lists it."""

    entity: str  # "contacts", "companies", "opportunities", "activities", "appointments", "emails", "documents"
    id: int
    title: str
    deleted_at: datetime
    deleted_by_id: int | None
    deleted_by_name: str | None
    version: int


@dataclass(frozen=True, kw_only=True)
class TaskBuckets:
    """Open tasks split the way a to-do list shows them; each bucket sorted by due time."""

    overdue: list[ActivityDTO]
    today: list[ActivityDTO]
    upcoming: list[ActivityDTO]
    no_date: list[ActivityDTO]

    @property
    def total(self) -> int:
        return len(self.overdue) + len(self.today) + len(self.upcoming) + len(self.no_date)


@dataclass(frozen=True, kw_only=True)
class SavedSearchDTO:
    id: int
    name: str
    entity: str
    filters: dict[str, Any]
    owner_id: int | None
    position: int

    @property
    def shared(self) -> bool:
        """Shared searches have no owner and are shown to everyone."""
        return self.owner_id is None


@dataclass(frozen=True, kw_only=True)
class CustomFieldDTO:
    id: int
    entity: str
    key: str
    label: str
    field_type: str
    choices: tuple[str, ...]
    position: int
