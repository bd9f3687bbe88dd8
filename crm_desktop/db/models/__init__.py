"""All tables of the CRM, imported together so ``Base.metadata`` is complete."""

from sqlalchemy import Index

from .activities import ACTIVITY_KINDS, Activity, Appointment, appointment_attendees
from .base import Base, Record, private_rows_only, trashed_rows_only, utcnow
from .documents import Blob, Document
from .mail import EMAIL_DIRECTIONS, EMAIL_STATES, EmailMessage, MailAccount, email_contacts
from .people import (
    LIFECYCLE_STAGES,
    USER_ROLES,
    Company,
    Contact,
    EmailAddress,
    PhoneNumber,
    PostalAddress,
    Tag,
    User,
    company_tags,
    contact_tags,
    opportunity_tags,
)
from .sales import (
    FORECAST_CATEGORIES,
    OPPORTUNITY_STATUSES,
    ExchangeRate,
    Opportunity,
    Pipeline,
    Stage,
    StageChange,
)
from .system import AuditEntry, CustomFieldDefinition, DismissedDuplicate, SavedSearch, Setting

# Every record table gets a tiny partial index over its Trash, so counting and listing deleted rows
# never scans a large table.
for _mapper in Base.registry.mappers:
    if issubclass(_mapper.class_, Record):
        _table = _mapper.local_table
        Index(f"ix_{_table.name}_trash", _table.c.deleted_at, **trashed_rows_only())
        if "is_private" in _table.c:  # and over its private rows (services/privacy.py)
            Index(f"ix_{_table.name}_private", _table.c.id, **private_rows_only())

__all__ = [
    "ACTIVITY_KINDS",
    "EMAIL_DIRECTIONS",
    "EMAIL_STATES",
    "FORECAST_CATEGORIES",
    "LIFECYCLE_STAGES",
    "OPPORTUNITY_STATUSES",
    "USER_ROLES",
    "Activity",
    "Appointment",
    "AuditEntry",
    "Base",
    "Blob",
    "Company",
    "Contact",
    "CustomFieldDefinition",
    "DismissedDuplicate",
    "Document",
    "EmailAddress",
    "EmailMessage",
    "ExchangeRate",
    "MailAccount",
    "Opportunity",
    "PhoneNumber",
    "Pipeline",
    "PostalAddress",
    "Record",
    "SavedSearch",
    "Setting",
    "Stage",
    "StageChange",
    "Tag",
    "User",
    "appointment_attendees",
    "company_tags",
    "contact_tags",
    "email_contacts",
    "opportunity_tags",
    "utcnow",
]
